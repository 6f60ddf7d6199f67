"""Keeping the search index of one end user up to date, and asking it (no Qt).

:meth:`UserIndex.refresh` lists the user's conversations, fetches the transcripts of those new
or changed since they were indexed (``updated_at``) as a :class:`~dify_desktop.core.jobs.Job`
(bounded, with progress and Cancel), stores each one as it arrives, and forgets conversations
the server no longer lists. A transcript that fails is left as it was indexed before (or not at
all) and reported per item; nothing half-fetched is stored.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

from dify_desktop.api import Conversation, DifyError, Message
from dify_desktop.core import search_index
from dify_desktop.core.jobs import ItemResult, Job, Progress
from dify_desktop.core.local_db import LocalDb
from dify_desktop.core.search_index import Hit, IndexedConversation, IndexedMessage
from dify_desktop.core.session import Session
from dify_desktop.core.transcript import TranscriptFeed, TranscriptOutcome


@dataclass(frozen=True, slots=True)
class Indexed:
    """One conversation's transcript, stored: how many messages, and whether some could not be
    reached (more than 100 in one second); or why it could not be read (nothing was stored)."""

    messages: int = 0
    incomplete: bool = False
    problem: DifyError | None = None


def indexed_conversation(conversation: Conversation) -> IndexedConversation:
    return IndexedConversation(
        conversation.id, conversation.name, int(conversation.updated_at.timestamp())
    )


def indexed_message(message: Message) -> IndexedMessage:
    return IndexedMessage(
        message.id, int(message.created_at.timestamp()), message.query, message.answer
    )


class UserIndex:
    """The index of one end user of one profile."""

    def __init__(self, db: LocalDb, session: Session, profile: str, user: str) -> None:
        self._db = db
        self._session = session
        self.profile = profile
        self.user = user
        self.job: Job[Conversation, Indexed] | None = None

    async def listed(self) -> list[Conversation]:
        """Every conversation the server lists for the user now (tie-safe)."""
        async with self._session.user_request(self.user):
            return [c async for c in self._session.client.iter_conversations(self.user)]

    async def stale(self, conversations: list[Conversation]) -> list[Conversation]:
        """Those whose transcripts must be fetched; forgets what the server no longer lists."""
        listed = {c.id: c for c in conversations}

        def update(db: sqlite3.Connection) -> list[IndexedConversation]:
            for gone in search_index.indexed(db, self.profile, self.user).keys() - listed.keys():
                search_index.forget(db, self.profile, self.user, gone)
            return search_index.stale(
                db, self.profile, self.user, [indexed_conversation(c) for c in conversations]
            )

        return [listed[c.conversation_id] for c in await self._db.run(update)]

    def prepare(
        self,
        conversations: list[Conversation],
        *,
        on_progress: Callable[[Progress], None] | None = None,
        on_result: Callable[[ItemResult[Conversation, Indexed]], None] | None = None,
    ) -> Job[Conversation, Indexed]:
        """The job that fetches and stores ``conversations`` (run it with ``await job.run()``)."""
        self.job = Job(
            conversations,
            self._index_one,
            concurrency=self._session.limiter.size,
            failed=lambda indexed: indexed.problem is not None,
            on_progress=on_progress,
            on_result=on_result,
        )
        return self.job

    async def _index_one(self, conversation: Conversation) -> Indexed:
        feed = TranscriptFeed(
            self._session.client, conversation.id, self.user, guard=self._session.user_request
        )
        try:
            messages = await feed.load_all()
        except DifyError as exc:  # an expected failure: the job reports it, the old index stays
            return Indexed(problem=exc)
        entry = indexed_conversation(conversation)
        rows = [indexed_message(m) for m in messages]
        await self._db.run(lambda db: search_index.store(db, self.profile, self.user, entry, rows))
        return Indexed(len(rows), feed.outcome is not TranscriptOutcome.COMPLETE)

    async def search(self, query: str) -> list[Hit]:
        return await self._db.run(
            lambda db: search_index.search(db, self.profile, self.user, query)
        )


async def clear_index(db: LocalDb) -> None:
    """*Clear search index*: every profile's, every user's (the history stays)."""
    await db.run(search_index.clear)
