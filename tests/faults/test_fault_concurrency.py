"""Many things at once: 200 saves in flight, a refresh during a save, one row renamed twice
quickly, and the window closed while saves are still running."""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

import pytest
from PySide6.QtCore import Qt

from dify_desktop.demo.faults import Fault
from dify_desktop.demo.seed import DEFAULT_USER
from dify_desktop.ui.conversation_model import Column, IdRole
from dify_desktop.ui.tasks import TaskGroup
from tests.faults.fault_kit import (
    Heartbeat,
    Wire,
    cell,
    fault_window,
    open_session,
    problems_in_logs,
    select,
    settled,
    wait_for,
)
from tests.ui.conftest import open_editor

MANY_USER = "cus_two_hundred"
RENAME_PATH = "/conversations/*/name"


@pytest.fixture
def quiet_logs(caplog: pytest.LogCaptureFixture, capfd: pytest.CaptureFixture[str]) -> Any:
    """After the test: no traceback anywhere, nothing above INFO, nothing on stderr."""
    caplog.set_level(logging.DEBUG)
    yield caplog
    assert problems_in_logs(caplog.records) == []
    err = capfd.readouterr().err
    assert "Traceback" not in err, err


def run_until(loop: asyncio.AbstractEventLoop, qtbot: Any, coro: Any, timeout: int) -> Any:
    """Run ``coro`` on the qasync loop outside the app's task list (as app.main's shutdown does)."""
    task = loop.create_task(coro)
    wait_for(qtbot, task.done, timeout)
    return task.result()


@pytest.mark.no_cover  # it measures event-loop stalls: not under the tracer
def test_two_hundred_renames_in_flight_all_end_right(
    qtbot: Any, qloop: Any, fault_server: Any, wire: Wire, quiet_logs: Any
) -> None:
    base = 1_700_000_000
    for i in range(200):
        fault_server.store.add_conversation(
            MANY_USER, f"Ticket {i:03d}", created_at=base + i * 60, updated_at=base + i * 60
        )
    fault_server.latency_ms = 10  # every answer takes a while: the saves really overlap
    window = fault_window(qtbot, wire, timeout=20.0)
    open_session(qtbot, window, fault_server, MANY_USER)
    window.model.load_all()
    wait_for(qtbot, lambda: window.model.complete and window.model.rowCount() == 200)
    wanted = {
        window.model.conversation(row).id: f"Renamed in bulk {row:03d} ✓" for row in range(200)
    }
    beat = Heartbeat().start()
    for row in range(200):
        assert (
            window.model.request_rename(row, wanted[window.model.conversation(row).id], False)
            is None
        )
    window.conversations.update_counts()
    assert window.model.saving_count() == 200
    assert "saving 200" in window.counts_label.text()
    wait_for(qtbot, lambda: window.model.saving_count() == 0, timeout=30_000)
    stalled = beat.stop()
    for cid, name in wanted.items():
        assert fault_server.store.get_conversation(cid).name == name
        assert cell(window, cid, Column.NAME) == name
        assert cell(window, cid, Column.STATUS) == "✓ Renamed"
    assert len(fault_server.requests("POST")) == 200
    assert stalled < 250, stalled  # 200 answers arriving never freeze the window


def test_refresh_during_a_delayed_save_shows_the_new_name(
    qtbot: Any, qloop: Any, fault_server: Any, wire: Wire, quiet_logs: Any
) -> None:
    window = fault_window(qtbot, wire, timeout=20.0)
    open_session(qtbot, window, fault_server, DEFAULT_USER)
    cid = window.model.conversation(0).id
    fault_server.faults.add(
        Fault(method="POST", path=RENAME_PATH, kind="delay", delay_s=0.8, times=1)
    )
    select(window, cid)
    editor = open_editor(qtbot, window)
    editor.line_edit.setText("Saved during a refresh")
    qtbot.keyClick(editor.line_edit, Qt.Key.Key_Return)
    wait_for(qtbot, lambda: cell(window, cid, Column.STATUS) == "Saving…")
    qtbot.keyClick(window.view, Qt.Key.Key_F5)
    # The list comes back while the save still waits for its answer: the row says so.
    wait_for(qtbot, lambda: not window.model.loading and window.model.rowCount() > 0)
    assert cell(window, cid, Column.STATUS) == "Saving…"
    assert cell(window, cid, Column.NAME) == "Saved during a refresh"
    wait_for(qtbot, lambda: settled(window, cid))
    assert cell(window, cid, Column.STATUS) == "✓ Renamed"
    assert cell(window, cid, Column.NAME) == "Saved during a refresh"
    assert fault_server.store.get_conversation(cid).name == "Saved during a refresh"


def test_a_refresh_read_before_the_save_landed_does_not_bring_the_old_name_back(
    qtbot: Any, qloop: Any, fault_server: Any, wire: Wire, quiet_logs: Any
) -> None:
    """F5 during a save; the server reads the list before the rename lands but its answer
    arrives after the save's: the refreshed row must still show the new name."""
    window = fault_window(qtbot, wire, timeout=20.0)
    open_session(qtbot, window, fault_server, DEFAULT_USER)
    cid = window.model.conversation(0).id
    # The rename lands 0.5 s after it is sent; the list is read at once, delivered at 1.5 s.
    fault_server.faults.add(
        Fault(method="POST", path=RENAME_PATH, kind="stall", delay_s=0.5, times=1)
    )
    select(window, cid)
    editor = open_editor(qtbot, window)
    editor.line_edit.setText("Newer than the list")
    qtbot.keyClick(editor.line_edit, Qt.Key.Key_Return)
    wait_for(qtbot, lambda: cell(window, cid, Column.STATUS) == "Saving…")
    fault_server.faults.add(
        Fault(method="GET", path="/conversations", kind="delay", delay_s=1.5, times=1)
    )
    qtbot.keyClick(window.view, Qt.Key.Key_F5)
    wait_for(qtbot, lambda: window.model.saving_count() == 0)
    assert fault_server.store.get_conversation(cid).name == "Newer than the list"
    wait_for(qtbot, lambda: not window.model.loading and window.model.rowCount() > 0)
    assert cell(window, cid, Column.NAME) == "Newer than the list"
    assert cell(window, cid, Column.STATUS) == "✓ Renamed"


def test_one_row_renamed_twice_quickly_saves_in_order(
    qtbot: Any, qloop: Any, fault_server: Any, wire: Wire, quiet_logs: Any
) -> None:
    window = fault_window(qtbot, wire, timeout=20.0)
    open_session(qtbot, window, fault_server, DEFAULT_USER)
    cid = window.model.conversation(0).id
    fault_server.faults.add(
        Fault(method="POST", path=RENAME_PATH, kind="delay", delay_s=0.5, times=1)
    )
    select(window, cid)
    editor = open_editor(qtbot, window)
    editor.line_edit.setText("First thought")
    qtbot.keyClick(editor.line_edit, Qt.Key.Key_Return)
    wait_for(qtbot, lambda: cell(window, cid, Column.STATUS) == "Saving…")
    editor = open_editor(qtbot, window)
    editor.line_edit.setText("Second thought")
    qtbot.keyClick(editor.line_edit, Qt.Key.Key_Return)
    wait_for(qtbot, lambda: window.model.state(cid).saving == 2)
    assert cell(window, cid, Column.NAME) == "Second thought"  # what was typed last
    wait_for(qtbot, lambda: settled(window, cid))
    sends = wire.times("POST", RENAME_PATH)
    assert len(sends) == 2
    assert sends[1] - sends[0] >= 0.45  # the second waited for the first's answer
    assert fault_server.store.get_conversation(cid).name == "Second thought"
    assert cell(window, cid, Column.NAME) == "Second thought"
    assert cell(window, cid, Column.STATUS) == "✓ Renamed"


def test_closing_waits_for_a_running_save_then_exits_cleanly(
    qtbot: Any, qloop: Any, fault_server: Any, wire: Wire, quiet_logs: Any
) -> None:
    window = fault_window(qtbot, wire, timeout=20.0)
    open_session(qtbot, window, fault_server, DEFAULT_USER)
    cid = window.model.conversation(0).id
    fault_server.faults.add(
        Fault(method="POST", path=RENAME_PATH, kind="delay", delay_s=0.7, times=1)
    )
    select(window, cid)
    editor = open_editor(qtbot, window)
    editor.line_edit.setText("Saved while closing")
    qtbot.keyClick(editor.line_edit, Qt.Key.Key_Return)
    wait_for(qtbot, lambda: window.ctx.tasks.running(TaskGroup.RENAME) == 1)
    window.close()
    assert window.isVisible() and not window.isEnabled()
    assert "Finishing 1 save(s)" in window.statusBar().currentMessage()
    wait_for(qtbot, lambda: not window.isVisible(), timeout=10_000)
    assert fault_server.store.get_conversation(cid).name == "Saved while closing"
    shutdown(qloop, qtbot, window)


def test_closing_with_a_stuck_save_gives_up_after_five_seconds_and_exits_cleanly(
    qtbot: Any, qloop: Any, fault_server: Any, wire: Wire, quiet_logs: Any
) -> None:
    window = fault_window(qtbot, wire, timeout=20.0)
    open_session(qtbot, window, fault_server, DEFAULT_USER)
    cid = window.model.conversation(0).id
    old = fault_server.store.get_conversation(cid).name
    fault_server.faults.add(
        Fault(method="POST", path=RENAME_PATH, kind="stall", delay_s=30.0, times=1)
    )
    select(window, cid)
    editor = open_editor(qtbot, window)
    editor.line_edit.setText("Never answered")
    qtbot.keyClick(editor.line_edit, Qt.Key.Key_Return)
    wait_for(qtbot, lambda: len(fault_server.requests("POST")) == 1)
    started = time.monotonic()
    window.close()
    assert window.isVisible()
    assert "Finishing 1 save(s)" in window.statusBar().currentMessage()
    wait_for(qtbot, lambda: not window.isVisible(), timeout=10_000)  # the guard
    waited = time.monotonic() - started
    assert 4.5 <= waited < 8, waited
    shutdown(qloop, qtbot, window)
    assert fault_server.store.get_conversation(cid).name == old


def shutdown(loop: asyncio.AbstractEventLoop, qtbot: Any, window: Any) -> None:
    """What app.main does once the window has closed: cancel and await every task, close the
    session. Nothing may be left running, nothing may complain."""

    async def finish() -> None:
        await window.ctx.tasks.cancel_all()
        if window.session is not None:
            await window.session.close()

    run_until(loop, qtbot, finish(), 10_000)
    assert window.ctx.tasks.running() == 0
    ids = {window.proxy.index(r, 0).data(IdRole) for r in range(window.proxy.rowCount())}
    assert ids  # the window kept its rows to the end: nothing was torn down under it
