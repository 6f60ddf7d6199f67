"""Bulk work through the window against the demo server: selection, Add prefix, a server error
and Cancel mid-job, the window closed mid-job, delete of several, undo."""

from __future__ import annotations

import logging
import re
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from dify_desktop.demo.faults import Fault
from dify_desktop.ui.conversation_model import Column
from tests.ui.bulk_ui_kit import (
    COUNT,
    add_prefix,
    desk,
    names_in_list,
    names_on_server,
    select_all,
    wait_for_job_end,
)
from tests.ui.conftest import TIMEOUT, press_in_next_message_box

__all__ = ["desk"]
PREFIX = "[T-1234] "


def test_ctrl_a_selects_the_loaded_rows_and_the_status_bar_counts_them(
    qtbot: Any, desk: Any
) -> None:
    select_all(qtbot, desk)
    assert desk.counts_label.text().endswith(f"{COUNT} selected")
    desk.view.setCurrentIndex(desk.proxy.index(0, 0))
    qtbot.keyClick(desk.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert len(desk.conversations.selected_conversations()) == 2
    # in a text field Ctrl+A keeps its editing meaning
    desk.filter_edit.setText("Ticket")
    desk.filter_edit.setFocus()
    qtbot.keyClick(desk.filter_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert desk.filter_edit.selectedText() == "Ticket"
    assert len(desk.conversations.selected_conversations()) == 2


def test_add_prefix_tags_every_selected_row_exactly_and_shows_the_results(
    qtbot: Any, desk: Any, demo_server: Any
) -> None:
    already = desk.model.conversation(0)
    demo_server.store.rename_direct(already.id, PREFIX + already.name)
    desk.model.replace(demo_server_conversation(desk, demo_server, already.id))
    select_all(qtbot, desk)
    add_prefix(qtbot, desk, PREFIX)
    wait_for_job_end(qtbot, desk)
    on_server = names_on_server(demo_server)
    assert all(
        name.startswith(PREFIX) and not name.startswith(PREFIX * 2) for name in on_server.values()
    )
    assert names_in_list(desk) == on_server
    results = desk.bulk.results
    assert results.isVisible() and results.items.topLevelItemCount() == COUNT
    kinds = [results.items.topLevelItem(i).text(1) for i in range(COUNT)]
    assert kinds.count("Renamed") == COUNT - 1 and kinds.count("Unchanged") == 1
    assert f"{COUNT} done, 0 failed, of {COUNT}." == results.summary.text()


def demo_server_conversation(window: Any, server: Any, cid: str) -> Any:
    from dataclasses import replace

    conv = window.model.conversation(window.model.row_of(cid))
    return replace(conv, name=server.store.get_conversation(cid).name)


def test_a_server_error_mid_job_fails_those_rows_and_the_list_stays_true(
    qtbot: Any, desk: Any, demo_server: Any
) -> None:
    victims = [desk.model.conversation(row).id for row in (3, 7)]
    for cid in victims:
        demo_server.faults.add(Fault(method="POST", path=f"/conversations/{cid}/name", status=502))
    select_all(qtbot, desk)
    add_prefix(qtbot, desk, PREFIX)
    wait_for_job_end(qtbot, desk)
    on_server = names_on_server(demo_server)
    assert [cid for cid, name in on_server.items() if not name.startswith(PREFIX)] == sorted(
        victims, key=list(on_server).index
    )
    assert names_in_list(desk) == on_server
    assert desk.bulk.results.summary.text() == f"{COUNT - 2} done, 2 failed, of {COUNT}."


def test_cancel_mid_job_starts_no_more_and_every_row_matches_the_server(
    qtbot: Any, desk: Any, demo_server: Any
) -> None:
    demo_server.latency_ms = 150
    desk.session.limiter.resize(2)  # items start in waves of two: most are not started yet
    select_all(qtbot, desk)
    add_prefix(qtbot, desk, PREFIX)
    qtbot.waitUntil(
        lambda: desk.bulk.job is not None and desk.bulk.job.job.progress.done >= 2, timeout=TIMEOUT
    )
    qtbot.mouseClick(desk.bulk.progress.cancel_button, Qt.MouseButton.LeftButton)
    wait_for_job_end(qtbot, desk)
    demo_server.latency_ms = 0
    on_server = names_on_server(demo_server)
    tagged = [cid for cid, name in on_server.items() if name.startswith(PREFIX)]
    assert 2 <= len(tagged) < COUNT
    assert names_in_list(desk) == on_server
    assert "not started" in desk.bulk.results.summary.text()


def test_closing_the_window_mid_job_lets_the_items_in_flight_finish(
    qtbot: Any, desk: Any, demo_server: Any, caplog: pytest.LogCaptureFixture
) -> None:
    demo_server.latency_ms = 150
    desk.session.limiter.resize(2)  # items start in waves of two: most are not started yet
    select_all(qtbot, desk)
    add_prefix(qtbot, desk, PREFIX)
    qtbot.waitUntil(
        lambda: desk.bulk.job is not None and desk.bulk.job.job.progress.done >= 1, timeout=TIMEOUT
    )
    job = desk.bulk.job
    with caplog.at_level(logging.WARNING):
        desk.close()
        qtbot.waitUntil(lambda: not desk.isVisible(), timeout=TIMEOUT)
    demo_server.latency_ms = 0
    progress = job.job.progress
    assert progress.cancelled and progress.finished and progress.in_flight == 0
    tagged = [n for n in names_on_server(demo_server).values() if n.startswith(PREFIX)]
    assert len(tagged) == progress.done < COUNT
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


def test_delete_of_several_asks_once_naming_the_count_and_a_gone_one_is_no_failure(
    qtbot: Any, desk: Any, demo_server: Any
) -> None:
    desk.view.setCurrentIndex(desk.proxy.index(0, 0))
    for _ in range(2):
        qtbot.keyClick(desk.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    chosen = [c.id for c in desk.conversations.selected_conversations()]
    demo_server.store.delete_conversation(chosen[1])
    seen: dict[str, Any] = {}
    press_in_next_message_box(Qt.Key.Key_Escape, seen)
    qtbot.keyClick(desk.view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: "text" in seen, timeout=TIMEOUT)
    assert "Delete 3 conversations" in seen["text"] and seen["default"] == "Delete 3"
    assert len(names_on_server(demo_server)) == COUNT - 1
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is desk.view, timeout=TIMEOUT)
    press_in_next_message_box(Qt.Key.Key_Return)
    qtbot.keyClick(desk.view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: all(desk.model.row_of(cid) is None for cid in chosen), timeout=TIMEOUT)
    assert set(names_on_server(demo_server)).isdisjoint(chosen)
    assert names_in_list(desk) == names_on_server(demo_server)


def test_ctrl_z_undoes_the_whole_job_after_saying_what_will_change(
    qtbot: Any, desk: Any, demo_server: Any
) -> None:
    before = names_on_server(demo_server)
    select_all(qtbot, desk)
    add_prefix(qtbot, desk, PREFIX)
    wait_for_job_end(qtbot, desk)
    assert QApplication.focusWidget() is desk.view  # the results opened beside the list
    desk.bulk.results.reject()
    qtbot.waitUntil(lambda: len(desk.undo.last.entries()) == COUNT, timeout=TIMEOUT)
    seen: dict[str, Any] = {}
    press_in_next_message_box(Qt.Key.Key_Return, seen)
    qtbot.keyClick(desk.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "text" in seen, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: names_on_server(demo_server) == before, timeout=TIMEOUT)
    assert f"Rename {COUNT} conversation(s) back" in seen["text"]
    lines = seen["text"].splitlines()
    changes = [
        re.fullmatch(f"“\u2068{re.escape(PREFIX)}(.*)\u2069” → “\u2068(.*)\u2069”", line)
        for line in lines[1:-1]
    ]
    assert len(changes) == 8 and all(m and m[1] == m[2] for m in changes)
    assert lines[-1] == "… and 4 more"
    qtbot.waitUntil(lambda: names_in_list(desk) == before, timeout=TIMEOUT)
    assert desk.model.index(0, Column.NAME).data() is not None


def test_auto_generate_names_reports_rows_the_server_left_unchanged(
    qtbot: Any, desk: Any, demo_server: Any
) -> None:
    before = names_on_server(demo_server)
    demo_server.store.auto_generate_mode = "silent"
    select_all(qtbot, desk)
    qtbot.keyClick(
        desk.view,
        Qt.Key.Key_G,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    wait_for_job_end(qtbot, desk)
    items = desk.bulk.results.items
    rows = [(items.topLevelItem(i).text(1), items.topLevelItem(i).text(2)) for i in range(COUNT)]
    assert set(rows) == {("Unchanged", "The server generated no new name.")}
    assert names_on_server(demo_server) == before == names_in_list(desk)


def test_rows_renamed_elsewhere_since_loading_are_skipped_unless_included(
    qtbot: Any, desk: Any, demo_server: Any
) -> None:
    moved = desk.model.conversation(2)
    demo_server.store.rename_direct(moved.id, "Renamed by a colleague")
    select_all(qtbot, desk)
    seen: dict[str, Any] = {}
    press_in_next_message_box(Qt.Key.Key_Escape, seen)  # Esc: skip them
    add_prefix(qtbot, desk, PREFIX)
    wait_for_job_end(qtbot, desk)
    assert f"“\u2068{moved.name}\u2069” is now “\u2068Renamed by a colleague\u2069”" in seen["text"]
    on_server = names_on_server(demo_server)
    assert on_server[moved.id] == "Renamed by a colleague"
    assert sum(name.startswith(PREFIX) for name in on_server.values()) == COUNT - 1
    assert names_in_list(desk) == on_server
