"""The "All end users" view: every end user's conversations of the app, found through the
profile's Dify account (Ctrl+Shift+A), newest activity first, paged as the person scrolls.

A search box (words in questions, answers, names and end-user ids), an optional date range, and
columns end user, name, messages, feedback, last update. Enter or a double-click opens the row in
the normal view of its end user (``opened``); rows made in Dify's own web app are marked and
explained instead. The view only reads; changes go through the app key in the normal view.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dify_desktop.api import DifyClient, DifyError, SignInRequired
from dify_desktop.api.console import ConsoleConversation
from dify_desktop.core.console_account import (
    ConsoleAccount,
    ConversationFinder,
    EndUserKinds,
    FindQuery,
)
from dify_desktop.ui import all_users_texts as texts
from dify_desktop.ui.accessibility import name_control
from dify_desktop.ui.tasks import TaskGroup, Tasks
from dify_desktop.ui.text import plain
from dify_desktop.ui.times import relative_time

AnyIndex = QModelIndex | QPersistentModelIndex
SEARCH_DELAY_MS = 400


class Column(enum.IntEnum):
    USER = 0
    NAME = 1
    MESSAGES = 2
    FEEDBACK = 3
    UPDATED = 4


class AllUsersModel(QAbstractTableModel):
    """The rows one query found so far; more are fetched as the view scrolls."""

    loadingChanged = Signal(bool)
    failed = Signal(object)  # the DifyError

    def __init__(self, tasks: Tasks, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._rows: list[ConsoleConversation] = []
        self._reachable: dict[str, bool | None] = {}
        self._finder: ConversationFinder | None = None
        self._kinds: EndUserKinds | None = None
        self._generation = 0
        self.loading = False
        self.total = 0

    def start(
        self,
        account: ConsoleAccount | None,
        app_id: str | None,
        query: FindQuery,
        client: DifyClient | None,
    ) -> None:
        """A new search (the rows shown so far are replaced once the first page arrives)."""
        self._generation += 1
        self._finder = ConversationFinder(account, app_id, query) if account and app_id else None
        self._kinds = EndUserKinds(client) if client is not None else None
        self._set_loading(False)
        if self._finder is not None:
            self._fetch(replace=True)

    def conversation(self, row: int) -> ConsoleConversation:
        return self._rows[row]

    def reachable(self, row: int) -> bool | None:
        return self._reachable.get(self._rows[row].id)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("End user"),
            self.tr("Name"),
            self.tr("Messages"),
            self.tr("Feedback"),
            self.tr("Last update"),
        )[section]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        unreachable = row.made_in_console or self._reachable.get(row.id) is False
        if role == Qt.ItemDataRole.DisplayRole:
            if column == Column.USER:
                user = plain(row.end_user_session_id or "", 80)
                return f"{user} ({texts.web_app_mark()})" if unreachable else user
            if column == Column.NAME:
                return plain(row.name, 120)
            if column == Column.MESSAGES:
                return str(row.message_count)
            if column == Column.FEEDBACK:
                return texts.feedback(row.likes, row.dislikes)
            return relative_time(row.updated_at)
        if role == Qt.ItemDataRole.ToolTipRole and unreachable:
            return texts.console_row() if row.made_in_console else texts.web_app_row()
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.NAME:
            return plain(row.name, 400)
        return None

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        finder = self._finder
        return not parent.isValid() and finder is not None and finder.has_more and not self.loading

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._fetch(replace=False)

    def _set_loading(self, value: bool) -> None:
        if value != self.loading:
            self.loading = value
            self.loadingChanged.emit(value)

    def _fetch(self, *, replace: bool) -> None:
        finder = self._finder
        assert finder is not None
        self._set_loading(True)
        self._tasks.spawn(self._next_page(finder, self._generation, replace), TaskGroup.LOAD)

    async def _next_page(self, finder: ConversationFinder, generation: int, replace: bool) -> None:
        try:
            page = await finder.next_page()
        except DifyError as error:
            if generation == self._generation:
                self._set_loading(False)
                self.failed.emit(error)
            return
        if generation != self._generation:
            return
        if replace:
            self.beginResetModel()
            self._rows, self._reachable = list(page), {}
            self.endResetModel()
        elif page:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()
        self._set_loading(False)
        if self._kinds is not None:
            await self._mark(page, generation)

    async def _mark(self, page: list[ConsoleConversation], generation: int) -> None:
        kinds = self._kinds
        assert kinds is not None
        for conversation in page:
            verdict = await kinds.reachable(conversation)
            if generation != self._generation:
                return
            if verdict is False:
                self._reachable[conversation.id] = verdict
                row = next(i for i, r in enumerate(self._rows) if r.id == conversation.id)
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))


class AllUsersView(QWidget):
    """The view's window (see the module docstring)."""

    #: Enter or double-click on a row: (the conversation, whether the service API can reach it)
    opened = Signal(object, object)
    #: the account's session ended while searching
    signInNeeded = Signal()

    def __init__(self, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("allUsersView")
        self.setWindowTitle(self.tr("All end users"))
        self.resize(900, 520)
        self._account: ConsoleAccount | None = None
        self._app_id: str | None = None
        self._client: DifyClient | None = None
        self.model = AllUsersModel(tasks, self)

        self.search = QLineEdit()
        self.search.setObjectName("allUsersSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("Words in questions, answers, names, or part of an end-user id")
        )
        search_label = QLabel(self.tr("&Find"))
        search_label.setBuddy(self.search)
        name_control(self.search, self.tr("Find"))
        self.dates = QCheckBox(self.tr("&Between"))
        name_control(self.dates, self.tr("Only between these days"))
        self.since = self._date_edit(self.tr("From day"))
        self.until = self._date_edit(self.tr("To day"))
        self.since.setDate(QDate.currentDate().addDays(-7))
        self.until.setDate(QDate.currentDate())

        self.table = QTableView()
        self.table.setObjectName("allUsersTable")
        name_control(self.table, self.tr("Conversations of every end user"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda index: self._open(index.row()))
        self.table.installEventFilter(self)

        self.status = QLabel()
        self.status.setObjectName("allUsersStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Search status"))

        fields = QHBoxLayout()
        fields.addWidget(search_label)
        fields.addWidget(self.search, 1)
        fields.addWidget(self.dates)
        fields.addWidget(self.since)
        fields.addWidget(self.until)
        column = QVBoxLayout(self)
        column.addLayout(fields)
        column.addWidget(self.table, 1)
        column.addWidget(self.status)

        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.search.textEdited.connect(lambda _text: self._timer.start())
        self.search.returnPressed.connect(self.run_search)
        self.dates.toggled.connect(lambda _on: self.run_search())
        self.since.dateChanged.connect(lambda _d: self._dates_changed())
        self.until.dateChanged.connect(lambda _d: self._dates_changed())
        self.model.loadingChanged.connect(lambda _busy: self._show_counts())
        self.model.modelReset.connect(self._show_counts)
        self.model.rowsInserted.connect(self._show_counts)
        self.model.failed.connect(self._failed)

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setAccessibleName(name)
        return edit

    def use(self, account: ConsoleAccount | None, app_id: str | None, client: Any) -> None:
        """Search with this account, app and app-key client (None: nothing to search)."""
        self._account, self._app_id = account, app_id
        self._client = client if isinstance(client, DifyClient) else None
        self.run_search()

    def query(self) -> FindQuery:
        if not self.dates.isChecked():
            return FindQuery(self.search.text().strip())
        since, until = self.since.date(), self.until.date()
        return FindQuery(
            self.search.text().strip(),
            dt.date(since.year(), since.month(), since.day()),
            dt.date(until.year(), until.month(), until.day()),
        )

    def run_search(self) -> None:
        self._timer.stop()
        self.status.setText(texts.searching() if self._account and self._app_id else "")
        self.model.start(self._account, self._app_id, self.query(), self._client)

    def _dates_changed(self) -> None:
        if self.dates.isChecked():
            self.run_search()

    def _show_counts(self) -> None:
        if self.model.loading and not self.model.rowCount():
            self.status.setText(texts.searching())
            return
        more = self.model.canFetchMore() or self.model.loading
        self.status.setText(texts.counts(self.model.rowCount(), more))

    def _failed(self, error: DifyError) -> None:
        self.status.setText(texts.sign_in_problem(error))  # the rows found so far stay
        if isinstance(error, SignInRequired):
            self.signInNeeded.emit()

    def _open(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            conversation = self.model.conversation(row)
            reachable = self.model.reachable(row)
            if conversation.made_in_console or reachable is False:
                self.status.setText(
                    texts.console_row() if conversation.made_in_console else texts.web_app_row()
                )
            self.opened.emit(conversation, reachable)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._open(self.table.currentIndex().row())
            return True
        return super().eventFilter(watched, event)
