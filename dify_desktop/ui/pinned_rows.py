"""Pinned rows: first among the loaded rows, and the pin they show - a shape (a pushpin), so
it does not rely on colour alone."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QIcon, QPainter, QPalette, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QApplication

from dify_desktop.api import Conversation


@cache
def pin_icon() -> QIcon:
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QApplication.palette().color(QPalette.ColorRole.Text)
    painter.setPen(QPen(colour, 1.6))
    painter.setBrush(colour)
    head = QPolygonF([QPointF(5, 1.5), QPointF(11, 1.5), QPointF(10, 8), QPointF(6, 8)])
    painter.drawPolygon(head)
    painter.drawLine(QPointF(3.5, 8.5), QPointF(12.5, 8.5))
    painter.drawLine(QPointF(8, 9), QPointF(8, 15))
    painter.end()
    return QIcon(pixmap)


def pinned_first(
    rows: list[Conversation], pinned: frozenset[str], arrival: Mapping[str, int]
) -> list[Conversation] | None:
    """``rows`` with the pinned ones first, each group in the server's order (``arrival``); None
    when that is already their order."""
    order = sorted(rows, key=lambda c: (c.id not in pinned, arrival.get(c.id, 0)))
    return None if order == rows else order
