"""Stop pauses loading: the rows stay, and scrolling past the last row or *Load all* continues
from where it stopped (not from the top); Esc in the filter box clears the filter."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSlider, QApplication

from dify_desktop.demo.faults import Fault
from dify_desktop.ui.conversation_model import IdRole
from tests.ui.conftest import TIMEOUT, button_for, connect, make_window

USER = "cus_stop_resume"


def add_conversations(server: Any, count: int) -> None:
    base = 1_700_000_000
    for i in range(count):
        server.store.add_conversation(
            USER, f"Paged {i:03d}", created_at=base + i * 60, updated_at=base + i * 60
        )


def ids(window: Any) -> list[str]:
    return [window.proxy.index(r, 0).data(IdRole) for r in range(window.proxy.rowCount())]


def stop_while_the_next_page_hangs(qtbot: Any, window: Any, server: Any) -> int:
    """Scroll to the end, the next page hangs, the person presses Esc. Lists asked so far."""
    server.faults.add(
        Fault(method="GET", path="/conversations", kind="stall", delay_s=30.0, times=1)
    )
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(server.requests("GET", "/conversations")) == 2, timeout=TIMEOUT)
    assert window.model.loading
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    assert not window.model.loading and window.model.rowCount() == 100
    return len(server.requests("GET", "/conversations"))


def test_scrolling_past_the_end_continues_a_stopped_load(
    qtbot: Any, qloop: Any, demo_server: Any
) -> None:
    add_conversations(demo_server, 130)
    window = make_window(qtbot)
    connect(qtbot, window, demo_server, USER)
    first = ids(window)
    asked = stop_while_the_next_page_hangs(qtbot, window, demo_server)
    qtbot.waitUntil(
        lambda: window.counts_label.text() == "100 loaded, more available (stopped)",
        timeout=TIMEOUT,
    )
    assert window.load_all_action.isEnabled()
    for _ in range(3):  # the view's own fetching (a 0 ms timer after a layout) must not resume
        QApplication.processEvents()
    assert not window.model.loading and len(demo_server.requests("GET", "/conversations")) == asked

    qtbot.keyClick(window.view, Qt.Key.Key_Down)  # the person asks for more
    qtbot.waitUntil(lambda: window.model.complete, timeout=TIMEOUT)
    assert ids(window)[:100] == first and len(set(ids(window))) == 130
    qtbot.waitUntil(lambda: window.counts_label.text() == "all 130 loaded", timeout=TIMEOUT)
    assert window.statusBar().currentMessage() == ""  # "stopped" no longer holds
    # Continued from where it stopped: the stopped page asked again, not the first one.
    lists = demo_server.requests("GET", "/conversations")
    assert len(lists) == asked + 1 and "last_id" in lists[-1].query
    assert lists[-1].query == lists[-2].query


def test_the_scroll_bar_continues_a_stopped_load(qtbot: Any, qloop: Any, demo_server: Any) -> None:
    add_conversations(demo_server, 130)
    window = make_window(qtbot)
    connect(qtbot, window, demo_server, USER)
    stop_while_the_next_page_hangs(qtbot, window, demo_server)
    window.view.verticalScrollBar().triggerAction(QAbstractSlider.SliderAction.SliderToMaximum)
    qtbot.waitUntil(lambda: window.model.complete, timeout=TIMEOUT)
    assert len(set(ids(window))) == 130


def test_load_all_continues_a_stopped_load(qtbot: Any, qloop: Any, demo_server: Any) -> None:
    add_conversations(demo_server, 230)
    window = make_window(qtbot)
    connect(qtbot, window, demo_server, USER)
    stop_while_the_next_page_hangs(qtbot, window, demo_server)
    button = button_for(window, window.load_all_action)
    assert window.load_all_action.isEnabled() and button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.model.complete, timeout=TIMEOUT)
    assert len(set(ids(window))) == 230
    qtbot.waitUntil(lambda: window.counts_label.text() == "all 230 loaded", timeout=TIMEOUT)


def test_esc_in_the_filter_box_clears_it(qtbot: Any, window: Any) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.filter_edit, "refund")
    assert window.proxy.rowCount() < window.model.rowCount()
    qtbot.keyClick(window.filter_edit, Qt.Key.Key_Escape)
    assert window.filter_edit.text() == ""
    assert window.proxy.rowCount() == window.model.rowCount()


def test_the_count_follows_a_long_load_as_it_goes(qtbot: Any, qloop: Any, demo_server: Any) -> None:
    add_conversations(demo_server, 330)
    window = make_window(qtbot)
    connect(qtbot, window, demo_server, USER)
    demo_server.latency_ms = 400  # each further page: longer than the list waits to show rows
    try:
        qtbot.mouseClick(button_for(window, window.load_all_action), Qt.MouseButton.LeftButton)
        # shown while the last pages are still on their way, not only at the end
        qtbot.waitUntil(lambda: 100 < loaded_while_loading(window) < 330, timeout=TIMEOUT)
        assert window.model.loading
    finally:
        demo_server.latency_ms = 0
    qtbot.waitUntil(lambda: window.counts_label.text() == "all 330 loaded", timeout=TIMEOUT)


def loaded_while_loading(window: Any) -> int:
    """N of "N loaded, more available (loading…)" in the status bar, else 0."""
    found = re.fullmatch(r"(\d+) loaded, more available \(loading…\)", window.counts_label.text())
    return int(found[1]) if found else 0
