"""The local database: created with its schema, a damaged / newer file kept aside (never written
over), a locked one left alone while the app keeps its data in memory."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from dify_desktop.core.local_db import SCHEMA_VERSION, LocalDb, open_local_db
from dify_desktop.core.problems import ProblemId

NOW = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)


async def tables(db: LocalDb) -> set[str]:
    rows = await db.run(lambda c: c.execute("SELECT name FROM sqlite_master").fetchall())
    return {str(name) for (name,) in rows}


@pytest.mark.asyncio
async def test_a_new_file_gets_the_schema_and_its_version(tmp_path: Path) -> None:
    db = await open_local_db(tmp_path / "data" / "local.sqlite3")
    try:
        assert db.problem is None and not db.in_memory
        assert {"renames", "pins"} <= await tables(db)
        version = await db.run(lambda c: c.execute("PRAGMA user_version").fetchone()[0])
        assert version == SCHEMA_VERSION
    finally:
        db.close()
    again = await open_local_db(tmp_path / "data" / "local.sqlite3")  # migrations run once
    again.close()
    assert again.problem is None


@pytest.mark.asyncio
async def test_runs_that_store_nothing_keep_the_database_in_memory() -> None:
    db = await open_local_db(None)
    try:
        assert db.in_memory and db.problem is None and "renames" in await tables(db)
    finally:
        db.close()


@pytest.mark.asyncio
async def test_a_damaged_file_is_kept_aside_byte_for_byte_and_a_new_one_started(
    tmp_path: Path,
) -> None:
    path = tmp_path / "local.sqlite3"
    damage = b"SQLite format 3\x00" + b"\xde\xad" * 3000
    path.write_bytes(damage)
    db = LocalDb.open(path, now=lambda: NOW)
    try:
        assert db.problem is not None and db.problem.id is ProblemId.LOCAL_DB_KEPT_ASIDE
        kept = Path(db.problem["kept"])
        assert kept.name == "local.sqlite3.unreadable-20260102T030405Z"
        assert kept.read_bytes() == damage
        assert not db.in_memory and "renames" in await tables(db)
    finally:
        db.close()
    path.write_bytes(b"not a database at all")  # damaged again, same second: a second name
    second = LocalDb.open(path, now=lambda: NOW)
    second.close()
    assert second.problem is not None
    assert Path(second.problem["kept"]).name.endswith("-2")
    assert kept.read_bytes() == damage


@pytest.mark.asyncio
async def test_a_file_from_a_newer_app_is_kept_aside(tmp_path: Path) -> None:
    path = tmp_path / "local.sqlite3"
    with sqlite3.connect(path) as newer:
        newer.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
        newer.execute("CREATE TABLE future (x)")
    newer.close()
    db = LocalDb.open(path, now=lambda: NOW)
    try:
        assert db.problem is not None and db.problem.id is ProblemId.LOCAL_DB_KEPT_ASIDE
        with sqlite3.connect(db.problem["kept"]) as kept:
            assert kept.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 5
        kept.close()
    finally:
        db.close()


@pytest.mark.asyncio
async def test_a_locked_file_is_left_alone_and_the_app_works_in_memory(tmp_path: Path) -> None:
    path = tmp_path / "local.sqlite3"
    LocalDb.open(path).close()
    before = path.read_bytes()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        db = await open_local_db(path)
        try:
            assert db.problem is not None and db.problem.id is ProblemId.LOCAL_DB_LOCKED
            assert db.in_memory and "renames" in await tables(db)
        finally:
            db.close()
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if "unreadable" in p.name] == []


@pytest.mark.asyncio
async def test_a_folder_that_cannot_be_written_leaves_the_app_in_memory(tmp_path: Path) -> None:
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")
    db = await open_local_db(blocked / "local.sqlite3")
    try:
        assert db.problem is not None and db.problem.id is ProblemId.LOCAL_DB_UNUSABLE
        assert db.in_memory
    finally:
        db.close()
