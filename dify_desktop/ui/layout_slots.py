"""Helpers for a window that builds some of its parts after it is first shown: a place kept for
a part with the part's size, and "once this widget has painted"."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSize, QTimer
from PySide6.QtWidgets import QWidget


class Slot(QWidget):
    """The place of a part that is built later, with the part's size hints."""

    def __init__(self, hints: tuple[QSize, QSize]) -> None:
        super().__init__()
        self._hint, self._minimum = hints

    def sizeHint(self) -> QSize:
        return self._hint

    def minimumSizeHint(self) -> QSize:
        return self._minimum


class _AfterPaint(QObject):
    def __init__(self, widget: QWidget, then: Callable[[], object]) -> None:
        super().__init__(widget)
        self._then = then
        widget.installEventFilter(self)
        widget.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # on the loop's next turn: after this paint and the window's flush to the screen
            QTimer.singleShot(0, self._then)
            self.deleteLater()
        return False


def after_next_paint(widget: QWidget, then: Callable[[], object]) -> None:
    """Call ``then`` once ``widget`` has next been painted (at once if it is not visible or its
    window is minimized: no paint is coming)."""
    if widget.isVisible() and not widget.window().isMinimized():
        _AfterPaint(widget, then)
    else:
        then()
