"""A connected session with a history, against the demo server (for the bulk, history and undo
tests)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

from dify_desktop.api import Conversation
from dify_desktop.core.history import History
from dify_desktop.core.limiter import Limiter
from dify_desktop.core.local_db import LocalDb
from dify_desktop.core.session import Session, connect

PROFILE = "profile-1"
SORT = "-updated_at"


@dataclass
class Desk:
    server: Any
    session: Session
    history: History
    user: str

    async def rows(self) -> list[Conversation]:
        found: list[Conversation] = []
        feed = self.session.feed(self.user, SORT)
        while not feed.exhausted:
            found += await feed.next_batch()
        return found

    def names(self) -> dict[str, str]:
        return {c.id: c.name for c in self.server.store.conversations_of(self.user)}


@asynccontextmanager
async def desk(server: Any, user: str, names: list[str], size: int = 4) -> AsyncIterator[Desk]:
    for n, name in enumerate(names):
        server.store.add_conversation(
            user,
            name,
            created_at=1_700_000_000 + n,
            messages=[(f"Question {n} about refunds", "OK")],
        )
    session = await connect(server.base_url, server.api_key, limiter=Limiter(size))
    db = LocalDb.memory()
    history = History(db)
    session.observe_renames(history.observer(PROFILE))
    try:
        yield Desk(server, session, history, user)
    finally:
        await session.close()
        db.close()
