"""Typed results of Dify's console API (the parts the app reads: apps, conversations, messages).

Unknown fields are ignored and none beyond ids is required: the console API is internal to Dify
and gains fields between versions.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Generic, TypeVar

from ..models import epoch_to_utc

T = TypeVar("T")

#: The orders GET /console/api/apps/{id}/chat-conversations accepts (the first is its default).
CONSOLE_SORT_ORDERS: tuple[str, ...] = ("-updated_at", "updated_at", "-created_at", "created_at")
#: The largest page the console answers (101 -> 400 invalid_param).
CONSOLE_MAX_LIMIT = 100
#: ``from_source`` of a conversation an account made in the console (debugger, explore): it has
#: no end user at all.
FROM_CONSOLE = "console"


def _str(value: Any) -> str:
    return "" if value is None else str(value)


def _int(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


@dataclass(frozen=True, slots=True)
class ConsoleApp:
    id: str
    name: str
    mode: str

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ConsoleApp:
        app_id = data.get("id")
        if not isinstance(app_id, str) or not app_id:
            raise ValueError("an app without an id")
        return cls(id=app_id, name=_str(data.get("name")), mode=_str(data.get("mode")))


@dataclass(frozen=True, slots=True)
class ConsoleConversation:
    """One row of the console's conversation log (any end user of the app)."""

    id: str
    name: str
    from_source: str
    from_end_user_id: str | None
    #: The ``user`` string the integrating product sent (what the service API takes as ``user``).
    end_user_session_id: str | None
    message_count: int
    likes: int
    dislikes: int
    created_at: datetime
    updated_at: datetime

    @property
    def made_in_console(self) -> bool:
        """An account's conversation (debugger, explore): no end user can be opened for it."""
        return self.from_source == FROM_CONSOLE or not self.end_user_session_id

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ConsoleConversation:
        conversation_id = data.get("id")
        if not isinstance(conversation_id, str) or not conversation_id:
            raise ValueError("a conversation without an id")
        stats = data.get("user_feedback_stats")
        stats = stats if isinstance(stats, Mapping) else {}
        end_user = data.get("from_end_user_id")
        session = data.get("from_end_user_session_id")
        return cls(
            id=conversation_id,
            name=_str(data.get("name")),
            from_source=_str(data.get("from_source")),
            from_end_user_id=str(end_user) if end_user else None,
            end_user_session_id=str(session) if session else None,
            message_count=_int(data.get("message_count")),
            likes=_int(stats.get("like")),
            dislikes=_int(stats.get("dislike")),
            created_at=epoch_to_utc(data.get("created_at")),
            updated_at=epoch_to_utc(data.get("updated_at")),
        )


@dataclass(frozen=True, slots=True)
class ConsoleMessage:
    id: str
    query: str
    answer: str
    created_at: datetime

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ConsoleMessage:
        return cls(
            id=_str(data.get("id")),
            query=_str(data.get("query")),
            answer=_str(data.get("answer")),
            created_at=epoch_to_utc(data.get("created_at")),
        )


@dataclass(frozen=True, slots=True)
class NumberedPage(Generic[T]):
    """A page of a page-numbered console list."""

    data: Sequence[T]
    page: int
    limit: int
    total: int
    has_more: bool
