"""The connection dialog's proxy section: follow the system, no proxy, or a proxy of this
connection's own (address, user name, password - the last two kept in the keyring)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QWidget

from dify_desktop.api import ProxyError
from dify_desktop.api.proxy import PROXY_AUTH_FAILED, PROXY_AUTH_REQUIRED, proxy_address
from dify_desktop.core.credentials import Credentials
from dify_desktop.core.problems import Problem, ProblemId, problem
from dify_desktop.core.proxy_settings import (
    ProxyCredentials,
    ProxyMode,
    ProxySetting,
    check_proxy_url,
)
from dify_desktop.ui.accessibility import name_control

__all__ = ["ProxyChoice", "ProxyFields"]


class ProxyChoice:
    """What the section says once the connection is checked: the setting for the profile, the
    credentials to use, and whether the keyring must change (``store``)."""

    def __init__(
        self, setting: ProxySetting, credentials: ProxyCredentials | None, store: bool
    ) -> None:
        self.setting = setting
        self.credentials = credentials
        self.store = store


class ProxyFields(QGroupBox):
    """``had_credentials``: the profile being edited has proxy credentials in the keyring (an
    empty password field then keeps the saved password). ``run_proxy``: the proxy given for this
    run (--proxy), which is used instead of this setting."""

    def __init__(
        self,
        setting: ProxySetting,
        *,
        had_credentials: bool,
        run_proxy: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Proxy"), parent)
        self.setObjectName("proxySection")
        self._had = had_credentials and setting.mode is ProxyMode.MANUAL
        self.mode_combo = QComboBox()
        self.mode_combo.setObjectName("proxyMode")
        self.mode_combo.addItem(self.tr("Use the system's proxy settings"), ProxyMode.SYSTEM)
        self.mode_combo.addItem(self.tr("No proxy (connect directly)"), ProxyMode.NONE)
        self.mode_combo.addItem(self.tr("This proxy:"), ProxyMode.MANUAL)
        self.mode_combo.setCurrentIndex(self.mode_combo.findData(setting.mode))
        name_control(self.mode_combo, self.tr("Proxy mode"))
        self.url_edit = QLineEdit(setting.url)
        self.url_edit.setObjectName("proxyUrl")
        self.url_edit.setPlaceholderText("http://proxy.example.com:3128")
        name_control(self.url_edit, self.tr("Proxy address"))
        self.url_edit.setAccessibleDescription(
            self.tr("http://, socks5:// or socks5h://, a host and a port; no user name or password")
        )
        self.user_edit = QLineEdit()
        self.user_edit.setObjectName("proxyUser")
        self.user_edit.setPlaceholderText(self.tr("optional"))
        name_control(self.user_edit, self.tr("Proxy user name"))
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("proxyPassword")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        name_control(self.password_edit, self.tr("Proxy password"))
        self.password_edit.setPlaceholderText(
            self.tr("leave empty to keep the saved password") if self._had else self.tr("optional")
        )
        form = QFormLayout(self)
        if run_proxy is not None:
            note = QLabel(
                self.tr(
                    "For this run every request goes through {0} (--proxy); this setting "
                    "applies to the next runs."
                ).format(proxy_address(run_proxy))
            )
            note.setObjectName("proxyOverridden")
            note.setWordWrap(True)
            note.setTextFormat(Qt.TextFormat.PlainText)
            form.addRow(note)
        form.addRow(self.tr("Pro&xy"), self.mode_combo)
        form.addRow(self.tr("Proxy &address"), self.url_edit)
        form.addRow(self.tr("Proxy &user"), self.user_edit)
        form.addRow(self.tr("Proxy pass&word"), self.password_edit)
        self.mode_combo.currentIndexChanged.connect(self._mode_changed)
        self._mode_changed()

    def mode(self) -> ProxyMode:
        data = self.mode_combo.currentData()
        return data if isinstance(data, ProxyMode) else ProxyMode.SYSTEM

    def _mode_changed(self) -> None:
        manual = self.mode() is ProxyMode.MANUAL
        for field in (self.url_edit, self.user_edit, self.password_edit):
            field.setEnabled(manual)

    def set_busy(self, busy: bool) -> None:
        self.mode_combo.setEnabled(not busy)
        if busy:
            for field in (self.url_edit, self.user_edit, self.password_edit):
                field.setEnabled(False)
        else:
            self._mode_changed()

    def show_saved_user(self, credentials: ProxyCredentials | None) -> None:
        """The saved user name, once read from the keyring (unless one was typed meanwhile)."""
        if credentials is not None and not self.user_edit.text():
            self.user_edit.setText(credentials.username)

    def check(self) -> tuple[Problem, QWidget] | None:
        """What is wrong with what was typed, and the field to fix; None when it can be used."""
        if self.mode() is not ProxyMode.MANUAL:
            return None
        found = check_proxy_url(self.url_edit.text())
        if found is not None:
            return found, self.url_edit
        if self.password_edit.text() and not self.user_edit.text().strip():
            return problem(ProblemId.PROXY_PASSWORD_WITHOUT_USER), self.user_edit
        return None

    async def choice(self, credentials: Credentials, profile_id: str) -> ProxyChoice:
        """The setting and credentials to check the connection with (a saved password is read
        from the keyring when the field was left empty)."""
        mode, url = self.mode(), self.url_edit.text().strip()
        user, password = self.user_edit.text().strip(), self.password_edit.text()
        if mode is not ProxyMode.MANUAL or not user:
            return ProxyChoice(ProxySetting(mode, url), None, store=self._had)
        typed = ProxyCredentials(user, password)
        if not password and self._had:
            saved = await credentials.load_proxy(profile_id)
            if saved is not None and saved.username == user:
                return ProxyChoice(ProxySetting(mode, url, credentials=True), saved, store=False)
        return ProxyChoice(ProxySetting(mode, url, credentials=True), typed, store=True)

    def field_at_fault(self, exc: ProxyError) -> QWidget:
        if self.mode() is not ProxyMode.MANUAL:
            return self.mode_combo
        if exc.code == PROXY_AUTH_REQUIRED:
            return self.user_edit
        if exc.code == PROXY_AUTH_FAILED:
            return self.password_edit
        return self.url_edit
