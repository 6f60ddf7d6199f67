"""The local database of this window (history and pins): opened off the event loop when the
window starts, in memory for runs that store nothing; whatever was wrong with the file is said
once. Every session the window opens records its renames here."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from dify_desktop.core.history import Entry, History
from dify_desktop.core.local_db import LocalDb, default_path, open_local_db
from dify_desktop.core.pins import Pins
from dify_desktop.core.problems import Problem
from dify_desktop.core.profiles import Profile
from dify_desktop.core.rename import RenameResult
from dify_desktop.core.session import Session
from dify_desktop.ui.context import AppContext
from dify_desktop.ui.reporter import Reporter
from dify_desktop.ui.sentences import say
from dify_desktop.ui.tasks import TaskGroup

log = logging.getLogger(__name__)


class LocalData(QObject):
    #: a rename was recorded (an :class:`Entry`)
    recorded = Signal(object)
    #: an uncertain rename's entry was settled by a re-read (an :class:`Entry`)
    settled = Signal(object)
    #: the database is open (history and pins can be read)
    ready = Signal()

    def __init__(self, context: AppContext, reporter: Reporter, parent: QObject) -> None:
        super().__init__(parent)
        self._reporter = reporter
        self.db: LocalDb | None = None
        self.history: History | None = None
        self.pins: Pins | None = None
        self._followed: Session | None = None
        self._tasks = context.tasks
        self._path = None if context.ephemeral else default_path()
        self._opened: asyncio.Task[None] | None = None

    def _start(self) -> asyncio.Task[None]:
        """Open the database once, when first needed (the window first connects)."""
        if self._opened is None:
            self._opened = self._tasks.spawn(self._open(self._path), TaskGroup.OTHER, name="db")
        return self._opened

    async def _open(self, path: Path | None) -> None:
        self.db = await open_local_db(path)
        self.history = History(self.db)
        self.history.recorded.append(self.recorded.emit)
        self.history.settled.append(self.settled.emit)
        self.history.failed.append(self._warn)
        self.pins = Pins(self.db)
        if self.db.problem is not None:
            self._warn(self.db.problem)
        self.ready.emit()

    def _warn(self, problem: Problem) -> None:
        self._reporter.warning(say(problem))

    async def opened(self) -> History:
        await asyncio.shield(self._start())
        assert self.history is not None
        return self.history

    async def database(self) -> LocalDb:
        """The open database (the search index lives there too)."""
        await self.opened()
        assert self.db is not None
        return self.db

    def follow(self, session: Session | None, profile: Profile | None, _user: object) -> None:
        """Record the renames of a newly opened session under its profile."""
        self._start()
        if session is None or profile is None or session is self._followed:
            return
        self._followed = session
        profile_id = profile.id

        async def record(result: RenameResult) -> None:
            history = await self.opened()
            await history.record(profile_id, result)

        session.observe_renames(record)


def entry_of(value: object) -> Entry:
    assert isinstance(value, Entry)
    return value
