"""Python's cyclic garbage collector, run by the app itself in short passes on one thread.

Automatic collection is switched off; the app's timer on the thread that runs its event loop
calls :meth:`CollectionPolicy.check`, which collects the young generations whenever Python's own
thresholds say it would have (``ui.main_thread_gc`` says why it must be the GUI thread).

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


def set_aside_long_lived() -> None:
    """What exists now lives as long as the app (modules, the window, parts built once): out of
    the collector's sight, or the next young passes scan all of it while the list loads."""
    gc.freeze()


class CollectionPolicy:
    """Collects when :meth:`check` is called (every :attr:`INTERVAL_S`, by the event loop's
    thread: ``ui.main_thread_gc`` calls it from a Qt timer); automatic collection is off from
    construction until :meth:`stop`."""

    INTERVAL_S = 0.1
    #: young passes per middle pass (Python's default, 10, makes the middle pass ~10 times longer)
    MIDDLE_EVERY = 4
    #: checks in a row without a young collection before the app counts as idle (1 s); the old
    #: generation is looked at then, and every 10 s while the app stays idle
    IDLE_CHECKS = 10

    def __init__(self) -> None:
        self._thresholds = gc.get_threshold()
        self._young_passes = 0
        self._idle_checks = 0
        self._old_base = 0  # long-lived (frozen) objects after the last full collection
        self._old_peak = 0  # ... the most counted (when idle) since then
        gc.disable()

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
        """Automatic collection again, every object back in sight."""
        gc.unfreeze()
        gc.enable()
