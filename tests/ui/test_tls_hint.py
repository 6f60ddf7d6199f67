"""An address that speaks plain http, reached with https (typed without a scheme, or https://),
is explained as such - not as an untrusted certificate."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt

from tests.ui.conftest import TIMEOUT, make_window


@pytest.mark.parametrize("scheme", ["", "https://"])
def test_https_to_a_plain_http_server_suggests_http(
    qtbot: Any, qloop: Any, demo_server: Any, secret_service: Any, tmp_path: Path, scheme: str
) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = make_window(qtbot, ephemeral=False, settings=settings)
    window.connection.add_profile_action.trigger()
    dialog = window.connection.dialog
    qtbot.waitExposed(dialog)
    dialog.name_edit.setText("Local Dify")
    dialog.url_edit.setText(scheme + demo_server.base_url.removeprefix("http://"))
    dialog.key_edit.setText(demo_server.api_key)
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "http://" in dialog.status.text(), timeout=TIMEOUT)
    text = dialog.status.text()
    assert "try an http:// address" in text
    assert "certificate" not in text and "IT" not in text.split()
    assert window.session is None
    window.close()
