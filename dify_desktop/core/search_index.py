"""The local full-text index of transcripts: which of an end user's conversations say the words.

Chinese and Japanese are written without spaces, so SQLite's default tokenizer sees a whole CJK
sentence as one token, and its ``trigram`` tokenizer cannot find a two-character word such as 返金.
Here every run of CJK characters is stored as overlapping pairs (返金を希望 → 返金 金を を希 希望, plus
the run's last character alone), and a query is cut the same way, so a word of any length is a
phrase of pairs: the approach of Lucene's CJK analyzer. Other scripts are words, matched by prefix
(refund finds refunds). FTS5's ``unicode61`` tokenizer does the rest (case, diacritics).

The index holds what the server sent (questions, answers, names) and never a key. The functions
take the connection of :class:`dify_desktop.core.local_db.LocalDb` (its thread, its transaction).
"""

from __future__ import annotations

import re
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
    query TEXT NOT NULL,
    answer TEXT NOT NULL,
    terms TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS indexed_messages_owner
    ON indexed_messages (profile, user, conversation_id);
CREATE VIRTUAL TABLE IF NOT EXISTS message_terms USING fts5(
    terms, content='indexed_messages', content_rowid='id', tokenize='unicode61'
);
CREATE TRIGGER IF NOT EXISTS indexed_messages_added AFTER INSERT ON indexed_messages BEGIN
    INSERT INTO message_terms (rowid, terms) VALUES (new.id, new.terms);
END;
CREATE TRIGGER IF NOT EXISTS indexed_messages_removed AFTER DELETE ON indexed_messages BEGIN
    INSERT INTO message_terms (message_terms, rowid, terms) VALUES ('delete', old.id, old.terms);
END;
"""

_CJK = (
    "\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
    "\uff66-\uff9f\U00020000-\U0003134f"
)
_CJK_RUN = re.compile(f"[{_CJK}]+")
_CJK_CHAR = re.compile(f"[{_CJK}]")
_WORD_CHAR = re.compile(r"\w")

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
    """A conversation whose message ``message_id`` says every word; ``spans`` are the matches
    in ``text`` (the question, a line break, the answer) as (start, end)."""

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


def _pairs(run: str) -> list[str]:
    return [run[i : i + 2] for i in range(len(run) - 1)]


def terms_of(text: str) -> str:
    """What the index stores for ``text``: CJK runs as overlapping pairs and their last
    character, everything else as it is (the tokenizer splits it into words)."""
    return _CJK_RUN.sub(lambda run: " " + " ".join([*_pairs(run[0]), run[0][-1]]) + " ", text)


def words_of(query: str) -> list[str]:
    """The query's words; punctuation alone ("*", "-") says nothing and is dropped."""
    return [w for w in dict.fromkeys(fold(query).split()) if _WORD_CHAR.search(w)]


def _match_expression(word: str) -> str:
    """One word of the query as an FTS5 phrase: its CJK runs as pairs (a single CJK character
    matches the pairs it starts), other text as words, the last one by prefix."""
    parts: list[str] = []
    position = 0
    for run in _CJK_RUN.finditer(word):
        parts.append(word[position : run.start()])
        parts.append(" ".join(_pairs(run[0])) if len(run[0]) > 1 else run[0])
        position = run.end()
    parts.append(word[position:])
    phrase = " ".join(p for p in parts if p.strip())
    # Inside double quotes FTS5 takes everything literally but the quote itself.
    quoted = '"' + phrase.replace('"', '""') + '"'
    ends_in_pair = len(word) > 1 and _CJK_CHAR.fullmatch(word[-1]) and _CJK_CHAR.fullmatch(word[-2])
    return quoted if ends_in_pair else quoted + " *"


def find_spans(text: str, words: Sequence[str]) -> tuple[tuple[int, int], ...]:
    lowered = fold(text)
    spans: list[tuple[int, int]] = []
    for word in words:
        start = lowered.find(word)
        while start >= 0:
            spans.append((start, start + len(word)))
            start = lowered.find(word, start + len(word))
    return tuple(sorted(spans))


def indexed(db: sqlite3.Connection, profile: str, user: str) -> dict[str, int]:
    """conversation id → the ``updated_at`` it was indexed at."""
    rows = db.execute(
        "SELECT conversation_id, updated_at FROM indexed_conversations"
        " WHERE profile = ? AND user = ?",
        (profile, user),
    )
    return dict(rows.fetchall())


def stale(
    db: sqlite3.Connection, profile: str, user: str, conversations: Iterable[IndexedConversation]
) -> list[IndexedConversation]:
    """Those not indexed yet, or changed on the server since (``updated_at`` differs)."""
    known = indexed(db, profile, user)
    return [c for c in conversations if known.get(c.conversation_id) != c.updated_at]


def store(
    db: sqlite3.Connection,
    profile: str,
    user: str,
    conversation: IndexedConversation,
    messages: Sequence[IndexedMessage],
) -> None:
    """Replace what is indexed for one conversation (inside the caller's transaction)."""
    forget(db, profile, user, conversation.conversation_id)
    db.executemany(
        "INSERT INTO indexed_messages (profile, user, conversation_id, message_id,"
        " created_at, query, answer, terms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                profile,
                user,
                conversation.conversation_id,
                m.message_id,
                m.created_at,
                m.query,
                m.answer,
                terms_of(m.query + "\n" + m.answer),
            )
            for m in messages
        ],
    )
    db.execute(
        "INSERT INTO indexed_conversations VALUES (?, ?, ?, ?, ?)",
        (profile, user, conversation.conversation_id, conversation.name, conversation.updated_at),
    )


def forget(db: sqlite3.Connection, profile: str, user: str, conversation_id: str) -> None:
    owner = (profile, user, conversation_id)
    db.execute(
        "DELETE FROM indexed_messages WHERE profile = ? AND user = ? AND conversation_id = ?",
        owner,
    )
    db.execute(
        "DELETE FROM indexed_conversations WHERE profile = ? AND user = ? AND conversation_id = ?",
        owner,
    )


def clear(db: sqlite3.Connection) -> None:
    """Everything, for every profile (*Clear search index*)."""
    db.execute("DELETE FROM indexed_messages")
    db.execute("DELETE FROM indexed_conversations")
    db.execute("INSERT INTO message_terms (message_terms) VALUES ('rebuild')")


def search(
    db: sqlite3.Connection, profile: str, user: str, query: str, limit: int = DEFAULT_LIMIT
) -> list[Hit]:
    """The user's indexed conversations with a message that says every word — each once,
    with its newest such message — most recently updated first."""
    words = words_of(query)
    if not words:
        return []
    expression = " AND ".join(_match_expression(w) for w in words)
    rows = db.execute(
        """
        WITH newest AS (
            SELECT max(m.id) AS id FROM indexed_messages AS m
            WHERE m.id IN (SELECT rowid FROM message_terms WHERE message_terms MATCH ?)
            AND m.profile = ? AND m.user = ?
            GROUP BY m.conversation_id
        )
        SELECT m.conversation_id, c.name, m.message_id, m.created_at, m.query, m.answer
        FROM newest JOIN indexed_messages AS m ON m.id = newest.id
        JOIN indexed_conversations AS c
        ON c.profile = m.profile AND c.user = m.user AND c.conversation_id = m.conversation_id
        ORDER BY c.updated_at DESC, m.id DESC LIMIT ?
        """,
        (expression, profile, user, limit),
    )
    hits = []
    for conversation_id, name, message_id, created_at, query_text, answer in rows:
        text = query_text + "\n" + answer
        hits.append(
            Hit(conversation_id, name, message_id, created_at, text, find_spans(text, words))
        )
    return hits
