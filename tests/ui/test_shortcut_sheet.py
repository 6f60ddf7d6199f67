"""The shortcut sheet (F1): built from the window's actions, searchable, Esc closes it and the
keyboard goes back where it was; every action with a shortcut is registered on the window."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from dify_desktop.ui.main_window import MainWindow
from dify_desktop.ui.shortcut_sheet import ShortcutSheet
from tests.ui.conftest import TIMEOUT


def rows(sheet: ShortcutSheet) -> list[tuple[str, str]]:
    table = sheet.table
    return [
        (table.item(r, 0).text(), table.item(r, 1).text())
        for r in range(table.rowCount())
        if not table.isRowHidden(r)
    ]


def open_sheet(qtbot: Any, window: MainWindow) -> ShortcutSheet:
    window.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.view, timeout=TIMEOUT)
    qtbot.keyClick(window.view, Qt.Key.Key_F1)
    sheet = window.shortcut_sheet
    qtbot.waitUntil(sheet.isVisible, timeout=TIMEOUT)
    return sheet


def test_f1_lists_the_windows_shortcuts(qtbot: Any, window: MainWindow) -> None:
    sheet = open_sheet(qtbot, window)
    listed = dict(rows(sheet))
    assert listed["Go to the End user box"] == "Ctrl+L"
    assert listed["Feedback inbox…"] == "Ctrl+I"
    assert "F1" in listed["Keyboard shortcuts"].split(", ")
    assert listed["Rename…"] == "F2"
    assert "F5" in listed["Refresh"]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is sheet.find_edit, timeout=TIMEOUT)
    assert sheet.table.accessibleName() and sheet.find_edit.accessibleName()

    qtbot.keyClicks(sheet.find_edit, "inbox")
    assert rows(sheet) == [("Feedback inbox…", "Ctrl+I")]
    qtbot.keyClick(sheet.find_edit, Qt.Key.Key_Return)  # to the table, on the row found
    assert QApplication.focusWidget() is sheet.table
    assert sheet.table.item(sheet.table.currentRow(), 0).text() == "Feedback inbox…"
    read = sheet.table.item(sheet.table.currentRow(), 0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert read == "Feedback inbox…: Ctrl+I"

    qtbot.keyClick(sheet.table, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not sheet.isVisible(), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.view, timeout=TIMEOUT)


def test_a_shortcut_added_later_appears_by_itself(qtbot: Any, window: MainWindow) -> None:
    late = QAction("Something new", window)
    late.setShortcut("Ctrl+Shift+Y")
    window.addAction(late)
    sheet = open_sheet(qtbot, window)
    assert ("Something new", "Ctrl+Shift+Y") in rows(sheet)
    qtbot.keyClicks(sheet.find_edit, "shift+y")
    assert rows(sheet) == [("Something new", "Ctrl+Shift+Y")]
    sheet.reject()


def test_every_action_with_a_shortcut_is_registered_on_the_window(window: MainWindow) -> None:
    registered = set(window.actions())
    with_keys = [a for a in window.findChildren(QAction) if a.shortcuts()]
    assert len(with_keys) >= 8
    missing = [a.text() for a in with_keys if a not in registered]
    assert missing == []
