"""One conversation as a file or a ticket text: JSON with the server's values as they came,
Markdown for people, plain text for pasting.

The words around the content (headings, "Customer", "Assistant") are a :class:`Labels` passed in.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from dify_desktop.api.models import Conversation, epoch_to_utc

FORMATS: tuple[str, ...] = ("md", "json")


@dataclass(frozen=True, slots=True)
class Labels:
    """The words around the content: English for the command line (``commands.export``), the
    window's translation for what it copies."""

    conversation: str
    end_user: str
    created: str
    updated: str
    variables: str
    customer: str
    assistant: str
    like: str
    dislike: str
    error: str
    untitled: str
    incomplete: str


@dataclass(frozen=True, slots=True)
class ConversationExport:
    """What an export holds: the conversation, its variables and every message reached, each a
    mapping with the server's fields and values (epoch seconds, ``feedback`` object or null)."""

    conversation: Mapping[str, Any]
    user: str
    variables: Sequence[Mapping[str, Any]] = ()
    messages: Sequence[Mapping[str, Any]] = ()
    #: True when some messages could not be reached (more than 100 in one second)
    incomplete: bool = False

    @property
    def id(self) -> str:
        return str(self.conversation.get("id") or "")

    @property
    def name(self) -> str:
        return str(self.conversation.get("name") or "")

    @property
    def created_at(self) -> datetime:
        return epoch_to_utc(self.conversation.get("created_at"))


def conversation_json(conversation: Conversation) -> dict[str, Any]:
    """The list row as the server sent it (epoch seconds are whole numbers in Dify's answers)."""
    return {
        "id": conversation.id,
        "name": conversation.name,
        "inputs": dict(conversation.inputs),
        "status": conversation.status,
        "introduction": conversation.introduction,
        "created_at": int(conversation.created_at.timestamp()),
        "updated_at": int(conversation.updated_at.timestamp()),
    }


def to_json(export: ConversationExport) -> str:
    document = {
        "conversation": dict(export.conversation),
        "variables": [dict(v) for v in export.variables],
        "messages": [dict(m) for m in export.messages],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def utc_text(value: Any) -> str:
    return epoch_to_utc(value).astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")


TimeText = Callable[[Any], str]

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~!])")


def _escaped(text: str) -> str:
    """Someone's words inside Markdown: shown as typed, never as markup (or HTML)."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def _quoted(text: str) -> str:
    return "\n".join("> " + _escaped(line) if line else ">" for line in text.splitlines() or [""])


def _feedback(message: Mapping[str, Any], labels: Labels) -> str:
    feedback = message.get("feedback")
    if not isinstance(feedback, Mapping):
        return ""
    rating = feedback.get("rating")
    word = {"like": labels.like, "dislike": labels.dislike}.get(str(rating), str(rating or ""))
    comment = feedback.get("content")
    return f"{word}: {comment}" if comment else word


def to_markdown(export: ConversationExport, labels: Labels, time_text: TimeText = utc_text) -> str:
    conversation = export.conversation
    lines = [
        f"# {_escaped(export.name) or labels.untitled}",
        "",
        f"- {labels.conversation}: `{export.id}`",
        f"- {labels.end_user}: `{export.user}`",
        f"- {labels.created}: {time_text(conversation.get('created_at'))}",
        f"- {labels.updated}: {time_text(conversation.get('updated_at'))}",
    ]
    if export.incomplete:
        lines += ["", f"> **{labels.incomplete}**"]
    if export.variables:
        lines += ["", f"## {labels.variables}", ""]
        for variable in export.variables:
            name, value = (_escaped(str(variable.get(k) or "")) for k in ("name", "value"))
            lines.append(f"- **{name}**: {value}")
    for message in export.messages:
        when = time_text(message.get("created_at"))
        lines += [
            "",
            "---",
            "",
            f"### {labels.customer} · {when}",
            "",
            _quoted(str(message.get("query") or "")),
        ]
        lines += ["", f"### {labels.assistant}", "", str(message.get("answer") or "")]
        if message.get("status") == "error" or message.get("error"):
            lines += ["", f"**{labels.error}:** {_escaped(str(message.get('error') or ''))}"]
        if feedback := _feedback(message, labels):
            lines += ["", f"*{_escaped(feedback)}*"]
    return "\n".join(lines) + "\n"


def to_text(export: ConversationExport, labels: Labels, time_text: TimeText = utc_text) -> str:
    """Plain text for a ticket: no markup, the answer's Markdown left as the assistant wrote it."""
    lines = [
        f"{labels.conversation}: {export.name or labels.untitled} ({export.id})",
        f"{labels.end_user}: {export.user}",
    ]
    if export.incomplete:
        lines.append(labels.incomplete)
    for variable in export.variables:
        lines.append(f"{variable.get('name')}: {variable.get('value')}")
    for message in export.messages:
        lines += ["", time_text(message.get("created_at"))]
        lines.append(f"{labels.customer}: {message.get('query') or ''}")
        lines.append(f"{labels.assistant}: {message.get('answer') or ''}")
        if message.get("status") == "error" or message.get("error"):
            lines.append(f"{labels.error}: {message.get('error') or ''}")
        if feedback := _feedback(message, labels):
            lines.append(f"({feedback})")
    return "\n".join(lines) + "\n"


def render(export: ConversationExport, format_: str, labels: Labels) -> str:
    return to_json(export) if format_ == "json" else to_markdown(export, labels)
