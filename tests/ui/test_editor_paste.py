"""What is pasted into the rename editor, its message's place, and clicking away."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from dify_desktop.ui.conversation_model import Column
from tests.ui.conftest import TIMEOUT, editor_of, open_editor, row_texts


def renames(server: Any) -> int:
    return sum(1 for r in server.requests("POST") if r.path.endswith("/name"))


def paste(qtbot: Any, line_edit: QLineEdit, text: str) -> None:
    QApplication.clipboard().setText(text)
    line_edit.selectAll()
    qtbot.keyClick(line_edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def test_pasted_line_breaks_and_tabs_become_spaces_and_the_editor_says_so(
    qtbot: Any, window: Any, demo_server: Any
) -> None:
    cid = window.proxy.index(0, 0).data(Qt.ItemDataRole.UserRole + 2)
    editor = open_editor(qtbot, window)
    paste(qtbot, editor.line_edit, "Refund\r\nfor order\t1234\nnow")
    assert editor.line_edit.text() == "Refund for order 1234 now"
    assert editor.line_edit.cursorPosition() == len("Refund for order 1234 now")
    assert editor.problem.isVisible() and "line breaks" in editor.problem.text()
    qtbot.keyClick(editor.line_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: row_texts(window, 0)[Column.STATUS] == "✓ Renamed", timeout=TIMEOUT)
    assert demo_server.store.get_conversation(cid).name == "Refund for order 1234 now"
    assert row_texts(window, 0)[Column.NAME] == "Refund for order 1234 now"


def test_a_long_paste_is_counted_whole_and_the_text_box_keeps_its_width(
    qtbot: Any, window: Any, demo_server: Any
) -> None:
    before = renames(demo_server)
    editor = open_editor(qtbot, window)
    wide = editor.line_edit.width()
    paste(qtbot, editor.line_edit, "x" * 10_000)
    assert len(editor.line_edit.text()) == 10_000  # nothing cut silently
    qtbot.keyClick(editor.line_edit, Qt.Key.Key_Return)
    assert editor_of(window) is editor and renames(demo_server) == before
    assert editor.problem.isVisible() and "this one has 10000" in editor.problem.text()
    assert editor.line_edit.width() >= wide * 0.9
    # The message is below the text box, whole, not beside it.
    box = editor.line_edit.mapTo(editor, QPoint(0, editor.line_edit.height()))
    label = editor.problem.geometry()
    assert label.top() >= box.y() - 1 and label.width() >= wide
    assert label.height() >= editor.problem.heightForWidth(label.width())
    assert editor.rect().contains(label)


def test_clicking_another_row_cancels_the_edit(qtbot: Any, window: Any, demo_server: Any) -> None:
    before = renames(demo_server)
    old = row_texts(window, 0)[Column.NAME]
    editor = open_editor(qtbot, window)
    qtbot.keyClicks(editor.line_edit, "Not meant to be saved")
    rect = window.view.visualRect(window.proxy.index(1, Column.CREATED))
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: editor_of(window) is None, timeout=TIMEOUT)
    assert window.view.currentIndex().row() == 1
    assert renames(demo_server) == before and row_texts(window, 0)[Column.NAME] == old


def test_clicking_another_control_cancels_the_edit(
    qtbot: Any, window: Any, demo_server: Any
) -> None:
    before = renames(demo_server)
    old = row_texts(window, 0)[Column.NAME]
    editor = open_editor(qtbot, window)
    qtbot.keyClicks(editor.line_edit, "Not meant either")
    other = window.findChild(QLineEdit, "filterEdit")
    qtbot.mouseClick(other, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor_of(window) is None, timeout=TIMEOUT)
    assert renames(demo_server) == before and row_texts(window, 0)[Column.NAME] == old
