"""The status bar: a view of the reporter's current message (elided, the whole of it in a
tooltip and in the message log, which a click opens), with the parts' permanent labels at its
right."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QStatusBar, QToolButton, QWidget

from dify_desktop.ui.accessibility import announce
from dify_desktop.ui.message_texts import level_name, rich_tooltip
from dify_desktop.ui.reporter import Level, Message, Reporter

if TYPE_CHECKING:
    from dify_desktop.ui.message_log import MessageLog


class MessageLabel(QLabel):
    """One line of plain text, elided to the room it has; a click asks for the log."""

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self._elide()

    def full_text(self) -> str:
        return self._full

    def _elide(self) -> None:
        one_line = " ".join(self._full.split())
        elided = self.fontMetrics().elidedText(
            one_line, Qt.TextElideMode.ElideRight, max(0, self.contentsRect().width())
        )
        self.setText(elided)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class PermanentLabel(QLabel):
    """One line of plain text for the status bar's right end. It asks for room to show all of
    it but never more than a few characters as a minimum, so a longer text cannot widen the
    window; squeezed, it is drawn elided (``text()`` and a screen reader keep the whole of it)."""

    MIN_CHARS = 12

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        margins = self.contentsMargins()
        least = self.fontMetrics().averageCharWidth() * self.MIN_CHARS
        return QSize(min(hint.width(), least + margins.left() + margins.right()), hint.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        rect = self.contentsRect()
        shown = self.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideRight, rect.width()
        )
        if shown == self.text():
            super().paintEvent(event)
            return
        painter = QPainter(self)  # not the style's drawItemText: no QStyle before a first page
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(rect, int(self.alignment()), shown)


class StatusBar(QStatusBar):
    def __init__(self, reporter: Reporter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._reporter = reporter
        self._log: MessageLog | None = None
        self._announced: Message | None = None
        self.setAccessibleName(self.tr("Status"))

        self.log_button = QToolButton()
        self.log_button.setObjectName("messageLogButton")
        self.log_button.setText(self.tr("Messages"))
        self.log_button.setAutoRaise(True)
        self.log_button.setToolTip(self.tr("Every message of this session, with its time"))
        self.log_button.setAccessibleName(self.tr("Show the message log"))
        self.log_button.clicked.connect(self.show_log)
        self.message_label = MessageLabel()
        self.message_label.setObjectName("statusMessage")
        self.message_label.setAccessibleDescription(self.tr("Latest message"))
        self.message_label.setContentsMargins(0, 0, 12, 0)  # a gap before the counts
        self.message_label.clicked.connect(self.show_log)
        self.addWidget(self.log_button)
        self.addWidget(self.message_label, 1)

        reporter.currentChanged.connect(self._show_current)
        self._show_current()

    def _show_current(self) -> None:
        message = self._reporter.current()
        problem = message is not None and message.level >= Level.WARNING
        style = "font-weight: bold;" if problem else ""
        if self.message_label.styleSheet() != style:  # setting it re-polishes, even unchanged
            self.message_label.setStyleSheet(style)
        self.message_label.set_full_text(message.text if message is not None else "")
        if message is not None and message is not self._announced:
            self._announced = message
            announce(self.message_label, message.text, urgent=message.level >= Level.ERROR)
        # A reader hears the whole message, not the elided line nor a fixed name.
        self.message_label.setAccessibleName(
            message.text if message is not None else self.tr("No message now")
        )
        self.message_label.setToolTip(self._tooltip(message))

    def _tooltip(self, message: Message | None) -> str:
        if message is None:
            return rich_tooltip(self.tr("No message now. Click to see the earlier ones."))
        return rich_tooltip(
            self.tr("{0}: {1}\n\nClick to see every message.").format(
                level_name(message.level), message.text
            )
        )

    def currentMessage(self) -> str:
        """The whole text of the message shown now ("" when there is none)."""
        return self.message_label.full_text()

    def show_log(self) -> None:
        if self._log is None:
            from dify_desktop.ui.message_log import MessageLog  # its Qt types: when first opened

            self._log = MessageLog(self._reporter, self.window())
        self._log.show()
