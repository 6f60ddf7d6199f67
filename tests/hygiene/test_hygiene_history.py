"""Key hygiene of the local database: after renames, a bulk job, a pin and an undo through a
window that stores its history on disk, the key is in no form in the history file (nor its
-wal / -shm companions), which holds the renames under the profile's id."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from dify_desktop.core.local_db import default_path
from dify_desktop.core.profiles import Profile
from dify_desktop.demo.runner import DemoServer
from tests.hygiene.hygiene_kit import leaks_in_tree, make_key
from tests.ui.bulk_ui_kit import add_prefix, select_all, wait_for_job_end
from tests.ui.conftest import TIMEOUT, make_window

USER = "cus_history_hygiene"


@pytest.fixture
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return tmp_path / "data"


def test_the_history_file_never_holds_the_key(qtbot: Any, qloop: Any, data_home: Path) -> None:
    server = DemoServer(api_key=make_key())
    server.start()
    try:
        for n in range(3):
            server.store.add_conversation(USER, f"Case {n}", messages=[("Refund?", "Yes")])
        window = make_window(qtbot, ephemeral=False)
        profile = Profile(id="profile-hygiene", name="Hygiene", base_url=server.base_url)
        window.ctx.tasks.spawn(window.open_profile(profile, server.api_key, USER))
        qtbot.waitUntil(lambda: window.model.rowCount() == 3, timeout=TIMEOUT)
        window.model.request_rename(0, "Typed name", False)
        qtbot.waitUntil(lambda: window.model.saving_count() == 0, timeout=TIMEOUT)
        select_all(qtbot, window)
        add_prefix(qtbot, window, "[T-1] ")
        wait_for_job_end(qtbot, window)
        window.pins.toggle()
        path = default_path()
        assert data_home in path.parents
        qtbot.waitUntil(
            lambda: _count(path, "renames") == 4 and _count(path, "pins") == 3, timeout=TIMEOUT
        )
        window.close()
    finally:
        server.stop()
    with sqlite3.connect(path) as db:
        profiles = {p for (p,) in db.execute("SELECT DISTINCT profile FROM renames")}
    db.close()
    assert profiles == {"profile-hygiene"}
    assert leaks_in_tree(data_home, [server.api_key]) == {}


def _count(path: Path, table: str) -> int:
    if not path.exists():
        return -1
    with sqlite3.connect(path) as db:
        count = int(db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    db.close()
    return count
