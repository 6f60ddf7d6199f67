"""The conversation list's columns, and how a row looks in each state: its font and colours."""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtGui import QColor, QFont, QPalette

from dify_desktop.core.rename_tracking import RowState

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon


class Column(enum.IntEnum):
    NAME = 0
    UPDATED = 1
    CREATED = 2
    STATUS = 3


class CellLook(NamedTuple):
    """What one painted cell shows (``ConversationModel.look``)."""

    text: str
    font: QFont | None
    colour: QColor | None
    icon: QIcon | None


def row_font(state: RowState, column: int) -> QFont | None:
    if state.saving and column in (Column.NAME, Column.STATUS):
        font = QFont()
        font.setItalic(True)
        return font
    if state.changed and column == Column.NAME:
        font = QFont()
        font.setBold(True)
        return font
    return None


def muted(palette: QPalette) -> QColor:
    """Text that is not final yet (a name being saved): between the text and its background,
    still readable on light and dark palettes alike (Qt's disabled grey is not)."""
    text = palette.color(QPalette.ColorRole.Text)
    base = palette.color(QPalette.ColorRole.Base)
    return QColor(
        (text.red() * 2 + base.red()) // 3,
        (text.green() * 2 + base.green()) // 3,
        (text.blue() * 2 + base.blue()) // 3,
    )


def problem_color(palette: QPalette) -> QColor:
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    return QColor("#ff8a80") if dark else QColor("#b3261e")
