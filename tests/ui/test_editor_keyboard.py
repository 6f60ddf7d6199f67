"""The keyboard comes back to the list when the editor closes, wherever in it the person was."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from dify_desktop.ui.conversation_model import Column
from tests.ui.conftest import TIMEOUT, editor_of, open_editor, row_texts


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Escape])
def test_closing_from_the_auto_generate_box_gives_the_list_the_keyboard(
    qtbot: Any, window: Any, key: Qt.Key
) -> None:
    editor = open_editor(qtbot, window)
    qtbot.keyClick(editor.line_edit, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.auto_generate, timeout=TIMEOUT)
    qtbot.keyClick(editor.auto_generate, Qt.Key.Key_Space)
    qtbot.keyClick(editor.auto_generate, key)
    qtbot.waitUntil(lambda: editor_of(window) is None, timeout=TIMEOUT)
    assert QApplication.focusWidget() is window.view
    if key == Qt.Key.Key_Return:
        qtbot.waitUntil(lambda: row_texts(window, 0)[Column.STATUS] != "", timeout=TIMEOUT)
    # ... so the list's own keys work at once: Down moves to the next row.
    qtbot.keyClick(window.view, Qt.Key.Key_Down)
    assert window.view.currentIndex().row() == 1
