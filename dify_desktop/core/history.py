"""The rename history: every rename made from the app, one row each, committed as it finishes.

Names are kept exactly as sent and received (server text, unsanitized: the panel shows it as
plain text). The key is never stored here: the profile is named by its id.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, replace

from dify_desktop.core.local_db import LocalDb
from dify_desktop.core.problems import Problem, ProblemId, problem
from dify_desktop.core.rename import Origin, Outcome, RenameResult, name_to_send
from dify_desktop.core.session import RenameObserver

log = logging.getLogger(__name__)

#: what a history row changed on the server: the name it set (BLANK_RESTORED put the old one back)
CHANGED_NAME = frozenset({Outcome.RENAMED})


@dataclass(frozen=True, slots=True)
class Entry:
    id: int
    time: float  # seconds since the epoch
    profile: str
    user: str
    conversation_id: str
    old_name: str
    #: the name sent (None for auto-generate)
    sent_name: str | None
    #: the name the server answered with (None when it did not answer usefully)
    new_name: str | None
    origin: Origin
    auto: bool
    job: str | None
    outcome: Outcome

    @property
    def changed_name(self) -> bool:
        return self.outcome in CHANGED_NAME and self.new_name is not None


_COLUMNS = (
    "id, time, profile, user, conversation_id, old_name, sent_name, new_name, origin, auto,"
    " job_id, outcome"
)


def _entry(row: tuple[object, ...]) -> Entry:
    (id_, at, profile, user, cid, old, sent, new, origin, auto, job, outcome) = row
    return Entry(
        int(str(id_)),
        float(str(at)),
        str(profile),
        str(user),
        str(cid),
        str(old),
        None if sent is None else str(sent),
        None if new is None else str(new),
        Origin(origin),
        bool(auto),
        None if job is None else str(job),
        Outcome(outcome),
    )


class History:
    def __init__(self, db: LocalDb, clock: Callable[[], float] = time.time) -> None:
        self.db = db
        self._clock = clock
        #: told of each entry once it is committed (the panel, the window's last action)
        self.recorded: list[Callable[[Entry], None]] = []
        #: told of an uncertain entry once a re-read has settled it (renamed or failed)
        self.settled: list[Callable[[Entry], None]] = []
        #: told when a write fails (the rename itself happened)
        self.failed: list[Callable[[Problem], None]] = []

    def observer(self, profile: str) -> RenameObserver:
        """What a session calls after each rename of ``profile``."""

        async def record(result: RenameResult) -> None:
            await self.record(profile, result)

        return record

    async def record(self, profile: str, result: RenameResult) -> Entry | None:
        if result.settles:
            return await self._settle(profile, result)
        request = result.request
        try:
            sent = None if request.auto_generate else name_to_send(request)
        except Exception:  # a name that could not be sent was never sent
            sent = None
        values = (
            self._clock(),
            profile,
            request.user,
            request.conversation.id,
            request.conversation.name,
            sent,
            None if result.conversation is None else result.conversation.name,
            request.origin.value,
            int(request.auto_generate),
            request.job,
            result.outcome.value,
        )

        def insert(db: sqlite3.Connection) -> Entry:
            cursor = db.execute(
                f"INSERT INTO renames ({_COLUMNS.split(', ', 1)[1]}) VALUES "
                "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                values,
            )
            return _entry((cursor.lastrowid, *values))

        return await self._write(insert, self.recorded)

    async def _settle(self, profile: str, result: RenameResult) -> Entry | None:
        """The re-read's verdict replaces the outcome of the newest uncertain entry of the same
        rename (a settled result whose entry is not found changes nothing)."""
        request = result.request
        new_name = None if result.conversation is None else result.conversation.name

        def update(db: sqlite3.Connection) -> Entry | None:
            row = db.execute(
                f"SELECT {_COLUMNS} FROM renames WHERE profile = ? AND conversation_id = ?"
                " AND outcome = ? AND job_id IS ? ORDER BY id DESC LIMIT 1",
                (profile, request.conversation.id, Outcome.UNCERTAIN.value, request.job),
            ).fetchone()
            if row is None:
                return None
            db.execute(
                "UPDATE renames SET outcome = ?, new_name = ? WHERE id = ?",
                (result.outcome.value, new_name, row[0]),
            )
            return replace(_entry(row), outcome=result.outcome, new_name=new_name)

        return await self._write(update, self.settled)

    async def _write(
        self,
        change: Callable[[sqlite3.Connection], Entry | None],
        listeners: list[Callable[[Entry], None]],
    ) -> Entry | None:
        try:
            entry = await self.db.run(change)
        except sqlite3.Error as exc:
            log.warning("recording a rename failed: %r", exc)
            for warn in self.failed:
                warn(problem(ProblemId.LOCAL_DB_WRITE_FAILED, detail=type(exc).__name__))
            return None
        if entry is not None:
            for tell in listeners:
                tell(entry)
        return entry

    async def entries(
        self,
        profile: str,
        *,
        user: str | None = None,
        conversation: str | None = None,
        job: str | None = None,
        limit: int = 1000,
    ) -> list[Entry]:
        """The newest first, filtered by end user, conversation and job when given."""
        where, args = ["profile = ?"], [profile]
        for column, value in (("user", user), ("conversation_id", conversation), ("job_id", job)):
            if value is not None:
                where.append(f"{column} = ?")
                args.append(value)
        sql = (
            f"SELECT {_COLUMNS} FROM renames WHERE {' AND '.join(where)}"
            f" ORDER BY id DESC LIMIT {int(limit)}"
        )
        rows = await self.db.run(lambda db: db.execute(sql, args).fetchall())
        return [_entry(row) for row in rows]

    async def clear(self, profile: str) -> int:
        """Forget the profile's history; how many entries went."""
        return await self.db.run(
            lambda db: db.execute("DELETE FROM renames WHERE profile = ?", (profile,)).rowcount
        )
