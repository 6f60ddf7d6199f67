"""The local full-text index: Chinese and Japanese words of any length, every word, per user."""

from __future__ import annotations

import sqlite3

import pytest

from dify_desktop.core import search_index
from dify_desktop.core.search_index import IndexedConversation, IndexedMessage


class Index:
    """The module's functions on one in-memory connection, each call its own transaction."""

    def __init__(self) -> None:
        self.db = sqlite3.connect(":memory:")
        self.db.executescript(search_index.SCHEMA)

    def store(self, *args: object) -> None:
        with self.db:
            search_index.store(self.db, *args)  # type: ignore[arg-type]

    def clear(self) -> None:
        with self.db:
            search_index.clear(self.db)

    def search(self, profile: str, user: str, query: str) -> list[search_index.Hit]:
        return search_index.search(self.db, profile, user, query)

    def stale(
        self, profile: str, user: str, listed: list[IndexedConversation]
    ) -> list[IndexedConversation]:
        return search_index.stale(self.db, profile, user, listed)

    def indexed(self, profile: str, user: str) -> dict[str, int]:
        return search_index.indexed(self.db, profile, user)


@pytest.fixture
def index() -> Index:
    return Index()


def conversation(cid: str, updated_at: int = 100, name: str = "") -> IndexedConversation:
    return IndexedConversation(cid, name or f"name of {cid}", updated_at)


def message(mid: str, query: str, answer: str = "", at: int = 100) -> IndexedMessage:
    return IndexedMessage(mid, at, query, answer)


def found(index: Index, query: str, user: str = "alice") -> list[str]:
    return [hit.message_id for hit in index.search("p1", user, query)]


def test_two_character_japanese_and_chinese_words_are_found(index: Index) -> None:
    index.store("p1", "alice", conversation("c1"), [message("m1", "お客様は返金を希望しています")])
    index.store("p1", "alice", conversation("c2"), [message("m2", "我想申请退款，谢谢")])
    index.store("p1", "alice", conversation("c3"), [message("m3", "配送はいつか")])
    assert found(index, "返金") == ["m1"]
    assert found(index, "退款") == ["m2"]
    assert found(index, "返金を希望") == ["m1"]
    assert found(index, "希") == ["m1"]
    assert found(index, "す") == ["m1"]  # the last character of a run
    assert found(index, "金返") == []


def test_every_word_must_be_said_in_any_case(index: Index) -> None:
    index.store(
        "p1",
        "alice",
        conversation("c1"),
        [
            message("m1", "Where is my REFUND?", "Refunds take 5 days", at=101),
            message("m2", "refund please", "ok", at=102),
            message("m3", "Thanks", "You are welcome", at=103),
        ],
    )
    assert found(index, "refund") == ["m2"]  # the conversation once, at its newest match
    assert found(index, "refund days") == ["m1"]
    assert found(index, "REFUNDS take") == ["m1"]
    assert found(index, "refund ok") == ["m2"]
    assert found(index, "refund welcome") == []


def test_conversations_come_most_recently_updated_first(index: Index) -> None:
    index.store("p1", "alice", conversation("old", 100), [message("m1", "refund")])
    index.store("p1", "alice", conversation("new", 300), [message("m2", "refund")])
    index.store("p1", "alice", conversation("mid", 200), [message("m3", "a refund")])
    assert [h.conversation_id for h in index.search("p1", "alice", "refund")] == [
        "new",
        "mid",
        "old",
    ]


def test_the_match_is_marked_where_it_is(index: Index) -> None:
    index.store(
        "p1",
        "alice",
        conversation("c1", name="Billing"),
        [message("m1", "Refund?", "A refund, yes")],
    )
    (hit,) = index.search("p1", "alice", "refund")
    assert hit.conversation_name == "Billing" and hit.conversation_id == "c1"
    assert [hit.text[a:b] for a, b in hit.spans] == ["Refund", "refund"]


def test_query_syntax_is_taken_as_words(index: Index) -> None:
    index.store("p1", "alice", conversation("c1"), [message("m1", 'he said "NEAR" or * - x')])
    assert found(index, '"near"') == ["m1"]
    assert found(index, "NEAR *") == ["m1"]
    assert found(index, "OR") == ["m1"]
    assert found(index, "AND NOT") == []
    assert found(index, "   ") == [] and found(index, "* -") == []


def test_each_user_and_profile_sees_only_their_own(index: Index) -> None:
    index.store("p1", "alice", conversation("c1"), [message("m1", "refund")])
    index.store("p1", "bob", conversation("c2"), [message("m2", "refund")])
    index.store("p2", "alice", conversation("c3"), [message("m3", "refund")])
    assert found(index, "refund") == ["m1"]
    assert found(index, "refund", user="bob") == ["m2"]


def test_a_changed_conversation_is_stale_and_reindexing_replaces_it(index: Index) -> None:
    index.store("p1", "alice", conversation("c1", 100), [message("m1", "old words")])
    index.store("p1", "alice", conversation("c2", 100), [message("m2", "kept")])
    listed = [conversation("c1", 200), conversation("c2", 100), conversation("c3", 50)]
    assert [c.conversation_id for c in index.stale("p1", "alice", listed)] == ["c1", "c3"]
    index.store("p1", "alice", conversation("c1", 200), [message("m9", "new words")])
    assert found(index, "old") == [] and found(index, "new") == ["m9"]
    assert index.stale("p1", "alice", listed[:2]) == []


def test_clearing_removes_everything(index: Index) -> None:
    index.store("p1", "alice", conversation("c1"), [message("m1", "refund 返金")])
    assert found(index, "refund") == ["m1"]
    index.clear()
    assert found(index, "refund") == [] and found(index, "返金") == []
    assert index.indexed("p1", "alice") == {}


def test_mixed_scripts_and_ticket_numbers(index: Index) -> None:
    index.store("p1", "alice", conversation("c1"), [message("m1", "チケットT-1234の返金について")])
    index.store("p1", "alice", conversation("c2"), [message("m2", "T-9999 other")])
    assert found(index, "T-1234") == ["m1"]
    assert found(index, "t-1234返金") == []  # not adjacent in the text
    assert found(index, "1234の返金") == ["m1"]
