"""A settings file whose saved connections cannot be read: the window says so once, without a
modal dialog, and a new connection can be added without losing what was there."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from dify_desktop.ui.reporter import Level
from tests.ui.conftest import TIMEOUT
from tests.ui.test_connecting import fill, open_dialog

DAMAGED = '[{"id": "0b7c-lost-profile", "name": "Acme", "base_url": "https://dify.acme.test/v1"'


def test_a_damaged_store_survives_a_new_profile(
    qtbot: Any, qloop: Any, demo_server: Any, secret_service: Any, tmp_path: Path
) -> None:
    settings_file = tmp_path / "settings.ini"
    damaged = QSettings(str(settings_file), QSettings.Format.IniFormat)
    damaged.setValue("profiles/all", DAMAGED)
    damaged.sync()
    del damaged

    window, dialog = open_dialog(qtbot, qloop, settings_file)
    notice = window.reporter.last(Level.WARNING)
    aside = sorted(tmp_path.glob("settings.ini.unreadable-profiles-*"))
    backups = sorted(tmp_path.glob("settings.ini.backup-*"))
    assert len(aside) == 1 and len(backups) == 1
    assert str(aside[0]) in notice and str(backups[0]) in notice, notice
    assert "0b7c-lost-profile" in notice and "keyring" in notice, notice
    # The notice is not a dialog: the connection dialog is the only window in front.
    assert QApplication.activeModalWidget() in (None, dialog)
    assert {w for w in QApplication.topLevelWidgets() if w.isVisible()} == {window, dialog}

    fill(qtbot, dialog, "New app", demo_server.base_url, demo_server.api_key)
    qtbot.waitUntil(lambda: window.session is not None, timeout=TIMEOUT)
    window.close()

    # What could not be read is still on disk, untouched, next to the new settings.
    assert "0b7c-lost-profile" in aside[0].read_text()
    backup = QSettings(str(backups[0]), QSettings.Format.IniFormat)
    assert backup.value("profiles/all") == DAMAGED
    saved = QSettings(str(settings_file), QSettings.Format.IniFormat)
    assert "New app" in str(saved.value("profiles/all"))
    assert sorted(tmp_path.glob("settings.ini.unreadable-profiles-*")) == aside
