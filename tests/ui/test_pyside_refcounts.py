"""The Qt binding must not leak references to None or True.

PySide6-Essentials 6.12.0 drops one reference to None on every void method call and one to True
on every signal emit; on Python 3.11 the interpreter aborts once the count reaches zero — after
minutes of normal use of this app (every row update, status message and rename). pyproject.toml
excludes that version; this test keeps whichever binding is installed honest.
"""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel

CALLS = 2_000


class Emitter(QObject):
    changed = Signal(bool)


def test_void_calls_keep_references_to_none(qapp: Any) -> None:
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        label.setText("x")
    assert before - sys.getrefcount(None) < CALLS // 10


def test_signal_emits_keep_references_to_true(qapp: Any) -> None:
    emitter = Emitter()
    received: list[bool] = []
    emitter.changed.connect(received.append)
    before = sys.getrefcount(True)
    for _ in range(CALLS):
        emitter.changed.emit(False)
    assert len(received) == CALLS
    assert before - sys.getrefcount(True) < CALLS // 10
