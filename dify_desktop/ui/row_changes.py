"""Changed rows reach the views once per event-loop turn.

Two hundred renames started at once changed two hundred rows in one turn: two hundred
``dataChanged`` signals through the filter proxy into the view, and the repaint they posted ran
in that same turn, after the burst. Collected here, they leave from a zero timer as one signal per
run of adjacent rows, so whatever else is due (a key press, a timer) runs before the repaint.
Rows are kept by conversation id: a row that moved or left the list in between is found again, or
skipped.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from itertools import groupby

from PySide6.QtCore import QAbstractItemModel, QTimer


class RowChanges:
    def __init__(
        self, model: QAbstractItemModel, row_of: Callable[[str], int | None], columns: int
    ) -> None:
        self._model = model
        self._row_of = row_of
        self._last_column = columns - 1
        self._ids: set[str] = set()
        self._timer = QTimer(model)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.send)

    def add(self, conversation_id: str) -> None:
        self._ids.add(conversation_id)
        if not self._timer.isActive():
            self._timer.start()

    def send(self) -> None:
        """Tell the views now (the zero timer calls this)."""
        self._timer.stop()
        rows = sorted(r for r in map(self._row_of, self._ids) if r is not None)
        self._ids.clear()
        model = self._model
        for first, last in runs(rows):
            model.dataChanged.emit(model.index(first, 0), model.index(last, self._last_column))


def runs(rows: Iterable[int]) -> Iterator[tuple[int, int]]:
    """Sorted rows as (first, last) runs of adjacent rows: 1, 2, 3, 7 -> (1, 3), (7, 7)."""
    # adjacent rows share their distance from their place in the sorted list
    for _, run in groupby(enumerate(rows), lambda placed: placed[1] - placed[0]):
        members = [row for _, row in run]
        yield members[0], members[-1]
