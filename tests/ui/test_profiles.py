"""Several profiles: switch, edit, delete (with its key), remembered state, a key revoked mid-session."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt

from dify_desktop.core.credentials import SERVICE
from dify_desktop.core.profiles import Profile, ProfileStore
from dify_desktop.ui.conversation_model import IdRole
from tests.ui.conftest import TIMEOUT, make_window


def settings_at(path: Path) -> QSettings:
    return QSettings(str(path / "settings.ini"), QSettings.Format.IniFormat)


def save_profile(settings: QSettings, name: str, server: Any, users: tuple[str, ...]) -> Profile:
    profile = Profile(id=f"id-{name}", name=name, base_url=server.base_url, recent_users=users)
    ProfileStore(settings).save(profile)
    return profile


def test_switch_edit_and_delete_profiles(
    qtbot: Any, qloop: Any, demo_server: Any, secret_service: Any, tmp_path: Path
) -> None:
    from dify_desktop.demo.seed import SEED_USERS

    settings = settings_at(tmp_path)
    first = save_profile(settings, "First", demo_server, (SEED_USERS[0],))
    second = save_profile(settings, "Second", demo_server, (SEED_USERS[1],))
    window = make_window(qtbot, ephemeral=False, settings=settings)
    for profile in (first, second):
        window.ctx.tasks.spawn(window.ctx.credentials.save(profile.id, demo_server.api_key))
    qtbot.waitUntil(lambda: secret_service.lookup(SERVICE, second.id) is not None, timeout=TIMEOUT)
    window.ctx.tasks.spawn(window.open_profile(first))
    qtbot.waitUntil(
        lambda: window.model.user == SEED_USERS[0] and window.model.rowCount() > 0, timeout=TIMEOUT
    )
    assert window.profile_combo.count() == 2

    # Switch from the window: the other profile opens its own last user.
    index = window.profile_combo.findData(second.id)
    window.profile_combo.setCurrentIndex(index)
    window.profile_combo.activated.emit(index)
    qtbot.waitUntil(
        lambda: window.profile is not None and window.profile.id == second.id, timeout=TIMEOUT
    )
    qtbot.waitUntil(lambda: window.model.user == SEED_USERS[1], timeout=TIMEOUT)
    assert ProfileStore(settings).last_id() == second.id

    # Delete it: gone from the settings and from the keyring; the remaining profile opens.
    window.ctx.tasks.spawn(window.connection.delete_profile_now(second))
    qtbot.waitUntil(
        lambda: window.profile is not None and window.profile.id == first.id, timeout=TIMEOUT
    )
    assert [p.id for p in ProfileStore(settings).all()] == [first.id]
    assert secret_service.lookup(SERVICE, second.id) is None
    assert secret_service.lookup(SERVICE, first.id) == demo_server.api_key
    qtbot.waitUntil(lambda: window.model.user == SEED_USERS[0], timeout=TIMEOUT)
    assert window.profile_combo.currentData() == first.id

    # Delete the last one: nothing is connected, nothing is shown.
    window.ctx.tasks.spawn(window.connection.delete_profile_now(first))
    qtbot.waitUntil(lambda: window.profile is None, timeout=TIMEOUT)
    assert ProfileStore(settings).all() == []
    assert secret_service.lookup(SERVICE, first.id) is None
    assert "Not connected" in window.empty.text()
    assert window.windowTitle() == "Dify Desktop"
    assert window.connection_label.text() == "Not connected"
    assert window.profile_combo.currentIndex() == -1
    assert not window.connection.delete_profile_action.isEnabled()


def test_window_remembers_geometry_sort_and_user(
    qtbot: Any, qloop: Any, demo_server: Any, secret_service: Any, tmp_path: Path
) -> None:
    from dify_desktop.demo.seed import SEED_USERS

    settings = settings_at(tmp_path)
    profile = save_profile(settings, "Remembered", demo_server, ())
    window = make_window(qtbot, ephemeral=False, settings=settings)
    window.ctx.tasks.spawn(window.open_profile(profile, demo_server.api_key))
    qtbot.waitUntil(lambda: window.session is not None, timeout=TIMEOUT)
    window.user_combo.setEditText(SEED_USERS[2])
    qtbot.keyClick(window.user_combo.lineEdit(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=TIMEOUT)
    window.sort_combo.setCurrentIndex(2)
    window.sort_combo.activated.emit(2)
    window.resize(790, 455)  # above the window's minimum, within the offscreen screen
    window.close()

    settings = settings_at(tmp_path)
    again = make_window(qtbot, ephemeral=False, settings=settings)
    stored = ProfileStore(settings).get(profile.id)
    assert stored is not None and stored.recent_users[0] == SEED_USERS[2]
    assert again.conversations.sort_order() == "-created_at"
    assert (again.width(), again.height()) == (790, 455)


def test_a_key_revoked_mid_session_asks_for_a_new_one_and_keeps_the_view(
    qtbot: Any, qloop: Any, demo_server: Any, secret_service: Any, tmp_path: Path
) -> None:
    from dify_desktop.demo.seed import DEFAULT_USER

    settings = settings_at(tmp_path)
    profile = save_profile(settings, "Revoked", demo_server, (DEFAULT_USER,))
    window = make_window(qtbot, ephemeral=False, settings=settings)
    window.ctx.tasks.spawn(window.open_profile(profile, demo_server.api_key))
    qtbot.waitUntil(
        lambda: window.model.rowCount() > 0 and not window.model.loading, timeout=TIMEOUT
    )
    window.view.setCurrentIndex(window.proxy.index(3, 0))
    ids_before = [window.proxy.index(r, 0).data(IdRole) for r in range(window.proxy.rowCount())]

    demo_server.rotate_api_key("app-rotated-key")  # the old key is revoked on the server
    window.model.request_rename(
        window.proxy.mapToSource(window.proxy.index(3, 0)).row(), "After revoke", False
    )
    qtbot.waitUntil(
        lambda: window.connection.dialog is not None and window.connection.dialog.isVisible(),
        timeout=TIMEOUT,
    )
    dialog = window.connection.dialog
    assert "401" in window.statusBar().currentMessage()
    assert dialog.name_edit.text() == "Revoked"
    dialog.key_edit.setText("app-rotated-key")
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: window.statusBar().currentMessage() == "New key accepted.", timeout=TIMEOUT
    )
    assert window.connection.dialog is None
    assert secret_service.lookup(SERVICE, profile.id) == "app-rotated-key"
    # The view is as it was: same rows, same selection; and the next save works with the new key.
    assert [
        window.proxy.index(r, 0).data(IdRole) for r in range(window.proxy.rowCount())
    ] == ids_before
    assert window.view.currentIndex().row() == 3
    row = window.proxy.mapToSource(window.proxy.index(3, 0)).row()
    assert window.model.retry(row) is None
    qtbot.waitUntil(lambda: window.model.conversation(row).name == "After revoke", timeout=TIMEOUT)
