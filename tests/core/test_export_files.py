"""Exported files: their names, never overwriting, and what each format holds."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from dify_desktop.commands.export import ENGLISH
from dify_desktop.core.export.formats import ConversationExport, to_json, to_markdown, to_text
from dify_desktop.core.export.naming import MAX_NAME_BYTES, create_exclusively, file_name

WHEN = datetime(2026, 12, 1, 9, 30, tzinfo=UTC)
CID = "3f2a1b9c-0000-4000-8000-000000000001"


def test_a_name_says_date_name_and_short_id() -> None:
    assert file_name(WHEN, "Refund question", CID, "md") == "2026-12-01 Refund question 3f2a1b9c.md"


def test_a_name_never_carries_a_path_a_control_or_a_bidi_override() -> None:
    name = file_name(WHEN, "../..\\etc/passwd\u202e\n\tx:y*?", CID, "json")
    assert "/" not in name and "\\" not in name and ":" not in name
    assert "\u202e" not in name and "\n" not in name and "\t" not in name
    assert name.startswith("2026-12-01 ") and name.endswith(" 3f2a1b9c.json")


def test_a_blank_name_still_gives_a_file_name() -> None:
    assert file_name(WHEN, "  ", CID, "md") == "2026-12-01 3f2a1b9c.md"


@given(st.text(max_size=400), st.integers(min_value=1, max_value=9999))
def test_every_name_fits_in_200_bytes_of_utf8(name: str, n: int) -> None:
    candidate = file_name(WHEN, name, CID, "json", n)
    assert len(candidate.encode("utf-8")) <= MAX_NAME_BYTES
    assert candidate.endswith(".json")


def test_a_long_chinese_name_is_cut_on_a_character_boundary() -> None:
    candidate = file_name(WHEN, "退款" * 200, CID, "md")
    assert len(candidate.encode("utf-8")) <= MAX_NAME_BYTES
    assert "退款退款" in candidate and "\ufffd" not in candidate


def test_an_existing_file_is_never_overwritten(tmp_path: Path) -> None:
    taken = tmp_path / file_name(WHEN, "Refund", CID, "md")
    taken.write_text("someone's notes")
    first = create_exclusively(tmp_path, WHEN, "Refund", CID, "md", b"one")
    second = create_exclusively(tmp_path, WHEN, "Refund", CID, "md", b"two")
    assert taken.read_text() == "someone's notes"
    assert first.name == "2026-12-01 Refund 3f2a1b9c (2).md" and first.read_bytes() == b"one"
    assert second.name == "2026-12-01 Refund 3f2a1b9c (3).md" and second.read_bytes() == b"two"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [taken.name, first.name, second.name]
    )


MESSAGE = {
    "id": "m1",
    "conversation_id": CID,
    "query": "<b>hi</b> **not bold**",
    "answer": "**Account → Settings**",
    "created_at": 1764581400,
    "feedback": {"rating": "dislike", "content": "wrong page"},
    "status": "normal",
    "error": None,
    "message_files": [],
}
EXPORT = ConversationExport(
    conversation={"id": CID, "name": "Refund", "created_at": 1764581400, "updated_at": 1764581460},
    user="alice",
    variables=[{"name": "plan", "value": "{'tier': 'pro'}", "value_type": "object"}],
    messages=[MESSAGE],
)


def test_json_keeps_the_servers_values_as_they_came() -> None:
    document = json.loads(to_json(EXPORT))
    assert set(document) == {"conversation", "variables", "messages"}
    assert document["messages"] == [MESSAGE]
    assert document["conversation"]["created_at"] == 1764581400
    assert document["variables"][0]["value"] == "{'tier': 'pro'}"


def test_markdown_shows_the_customer_as_typed_and_the_answer_as_markdown() -> None:
    text = to_markdown(EXPORT, ENGLISH)
    assert "> \\<b\\>hi\\</b\\> \\*\\*not bold\\*\\*" in text
    assert "**Account → Settings**" in text
    assert "Disliked: wrong page" in text
    assert "2025-12-01 09:30:00 UTC" in text


def test_plain_text_for_a_ticket() -> None:
    text = to_text(EXPORT, ENGLISH)
    assert text.splitlines()[:2] == [f"Conversation: Refund ({CID})", "End user: alice"]
    assert "Customer: <b>hi</b> **not bold**" in text
    assert "Assistant: **Account → Settings**" in text
