"""What a screen reader hears: accessible names for the controls Qt builds inside its own widgets,
and how a row says its state in words.

:func:`announce` has a reader say a message that appears away from the keyboard (the status
bar uses it for every new message). A new view names its controls with a label whose buddy is the control, or with
``setAccessibleName(self.tr(...))``; for the widgets below it calls :func:`name_control`, which
also names what Qt adds inside them and nobody else can reach: the line edit and popup list of a
combo box, a line edit's clear button, a table's corner button and headers, the scroll bars of
any scroll area. On Linux (AT-SPI) Qt reports a combo box's *value* as its name, so a combo box
is named for a reader by its label (a buddy): the ``labelled-by`` relation.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QTextEdit,
    QToolButton,
    QTreeView,
    QWidget,
)

translate = QCoreApplication.translate


def name_control(widget: QWidget, name: str, description: str = "") -> None:
    """Name ``widget`` (already translated text) and the parts Qt builds inside it."""
    widget.setAccessibleName(name)
    if description:
        widget.setAccessibleDescription(description)
    if isinstance(widget, QComboBox):
        _name_combo(widget, name)
    elif isinstance(widget, QLineEdit):
        _name_line_edit(widget, name)
    if isinstance(widget, QTableView):
        _name_table(widget, name)
    elif isinstance(widget, QTreeView):
        widget.header().setAccessibleName(translate("accessibility", "{0}: columns").format(name))
    if isinstance(widget, QAbstractScrollArea):
        _name_scroll_bars(widget, name)


def readable_pane(widget: QWidget, name: str, description: str = "") -> None:
    """A pane of text to read (the messages): named, reached with Tab and left with Tab (not a
    tab character), its text walked with the arrow keys like a document."""
    name_control(widget, name, description)
    widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        widget.setTabChangesFocus(True)
        # Added to what the pane allows already (a browser's links stay clickable).
        widget.setTextInteractionFlags(
            widget.textInteractionFlags()
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )


def set_tab_order(widgets: Iterable[QWidget]) -> None:
    """Tab visits ``widgets`` in this order (each one right after the one before)."""
    chain = list(widgets)
    for first, second in itertools.pairwise(chain):
        QWidget.setTabOrder(first, second)


def announce(widget: QWidget, text: str, *, urgent: bool = False) -> None:
    """Have a screen reader say ``text`` now, about ``widget`` (a message that appeared where the
    keyboard is not): an urgent one interrupts, the others wait for a pause."""
    event = QAccessibleAnnouncementEvent(widget, text)
    politeness = QAccessible.AnnouncementPoliteness
    event.setPoliteness(politeness.Assertive if urgent else politeness.Polite)
    QAccessible.updateAccessibility(event)


def spoken_row(name: str, states: Iterable[str]) -> str:
    """A row as a reader says it: its name, then each of its states ("" entries are skipped)."""
    said = [s for s in states if s]
    if not said:
        return name
    return translate("accessibility", "{name}: {states}").format(
        name=name, states=translate("accessibility", "; ").join(said)
    )


def _name_combo(combo: QComboBox, name: str) -> None:
    edit = combo.lineEdit()
    if edit is not None:
        _name_line_edit(edit, name)
        edit.setAccessibleName(name)
    choices = translate("accessibility", "{0}: choices").format(name)
    combo.view().setAccessibleName(choices)
    _name_scroll_bars(combo.view(), choices)


def _name_line_edit(edit: QLineEdit, name: str) -> None:
    # The clear button (setClearButtonEnabled) is a tool button Qt makes inside the edit.
    for button in edit.findChildren(QToolButton):
        if not button.accessibleName():
            button.setAccessibleName(translate("accessibility", "Clear {0}").format(name))


def _name_table(view: QTableView, name: str) -> None:
    for button in view.findChildren(
        QAbstractButton, options=Qt.FindChildOption.FindDirectChildrenOnly
    ):
        button.setAccessibleName(translate("accessibility", "Select every row of {0}").format(name))
    view.horizontalHeader().setAccessibleName(
        translate("accessibility", "{0}: columns").format(name)
    )
    view.verticalHeader().setAccessibleName(translate("accessibility", "{0}: rows").format(name))


def _name_scroll_bars(area: QAbstractScrollArea, name: str) -> None:
    area.verticalScrollBar().setAccessibleName(
        translate("accessibility", "{0}: scroll up and down").format(name)
    )
    area.horizontalScrollBar().setAccessibleName(
        translate("accessibility", "{0}: scroll sideways").format(name)
    )
