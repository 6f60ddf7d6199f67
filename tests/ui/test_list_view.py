"""The list's view repaints what changed on screen: rows that arrive below the visible ones only
move the scroll bar's end; rows that arrive where they can be seen, and anything that lays the
rows out again, repaint the list. Real widgets, offscreen; paints counted on the viewport."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication

from dify_desktop.ui.list_view import ListView
from tests.ui.conftest import TIMEOUT


class PaintCount(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def rows(model: QStandardItemModel, count: int) -> None:
    for _ in range(count):
        model.appendRow([QStandardItem(f"row {model.rowCount()}"), QStandardItem("x")])


def shown_view(qtbot: Any, count: int) -> tuple[ListView, QStandardItemModel, PaintCount]:
    model = QStandardItemModel(0, 2)
    rows(model, count)
    view = ListView()
    view.setModel(model)
    view.verticalHeader().setVisible(False)  # as in the window: its width follows the count
    view.resize(300, 200)  # about six rows
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    painted = PaintCount()
    view.viewport().installEventFilter(painted)
    view.viewport().repaint()
    qtbot.waitUntil(lambda: painted.paints > 0, timeout=TIMEOUT)
    painted.paints = 0
    return view, model, painted


def last_visible_row(view: ListView) -> int:
    return view.indexAt(QPoint(5, view.viewport().height() - 2)).row()


def test_rows_arriving_below_the_visible_ones_do_not_repaint_the_list(qtbot: Any) -> None:
    view, model, painted = shown_view(qtbot, 50)
    bar = view.verticalScrollBar()
    end = bar.maximum()
    rows(model, 50)
    qtbot.waitUntil(lambda: bar.maximum() > end, timeout=TIMEOUT)  # laid out again
    QApplication.processEvents()  # a repaint asked for by that layout would happen here
    assert painted.paints == 0
    assert last_visible_row(view) < 10  # the rows on screen did not move
    view.scrollToBottom()
    qtbot.waitUntil(lambda: last_visible_row(view) == 99, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: painted.paints > 0, timeout=TIMEOUT)


def test_rows_arriving_where_they_can_be_seen_are_painted(qtbot: Any) -> None:
    view, model, painted = shown_view(qtbot, 2)
    rows(model, 2)
    qtbot.waitUntil(lambda: painted.paints > 0, timeout=TIMEOUT)
    assert view.visualRect(model.index(3, 0)).intersects(view.viewport().rect())


def test_rows_removed_after_rows_arrived_below_repaint_the_list(qtbot: Any) -> None:
    view, model, painted = shown_view(qtbot, 50)
    rows(model, 10)  # below the screen...
    model.removeRow(0)  # ...and, before the view lays them out, a visible row goes
    qtbot.waitUntil(lambda: painted.paints > 0, timeout=TIMEOUT)
    assert view.indexAt(QPoint(5, 5)).data() == "row 1"


def test_a_new_model_is_painted_whole(qtbot: Any) -> None:
    view, model, painted = shown_view(qtbot, 50)
    rows(model, 10)
    other = QStandardItemModel(0, 2)
    rows(other, 3)
    view.setModel(other)
    qtbot.waitUntil(lambda: painted.paints > 0, timeout=TIMEOUT)
    assert view.indexAt(QPoint(5, 5)).data() == "row 0" and view.model() is other


def test_a_new_order_after_rows_arrived_below_repaints_the_list(qtbot: Any) -> None:
    view, model, painted = shown_view(qtbot, 50)
    rows(model, 10)  # below the screen...
    model.sort(0, Qt.SortOrder.DescendingOrder)  # ...then, before they are laid out, a new order
    qtbot.waitUntil(lambda: painted.paints > 0, timeout=TIMEOUT)
    assert view.indexAt(QPoint(5, 5)).data() == "row 9"


def test_after_next_paint_waits_for_the_rows_to_be_painted(qtbot: Any) -> None:
    view, _model, painted = shown_view(qtbot, 10)
    called: list[int] = []
    view.after_next_paint(lambda: called.append(painted.paints))
    assert called == []  # not before the paint it waits for
    qtbot.waitUntil(lambda: called != [], timeout=TIMEOUT)
    assert called[0] >= 1  # the viewport was painted before the call


def test_after_next_paint_of_a_hidden_list_calls_at_once(qtbot: Any) -> None:
    view, _model, _painted = shown_view(qtbot, 10)
    view.hide()
    called: list[bool] = []
    view.after_next_paint(lambda: called.append(True))
    assert called == [True]
