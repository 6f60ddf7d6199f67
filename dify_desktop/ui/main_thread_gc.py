"""The app's garbage collection (:mod:`dify_desktop.core.collection`) on the GUI thread.

Left to itself the collector runs in whichever thread happens to allocate: a keyring call in a
worker thread, or the demo server's thread. If it then frees a Qt widget caught in a reference
cycle (a lambda connected to one of its signals is enough), the widget's C++ destructor runs off
the GUI thread and the process crashes. So a Qt timer on the GUI thread does the collecting.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from dify_desktop.core.collection import CollectionPolicy


class MainThreadGarbageCollector(QObject):
    """Automatic collection is off from construction; the timer collects from :meth:`start`
    (at once unless ``started=False``: the app starts it once its first page is shown, so that
    no pass scans what start-up makes while the person waits for that page)."""

    def __init__(self, parent: QObject | None = None, *, started: bool = True) -> None:
        super().__init__(parent)
        self.policy = CollectionPolicy()
        self._timer = QTimer(self)
        self._timer.setInterval(round(CollectionPolicy.INTERVAL_S * 1000))
        self._timer.timeout.connect(self.check)
        if started:
            self.start()

    def start(self) -> None:
        self._timer.start()

    @property
    def started(self) -> bool:
        return self._timer.isActive()

    def check(self) -> None:
        self.policy.check()

    def collect_old(self) -> None:
        self.policy.collect_old()

    def stop(self) -> None:
        self._timer.stop()
        self.policy.stop()
