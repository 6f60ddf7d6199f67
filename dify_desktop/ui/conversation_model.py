"""The conversation list: rows fed batch by batch from the session (canFetchMore/fetchMore), plus
what each row is doing (saving, renamed, failed with the name the person typed)."""

from __future__ import annotations

import asyncio
import enum
import logging
import time
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from dify_desktop.api import AuthenticationError, Conversation, DifyError, NotFoundError
from dify_desktop.core.errors import explain
from dify_desktop.core.rename import (
    NameProblem,
    Outcome,
    RenameRequest,
    RenameResult,
    prepare_name,
)
from dify_desktop.core.session import ConversationFeed, Session
from dify_desktop.ui.tasks import TaskGroup, Tasks
from dify_desktop.ui.text import plain, tooltip

log = logging.getLogger(__name__)

AnyIndex = QModelIndex | QPersistentModelIndex


class Column(enum.IntEnum):
    NAME = 0
    UPDATED = 1
    CREATED = 2
    STATUS = 3


HEADERS = {
    Column.NAME: "Name",
    Column.UPDATED: "Last update",
    Column.CREATED: "Created",
    Column.STATUS: "Status",
}

ConversationRole = Qt.ItemDataRole.UserRole + 1
IdRole = Qt.ItemDataRole.UserRole + 2
SavingRole = Qt.ItemDataRole.UserRole + 3
EditorSeedRole = Qt.ItemDataRole.UserRole + 4  # (text, auto_generate) to open the editor with
ProblemRole = Qt.ItemDataRole.UserRole + 5
MessageRole = Qt.ItemDataRole.UserRole + 6  # the row's last outcome, in full

OUTCOME_LABELS = {
    Outcome.RENAMED: "✓ Renamed",
    Outcome.AUTO_UNCHANGED: "⚠ Name not generated",
    Outcome.NO_MESSAGES: "⚠ No messages yet",
    Outcome.FAILED: "⚠ Not renamed",
    Outcome.UNCERTAIN: "… Checking the server",
}


@dataclass(slots=True)
class RowState:
    """What a row shows beyond the server's conversation. Survives a refresh of the list."""

    saving: int = 0
    pending_name: str | None = None  # shown while a manual save runs
    typed: str | None = None  # kept after a failure so nothing the person typed is lost
    typed_auto: bool = False
    label: str = ""  # short, for the status column
    message: str = ""  # the whole story, for the tooltip and the status bar
    problem: bool = False
    changed: bool = False

    @property
    def idle(self) -> bool:
        return not (self.saving or self.typed is not None or self.message or self.changed)

    def note(self, label: str, message: str, *, problem: bool) -> None:
        self.label, self.message, self.problem = label, message, problem


def relative_time(when: datetime, now: datetime | None = None) -> str:
    now = now or datetime.now(UTC)
    seconds = int((now - when).total_seconds())
    if seconds < 45:
        return "just now"
    minutes = round(seconds / 60)
    if minutes < 60:
        return f"{minutes} min ago"
    hours = round(seconds / 3600)
    if hours < 24:
        return f"{hours} h ago"
    days = round(seconds / 86400)
    if days < 2:
        return "yesterday"
    if days < 30:
        return f"{days} days ago"
    return when.astimezone().strftime("%Y-%m-%d")


def exact_time(when: datetime) -> str:
    return when.astimezone().strftime("%Y-%m-%d %H:%M:%S %Z")


_COLUMNS = len(Column)
APPEND_EVERY_S = 0.25
_SERVED_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.ForegroundRole,
        ConversationRole,
        IdRole,
        SavingRole,
        ProblemRole,
        MessageRole,
        EditorSeedRole,
    }
)


class ConversationModel(QAbstractTableModel):
    loadingChanged = Signal(bool)
    countsChanged = Signal()
    loadFailed = Signal(str)
    renameFinished = Signal(str, str, bool)  # conversation id, message, is a problem
    keyRejected = Signal()  # a 401 after calls that worked: the key was revoked

    def __init__(self, tasks: Tasks, parent: Any = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._session: Session | None = None
        self._feed: ConversationFeed | None = None
        self._rows: list[Conversation] = []
        self._pos: dict[str, int] = {}
        self._state: dict[str, RowState] = {}
        self._loading = False
        self._load_all = False
        self._load_error: str | None = None
        self._generation = 0  # bumps on every reset so late answers for an old list are dropped
        self._load_task: asyncio.Task[Any] | None = None
        #: the rename calls waiting for the server (what Stop stops)
        self._calls: set[asyncio.Future[RenameResult]] = set()
        #: the server's answer to a save (or a re-read) per conversation, and when it came: a
        #: list asked for before that must not bring an older name back
        self._answered: dict[str, tuple[float, Conversation]] = {}

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
    def complete(self) -> bool:
        return self._feed is not None and self._feed.exhausted

    @property
    def incomplete_ties(self) -> bool:
        """The server's paging cannot reach every row (over 100 share one second)."""
        return self._feed is not None and self._feed.incomplete

    def saving_count(self) -> int:
        return sum(s.saving for s in self._state.values())

    def conversation(self, row: int) -> Conversation:
        return self._rows[row]

    def row_of(self, conversation_id: str) -> int | None:
        return self._pos.get(conversation_id)

    def state(self, conversation_id: str) -> RowState:
        return self._state.get(conversation_id) or RowState()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else _COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[Column(section)]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and index.column() == Column.NAME:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A paint asks for every role of every visible cell: answer the unserved ones first.
        if role not in _SERVED_ROLES or not index.isValid() or index.row() >= len(self._rows):
            return None
        conv = self._rows[index.row()]
        state = self._state.get(conv.id)
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(conv, state, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(conv, state, column)
        if role == ConversationRole:
            return conv
        if role == IdRole:
            return conv.id
        if role == SavingRole:
            return bool(state and state.saving)
        if role == ProblemRole:
            return bool(state and state.problem)
        if role == MessageRole:
            return state.message if state else ""
        if role == EditorSeedRole:
            if state and state.typed is not None:
                return (state.typed, state.typed_auto)
            return (conv.name, False)
        if role == Qt.ItemDataRole.FontRole and state:
            if state.saving and column in (Column.NAME, Column.STATUS):
                font = QFont()
                font.setItalic(True)
                return font
            if state.changed and column == Column.NAME:
                font = QFont()
                font.setBold(True)
                return font
        if role == Qt.ItemDataRole.ForegroundRole and state:
            palette = QApplication.palette()
            if state.saving and column == Column.NAME:
                return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
            if state.problem and column == Column.STATUS:
                return _problem_color(palette)
        return None

    def _display(self, conv: Conversation, state: RowState | None, column: int) -> str:
        if column == Column.NAME:
            if state and state.saving and state.pending_name is not None:
                return plain(state.pending_name)
            return plain(conv.name) if conv.name else "(no name)"
        if column == Column.UPDATED:
            return relative_time(conv.updated_at)
        if column == Column.CREATED:
            return conv.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
        if state is None:
            return ""
        if state.saving:
            return "Saving…"
        return state.label

    def _tooltip(self, conv: Conversation, state: RowState | None, column: int) -> str | None:
        if column == Column.NAME:
            return tooltip(f"{conv.name}\n\nid: {conv.id}")
        if column == Column.UPDATED:
            return exact_time(conv.updated_at)
        if column == Column.CREATED:
            return exact_time(conv.created_at)
        if state and state.message:
            extra = f"\n\nWhat you typed is kept: {state.typed}" if state.typed else ""
            return tooltip(state.message + extra)
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
        self._state = {
            cid: replace(s, changed=False)
            for cid, s in self._state.items()
            if same_list and (s.saving or s.typed is not None)
        }
        self._load_error = None
        self._load_all = False
        self.endResetModel()
        self.countsChanged.emit()
        if self._feed is not None:
            self.fetchMore(QModelIndex())

    def refresh(self) -> None:
        if self._session and self._feed:
            self.open(self._session, self._feed.user, self._feed.sort_by)

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return (
            not parent.isValid()
            and self._feed is not None
            and not self._feed.exhausted
            and not self._loading
            and self._load_error is None
        )

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._set_loading(True)
            self._load_task = self._tasks.spawn(self._load_batch(self._generation), TaskGroup.LOAD)

    def load_all(self) -> None:
        """Load every remaining row (the running batch, if any, carries on until the end)."""
        self._load_all = True
        if self.canFetchMore():
            self._set_loading(True)
            self._load_task = self._tasks.spawn(self._load_batch(self._generation), TaskGroup.LOAD)

    def stop_loading(self) -> bool:
        """Stop waiting for rows that are loading (a slow or stuck server); the rows already
        shown stay. True when a load was running."""
        if not self._loading:
            return False
        task, self._load_task = self._load_task, None
        self._generation += 1  # anything still arriving for this load is dropped
        if task is not None:
            task.cancel()
        self._load_error = "Loading was stopped."
        self._set_loading(False)
        self.countsChanged.emit()
        return True

    def stop_saves(self) -> int:
        """Stop waiting for the saves still running. Each may or may not have reached the
        server, so each row re-reads the server and shows what it holds. How many were stopped."""
        calls = [call for call in self._calls if not call.done()]
        for call in calls:
            call.cancel()
        return len(calls)

    async def _load_batch(self, generation: int) -> None:
        feed = self._feed
        assert feed is not None
        pending: list[Conversation] = []
        shown = time.monotonic()
        try:
            while True:
                asked = time.monotonic()
                batch = await feed.next_batch()
                if generation != self._generation:
                    return
                pending += [self._newest(conv, asked) for conv in batch]
                last = not self._load_all or feed.exhausted
                # Qt repaints the whole list after every insertion: at most a few per second
                if last or asked - shown >= APPEND_EVERY_S:
                    self._append(pending)
                    pending, shown = [], time.monotonic()
                if last:
                    break
        except DifyError as exc:
            if generation != self._generation:
                return
            self._append(pending)
            self._load_error = (
                "The list was not found (404): check the connection's address (it usually ends "
                "in /v1), or a conversation was deleted while the list loaded."
                if isinstance(exc, NotFoundError)
                else explain(exc)
            )
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
        updates = [c for c in batch if c.id in self._pos]
        for conv in updates:  # seen already: keep one row, with the newest data
            self._replace(conv)
        if not fresh:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
        for offset, conv in enumerate(fresh):
            self._pos[conv.id] = first + offset
        self._rows.extend(fresh)
        self.endInsertRows()

    def _newest(self, conv: Conversation, asked: float) -> Conversation:
        """``conv`` from a list asked for at ``asked``, or a save's answer that came later."""
        known = self._answered.get(conv.id)
        if known is None:
            return conv
        if known[0] <= asked:  # the list is at least as fresh: forget the answer
            del self._answered[conv.id]
            return conv
        return known[1] if known[1].updated_at >= conv.updated_at else conv

    def _set_loading(self, value: bool) -> None:
        if self._loading != value:
            self._loading = value
            self.loadingChanged.emit(value)

    def _replace(self, conv: Conversation) -> None:
        row = self._pos.get(conv.id)
        if row is not None:
            self._rows[row] = conv
            self._row_changed(row)

    def _row_changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))

    def _set_state(self, conversation_id: str, state: RowState) -> None:
        if state.idle:
            self._state.pop(conversation_id, None)
        else:
            self._state[conversation_id] = state
        row = self._pos.get(conversation_id)
        if row is not None:
            self._row_changed(row)

    def tick(self) -> None:
        """Relative times move on: repaint the time column."""
        if self._rows:
            self.dataChanged.emit(
                self.index(0, Column.UPDATED),
                self.index(len(self._rows) - 1, Column.UPDATED),
                [Qt.ItemDataRole.DisplayRole],
            )

    # ----------------------------------------------------------------- renaming

    def request_rename(self, row: int, typed: str, auto_generate: bool) -> str | None:
        """Start saving a row's new name. Returns a message instead when it cannot be sent."""
        if self._session is None or self._feed is None:
            return "Not connected."
        conv = self._rows[row]
        state = replace(self.state(conv.id))
        if not auto_generate:
            try:
                name = prepare_name(typed)
            except NameProblem as problem:
                return str(problem)
            state.pending_name = name
        else:
            state.pending_name = None
        state.saving += 1
        state.note("", "", problem=False)
        state.typed = None
        self._set_state(conv.id, state)
        request = RenameRequest(conv, self._feed.user, typed, auto_generate)
        self._tasks.spawn(
            self._save(self._session, request), TaskGroup.RENAME, name=f"rename {conv.id}"
        )
        return None

    def keep_typed(self, row: int, typed: str, auto_generate: bool, message: str) -> None:
        """Remember text that could not be sent, with the reason, so it is offered again."""
        conv = self._rows[row]
        state = replace(self.state(conv.id), typed=typed, typed_auto=auto_generate)
        state.note("⚠ Not sent", message, problem=True)
        self._set_state(conv.id, state)

    def retry(self, row: int) -> str | None:
        state = self.state(self._rows[row].id)
        if state.typed is None:
            return "Nothing to retry."
        return self.request_rename(row, state.typed, state.typed_auto)

    async def _save(self, session: Session, request: RenameRequest) -> None:
        cid = request.conversation.id
        try:
            # The row may have changed since the editor opened (an earlier save finished).
            current = self._current(cid) or request.conversation
            sent = replace(request, conversation=current)
            call = asyncio.ensure_future(session.rename(sent))
            self._calls.add(call)
            try:
                result = await call
            except asyncio.CancelledError:
                task = asyncio.current_task()
                if not call.cancelled() or (task is not None and task.cancelling()):
                    raise  # the window is closing: stop for real
                # The person pressed Stop: the request may have reached the server.
                result = RenameResult(
                    sent,
                    Outcome.UNCERTAIN,
                    None,
                    "You stopped waiting for the server. The name may or may not have been "
                    "saved; showing what the server holds now.",
                )
            finally:
                self._calls.discard(call)
        finally:
            state = replace(self.state(cid))
            state.saving = max(0, state.saving - 1)
            if not state.saving:
                state.pending_name = None
            self._state[cid] = state
        if result.conversation is not None:
            self._answered[cid] = (time.monotonic(), result.conversation)
            self._replace(result.conversation)
        label = OUTCOME_LABELS[result.outcome]
        if result.outcome is Outcome.FAILED and result.error and result.error.status:
            label += f" ({result.error.status})"
        state.note(label, result.message, problem=not result.ok)
        if result.ok:
            state.changed = True
            state.typed = None
        elif result.outcome in (Outcome.FAILED, Outcome.UNCERTAIN):
            state.typed, state.typed_auto = request.typed, request.auto_generate
        self._set_state(cid, state)
        self.renameFinished.emit(cid, result.message, not result.ok)
        if isinstance(result.error, AuthenticationError):
            self.keyRejected.emit()
        if result.outcome is Outcome.UNCERTAIN:
            cause = explain(result.error) if result.error else "You stopped waiting for the server."
            await self._reread(session, result.request, cause)

    async def _reread(self, session: Session, request: RenameRequest, cause: str) -> None:
        """After a save without a usable answer: show what the server holds, and say whether it
        has the new name. ``cause`` names what went wrong with the save."""
        cid, user = request.conversation.id, request.user
        sort_by = self._feed.sort_by if self._feed else "-updated_at"
        try:
            found = await session.reread(user, {cid}, sort_by)
        except DifyError as exc:
            log.debug("re-reading after an uncertain save failed: %r", exc)
            state = replace(self.state(cid))
            state.note(
                "⚠ Unknown",
                f"{state.message} Re-reading the server failed too: {explain(exc)}",
                problem=True,
            )
            self._set_state(cid, state)
            self.renameFinished.emit(cid, state.message, True)
            return
        conv = found.get(cid)
        state = replace(self.state(cid))
        if conv is None:
            state.note(
                "⚠ Not found",
                "The server no longer lists this conversation (deleted?).",
                problem=True,
            )
        else:
            self._answered[cid] = (time.monotonic(), conv)
            self._replace(conv)
            before = request.conversation.name
            if request.auto_generate:  # a generated name is any new, non-blank name
                saved = conv.name != before and bool(conv.name.strip())
            else:
                saved = conv.name == request.typed.strip()
            if saved:
                state.note(
                    "✓ Renamed (confirmed)",
                    f"{cause} Checked: the server did save the new name.",
                    problem=False,
                )
                state.typed = None
                state.changed = True
            else:
                held = "the old name" if conv.name == before else "a different name"
                state.note(
                    "⚠ Not renamed",
                    f"{cause} Checked: the server still has {held}, so it was not renamed. "
                    "What you typed is kept: press F2 to retry.",
                    problem=True,
                )
        self._set_state(cid, state)
        self.renameFinished.emit(cid, state.message, state.problem)

    def _current(self, cid: str) -> Conversation | None:
        row = self._pos.get(cid)
        return self._rows[row] if row is not None else None

    def remove(self, cid: str) -> None:
        row = self._pos.get(cid)
        if row is None:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self._pos = {c.id: i for i, c in enumerate(self._rows)}
        self._state.pop(cid, None)
        self.endRemoveRows()
        self.countsChanged.emit()


def _problem_color(palette: QPalette) -> Any:
    from PySide6.QtGui import QColor

    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    return QColor("#ff8a80") if dark else QColor("#b3261e")


class ConversationFilter(QSortFilterProxyModel):
    """Filters the loaded rows by name or id. A filter never triggers fetching more rows."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._needle = ""
        # Without a needle no change can hide a row: re-filtering every row on each dataChanged
        # (the clock's refresh of the time column) would cost one Python call per row.
        self.setDynamicSortFilter(False)

    def set_needle(self, text: str) -> None:
        self.beginFilterChange()
        self._needle = text.strip().casefold()
        self.setDynamicSortFilter(bool(self._needle))
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    @property
    def active(self) -> bool:
        return bool(self._needle)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if not self._needle:
            return True
        model = self.sourceModel()
        assert isinstance(model, ConversationModel)
        conv = model.conversation(source_row)
        return self._needle in conv.name.casefold() or self._needle in conv.id.casefold()

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not self._needle and super().canFetchMore(parent)

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if not self._needle:
            super().fetchMore(parent)
