"""A running job in the status bar: a progress bar with its counts, and Cancel."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

if TYPE_CHECKING:
    from dify_desktop.core.jobs import Progress


class JobProgress(QWidget):
    def __init__(self, cancel: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("jobProgress")
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Job progress"))
        self.bar.setMaximumWidth(self.fontMetrics().averageCharWidth() * 24)
        self.label = QLabel()
        self.label.setObjectName("jobCounts")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the job"))
        self.cancel_button.setToolTip(self.tr("Start no more items (Ctrl+Shift+X)"))
        self.cancel_button.clicked.connect(cancel)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label)
        row.addWidget(self.bar)
        row.addWidget(self.cancel_button)
        self.hide()

    def checking(self, count: int) -> None:
        """Before the job: the rows are re-read from the server."""
        self.bar.setRange(0, 0)
        self.label.setText(self.tr("Checking {0} conversation(s) on the server…").format(count))
        self.cancel_button.setEnabled(False)
        self.show()

    def show_progress(self, progress: Progress) -> None:
        self.bar.setRange(0, max(progress.total, 1))
        self.bar.setValue(progress.done + progress.failed)
        text = self.tr("{0} of {1} done").format(progress.done + progress.failed, progress.total)
        if progress.failed:
            text += self.tr(" · {0} failed").format(progress.failed)
        if progress.cancelled and not progress.finished:
            text += self.tr(" · cancelling: finishing {0}").format(progress.in_flight)
        self.label.setText(text)
        self.cancel_button.setEnabled(not progress.cancelled and not progress.finished)
        self.setVisible(not progress.finished)
        self.bar.setAccessibleDescription(text)

    def done(self) -> None:
        self.hide()
