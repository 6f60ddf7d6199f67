"""Run Python's cyclic garbage collector on the GUI thread only, in short passes.

Left to itself the collector runs in whichever thread happens to allocate: a keyring call in a
worker thread, or the demo server's thread. If it then frees a Qt widget caught in a reference
cycle (a lambda connected to one of its signals is enough), the widget's C++ destructor runs off
the GUI thread and the process crashes. So automatic collection is switched off and a timer on
the GUI thread collects the young generations whenever Python's own thresholds say it would have.

A full collection scans every object the process holds: with 10,000 conversations in the list
that is tens of milliseconds, with 100,000 a few hundred, all of it a frozen window. So objects
that survive a collection of the middle generation (they have outlived two passes: rows, widgets,
sessions) are moved out of the collector's sight with ``gc.freeze()``, and the old generation is
collected only when the app has been idle for a second (no young collection was needed), and
then only if a quarter of it has been freed since it was largest (a list or a session was let
go: that is when cycles among long-lived objects become garbage, and what is left to scan is
smaller) or if it has doubled since its last collection (so that no growth goes unchecked).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer


class MainThreadGarbageCollector(QObject):
    INTERVAL_MS = 100
    #: young passes per middle pass (Python's default, 10, makes the middle pass ~10 times longer)
    MIDDLE_EVERY = 4
    #: checks in a row without a young collection before the app counts as idle (1 s); the old
    #: generation is looked at then, and every 10 s while the app stays idle
    IDLE_CHECKS = 10

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._young_passes = 0
        self._idle_checks = 0
        self._old_base = 0  # long-lived (frozen) objects after the last full collection
        self._old_peak = 0  # ... the most counted (when idle) since then
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(self.INTERVAL_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> None:
        if gc.get_count()[0] > self._thresholds[0]:
            self._idle_checks = 0
            self._young_passes += 1
            if self._young_passes % self.MIDDLE_EVERY:
                gc.collect(0)
            else:
                gc.collect(1)
                gc.freeze()  # what the middle pass promoted is not scanned again
        else:
            self._idle_checks += 1
            idle = self._idle_checks
            if idle == self.IDLE_CHECKS or idle % (10 * self.IDLE_CHECKS) == 0:
                self._when_idle()

    def _when_idle(self) -> None:
        # Counting walks every long-lived object (milliseconds): only while nothing happens.
        old = gc.get_freeze_count()
        shrunk = old * 4 < self._old_peak * 3  # a list or a session was let go
        grown = old > 2 * self._old_base > 0
        if shrunk or grown:
            self.collect_old()
            return
        self._old_base = self._old_base or old
        self._old_peak = max(self._old_peak, old)

    def collect_old(self) -> None:
        """A full collection, the long-lived objects included (its cost grows with them)."""
        gc.unfreeze()
        gc.collect(2)
        gc.freeze()
        self._old_base = self._old_peak = gc.get_freeze_count()

    def stop(self) -> None:
        self._timer.stop()
        gc.unfreeze()
        gc.enable()
