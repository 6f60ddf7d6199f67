"""Rows changed within one event-loop turn reach the views after the turn, one signal per run of
adjacent rows (a burst of renames repaints the list once it is over); rows that moved or left in
between are found by id."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication

from dify_desktop.ui.row_changes import RowChanges, runs
from tests.ui.conftest import TIMEOUT
from tests.ui.test_list_view import shown_view


def test_runs_of_adjacent_rows() -> None:
    assert list(runs([])) == []
    assert list(runs([4])) == [(4, 4)]
    assert list(runs([1, 2, 3, 7, 9, 10])) == [(1, 3), (7, 7), (9, 10)]


class Ids:
    """Conversation ids by row, as the conversation model keeps them."""

    def __init__(self, model: QStandardItemModel) -> None:
        self.model = model

    def row_of(self, conversation_id: str) -> int | None:
        found = self.model.findItems(conversation_id)
        return found[0].row() if found else None


def changed_ranges(model: QStandardItemModel) -> list[tuple[int, int, int, int]]:
    seen: list[tuple[int, int, int, int]] = []

    def record(top: QModelIndex, bottom: QModelIndex, *_: Any) -> None:
        seen.append((top.row(), top.column(), bottom.row(), bottom.column()))

    model.dataChanged.connect(record)
    return seen


def test_a_burst_is_one_signal_per_run_of_rows(qtbot: Any) -> None:
    _, model, paints = shown_view(qtbot, 30)
    changes = RowChanges(model, Ids(model).row_of, 2)
    seen = changed_ranges(model)
    before = paints.paints

    for row in [*range(0, 5), *range(20, 25), 3, 4]:  # some twice, as a save and its answer
        changes.add(f"row {row}")
    assert seen == []  # nothing before the turn ends

    qtbot.waitUntil(lambda: seen != [], timeout=TIMEOUT)
    assert seen == [(0, 0, 4, 1), (20, 0, 24, 1)]
    qtbot.waitUntil(lambda: paints.paints > before, timeout=TIMEOUT)  # the list shows them
    QApplication.processEvents()
    assert len(seen) == 2


def test_rows_are_found_by_id_when_the_signal_leaves(qtbot: Any) -> None:
    model = QStandardItemModel(0, 2)
    for name in ("a", "b", "c", "d"):
        model.appendRow([QStandardItem(name), QStandardItem("x")])
    changes = RowChanges(model, Ids(model).row_of, 2)
    seen = changed_ranges(model)

    changes.add("c")
    changes.add("b")
    model.removeRow(1)  # "b" leaves the list; "c" moves up to row 1
    changes.send()

    assert seen == [(1, 0, 1, 1)]
    QApplication.processEvents()  # a timer left running would send it again here
    assert seen == [(1, 0, 1, 1)]  # sent now: the timer does not send it again
