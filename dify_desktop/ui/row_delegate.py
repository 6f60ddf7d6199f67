"""Paints the conversation list's cells from one call into the model per cell.

Qt's own ``QStyledItemDelegate.initStyleOption`` asks the model for seven roles of every painted
cell; through the filter proxy each is a Python ``data()`` call plus a Python ``index()`` call,
and each crossing from C++ into Python costs a look-up of the override. That was most of a
repaint of the list. This delegate fills the same options from :meth:`ConversationModel.look`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, QSortFilterProxyModel
from PySide6.QtGui import QBrush, QFontMetrics, QPalette
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from dify_desktop.ui.conversation_model import ConversationModel

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

_HAS_DISPLAY = QStyleOptionViewItem.ViewItemFeature.HasDisplay
_HAS_DECORATION = QStyleOptionViewItem.ViewItemFeature.HasDecoration
_TEXT = QPalette.ColorRole.Text


class RowDelegate(QStyledItemDelegate):
    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        proxy = index.model()
        source = proxy.mapToSource(index) if isinstance(proxy, QSortFilterProxyModel) else index
        model = source.model()
        if not isinstance(model, ConversationModel) or not source.isValid():
            super().initStyleOption(option, index)
            return
        look = model.look(source.row(), source.column())
        if isinstance(index, QModelIndex):
            option.index = index
        if look.font is not None:
            option.font = look.font.resolve(option.font)
            option.fontMetrics = QFontMetrics(option.font)
        if look.colour is not None:
            palette = QPalette(option.palette)
            # setColor, not setBrush(QBrush(colour)): weighing QBrush's overloads made PySide6
            # create seven QImage and QGradient enum types in the first paint of a saving row.
            palette.setColor(_TEXT, look.colour)
            option.palette = palette
        if look.icon is not None:
            _set_icon(option, look.icon)
        option.features |= _HAS_DISPLAY
        option.text = look.text
        option.backgroundBrush = QBrush()


def _set_icon(option: QStyleOptionViewItem, icon: QIcon) -> None:
    """As Qt's initStyleOption does for a QIcon: its size within the view's decoration size."""
    # Only a pinned row has an icon; making QStyle's type (~600 enum members) costs ~15 ms,
    # and QIcon's ~3 ms, which the first page does not need to pay.
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QStyle

    option.features |= _HAS_DECORATION
    option.icon = icon
    state = option.state
    if not state & QStyle.StateFlag.State_Enabled:
        mode = QIcon.Mode.Disabled
    elif state & QStyle.StateFlag.State_Selected:
        mode = QIcon.Mode.Selected
    else:
        mode = QIcon.Mode.Normal
    on = QIcon.State.On if state & QStyle.StateFlag.State_Open else QIcon.State.Off
    actual = icon.actualSize(option.decorationSize, mode, on)
    option.decorationSize = QSize(
        min(option.decorationSize.width(), actual.width()),
        min(option.decorationSize.height(), actual.height()),
    )
