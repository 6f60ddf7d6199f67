"""Making the window's actions: a text, what it does, and its shortcuts."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

Key = QKeySequence | QKeySequence.StandardKey | str


def make_action(parent: QObject, text: str, slot: Callable[[], object], *keys: Key) -> QAction:
    act = QAction(text, parent)
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
