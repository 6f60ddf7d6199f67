"""The connection: which profile is open, its session, the connection dialog, a renewed key, and
deleting a profile. The other parts follow it through :attr:`ConnectionController.sessionChanged`.

The profile combo names the profile whose data the window shows, and *Edit*/*Delete connection…*
act on that one (:attr:`ConnectionController.shown`). A switch that fails leaves the window on
the open profile (the combo goes back); with nothing open, the combo names the profile that was
tried, so that it can be edited or deleted. When switches overlap, the last one chosen wins."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

from dify_desktop.api import AuthenticationError, DifyError, ProxyError
from dify_desktop.api.proxy import PROXY_AUTH_CODES
from dify_desktop.core.credentials import KeyringProblem
from dify_desktop.core.limiter import limiter_from
from dify_desktop.core.profiles import Profile
from dify_desktop.core.proxy_settings import client_options
from dify_desktop.core.session import Session, connect
from dify_desktop.ui.actions import make_action
from dify_desktop.ui.connection_texts import StoredKey, profiles_moved_aside
from dify_desktop.ui.context import AppContext
from dify_desktop.ui.dialogs import FocusReturn, activate
from dify_desktop.ui.reporter import Reporter, Topic
from dify_desktop.ui.request_limit import RequestLimit
from dify_desktop.ui.sentences import explain, explain_connect
from dify_desktop.ui.tasks import TaskGroup
from dify_desktop.ui.text import isolated, plain

if TYPE_CHECKING:  # the dialog's module loads when it is first opened
    from dify_desktop.ui.connection_dialog import ConnectionDialog


class ConnectionController(QObject):
    #: (Session | None, Profile | None, str | None): the session to show, its profile and the
    #: end user asked for (None: the part chooses); (None, None, None) when nothing is open
    sessionChanged = Signal(object, object, object)
    #: the open session took a new key; the view stays as it is
    keyRenewed = Signal()
    #: one line saying what the window is connected to
    stateChanged = Signal(str)
    #: the server answered for this end user for the first time (it is now a recent user)
    userSeen = Signal(str)

    def __init__(self, context: AppContext, reporter: Reporter, window: QWidget) -> None:
        super().__init__(window)
        self.ctx = context
        self.reporter = reporter
        self._window = window  # the parent of the dialogs
        self.session: Session | None = None
        self.profile: Profile | None = None
        self.dialog: ConnectionDialog | None = None
        self.state = ""
        #: the profile last tried while nothing is open, and where its key is
        self._tried: tuple[Profile, StoredKey] | None = None
        self._attempt = 0  # the latest open_profile() call; an older one gives way
        #: the end user and order the window will list for a profile (the list part sets it)
        self.first_list: Callable[[Profile, str | None], tuple[str, str] | None] = _no_list
        self._set_disconnected()

        self.profile_combo = QComboBox()
        self.profile_combo.setObjectName("profileCombo")
        self.profile_combo.setMinimumContentsLength(12)
        self.profile_combo.setPlaceholderText(self.tr("No connection"))
        self.profile_combo.setToolTip(self.tr("Connection (one per Dify app)"))
        self.profile_combo.activated.connect(self._profile_chosen)

        self.add_profile_action = make_action(
            self, self.tr("Add connection…"), lambda: self.show_connection_dialog(None)
        )
        self.edit_profile_action = make_action(self, self.tr("Edit connection…"), self._edit_shown)
        self.delete_profile_action = make_action(
            self, self.tr("Delete connection…"), self._delete_profile
        )
        self.request_limit = RequestLimit(
            context.settings, context.tasks, reporter, lambda: self.session, window
        )
        self.refresh_profiles()
        recovery = self.ctx.profiles.recovery
        if recovery is not None:  # read by refresh_profiles() just above; never modal
            self.reporter.warning(profiles_moved_aside(recovery))

    def window_actions(self) -> list[QAction]:
        """The actions the window offers (in its Connections menu)."""
        return [
            self.add_profile_action,
            self.edit_profile_action,
            self.delete_profile_action,
            self.request_limit.action,
        ]

    # ---------------------------------------------------------------- profiles

    @property
    def shown(self) -> Profile | None:
        """The profile the window names: the open one, else the one last tried."""
        if self.session is not None:
            return self.profile
        return self._tried[0] if self._tried else None

    def _stored_key(self, profile: Profile) -> StoredKey:
        """Where the usable key of ``profile`` is (NONE after it was refused or not found)."""
        if self.session is None and self._tried is not None and self._tried[0].id == profile.id:
            return self._tried[1]
        return self._key_home(profile)

    def _key_home(self, profile: Profile) -> StoredKey:
        if self.ctx.credentials.is_session_only(profile.id):
            return StoredKey.SESSION
        return StoredKey.KEYRING

    def refresh_profiles(self) -> None:
        shown = self.shown
        self.profile_combo.clear()
        for profile in self.ctx.profiles.all():
            self.profile_combo.addItem(plain(profile.name, 60), profile.id)
        index = -1
        if shown is not None:
            index = self.profile_combo.findData(shown.id)
            if index < 0:
                self.profile_combo.addItem(plain(shown.name, 60), shown.id)
                index = self.profile_combo.count() - 1
        self.profile_combo.setCurrentIndex(index)  # -1: the "No connection" placeholder
        has = shown is not None and not self.ctx.ephemeral
        self.edit_profile_action.setEnabled(has)
        self.delete_profile_action.setEnabled(has)
        self.add_profile_action.setEnabled(not self.ctx.ephemeral)
        self.profile_combo.setEnabled(not self.ctx.ephemeral)

    def _profile_chosen(self, index: int) -> None:
        profile_id = self.profile_combo.itemData(index)
        self.refresh_profiles()  # the combo names what is shown until the switch succeeds
        if self.session is not None and self.profile is not None and profile_id == self.profile.id:
            return
        profile = self.ctx.profiles.get(str(profile_id))
        if profile is not None:
            self.ctx.tasks.spawn(self.open_profile(profile), TaskGroup.CONNECT)

    def _edit_shown(self) -> None:
        shown = self.shown
        if shown is not None:
            self.show_connection_dialog(shown, stored_key=self._stored_key(shown))

    def _set_state(self, text: str) -> None:
        self.state = text
        self.stateChanged.emit(text)

    def _set_disconnected(self) -> None:
        self.reporter.clear(Topic.CONNECTION)
        self._set_state(self.tr("Not connected"))

    def _show_open_state(self) -> None:
        """Say what is open (the "Connecting to…" message goes: that attempt has ended)."""
        if self.session is not None and self.profile is not None:
            self.reporter.clear(Topic.CONNECTION)
            self._set_state(f"{plain(self.profile.name, 40)} · {plain(self.session.app.name, 40)}")
        else:
            self._set_disconnected()

    def _not_opened(self, profile: Profile, stored: StoredKey) -> None:
        """Opening ``profile`` failed: stay on the open profile, else show the one tried."""
        if self.session is None:
            self._tried = (profile, stored)
        self.refresh_profiles()
        self._show_open_state()

    # ---------------------------------------------------------------- sessions

    async def open_profile(
        self, profile: Profile, key: str | None = None, user: str | None = None
    ) -> bool:
        """Connect with the profile's key (from the keyring unless given) and show its last user.
        False if it did not open (or a later call took over); the window stays as it was."""
        self._attempt += 1
        attempt = self._attempt
        if self.session is None:
            self._tried = (profile, self._key_home(profile))
            self.refresh_profiles()
        connecting = self.tr("Connecting to {0}…").format(plain(profile.name, 40))
        self._set_state(connecting)
        self.reporter.info(connecting, timeout_ms=0, topic=Topic.CONNECTION)
        try:
            if key is None:
                key = await self.ctx.credentials.load(profile.id)
            if not key:
                if attempt == self._attempt:
                    self._not_opened(profile, StoredKey.NONE)
                    self.show_connection_dialog(
                        profile, self.tr("No saved API key was found for this profile.")
                    )
                return False
            session = await connect(
                profile.base_url,
                key,
                first_list=self.first_list(profile, user),
                known_users=profile.recent_users,
                on_user_seen=self._user_seen,
                limiter=limiter_from(self.ctx.settings),
                **await self._client_options(profile),
            )
        except KeyringProblem as problem:
            if attempt == self._attempt:
                self._not_opened(profile, StoredKey.NONE)
                self.show_connection_dialog(profile, keyring_problem=problem)
            return False
        except DifyError as exc:
            if attempt != self._attempt:
                return False
            refused = isinstance(exc, AuthenticationError)
            self._not_opened(profile, StoredKey.NONE if refused else self._key_home(profile))
            self.reporter.error(
                self.tr("Could not connect to {0}: {1}").format(
                    plain(profile.name, 40), explain_connect(exc)
                ),
                topic=Topic.CONNECTION,
            )
            if refused:
                self.show_connection_dialog(profile, explain(exc))
            elif isinstance(exc, ProxyError) and exc.code in PROXY_AUTH_CODES:
                self.show_connection_dialog(
                    profile, explain(exc), stored_key=self._key_home(profile), proxy_fault=exc
                )
            return False
        if attempt != self._attempt:  # another profile was chosen meanwhile
            await session.close()
            return False
        await self.set_session(session, profile, user)
        return True

    async def _client_options(self, profile: Profile) -> dict[str, Any]:
        """This run's options with the profile's proxy (its credentials from the keyring)."""
        proxy = None
        if profile.proxy.credentials and "proxy" not in self.ctx.client_options:
            proxy = await self.ctx.credentials.load_proxy(profile.id)
        return client_options(profile.proxy, proxy, self.ctx.client_options)

    async def set_session(
        self, session: Session, profile: Profile, user: str | None = None
    ) -> None:
        old, self.session, self.profile = self.session, session, profile
        self._tried = None
        if old is not None and old is not session:
            await old.close()
        if not self.ctx.ephemeral:
            self.ctx.profiles.set_last(profile.id)
        self.refresh_profiles()
        self._show_open_state()
        self.sessionChanged.emit(session, profile, user)

    async def close_session(self) -> None:
        if self.session is not None:
            await self.session.close()
        self.session, self.profile = None, None

    def _user_seen(self, user: str) -> None:
        if self.profile is None:
            return
        self.profile = self.profile.with_recent_user(user)
        if not self.ctx.ephemeral and self.ctx.profiles.get(self.profile.id) is not None:
            self.ctx.profiles.save(self.profile)
        self.userSeen.emit(user)

    # ---------------------------------------------------------------- the dialog

    def show_connection_dialog(
        self,
        profile: Profile | None,
        message: str = "",
        *,
        renew_key: bool = False,
        stored_key: StoredKey = StoredKey.NONE,
        keyring_problem: KeyringProblem | None = None,
        proxy_fault: ProxyError | None = None,
    ) -> None:
        """Add or edit a profile; with ``renew_key``, take a new key for the open session and
        keep the view as it is. ``stored_key``: where the profile's usable key is, if it has
        one; ``keyring_problem``: the keyring cannot be used (the key is for this session);
        ``proxy_fault``: the profile's proxy refused it (the cursor goes to the proxy field)."""
        if self.ctx.ephemeral:
            self.reporter.warning(message or self.tr("Connections cannot be changed in this mode."))
            return
        if self.dialog is not None and self.dialog.isVisible():
            activate(self.dialog)
            return
        from dify_desktop.ui.app_icon import set_app_icon
        from dify_desktop.ui.connection_dialog import ConnectionDialog

        # The dialog may come before the desk parts (the first start, a refused first page):
        # it carries the app's icon all the same, and closed at once it gives the keyboard back.
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        set_app_icon()
        FocusReturn.install(app)
        dialog = ConnectionDialog(
            self.ctx.profiles,
            self.ctx.credentials,
            self.ctx.tasks,
            profile,
            self._window,
            message,
            self.ctx.client_options,
            stored_key=stored_key,
            keyring_problem=keyring_problem,
        )
        dialog.setObjectName("connectionDialog")
        dialog.finished.connect(self._dialog_closed)

        def connected() -> None:
            assert dialog.profile is not None and dialog.api_key is not None
            if renew_key and self.session is not None and self.profile is not None:
                self.session.client.replace_api_key(dialog.api_key)
                self.profile = dialog.profile
                self.refresh_profiles()
                self.reporter.info(self.tr("New key accepted."))
                self.keyRenewed.emit()
            else:
                self.ctx.tasks.spawn(
                    self.open_profile(dialog.profile, dialog.api_key), TaskGroup.CONNECT
                )

        dialog.connected.connect(connected)
        dialog.open()
        if proxy_fault is not None:
            dialog.focus_field_at_fault(proxy_fault)
        self.dialog = dialog

    def _dialog_closed(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()

    def renew_key(self) -> None:
        """Dify refused the open session's key: ask for the current one, keep the view."""
        self.show_connection_dialog(
            self.profile,
            self.tr(
                "Dify refused this connection's API key (401): it may have been revoked or "
                "replaced. Paste the app's current key; the list stays as it is."
            ),
            renew_key=True,
        )

    # ---------------------------------------------------------------- deleting

    def _delete_profile(self) -> None:
        profile = self.shown
        if profile is None:
            return
        if self.ctx.credentials.is_session_only(profile.id):
            question = self.tr(
                "Delete the connection {0}? Its API key was kept for this session only and is "
                "forgotten. Nothing changes on the Dify server."
            )
        else:
            question = self.tr(
                "Delete the connection {0} and remove its API key from the "
                "system keyring? Nothing changes on the Dify server."
            )
        # QMessageBox's type is made when first needed, not on the way to the first page.
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete connection"),
            question.format(isolated(profile.name)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self._window,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Delete"))
        if box.exec() != QMessageBox.StandardButton.Yes:
            return
        self.ctx.tasks.spawn(self.delete_profile_now(profile), TaskGroup.PROFILE)

    async def delete_profile_now(self, profile: Profile) -> None:
        """Delete the profile and its key (without asking); if it is the one shown, close it and
        open the next profile, if there is one."""
        self.ctx.profiles.delete(profile.id)
        try:
            await self.ctx.credentials.delete(profile.id)
        except KeyringProblem as problem:
            self.reporter.warning(
                self.tr("The connection was deleted, but its key could not be removed: {0}").format(
                    explain(problem)
                )
            )
        if self.shown is None or self.shown.id != profile.id:
            self.refresh_profiles()
            return
        self._tried = None
        await self.close_session()
        self._set_disconnected()
        self.refresh_profiles()
        self.sessionChanged.emit(None, None, None)
        following = next(iter(self.ctx.profiles.all()), None)
        if following is not None:
            await self.open_profile(following)


def _no_list(_profile: Profile, _user: str | None) -> None:
    return None
