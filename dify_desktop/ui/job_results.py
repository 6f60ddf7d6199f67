"""What each item of a job came to (renamed / unchanged / not found / failed, and why), in a
window that stays open until the person dismisses it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dify_desktop.core.bulk import BulkItem
from dify_desktop.core.jobs import Progress
from dify_desktop.ui import job_texts
from dify_desktop.ui.sentences import say
from dify_desktop.ui.text import plain


class JobResults(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("jobResults")
        self.setModal(False)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.items = QTreeWidget()
        self.items.setObjectName("jobResultItems")
        self.items.setAccessibleName(self.tr("Results of each conversation"))
        self.items.setRootIsDecorated(False)
        self.items.setHeaderLabels([self.tr("Conversation"), self.tr("Result"), self.tr("Why")])
        self.items.setColumnWidth(0, self.fontMetrics().averageCharWidth() * 40)
        buttons = QDialogButtonBox()
        dismiss = buttons.addButton(self.tr("Dismiss"), QDialogButtonBox.ButtonRole.RejectRole)
        dismiss.setAccessibleName(self.tr("Dismiss the results"))
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(self.summary)
        column.addWidget(self.items, 1)
        column.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 110, 360)
        self._rows: dict[str, QTreeWidgetItem] = {}

    def start(self, title: str) -> None:
        self.setWindowTitle(title)
        self.items.clear()
        self._rows = {}
        self.summary.setText("")
        self.show()

    def add(self, item: BulkItem) -> None:
        row = self._rows.get(item.conversation.id)
        if row is None:
            row = self._rows[item.conversation.id] = QTreeWidgetItem(self.items)
        name = item.after.name if item.after is not None else item.conversation.name
        row.setText(0, plain(name or item.conversation.id, 120))
        row.setText(1, job_texts.item_kind(item.kind))
        why = job_texts.item_reason(item, say)
        row.setText(2, why)
        row.setToolTip(2, why)

    def finish(self, progress: Progress, not_started: int) -> None:
        text = self.tr("{0} done, {1} failed, of {2}.").format(
            progress.done, progress.failed, progress.total
        )
        if not_started:
            text += " " + self.tr("Cancelled: {0} not started.").format(not_started)
        self.summary.setText(text)
        self.summary.setAccessibleName(text)
