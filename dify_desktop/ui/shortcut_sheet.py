"""The shortcut sheet (F1): every keyboard shortcut of the window, with what it does.

It is built from the window's own actions each time it opens, so a part's new shortcut appears
in it by itself. The rule that makes this work: an action with a shortcut is added to the
window (``window.addAction``), whatever else it is added to (:func:`window_shortcuts`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dify_desktop.ui.accessibility import name_control
from dify_desktop.ui.actions import window_shortcuts
from dify_desktop.ui.dialogs import activate

#: opens the sheet from anywhere in the window
SHEET_SHORTCUT = QKeySequence.StandardKey.HelpContents


class ShortcutSheet(QDialog):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("shortcutSheet")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self._window = window

        self.find_edit = QLineEdit()
        self.find_edit.setObjectName("shortcutFind")
        self.find_edit.setClearButtonEnabled(True)
        self.find_edit.setPlaceholderText(self.tr("Type to find an action or a key"))
        find_label = QLabel(self.tr("&Find"))
        find_label.setBuddy(self.find_edit)
        name_control(self.find_edit, self.tr("Find a shortcut"))
        self.find_edit.textChanged.connect(self._filter)
        self.find_edit.returnPressed.connect(self._to_table)

        self.table = QTableWidget(0, 2)
        self.table.setObjectName("shortcutTable")
        name_control(self.table, self.tr("Shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Shortcut")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close the shortcut sheet"))
        close.setAutoDefault(False)

        column = QVBoxLayout(self)
        column.addWidget(find_label)
        column.addWidget(self.find_edit)
        column.addWidget(self.table, 1)
        column.addWidget(buttons)
        self.resize(520, 480)

    def open_sheet(self) -> None:
        """Fill the sheet from the window's actions as they are now, show it, find box first."""
        rows = window_shortcuts(self._window)
        self.table.setRowCount(len(rows))
        native = QKeySequence.SequenceFormat.NativeText
        for row, (text, keys) in enumerate(rows):
            shown_keys = ", ".join(k.toString(native) for k in keys)
            action_item = QTableWidgetItem(text)
            keys_item = QTableWidgetItem(shown_keys)
            # A screen reader reads the row as one sentence: the action, then its keys.
            action_item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{text}: {shown_keys}")
            self.table.setItem(row, 0, action_item)
            self.table.setItem(row, 1, keys_item)
        self.find_edit.clear()
        self._filter("")
        if rows:
            self.table.setCurrentCell(0, 0)
        self.show()
        activate(self)
        self.find_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    def _filter(self, needle: str) -> None:
        words = needle.casefold().split()
        for row in range(self.table.rowCount()):
            haystack = f"{self._text(row, 0)} {self._text(row, 1)}".casefold()
            self.table.setRowHidden(row, not all(w in haystack for w in words))

    def _to_table(self) -> None:
        for row in range(self.table.rowCount()):
            if not self.table.isRowHidden(row):
                self.table.setCurrentCell(row, 0)
                break
        self.table.setFocus(Qt.FocusReason.TabFocusReason)
