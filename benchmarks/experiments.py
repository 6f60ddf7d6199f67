"""The changes proposed in benchmarks/README.md, applied from outside at run time (nothing under
``dify_desktop/`` is edited), so the benchmarks can measure them next to the app as it is.

- :func:`lean_conversation_rows`: ``Conversation.from_json`` / ``epoch_to_utc`` as in the
  proposed patch to ``dify_desktop/api/models.py`` (listing, ``app+rows patch``);
- :func:`limit_renames`: at most N renames talk to the server at once, as in the proposed patch
  to ``dify_desktop/core/session.py`` (responsiveness, ``--rename-limit``).
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

_EPOCH = datetime.fromtimestamp(0, tz=UTC)


def _epoch_to_utc(value: Any) -> datetime:
    try:
        if type(value) is int:  # the usual case, ~40 % faster than through float()
            return datetime.fromtimestamp(value, UTC)
        return datetime.fromtimestamp(float(value), tz=UTC)
    except (TypeError, ValueError, OverflowError, OSError):
        return _EPOCH


def lean_conversation_rows() -> None:
    """Replace ``Conversation.from_json`` with the proposed leaner version (same results)."""
    from dify_desktop.api import models

    _str, _opt_str, conversation = models._str, models._opt_str, models.Conversation

    def from_json(cls: type[Any], data: Mapping[str, Any]) -> Any:
        get = data.get
        inputs = get("inputs")
        return cls(
            _str(get("id")),
            _str(get("name")),
            dict(inputs) if inputs else {},
            _str(get("status")),
            _opt_str(get("introduction")),
            _epoch_to_utc(get("created_at")),
            _epoch_to_utc(get("updated_at")),
        )

    conversation.from_json = classmethod(from_json)  # type: ignore[assignment,method-assign]


def restore_conversation_rows(original: Any) -> None:
    from dify_desktop.api import models

    models.Conversation.from_json = original  # type: ignore[method-assign]


def limit_renames(slots: int) -> None:
    """At most ``slots`` renames of one session talk to the server at once; the others wait
    (still shown as saving) without queueing inside httpx's connection pool."""
    from dify_desktop.core.session import Session

    original = Session.rename
    semaphores: dict[int, asyncio.Semaphore] = {}

    async def rename(self: Session, request: Any) -> Any:
        semaphore = semaphores.setdefault(id(self), asyncio.Semaphore(slots))
        async with semaphore:
            return await original(self, request)

    Session.rename = rename  # type: ignore[method-assign]
