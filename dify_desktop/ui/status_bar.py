"""The status bar: a view of the reporter, with the parts' permanent labels at its right."""

from __future__ import annotations

from PySide6.QtWidgets import QStatusBar, QWidget

from dify_desktop.ui.reporter import Message, Reporter


class StatusBar(QStatusBar):
    def __init__(self, reporter: Reporter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        reporter.connect_view(self.show_report)

    def show_report(self, message: Message) -> None:
        self.showMessage(message.text, message.timeout_ms)
