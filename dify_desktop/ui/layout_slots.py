"""A place kept for a part that a window builds after it is first shown, with the part's size."""

from __future__ import annotations

from PySide6.QtCore import QSize
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
