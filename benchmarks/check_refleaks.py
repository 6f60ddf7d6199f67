"""Does the installed PySide6 lose references to ``None`` and ``True``? Prints one JSON object.

Found while benchmarking: with PySide6-Essentials 6.12.0 every call of a void method from Python
(``QLabel.setText``, ``beginInsertRows``, ``QTimer.singleShot``...) drops one reference to
``None``, and every ``signal.emit(...)`` drops one to ``True``. On Python 3.11, where these
objects are not immortal, the interpreter aborts ("Fatal Python error: none_dealloc" or
"bool_dealloc", SIGABRT) once their reference counts reach zero: after a few thousand such calls,
which the app makes in minutes of use (every rename, every page, every status-bar update).
PySide6-Essentials 6.11.3 loses nothing in the same test. Python >= 3.12 (immortal objects)
would hide the leak.

    QT_QPA_PLATFORM=offscreen python benchmarks/check_refleaks.py
"""

from __future__ import annotations

import ctypes
import json
import os
import sys
from collections.abc import Callable

import PySide6
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLabel

CALLS = 1000


class Emitter(QObject):
    changed = Signal(bool)


def lost(call: Callable[[], object], app: QApplication) -> dict[str, float]:
    before_none, before_true = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(CALLS):
        call()
    app.processEvents()
    return {
        "None": (before_none - sys.getrefcount(None)) / CALLS,
        "True": (before_true - sys.getrefcount(True)) / CALLS,
    }


def main() -> None:
    start = {"None": sys.getrefcount(None), "True": sys.getrefcount(True)}
    # Headroom, so that the measurement itself cannot use the references up.
    for singleton in (None, True):
        ctypes.c_ssize_t.from_address(id(singleton)).value += 10 * CALLS
    app = QApplication(sys.argv[:1])
    label = QLabel()
    emitter = Emitter()
    emitter.changed.connect(lambda _value: None)
    result = {
        "pyside6": PySide6.__version__,
        "python": sys.version.split()[0],
        "refs_lost_per_call": {
            "QLabel.setText": lost(lambda: label.setText("x"), app),
            "Signal.emit(False)": lost(lambda: emitter.changed.emit(False), app),
            "QTimer.singleShot(0, f)": lost(lambda: QTimer.singleShot(0, lambda: None), app),
        },
        # what a process of this size starts with: the budget of leaked calls before the abort
        "refcount_at_start": start,
    }
    leaks = [
        f"{name}: {what} {per:.2f}/call"
        for name, counts in result["refs_lost_per_call"].items()  # type: ignore[union-attr]
        for what, per in counts.items()
        if per >= 0.5
    ]
    result["leaks"] = leaks
    print(json.dumps(result), flush=True)
    # Leave without finalizing: with the leak, finalization itself would abort the process.
    os._exit(0)


if __name__ == "__main__":
    main()
