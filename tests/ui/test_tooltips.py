"""Tooltips break lines where the text does: no control picture (a box in most fonts)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument

from dify_desktop.demo.faults import Fault
from dify_desktop.ui.conversation_model import Column
from tests.ui.conftest import TIMEOUT, connect, make_window, open_editor

CONTROL_PICTURES = {chr(code) for code in range(0x2400, 0x2440)}


def shown_lines(window: Any, row: int, column: Column) -> list[str]:
    """The tooltip as Qt renders it, line by line."""
    tip = window.proxy.index(row, column).data(Qt.ItemDataRole.ToolTipRole)
    document = QTextDocument()
    document.setHtml(tip)
    text = document.toPlainText()
    assert not CONTROL_PICTURES & set(text), text
    return text.split("\n")


def test_name_and_status_tooltips_break_lines(qtbot: Any, window: Any, demo_server: Any) -> None:
    conv = window.proxy.index(0, 0).data(Qt.ItemDataRole.UserRole + 1)
    assert shown_lines(window, 0, Column.NAME) == [conv.name, "", f"id: {conv.id}"]
    demo_server.faults.add(
        Fault(method="POST", path="/conversations/*/name", kind="status", status=503, times=1)
    )
    editor = open_editor(qtbot, window)
    editor.line_edit.setText("Kept <b>as typed</b>")
    qtbot.keyClick(editor.line_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: "Not renamed" in (window.proxy.index(0, Column.STATUS).data() or ""),
        timeout=TIMEOUT,
    )
    lines = shown_lines(window, 0, Column.STATUS)
    assert len(lines) == 3 and lines[0].startswith("Not renamed") and lines[1] == ""
    assert lines[2].endswith("Kept <b>as typed</b>")


def test_a_server_name_with_line_breaks_shows_them_plainly(
    qtbot: Any, qloop: Any, demo_server: Any
) -> None:
    demo_server.store.add_conversation("tip-user", "first\nsecond <i>line</i>\u202e!")
    window = make_window(qtbot)
    connect(qtbot, window, demo_server, "tip-user")
    qtbot.waitUntil(lambda: window.proxy.rowCount() == 1, timeout=TIMEOUT)
    lines = shown_lines(window, 0, Column.NAME)
    assert lines[:2] == ["first", "second <i>line</i>!"]
    window.close()
