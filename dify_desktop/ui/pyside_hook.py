"""PySide6's import hook, asked the same question for less.

Once PySide6 is imported, it checks every module imported after it for the word "PySide6" (so
that its ``__feature__`` switches, such as ``snake_case``, apply only to modules that use Qt;
``shibokensupport/feature.py``, ``_mod_uses_pyside``, PYSIDE-2029). It reads each module's source
through ``inspect.getsource``: linecache reads, splits and keeps every line of every module. Before
the app's first page that was 172 modules and 30-35 ms on a 2-core machine (and as many again when
the desk parts load). Searching the file's bytes gives the same answer in a fraction of the time
and keeps nothing; modules without a ``.py`` file are still asked the upstream way.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

import PySide6  # noqa: F401  (it installs the hook this module replaces)

_FEATURE_MODULE = "shibokensupport.feature"
_upstream: Callable[[ModuleType], bool] | None = None


def quicken_feature_check() -> bool:
    """Put :func:`uses_pyside` in place of PySide6's check (once); False when this PySide6 has
    no such check."""
    global _upstream
    feature = sys.modules.get(_FEATURE_MODULE)
    current = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(current) or current is uses_pyside:
        return False
    _upstream = current
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
    return True


def uses_pyside(module: ModuleType) -> bool:
    """Does the module's source name PySide6 (PySide6's own question)?"""
    path = getattr(module, "__file__", None)
    if isinstance(path, str) and path.endswith(".py"):
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            pass
    return _upstream(module) if _upstream is not None else False
