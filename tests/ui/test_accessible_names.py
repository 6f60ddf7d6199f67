"""What a screen reader is told, checked on the widgets: every control of the window and of each
dialog has a name (Qt's own sub-controls included), and a row says its state in words."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QScrollBar,
    QWidget,
)

from dify_desktop.demo.faults import Fault
from dify_desktop.ui.conversation_model import Column
from dify_desktop.ui.main_window import MainWindow
from dify_desktop.ui.message_log import MessageLog
from tests.ui.conftest import TIMEOUT, open_editor

CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
)


def scroll_area_of(bar: QScrollBar) -> QWidget | None:
    container = bar.parentWidget()  # Qt keeps a scroll area's bars in a container widget
    return container.parentWidget() if container is not None else None


def unnamed(root: QWidget) -> list[str]:
    """Controls under ``root`` (shown or not) a reader would announce by their kind alone. A
    button's text is its name."""
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, CONTROLS) or widget.accessibleName().strip():
            continue
        if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
            continue
        if isinstance(widget, QScrollBar) and isinstance(scroll_area_of(widget), QHeaderView):
            continue  # a header scrolls with its view: its own bars never show
        missing.append(f"{type(widget).__name__} {widget.objectName()!r} in {root.objectName()!r}")
    return missing


def test_every_control_of_the_window_has_a_name(window: MainWindow) -> None:
    assert unnamed(window) == []


def test_qts_own_sub_controls_are_named(window: MainWindow) -> None:
    edit = window.user_combo.lineEdit()
    assert edit is not None and edit.accessibleName() == "End user"
    assert window.user_combo.view().accessibleName() == "End user: choices"
    clear = [b for b in window.filter_edit.findChildren(QAbstractButton)]
    assert clear and all(b.accessibleName() == "Clear Filter" for b in clear)
    assert window.view.horizontalHeader().accessibleName() == "Conversations: columns"
    assert window.view.verticalScrollBar().accessibleName()
    assert window.messages.browser.verticalScrollBar().accessibleName()


def test_the_rename_editor_and_its_checkbox_are_named(qtbot: Any, window: MainWindow) -> None:
    editor = open_editor(qtbot, window)
    assert unnamed(editor) == []
    assert editor.line_edit.accessibleName() == "New conversation name"
    assert editor.auto_generate.accessibleName() == "Auto-generate the name"
    editor.line_edit.setText("")
    qtbot.keyClick(editor.line_edit, Qt.Key.Key_Return)  # refused: the reason is heard in the field
    qtbot.waitUntil(lambda: editor.line_edit.accessibleDescription() != "", timeout=TIMEOUT)
    assert editor.line_edit.accessibleDescription() == editor.problem.text()
    qtbot.keyClick(editor.line_edit, Qt.Key.Key_Escape)


def test_the_dialogs_are_named(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    window.status_bar.show_log()
    log = window.findChild(MessageLog)
    assert log is not None and unnamed(log) == []
    log.close()

    seen: dict[str, list[str]] = {}

    def look_at_the_box() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, look_at_the_box)
            return
        seen["unnamed"] = unnamed(box)
        box.reject()

    QTimer.singleShot(0, look_at_the_box)
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: "unnamed" in seen, timeout=TIMEOUT)
    assert seen["unnamed"] == []


def test_the_connection_dialog_is_named(qtbot: Any, tmp_path: Path) -> None:
    from tests.ui.test_dialog_focus import open_dialog

    _window, dialog = open_dialog(qtbot, tmp_path)
    assert unnamed(dialog) == []
    dialog.reject()


def spoken(window: MainWindow, row: int) -> str:
    return str(window.proxy.index(row, Column.NAME).data(Qt.ItemDataRole.AccessibleTextRole))


def test_an_uncertain_save_is_said_as_such(
    qtbot: Any, window: MainWindow, demo_server: Any
) -> None:
    name = window.proxy.index(0, Column.NAME).data()
    assert spoken(window, 0) == name  # no state: the name alone
    demo_server.faults.add(Fault(method="POST", path="/conversations/*/name", kind="drop"))
    editor = open_editor(qtbot, window)
    qtbot.keyClicks(editor.line_edit, " (checked)")
    qtbot.keyClick(editor.line_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "may or may not" in spoken(window, 0), timeout=TIMEOUT)
    status = window.proxy.index(0, Column.STATUS)
    assert status.data(Qt.ItemDataRole.AccessibleTextRole) in spoken(window, 0)
