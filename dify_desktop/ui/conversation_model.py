"""The conversation list: rows fed batch by batch from the session (canFetchMore/fetchMore), shown
with what each row's rename is doing. The rename state itself lives in
:mod:`dify_desktop.core.rename_tracking`; this model only shows it."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from dify_desktop.api import AuthenticationError, Conversation, DifyError
from dify_desktop.core.errors import listing_problem
from dify_desktop.core.problems import ProblemId, problem
from dify_desktop.core.rename import NameProblem
from dify_desktop.core.rename_tracking import RenameTracker, RowNote, RowState
from dify_desktop.core.session import ConversationFeed, Session
from dify_desktop.ui import row_speech, sentences
from dify_desktop.ui.accessibility import spoken_row
from dify_desktop.ui.pinned_rows import PinnedRows
from dify_desktop.ui.row_changes import RowChanges
from dify_desktop.ui.row_looks import CellLook, muted, problem_color, row_font
from dify_desktop.ui.row_looks import Column as Column  # the list's columns, for its users
from dify_desktop.ui.tasks import TaskGroup, Tasks
from dify_desktop.ui.text import plain, tooltip
from dify_desktop.ui.times import exact_time, relative_time, short_time

log = logging.getLogger(__name__)

AnyIndex = QModelIndex | QPersistentModelIndex
_CONTEXT = "ConversationModel"
_translate = QCoreApplication.translate

HEADERS = {
    Column.NAME: QT_TRANSLATE_NOOP("ConversationModel", "Name"),
    Column.UPDATED: QT_TRANSLATE_NOOP("ConversationModel", "Last update"),
    Column.CREATED: QT_TRANSLATE_NOOP("ConversationModel", "Created"),
    Column.STATUS: QT_TRANSLATE_NOOP("ConversationModel", "Status"),
}

ConversationRole = Qt.ItemDataRole.UserRole + 1
IdRole = Qt.ItemDataRole.UserRole + 2
EditorSeedRole = Qt.ItemDataRole.UserRole + 4  # (text, auto_generate) to open the editor with
MessageRole = Qt.ItemDataRole.UserRole + 6  # the row's last outcome, in full
PinnedRole = Qt.ItemDataRole.UserRole + 8  # True for a pinned row (shown first, with a pin)

_IDLE = RowState()  # read only

_COLUMNS = len(Column)
#: flags computed once: each ``|`` of Qt's flag enums is a Python call, and a paint asks per cell
_SELECTABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_EDITABLE = _SELECTABLE | Qt.ItemFlag.ItemIsEditable
APPEND_EVERY_S = 0.25
_SERVED_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.AccessibleDescriptionRole,
        ConversationRole,
        IdRole,
        MessageRole,
        EditorSeedRole,
        PinnedRole,
        Qt.ItemDataRole.DecorationRole,
    }
)


class ConversationModel(PinnedRows, QAbstractTableModel):
    loadingChanged = Signal(bool)
    countsChanged = Signal()
    loadFailed = Signal(str)
    #: the status bar's line about a finished rename (naming the conversation), is a problem
    renameReported = Signal(str, bool)
    keyRejected = Signal()  # a 401 after calls that worked: the key was revoked

    def __init__(self, tasks: Tasks, parent: Any = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._session: Session | None = None
        self._feed: ConversationFeed | None = None
        self._rows: list[Conversation] = []
        self._pos: dict[str, int] = {}
        self._renames = RenameTracker(_Rows(self))
        self._changes = RowChanges(self, self.row_of, _COLUMNS)
        self._loading = False
        self._load_all = False
        self._load_error: str | None = None
        self._paused = False  # the person stopped loading; scrolling or load_all() resumes
        self._generation = 0  # bumps on every reset so late answers for an old list are dropped
        self._load_task: asyncio.Task[Any] | None = None
        self._pinned: frozenset[str] = frozenset()
        self._arrival: dict[str, int] = {}
        #: set by the filter while it has a needle: does a row no longer match it (then it is
        #: marked)? Here, not in the proxy: a proxy's Python data() doubles every paint's calls.
        self.outside_filter: Callable[[Conversation], bool] | None = None

    # ----------------------------------------------------------------- what is shown

    @property
    def user(self) -> str | None:
        return self._feed.user if self._feed else None

    @property
    def sort_by(self) -> str | None:
        return self._feed.sort_by if self._feed else None

    @property
    def loading(self) -> bool:
        return self._loading

    @property
    def load_error(self) -> str | None:
        return self._load_error

    @property
    def paused(self) -> bool:
        return self._paused

    @property
    def complete(self) -> bool:
        return self._feed is not None and self._feed.exhausted

    @property
    def incomplete_ties(self) -> bool:
        """The server's paging cannot reach every row (over 100 share one second)."""
        return self._feed is not None and self._feed.incomplete

    def saving_count(self) -> int:
        return self._renames.saving_count()

    def conversation(self, row: int) -> Conversation:
        return self._rows[row]

    def row_of(self, conversation_id: str) -> int | None:
        return self._pos.get(conversation_id)

    def state(self, conversation_id: str) -> RowState:
        return self._renames.state(conversation_id)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else _COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _translate(_CONTEXT, str(HEADERS[Column(section)]))
        return None

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        # One Python call where Qt's own index() makes two (rowCount and columnCount): the
        # filter proxy asks for a source index for every role of every cell it paints.
        if 0 <= row < len(self._rows) and 0 <= column < _COLUMNS and not parent.isValid():
            return self.createIndex(row, column)
        return QModelIndex()

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if index.isValid() and index.column() == Column.NAME:
            return _EDITABLE
        return _SELECTABLE

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A paint asks for every role of every visible cell: answer the unserved ones first.
        if role not in _SERVED_ROLES or not index.isValid() or index.row() >= len(self._rows):
            return None
        conv = self._rows[index.row()]
        state = self._renames.peek(conv.id) or _IDLE
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._shown_text(conv, state, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(conv, state, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:  # colour and italics say nothing to a reader
            if column == Column.NAME:
                return spoken_row(self._display(conv, state, column), row_speech.states(state))
            return row_speech.status(state) if column == Column.STATUS else None
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return row_speech.kept_text(state) if column == Column.NAME else None
        if role == ConversationRole:
            return conv
        if role == IdRole:
            return conv.id
        if role == PinnedRole:
            return conv.id in self._pinned
        if role == Qt.ItemDataRole.DecorationRole:
            return self._pin(conv, column)
        if role == MessageRole:
            return sentences.rename_message(state.note) if state.note else ""
        if role == EditorSeedRole:
            if state.typed is not None:
                return (state.typed, state.typed_auto)
            return (conv.name, False)
        if role == Qt.ItemDataRole.FontRole:
            return row_font(state, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(conv, state, column)
        return None

    def look(self, row: int, column: int) -> CellLook:
        """A painted cell's text, font, colour and icon in one call (``ui.row_delegate``)."""
        conv = self._rows[row]
        state = self._renames.peek(conv.id) or _IDLE
        return CellLook(
            self._shown_text(conv, state, column),
            row_font(state, column),
            self._foreground(conv, state, column),
            self._pin(conv, column),
        )

    def _shown_text(self, conv: Conversation, state: RowState, column: int) -> str:
        if column == Column.STATUS and self.outside_filter and self.outside_filter(conv):
            return sentences.outside_filter(self._display(conv, state, column))
        return self._display(conv, state, column)

    def _foreground(self, conv: Conversation, state: RowState, column: int) -> QColor | None:
        if column == Column.NAME and self.outside_filter and self.outside_filter(conv):
            return QApplication.palette().color(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        if state.saving and column == Column.NAME:
            return muted(QApplication.palette())
        if state.note and state.note.is_problem and column == Column.STATUS:
            return problem_color(QApplication.palette())
        return None

    def _display(self, conv: Conversation, state: RowState, column: int) -> str:
        if column == Column.NAME:
            if state.saving and state.pending_name is not None:
                return plain(state.pending_name)
            return plain(conv.name) if conv.name else _translate("ConversationModel", "(no name)")
        if column == Column.UPDATED:
            return relative_time(conv.updated_at)
        if column == Column.CREATED:
            return short_time(conv.created_at)
        if state.saving:
            return sentences.saving_label()
        return sentences.rename_label(state.note) if state.note else ""

    def _tooltip(self, conv: Conversation, state: RowState, column: int) -> str | None:
        if column == Column.NAME:
            return tooltip(f"{conv.name}\n\nid: {conv.id}")
        if column == Column.UPDATED:
            return exact_time(conv.updated_at)
        if column == Column.CREATED:
            return exact_time(conv.created_at)
        if state.note:
            message = sentences.rename_message(state.note)
            if state.typed and state.typed_exact:
                message += "\n\n" + sentences.name_to_put_back(state.typed)
            elif state.typed:
                message += "\n\n" + sentences.typed_is_kept(state.typed)
            return tooltip(message)
        return None

    # ----------------------------------------------------------------- loading

    def open(self, session: Session | None, user: str | None, sort_by: str) -> None:
        """Show ``user``'s conversations in ``sort_by`` order (or nothing), from the start."""
        # What rows were doing survives a refresh of the same list (a save still running, a
        # typed name kept); another user or app starts clean.
        same_list = session is self._session and user == self.user
        self.beginResetModel()
        self._generation += 1
        self._session = session
        self._feed = session.feed(user, sort_by) if session and user else None
        self._rows = []
        self._pos = {}
        self._arrival = {}
        self._renames.reset(keep=same_list)
        self._load_error = None
        self._load_all = False
        self._paused = False
        self.endResetModel()
        self.countsChanged.emit()
        if self._feed is not None:
            self.fetchMore(QModelIndex())

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return (
            not parent.isValid()
            and self._feed is not None
            and not self._feed.exhausted
            and not self._loading
            and self._load_error is None
            and not self._paused
        )

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._set_loading(True)
            self._load_task = self._tasks.spawn(self._load_batch(self._generation), TaskGroup.LOAD)

    def load_all(self) -> None:
        """Load every remaining row (the running batch, if any, carries on until the end)."""
        self._load_all = True
        self.resume()

    def resume(self) -> None:
        """Continue a stopped load from where it stopped."""
        self._paused = False
        self.fetchMore()

    def stop_loading(self) -> bool:
        """Stop waiting for rows that are loading (a slow or stuck server); the rows already
        shown stay, and :meth:`resume` continues from there. True when a load was running."""
        if not self._loading:
            return False
        task, self._load_task = self._load_task, None
        self._generation += 1  # anything still arriving for this load is dropped
        if task is not None:
            task.cancel()
        self._paused = True
        self._load_all = False  # scrolling resumes a page at a time; "Load all" asks again
        self._set_loading(False)
        self.countsChanged.emit()
        return True

    def stop_saves(self) -> int:
        """Stop waiting for the saves still running. Each may or may not have reached the
        server, so each row re-reads the server and shows what it holds. How many were stopped."""
        return self._renames.stop()

    async def _load_batch(self, generation: int) -> None:
        feed = self._feed
        assert feed is not None
        pending: list[Conversation] = []
        shown = time.monotonic()
        try:
            while True:
                asked = self._renames.clock()
                batch = await feed.next_batch()
                if generation != self._generation:
                    return
                pending += [self._renames.newest(conv, asked) for conv in batch]
                last = not self._load_all or feed.exhausted
                # Each insertion filters, lays out and counts the rows again: a few per second
                if last or time.monotonic() - shown >= APPEND_EVERY_S:
                    self._append(pending)
                    pending, shown = [], time.monotonic()
                if last:
                    break
        except asyncio.CancelledError:
            # Stop pauses this same feed, which has moved past the rows held back: show them.
            if pending and self._feed is feed:
                self._append(pending)
            raise
        except DifyError as exc:
            if generation != self._generation:
                return
            self._append(pending)
            self._load_error = sentences.say(listing_problem(exc))
            log.debug("loading conversations failed: %r", exc)
            self.loadFailed.emit(self._load_error)
            if isinstance(exc, AuthenticationError):
                self.keyRejected.emit()
        finally:
            if generation == self._generation:
                self._set_loading(False)
                self.countsChanged.emit()

    def retry_loading(self) -> None:
        self._load_error = None
        self.fetchMore()

    def _append(self, batch: list[Conversation]) -> None:
        fresh = [c for c in batch if c.id not in self._pos]
        for conv in batch:  # seen already: keep one row, with the newest data
            if conv.id in self._pos:
                self.replace(conv)
        if not fresh:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
        for offset, conv in enumerate(fresh):
            self._pos[conv.id] = first + offset
            self._arrival[conv.id] = len(self._arrival)
        self._rows.extend(fresh)
        self.endInsertRows()
        self.countsChanged.emit()  # "N loaded" follows a long load as it goes
        if not self._pinned.isdisjoint(c.id for c in fresh):
            self.set_pinned(self._pinned)

    def _set_loading(self, value: bool) -> None:
        if self._loading != value:
            self._loading = value
            self.loadingChanged.emit(value)

    def replace(self, conv: Conversation) -> None:
        """What the server answered replaces the row."""
        row = self._pos.get(conv.id)
        if row is not None:
            self._rows[row] = conv
            self._changes.add(conv.id)

    def tick(self) -> None:
        """Relative times move on: repaint the time column."""
        if self._rows:
            self.dataChanged.emit(
                self.index(0, Column.UPDATED),
                self.index(len(self._rows) - 1, Column.UPDATED),
                [Qt.ItemDataRole.DisplayRole],
            )

    # ----------------------------------------------------------------- renaming

    def request_rename(
        self, row: int, typed: str, auto_generate: bool, *, exact: bool = False
    ) -> str | None:
        """Start saving a row's new name (``exact``: a name put back as it was, not trimmed).
        Returns a sentence instead when it cannot be sent."""
        if self._session is None or self._feed is None:
            return sentences.say(problem(ProblemId.NOT_CONNECTED))
        kept = self._renames.state(self._rows[row].id)
        # The previous name offered again (F2) and saved unchanged is put back as it was.
        exact = exact or (kept.typed_exact and not auto_generate and typed == kept.typed)
        try:
            request = self._renames.begin(
                self._rows[row], self._feed.user, typed, auto_generate, exact=exact
            )
        except NameProblem as refused:
            return sentences.say(refused.problem)
        save = self._renames.save(self._session, request, self._feed.sort_by)
        self._tasks.spawn(save, TaskGroup.RENAME, name=f"rename {request.conversation.id}")
        return None

    def keep_typed(self, row: int, typed: str, auto_generate: bool, message: str) -> None:
        """Remember text that could not be sent, with the reason, so it is offered again."""
        self._renames.keep_typed(self._rows[row].id, typed, auto_generate, message)

    def retry(self, row: int) -> str | None:
        state = self._renames.state(self._rows[row].id)
        if state.typed is None:
            return sentences.say(problem(ProblemId.NOTHING_TO_RETRY))
        return self.request_rename(row, state.typed, state.typed_auto, exact=state.typed_exact)

    def remove(self, cid: str) -> None:
        row = self._pos.get(cid)
        if row is None:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self._pos = {c.id: i for i, c in enumerate(self._rows)}
        self._renames.forget(cid)
        self.endRemoveRows()
        self.countsChanged.emit()


class _Rows:
    """What the rename tracker tells the model (a :class:`RowListener`)."""

    def __init__(self, model: ConversationModel) -> None:
        self._model = model

    def current(self, conversation_id: str) -> Conversation | None:
        row = self._model.row_of(conversation_id)
        return self._model.conversation(row) if row is not None else None

    def row_changed(self, conversation_id: str) -> None:
        self._model._changes.add(conversation_id)

    def conversation_changed(self, conversation: Conversation) -> None:
        self._model.replace(conversation)

    def rename_finished(self, conversation_id: str, note: RowNote) -> None:
        message = sentences.rename_message(note)
        shown = self.current(conversation_id)
        name = note.old_name or (shown.name if shown else "")
        line = sentences.rename_status(name, conversation_id, message)
        self._model.renameReported.emit(line, note.is_problem)

    def key_rejected(self) -> None:
        self._model.keyRejected.emit()
