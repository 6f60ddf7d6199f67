"""The search results: one row per conversation, its name and the words around the match, the
match marked by formatting ranges over plain text (nothing from the server is read as markup)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QSize,
    Qt,
)
from PySide6.QtGui import QFont, QPainter, QPalette, QTextCharFormat, QTextLayout
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from dify_desktop.api.models import epoch_to_utc
from dify_desktop.core.search_index import Hit
from dify_desktop.ui.text import plain
from dify_desktop.ui.times import short_time

HitRole = Qt.ItemDataRole.UserRole + 40
SnippetRole = Qt.ItemDataRole.UserRole + 41
#: characters of context shown before the first match
LEAD = 40
SNIPPET = 180

Span = tuple[int, int]
ModelIndex = QModelIndex | QPersistentModelIndex


def snippet(text: str, spans: Sequence[Span]) -> tuple[str, list[Span]]:
    """One line around the first match, and the matches' places in it. The line is plain text
    (control characters as symbols, no bidi overrides), so places move with each replacement."""
    start = max(0, spans[0][0] - LEAD) if spans else 0
    window = text[start : start + SNIPPET]
    shown: list[str] = []
    offsets: list[int] = []  # where each character of ``window`` lands in the shown text
    position = 0
    for ch in window:
        offsets.append(position)
        piece = plain(" " if ch in "\n\t\r" else ch, 2)
        shown.append(piece)
        position += len(piece)
    offsets.append(position)
    line = ("…" if start else "") + "".join(shown) + ("…" if start + SNIPPET < len(text) else "")
    lead = 1 if start else 0
    places = [
        (lead + offsets[a - start], lead + offsets[b - start])
        for a, b in spans
        if a >= start and b <= start + len(window)
    ]
    return line, places


class HitModel(QAbstractListModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hits: list[Hit] = []
        self._snippets: list[tuple[str, list[Span]]] = []

    def show(self, hits: list[Hit]) -> None:
        self.beginResetModel()
        self.hits = hits
        self._snippets = [snippet(h.text, h.spans) for h in hits]
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        hit = self.hits[index.row()]
        line, places = self._snippets[index.row()]
        name = plain(hit.conversation_name, 120) or self.tr("(no name)")
        if role == Qt.ItemDataRole.DisplayRole:
            return name
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{name} — {short_time(epoch_to_utc(hit.created_at))} — {line}"
        if role == SnippetRole:
            return (line, places)
        if role == HitRole:
            return hit
        return None


class HitDelegate(QStyledItemDelegate):
    """Two lines: the conversation's name and time, then the words around the match."""

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        height = option.fontMetrics.lineSpacing() * 2 + 8
        return QSize(super().sizeHint(option, index).width(), height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        rect = opt.rect
        style = opt.widget.style() if opt.widget else None
        opt.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = opt.palette
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setPen(palette.color(role))
        metrics = opt.fontMetrics
        hit = index.data(HitRole)
        title = index.data(Qt.ItemDataRole.DisplayRole)
        if isinstance(hit, Hit):
            title = f"{title}  ·  {short_time(epoch_to_utc(hit.created_at))}"
        bold = QFont(opt.font)
        bold.setBold(True)
        painter.setFont(bold)
        first = rect.adjusted(6, 4, -6, 0)
        painter.drawText(
            first,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            metrics.elidedText(str(title), Qt.TextElideMode.ElideRight, first.width()),
        )
        line, places = index.data(SnippetRole)
        layout = QTextLayout(line, opt.font)
        marked = QTextCharFormat()
        marked.setFontWeight(QFont.Weight.Bold)
        marked.setFontUnderline(True)  # the match is visible without colour too
        ranges = []
        for a, b in places:
            r = QTextLayout.FormatRange()
            r.start, r.length, r.format = a, b - a, marked
            ranges.append(r)
        layout.setFormats(ranges)
        layout.beginLayout()
        text_line = layout.createLine()
        text_line.setLineWidth(rect.width() - 12)
        layout.endLayout()
        painter.setFont(opt.font)
        painter.setClipRect(rect)
        layout.draw(painter, QPointF(rect.left() + 6, rect.top() + 4 + metrics.lineSpacing()))
        painter.restore()
