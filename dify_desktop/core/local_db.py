"""The app's one local SQLite database (rename history, pins, the search index), in the
user data directory, with a schema version and migrations.

Every call runs in one worker thread (:meth:`LocalDb.run`), so the event loop never waits on the
disk or on a lock, and the connection is only ever used by that thread at a time. Each call is
its own transaction, committed before it returns.

A file that cannot be used is never written over: a damaged file, or one from a newer version of
the app, is moved aside to ``<name>.unreadable-<UTC time>`` and a new one is started; a file
another program holds locked is left alone and the app keeps its data in memory for the session.
Either way :attr:`LocalDb.problem` says what happened (``ui.sentences`` words it).
"""

from __future__ import annotations

import asyncio
import logging
import os
import sqlite3
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

from dify_desktop.core import search_index
from dify_desktop.core.problems import Problem, ProblemId, problem

log = logging.getLogger(__name__)

T = TypeVar("T")

FILE_NAME = "local.sqlite3"
#: how long a call waits for another program's lock before the file counts as locked
BUSY_TIMEOUT_S = 1.0

#: Migration n (1-based) takes the schema from version n-1 to n; ``PRAGMA user_version`` holds
#: the version. Append, never edit: files in the field went through the earlier ones.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE renames (
        id INTEGER PRIMARY KEY,
        time REAL NOT NULL,
        profile TEXT NOT NULL,
        user TEXT NOT NULL,
        conversation_id TEXT NOT NULL,
        old_name TEXT NOT NULL,
        sent_name TEXT,
        new_name TEXT,
        origin TEXT NOT NULL,
        auto INTEGER NOT NULL,
        job_id TEXT,
        outcome TEXT NOT NULL
    );
    CREATE INDEX renames_by_profile ON renames (profile, user, conversation_id, id);
    CREATE TABLE pins (
        profile TEXT NOT NULL,
        user TEXT NOT NULL,
        conversation_id TEXT NOT NULL,
        name TEXT NOT NULL,
        time REAL NOT NULL,
        PRIMARY KEY (profile, user, conversation_id)
    );
    """,
    search_index.SCHEMA,
)
SCHEMA_VERSION = len(MIGRATIONS)


def default_path() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("dify-desktop", appauthor=False)) / FILE_NAME


class _Newer(Exception):
    """The file's schema is newer than this app knows."""


class LocalDb:
    """One open database. :meth:`memory` for runs that store nothing on disk."""

    def __init__(
        self, connection: sqlite3.Connection, path: Path | None, found: Problem | None
    ) -> None:
        self._connection = connection
        self.path = path
        #: what went wrong opening the file (None when all is well)
        self.problem = found
        self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="local-db")

    @property
    def in_memory(self) -> bool:
        return self.path is None

    @classmethod
    def memory(cls, found: Problem | None = None) -> LocalDb:
        connection = _connect(":memory:")
        _migrate(connection)
        return cls(connection, None, found)

    @classmethod
    def open(cls, path: Path, now: Callable[[], datetime] = lambda: datetime.now(UTC)) -> LocalDb:
        """Open (or create) the database at ``path``; never raises for the file's sake. Blocks
        on the disk: call it from :func:`open_local_db` on the event loop."""
        reason: Exception
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            return cls(_open_checked(path), path, None)
        except sqlite3.OperationalError as exc:
            if _locked(exc):
                log.warning("the local database %s is locked by another program", path)
                return cls.memory(problem(ProblemId.LOCAL_DB_LOCKED, path=str(path)))
            if not path.exists():  # nothing to keep aside: the folder cannot be written
                return cls.memory(problem(ProblemId.LOCAL_DB_UNUSABLE, path=str(path)))
            reason = exc
        except (sqlite3.DatabaseError, _Newer) as exc:
            reason = exc
        except OSError:
            return cls.memory(problem(ProblemId.LOCAL_DB_UNUSABLE, path=str(path)))
        log.warning("the local database %s cannot be read (%s): keeping it aside", path, reason)
        try:
            kept = keep_aside(path, now())
            connection = _open_checked(path)
        except (OSError, sqlite3.Error, _Newer):
            log.exception("starting a new local database failed")
            return cls.memory(problem(ProblemId.LOCAL_DB_UNUSABLE, path=str(path)))
        return cls(connection, path, problem(ProblemId.LOCAL_DB_KEPT_ASIDE, kept=str(kept)))

    async def run(self, call: Callable[[sqlite3.Connection], T]) -> T:
        """``call(connection)`` in the database's thread, committed when it returns (rolled back
        when it raises)."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._thread, self._transaction, call)

    def _transaction(self, call: Callable[[sqlite3.Connection], T]) -> T:
        with self._connection:
            return call(self._connection)

    def close(self) -> None:
        self._thread.shutdown(wait=True)
        self._connection.close()


async def open_local_db(path: Path | None) -> LocalDb:
    """The database at ``path`` (opened in a worker thread), or in memory when None."""
    if path is None:
        return LocalDb.memory()
    return await asyncio.to_thread(LocalDb.open, path)


def _connect(target: str) -> sqlite3.Connection:
    # The default isolation: a write opens a transaction, "with connection" commits it.
    return sqlite3.connect(target, timeout=BUSY_TIMEOUT_S, check_same_thread=False)


def _open_checked(path: Path) -> sqlite3.Connection:
    connection = _connect(str(path))
    try:
        connection.execute("PRAGMA journal_mode=WAL").fetchone()
        row = connection.execute("PRAGMA quick_check").fetchone()
        if row is None or row[0] != "ok":
            raise sqlite3.DatabaseError(f"quick_check: {row}")
        _migrate(connection)
    except BaseException:
        connection.close()
        raise
    return connection


def _migrate(connection: sqlite3.Connection) -> None:
    (version,) = connection.execute("PRAGMA user_version").fetchone()
    if version > SCHEMA_VERSION:
        raise _Newer(f"schema {version}, this app knows {SCHEMA_VERSION}")
    for number in range(version + 1, SCHEMA_VERSION + 1):
        # executescript commits first; the version moves with the migration's own statements.
        connection.executescript(
            f"BEGIN; {MIGRATIONS[number - 1]} PRAGMA user_version = {number}; COMMIT;"
        )


def _locked(exc: sqlite3.OperationalError) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    return code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) or "locked" in str(exc)


def keep_aside(path: Path, now: datetime) -> Path:
    """Move ``path`` (with its -wal and -shm files) to ``<name>.unreadable-<UTC time>`` (``-2``,
    ``-3``... when taken), never over an existing file."""
    stamp = f"{path.name}.unreadable-{now.astimezone(UTC):%Y%m%dT%H%M%SZ}"
    for n in range(1, 1_000):
        target = path.with_name(stamp if n == 1 else f"{stamp}-{n}")
        try:
            os.link(path, target)  # fails when the name is taken: nothing is overwritten
        except FileExistsError:
            continue
        os.unlink(path)
        for suffix in ("-wal", "-shm"):
            companion = path.with_name(path.name + suffix)
            if companion.exists():
                try:
                    os.link(companion, target.with_name(target.name + suffix))
                    os.unlink(companion)
                except OSError:
                    log.warning("could not keep %s aside", companion)
        return target
    raise FileExistsError(f"no free name beside {path}")
