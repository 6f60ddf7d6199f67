"""Proxy-password hygiene: after a --debug session through a proxy that asks for credentials -
a wrong password, the right one, the list, editing the connection - the proxy's password (and
the Basic credentials made from it) is in the keyring and in no file the app wrote, none of its
output, and no text of the window."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from dify_desktop.core.credentials import SERVICE, proxy_entry
from dify_desktop.core.proxy_settings import ProxyMode
from dify_desktop.demo.runner import DemoServer
from dify_desktop.demo.seed import DEFAULT_USER
from dify_desktop.ui.reporter import Level
from tests.faults.fault_kit import wait_for
from tests.hygiene.hygiene_kit import files_in, leaks_in_text, leaks_in_tree, make_key
from tests.hygiene.test_hygiene_keys import debug_home, debug_logging
from tests.proxy_kit import RecordingProxy
from tests.ui.conftest import make_window

__all__ = ["debug_home"]

USER = "proxy-agent"


@pytest.fixture
def password() -> str:
    return make_key().replace("app-", "px-")


@pytest.fixture
def auth_proxy(password: str) -> Iterator[RecordingProxy]:
    server = RecordingProxy(credentials=(USER, password))
    server.start()
    try:
        yield server
    finally:
        server.stop()


def basic(user: str, password: str) -> bytes:
    return base64.b64encode(f"{user}:{password}".encode())


def connect_through(qtbot: Any, dialog: Any, proxy_url: str, user: str, password: str) -> None:
    combo = dialog.proxy.mode_combo
    combo.setCurrentIndex(combo.findData(ProxyMode.MANUAL))
    dialog.proxy.url_edit.setText(proxy_url)
    dialog.proxy.user_edit.setText(user)
    dialog.proxy.password_edit.clear()
    dialog.proxy.password_edit.setFocus()
    qtbot.keyClicks(dialog.proxy.password_edit, password)
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)


def test_a_debug_session_through_an_authenticating_proxy_leaks_its_password_nowhere(
    qtbot: Any,
    qloop: Any,
    demo_server: DemoServer,
    secret_service: Any,
    auth_proxy: RecordingProxy,
    password: str,
    debug_home: Path,
    capfd: pytest.CaptureFixture[str],
) -> None:
    from dify_desktop.app import qsettings

    wrong = make_key().replace("app-", "wrong-")
    texts: list[str] = []
    with debug_logging() as log_path:
        settings = qsettings()
        window = make_window(qtbot, ephemeral=False, settings=settings)
        window.connection.add_profile_action.trigger()
        dialog = window.connection.dialog
        dialog.name_edit.setText("Proxy hygiene")
        dialog.url_edit.setText(demo_server.base_url)
        dialog.key_edit.setText(demo_server.api_key)
        connect_through(qtbot, dialog, auth_proxy.url, USER, wrong)
        wait_for(qtbot, lambda: "refused the user name" in dialog.status.text())
        texts += [dialog.status.text(), dialog.windowTitle()]
        connect_through(qtbot, dialog, auth_proxy.url, USER, password)
        wait_for(qtbot, lambda: window.session is not None)
        profile_id = window.profile.id
        window.user_combo.setEditText(DEFAULT_USER)
        qtbot.keyClick(window.user_combo.lineEdit(), Qt.Key.Key_Return)
        wait_for(qtbot, lambda: window.model.rowCount() > 0 and not window.model.loading)

        # Edit the connection: the saved password is used, never shown.
        window.connection.edit_profile_action.trigger()
        dialog = window.connection.dialog
        wait_for(qtbot, lambda: dialog.proxy.user_edit.text() == USER)
        texts += [dialog.proxy.password_edit.text(), dialog.proxy.password_edit.placeholderText()]
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
        wait_for(qtbot, lambda: len(auth_proxy.lines()) >= 5 and window.connection.dialog is None)
        texts += [
            window.windowTitle(),
            window.statusBar().currentMessage(),
            window.reporter.last(Level.WARNING) or "",
            window.connection.state,
        ]
        window.close()
        settings.sync()

    assert set(auth_proxy.users()) == {USER}
    assert len(auth_proxy.refused()) == 1  # the wrong password
    assert password in secret_service.lookup(SERVICE, proxy_entry(profile_id))
    written = files_in(debug_home)
    assert "config/dify-desktop/settings.ini" in written
    assert "state/dify-desktop/log/dify-desktop.log" in written
    assert "GET /info" in log_path.read_text()
    secrets = [password, wrong]
    assert leaks_in_tree(debug_home, secrets) == {}
    out = capfd.readouterr()
    assert leaks_in_text(out.out + out.err, secrets) == []
    for text in texts:
        assert leaks_in_text(text, secrets) == []
    for path in debug_home.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            for secret in secrets:
                assert basic(USER, secret).rstrip(b"=") not in data, path
