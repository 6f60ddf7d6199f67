"""Connect to a Dify app: profile name, base URL, API key, proxy - checked with GET /info (through
that proxy) before anything is saved. The key and the proxy's credentials go to the OS keyring
only; without one they can be kept for this session."""

from __future__ import annotations

import contextlib
import logging
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dify_desktop.api import (
    AppInfo,
    AuthenticationError,
    DifyError,
    NotChatAppError,
    PermissionDeniedError,
    ProxyError,
)
from dify_desktop.core.credentials import Credentials, KeyringProblem
from dify_desktop.core.profiles import (
    DEFAULT_BASE_URL,
    Profile,
    ProfileStore,
    check_base_url,
    is_insecure,
    normalize_base_url,
)
from dify_desktop.core.proxy_settings import ProxySetting, client_options
from dify_desktop.core.session import check_connection
from dify_desktop.ui import connection_texts, sentences
from dify_desktop.ui.connection_texts import (
    StoredKey,
    key_placeholder,
    session_only_intro,
    use_for_session_label,
)
from dify_desktop.ui.proxy_fields import ProxyChoice, ProxyFields
from dify_desktop.ui.sentences import explain_connect
from dify_desktop.ui.tasks import TaskGroup, Tasks

__all__ = ["ConnectionDialog", "StoredKey"]

log = logging.getLogger(__name__)


class ConnectionDialog(QDialog):
    """On success ``profile`` and ``api_key`` are set and the dialog is accepted.

    ``stored_key`` says whether the profile has a key to keep when the key field is left empty
    (by default: a profile being edited has one in the keyring). With ``keyring_problem`` the
    keyring is known to be unusable: the first text says so, and the key is used for this
    session only without asking again."""

    connected = Signal()

    def __init__(
        self,
        profiles: ProfileStore,
        credentials: Credentials,
        tasks: Tasks,
        profile: Profile | None = None,
        parent: QWidget | None = None,
        message: str = "",
        client_options: dict[str, Any] | None = None,
        *,
        stored_key: StoredKey | None = None,
        keyring_problem: KeyringProblem | None = None,
    ) -> None:
        super().__init__(parent)
        self._profiles = profiles
        self._credentials = credentials
        self._tasks = tasks
        self._client_options = client_options or {}
        self._editing = profile
        if stored_key is None:
            stored_key = StoredKey.KEYRING if profile else StoredKey.NONE
        self._stored_key = stored_key if profile else StoredKey.NONE
        self._keyring_problem = keyring_problem
        if keyring_problem is not None:
            message = session_only_intro(keyring_problem)
        self.profile: Profile | None = None
        self.api_key: str | None = None
        self._pending: tuple[Profile, str, ProxyChoice] | None = None

        self.setWindowTitle(
            self.tr("Edit connection") if profile else self.tr("Connect to a Dify app")
        )
        self.setMinimumWidth(520)

        intro = QLabel(message or connection_texts.connection_intro())
        intro.setObjectName("connectionIntro")
        intro.setAccessibleDescription(self.tr("About this connection"))  # its text is its name
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)

        self.name_edit = QLineEdit(profile.name if profile else "")
        self.name_edit.setObjectName("profileName")
        self.name_edit.setPlaceholderText(self.tr("e.g. Acme support bot"))
        self.name_edit.setAccessibleName(self.tr("Profile name"))
        self.url_edit = QLineEdit(profile.base_url if profile else DEFAULT_BASE_URL)
        self.url_edit.setObjectName("baseUrl")
        self.url_edit.setAccessibleName(self.tr("API base URL"))
        self.key_edit = QLineEdit()
        self.key_edit.setObjectName("apiKey")
        self.key_edit.setAccessibleName(self.tr("API key"))
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_edit.setPlaceholderText(key_placeholder(self._stored_key))
        self.insecure_ok = QCheckBox(self.tr("Send the key over unencrypted http:// anyway"))
        self.insecure_ok.setObjectName("allowInsecure")
        self.insecure_ok.setAccessibleName(self.insecure_ok.text())
        self.insecure_ok.setVisible(False)

        form = QFormLayout()
        form.addRow(self.tr("Profile name"), self.name_edit)
        form.addRow(self.tr("API base URL"), self.url_edit)
        form.addRow(self.tr("API key"), self.key_edit)
        form.addRow("", self.insecure_ok)
        self.proxy = ProxyFields(
            profile.proxy if profile else ProxySetting(),
            had_credentials=bool(profile and profile.proxy.credentials),
            run_proxy=self._client_options.get("proxy"),
        )

        self.status = QLabel()
        self.status.setObjectName("connectionStatus")
        self.status.setAccessibleDescription(self.tr("Connection status"))  # its text is its name
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.session_only = QPushButton(use_for_session_label())
        self.session_only.setObjectName("sessionOnly")
        self.session_only.setAccessibleName(use_for_session_label())
        self.session_only.setAutoDefault(False)  # the default only while it is the question
        self.session_only.setVisible(False)
        self.session_only.clicked.connect(self._use_for_session)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.connect_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.connect_button.setText(self.tr("Connect"))
        self.connect_button.setObjectName("connectButton")
        self.buttons.accepted.connect(self._start_connect)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.proxy)
        layout.addWidget(self.status)
        layout.addWidget(self.session_only)
        layout.addWidget(self.buttons)
        self.connect_button.setDefault(True)  # once it is inside the dialog

        self.url_edit.textChanged.connect(self._url_changed)
        self._url_changed(self.url_edit.text())
        (self.key_edit if profile else self.name_edit).setFocus()
        if profile is not None and profile.proxy.credentials:
            self._tasks.spawn(self._show_saved_proxy_user(profile.id), TaskGroup.CONNECT)

    async def _show_saved_proxy_user(self, profile_id: str) -> None:
        # A keyring problem is said when connecting, if the saved password is needed; the
        # dialog may be gone by the time the keyring answers.
        with contextlib.suppress(KeyringProblem, RuntimeError):
            self.proxy.show_saved_user(await self._credentials.load_proxy(profile_id))

    def _url_changed(self, text: str) -> None:
        insecure = is_insecure(text)
        self.insecure_ok.setVisible(insecure)
        if insecure:
            self._say(connection_texts.insecure_warning(), problem=True)
        else:
            self._say("")

    def _say(self, text: str, *, problem: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: #b3261e;" if problem else "")
        self.status.setVisible(bool(text))
        self._fit()

    # ---------------------------------------------------------------- layout

    def _fit(self) -> None:
        """Grow to the height the layout needs at this width: Qt does not give a top-level
        widget the height its word-wrapped labels need, so a long message squashed the fields."""
        layout = self.layout()
        if layout is None or not self.isVisible():
            return
        layout.activate()
        needed = layout.totalHeightForWidth(self.width())
        if needed <= 0:
            return
        self.setMinimumHeight(needed)
        if self.height() < needed:
            self.resize(self.width(), needed)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit()

    def _failed(self, text: str, field: QWidget) -> None:
        self._say(text, problem=True)
        self._retry_in(field)

    def _retry_in(self, field: QWidget) -> None:
        """Put the cursor in the field to fix, its text selected: Enter then tries again."""
        field.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(field, QLineEdit):
            field.selectAll()
        self.connect_button.setDefault(True)

    def focus_field_at_fault(self, exc: DifyError) -> None:
        """Put the cursor where ``exc`` (a failure met outside the dialog) is fixed."""
        self._retry_in(self._field_at_fault(exc))

    def _field_at_fault(self, exc: DifyError) -> QWidget:
        if isinstance(exc, ProxyError):
            return self.proxy.field_at_fault(exc)
        if isinstance(exc, AuthenticationError | PermissionDeniedError | NotChatAppError):
            return self.key_edit
        return self.url_edit  # a 404, TLS, an unreachable or failing server: the address

    def _busy(self, busy: bool) -> None:
        for widget in (self.name_edit, self.url_edit, self.key_edit, self.connect_button):
            widget.setEnabled(not busy)
        self.proxy.set_busy(busy)

    def _start_connect(self) -> None:
        name = self.name_edit.text().strip()
        url = normalize_base_url(self.url_edit.text())
        key = self.key_edit.text().strip()
        address_problem = check_base_url(url)
        problem = sentences.say(address_problem) if address_problem else None
        fix: QWidget = self.url_edit
        if not name:
            problem, fix = connection_texts.profile_name_missing(), self.name_edit
        elif not problem and not key and self._stored_key is StoredKey.NONE:
            problem, fix = connection_texts.key_missing(), self.key_edit
        elif not problem and is_insecure(url) and not self.insecure_ok.isChecked():
            problem, fix = connection_texts.insecure_not_confirmed(), self.insecure_ok
        elif not problem and (proxy_problem := self.proxy.check()) is not None:
            problem, fix = sentences.say(proxy_problem[0]), proxy_problem[1]
        if problem:
            self._say(problem, problem=True)
            self._retry_in(fix)
            return
        self.session_only.setVisible(False)
        self.connect_button.setDefault(True)
        self._busy(True)
        self._say(connection_texts.checking_key())
        profile = (
            replace(self._editing, name=name, base_url=url)
            if self._editing
            else Profile.new(name, url)
        )
        self._tasks.spawn(self._connect(profile, key), TaskGroup.CONNECT)

    async def _connect(self, profile: Profile, key: str) -> None:
        kept = not key  # the key the profile already has: it stays where it is
        info: AppInfo | None = None
        proxy: ProxyChoice | None = None
        keyring_field: QWidget = self.key_edit
        try:
            try:
                if kept:
                    key = await self._credentials.load(profile.id) or ""
                keyring_field = self.proxy.password_edit
                proxy = await self.proxy.choice(self._credentials, profile.id)
                profile = replace(profile, proxy=proxy.setting)
                if key:
                    options = client_options(proxy.setting, proxy.credentials, self._client_options)
                    info = await check_connection(profile.base_url, key, **options)
            finally:
                self._busy(False)
        except KeyringProblem as problem:
            self._failed(connection_texts.keyring_failed_paste_again(problem), keyring_field)
            return
        except DifyError as exc:
            self._failed(explain_connect(exc), self._field_at_fault(exc))
            return
        if info is None:
            self._failed(connection_texts.no_saved_key(), self.key_edit)
            return
        assert proxy is not None
        self._say(connection_texts.connected(info.name, info.mode))
        self._pending = (profile, key, proxy)
        if kept and not proxy.store:
            self._finish()
            return
        if self._keyring_problem is not None:  # said in the first text: no second question
            self._use_for_session()
            return
        try:
            if not kept:
                await self._credentials.save(profile.id, key)
            if proxy.store:
                await self._credentials.save_proxy(profile.id, proxy.credentials)
        except KeyringProblem as problem:
            self._say(
                connection_texts.connected_key_not_saved(info.name, info.mode, problem),
                problem=True,
            )
            self.session_only.setVisible(True)
            self._fit()
            self.session_only.setDefault(True)  # Enter answers the question
            self.session_only.setFocus()
            return
        self._finish()

    def _use_for_session(self) -> None:
        if self._pending is None:
            return
        profile, key, proxy = self._pending
        self._credentials.keep_for_session(profile.id, key, proxy.credentials)
        self._finish()

    def _finish(self) -> None:
        assert self._pending is not None
        profile, key, _proxy = self._pending
        self._profiles.save(profile)
        self.profile, self.api_key = profile, key
        self.connected.emit()
        self.accept()
