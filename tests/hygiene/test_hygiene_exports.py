"""Key hygiene of what leaves the app or stays on disk besides the settings: exported files and
the local search index never hold the key, in any form."""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from dify_desktop.core.indexing import UserIndex
from dify_desktop.core.local_db import LocalDb
from dify_desktop.core.session import connect
from dify_desktop.demo.runner import DemoServer
from tests.app_process import run_app
from tests.hygiene.hygiene_kit import leaks_in_bytes, leaks_in_text, leaks_in_tree, make_key

USER = "hygiene-user"


@pytest.fixture
def keyed_server() -> Iterator[DemoServer]:
    server = DemoServer(api_key=make_key())
    server.store.add_conversation(USER, "Refund", messages=[("where is my refund", "soon")])
    server.start()
    try:
        yield server
    finally:
        server.stop()


def test_exported_files_and_the_command_output_hold_no_key(
    tmp_path: Path, keyed_server: DemoServer
) -> None:
    key = keyed_server.api_key
    for format_ in ("md", "json"):
        done = run_app(
            [
                "export",
                "--base-url",
                keyed_server.base_url,
                "--user",
                USER,
                "--format",
                format_,
                "--out",
                str(tmp_path / "out"),
            ],
            tmp_path,
            key=key,
            display=False,
        )
        assert done.returncode == 0, done.stderr
        assert leaks_in_text(done.stdout + done.stderr, [key]) == []
    assert len(list((tmp_path / "out").iterdir())) == 2
    assert leaks_in_tree(tmp_path, [key]) == {}


def test_the_search_index_file_holds_no_key(tmp_path: Path, keyed_server: DemoServer) -> None:
    key = keyed_server.api_key
    path = tmp_path / "local.sqlite3"

    async def index_once() -> int:
        session = await connect(keyed_server.base_url, key)
        db = LocalDb.open(path)
        try:
            index = UserIndex(db, session, "profile-1", USER)
            await index.prepare(await index.stale(await index.listed())).run()
            return len(await index.search("refund"))
        finally:
            await session.close()
            db.close()

    assert asyncio.run(index_once()) == 1
    with sqlite3.connect(path) as db:  # the WAL checkpointed: every byte is in the main file
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert path.stat().st_size > 0
    assert leaks_in_bytes(path.read_bytes(), [key]) == []
    assert leaks_in_tree(tmp_path, [key]) == {}
