"""Typed results of the routes beyond the conversation list: messages, conversation variables,
feedback, end users, the app's parameters and site.

Kept apart from :mod:`dify_desktop.api.models` so that the window's first page does not wait for
them: making a frozen dataclass costs ~1.5–2 ms on Python 3.11, and these six are first needed
by the transcript, the inbox and the exports. :mod:`dify_desktop.api` re-exports them on first
use, and the endpoints that return them import them when called.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from .models import _opt_str, _str, epoch_to_utc

__all__ = ["AppParameters", "EndUser", "Feedback", "Message", "SiteInfo", "Variable"]


def iso_or_epoch_to_utc(value: Any) -> datetime:
    """The one rule for the server's ISO times (feedback, end users): Dify writes them without a
    zone (``2026-12-01T23:04:25``) and means UTC, so a naive time is read as UTC; one with a zone
    is converted. Epoch seconds are accepted too; anything unreadable becomes the epoch itself."""
    if isinstance(value, str) and value:
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError:
            return epoch_to_utc(value)
        if parsed.tzinfo is None:
            return parsed.replace(tzinfo=UTC)
        return parsed.astimezone(UTC)
    return epoch_to_utc(value)


@dataclass(frozen=True, slots=True)
class Message:
    id: str
    conversation_id: str
    parent_message_id: str | None
    inputs: Mapping[str, Any]
    query: str
    answer: str
    status: str
    error: str | None
    feedback_rating: str | None
    created_at: datetime
    #: the feedback's comment when the server sends one (the service API sends only the rating;
    #: comments come from GET /app/feedbacks)
    feedback_content: str | None = None
    #: the message as the server sent it (an export keeps every field, values untouched)
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Message:
        feedback = data.get("feedback")
        rating = feedback.get("rating") if isinstance(feedback, Mapping) else None
        content = feedback.get("content") if isinstance(feedback, Mapping) else None
        return cls(
            id=_str(data.get("id")),
            conversation_id=_str(data.get("conversation_id")),
            parent_message_id=_opt_str(data.get("parent_message_id")),
            inputs=dict(data.get("inputs") or {}),
            query=_str(data.get("query")),
            answer=_str(data.get("answer")),
            status=_str(data.get("status")),
            error=_opt_str(data.get("error")),
            feedback_rating=_opt_str(rating),
            created_at=epoch_to_utc(data.get("created_at")),
            feedback_content=_opt_str(content),
            raw=data,
        )


@dataclass(frozen=True, slots=True)
class Variable:
    """A Chatflow conversation variable. ``value`` is the server's string (a Python repr for
    objects and arrays, not JSON)."""

    id: str
    name: str
    value_type: str
    value: str
    description: str
    created_at: datetime
    updated_at: datetime

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Variable:
        return cls(
            id=_str(data.get("id")),
            name=_str(data.get("name")),
            value_type=_str(data.get("value_type")),
            value=_str(data.get("value")),
            description=_str(data.get("description")),
            created_at=epoch_to_utc(data.get("created_at")),
            updated_at=epoch_to_utc(data.get("updated_at")),
        )


@dataclass(frozen=True, slots=True)
class AppParameters:
    opening_statement: str
    suggested_questions: tuple[str, ...]
    raw: Mapping[str, Any] = field(repr=False)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> AppParameters:
        return cls(
            opening_statement=_str(data.get("opening_statement")),
            suggested_questions=tuple(str(q) for q in data.get("suggested_questions") or ()),
            raw=dict(data),
        )


@dataclass(frozen=True, slots=True)
class SiteInfo:
    """GET /site. The real server sends null for several fields the spec calls strings."""

    title: str
    icon: str | None
    icon_background: str | None
    description: str | None
    default_language: str | None

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> SiteInfo:
        return cls(
            title=_str(data.get("title")),
            icon=_opt_str(data.get("icon")),
            icon_background=_opt_str(data.get("icon_background")),
            description=_opt_str(data.get("description")),
            default_language=_opt_str(data.get("default_language")),
        )


@dataclass(frozen=True, slots=True)
class Feedback:
    id: str
    message_id: str
    conversation_id: str
    rating: str | None
    content: str | None
    from_end_user_id: str | None  # None for an admin's feedback (``from_source`` "admin")
    created_at: datetime
    from_source: str  # "user" (the end user's own) or "admin"; the demo says "api"
    updated_at: datetime

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Feedback:
        return cls(
            id=_str(data.get("id")),
            message_id=_str(data.get("message_id")),
            conversation_id=_str(data.get("conversation_id")),
            rating=_opt_str(data.get("rating")),
            content=_opt_str(data.get("content")),
            from_end_user_id=_opt_str(data.get("from_end_user_id")),
            created_at=iso_or_epoch_to_utc(data.get("created_at")),
            from_source=_str(data.get("from_source")),
            updated_at=iso_or_epoch_to_utc(data.get("updated_at")),
        )


@dataclass(frozen=True, slots=True)
class EndUser:
    id: str
    session_id: str  # the ``user`` string the integrating product sent (= external_user_id)
    type: str
    is_anonymous: bool
    name: str | None
    created_at: datetime

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> EndUser:
        return cls(
            id=_str(data.get("id")),
            session_id=_str(data.get("session_id") or data.get("external_user_id")),
            type=_str(data.get("type")),
            is_anonymous=bool(data.get("is_anonymous")),
            name=_opt_str(data.get("name")),
            created_at=iso_or_epoch_to_utc(data.get("created_at")),
        )
