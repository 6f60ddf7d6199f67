"""The Qt binding must not leak references to None or True.

PySide6-Essentials 6.12.0 drops one reference to None on every void method call and one to True
on every signal emit; on Python 3.11 the interpreter aborts once the count reaches zero — after
minutes of normal use of this app (every row update, status message and rename). pyproject.toml
excludes that version; this test keeps whichever binding is installed honest.

On Python 3.12 and later None and True are immortal (PEP 683): their reference count never moves,
so a dropped reference can neither be seen nor free them. There the guard checks that this
protection holds (measured, not assumed from the version number), which is what keeps the app
alive on such a Python; on 3.11 it counts the references the binding keeps.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel

CALLS = 2_000


class Emitter(QObject):
    changed = Signal(bool)


def immortal(obj: object) -> bool:
    """True when holding more references does not change ``obj``'s reference count."""
    before = sys.getrefcount(obj)
    held = [obj] * CALLS
    counted = sys.getrefcount(obj) - before
    del held
    return counted == 0


def assert_keeps_references(obj: object, use: Callable[[], None]) -> None:
    if immortal(obj):
        # Nothing to count: a lost reference cannot free an immortal object.
        assert sys.version_info >= (3, 12), "only 3.12+ has immortal objects"
        use()
        return
    before = sys.getrefcount(obj)
    use()
    assert before - sys.getrefcount(obj) < CALLS // 10


def test_void_calls_keep_references_to_none(qapp: Any) -> None:
    label = QLabel()

    def use() -> None:
        for _ in range(CALLS):
            label.setText("x")

    assert_keeps_references(None, use)


def test_signal_emits_keep_references_to_true(qapp: Any) -> None:
    emitter = Emitter()
    received: list[bool] = []
    emitter.changed.connect(received.append)

    def use() -> None:
        for _ in range(CALLS):
            emitter.changed.emit(False)

    assert_keeps_references(True, use)
    assert len(received) == CALLS


def test_the_guard_counts_on_a_python_without_immortal_objects() -> None:
    # On 3.11 the counting branch must be the one that runs: a guard that measured nothing there
    # would pass with the broken binding.
    assert immortal(None) is immortal(True) is (sys.version_info >= (3, 12))
    assert not immortal(object())
