"""A window on one end user's conversations made for bulk work, and helpers to drive it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from dify_desktop.ui.main_window import MainWindow
from dify_desktop.ui.prefix_dialog import PrefixDialog
from tests.ui.conftest import TIMEOUT, connect, make_window

USER = "bulk-desk-user"
COUNT = 12


@pytest.fixture
def desk(qtbot: Any, qloop: Any, demo_server: Any) -> Iterator[MainWindow]:
    for n in range(COUNT):
        demo_server.store.add_conversation(
            USER, f"Ticket {n:02}", created_at=1_700_000_000 + n, messages=[(f"Refund {n}?", "Ok")]
        )
    win = make_window(qtbot)
    connect(qtbot, win, demo_server, USER)
    qtbot.waitUntil(lambda: win.model.rowCount() == COUNT, timeout=TIMEOUT)
    yield win
    win.close()


def names_on_server(server: Any) -> dict[str, str]:
    return {c.id: c.name for c in server.store.conversations_of(USER)}


def names_in_list(window: MainWindow) -> dict[str, str]:
    return {
        window.model.conversation(row).id: window.model.conversation(row).name
        for row in range(window.model.rowCount())
    }


def focus_list(qtbot: Any, window: MainWindow) -> None:
    """The list has the keyboard in the active window (its shortcuts work only then)."""
    window.activateWindow()
    window.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.view, timeout=TIMEOUT)


def select_all(qtbot: Any, window: MainWindow) -> None:
    focus_list(qtbot, window)
    qtbot.keyClick(window.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: len(window.conversations.selected_conversations()) == window.proxy.rowCount(),
        timeout=TIMEOUT,
    )


def add_prefix(qtbot: Any, window: MainWindow, prefix: str) -> None:
    """Ctrl+Shift+P in the list, type the prefix, Enter."""
    focus_list(qtbot, window)
    qtbot.keyClick(
        window.view,
        Qt.Key.Key_P,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(
        lambda: isinstance(QApplication.activeModalWidget(), PrefixDialog), timeout=TIMEOUT
    )
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, PrefixDialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.field, timeout=TIMEOUT)
    qtbot.keyClicks(dialog.field, prefix)
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)


def wait_for_job_end(qtbot: Any, window: MainWindow) -> None:
    qtbot.waitUntil(
        lambda: window.bulk.job is not None or bool(window.bulk.results.summary.text()),
        timeout=TIMEOUT,
    )
    qtbot.waitUntil(
        lambda: window.bulk.job is None and bool(window.bulk.results.summary.text()),
        timeout=TIMEOUT,
    )
