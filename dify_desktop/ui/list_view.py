"""The table view of the conversation list: how it selects rows moved to by the window, how
little it repaints when rows arrive below the ones on screen, and "once the rows are painted".

Qt lays a table out again after any change of its row count, and that layout ends with a repaint
of the whole viewport — every visible cell, one call into Python each (``ui.row_delegate``),
~10 ms on this kind of machine. While a long list loads, its pages land below the rows on screen,
where nothing visible changes: for those the view only updates its scroll bars. Anything else
that lays the rows out again (rows removed or moved, a reset, a new order or filter, rows inserted
where they can be seen) still repaints everything, as Qt does.

Nothing here asks for the view's ``viewport()`` before the first page: the first time Python is
handed that widget, which Qt made, PySide6 looks for its type through every ``QWidget`` subclass
and makes each one's enums (~15–20 ms). The viewport's paints reach :meth:`ListView.paintEvent`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QTimer,
    SignalInstance,
)
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPaintEvent, QRegion
from PySide6.QtWidgets import QTableView

AnyIndex = QModelIndex | QPersistentModelIndex


class ListView(QTableView):
    """A move made by the window (setCurrentIndex), not by a click or a key, selects that row
    alone, whatever modifier keys Qt believes are still held."""

    _input = False
    #: rows were inserted below the last visible one since the last layout
    _unseen_rows = False
    #: something else since the last layout needs the whole viewport laid out and repainted
    _relayout = False
    #: called on the loop's turn after the next paint of the rows
    _after_paint: tuple[Callable[[], object], ...] = ()

    def after_next_paint(self, then: Callable[[], object]) -> None:
        """Call ``then`` once the rows have next been painted (and the window flushed to the
        screen): on the loop's turn after the next paint; at once if no paint is coming (the view
        is hidden or its window minimized)."""
        if not self.isVisible() or self.window().isMinimized():
            then()
            return
        self._after_paint = (*self._after_paint, then)
        self.setDirtyRegion(QRegion(0, 0, self.width(), self.height()))

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        waiting, self._after_paint = self._after_paint, ()
        for then in waiting:
            QTimer.singleShot(0, then)

    def selectionCommand(
        self, index: AnyIndex, event: QEvent | None = None
    ) -> QItemSelectionModel.SelectionFlag:
        if event is None and not self._input:
            return (
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows
            )
        return super().selectionCommand(index, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self._input = True
        try:
            super().keyPressEvent(event)
        finally:
            self._input = False

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._input = True
        try:
            super().mousePressEvent(event)
        finally:
            self._input = False

    # ---------------------------------------------------------------- repainting after inserts

    def setModel(self, model: QAbstractItemModel | None) -> None:
        old = self.model()
        if old is not None:
            for signal in self._relayout_signals(old):
                signal.disconnect(self._needs_relayout)
        super().setModel(model)
        self._needs_relayout()
        if model is not None:
            for signal in self._relayout_signals(model):
                signal.connect(self._needs_relayout)

    @staticmethod
    def _relayout_signals(model: QAbstractItemModel) -> tuple[SignalInstance, ...]:
        return (
            model.layoutAboutToBeChanged,
            model.modelAboutToBeReset,
            model.rowsAboutToBeRemoved,
            model.rowsAboutToBeMoved,
            model.columnsAboutToBeInserted,
            model.columnsAboutToBeRemoved,
            model.columnsAboutToBeMoved,
        )

    def _needs_relayout(self, *_: object) -> None:
        self._relayout = True

    def rowsInserted(self, parent: AnyIndex, start: int, end: int) -> None:
        super().rowsInserted(parent, start, end)
        if start == 0 or parent.isValid():  # the first rows (the first page) are seen
            self._relayout = True
            return
        last = self.rowAt(self.viewport().height() - 1)  # -1: the rows do not fill the view
        if last >= 0 and start > last:
            self._unseen_rows = True
        else:
            self._relayout = True

    def doItemsLayout(self) -> None:
        if self._unseen_rows and not self._relayout:
            self._unseen_rows = False
            self.updateGeometries()  # the scroll bars reach the new rows; nothing on screen moved
            return
        self._unseen_rows = self._relayout = False
        super().doItemsLayout()
