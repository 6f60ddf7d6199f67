"""The Dify account of a profile (Ctrl+Shift+D): sign in with e-mail and password, choose which
app of the workspace this profile is when more than one matches, sign out.

The password field is emptied as soon as it is sent and its text is never kept; the account's
session is kept by :class:`~dify_desktop.core.console_account.ConsoleAccount` (the keyring).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
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
from dify_desktop.api.console import ConsoleApp
from dify_desktop.core.console_account import ConsoleAccount
from dify_desktop.core.credentials import KeyringProblem
from dify_desktop.ui import all_users_texts as texts
from dify_desktop.ui.accessibility import name_control
from dify_desktop.ui.tasks import TaskGroup, Tasks
from dify_desktop.ui.text import plain


class AccountDialog(QDialog):
    """See the module docstring. ``ready`` is emitted once the account and its app are known."""

    ready = Signal()

    def __init__(
        self, account: ConsoleAccount, app: AppInfo, tasks: Tasks, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("accountDialog")
        self.setWindowTitle(self.tr("Dify account"))
        self._account = account
        self._app = app
        self._tasks = tasks
        self._candidates: tuple[ConsoleApp, ...] = ()

        self.address = QLabel(plain(account.console_url, 200))
        self.address.setTextFormat(Qt.TextFormat.PlainText)
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.email = QLineEdit(account.email or "")
        self.email.setObjectName("accountEmail")
        self.password = QLineEdit()
        self.password.setObjectName("accountPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.apps = QComboBox()
        self.apps.setObjectName("accountApps")
        self.apps_label = QLabel(self.tr("&App"))
        self.apps_label.setBuddy(self.apps)
        name_control(self.apps, self.tr("App"))

        form = QFormLayout()
        form.addRow(self._label(self.tr("Console"), self.address), self.address)
        form.addRow(self._label(self.tr("&E-mail"), self.email), self.email)
        form.addRow(self._label(self.tr("&Password"), self.password), self.password)
        form.addRow(self.apps_label, self.apps)

        note = QLabel(f"{texts.sso_note()}\n{texts.read_only_note()}")
        note.setTextFormat(Qt.TextFormat.PlainText)
        note.setWordWrap(True)
        note.setAccessibleName(self.tr("About the account"))
        self.status = QLabel()
        self.status.setObjectName("accountStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Account status"))

        buttons = QDialogButtonBox()
        self.sign_in_button = QPushButton(self.tr("&Sign in"))
        self.sign_in_button.setDefault(True)
        self.use_app_button = QPushButton(self.tr("&Use this app"))
        self.sign_out_button = QPushButton(self.tr("Sign &out"))
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        for button in (self.sign_in_button, self.use_app_button, self.sign_out_button, close):
            button.setAccessibleName(button.text().replace("&", ""))
        buttons.addButton(self.sign_in_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.use_app_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.sign_out_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.sign_in_button.clicked.connect(self.sign_in)
        self.use_app_button.clicked.connect(self._use_app)
        self.sign_out_button.clicked.connect(self.sign_out)

        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(note)
        column.addWidget(self.status)
        column.addWidget(buttons)
        self._show_apps(())
        self._show_state()
        (self.password if self.email.text() else self.email).setFocus()

    def _label(self, text: str, field: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(field)
        field.setAccessibleName(text.replace("&", ""))
        return label

    def _show_state(self) -> None:
        email = self._account.email
        self.status.setText(texts.signed_in_as(email) if email else texts.not_signed_in())
        self.sign_out_button.setEnabled(email is not None)

    def _show_apps(self, candidates: tuple[ConsoleApp, ...]) -> None:
        self._candidates = candidates
        self.apps.clear()
        for app in candidates:
            self.apps.addItem(f"{plain(app.name, 80)} ({app.mode}, {app.id})")
        several = len(candidates) > 1
        for widget in (self.apps, self.apps_label, self.use_app_button):
            widget.setVisible(several)

    def sign_in(self) -> None:
        email, password = self.email.text().strip(), self.password.text()
        self.password.clear()  # sent once, never kept
        self._set_busy(True)
        self._tasks.spawn(self._sign_in(email, password), TaskGroup.CONNECT)

    async def _sign_in(self, email: str, password: str) -> None:
        try:
            await self._account.sign_in(email, password)
            candidates = await self._account.match_app(self._app)
        except (DifyError, KeyringProblem) as error:
            self._set_busy(False)
            self.status.setText(texts.sign_in_problem(error))
            self.password.setFocus()
            return
        self._set_busy(False)
        self._show_state()
        if not candidates:
            self.status.setText(texts.no_matching_app(self._app.name, self._app.mode))
        elif len(candidates) > 1:
            self._show_apps(candidates)
            self.status.setText(texts.several_apps())
            self.apps.setFocus()
        else:
            self.ready.emit()
            self.accept()

    def _use_app(self) -> None:
        index = self.apps.currentIndex()
        if 0 <= index < len(self._candidates):
            self._tasks.spawn(self._choose(self._candidates[index]), TaskGroup.CONNECT)

    async def _choose(self, app: ConsoleApp) -> None:
        await self._account.choose_app(app)
        self.ready.emit()
        self.accept()

    def sign_out(self) -> None:
        self._tasks.spawn(self._sign_out(), TaskGroup.CONNECT)

    async def _sign_out(self) -> None:
        await self._account.sign_out()
        self._show_apps(())
        self._show_state()
        self.email.setFocus()

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.sign_in_button, self.email, self.password):
            widget.setEnabled(not busy)
