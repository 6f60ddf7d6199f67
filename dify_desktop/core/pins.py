"""Pinned conversations, per profile and end user, kept in the local database beside the history.

The service API cannot fetch one conversation, so a pin remembers the name it had when pinned:
a pinned conversation shows once its page has loaded, and a pin whose conversation the whole list
no longer holds can say which one it was.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from dify_desktop.api import Conversation
from dify_desktop.core.local_db import LocalDb


@dataclass(frozen=True, slots=True)
class Pin:
    conversation_id: str
    name: str  # the name when it was pinned (server text)
    time: float


class Pins:
    def __init__(self, db: LocalDb, clock: Callable[[], float] = time.time) -> None:
        self.db = db
        self._clock = clock

    async def pinned(self, profile: str, user: str) -> dict[str, Pin]:
        rows = await self.db.run(
            lambda db: db.execute(
                "SELECT conversation_id, name, time FROM pins WHERE profile = ? AND user = ?"
                " ORDER BY time",
                (profile, user),
            ).fetchall()
        )
        return {str(cid): Pin(str(cid), str(name), float(at)) for cid, name, at in rows}

    async def pin(self, profile: str, user: str, conversation: Conversation) -> Pin:
        pin = Pin(conversation.id, conversation.name, self._clock())
        await self.db.run(
            lambda db: db.execute(
                "INSERT OR REPLACE INTO pins VALUES (?, ?, ?, ?, ?)",
                (profile, user, pin.conversation_id, pin.name, pin.time),
            )
        )
        return pin

    async def unpin(self, profile: str, user: str, conversation_id: str) -> None:
        await self.db.run(
            lambda db: db.execute(
                "DELETE FROM pins WHERE profile = ? AND user = ? AND conversation_id = ?",
                (profile, user, conversation_id),
            )
        )
