"""The history panel (revert after someone else renamed), pins, and a history file the app
cannot read or cannot lock - through the window against the demo server."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from dify_desktop.core.local_db import default_path
from dify_desktop.core.rename import Origin
from dify_desktop.ui.conversation_model import Column, PinnedRole
from dify_desktop.ui.reporter import Level
from tests.ui.bulk_ui_kit import USER, desk, names_on_server
from tests.ui.conftest import TIMEOUT, connect, make_window, press_in_next_message_box

__all__ = ["desk"]


def rename_row(qtbot: Any, window: Any, row: int, name: str) -> str:
    cid = window.model.conversation(row).id
    window.model.request_rename(row, name, False)
    qtbot.waitUntil(
        lambda: window.model.conversation(window.model.row_of(cid)).name == name, timeout=TIMEOUT
    )
    return cid


def test_revert_from_the_history_names_a_later_rename_by_someone_else(
    qtbot: Any, desk: Any, demo_server: Any
) -> None:
    old = desk.model.conversation(0).name
    cid = rename_row(qtbot, desk, 0, "Mine")
    desk.view.setFocus()
    qtbot.keyClick(desk.view, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    panel = desk.history
    qtbot.waitUntil(lambda: panel.isVisible() and panel.table.rowCount() == 1, timeout=TIMEOUT)
    assert [panel.table.item(0, c).text() for c in (2, 3, 4, 5)] == [
        old,
        "Mine",
        "Typed",
        "Renamed",
    ]
    demo_server.store.rename_direct(cid, "Theirs")
    panel.table.setCurrentCell(0, 0)
    seen: dict[str, Any] = {}
    press_in_next_message_box(Qt.Key.Key_Escape, seen)
    qtbot.mouseClick(panel.revert_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "text" in seen, timeout=TIMEOUT)
    assert "Mine" in seen["text"] and "Theirs" in seen["text"]
    assert "Include renamed ones" in seen["buttons"]
    assert names_on_server(demo_server)[cid] == "Theirs"  # Esc: nothing changed
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=TIMEOUT)
    press_in_next_message_box(Qt.Key.Key_Return)  # the default includes it: the only change
    qtbot.mouseClick(panel.revert_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: names_on_server(demo_server)[cid] == old, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: panel.table.rowCount() == 2, timeout=TIMEOUT)
    assert panel.table.item(0, 4).text() == "Revert"
    row = desk.model.row_of(cid)
    assert row is not None and desk.model.conversation(row).name == old


def test_the_history_filters_and_clears_after_a_confirmation(qtbot: Any, desk: Any) -> None:
    first = rename_row(qtbot, desk, 0, "First")
    rename_row(qtbot, desk, 1, "Second")
    desk.history.toggle_action.trigger()
    panel = desk.history
    qtbot.waitUntil(lambda: panel.table.rowCount() == 2, timeout=TIMEOUT)
    panel.conversation_filter.setText(first)
    assert panel.table.rowCount() == 1 and panel.table.item(0, 3).text() == "First"
    panel.conversation_filter.clear()
    panel.user_filter.setText("nobody")
    assert panel.table.rowCount() == 0
    panel.user_filter.setText(USER)
    seen: dict[str, Any] = {}
    press_in_next_message_box(Qt.Key.Key_Return, seen)  # Enter keeps it: Cancel is the default
    qtbot.mouseClick(panel.clear_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "text" in seen, timeout=TIMEOUT)
    assert panel.table.rowCount() == 2
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=TIMEOUT)
    from PySide6.QtWidgets import QMessageBox

    def choose_clear() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            next(b for b in box.buttons() if b.text() == "Clear history").click()
        else:
            from PySide6.QtCore import QTimer

            QTimer.singleShot(10, choose_clear)

    choose_clear()
    qtbot.mouseClick(panel.clear_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.table.rowCount() == 0, timeout=TIMEOUT)


def test_pinned_rows_come_first_with_a_pin_and_stay_pinned_after_a_refresh(
    qtbot: Any, desk: Any
) -> None:
    last = desk.model.conversation(desk.model.rowCount() - 1).id
    desk.view.setCurrentIndex(desk.proxy.index(desk.proxy.rowCount() - 1, 0))
    qtbot.keyClick(desk.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: desk.model.conversation(0).id == last, timeout=TIMEOUT)
    index = desk.proxy.index(0, Column.NAME)
    assert index.data(PinnedRole) is True and index.data(Qt.ItemDataRole.DecorationRole) is not None
    assert desk.proxy.index(1, Column.NAME).data(Qt.ItemDataRole.DecorationRole) is None
    desk.refresh_action.trigger()
    qtbot.waitUntil(lambda: not desk.model.loading and desk.model.rowCount() > 1, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: desk.model.conversation(0).id == last, timeout=TIMEOUT)
    desk.view.setCurrentIndex(desk.proxy.index(0, 0))
    qtbot.keyClick(desk.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: desk.model.conversation(desk.model.rowCount() - 1).id == last, timeout=TIMEOUT
    )


def test_a_pin_whose_conversation_is_gone_says_so(qtbot: Any, desk: Any, demo_server: Any) -> None:
    gone = desk.model.conversation(3)
    desk.view.setCurrentIndex(desk.proxy.index(3, 0))
    qtbot.keyClick(desk.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: desk.model.conversation(0).id == gone.id, timeout=TIMEOUT)
    demo_server.store.delete_conversation(gone.id)
    desk.refresh_action.trigger()
    qtbot.waitUntil(
        lambda: "no longer on the server" in desk.reporter.last(Level.WARNING), timeout=TIMEOUT
    )
    assert gone.name in desk.reporter.last(Level.WARNING)


@pytest.fixture
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A data directory of its own: no other window's database is open on this file."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return tmp_path / "data"


def test_a_damaged_history_file_is_kept_aside_and_the_window_says_so(
    qtbot: Any, qloop: Any, demo_server: Any, data_home: Path
) -> None:
    path = default_path()
    assert data_home in path.parents
    path.parent.mkdir(parents=True, exist_ok=True)
    damage = b"SQLite format 3\x00" + b"\x00garbage" * 500
    path.write_bytes(damage)
    window = make_window(qtbot, ephemeral=False)
    try:
        connect(qtbot, window, demo_server, USER)
        qtbot.waitUntil(
            lambda: "could not be read" in window.reporter.last(Level.WARNING), timeout=TIMEOUT
        )
        kept = [p for p in path.parent.iterdir() if p.name.startswith(path.name + ".unreadable-")]
        assert [p.read_bytes() for p in kept] == [damage]
        demo_server.store.add_conversation(USER, "Before", messages=[("hi", "hello")])
        window.conversations.refresh()
        qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=TIMEOUT)
        rename_row(qtbot, window, 0, "After")
        qtbot.waitUntil(lambda: _renames_in(path) == 1, timeout=TIMEOUT)  # the new file works
    finally:
        window.close()
        for p in path.parent.iterdir():
            p.unlink()


def test_a_locked_history_file_leaves_it_alone_and_keeps_the_history_in_memory(
    qtbot: Any, qloop: Any, demo_server: Any, data_home: Path
) -> None:
    path = default_path()
    assert data_home in path.parents
    path.parent.mkdir(parents=True, exist_ok=True)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("CREATE TABLE other_program (x)")
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    window = make_window(qtbot, ephemeral=False)
    try:
        demo_server.store.add_conversation(USER, "Before", messages=[("hi", "hello")])
        connect(qtbot, window, demo_server, USER)
        qtbot.waitUntil(
            lambda: "in use by another program" in window.reporter.last(Level.WARNING),
            timeout=TIMEOUT,
        )
        qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=TIMEOUT)
        rename_row(qtbot, window, 0, "After")
        window.history.toggle_action.trigger()
        qtbot.waitUntil(lambda: window.history.table.rowCount() == 1, timeout=TIMEOUT)
        assert window.undo.last.entries()[0].origin is Origin.SINGLE
    finally:
        window.close()
        holder.execute("ROLLBACK")
        holder.close()
    assert [p.name for p in path.parent.iterdir() if "unreadable" in p.name] == []
    for p in path.parent.iterdir():
        p.unlink()


def _renames_in(path: Path) -> int:
    with sqlite3.connect(path) as db:
        count = int(db.execute("SELECT count(*) FROM renames").fetchone()[0])
    db.close()
    return count
