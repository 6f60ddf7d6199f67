"""The local full-text index of transcripts: which of an end user's conversations say the words.

SQLite's FTS5 with the ``trigram`` tokenizer finds any run of three or more characters, inside
Chinese and Japanese sentences too (the default tokenizer sees a whole CJK sentence as one token).
Words shorter than three characters (返金, "ok") cannot use the trigram index: they are matched
with ``instr`` over the same rows, narrowed by the longer words when there are any.

The index holds what the server sent (questions, answers, names) and never a key. Callers run
these methods off the event loop; each write is one transaction.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

SCHEMA = """
CREATE TABLE IF NOT EXISTS indexed_conversations (
    profile TEXT NOT NULL,
    user TEXT NOT NULL,
    conversation_id TEXT NOT NULL,
    name TEXT NOT NULL,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (profile, user, conversation_id)
);
CREATE TABLE IF NOT EXISTS indexed_messages (
    id INTEGER PRIMARY KEY,
    profile TEXT NOT NULL,
    user TEXT NOT NULL,
    conversation_id TEXT NOT NULL,
    message_id TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    position INTEGER NOT NULL,
    query TEXT NOT NULL,
    answer TEXT NOT NULL,
    folded TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS indexed_messages_owner
    ON indexed_messages (profile, user, conversation_id);
CREATE VIRTUAL TABLE IF NOT EXISTS message_text USING fts5(
    folded, content='indexed_messages', content_rowid='id', tokenize='trigram'
);
CREATE TRIGGER IF NOT EXISTS indexed_messages_added AFTER INSERT ON indexed_messages BEGIN
    INSERT INTO message_text (rowid, folded) VALUES (new.id, new.folded);
END;
CREATE TRIGGER IF NOT EXISTS indexed_messages_removed AFTER DELETE ON indexed_messages BEGIN
    INSERT INTO message_text (message_text, rowid, folded) VALUES ('delete', old.id, old.folded);
END;
"""

#: The trigram tokenizer indexes runs of this many characters.
TRIGRAM = 3
DEFAULT_LIMIT = 200


@dataclass(frozen=True, slots=True)
class IndexedMessage:
    message_id: str
    created_at: int
    query: str
    answer: str


@dataclass(frozen=True, slots=True)
class IndexedConversation:
    conversation_id: str
    name: str
    updated_at: int


@dataclass(frozen=True, slots=True)
class Hit:
    """One message that says every word; ``spans`` are the matches in ``text`` (start, end)."""

    conversation_id: str
    conversation_name: str
    message_id: str
    created_at: int
    text: str
    spans: tuple[tuple[int, int], ...]


def fold(text: str) -> str:
    """Case-insensitive matching; ``lower`` (not ``casefold``, which turns ß into ss) keeps the
    offsets of a match the same in the text and in its folded form."""
    return text.lower()


def words_of(query: str) -> list[str]:
    return [w for w in dict.fromkeys(fold(query).split()) if w]


def _fts_phrase(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def find_spans(text: str, words: Sequence[str]) -> tuple[tuple[int, int], ...]:
    lowered = fold(text)
    spans: list[tuple[int, int]] = []
    for word in words:
        start = lowered.find(word)
        while start >= 0:
            spans.append((start, start + len(word)))
            start = lowered.find(word, start + len(word))
    return tuple(sorted(spans))


class SearchIndex:
    def __init__(self, connection: sqlite3.Connection) -> None:
        self._db = connection
        self._db.executescript(SCHEMA)

    def indexed(self, profile: str, user: str) -> dict[str, int]:
        """conversation id → the ``updated_at`` it was indexed at."""
        rows = self._db.execute(
            "SELECT conversation_id, updated_at FROM indexed_conversations"
            " WHERE profile = ? AND user = ?",
            (profile, user),
        )
        return dict(rows.fetchall())

    def stale(
        self, profile: str, user: str, conversations: Iterable[IndexedConversation]
    ) -> list[IndexedConversation]:
        """Those not indexed yet, or changed on the server since (``updated_at`` differs)."""
        known = self.indexed(profile, user)
        return [c for c in conversations if known.get(c.conversation_id) != c.updated_at]

    def store(
        self,
        profile: str,
        user: str,
        conversation: IndexedConversation,
        messages: Sequence[IndexedMessage],
    ) -> None:
        """Replace what is indexed for one conversation, all or nothing."""
        with self._db:
            self._forget(profile, user, conversation.conversation_id)
            self._db.executemany(
                "INSERT INTO indexed_messages (profile, user, conversation_id, message_id,"
                " created_at, position, query, answer, folded) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        profile,
                        user,
                        conversation.conversation_id,
                        m.message_id,
                        m.created_at,
                        position,
                        m.query,
                        m.answer,
                        fold(m.query + "\n" + m.answer),
                    )
                    for position, m in enumerate(messages)
                ],
            )
            self._db.execute(
                "INSERT INTO indexed_conversations VALUES (?, ?, ?, ?, ?)",
                (
                    profile,
                    user,
                    conversation.conversation_id,
                    conversation.name,
                    conversation.updated_at,
                ),
            )

    def forget(self, profile: str, user: str, conversation_id: str) -> None:
        with self._db:
            self._forget(profile, user, conversation_id)

    def _forget(self, profile: str, user: str, conversation_id: str) -> None:
        owner = (profile, user, conversation_id)
        self._db.execute(
            "DELETE FROM indexed_messages WHERE profile = ? AND user = ? AND conversation_id = ?",
            owner,
        )
        self._db.execute(
            "DELETE FROM indexed_conversations"
            " WHERE profile = ? AND user = ? AND conversation_id = ?",
            owner,
        )

    def clear(self) -> None:
        """Everything, for every profile (*Clear search index*)."""
        with self._db:
            self._db.execute("DELETE FROM indexed_messages")
            self._db.execute("DELETE FROM indexed_conversations")
            self._db.execute("INSERT INTO message_text (message_text) VALUES ('rebuild')")

    def search(self, profile: str, user: str, query: str, limit: int = DEFAULT_LIMIT) -> list[Hit]:
        """Messages of the user's indexed conversations that contain every word, newest first."""
        words = words_of(query)
        if not words:
            return []
        long_words = [w for w in words if len(w) >= TRIGRAM]
        short_words = [w for w in words if len(w) < TRIGRAM]
        sql = [
            "SELECT m.conversation_id, c.name, m.message_id, m.created_at, m.query, m.answer",
            "FROM indexed_messages AS m JOIN indexed_conversations AS c",
            "ON c.profile = m.profile AND c.user = m.user AND c.conversation_id = m.conversation_id",
            "WHERE m.profile = ? AND m.user = ?",
        ]
        params: list[object] = [profile, user]
        if long_words:
            sql.append("AND m.id IN (SELECT rowid FROM message_text WHERE message_text MATCH ?)")
            params.append(" AND ".join(_fts_phrase(w) for w in long_words))
        for word in short_words:
            sql.append("AND instr(m.folded, ?) > 0")
            params.append(word)
        sql.append("ORDER BY m.created_at DESC, m.position DESC LIMIT ?")
        params.append(limit)
        hits = []
        for conversation_id, name, message_id, created_at, query_text, answer in self._db.execute(
            " ".join(sql), params
        ):
            text = query_text + "\n" + answer
            hits.append(
                Hit(conversation_id, name, message_id, created_at, text, find_spans(text, words))
            )
        return hits
