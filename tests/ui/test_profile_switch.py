"""Switching profiles when a server is down, and deleting a session-only profile.

The rule (issue 10, item 1): the combo names the profile whose data the window shows. A switch
that fails leaves the window on the profile that is open (the combo goes back); when nothing is
open, the combo names the profile that was tried, and *Edit*/*Delete connection…* act on it.
A profile pointing at a closed loopback port is a down server."""

from __future__ import annotations

import socket
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from dify_desktop.core.profiles import Profile, ProfileStore
from dify_desktop.core.settings import MemorySettings
from dify_desktop.ui.conversation_model import IdRole
from dify_desktop.ui.main_window import MainWindow
from dify_desktop.ui.reporter import Level, Topic
from tests.ui.conftest import TIMEOUT, answer_next_message_box, make_window


def closed_port_url() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/v1"  # nothing listens there any more


def two_profiles(qtbot: Any, demo_server: Any) -> tuple[MainWindow, Profile, Profile]:
    from dify_desktop.demo.seed import DEFAULT_USER

    settings = MemorySettings()
    up = Profile(
        id="id-up", name="Up app", base_url=demo_server.base_url, recent_users=(DEFAULT_USER,)
    )
    down = Profile(id="id-down", name="Down app", base_url=closed_port_url())
    store = ProfileStore(settings)
    store.save(up)
    store.save(down)
    window = make_window(qtbot, ephemeral=False, settings=settings)
    for profile in (up, down):  # no keyring needed: the keys live in memory
        window.ctx.credentials.keep_for_session(profile.id, demo_server.api_key)
    return window, up, down


def choose(window: MainWindow, profile: Profile) -> None:
    """As a person picks a profile in the combo."""
    index = window.profile_combo.findData(profile.id)
    window.profile_combo.setCurrentIndex(index)
    window.profile_combo.activated.emit(index)


def ids_shown(window: MainWindow) -> list[str]:
    return [window.proxy.index(r, 0).data(IdRole) for r in range(window.proxy.rowCount())]


def click_in_next_message_box(button: QMessageBox.StandardButton) -> None:
    """Click a button of the next message box (a static QMessageBox.question() answers
    NoButton to a plain done())."""

    def attempt() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, attempt)
            return
        box.button(button).click()

    QTimer.singleShot(0, attempt)


def delete_question(qtbot: Any, window: MainWindow) -> str:
    seen: dict[str, Any] = {}
    answer_next_message_box(QMessageBox.StandardButton.Cancel, seen)
    window.connection.delete_profile_action.trigger()
    qtbot.waitUntil(lambda: "text" in seen, timeout=TIMEOUT)
    return str(seen["text"])


def test_a_failed_switch_stays_on_the_open_profile(
    qtbot: Any, qloop: Any, demo_server: Any
) -> None:
    window, up, down = two_profiles(qtbot, demo_server)
    window.ctx.tasks.spawn(window.open_profile(up))
    qtbot.waitUntil(
        lambda: window.model.rowCount() > 0 and not window.model.loading, timeout=TIMEOUT
    )
    rows_before = ids_shown(window)
    state_before = window.connection_label.text()

    choose(window, down)
    qtbot.waitUntil(
        lambda: "Could not connect to Down app" in window.reporter.last(Level.ERROR),
        timeout=TIMEOUT,
    )
    assert "Cannot reach" in window.reporter.last(Level.ERROR)
    # The window is still on "Up app", and says so everywhere.
    assert window.profile is not None and window.profile.id == up.id
    assert window.profile_combo.currentData() == up.id
    assert window.profile_combo.currentText() == "Up app"
    assert window.connection_label.text() == state_before
    assert ids_shown(window) == rows_before
    # Every action acts on the profile shown.
    assert "Up app" in delete_question(qtbot, window)
    assert [p.id for p in window.ctx.profiles.all()] == [up.id, down.id]
    window.connection.edit_profile_action.trigger()
    dialog = window.connection.dialog
    assert dialog is not None and dialog.name_edit.text() == "Up app"
    dialog.reject()
    window.close()


def test_a_profile_that_cannot_open_is_the_one_shown_and_edited(
    qtbot: Any, qloop: Any, demo_server: Any
) -> None:
    window, _up, down = two_profiles(qtbot, demo_server)
    window.ctx.tasks.spawn(window.open_profile(down))
    qtbot.waitUntil(
        lambda: "Could not connect" in window.reporter.last(Level.ERROR), timeout=TIMEOUT
    )
    assert window.session is None and window.model.rowCount() == 0
    assert window.profile_combo.currentData() == down.id
    assert window.connection_label.text() == "Not connected"
    assert window.windowTitle() == "Dify Desktop"
    # Its address can be fixed, or it can be deleted: the actions act on "Down app".
    assert window.connection.edit_profile_action.isEnabled()
    question = delete_question(qtbot, window)
    assert "Down app" in question and "this session only" in question
    window.connection.edit_profile_action.trigger()
    dialog = window.connection.dialog
    assert dialog is not None and dialog.name_edit.text() == "Down app"
    assert "keep this session's key" in dialog.key_edit.placeholderText()
    dialog.url_edit.setText(demo_server.base_url)
    dialog.connect_button.click()
    qtbot.waitUntil(lambda: window.session is not None, timeout=TIMEOUT)
    assert window.profile is not None and window.profile.id == down.id
    assert window.profile_combo.currentData() == down.id
    window.close()


def test_the_last_choice_wins_when_switches_overlap(
    qtbot: Any, qloop: Any, demo_server: Any
) -> None:
    window, up, down = two_profiles(qtbot, demo_server)
    demo_server.latency_ms = 300  # "Up app" answers slowly; "Down app" fails at once
    window.ctx.tasks.spawn(window.open_profile(up))
    window.ctx.tasks.spawn(window.open_profile(down))
    qtbot.waitUntil(lambda: window.ctx.tasks.running() == 0, timeout=TIMEOUT)
    assert window.session is None
    assert window.profile_combo.currentData() == down.id
    window.close()


def test_deleting_a_session_only_connection_opens_the_next_one(
    qtbot: Any, qloop: Any, demo_server: Any, no_keyring: None
) -> None:
    window, up, down = two_profiles(qtbot, demo_server)
    window.ctx.tasks.spawn(window.open_profile(up))
    qtbot.waitUntil(lambda: window.session is not None, timeout=TIMEOUT)
    other = Profile(id="id-other", name="Other app", base_url=demo_server.base_url)
    window.ctx.profiles.delete(down.id)
    window.ctx.profiles.save(other)
    window.ctx.credentials.keep_for_session(other.id, demo_server.api_key)
    window.connection.refresh_profiles()

    click_in_next_message_box(QMessageBox.StandardButton.Yes)
    window.connection.delete_profile_action.trigger()
    qtbot.waitUntil(
        lambda: window.profile is not None and window.profile.id == other.id, timeout=TIMEOUT
    )
    assert [p.id for p in window.ctx.profiles.all()] == [other.id]
    # No keyring was asked about a key that only ever lived in memory.
    assert window.reporter.last(Level.WARNING) == ""
    assert window.profile_combo.currentData() == other.id
    window.close()


def test_a_switch_to_a_profile_without_its_key_stays_and_stops_saying_connecting(
    qtbot: Any, qloop: Any, demo_server: Any, no_keyring: None
) -> None:
    window, up, _down = two_profiles(qtbot, demo_server)
    keyless = Profile(id="id-keyless", name="Keyless app", base_url=demo_server.base_url)
    window.ctx.profiles.save(keyless)  # its key would be in the keyring, which is missing
    window.ctx.tasks.spawn(window.open_profile(up))
    qtbot.waitUntil(lambda: window.session is not None, timeout=TIMEOUT)
    state_before = window.connection_label.text()
    window.connection.refresh_profiles()

    choose(window, keyless)
    qtbot.waitUntil(lambda: window.connection.dialog is not None, timeout=TIMEOUT)
    dialog = window.connection.dialog
    assert dialog is not None and dialog.name_edit.text() == "Keyless app"
    dialog.reject()
    assert window.profile is not None and window.profile.id == up.id
    assert window.profile_combo.currentData() == up.id
    assert window.connection_label.text() == state_before
    current = window.reporter.current(Topic.CONNECTION)
    assert current is None or "Connecting" not in current.text
