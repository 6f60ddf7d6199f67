"""A key revoked mid-session while listing or loading more (the rename case is in
tests/ui/test_profiles.py): the app asks for the profile's new key and the view stays as it was."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from dify_desktop.core.credentials import SERVICE
from dify_desktop.core.profiles import Profile, ProfileStore
from dify_desktop.core.settings import MemorySettings
from dify_desktop.demo.seed import DEFAULT_USER
from dify_desktop.ui.conversation_model import IdRole
from tests.faults.fault_kit import wait_for
from tests.ui.conftest import make_window

BULK_USER = "cus_bulk_revoked"


def shown_ids(window: Any) -> list[str]:
    return [window.proxy.index(r, 0).data(IdRole) for r in range(window.proxy.rowCount())]


def open_window(qtbot: Any, server: Any, profile: Profile) -> Any:
    settings = MemorySettings()
    ProfileStore(settings).save(profile)
    window = make_window(qtbot, ephemeral=False, settings=settings)
    window.ctx.tasks.spawn(window.open_profile(profile, server.api_key))
    wait_for(qtbot, lambda: window.model.rowCount() > 0 and not window.model.loading)
    return window


def give_new_key(qtbot: Any, window: Any, key: str) -> None:
    wait_for(
        qtbot,
        lambda: window.connection.dialog is not None and window.connection.dialog.isVisible(),
    )
    dialog = window.connection.dialog
    # It says why it asks, for this profile.
    assert any("(401)" in label.text() for label in dialog.findChildren(QLabel))
    assert dialog.name_edit.text() == window.profile.name
    dialog.key_edit.setText(key)
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: window.statusBar().currentMessage() == "New key accepted.")
    assert window.connection.dialog is None


def test_key_revoked_while_loading_more_asks_for_a_new_key_and_carries_on(
    qtbot: Any, qloop: Any, fault_server: Any, secret_service: Any
) -> None:
    base = 1_700_000_000
    for i in range(160):
        fault_server.store.add_conversation(
            BULK_USER, f"Bulk {i:03d}", created_at=base + i * 60, updated_at=base + i * 60
        )
    profile = Profile(
        id="revoked-more",
        name="Revoked more",
        base_url=fault_server.base_url,
        recent_users=(BULK_USER,),
    )
    window = open_window(qtbot, fault_server, profile)
    assert window.model.rowCount() == 100
    first = shown_ids(window)
    fault_server.rotate_api_key("app-rotated-while-paging")
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    wait_for(
        qtbot,
        lambda: window.connection.dialog is not None and window.connection.dialog.isVisible(),
    )
    assert "401" in window.statusBar().currentMessage()
    assert shown_ids(window) == first  # the view is as it was
    assert window.view.currentIndex().row() == 99
    give_new_key(qtbot, window, "app-rotated-while-paging")
    # Loading more carries on with the new key; nothing shown before moved or vanished.
    wait_for(qtbot, lambda: window.model.rowCount() == 160 and not window.model.loading)
    assert shown_ids(window)[:100] == first
    assert window.model.load_error is None
    assert secret_service.lookup(SERVICE, profile.id) == "app-rotated-while-paging"


def test_key_revoked_before_listing_another_user_asks_and_then_lists(
    qtbot: Any, qloop: Any, fault_server: Any, secret_service: Any
) -> None:
    profile = Profile(
        id="revoked-list",
        name="Revoked list",
        base_url=fault_server.base_url,
        recent_users=(DEFAULT_USER,),
    )
    window = open_window(qtbot, fault_server, profile)
    fault_server.rotate_api_key("app-rotated-while-listing")
    other = "cus_other_customer"
    fault_server.store.add_conversation(other, "Their only ticket")
    window.user_combo.setEditText(other)
    qtbot.keyClick(window.user_combo.lineEdit(), Qt.Key.Key_Return)
    wait_for(
        qtbot,
        lambda: window.connection.dialog is not None and window.connection.dialog.isVisible(),
    )
    assert "(401)" in window.empty.text() and "F5" in window.empty.text()
    assert window.user_combo.currentText() == other
    give_new_key(qtbot, window, "app-rotated-while-listing")
    wait_for(qtbot, lambda: window.model.rowCount() == 1 and not window.model.loading)
    assert window.model.conversation(0).name == "Their only ticket"
    assert window.model.user == other
