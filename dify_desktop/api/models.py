"""Typed results of the Dify service API: frozen dataclasses built from the server's JSON.

Here: what the conversation list needs (the app, a conversation, a page). The other routes'
results are in :mod:`dify_desktop.api.detail_models`."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Generic, TypeVar

T = TypeVar("T")

#: The four orders GET /conversations accepts.
SORT_ORDERS: tuple[str, ...] = ("-updated_at", "updated_at", "-created_at", "created_at")

#: App modes whose apps have conversations (the conversation routes answer 400 not_chat_app otherwise).
CHAT_MODES: frozenset[str] = frozenset({"chat", "advanced-chat", "agent-chat", "agent"})


_EPOCH = datetime.fromtimestamp(0, tz=UTC)

#: Recent integer epochs and their datetimes: rows of one listing share seconds (tie groups, the
#: creation and update of one conversation), and a lookup costs a tenth of building a datetime.
_RECENT_EPOCHS: dict[int, datetime] = {}
_RECENT_EPOCHS_MAX = 4096


def epoch_to_utc(value: Any) -> datetime:
    """Dify sends integer epoch seconds; anything unreadable becomes the epoch itself."""
    if type(value) is int:  # the usual case, two per row
        known = _RECENT_EPOCHS.get(value)
        if known is not None:
            return known
        try:
            when = datetime.fromtimestamp(value, UTC)
        except (ValueError, OverflowError, OSError):
            return _EPOCH
        if len(_RECENT_EPOCHS) >= _RECENT_EPOCHS_MAX:
            _RECENT_EPOCHS.clear()
        _RECENT_EPOCHS[value] = when
        return when
    try:
        return datetime.fromtimestamp(float(value), tz=UTC)
    except (TypeError, ValueError, OverflowError, OSError):
        return _EPOCH


def _str(value: Any) -> str:
    if type(value) is str:
        return value
    return "" if value is None else str(value)


def _opt_str(value: Any) -> str | None:
    return None if value is None else str(value)


@dataclass(frozen=True, slots=True)
class AppInfo:
    name: str
    description: str
    tags: tuple[str, ...]
    mode: str
    author_name: str

    @property
    def has_conversations(self) -> bool:
        return self.mode in CHAT_MODES

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> AppInfo:
        return cls(
            name=_str(data.get("name")),
            description=_str(data.get("description")),
            tags=tuple(str(t) for t in data.get("tags") or ()),
            mode=_str(data.get("mode")),
            author_name=_str(data.get("author_name")),
        )


@dataclass(frozen=True, slots=True)
class Conversation:
    id: str
    name: str
    inputs: Mapping[str, Any]
    status: str
    introduction: str | None
    created_at: datetime
    updated_at: datetime

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Conversation:
        # Built through the slots' own setters: a frozen dataclass's __init__ sets each field
        # through object.__setattr__, half of the cost of a row in a 10,000-row listing.
        conversation = object.__new__(cls)
        get = data.get
        _set_id(conversation, _str(get("id")))
        _set_name(conversation, _str(get("name")))
        _set_inputs(conversation, dict(get("inputs") or {}))
        _set_status(conversation, _str(get("status")))
        _set_introduction(conversation, _opt_str(get("introduction")))
        _set_created_at(conversation, epoch_to_utc(get("created_at")))
        _set_updated_at(conversation, epoch_to_utc(get("updated_at")))
        return conversation


def _slot_setter(cls: type, name: str) -> Callable[[Any, Any], None]:
    setter: Callable[[Any, Any], None] = getattr(cls, name).__set__
    return setter


_set_id = _slot_setter(Conversation, "id")
_set_name = _slot_setter(Conversation, "name")
_set_inputs = _slot_setter(Conversation, "inputs")
_set_status = _slot_setter(Conversation, "status")
_set_introduction = _slot_setter(Conversation, "introduction")
_set_created_at = _slot_setter(Conversation, "created_at")
_set_updated_at = _slot_setter(Conversation, "updated_at")


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    """One page of a list route: ``data`` in the server's order, ``has_more`` as the server said it
    (not to be trusted at a timestamp tie, see :mod:`dify_desktop.api.paging`)."""

    data: Sequence[T]
    has_more: bool
    limit: int
