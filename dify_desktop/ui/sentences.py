"""Every sentence the window shows about an outcome or a problem, in one translatable place.

``core`` reports what happened as structured values; this module turns each into words.
"""

from __future__ import annotations

from dify_desktop.api import DifyError
from dify_desktop.core.errors import explain as _explain


def explain(exc: DifyError) -> str:
    """One sentence a support person understands, for any :class:`DifyError`."""
    return _explain(exc)
