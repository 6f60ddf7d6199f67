"""The conversation list: one end user's conversations of the open session, the fields that
choose them (end user, sort, filter), their counts and empty states, loading and stopping."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QWidget,
)

from dify_desktop.api import SORT_ORDERS, Conversation
from dify_desktop.core.profiles import Profile
from dify_desktop.core.session import Session
from dify_desktop.core.settings import SORT_BY
from dify_desktop.ui.actions import make_action
from dify_desktop.ui.context import AppContext
from dify_desktop.ui.conversation_filter import ConversationFilter
from dify_desktop.ui.conversation_model import (
    Column,
    ConversationModel,
    ConversationRole,
)
from dify_desktop.ui.list_keys import EscClearsFilter, ResumeOnScroll
from dify_desktop.ui.list_texts import counts_text, empty_text
from dify_desktop.ui.list_view import ListView
from dify_desktop.ui.rename_delegate import RenameDelegate
from dify_desktop.ui.reporter import Reporter, Topic
from dify_desktop.ui.row_delegate import RowDelegate
from dify_desktop.ui.status_bar import PermanentLabel
from dify_desktop.ui.text import plain

SORT_LABELS = {
    "-updated_at": QT_TRANSLATE_NOOP("ConversationList", "Last update, newest first"),
    "updated_at": QT_TRANSLATE_NOOP("ConversationList", "Last update, oldest first"),
    "-created_at": QT_TRANSLATE_NOOP("ConversationList", "Created, newest first"),
    "created_at": QT_TRANSLATE_NOOP("ConversationList", "Created, oldest first"),
}


class Current(NamedTuple):
    session: Session
    user: str
    conversation: Conversation


class ConversationList(QStackedWidget):
    """The list, or a sentence saying why there is none (its two pages)."""

    #: the first page of the first list has been shown (for --smoke-test)
    firstPageShown = Signal()
    #: loading the first page failed, and why (for --smoke-test)
    firstPageFailed = Signal(str)
    #: another conversation (or none) is the current one
    currentChanged = Signal()

    def __init__(
        self, context: AppContext, reporter: Reporter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = context
        self.reporter = reporter
        self.session: Session | None = None
        self._profile_id: str | None = None
        self._first_page_reported = False

        self.model = ConversationModel(context.tasks, self)
        self.proxy = ConversationFilter(self)
        self.proxy.setSourceModel(self.model)
        self.view = self._make_view()
        self.delegate = RenameDelegate(self.view)
        self.view.setItemDelegateForColumn(Column.NAME, self.delegate)

        self.empty = QLabel()
        self.empty.setObjectName("emptyState")
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setMargin(40)
        self.addWidget(self.view)
        self.addWidget(self.empty)

        self.counts_label = PermanentLabel()
        self.counts_label.setObjectName("countsLabel")
        self.counts_label.setContentsMargins(8, 0, 8, 0)
        self._make_fields()
        self._make_actions()

        # Saves that start and finish ask for the counts once per loop turn (update_counts_soon):
        # a turn in which many finish would otherwise lay the status bar out for each of them.
        self._counts_soon = QTimer(self, singleShot=True, interval=0)
        self._counts_soon.timeout.connect(self.update_counts)
        self.model.countsChanged.connect(self.update_counts)
        self.model.loadingChanged.connect(self._loading_changed)
        self.model.loadFailed.connect(self._load_failed)
        self.proxy.modelReset.connect(self.currentChanged)  # the current row went with the rows
        self.reporter.currentChanged.connect(self._update_empty_state)  # connecting, failed
        ResumeOnScroll(self.view, self.model, self.proxy)
        self.model.rowsInserted.connect(self._rows_arrived)
        for signal in (
            self.proxy.rowsInserted,
            self.proxy.rowsRemoved,
            self.proxy.modelReset,
            self.proxy.layoutChanged,
        ):
            signal.connect(self._update_empty_state)
        self.view.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.view.selectionModel().selectionChanged.connect(self.update_counts)

        self._clock = QTimer(self, interval=30_000)
        self._clock.timeout.connect(self.model.tick)
        self._clock.start()
        self.update_counts()

    # ---------------------------------------------------------------- building

    def _make_view(self) -> ListView:
        view = ListView()
        view.setObjectName("conversationList")
        view.setModel(self.proxy)
        view.setItemDelegate(RowDelegate(view))
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Shift/Ctrl click, Shift+arrows and Ctrl+A (loaded rows) select several, for bulk work.
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setTabKeyNavigation(False)
        view.setWordWrap(False)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.setShowGrid(False)
        view.setAlternatingRowColors(True)
        view.setSortingEnabled(False)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        vertical = view.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(max(30, view.fontMetrics().height() + 14))
        header = view.horizontalHeader()
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        # The times fit "2026-03-27 16:32"; the status, mostly empty, elides (its tooltip holds
        # the whole sentence); the name takes the rest.
        metrics = view.fontMetrics()
        time_width = metrics.horizontalAdvance("2026-03-27 16:32") + 20
        for column, width in (
            (Column.UPDATED, time_width),
            (Column.CREATED, time_width),
            (Column.STATUS, metrics.averageCharWidth() * 22),
        ):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            view.setColumnWidth(column, width)
        # In a narrow window the name stays readable; the list scrolls sideways instead.
        header.setMinimumSectionSize(metrics.averageCharWidth() * 22)
        header.setHighlightSections(False)
        return view

    def _make_fields(self) -> None:
        """The toolbar's fields that choose what the list shows (the window places them)."""
        self.user_combo = QComboBox()
        self.user_combo.setObjectName("userCombo")
        self.user_combo.setEditable(True)
        self.user_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.user_combo.setMinimumContentsLength(36)  # a UUID, as many products send
        user_edit = self.user_combo.lineEdit()
        assert user_edit is not None  # the combo is editable
        user_edit.setPlaceholderText(self.tr("end-user id, as your product sends it"))
        user_edit.returnPressed.connect(self._user_entered)
        self.user_combo.activated.connect(lambda _i: self._user_entered())

        self.sort_combo = QComboBox()
        self.sort_combo.setObjectName("sortCombo")
        for order in SORT_ORDERS:
            self.sort_combo.addItem(self.tr(str(SORT_LABELS[order])), order)
        saved = str(SORT_BY.read(self.ctx.settings))
        self.sort_combo.setCurrentIndex(max(0, self.sort_combo.findData(saved)))
        self.sort_combo.activated.connect(lambda _i: self._sort_chosen())

        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("filterEdit")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setPlaceholderText(self.tr("Filter by name or id (Ctrl+F)"))
        self.filter_edit.setMinimumWidth(170)
        self.filter_edit.textChanged.connect(self._filter_changed)
        self.filter_edit.returnPressed.connect(self.view.setFocus)
        EscClearsFilter(self.filter_edit)

    def _make_actions(self) -> None:
        self.refresh_action = make_action(
            self, self.tr("Refresh"), self.refresh, QKeySequence.StandardKey.Refresh, "Ctrl+R", "F5"
        )
        self.stop_action = make_action(self, self.tr("Stop"), self.stop)
        self.stop_action.setToolTip(
            self.tr(
                "Stop waiting for the server: stop loading the list (Esc) and stop waiting for "
                "saves (each row then shows what the server holds)"
            )
        )
        self.stop_action.setEnabled(False)
        # Esc stops loading (enabled only then; the rename editor keeps its own Esc), never a
        # save: Esc right after Enter must not undo it.
        self.stop_loading_action = make_action(
            self, self.tr("Stop loading"), self.stop_loading, "Esc"
        )
        self.stop_loading_action.setEnabled(False)
        self.load_all_action = make_action(self, self.tr("Load all"), self.model.load_all)
        self.load_all_action.setToolTip(
            self.tr("Load every conversation of this user (the filter then searches all of them)")
        )
        self.find_action = make_action(
            self, self.tr("Filter"), self._focus_filter, QKeySequence.StandardKey.Find, "Ctrl+F"
        )

    def window_actions(self) -> list[QAction]:
        """The actions whose shortcuts work anywhere in the window."""
        return [
            self.refresh_action,
            self.stop_action,
            self.stop_loading_action,
            self.load_all_action,
            self.find_action,
        ]

    # ---------------------------------------------------------------- what is shown

    def show_session(
        self, session: Session | None, profile: Profile | None, user: str | None
    ) -> None:
        """Show ``user`` of ``session`` (by default: the one shown if the profile is the same,
        else the profile's last one); nothing when ``session`` is None."""
        chosen = self.list_to_open(profile, user) if profile is not None else None
        self.session, self._profile_id = session, profile.id if profile else None
        if session is None or profile is None:
            self.model.open(None, None, self.sort_order())
            self.reporter.clear(Topic.LOADING)
            return
        self._offer_users(profile.recent_users)
        self.open_user(chosen[0] if chosen else None)

    def list_to_open(self, profile: Profile, user: str | None) -> tuple[str, str] | None:
        """The end user and the order :meth:`show_session` lists for ``profile`` (None: no
        list), so that the connection can ask for its first page while it connects."""
        if user is None and profile.id == self._profile_id:
            user = self.model.user
        user = (user or (profile.recent_users[0] if profile.recent_users else "") or "").strip()
        return (user, self.sort_order()) if user else None

    def _offer_users(self, recent: tuple[str, ...]) -> None:
        """The End user box's list: the recent users, then the suggested ones (the demo's)."""
        offered = dict.fromkeys(plain(u, 200) for u in (*recent, *self.ctx.suggested_users))
        self.user_combo.clear()
        self.user_combo.addItems(list(offered))

    def add_recent_user(self, user: str) -> None:
        """Offer ``user`` first, at once; what is typed in the box stays as it is."""
        edit = self.user_combo.lineEdit()
        assert edit is not None  # the combo is editable
        text, cursor = edit.text(), edit.cursorPosition()
        recent = plain(user, 200)
        others = [self.user_combo.itemText(i) for i in range(self.user_combo.count())]
        self.user_combo.clear()
        self.user_combo.addItems([recent, *(u for u in others if u != recent)])
        edit.setText(text)
        edit.setCursorPosition(cursor)

    def focus_user_field(self) -> None:
        """The cursor in the End user box, its text selected: typing replaces it."""
        edit = self.user_combo.lineEdit()
        assert edit is not None  # the combo is editable
        self.user_combo.setFocus(Qt.FocusReason.ShortcutFocusReason)  # it passes keys to its edit
        edit.selectAll()

    def key_renewed(self) -> None:
        if self.model.load_error:
            self.model.retry_loading()

    def sort_order(self) -> str:
        return str(self.sort_combo.currentData() or SORT_BY.default)

    def open_user(self, user: str | None) -> None:
        user = (user or "").strip() or None
        self.user_combo.setEditText(user or "")
        self.model.open(self.session, user, self.sort_order())
        self.currentChanged.emit()
        self._update_empty_state()

    def _user_entered(self) -> None:
        user = self.user_combo.currentText().strip()
        if user and user != self.model.user:
            self.open_user(user)
            self.view.setFocus()

    def _sort_chosen(self) -> None:
        if not self.ctx.ephemeral:
            self.ctx.settings.setValue(SORT_BY.name, self.sort_order())
        self.refresh()

    def stop_loading(self) -> None:
        if self.model.stop_loading():
            self._loading_stopped()
            self._update_empty_state()

    def stop(self) -> None:
        """Stop waiting for the server: the list loading and the saves still running."""
        if self.model.stop_loading():
            self._loading_stopped()
        saves = self.model.stop_saves()
        if saves:
            self.reporter.warning(
                self.tr(
                    "Stopped waiting for %n save(s): checking what the server holds.", "", saves
                )
            )
        self.update_counts()

    def _loading_stopped(self) -> None:
        self.reporter.warning(
            self.tr("Loading stopped — scroll down or use “Load all” to continue; F5 reloads."),
            topic=Topic.LOADING,
        )

    def _loading_changed(self, busy: bool) -> None:
        if busy:  # a new load: what was said about the last one no longer holds
            self.reporter.clear(Topic.LOADING)
        self.update_counts()

    def refresh(self) -> None:
        self.model.open(self.session, self.model.user, self.sort_order())
        self._update_empty_state()

    def _filter_changed(self, text: str) -> None:
        self.proxy.set_needle(text)
        self._update_empty_state()
        self.update_counts()

    def _focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def _rows_arrived(self) -> None:
        self._update_empty_state()
        if not self.view.currentIndex().isValid() and self.proxy.rowCount() > 0:
            self.view.setCurrentIndex(self.proxy.index(0, Column.NAME))
            if self.window().focusWidget() not in (self.filter_edit, self.user_combo):
                self.view.setFocus()  # keyboard first: arrows and F2 work at once
        self._first_page(None)

    def _load_failed(self, message: str) -> None:
        self.reporter.error(
            self.tr("Could not load conversations: {0}").format(message), topic=Topic.LOADING
        )
        self._update_empty_state()
        self._first_page(message)

    def _first_page(self, problem: str | None) -> None:
        if self._first_page_reported:
            return
        self._first_page_reported = True
        if problem is None:
            QTimer.singleShot(0, self, self.firstPageShown.emit)
        else:
            self.firstPageFailed.emit(problem)

    def update_counts_soon(self) -> None:
        """:meth:`update_counts` on the loop's next turn, once however often it is asked."""
        self._counts_soon.start()

    def update_counts(self) -> None:
        model = self.model
        saving = model.saving_count()
        text = counts_text(model, self.proxy, saving)
        selected = len(self.view.selectionModel().selectedRows())
        if selected > 1:
            text += self.tr(" · {0} selected").format(selected)
        self.counts_label.setText(text)
        self.load_all_action.setEnabled(model.canFetchMore() or model.paused)
        self.stop_action.setEnabled(model.loading or saving > 0)
        self.stop_loading_action.setEnabled(model.loading)
        self._update_empty_state()
        if model.complete and model.rowCount() == 0 and model.user:
            self._first_page(None)

    def _update_empty_state(self) -> None:
        text = empty_text(
            self.model,
            self.proxy,
            self.filter_edit.text(),
            connected=self.session is not None,
            ephemeral=self.ctx.ephemeral,
            connection=self.reporter.current(Topic.CONNECTION),
        )
        self.empty.setText(text)
        self.setCurrentWidget(self.empty if text else self.view)

    def _current_row_changed(self) -> None:
        self.currentChanged.emit()

    def current_conversation(self) -> Conversation | None:
        index = self.view.currentIndex()
        conv = index.data(ConversationRole) if index.isValid() else None
        return conv if isinstance(conv, Conversation) else None

    def current(self) -> Current | None:
        """The open session, end user and current conversation, if there is one."""
        conv = self.current_conversation()
        if conv is None or self.session is None or not self.model.user:
            return None
        return Current(self.session, self.model.user, conv)

    def selected_conversations(self) -> list[Conversation]:
        """The selected rows' conversations, in the list's order."""
        rows = sorted(index.row() for index in self.view.selectionModel().selectedRows())
        found = [self.proxy.index(row, 0).data(ConversationRole) for row in rows]
        return [conv for conv in found if isinstance(conv, Conversation)]

    def source_row(self, index: QModelIndex | QPersistentModelIndex) -> int:
        """The model's row of a row of the view."""
        return self.proxy.mapToSource(self.proxy.index(index.row(), 0)).row()

    def shutdown(self) -> None:
        self._clock.stop()
