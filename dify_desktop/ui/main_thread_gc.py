"""Run Python's cyclic garbage collector on the GUI thread only.

Left to itself the collector runs in whichever thread happens to allocate: a keyring call in a
worker thread, or the demo server's thread. If it then frees a Qt widget caught in a reference
cycle (a lambda connected to one of its signals is enough), the widget's C++ destructor runs off
the GUI thread and the process crashes. So automatic collection is switched off and a timer on
the GUI thread collects whenever Python's own thresholds say it would have.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer


class MainThreadGarbageCollector(QObject):
    INTERVAL_MS = 250

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(self.INTERVAL_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> None:
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self._thresholds[generation]:
                gc.collect(generation)
                break

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()
