"""The conversation's variables (Chatflow memory) in a section that opens and closes."""

from __future__ import annotations

import json
import pprint
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dify_desktop.api import Variable
from dify_desktop.core.transcript import ValueKind, VariableValue, parse_value
from dify_desktop.ui.accessibility import name_control
from dify_desktop.ui.text import block, plain, tooltip
from dify_desktop.ui.transcript.texts import translate, value_kind

#: the tallest the open table grows (pixels); longer lists scroll
MAX_HEIGHT = 220


def shown_value(value: VariableValue) -> str:
    """A parsed value as readable text (JSON indented; a Python value pretty-printed)."""
    if value.kind is ValueKind.JSON:
        return json.dumps(value.value, indent=2, ensure_ascii=False)
    if value.kind is ValueKind.PYTHON:
        return pprint.pformat(value.value, width=60, sort_dicts=False)
    return str(value.value)


class VariablesSection(QWidget):
    """A toggle ("Variables (N)") and, when open, a table: name, type, value (parsed)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.toggle = QToolButton(self)
        self.toggle.setObjectName("variablesToggle")
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setAutoRaise(True)
        self.toggle.setAccessibleName(translate("transcript", "Conversation variables"))
        self.toggle.toggled.connect(self._toggled)
        self.table = QTreeWidget(self)
        self.table.setObjectName("variablesTable")
        name_control(self.table, translate("transcript", "Conversation variables"))
        self.table.setHeaderLabels(
            [
                translate("transcript", "Name"),
                translate("transcript", "Type"),
                translate("transcript", "Value"),
            ]
        )
        self.table.setRootIsDecorated(False)
        self.table.setWordWrap(True)
        self.table.setUniformRowHeights(False)
        self.table.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.toggle)
        layout.addWidget(self.table)
        self.show_variables(())

    def _toggled(self, open_: bool) -> None:
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if open_ else Qt.ArrowType.RightArrow)
        self.table.setVisible(open_)

    def show_variables(self, variables: Sequence[Variable]) -> None:
        self.table.clear()
        for variable in variables:
            parsed = parse_value(variable.value, variable.value_type)
            item = QTreeWidgetItem(
                [
                    plain(variable.name, 200),
                    f"{plain(variable.value_type, 60)} · {value_kind(parsed.kind)}",
                    block(shown_value(parsed), 20_000),
                ]
            )
            if variable.description:
                item.setToolTip(0, tooltip(variable.description, 500))
            item.setToolTip(2, tooltip(shown_value(parsed), 4000))
            self.table.addTopLevelItem(item)
        self.toggle.setText(translate("transcript", "&Variables ({0})").format(len(variables)))
        self.setVisible(bool(variables))
        self._fit()

    def _fit(self) -> None:
        """As tall as its rows (up to MAX_HEIGHT), not a fixed block of empty space."""
        rows = sum(self.table.sizeHintForRow(i) for i in range(self.table.topLevelItemCount()))
        wanted = rows + self.table.header().sizeHint().height() + 2 * self.table.frameWidth()
        self.table.setFixedHeight(min(wanted + 4, MAX_HEIGHT))

    def show_unavailable(self, reason: str) -> None:
        self.table.clear()
        self.toggle.setText(translate("transcript", "Variables: {0}").format(reason))
        self.setVisible(True)
