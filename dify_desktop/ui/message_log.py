"""The message log: every message the reporter kept this session, with its time and level,
newest last; it follows new messages while it is open."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dify_desktop.ui.accessibility import name_control
from dify_desktop.ui.message_texts import level_name, rich_tooltip
from dify_desktop.ui.reporter import Message, Reporter


class MessageLog(QDialog):
    def __init__(self, reporter: Reporter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageLog")
        self.setWindowTitle(self.tr("Messages"))
        self.setAccessibleName(self.tr("Message log"))
        self.resize(720, 360)

        self.table = QTreeWidget()
        self.table.setObjectName("messageLogTable")
        name_control(self.table, self.tr("Messages of this session, oldest first"))
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setWordWrap(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setHeaderLabels([self.tr("Time"), self.tr("Level"), self.tr("Message")])
        header = self.table.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)

        for message in reporter.messages():
            self._add(message)
        reporter.shown.connect(self._add)

    def _add(self, message: Message) -> None:
        when = datetime.fromtimestamp(message.at).strftime("%H:%M:%S")
        text = " ".join(message.text.split())
        item = QTreeWidgetItem([when, level_name(message.level), text])
        item.setToolTip(2, rich_tooltip(message.text))
        item.setTextAlignment(0, Qt.AlignmentFlag.AlignTop)
        self.table.addTopLevelItem(item)
        self.table.scrollToItem(item)

    def rows(self) -> list[tuple[str, str, str]]:
        """What the log shows, row by row (time, level, message)."""
        return [
            (item.text(0), item.text(1), item.text(2))
            for item in (self.table.topLevelItem(i) for i in range(self.table.topLevelItemCount()))
            if item is not None
        ]
