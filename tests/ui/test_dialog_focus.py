"""After a failed Connect the focus is in the field at fault, its text selected, and Enter
retries (Connect stays the default button): it never lands on Cancel."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from dify_desktop.ui.connection_dialog import ConnectionDialog
from dify_desktop.ui.main_window import MainWindow
from tests.ui.conftest import TIMEOUT, make_window
from tests.ui.test_profile_switch import closed_port_url


def open_dialog(qtbot: Any, tmp_path: Path) -> tuple[MainWindow, ConnectionDialog]:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = make_window(qtbot, ephemeral=False, settings=settings)
    window.connection.add_profile_action.trigger()
    dialog = window.connection.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return window, dialog


def connect_with_enter(qtbot: Any, dialog: ConnectionDialog, name: str, url: str, key: str) -> None:
    dialog.name_edit.setText(name)
    dialog.url_edit.setText(url)
    dialog.key_edit.setText(key)
    dialog.key_edit.setFocus()
    qtbot.keyClick(dialog.key_edit, Qt.Key.Key_Return)


def assert_focus_on(qtbot: Any, dialog: ConnectionDialog, field: QLineEdit) -> None:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field, timeout=TIMEOUT)
    assert field.selectedText() == field.text() != ""
    assert dialog.connect_button.isDefault()
    assert dialog.isVisible()


def test_after_a_refused_key_enter_retries_with_the_key_selected(
    qtbot: Any, qloop: Any, demo_server: Any, secret_service: Any, tmp_path: Path
) -> None:
    window, dialog = open_dialog(qtbot, tmp_path)
    connect_with_enter(qtbot, dialog, "Acme", demo_server.base_url, "app-not-the-key")
    qtbot.waitUntil(lambda: "refused (401)" in dialog.status.text(), timeout=TIMEOUT)
    assert_focus_on(qtbot, dialog, dialog.key_edit)

    # Typing replaces the selected key; Enter connects with what was typed before.
    qtbot.keyClicks(dialog.key_edit, demo_server.api_key)
    assert dialog.key_edit.text() == demo_server.api_key
    qtbot.keyClick(dialog.key_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.session is not None, timeout=TIMEOUT)
    assert window.profile is not None and window.profile.name == "Acme"
    window.close()


@pytest.mark.parametrize("where", ["not Dify (404)", "unreachable"])
def test_after_a_wrong_address_enter_retries_with_the_address_selected(
    qtbot: Any, qloop: Any, demo_server: Any, tmp_path: Path, where: str
) -> None:
    window, dialog = open_dialog(qtbot, tmp_path)
    url = demo_server.base_url + "/nothing" if where.endswith("(404)") else closed_port_url()
    connect_with_enter(qtbot, dialog, "Acme", url, demo_server.api_key)
    qtbot.waitUntil(
        lambda: dialog.status.text() not in ("", "Checking the key with the server…"),
        timeout=TIMEOUT,
    )
    assert_focus_on(qtbot, dialog, dialog.url_edit)
    assert window.session is None

    # Enter with the same (wrong) address tries again and the dialog stays, with its fields.
    requests_before = len(demo_server.requests())
    qtbot.keyClick(dialog.url_edit, Qt.Key.Key_Return)
    if where.endswith("(404)"):
        qtbot.waitUntil(lambda: len(demo_server.requests()) > requests_before, timeout=TIMEOUT)
    assert_focus_on(qtbot, dialog, dialog.url_edit)
    assert dialog.name_edit.text() == "Acme" and dialog.key_edit.text() == demo_server.api_key
    window.close()


def test_a_missing_name_puts_the_cursor_in_the_name(
    qtbot: Any, qloop: Any, demo_server: Any, tmp_path: Path
) -> None:
    window, dialog = open_dialog(qtbot, tmp_path)
    connect_with_enter(qtbot, dialog, "", demo_server.base_url, demo_server.api_key)
    assert "Give the profile a name" in dialog.status.text()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.name_edit, timeout=TIMEOUT)
    assert dialog.connect_button.isDefault()
    window.close()
