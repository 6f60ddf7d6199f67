"""Dify's small rules the store follows: who ``DEFAULT-USER`` is, which modes chat, how names are
made, the sort fields, and which values a variable type accepts."""

from __future__ import annotations

from dify_desktop.demo.records import JsonValue

DEFAULT_USER_ID = "DEFAULT-USER"
"""The end user the real server uses when a request carries no ``user``."""

CHAT_MODES = frozenset({"chat", "agent-chat", "advanced-chat", "agent"})
"""App modes whose keys may use the conversation routes."""

SORT_FIELDS = {
    "-updated_at": ("updated_at", True),
    "updated_at": ("updated_at", False),
    "-created_at": ("created_at", True),
    "created_at": ("created_at", False),
}
"""``sort_by`` values: the field and whether the order is descending."""

AUTO_GENERATE_MODES = ("model", "silent", "blank")
"""How an ``auto_generate`` rename behaves: a title, no change (no model), an empty name."""

MAX_NAME_LENGTH = 255
MAX_GENERATED_NAME = 78


def naming_from_query(query: str) -> str:
    """The name the real server gives a new conversation without a model (its final form)."""
    text = query.strip()
    if len(text) > 50:
        return text[:47] + "..."
    return text or "New conversation"


def generate_title(query: str) -> str:
    """A deterministic stand-in for the system model's title: at most 78 characters."""
    text = " ".join(query.split()).rstrip("?？!！.。؟;:, ")
    words = [w[:1].upper() + w[1:] for w in text.split(" ") if w]
    title = " ".join(words) or "New conversation"
    if len(title) > MAX_GENERATED_NAME - 3:
        title = title[: MAX_GENERATED_NAME - 3] + "..."
    return title


def demo_answer(query: str) -> str:
    """The demo assistant's canned, deterministic answer."""
    topic = " ".join(query.split())
    if len(topic) > 60:
        topic = topic[:57] + "..."
    return (
        f"Thanks for your question about “{topic}”. This is the Dify Desktop demo server, so "
        "this answer is canned: in a real app the model would reply here."
    )


def type_matches(value_type: str, value: JsonValue) -> bool:
    """Whether a conversation variable of ``value_type`` accepts ``value``."""
    if value_type in ("string", "secret"):
        return isinstance(value, str)
    if value_type == "number":
        return isinstance(value, int | float)
    if value_type == "object":
        return isinstance(value, dict)
    if value_type.startswith("array"):
        if not isinstance(value, list):
            return False
        inner = value_type[6:-1] if value_type != "array" else "any"
        if inner == "string":
            return all(isinstance(v, str) for v in value)
        if inner == "number":
            return all(isinstance(v, int | float) for v in value)
        if inner == "object":
            return all(isinstance(v, dict) for v in value)
        return True
    return True
