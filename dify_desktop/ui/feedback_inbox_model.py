"""The inbox's rows: the feed's entries, loaded a page at a time as the view asks (fetchMore),
and the likes/dislikes filter over them."""

from __future__ import annotations

import asyncio
import enum
import logging
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)

from dify_desktop.api import DifyError
from dify_desktop.core.errors import problem_of
from dify_desktop.core.inbox import InboxEntry, InboxFeed, RatingFilter, Resolution
from dify_desktop.ui import feedback_inbox_texts as texts
from dify_desktop.ui.sentences import say
from dify_desktop.ui.tasks import TaskGroup, Tasks
from dify_desktop.ui.text import tooltip

log = logging.getLogger(__name__)

AnyIndex = QModelIndex | QPersistentModelIndex
EntryRole = Qt.ItemDataRole.UserRole + 1


class Column(enum.IntEnum):
    RATING = 0
    COMMENT = 1
    MESSAGE = 2
    USER = 3
    TIME = 4


class FeedbackInboxModel(QAbstractTableModel):
    loadingChanged = Signal(bool)
    #: a page could not be loaded: the sentence that says why
    loadFailed = Signal(str)

    def __init__(self, tasks: Tasks, parent: Any = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._feed: InboxFeed | None = None
        self._rows: list[InboxEntry] = []
        self._generation = 0
        self._loading = False
        self.error: str | None = None

    @property
    def loading(self) -> bool:
        return self._loading

    @property
    def connected(self) -> bool:
        return self._feed is not None

    @property
    def complete(self) -> bool:
        return self._feed is not None and self._feed.exhausted

    def entry(self, row: int) -> InboxEntry:
        return self._rows[row]

    def open(self, feed: InboxFeed | None) -> None:
        """Show ``feed`` (or nothing) from its start."""
        self.beginResetModel()
        self._generation += 1
        self._feed = feed
        self._rows = []
        self.error = None
        self.endResetModel()
        self._set_loading(False)
        self.fetchMore()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return texts.column_titles()[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._rows[index.row()]
        column = index.column()
        if role == EntryRole:
            return entry
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(entry, column)
        return None

    @staticmethod
    def _display(entry: InboxEntry, column: int) -> str:
        if column == Column.RATING:
            return texts.rating_text(entry.feedback.rating)
        if column == Column.COMMENT:
            return texts.comment_text(entry)
        if column == Column.MESSAGE:
            return texts.excerpt_text(entry)
        if column == Column.USER:
            return texts.user_text(entry)
        return texts.time_text(entry.feedback.created_at)

    @staticmethod
    def _tooltip(entry: InboxEntry, column: int) -> str | None:
        if column == Column.COMMENT and entry.feedback.content:
            return tooltip(entry.feedback.content)
        if column == Column.MESSAGE and entry.message is not None:
            return tooltip(f"{entry.message.query}\n\n{entry.message.answer}")
        if column == Column.USER and entry.resolution is not Resolution.FOUND:
            return tooltip(texts.user_text(entry))
        return None

    # ---------------------------------------------------------------- loading

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return (
            not parent.isValid()
            and self._feed is not None
            and not self._feed.exhausted
            and not self._loading
            and self.error is None
        )

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._set_loading(True)
            self._tasks.spawn(self._load(self._generation), TaskGroup.LOAD, name="inbox")

    def retry(self) -> None:
        self.error = None
        self.fetchMore()

    async def _load(self, generation: int) -> None:
        feed = self._feed
        assert feed is not None
        try:
            batch = await feed.next_batch()
        except DifyError as exc:
            if generation == self._generation:
                log.debug("loading feedback failed: %r", exc)
                self.error = say(problem_of(exc))
                self.loadFailed.emit(self.error)
            return
        except asyncio.CancelledError:
            raise
        finally:
            if generation == self._generation:
                self._set_loading(False)
        if generation != self._generation or not batch:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(batch) - 1)
        self._rows.extend(batch)
        self.endInsertRows()

    def _set_loading(self, value: bool) -> None:
        if self._loading != value:
            self._loading = value
            self.loadingChanged.emit(value)


class RatingProxy(QSortFilterProxyModel):
    """Likes, dislikes or both."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rating = RatingFilter.ALL

    def set_rating(self, rating: RatingFilter) -> None:
        self.beginFilterChange()
        self.rating = rating
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        assert isinstance(model, FeedbackInboxModel)
        return self.rating.accepts(model.entry(source_row).feedback.rating)
