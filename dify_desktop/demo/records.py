"""What the store holds: end users, conversations, messages, variables, feedback (plain records)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TypeAlias

JsonValue: TypeAlias = (
    "str | int | float | bool | Sequence[JsonValue] | Mapping[str, JsonValue] | None"
)
JsonObject: TypeAlias = dict[str, JsonValue]


@dataclass
class EndUser:
    id: str
    external_user_id: str
    created_at: int
    updated_at: int
    name: str | None = None
    type: str = "service_api"
    is_anonymous: bool = False

    @property
    def session_id(self) -> str:
        return self.external_user_id


@dataclass
class StoredFeedback:
    id: str
    message_id: str
    conversation_id: str
    rating: str
    content: str | None
    from_end_user_id: str | None
    created_at: int
    updated_at: int
    from_source: str = "api"


@dataclass
class StoredMessage:
    id: str
    conversation_id: str
    parent_message_id: str | None
    query: str
    answer: str
    inputs: JsonObject
    created_at: int
    seq: int
    status: str = "normal"
    error: str | None = None
    feedback: StoredFeedback | None = None


@dataclass
class StoredVariable:
    id: str
    conversation_id: str
    name: str
    value_type: str
    value: JsonValue
    description: str
    created_at: int
    updated_at: int
    seq: int


@dataclass
class StoredConversation:
    id: str
    user: str
    end_user_id: str
    name: str
    inputs: JsonObject
    introduction: str
    created_at: int
    updated_at: int
    seq: int
    status: str = "normal"
    deleted: bool = False
    messages: list[StoredMessage] = field(default_factory=list)
    variables: list[StoredVariable] = field(default_factory=list)
