"""A row renamed while a filter is active stays shown, marked, until the filter changes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLineEdit

from dify_desktop.ui.conversation_model import Column, IdRole
from tests.ui.conftest import TIMEOUT, open_editor, row_texts


def shown_ids(window: Any) -> list[str]:
    return [window.proxy.index(r, 0).data(IdRole) for r in range(window.proxy.rowCount())]


def test_a_renamed_row_that_no_longer_matches_stays_until_the_filter_changes(
    qtbot: Any, window: Any, demo_server: Any
) -> None:
    cid = window.proxy.index(0, 0).data(IdRole)
    name = row_texts(window, 0)[Column.NAME]
    filter_edit = window.findChild(QLineEdit, "filterEdit")
    filter_edit.setText(name)
    assert cid in shown_ids(window)
    window.view.setCurrentIndex(window.proxy.index(shown_ids(window).index(cid), 0))
    editor = open_editor(qtbot, window)
    editor.line_edit.setText("Zq unrelated name")
    qtbot.keyClick(editor.line_edit, Qt.Key.Key_Return)
    row = shown_ids(window).index(cid)
    qtbot.waitUntil(
        lambda: row_texts(window, row)[Column.STATUS].startswith("✓ Renamed"), timeout=TIMEOUT
    )
    assert demo_server.store.get_conversation(cid).name == "Zq unrelated name"
    assert cid in shown_ids(window)
    row = shown_ids(window).index(cid)
    assert "no longer matches the filter" in row_texts(window, row)[Column.STATUS]
    greyed = QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    name_cell = window.proxy.index(row, Column.NAME)
    assert name_cell.data(Qt.ItemDataRole.ForegroundRole) == greyed
    # Another filter: the row goes (it does not match); no filter: it is back, unmarked.
    filter_edit.setText(name[:-1])
    assert name[:-1].strip() and cid not in shown_ids(window)
    filter_edit.setText("")
    row = shown_ids(window).index(cid)
    assert row_texts(window, row)[Column.STATUS] == "✓ Renamed"
    assert window.proxy.index(row, Column.NAME).data(Qt.ItemDataRole.ForegroundRole) != greyed
    filter_edit.setText("Zq unrel")
    assert shown_ids(window) == [cid]
    assert row_texts(window, 0)[Column.STATUS] == "✓ Renamed"
