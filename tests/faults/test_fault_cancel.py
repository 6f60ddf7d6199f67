"""A server that answers only after 30 s, with the app's real default timeout (20 s): the window
stays responsive while it waits, the person keeps working, and can stop waiting (Esc in the list
stops a load; the Stop button stops loads and saves - a stopped save re-reads the server)."""

from __future__ import annotations

import logging
from typing import Any

import pytest
from PySide6.QtCore import Qt

from dify_desktop.core.session import DEFAULT_TIMEOUT
from dify_desktop.demo.faults import Fault
from dify_desktop.demo.seed import DEFAULT_USER
from dify_desktop.ui.conversation_model import Column, IdRole
from tests.faults.fault_kit import (
    Heartbeat,
    Wire,
    cell,
    fault_window,
    open_session,
    problems_in_logs,
    row_message,
    select,
    settled,
    wait_for,
)
from tests.ui.conftest import button_for, open_editor

MAX_STALL_MS = 200
BULK_USER = "cus_bulk_cancel"
STOPPED = "Loading stopped — scroll down or use “Load all” to continue; F5 reloads."


@pytest.fixture
def quiet_logs(caplog: pytest.LogCaptureFixture, capfd: pytest.CaptureFixture[str]) -> Any:
    caplog.set_level(logging.DEBUG)
    yield caplog
    assert problems_in_logs(caplog.records) == []
    assert "Traceback" not in capfd.readouterr().err


@pytest.fixture
def window(qtbot: Any, qloop: Any, wire: Wire) -> Any:
    assert DEFAULT_TIMEOUT == 20.0
    return fault_window(qtbot, wire, timeout=DEFAULT_TIMEOUT)


def stop_button(window: Any) -> Any:
    return button_for(window, window.stop_action)


def stall(server: Any, method: str, path: str) -> None:
    server.faults.add(Fault(method=method, path=path, kind="stall", delay_s=30.0, times=1))


@pytest.mark.no_cover  # it measures event-loop stalls: not under the tracer
def test_esc_stops_a_first_page_that_does_not_come(
    qtbot: Any, window: Any, fault_server: Any, quiet_logs: Any
) -> None:
    open_session(qtbot, window, fault_server, None)
    stall(fault_server, "GET", "/conversations")
    assert not window.stop_action.isEnabled()
    beat = Heartbeat().start()
    window.user_combo.setEditText(DEFAULT_USER)
    qtbot.keyClick(window.user_combo.lineEdit(), Qt.Key.Key_Return)
    wait_for(qtbot, lambda: len(fault_server.requests("GET", "/conversations")) == 1)
    assert window.model.loading and window.empty.text() == "Loading conversations…"
    assert window.stop_action.isEnabled() and stop_button(window).isEnabled()
    wait_for(qtbot, lambda: beat.beats >= 50)  # the person waits half a second...
    assert window.model.loading
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)  # ...and gives up
    assert not window.model.loading
    stalled = beat.stop()
    assert stalled < MAX_STALL_MS, stalled
    assert window.statusBar().currentMessage() == STOPPED
    assert "Loading was stopped" in window.empty.text() and "F5" in window.empty.text()
    assert not window.stop_action.isEnabled()
    qtbot.keyClick(window.view, Qt.Key.Key_F5)
    wait_for(qtbot, lambda: window.model.rowCount() > 0 and not window.model.loading)
    assert window.model.load_error is None


@pytest.mark.no_cover  # it measures event-loop stalls: not under the tracer
def test_stop_button_stops_a_hanging_next_page_and_keeps_the_rows(
    qtbot: Any, window: Any, fault_server: Any, quiet_logs: Any
) -> None:
    base = 1_700_000_000
    for i in range(130):
        fault_server.store.add_conversation(
            BULK_USER, f"Bulk {i:03d}", created_at=base + i * 60, updated_at=base + i * 60
        )
    open_session(qtbot, window, fault_server, BULK_USER)
    first_ids = [window.proxy.index(r, 0).data(IdRole) for r in range(100)]
    stall(fault_server, "GET", "/conversations")
    beat = Heartbeat().start()
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    wait_for(qtbot, lambda: len(fault_server.requests("GET", "/conversations")) == 2)
    assert window.model.loading
    # Working while it hangs: up a few rows, rename one.
    for _ in range(3):
        qtbot.keyClick(window.view, Qt.Key.Key_Up)
    editor = open_editor(qtbot, window)
    editor.line_edit.setText("Renamed while the page hangs")
    qtbot.keyClick(editor.line_edit, Qt.Key.Key_Return)
    cid = window.view.currentIndex().data(IdRole)
    wait_for(qtbot, lambda: cell(window, cid, Column.STATUS) == "✓ Renamed")
    assert window.model.loading
    qtbot.mouseClick(stop_button(window), Qt.MouseButton.LeftButton)
    stalled = beat.stop()
    assert stalled < MAX_STALL_MS, stalled
    assert not window.model.loading
    assert [window.proxy.index(r, 0).data(IdRole) for r in range(100)] == first_ids
    assert window.model.rowCount() == 100
    assert window.statusBar().currentMessage() == STOPPED
    assert cell(window, cid, Column.NAME) == "Renamed while the page hangs"


@pytest.mark.no_cover  # it measures event-loop stalls: not under the tracer
def test_stop_button_stops_waiting_for_a_save_the_server_never_made(
    qtbot: Any, window: Any, fault_server: Any, quiet_logs: Any
) -> None:
    open_session(qtbot, window, fault_server, DEFAULT_USER)
    cid = window.model.conversation(0).id
    old = cell(window, cid, Column.NAME)
    stall(fault_server, "POST", "/conversations/*/name")
    beat = Heartbeat().start()
    select(window, cid)
    editor = open_editor(qtbot, window)
    editor.line_edit.setText("Stuck on the way")
    qtbot.keyClick(editor.line_edit, Qt.Key.Key_Return)
    wait_for(qtbot, lambda: len(fault_server.requests("POST")) == 1)
    # Esc in the list does not drop a save (it only stops loading).
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    assert cell(window, cid, Column.STATUS) == "Saving…"
    # Meanwhile another row is renamed normally.
    qtbot.keyClick(window.view, Qt.Key.Key_Down)
    other = window.view.currentIndex().data(IdRole)
    editor = open_editor(qtbot, window)
    editor.line_edit.setText("Another row, saved")
    qtbot.keyClick(editor.line_edit, Qt.Key.Key_Return)
    wait_for(qtbot, lambda: cell(window, other, Column.STATUS) == "✓ Renamed")
    assert cell(window, cid, Column.STATUS) == "Saving…" and window.stop_action.isEnabled()
    qtbot.mouseClick(stop_button(window), Qt.MouseButton.LeftButton)
    assert "Stopped waiting for 1 save(s)" in window.statusBar().currentMessage()
    wait_for(qtbot, lambda: settled(window, cid))
    stalled = beat.stop()
    assert stalled < MAX_STALL_MS, stalled
    # The uncertain path: re-read, the server still has the old name, the typed text is kept.
    assert cell(window, cid, Column.STATUS) == "⚠ Not renamed"
    assert "stopped waiting" in row_message(window, cid) and "old name" in row_message(window, cid)
    assert cell(window, cid, Column.NAME) == old == fault_server.store.get_conversation(cid).name
    select(window, cid)
    editor = open_editor(qtbot, window)
    assert editor.line_edit.text() == "Stuck on the way"
    qtbot.keyClick(editor.line_edit, Qt.Key.Key_Return)
    wait_for(qtbot, lambda: cell(window, cid, Column.STATUS) == "✓ Renamed")
    assert fault_server.store.get_conversation(cid).name == "Stuck on the way"
    assert not window.stop_action.isEnabled()


def test_stop_button_on_a_save_the_server_made_shows_it_saved(
    qtbot: Any, window: Any, fault_server: Any, quiet_logs: Any
) -> None:
    open_session(qtbot, window, fault_server, DEFAULT_USER)
    cid = window.model.conversation(0).id
    # The server renames at once but its answer hangs.
    fault_server.faults.add(
        Fault(method="POST", path="/conversations/*/name", kind="delay", delay_s=30.0, times=1)
    )
    select(window, cid)
    editor = open_editor(qtbot, window)
    editor.line_edit.setText("Saved, answer lost")
    qtbot.keyClick(editor.line_edit, Qt.Key.Key_Return)
    wait_for(qtbot, lambda: fault_server.store.get_conversation(cid).name == "Saved, answer lost")
    assert cell(window, cid, Column.STATUS) == "Saving…"
    window.stop_action.trigger()
    wait_for(qtbot, lambda: settled(window, cid))
    assert cell(window, cid, Column.STATUS) == "✓ Renamed (confirmed)"
    assert "did save" in row_message(window, cid)
    assert cell(window, cid, Column.NAME) == "Saved, answer lost"


def test_esc_stops_the_load_but_not_a_save_running_at_the_same_time(
    qtbot: Any, window: Any, fault_server: Any, quiet_logs: Any
) -> None:
    open_session(qtbot, window, fault_server, DEFAULT_USER)
    cid = window.model.conversation(0).id
    fault_server.faults.add(
        Fault(method="POST", path="/conversations/*/name", kind="delay", delay_s=1.0, times=1)
    )
    select(window, cid)
    editor = open_editor(qtbot, window)
    editor.line_edit.setText("Survives Esc")
    qtbot.keyClick(editor.line_edit, Qt.Key.Key_Return)
    wait_for(qtbot, lambda: cell(window, cid, Column.STATUS) == "Saving…")
    stall(fault_server, "GET", "/conversations")
    lists = len(fault_server.requests("GET", "/conversations"))
    qtbot.keyClick(window.view, Qt.Key.Key_F5)
    wait_for(qtbot, lambda: len(fault_server.requests("GET", "/conversations")) > lists)
    assert window.model.loading
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    assert not window.model.loading
    assert window.model.saving_count() == 1
    assert window.statusBar().currentMessage() == STOPPED
    qtbot.keyClick(window.view, Qt.Key.Key_F5)
    wait_for(qtbot, lambda: not window.model.loading and window.model.rowCount() > 0)
    wait_for(qtbot, lambda: settled(window, cid))
    assert cell(window, cid, Column.STATUS) == "✓ Renamed"
    assert cell(window, cid, Column.NAME) == "Survives Esc"
