"""Every view shows the state it is in: a transcript never outlives the list it came from (a
failed refresh, a deleted connection), and the middle of the window says it is connecting."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from dify_desktop.demo.faults import Fault
from dify_desktop.demo.seed import SEED_USERS
from tests.faults.fault_kit import closed_port
from tests.ui.conftest import TIMEOUT, make_window
from tests.ui.test_profiles import save_profile, settings_at


def wait_for_transcript(qtbot: Any, window: Any) -> None:
    qtbot.waitUntil(lambda: "Assistant" in window.messages.toPlainText(), timeout=TIMEOUT)


def test_a_failed_refresh_takes_the_transcript_away(
    qtbot: Any, window: Any, demo_server: Any
) -> None:
    window.view.setCurrentIndex(window.proxy.index(1, 0))
    wait_for_transcript(qtbot, window)
    demo_server.faults.add(Fault(method="GET", path="/conversations", status=500, times=1))
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.model.load_error is not None, timeout=TIMEOUT)
    assert "Could not load the conversations" in window.empty.text()
    assert window.messages.toPlainText() == ""
    assert window.messages.placeholderText() == "Select a conversation to read it."


def test_the_transcript_says_it_is_loading(qtbot: Any, window: Any, demo_server: Any) -> None:
    demo_server.faults.add(
        Fault(method="GET", path="/messages", kind="stall", delay_s=30.0, times=1)
    )
    window.view.setCurrentIndex(window.proxy.index(2, 0))
    assert window.messages.toPlainText() == ""
    assert window.messages.placeholderText() == "Loading the messages…"


def test_deleting_the_connection_takes_the_transcript_away(
    qtbot: Any, qloop: Any, demo_server: Any, secret_service: Any, tmp_path: Path
) -> None:
    settings = settings_at(tmp_path)
    profile = save_profile(settings, "Only", demo_server, (SEED_USERS[0],))
    window = make_window(qtbot, ephemeral=False, settings=settings)
    window.ctx.tasks.spawn(window.open_profile(profile, demo_server.api_key))
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=TIMEOUT)
    window.view.setCurrentIndex(window.proxy.index(0, 0))
    wait_for_transcript(qtbot, window)
    window.ctx.tasks.spawn(window.connection.delete_profile_now(profile))
    qtbot.waitUntil(lambda: window.profile is None, timeout=TIMEOUT)
    assert window.messages.toPlainText() == ""
    assert "Not connected" in window.empty.text()


def test_while_connecting_the_list_says_so_then_why_it_failed(
    qtbot: Any, qloop: Any, demo_server: Any
) -> None:
    from dify_desktop.core.profiles import Profile

    window = make_window(qtbot)
    demo_server.faults.add(Fault(method="GET", path="/info", kind="stall", delay_s=30.0, times=1))
    slow = Profile(id="slow", name="Slow app", base_url=demo_server.base_url)
    window.ctx.tasks.spawn(window.open_profile(slow, demo_server.api_key))
    qtbot.waitUntil(lambda: len(demo_server.requests("GET", "/info")) == 1, timeout=TIMEOUT)
    assert window.empty.text() == "Connecting to Slow app…"
    assert window.conversations.currentWidget() is window.empty

    down = Profile(id="down", name="Down app", base_url=f"http://127.0.0.1:{closed_port()}/v1")
    window.ctx.tasks.spawn(window.open_profile(down, demo_server.api_key))
    qtbot.waitUntil(lambda: "Could not connect" in window.empty.text(), timeout=TIMEOUT)
    assert window.empty.text().startswith("Not connected.")
    assert "Down app" in window.empty.text() and "Cannot reach" in window.empty.text()
