"""Pinned rows: first among the loaded rows, and the pin they show - a shape (a pushpin), so
it does not rely on colour alone."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractItemModel

from dify_desktop.api import Conversation
from dify_desktop.ui.row_looks import Column

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon


@cache
def pin_icon() -> QIcon:
    # Qt's drawing and icon types are made when a first row is pinned (QIcon's alone holds
    # ~150 enum members, ~3 ms to make): the first page does not wait for them.
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QIcon, QPainter, QPalette, QPen, QPixmap, QPolygonF
    from PySide6.QtWidgets import QApplication

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


class PinnedRows:
    """What the list's model does with pins: pinned rows first among the loaded rows, each group
    in the server's order (``_arrival``: the order rows came in)."""

    _rows: list[Conversation]
    _pos: dict[str, int]
    _pinned: frozenset[str]
    _arrival: dict[str, int]

    def _pin(self, conv: Conversation, column: int) -> QIcon | None:
        """The pin a pinned row shows before its name."""
        return pin_icon() if column == Column.NAME and conv.id in self._pinned else None

    def set_pinned(self, ids: frozenset[str]) -> None:
        self._pinned = ids
        order = pinned_first(self._rows, ids, self._arrival)
        if order is None:
            return
        model = self
        assert isinstance(model, QAbstractItemModel)
        model.layoutAboutToBeChanged.emit()
        new_pos = {c.id: i for i, c in enumerate(order)}
        old = model.persistentIndexList()
        moved = [model.index(new_pos[self._rows[i.row()].id], i.column()) for i in old]
        self._rows, self._pos = order, new_pos
        model.changePersistentIndexList(old, moved)
        model.layoutChanged.emit()
