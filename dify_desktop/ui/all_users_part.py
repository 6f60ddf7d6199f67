"""The "All end users" part: the profile's Dify account, the view and the account dialog, and
opening a found conversation in the normal view of its end user. Composed by the main window in
one line (``AllUsersPart(self)``); it follows the connection's ``sessionChanged``.
"""

from __future__ import annotations

import contextlib
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt, QTimer

from dify_desktop.api.console import ConsoleConversation
from dify_desktop.core.console_account import (
    ConsoleAccount,
    KeyringSessionStore,
    MemorySessionStore,
    SessionStore,
)
from dify_desktop.core.credentials import KeyringProblem
from dify_desktop.core.profiles import Profile
from dify_desktop.core.session import Session
from dify_desktop.ui import all_users_texts as texts
from dify_desktop.ui.account_dialog import AccountDialog
from dify_desktop.ui.actions import make_action
from dify_desktop.ui.all_users_view import AllUsersView
from dify_desktop.ui.dialogs import activate
from dify_desktop.ui.tasks import TaskGroup


class AllUsersPart(QObject):
    """See the module docstring. ``window`` is the main window (its parts are used by name)."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window: Any = window
        self.tasks = window.ctx.tasks
        self.account: ConsoleAccount | None = None
        self.session: Session | None = None
        self.profile: Profile | None = None
        self.view: AllUsersView | None = None
        self.dialog: AccountDialog | None = None
        self._pending: str | None = None  # the conversation to select once its row arrives
        self.open_action = make_action(
            window, self.tr("All end users…"), self.show_view, "Ctrl+Shift+A"
        )
        self.account_action = make_action(
            window, self.tr("Dify account…"), self.show_account_dialog, "Ctrl+Shift+D"
        )
        actions = [self.open_action, self.account_action]
        window.addActions(actions)
        window.connections_button.menu().addActions(actions)
        window.connection.sessionChanged.connect(self.follow)
        window.model.rowsInserted.connect(self._select_pending)
        window.model.loadingChanged.connect(self._select_pending)

    def follow(self, session: Session | None, profile: Profile | None, _user: str | None) -> None:
        same = profile is not None and self.profile is not None and profile.id == self.profile.id
        self.session = session
        if same and self.account is not None:
            return
        self.profile = profile
        if self.account is not None:
            self.tasks.spawn(self.account.aclose(), TaskGroup.PROFILE)
        self.account = None
        if profile is not None:
            ctx = self.window.ctx
            in_memory = ctx.ephemeral or ctx.credentials.is_session_only(profile.id)
            store: SessionStore = (
                MemorySessionStore() if in_memory else KeyringSessionStore(profile.id)
            )
            self.account = ConsoleAccount(
                profile.base_url, store, client_options=self.window.ctx.client_options
            )
            self.tasks.spawn(self._restore(self.account), TaskGroup.PROFILE)
        self._refresh_view()

    async def _restore(self, account: ConsoleAccount) -> None:
        with contextlib.suppress(KeyringProblem):  # not signed in; signing in will say why
            await account.restore()
        if account is self.account:
            self._refresh_view()

    def _refresh_view(self) -> None:
        if self.view is not None:
            account = self.account if self.account and self.account.app_id else None
            client = self.session.client if self.session else None
            self.view.use(account, account.app_id if account else None, client)

    def show_view(self) -> None:
        if self.session is None or self.account is None:
            self.window.reporter.warning(texts.connect_first())
            return
        if not self.account.email or not self.account.app_id:
            self.show_account_dialog()
            return
        if self.view is None:
            self.view = AllUsersView(self.tasks, self.window)
            self.view.opened.connect(self._open)
            self.view.signInNeeded.connect(self.show_account_dialog)
            self.view.addActions([self.open_action, self.account_action])  # its own window
            self._refresh_view()
        self.view.show()
        activate(self.view)
        self.view.search.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_account_dialog(self) -> None:
        if self.session is None or self.account is None:
            self.window.reporter.warning(texts.connect_first())
            return
        parent = self.view if self.view is not None and self.view.isVisible() else self.window
        self.dialog = AccountDialog(self.account, self.session.app, self.tasks, parent)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.ready.connect(self._refresh_view)
        # after FocusReturn has given the keyboard back to where the dialog was opened from
        self.dialog.accepted.connect(lambda: QTimer.singleShot(0, self, self.show_view))
        self.dialog.open()

    def _open(self, conversation: ConsoleConversation, reachable: bool | None) -> None:
        """Open the row in the normal view of its end user (where rename and delete work)."""
        user = conversation.end_user_session_id
        if conversation.made_in_console or reachable is False or not user:
            return
        self._pending = conversation.id
        self.window.conversations.open_user(user)
        activate(self.window)
        self.window.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self._select_pending()

    def _select_pending(self, *_args: object) -> None:
        if self._pending is None:
            return
        row = self.window.model.row_of(self._pending)
        if row is None:
            if self.window.model.canFetchMore(QModelIndex()):
                self.window.model.fetchMore(QModelIndex())
            return
        self._pending = None
        proxy_index = self.window.proxy.mapFromSource(self.window.model.index(row, 0))
        self.window.view.setCurrentIndex(proxy_index)
        self.window.view.scrollTo(proxy_index)
