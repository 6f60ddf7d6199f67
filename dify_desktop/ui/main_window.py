"""The main window: pick a profile and an end user, list their conversations, rename inline."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QByteArray, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QFont,
    QGuiApplication,
    QIcon,
    QKeySequence,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolBar,
    QToolButton,
)

from dify_desktop.api import SORT_ORDERS, AuthenticationError, DifyError
from dify_desktop.core.credentials import KeyringProblem
from dify_desktop.core.profiles import Profile
from dify_desktop.core.session import Session, connect
from dify_desktop.ui.connection_dialog import ConnectionDialog, explain_connect
from dify_desktop.ui.context import AppContext
from dify_desktop.ui.conversation_model import (
    Column,
    ConversationFilter,
    ConversationModel,
    ConversationRole,
)
from dify_desktop.ui.rename_delegate import RenameDelegate
from dify_desktop.ui.sentences import explain
from dify_desktop.ui.tasks import TaskGroup
from dify_desktop.ui.text import block, isolated, plain

log = logging.getLogger(__name__)

SORT_LABELS = {
    "-updated_at": "Last update, newest first",
    "updated_at": "Last update, oldest first",
    "-created_at": "Created, newest first",
    "created_at": "Created, oldest first",
}
EMPTY_USER_HINT = (
    "The service API only sees conversations created through the API (not those from Dify's own "
    "web app or debugger), and only those of this exact end-user id. Note: looking up an id the "
    "server has never seen registers it there as a new, empty end user."
)


class MainWindow(QMainWindow):
    #: the first page of the first list has been shown (for --smoke-test)
    firstPageShown = Signal()
    #: loading the first page failed (for --smoke-test)
    firstPageFailed = Signal(str)

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.ctx = context
        self.session: Session | None = None
        self.profile: Profile | None = None
        self._closing = False
        self._first_page_reported = False
        self.last_problem = ""
        self.connection_dialog: ConnectionDialog | None = None
        self.setWindowTitle("Dify Desktop")
        self.setObjectName("mainWindow")

        self.model = ConversationModel(context.tasks, self)
        self.proxy = ConversationFilter(self)
        self.proxy.setSourceModel(self.model)
        self.view = self._make_view()
        self.delegate = RenameDelegate(self.view)
        self.view.setItemDelegateForColumn(Column.NAME, self.delegate)
        self.delegate.renameRequested.connect(self._rename_requested)
        self.delegate.renameRefused.connect(self._rename_refused)

        self.empty = QLabel()
        self.empty.setObjectName("emptyState")
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setMargin(40)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)

        self.messages = QPlainTextEdit()
        self.messages.setObjectName("messagesPane")
        self.messages.setReadOnly(True)
        self.messages.setPlaceholderText("Select a conversation to read it.")
        self.messages.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        splitter = QSplitter()
        splitter.addWidget(self.stack)
        splitter.addWidget(self.messages)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.setCentralWidget(splitter)

        self._make_actions()
        self._make_toolbar()
        self._make_status_bar()

        self.model.countsChanged.connect(self._update_counts)
        self.model.loadingChanged.connect(lambda _busy: self._update_counts())
        self.model.loadFailed.connect(self._load_failed)
        self.model.rowsInserted.connect(self._rows_arrived)
        self.model.renameFinished.connect(self._rename_finished)
        self.model.keyRejected.connect(self._key_rejected)
        self.proxy.rowsInserted.connect(self._update_empty_state)
        self.proxy.rowsRemoved.connect(self._update_empty_state)
        self.proxy.modelReset.connect(self._update_empty_state)
        self.proxy.layoutChanged.connect(self._update_empty_state)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)

        self._message_timer = QTimer(self, singleShot=True, interval=250)
        self._message_timer.timeout.connect(self._load_messages)
        self._clock = QTimer(self, interval=30_000)
        self._clock.timeout.connect(self.model.tick)
        self._clock.start()

        self._restore_geometry()
        self._refresh_profiles()
        self.view.setFocus()
        self._update_counts()

    # ---------------------------------------------------------------- building

    def _make_view(self) -> QTableView:
        view = QTableView()
        view.setObjectName("conversationList")
        view.setModel(self.proxy)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setTabKeyNavigation(False)
        view.setWordWrap(False)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.setShowGrid(False)
        view.setAlternatingRowColors(True)
        view.setSortingEnabled(False)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._context_menu)
        view.doubleClicked.connect(self._double_clicked)
        vertical = view.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(max(30, view.fontMetrics().height() + 14))
        header = view.horizontalHeader()
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        for column, width in ((Column.UPDATED, 110), (Column.CREATED, 130), (Column.STATUS, 200)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            view.setColumnWidth(column, width)
        header.setHighlightSections(False)
        return view

    def _make_actions(self) -> None:
        def action(
            text: str, slot: Any, *keys: QKeySequence | QKeySequence.StandardKey | str
        ) -> QAction:
            act = QAction(text, self)
            act.triggered.connect(slot)
            sequences: list[QKeySequence] = []
            for key in keys:  # a standard key may already be one of the others
                sequences += (
                    [k for k in QKeySequence.keyBindings(key) if k not in sequences]
                    if isinstance(key, QKeySequence.StandardKey)
                    else [QKeySequence(key)]
                )
            act.setShortcuts(list(dict.fromkeys(sequences)))
            self.addAction(act)
            return act

        self.rename_action = QAction("Rename…", self.view)
        self.rename_action.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.rename_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.rename_action.triggered.connect(self.start_rename)
        self.view.addAction(self.rename_action)
        self.retry_action = action("Retry rename", self._retry_rename)
        self.copy_id_action = action("Copy conversation id", self._copy_id)
        self.delete_action = action("Delete conversation…", self._delete_current)
        self.refresh_action = action(
            "Refresh", self.refresh, QKeySequence.StandardKey.Refresh, "Ctrl+R", "F5"
        )
        self.stop_action = action("Stop", self.stop)
        self.stop_action.setToolTip(
            "Stop waiting for the server: stop loading the list (Esc) and stop waiting for "
            "saves (each row then shows what the server holds)"
        )
        self.stop_action.setEnabled(False)
        # Esc stops loading (enabled only then; the rename editor keeps its own Esc), never a
        # save: Esc right after Enter must not undo it.
        self.stop_loading_action = action("Stop loading", self.stop_loading, "Esc")
        self.stop_loading_action.setEnabled(False)
        self.load_all_action = action("Load all", self.model.load_all)
        self.load_all_action.setToolTip(
            "Load every conversation of this user (the filter then searches all of them)"
        )
        self.find_action = action(
            "Filter", self._focus_filter, QKeySequence.StandardKey.Find, "Ctrl+F"
        )
        self.add_profile_action = action(
            "Add connection…", lambda: self.show_connection_dialog(None)
        )
        self.edit_profile_action = action(
            "Edit connection…", lambda: self.show_connection_dialog(self.profile)
        )
        self.delete_profile_action = action("Delete connection…", self._delete_profile)
        self.quit_action = action("Quit", self.close, QKeySequence.StandardKey.Quit, "Ctrl+Q")

    def _make_toolbar(self) -> None:
        bar = QToolBar("Main")
        bar.setObjectName("mainToolBar")
        bar.setMovable(False)
        self.addToolBar(bar)
        if self.ctx.demo:  # first, so it is never pushed into the toolbar's overflow
            badge = QLabel("DEMO")
            badge.setObjectName("demoBadge")
            badge.setToolTip("Connected to the built-in demo server: nothing here is real.")
            badge.setStyleSheet(
                "background: #c2410c; color: white; font-weight: bold; border-radius: 4px;"
                " padding: 2px 8px; margin-right: 6px;"
            )
            bar.addWidget(badge)

        self.profile_combo = QComboBox()
        self.profile_combo.setObjectName("profileCombo")
        self.profile_combo.setMinimumContentsLength(12)
        self.profile_combo.setPlaceholderText("No connection")
        self.profile_combo.setToolTip("Connection (one per Dify app)")
        self.profile_combo.activated.connect(self._profile_chosen)
        bar.addWidget(self.profile_combo)
        menu_button = QToolButton()
        menu_button.setText("Connections")
        menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(menu_button)
        menu.addActions(
            [self.add_profile_action, self.edit_profile_action, self.delete_profile_action]
        )
        menu_button.setMenu(menu)
        bar.addWidget(menu_button)
        bar.addSeparator()

        bar.addWidget(QLabel(" End user "))
        self.user_combo = QComboBox()
        self.user_combo.setObjectName("userCombo")
        self.user_combo.setEditable(True)
        self.user_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.user_combo.setMinimumContentsLength(18)
        self.user_combo.lineEdit().setPlaceholderText("end-user id, as your product sends it")
        self.user_combo.lineEdit().returnPressed.connect(self._user_entered)
        self.user_combo.activated.connect(lambda _i: self._user_entered())
        bar.addWidget(self.user_combo)

        bar.addWidget(QLabel(" Sort "))
        self.sort_combo = QComboBox()
        self.sort_combo.setObjectName("sortCombo")
        for order in SORT_ORDERS:
            self.sort_combo.addItem(SORT_LABELS[order], order)
        saved = str(self.ctx.settings.value("list/sort_by", "-updated_at") or "-updated_at")
        self.sort_combo.setCurrentIndex(max(0, self.sort_combo.findData(saved)))
        self.sort_combo.activated.connect(lambda _i: self._sort_chosen())
        bar.addWidget(self.sort_combo)
        bar.addSeparator()

        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("filterEdit")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setPlaceholderText("Filter by name or id (Ctrl+F)")
        self.filter_edit.setMinimumWidth(170)
        self.filter_edit.textChanged.connect(self._filter_changed)
        self.filter_edit.returnPressed.connect(self.view.setFocus)
        bar.addWidget(self.filter_edit)
        bar.addAction(self.refresh_action)
        bar.addAction(self.stop_action)
        bar.addAction(self.load_all_action)

    def _make_status_bar(self) -> None:
        status = self.statusBar()
        self.counts_label = QLabel()
        self.counts_label.setObjectName("countsLabel")
        self.connection_label = QLabel("Not connected")
        self.connection_label.setObjectName("connectionLabel")
        self.connection_label.setTextFormat(Qt.TextFormat.PlainText)
        status.addPermanentWidget(self.counts_label)
        status.addPermanentWidget(self.connection_label)

    # ---------------------------------------------------------------- profiles and sessions

    def _refresh_profiles(self) -> None:
        self.profile_combo.clear()
        for profile in self.ctx.profiles.all():
            self.profile_combo.addItem(plain(profile.name, 60), profile.id)
        if self.profile is not None:
            index = self.profile_combo.findData(self.profile.id)
            if index < 0:
                self.profile_combo.addItem(plain(self.profile.name, 60), self.profile.id)
                index = self.profile_combo.count() - 1
            self.profile_combo.setCurrentIndex(index)
        has = self.profile is not None and not self.ctx.ephemeral
        self.edit_profile_action.setEnabled(has)
        self.delete_profile_action.setEnabled(has)
        for act in (self.add_profile_action,):
            act.setEnabled(not self.ctx.ephemeral)
        self.profile_combo.setEnabled(not self.ctx.ephemeral)

    def _profile_chosen(self, index: int) -> None:
        profile_id = self.profile_combo.itemData(index)
        if self.profile is not None and profile_id == self.profile.id:
            return
        profile = self.ctx.profiles.get(str(profile_id))
        if profile is not None:
            self.ctx.tasks.spawn(self.open_profile(profile), TaskGroup.CONNECT)

    async def open_profile(
        self, profile: Profile, key: str | None = None, user: str | None = None
    ) -> bool:
        """Connect with the profile's key (from the keyring unless given) and show its last user."""
        self._set_connection(f"Connecting to {plain(profile.name, 40)}…")
        try:
            if key is None:
                key = await self.ctx.credentials.load(profile.id)
            if not key:
                self._set_connection("Not connected")
                self.show_connection_dialog(profile, "No saved API key was found for this profile.")
                return False
            session = await connect(
                profile.base_url,
                key,
                known_users=profile.recent_users,
                on_user_seen=self._user_seen,
                **self.ctx.client_options,
            )
        except KeyringProblem as problem:
            self._set_connection("Not connected")
            self.show_connection_dialog(
                profile, f"{explain(problem)} Paste the key to use it for this session."
            )
            return False
        except DifyError as exc:
            self._set_connection("Not connected")
            self._show_problem(
                f"Could not connect to {plain(profile.name, 40)}: {explain_connect(exc)}"
            )
            if isinstance(exc, AuthenticationError):
                self.show_connection_dialog(profile, explain(exc))
            return False
        await self.set_session(session, profile, user)
        return True

    async def set_session(
        self, session: Session, profile: Profile, user: str | None = None
    ) -> None:
        old, self.session, self.profile = self.session, session, profile
        if old is not None and old is not session:
            await old.close()
        if not self.ctx.ephemeral:
            self.ctx.profiles.set_last(profile.id)
        self._refresh_profiles()
        self._set_connection(f"{plain(profile.name, 40)} · {plain(session.app.name, 40)}")
        self.setWindowTitle(f"{plain(session.app.name, 60)} — Dify Desktop")
        self.user_combo.clear()
        self.user_combo.addItems([plain(u, 200) for u in profile.recent_users])
        user = user or (profile.recent_users[0] if profile.recent_users else None)
        self.open_user(user)

    def _user_seen(self, user: str) -> None:
        if self.profile is None:
            return
        self.profile = self.profile.with_recent_user(user)
        if not self.ctx.ephemeral and self.ctx.profiles.get(self.profile.id) is not None:
            self.ctx.profiles.save(self.profile)

    def show_connection_dialog(
        self, profile: Profile | None, message: str = "", *, renew_key: bool = False
    ) -> None:
        """Add or edit a profile; with ``renew_key``, take a new key for the open session and
        keep the view as it is."""
        if self.ctx.ephemeral:
            self._show_problem(message or "Connections cannot be changed in this mode.")
            return
        if self.connection_dialog is not None and self.connection_dialog.isVisible():
            self.connection_dialog.raise_()
            return
        dialog = ConnectionDialog(
            self.ctx.profiles,
            self.ctx.credentials,
            self.ctx.tasks,
            profile,
            self,
            message,
            self.ctx.client_options,
        )
        dialog.setObjectName("connectionDialog")
        dialog.finished.connect(self._connection_dialog_closed)

        def connected() -> None:
            assert dialog.profile is not None and dialog.api_key is not None
            if renew_key and self.session is not None and self.profile is not None:
                self.session.client.replace_api_key(dialog.api_key)
                self.profile = dialog.profile
                self._refresh_profiles()
                self.statusBar().showMessage("New key accepted.", 6000)
                if self.model.load_error:
                    self.model.retry_loading()
            else:
                same = self.profile is not None and dialog.profile.id == self.profile.id
                self.ctx.tasks.spawn(
                    self.open_profile(
                        dialog.profile, dialog.api_key, self.model.user if same else None
                    ),
                    TaskGroup.CONNECT,
                )

        dialog.connected.connect(connected)
        dialog.open()
        self.connection_dialog = dialog

    def _connection_dialog_closed(self) -> None:
        dialog, self.connection_dialog = self.connection_dialog, None
        if dialog is not None:
            dialog.deleteLater()

    def _key_rejected(self) -> None:
        self.show_connection_dialog(
            self.profile,
            "Dify refused this connection's API key (401): it may have been revoked or replaced. "
            "Paste the app's current key; the list stays as it is.",
            renew_key=True,
        )

    def _delete_profile(self) -> None:
        profile = self.profile
        if profile is None:
            return
        answer = QMessageBox.question(
            self,
            "Delete connection",
            f"Delete the connection {isolated(profile.name)} and remove its API key from the "
            "system keyring? Nothing changes on the Dify server.",
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.ctx.tasks.spawn(self._delete_profile_now(profile), TaskGroup.PROFILE)

    async def _delete_profile_now(self, profile: Profile) -> None:
        self.ctx.profiles.delete(profile.id)
        try:
            await self.ctx.credentials.delete(profile.id)
        except KeyringProblem as problem:
            self._show_problem(
                f"The connection was deleted, but its key could not be removed: {explain(problem)}"
            )
        if self.session is not None:
            await self.session.close()
        self.session, self.profile = None, None
        self.model.open(None, None, self.sort_order())
        self._set_connection("Not connected")
        self.setWindowTitle("Dify Desktop")
        self._refresh_profiles()

    def _set_connection(self, text: str) -> None:
        self.connection_label.setText(text)

    # ---------------------------------------------------------------- the list

    def sort_order(self) -> str:
        return str(self.sort_combo.currentData() or "-updated_at")

    def open_user(self, user: str | None) -> None:
        user = (user or "").strip() or None
        self.user_combo.setEditText(user or "")
        self.messages.clear()
        self.model.open(self.session, user, self.sort_order())
        self._update_empty_state()

    def _user_entered(self) -> None:
        user = self.user_combo.currentText().strip()
        if user and user != self.model.user:
            self.open_user(user)
            self.view.setFocus()

    def _sort_chosen(self) -> None:
        if not self.ctx.ephemeral:
            self.ctx.settings.setValue("list/sort_by", self.sort_order())
        self.refresh()

    def stop_loading(self) -> None:
        if self.model.stop_loading():
            self._show_problem("Loading stopped — press F5 to retry.")
            self._update_empty_state()

    def stop(self) -> None:
        """Stop waiting for the server: the list loading and the saves still running."""
        said = []
        if self.model.stop_loading():
            said.append("Loading stopped — press F5 to retry.")
        saves = self.model.stop_saves()
        if saves:
            said.append(f"Stopped waiting for {saves} save(s): checking what the server holds.")
        if said:
            self._show_problem(" ".join(said))
        self._update_counts()

    def refresh(self) -> None:
        self.model.open(self.session, self.model.user, self.sort_order())
        self._update_empty_state()

    def _filter_changed(self, text: str) -> None:
        self.proxy.set_needle(text)
        self._update_empty_state()
        self._update_counts()

    def _focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def _rows_arrived(self) -> None:
        self._update_empty_state()
        if not self.view.currentIndex().isValid() and self.proxy.rowCount() > 0:
            self.view.setCurrentIndex(self.proxy.index(0, Column.NAME))
            if self.focusWidget() not in (self.filter_edit, self.user_combo.lineEdit()):
                self.view.setFocus()  # keyboard first: arrows and F2 work at once
        if not self._first_page_reported:
            self._first_page_reported = True
            QTimer.singleShot(0, self, self.firstPageShown.emit)

    def _load_failed(self, message: str) -> None:
        self._show_problem(f"Could not load conversations: {message}")
        self._update_empty_state()
        if not self._first_page_reported:
            self._first_page_reported = True
            self.firstPageFailed.emit(message)

    def _update_counts(self) -> None:
        model = self.model
        loaded = model.rowCount()
        if model.user is None:
            text = ""
        elif model.loading and not loaded:
            text = "Loading…"
        elif model.complete:
            text = f"all {loaded} loaded"
        else:
            text = f"{loaded} loaded, more available" + (" (loading…)" if model.loading else "")
        if model.incomplete_ties:
            text += (
                " (some may be missing: over 100 share one second, which Dify cannot page through)"
            )
        if self.proxy.active:
            text = f"{self.proxy.rowCount()} shown · {text}"
        saving = model.saving_count()
        if saving:
            text += f" · saving {saving}"
        self.counts_label.setText(text)
        self.load_all_action.setEnabled(model.canFetchMore())
        self.stop_action.setEnabled(model.loading or saving > 0)
        self.stop_loading_action.setEnabled(model.loading)
        self._update_empty_state()
        if not self._first_page_reported and model.complete and loaded == 0 and model.user:
            self._first_page_reported = True
            QTimer.singleShot(0, self, self.firstPageShown.emit)

    def _update_empty_state(self) -> None:
        text = self._empty_text()
        self.empty.setText(text)
        self.stack.setCurrentWidget(self.empty if text else self.view)

    def _empty_text(self) -> str:
        if self.proxy.rowCount() > 0:
            return ""
        if self.session is None:
            if self.ctx.ephemeral:
                return "Not connected."
            return "Not connected.\n\nUse Connections → Add connection… to connect to a Dify chat app with its API key."
        user = self.model.user
        if user is None:
            return (
                "Type an end user's id in the “End user” box and press Enter.\n\n"
                "Dify keeps conversations per end user: the id your product sends as “user”."
            )
        if self.model.load_error:
            return f"Could not load the conversations of {isolated(user)}.\n\n{self.model.load_error}\n\nPress F5 to try again."
        if self.model.loading or not self.model.complete:
            return "Loading conversations…"
        if self.proxy.active:
            hint = "" if self.model.complete else " Use “Load all” to search every conversation."
            return f"No loaded conversation matches {isolated(self.filter_edit.text())}.{hint}"
        return f"No conversations for {isolated(user)}.\n\n{EMPTY_USER_HINT}"

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.messages.clear()
        if current.isValid():
            self._message_timer.start()

    def _load_messages(self) -> None:
        conv = self._current_conversation()
        if conv is not None and self.session is not None and self.model.user:
            self.ctx.tasks.spawn(
                self._show_messages(self.session, conv.id, self.model.user), TaskGroup.MESSAGES
            )

    async def _show_messages(self, session: Session, conversation_id: str, user: str) -> None:
        segments: list[tuple[str, bool]] = []  # (plain text, is a heading)
        try:
            page = await session.messages(conversation_id, user)
        except DifyError as exc:
            segments.append((f"Could not load the messages: {explain(exc)}", False))
        else:
            if page.has_more:
                segments.append(
                    (f"(only the latest {len(page.data)} messages are shown)\n\n", False)
                )
            for message in page.data:
                when = message.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
                segments.append((f"Customer · {when}\n", True))
                segments.append((f"{block(message.query)}\n\n", False))
                segments.append(("Assistant\n", True))
                segments.append((f"{block(message.answer)}\n\n", False))
            if not page.data:
                segments.append(("This conversation has no messages yet.", False))
        current = self._current_conversation()
        if current is None or current.id != conversation_id:
            return
        # Inserted as plain text with a character format: nothing in it is read as markup.
        self.messages.clear()
        cursor = self.messages.textCursor()
        heading, body = QTextCharFormat(), QTextCharFormat()
        heading.setFontWeight(QFont.Weight.Bold)
        for text, is_heading in segments:
            cursor.insertText(text, heading if is_heading else body)
        self.messages.moveCursor(QTextCursor.MoveOperation.End)
        self.messages.ensureCursorVisible()

    # ---------------------------------------------------------------- renaming

    def _current_conversation(self) -> Any:
        index = self.view.currentIndex()
        return index.data(ConversationRole) if index.isValid() else None

    def _source_row(self, index: QModelIndex | QPersistentModelIndex) -> int:
        return self.proxy.mapToSource(self.proxy.index(index.row(), 0)).row()

    def start_rename(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            name_index = index.siblingAtColumn(Column.NAME)
            self.view.setCurrentIndex(name_index)
            self.view.edit(name_index)

    def _double_clicked(self, index: QModelIndex) -> None:
        self.view.setCurrentIndex(index.siblingAtColumn(Column.NAME))
        self.start_rename()

    def _rename_requested(self, index: QPersistentModelIndex, text: str, auto: bool) -> None:
        if not index.isValid():
            return
        problem = self.model.request_rename(self._source_row(index), text, auto)
        if problem:
            self._rename_refused(index, text, auto, problem)
        else:
            self._update_counts()

    def _rename_refused(
        self, index: QPersistentModelIndex, text: str, auto: bool, problem: str
    ) -> None:
        if index.isValid():
            self.model.keep_typed(self._source_row(index), text, auto, f"Not sent: {problem}")
        self._show_problem(f"Not renamed: {problem} Press F2 to edit what you typed.")

    def _retry_rename(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            problem = self.model.retry(self._source_row(index))
            if problem:
                self._show_problem(problem)

    def _rename_finished(self, conversation_id: str, message: str, problem: bool) -> None:
        row = self.model.row_of(conversation_id)
        name = self.model.conversation(row).name if row is not None else conversation_id
        text = f"{isolated(name, 60)}: {message}"
        if problem:
            self._show_problem(text)
        else:
            self.statusBar().showMessage(text, 8000)
        self._update_counts()

    def _show_problem(self, text: str) -> None:
        self.last_problem = text
        self.statusBar().showMessage(text)
        log.debug("shown to the person: %s", text)

    def _context_menu(self, pos: Any) -> None:
        index = self.view.indexAt(pos)
        if index.isValid():
            self.view.setCurrentIndex(index.siblingAtColumn(Column.NAME))
        menu = QMenu(self)
        has_row = index.isValid()
        for act in (self.rename_action, self.copy_id_action, self.delete_action):
            act.setEnabled(has_row)
            menu.addAction(act)
        if has_row and self.model.state(index.data(ConversationRole).id).typed is not None:
            menu.insertAction(self.copy_id_action, self.retry_action)
        menu.addSeparator()
        menu.addAction(self.refresh_action)
        menu.popup(self.view.viewport().mapToGlobal(pos))

    def _copy_id(self) -> None:
        conv = self._current_conversation()
        if conv is not None:
            QGuiApplication.clipboard().setText(conv.id)
            self.statusBar().showMessage(f"Copied {conv.id}", 4000)

    def _delete_current(self) -> None:
        conv = self._current_conversation()
        if conv is None or self.session is None or not self.model.user:
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            "Delete conversation",
            f"Delete {isolated(conv.name)} for end user {isolated(self.model.user)}? "
            "It is deleted on the Dify server and cannot be restored.",
            QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Yes,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        if box.exec() == QMessageBox.StandardButton.Yes:
            self.ctx.tasks.spawn(
                self._delete(self.session, conv.id, self.model.user), TaskGroup.DELETE
            )

    async def _delete(self, session: Session, conversation_id: str, user: str) -> None:
        try:
            await session.delete(conversation_id, user)
        except DifyError as exc:
            self._show_problem(f"Not deleted: {explain(exc)}")
            return
        self.model.remove(conversation_id)
        self.statusBar().showMessage("Conversation deleted.", 6000)

    # ---------------------------------------------------------------- window state

    def _restore_geometry(self) -> None:
        geometry = self.ctx.settings.value("window/geometry")
        if isinstance(geometry, QByteArray | bytes) and self.restoreGeometry(QByteArray(geometry)):
            return
        self.resize(1100, 680)

    def closeEvent(self, event: QCloseEvent) -> None:
        saving = self.ctx.tasks.running(TaskGroup.RENAME)
        if saving and not self._closing:
            event.ignore()
            self._closing = True
            self.statusBar().showMessage(f"Finishing {saving} save(s) before closing…")
            self.setEnabled(False)
            self.ctx.tasks.spawn(self._close_after_saves(), TaskGroup.CLOSING)
            return
        if not self.ctx.ephemeral:
            self.ctx.settings.setValue("window/geometry", self.saveGeometry())
            self.ctx.settings.sync()
        self._message_timer.stop()
        self._clock.stop()
        event.accept()

    async def _close_after_saves(self) -> None:
        finished = await self.ctx.tasks.finish(TaskGroup.RENAME, timeout=5.0)
        if not finished:
            log.info("closing with saves still running: cancelling them")
        self.close()


def app_icon() -> QIcon:
    from importlib.resources import files

    assets = files("dify_desktop.ui") / "assets"
    icon = QIcon()
    for name in ("dify-desktop.svg", "dify-desktop-256.png"):
        path = assets / name
        if path.is_file():
            icon.addFile(str(path))
    return icon
