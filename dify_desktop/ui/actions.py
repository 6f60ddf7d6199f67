"""Making the window's actions (a text, what it does, its shortcuts) and listing its shortcuts."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

Key = QKeySequence | QKeySequence.StandardKey | str


def make_action(parent: QObject, text: str, slot: Callable[[], object], *keys: Key) -> QAction:
    act = QAction(parent)  # QAction(text, parent) makes PySide6 weigh the QIcon overloads:
    act.setText(text)  # QIcon's type, ~3 ms, on the way to the first page
    act.triggered.connect(slot)
    sequences: list[QKeySequence] = []
    for key in keys:  # a standard key may already be one of the others
        sequences += (
            [k for k in QKeySequence.keyBindings(key) if k not in sequences]
            if isinstance(key, QKeySequence.StandardKey)
            else [QKeySequence(key)]
        )
    act.setShortcuts(list(dict.fromkeys(sequences)))
    return act


def action_text(action: QAction) -> str:
    """An action's text as read: no mnemonic marks (``&&`` is a literal ampersand)."""
    return action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")


def window_shortcuts(window: QWidget) -> list[tuple[str, list[QKeySequence]]]:
    """Every action registered on ``window`` that has shortcuts: its text and its keys, in the
    order they were added. The rule: an action with a shortcut is added to the window
    (``window.addAction``), even when it acts in one widget only, so that the shortcut sheet
    lists it."""
    return [
        (action_text(action), list(action.shortcuts()))
        for action in window.actions()
        if action.shortcuts() and action_text(action)
    ]
