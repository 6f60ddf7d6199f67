"""The main window: it composes the parts and lays them out; each part does one job.

- :class:`Reporter` — what the window tells the person; the status bar is its view
- :class:`ConnectionController` — the profile, its session, the connection dialog
- :class:`ConversationList` — an end user's conversations: the fields that choose them, counts
- :class:`RowActions` — rename, retry, copy id, delete a conversation; the context menu
- :class:`TranscriptPane` — the messages of the list's current conversation
- :class:`FeedbackInbox` — every user's feedback (Ctrl+I); Enter opens that user's conversation
- :class:`ShortcutSheet` — every shortcut of the window (F1), from the actions added to it

The window builds only what its first page needs (the reporter and status bar, the connection,
the list and its row actions); the support desk's other parts (:mod:`dify_desktop.ui.desk_parts`:
transcript, search, inbox, hand-over, bulk jobs, history, undo, pins, All end users, F1) and their
modules are built right after, in slots kept for them so nothing moves: :attr:`deskPartsReady`.
A new view is a new desk part: build it in :func:`dify_desktop.ui.desk_parts.build`, follow the
controller's ``sessionChanged`` or the list's ``currentChanged``, report through
``self.reporter``, give the window its actions.

Focus rules (later parts follow them): Ctrl+L goes to the End user box, Ctrl+F to the filter;
after connecting with no end user open the cursor is in the End user box; Enter there opens the
user and the list takes the keyboard. Any dialog, however it is opened, gives the keyboard back
to the control that had it when it closes (:class:`~dify_desktop.ui.dialogs.FocusReturn`).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from dify_desktop.core.collection import set_aside_long_lived
from dify_desktop.core.profiles import Profile
from dify_desktop.core.session import Session
from dify_desktop.core.settings import WINDOW_GEOMETRY
from dify_desktop.ui.accessibility import name_control, set_tab_order
from dify_desktop.ui.actions import make_action
from dify_desktop.ui.connection_controller import ConnectionController
from dify_desktop.ui.context import AppContext
from dify_desktop.ui.conversation_list import ConversationList
from dify_desktop.ui.dialogs import FocusReturn
from dify_desktop.ui.job_progress import JobProgress
from dify_desktop.ui.language_menu import LanguageButton
from dify_desktop.ui.layout_slots import Slot
from dify_desktop.ui.reporter import Reporter
from dify_desktop.ui.row_actions import RowActions
from dify_desktop.ui.status_bar import StatusBar
from dify_desktop.ui.tasks import TaskGroup
from dify_desktop.ui.text import plain

if TYPE_CHECKING:  # the desk parts' modules load with them (ui.desk_parts), after the first page
    from dify_desktop.ui.all_users_part import AllUsersPart
    from dify_desktop.ui.bulk_actions import BulkActions
    from dify_desktop.ui.feedback_inbox import FeedbackInbox
    from dify_desktop.ui.feedback_inbox_open import ConversationOpener
    from dify_desktop.ui.hand_over import HandOver
    from dify_desktop.ui.history_panel import HistoryPanel
    from dify_desktop.ui.local_data import LocalData
    from dify_desktop.ui.pins_controller import PinsController
    from dify_desktop.ui.search_panel import SearchPanel
    from dify_desktop.ui.shortcut_sheet import ShortcutSheet
    from dify_desktop.ui.transcript_pane import TranscriptPane
    from dify_desktop.ui.undo_controller import UndoController

log = logging.getLogger(__name__)

TITLE = "Dify Desktop"
DEFAULT_SIZE = QSize(1100, 680)


#: the transcript pane's size hint and minimum size hint, which its slot reports until it is
#: built, so the splitter shares its width as it will with the pane (a test compares them)
TRANSCRIPT_HINTS = (QSize(256, 208), QSize(70, 86))
#: with ``wait_for_first_page``, the desk parts are built at the latest this long after the
#: window is shown, when the first page is slow to come (their shortcuts work from then on)
DESK_PARTS_LATEST_MS = 1000
#: ... and while a dialog or a menu is open, this long after it is looked at again
DESK_PARTS_RETRY_MS = 100


class MainWindow(QMainWindow):
    #: the first page of the first list has been shown: its rows are painted (for --smoke-test)
    firstPageShown = Signal()
    #: loading the first page failed, and why (for --smoke-test)
    firstPageFailed = Signal(str)
    #: the desk parts are built (:func:`dify_desktop.ui.desk_parts.build`): every action is there
    deskPartsReady = Signal()

    # The desk parts, there once deskPartsReady has been emitted.
    transcript: TranscriptPane
    messages: TranscriptPane
    inbox: FeedbackInbox
    opener: ConversationOpener
    shortcut_sheet: ShortcutSheet
    hand_over: HandOver
    local_data: LocalData
    bulk: BulkActions
    undo: UndoController
    history: HistoryPanel
    pins: PinsController
    search: SearchPanel
    all_users: AllUsersPart
    inbox_button: QToolButton
    shortcuts_action: QAction

    def __init__(self, context: AppContext, *, wait_for_first_page: bool = False) -> None:
        """``wait_for_first_page``: build the desk parts once the first page is shown or failed
        (or :meth:`build_desk_parts_soon` is called), not on the loop's turn after the window
        is first shown; the app passes it when a first page is on its way."""
        super().__init__()
        self.ctx = context
        self._closing = False
        self._wait_for_first_page = wait_for_first_page
        self.desk_parts_ready = False
        self.setWindowTitle(TITLE)
        self.setObjectName("mainWindow")
        self.reporter = Reporter(self)
        self.status_bar = StatusBar(self.reporter, self)
        self.setStatusBar(self.status_bar)
        self.connection = ConnectionController(context, self.reporter, self)
        self.conversations = ConversationList(context, self.reporter)
        self.connection.first_list = self.conversations.list_to_open
        self.row_actions = RowActions(context.tasks, self.reporter, self.conversations)

        self.connection.sessionChanged.connect(self.conversations.show_session)
        self.connection.sessionChanged.connect(self._session_changed)
        self.connection.keyRenewed.connect(self.conversations.key_renewed)
        self.connection.userSeen.connect(self.conversations.add_recent_user)
        self.conversations.model.keyRejected.connect(self.connection.renew_key)
        self.conversations.firstPageShown.connect(self._first_page_listed)
        self.conversations.firstPageFailed.connect(self.firstPageFailed)
        self.firstPageShown.connect(self.build_desk_parts_soon)
        self.firstPageFailed.connect(self.build_desk_parts_soon)

        # The parts' objects the app, the tests and the benchmarks reach through the window.
        self.model = self.conversations.model
        self.proxy = self.conversations.proxy
        self.view = self.conversations.view
        self.empty = self.conversations.empty
        # ... and those the window lays out in its toolbar and status bar.
        self.profile_combo = self.connection.profile_combo
        self.user_combo = self.conversations.user_combo
        self.sort_combo = self.conversations.sort_combo
        self.filter_edit = self.conversations.filter_edit
        self.refresh_action = self.conversations.refresh_action
        self.stop_action = self.conversations.stop_action
        self.load_all_action = self.conversations.load_all_action
        self.counts_label = self.conversations.counts_label

        name_control(
            self.filter_edit,
            self.tr("Filter"),
            self.tr("Shows only the rows whose name or id match"),
        )
        name_control(
            self.view, self.tr("Conversations"), self.tr("F2 renames, Del deletes, Menu key: more")
        )
        # The search panel (hidden until opened) and the transcript pane take these slots.
        search_slot = QWidget()
        search_slot.hide()
        transcript_slot = Slot(TRANSCRIPT_HINTS)
        self.splitter = QSplitter()
        self.splitter.setObjectName("listSplitter")
        self.list_column = QSplitter(Qt.Orientation.Vertical)
        self.list_column.setObjectName("listColumn")
        self.list_column.addWidget(search_slot)
        self.list_column.addWidget(self.conversations)
        self.list_column.setStretchFactor(1, 2)
        self.list_column.setChildrenCollapsible(False)
        self.splitter.addWidget(self.list_column)
        self.splitter.addWidget(transcript_slot)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setMinimumHeight(240)  # a few rows at the smallest size

        self.quit_action = make_action(
            self, self.tr("Quit"), self.close, QKeySequence.StandardKey.Quit, "Ctrl+Q"
        )
        self.focus_user_action = make_action(
            self, self.tr("Go to the End user box"), self.conversations.focus_user_field, "Ctrl+L"
        )
        self.add_window_actions(built=False)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self._make_fields())
        column.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self._make_status_bar()
        self.language_button = LanguageButton(context, self.reporter, self)
        self.statusBar().addPermanentWidget(self.language_button)

        self._restore_geometry()
        self.set_tab_order()
        self.view.setFocus()

    # ---------------------------------------------------------------- the desk parts

    def _first_page_listed(self) -> None:
        """The first page is in the list: it is shown once its rows are painted."""
        self.conversations.view.after_next_paint(self.firstPageShown.emit)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.desk_parts_ready:
            return
        if self._wait_for_first_page:
            QTimer.singleShot(DESK_PARTS_LATEST_MS, self, self.build_desk_parts)
        else:
            self.build_desk_parts_soon()

    def build_desk_parts_soon(self) -> None:
        """Build the desk parts on the loop's next turn (after what is being shown is painted)."""
        if not self.desk_parts_ready:
            QTimer.singleShot(0, self, self.build_desk_parts)

    def build_desk_parts(self) -> None:
        """Build the desk parts (once; not while the window is hidden: at the next show)."""
        if self.desk_parts_ready or not self.isVisible():
            return
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        # Every dialog gives the keyboard back when it closes. An application-wide event filter
        # in Python has every object Qt makes wrapped for it: installed here, it costs the first
        # page nothing (a dialog already open, like the connection dialog, is taken in).
        FocusReturn.install(app)
        if QApplication.activeModalWidget() or QApplication.activePopupWidget():
            # Not inside a dialog's or a menu's own event loop: once it has closed.
            QTimer.singleShot(DESK_PARTS_RETRY_MS, self, self.build_desk_parts)
            return
        from dify_desktop.ui import desk_parts
        from dify_desktop.ui.app_icon import set_app_icon

        set_app_icon()
        desk_parts.build(self)
        set_aside_long_lived()  # their modules and widgets
        self.desk_parts_ready = True
        self.deskPartsReady.emit()

    def add_window_actions(self, built: bool = False) -> None:
        """Add the window's actions (``built``: the desk parts' too), in the order the shortcut
        sheet lists them (an action added again moves to the end): every action with a shortcut
        is added to the window."""
        self.addActions(
            [
                *self.row_actions.window_actions(),
                *(self.hand_over.window_actions() if built else []),
                *(self.search.window_actions() if built else []),
                *self.conversations.window_actions(),
                *self.connection.window_actions(),
                self.quit_action,
                self.focus_user_action,
                *(self.inbox.window_actions() if built else []),
                *([self.shortcuts_action] if built else []),
                self.row_actions.rename_action,
                self.row_actions.menu_action,
            ]
        )
        if built:
            self.addActions(
                [
                    self.bulk.prefix_action,
                    self.bulk.auto_action,
                    self.undo.undo_action,
                    self.pins.pin_action,
                    self.history.revert_action,
                    *(a for a in self.actions() if a.parent() is self.language_button),
                ]
            )

    # ---------------------------------------------------------------- layout

    def _make_fields(self) -> QWidget:
        """Two rows above the list: the connection (and the sort), then the end user, the filter
        and the list's actions. Layouts, not a QToolBar: nothing hides behind "»", a label
        stays beside its box, and the window cannot get smaller than they need."""
        self.profile_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.profile_combo.setMaximumWidth(self.fontMetrics().averageCharWidth() * 44)
        self.profile_combo.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self.filter_edit.setMinimumWidth(self.fontMetrics().averageCharWidth() * 18)
        self.user_combo.setToolTip(
            self.tr("The end user whose conversations are listed: type an id, press Enter (Ctrl+L)")
        )
        # A push button keeps room for its menu arrow (a tool button draws it over the text).
        self.connections_button = QPushButton(self.tr("Connections"))
        self.connections_button.setObjectName("connectionsButton")
        self.connections_button.setAccessibleName(self.tr("Connections menu"))
        self.connections_button.setAutoDefault(False)
        menu = QMenu(self.connections_button)
        menu.addActions(self.connection.window_actions())
        self.connections_button.setMenu(menu)

        top = QHBoxLayout()
        if self.ctx.demo:
            top.addWidget(self._demo_badge())
        top.addLayout(self._labelled(self.tr("Connection"), self.profile_combo))
        top.addWidget(self.connections_button)
        self.desk_buttons = top  # the inbox and Selection buttons go here, after the first page
        top.addStretch(1)
        top.addLayout(self._labelled(self.tr("Sort"), self.sort_combo))

        list_row = QHBoxLayout()
        list_row.addLayout(self._labelled(self.tr("End user"), self.user_combo))
        list_row.addWidget(self.filter_edit, 1)
        self.list_buttons = [
            self.tool_button(action)
            for action in (self.refresh_action, self.stop_action, self.load_all_action)
        ]
        for button in self.list_buttons:
            list_row.addWidget(button)

        fields = QWidget()
        fields.setObjectName("fieldsBar")
        rows = QVBoxLayout(fields)
        rows.setContentsMargins(6, 4, 6, 2)
        rows.setSpacing(4)
        rows.addLayout(top)
        rows.addLayout(list_row)
        return fields

    def _labelled(self, text: str, field: QWidget) -> QHBoxLayout:
        """A label and its box, kept together; the label names the box for screen readers."""
        label = QLabel(text)
        label.setBuddy(field)
        name_control(field, text)
        pair = QHBoxLayout()
        pair.setSpacing(4)
        pair.addWidget(label)
        pair.addWidget(field)
        return pair

    def tool_button(self, action: QAction) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(action)
        button.setAutoRaise(True)
        button.setAccessibleName(action.text())
        return button

    def set_tab_order(self, built: bool = False) -> None:
        """Tab reads the window as it is laid out: the fields row by row, the list's buttons,
        the list, the messages, the status bar's log button (``built``: the desk parts' too)."""
        set_tab_order(
            [
                self.profile_combo,
                self.connections_button,
                *([self.inbox_button, self.bulk.menu_button] if built else []),
                self.sort_combo,
                self.user_combo,
                self.filter_edit,
                *self.list_buttons,
                self.view,
                *(self.transcript.tab_stops() if built else []),
                self.status_bar.log_button,
                self.language_button,
            ]
        )

    def _demo_badge(self) -> QLabel:
        badge = QLabel(self.tr("DEMO"))
        badge.setObjectName("demoBadge")
        badge.setToolTip(self.tr("Connected to the built-in demo server: nothing here is real."))
        badge.setStyleSheet(
            "background: #c2410c; color: white; font-weight: bold; border-radius: 4px;"
            " padding: 2px 8px; margin-right: 6px;"
        )
        return badge

    def _make_status_bar(self) -> None:
        self.connection_label = QLabel(self.connection.state)
        self.connection_label.setObjectName("connectionLabel")
        self.connection_label.setTextFormat(Qt.TextFormat.PlainText)
        self.connection.stateChanged.connect(self.connection_label.setText)
        # The jobs' progress goes here (hidden until a job runs; a status bar is as tall as
        # its tallest widget, hidden or not): this one has their size until they are built.
        self.jobs_slot = JobProgress(lambda: None)
        self.statusBar().addPermanentWidget(self.jobs_slot)
        self.statusBar().addPermanentWidget(self.counts_label)
        self.statusBar().addPermanentWidget(self.connection_label)

    def _session_changed(
        self, session: Session | None, _profile: Profile | None, _user: str | None
    ) -> None:
        self.setWindowTitle(f"{plain(session.app.name, 60)} — {TITLE}" if session else TITLE)
        if session is not None and not self.model.user:  # the empty list says to type there
            self.conversations.focus_user_field()

    # ---------------------------------------------------------------- for the app and the tests

    @property
    def session(self) -> Session | None:
        return self.connection.session

    @property
    def profile(self) -> Profile | None:
        return self.connection.profile

    async def open_profile(
        self, profile: Profile, key: str | None = None, user: str | None = None
    ) -> bool:
        return await self.connection.open_profile(profile, key, user)

    # ---------------------------------------------------------------- window state

    def _restore_geometry(self) -> None:
        geometry = self.ctx.settings.value(WINDOW_GEOMETRY.name)
        if isinstance(geometry, QByteArray | bytes) and self.restoreGeometry(QByteArray(geometry)):
            return
        size = default_size(self.screen().availableGeometry().size())
        self.resize(size.expandedTo(self.minimumSizeHint()))
        self.splitter.setSizes([size.width() * 2 // 3, size.width() // 3])

    def closeEvent(self, event: QCloseEvent) -> None:
        saving = self.ctx.tasks.running(TaskGroup.RENAME)
        if saving and not self._closing:
            event.ignore()
            self._closing = True
            self.reporter.info(
                self.tr("Finishing %n save(s) before closing…", "", saving), timeout_ms=0
            )
            self.setEnabled(False)
            self.ctx.tasks.spawn(self._close_after_saves(), TaskGroup.CLOSING)
            return
        if not self.ctx.ephemeral:
            self.ctx.settings.setValue(WINDOW_GEOMETRY.name, self.saveGeometry())
            self.ctx.settings.sync()
        if self.desk_parts_ready:
            self.transcript.shutdown()
            self.search.shutdown()
        self.conversations.shutdown()
        event.accept()

    async def _close_after_saves(self) -> None:
        finished = await self.ctx.tasks.finish(TaskGroup.RENAME, timeout=5.0)
        if not finished:
            log.info("closing with saves still running: cancelling them")
        self.close()


def default_size(room: QSize) -> QSize:
    """The window's first size on a screen with ``room``: a small screen, or one at 200%
    (1920×1080 gives 960×540 to lay out), has less room than the default, and gets what it has."""
    return DEFAULT_SIZE.boundedTo(QSize(room.width() * 19 // 20, room.height() * 9 // 10))
