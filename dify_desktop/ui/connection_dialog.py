"""Connect to a Dify app: profile name, base URL, API key - checked with GET /info before anything
is saved. The key goes to the OS keyring only; without one it can be kept for this session."""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt, Signal
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

from dify_desktop.api import AppInfo, DifyError
from dify_desktop.core.credentials import Credentials, KeyringProblem
from dify_desktop.core.profiles import (
    DEFAULT_BASE_URL,
    Profile,
    ProfileStore,
    check_base_url,
    is_insecure,
    normalize_base_url,
)
from dify_desktop.core.session import check_connection
from dify_desktop.ui import sentences
from dify_desktop.ui.sentences import explain_connect
from dify_desktop.ui.tasks import TaskGroup, Tasks

__all__ = ["ConnectionDialog"]

log = logging.getLogger(__name__)


class ConnectionDialog(QDialog):
    """On success ``profile`` and ``api_key`` are set and the dialog is accepted."""

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
    ) -> None:
        super().__init__(parent)
        self._profiles = profiles
        self._credentials = credentials
        self._tasks = tasks
        self._client_options = client_options or {}
        self._editing = profile
        self.profile: Profile | None = None
        self.api_key: str | None = None
        self._pending: tuple[Profile, str, AppInfo] | None = None

        self.setWindowTitle(
            self.tr("Edit connection") if profile else self.tr("Connect to a Dify app")
        )
        self.setMinimumWidth(520)

        intro = QLabel(message or sentences.connection_intro())
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
        self.key_edit.setPlaceholderText(
            self.tr("leave empty to keep the saved key") if profile else "app-…"
        )
        self.insecure_ok = QCheckBox(self.tr("Send the key over unencrypted http:// anyway"))
        self.insecure_ok.setObjectName("allowInsecure")
        self.insecure_ok.setVisible(False)

        form = QFormLayout()
        form.addRow(self.tr("Profile name"), self.name_edit)
        form.addRow(self.tr("API base URL"), self.url_edit)
        form.addRow(self.tr("API key"), self.key_edit)
        form.addRow("", self.insecure_ok)

        self.status = QLabel()
        self.status.setObjectName("connectionStatus")
        self.status.setAccessibleName(self.tr("Connection status"))
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.session_only = QPushButton(self.tr("Use the key for this session only"))
        self.session_only.setObjectName("sessionOnly")
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
        layout.addWidget(self.status)
        layout.addWidget(self.session_only)
        layout.addWidget(self.buttons)

        self.url_edit.textChanged.connect(self._url_changed)
        self._url_changed(self.url_edit.text())
        (self.key_edit if profile else self.name_edit).setFocus()

    def _url_changed(self, text: str) -> None:
        insecure = is_insecure(text)
        self.insecure_ok.setVisible(insecure)
        if insecure:
            self._say(sentences.insecure_warning(), problem=True)
        else:
            self._say("")

    def _say(self, text: str, *, problem: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: #b3261e;" if problem else "")

    def _busy(self, busy: bool) -> None:
        for widget in (self.name_edit, self.url_edit, self.key_edit, self.connect_button):
            widget.setEnabled(not busy)

    def _start_connect(self) -> None:
        name = self.name_edit.text().strip()
        url = normalize_base_url(self.url_edit.text())
        key = self.key_edit.text().strip()
        problem = check_base_url(url)
        if not name:
            problem = sentences.profile_name_missing()
        elif not problem and not key and self._editing is None:
            problem = sentences.key_missing()
        elif not problem and is_insecure(url) and not self.insecure_ok.isChecked():
            problem = sentences.insecure_not_confirmed()
        if problem:
            self._say(problem, problem=True)
            return
        self.session_only.setVisible(False)
        self._busy(True)
        self._say(sentences.checking_key())
        profile = (
            replace(self._editing, name=name, base_url=url)
            if self._editing
            else Profile.new(name, url)
        )
        self._tasks.spawn(self._connect(profile, key), TaskGroup.CONNECT)

    async def _connect(self, profile: Profile, key: str) -> None:
        try:
            if not key:
                key = await self._credentials.load(profile.id) or ""
                if not key:
                    self._say(sentences.no_saved_key(), problem=True)
                    return
            info = await check_connection(profile.base_url, key, **self._client_options)
        except KeyringProblem as problem:
            self._say(sentences.keyring_failed_paste_again(problem), problem=True)
            return
        except DifyError as exc:
            self._say(explain_connect(exc), problem=True)
            return
        finally:
            self._busy(False)
        self._say(sentences.connected(info.name, info.mode))
        self._pending = (profile, key, info)
        try:
            await self._credentials.save(profile.id, key)
        except KeyringProblem as problem:
            self._say(
                sentences.connected_key_not_saved(info.name, info.mode, problem), problem=True
            )
            self.session_only.setVisible(True)
            self.session_only.setFocus()
            return
        self._finish()

    def _use_for_session(self) -> None:
        if self._pending is None:
            return
        profile, key, _ = self._pending
        self._credentials.keep_for_session(profile.id, key)
        self._finish()

    def _finish(self) -> None:
        assert self._pending is not None
        profile, key, _info = self._pending
        self._profiles.save(profile)
        self.profile, self.api_key = profile, key
        self.connected.emit()
        self.accept()
