"""Connecting through the dialog: the key goes to the real Secret Service and nowhere else."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt

from dify_desktop.core.credentials import SERVICE
from dify_desktop.ui.connection_dialog import ConnectionDialog
from tests.ui.conftest import TIMEOUT, make_window


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


def open_dialog(qtbot: Any, qloop: Any, settings_file: Path) -> tuple[Any, ConnectionDialog]:
    window = make_window(
        qtbot, ephemeral=False, settings=QSettings(str(settings_file), QSettings.Format.IniFormat)
    )
    window.connection.add_profile_action.trigger()
    dialog = window.connection.dialog
    qtbot.waitExposed(dialog)
    return window, dialog


def fill(qtbot: Any, dialog: ConnectionDialog, name: str, url: str, key: str) -> None:
    dialog.name_edit.setText(name)
    dialog.url_edit.setText(url)
    dialog.key_edit.setFocus()
    qtbot.keyClicks(dialog.key_edit, key)
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)


def files_containing(root: Path, secret: str) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file() and secret.encode() in p.read_bytes()]


def test_connect_stores_the_key_in_the_keyring_only(
    qtbot: Any, qloop: Any, demo_server: Any, secret_service: Any, settings_file: Path, home: Path
) -> None:
    window, dialog = open_dialog(qtbot, qloop, settings_file)
    assert dialog.key_edit.echoMode() == dialog.key_edit.EchoMode.Password
    fill(qtbot, dialog, "Acme support", demo_server.base_url, demo_server.api_key)
    qtbot.waitUntil(
        lambda: window.session is not None and window.model.rowCount() == 0, timeout=TIMEOUT
    )
    profile = window.profile
    assert profile is not None and profile.name == "Acme support"
    assert secret_service.lookup(SERVICE, profile.id) == demo_server.api_key
    assert "Acme Support Assistant" in window.windowTitle()
    window.close()
    settings_text = settings_file.read_text()
    assert profile.id in settings_text and demo_server.base_url in settings_text
    assert demo_server.api_key not in settings_text
    assert files_containing(settings_file.parent, demo_server.api_key) == []
    assert files_containing(home, demo_server.api_key) == []


def test_connection_problems_are_explained(
    qtbot: Any, qloop: Any, demo_server: Any, secret_service: Any, settings_file: Path
) -> None:
    window, dialog = open_dialog(qtbot, qloop, settings_file)
    fill(qtbot, dialog, "Wrong key", demo_server.base_url, "app-not-the-key")
    qtbot.waitUntil(lambda: "refused (401)" in dialog.status.text(), timeout=TIMEOUT)
    assert dialog.isVisible() and window.session is None

    demo_server.store.app_mode = "workflow"
    dialog.key_edit.setText(demo_server.api_key)
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "no conversations" in dialog.status.text(), timeout=TIMEOUT)
    assert "workflow" in dialog.status.text()
    demo_server.store.app_mode = "advanced-chat"

    dialog.url_edit.setText("http://127.0.0.1:9/v1")  # nothing listens on the discard port
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Cannot reach the server" in dialog.status.text(), timeout=TIMEOUT)

    dialog.url_edit.setText("http://dify.example.internal/v1")
    assert dialog.insecure_ok.isVisible()
    assert "unencrypted" in dialog.status.text()
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert "Tick the box" in dialog.status.text()
    assert window.session is None


def test_without_a_keyring_the_key_can_be_used_for_this_session_only(
    qtbot: Any, qloop: Any, demo_server: Any, no_keyring: None, settings_file: Path, home: Path
) -> None:
    window, dialog = open_dialog(qtbot, qloop, settings_file)
    fill(qtbot, dialog, "No keyring here", demo_server.base_url, demo_server.api_key)
    qtbot.waitUntil(lambda: dialog.session_only.isVisible(), timeout=TIMEOUT)
    assert "No system keyring" in dialog.status.text()
    assert "this session only" in dialog.status.text()
    qtbot.mouseClick(dialog.session_only, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session is not None, timeout=TIMEOUT)
    assert window.ctx.credentials.is_session_only(window.profile.id)
    window.close()
    assert files_containing(home, demo_server.api_key) == []
    assert files_containing(settings_file.parent, demo_server.api_key) == []
