"""The support desk's parts, built into the main window right after its first page is shown.

The first page needs the list, the connection and the status bar only; the parts here (the
transcript pane, search, the feedback inbox, hand-over, bulk jobs, undo, the rename history,
pins, All end users, the shortcut sheet) and their modules (SQLite, exports, the console
client…) cost a few hundred milliseconds to import and build, so the window keeps their places
(a slot in each splitter, a place in the fields row, the status bar's order) and
:meth:`~dify_desktop.ui.main_window.MainWindow.build_desk_parts` calls :func:`build` one loop
turn after the first page is painted. A part built late catches up with the connection: it is
given the session the window already shows, as ``sessionChanged`` would have.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from dify_desktop.ui.actions import make_action
from dify_desktop.ui.all_users_part import AllUsersPart
from dify_desktop.ui.bulk_actions import BulkActions
from dify_desktop.ui.feedback_inbox import FeedbackInbox
from dify_desktop.ui.feedback_inbox_open import ConversationOpener
from dify_desktop.ui.hand_over import HandOver
from dify_desktop.ui.history_panel import HistoryPanel
from dify_desktop.ui.local_data import LocalData
from dify_desktop.ui.pins_controller import PinsController
from dify_desktop.ui.search_panel import SearchPanel
from dify_desktop.ui.shortcut_sheet import SHEET_SHORTCUT, ShortcutSheet
from dify_desktop.ui.transcript_pane import TranscriptPane
from dify_desktop.ui.undo_controller import UndoController

if TYPE_CHECKING:
    from dify_desktop.ui.main_window import MainWindow


def build(window: MainWindow) -> None:
    ctx, tasks, reporter = window.ctx, window.ctx.tasks, window.reporter
    conversations, connection = window.conversations, window.connection

    window.transcript = window.messages = TranscriptPane(tasks, conversations)
    window.inbox = FeedbackInbox(tasks, window)
    window.opener = ConversationOpener(conversations, reporter)
    window.shortcut_sheet = ShortcutSheet(window)
    window.hand_over = HandOver(tasks, reporter, conversations, ctx.settings)
    window.row_actions.more_actions += window.hand_over.window_actions()
    window.local_data = LocalData(ctx, reporter, window)
    window.bulk = BulkActions(tasks, reporter, conversations, window.row_actions, window)
    window.undo = UndoController(tasks, reporter, conversations, window.local_data, window.bulk)
    window.history = HistoryPanel(tasks, reporter, window.local_data, window.undo, window)
    window.pins = PinsController(tasks, reporter, conversations, window.local_data)
    window.search = SearchPanel(tasks, reporter, window.local_data.database, window)
    window.search.watch(conversations, connection)
    followers = [
        window.local_data.follow,
        window.undo.follow,
        window.history.follow,
        window.pins.follow,
        window.inbox.show_session,
    ]
    for follow in followers:
        connection.sessionChanged.connect(follow)
    window.inbox.openMessage.connect(window.opener.open)
    window.search.openMessage.connect(window.opener.open)
    window.opener.conversationOpened.connect(window.transcript.show_message)

    _lay_out(window)
    window.shortcuts_action = make_action(
        window,
        QCoreApplication.translate("MainWindow", "Keyboard shortcuts"),
        window.shortcut_sheet.open_sheet,
        SHEET_SHORTCUT,
        "F1",
    )
    window.add_window_actions(built=True)
    window.set_tab_order(built=True)
    window.all_users = AllUsersPart(window)

    if conversations.current() is not None:  # only desk parts follow it: the pane catches up
        conversations.currentChanged.emit()
    if connection.profile is not None:  # catch up with what sessionChanged already said
        shown = (connection.session, connection.profile, window.model.user or None)
        for follow in followers:
            follow(*shown)
        window.all_users.follow(*shown)
        window.search.follow(
            conversations.session, connection.profile.id, window.model.user or None
        )


def _lay_out(window: MainWindow) -> None:
    """The parts into the places the window kept for them (same sizes: nothing moves)."""
    for splitter, at, part in (
        (window.list_column, 0, window.search),
        (window.splitter, 1, window.transcript),
    ):
        slot = splitter.replaceWidget(at, part)
        assert slot is not None
        slot.deleteLater()
    window.splitter.setStretchFactor(1, 1)
    window.inbox_button = window.tool_button(window.inbox.open_action)
    at = window.desk_buttons.indexOf(window.connections_button) + 1
    window.desk_buttons.insertWidget(at, window.inbox_button)
    window.desk_buttons.insertWidget(at + 1, window.bulk.menu_button)
    window.inbox_button.show()  # at once, not on the loop's next turn as a layout would
    window.bulk.menu_button.show()
    # The jobs' progress (hidden until a job runs) goes left of the counts, where showing it
    # moves nothing else: the status bar's later widgets are taken out and added after it.
    status, focused = window.statusBar(), QApplication.focusWidget()
    later = [window.counts_label, window.connection_label, window.language_button]
    hidden = [widget.isHidden() for widget in later]
    for widget in (window.jobs_slot, window.bulk.progress, *later):
        status.removeWidget(widget)
    window.jobs_slot.deleteLater()
    for widget in (window.bulk.progress, window.hand_over.progress, *later):
        status.addPermanentWidget(widget)
    for widget, was_hidden in zip(later, hidden, strict=True):
        widget.setHidden(was_hidden)
    if focused is not None and QApplication.focusWidget() is not focused:
        focused.setFocus()
