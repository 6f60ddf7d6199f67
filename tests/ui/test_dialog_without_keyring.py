"""The connection dialog on a system without a keyring: it lays itself out for its message, asks
once, and its texts fit the situation (nothing is "saved" when nothing could be)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from dify_desktop.core.profiles import Profile, ProfileStore
from dify_desktop.core.settings import MemorySettings
from dify_desktop.ui.connection_dialog import ConnectionDialog
from dify_desktop.ui.main_window import MainWindow
from tests.ui.conftest import TIMEOUT, make_window


def assert_laid_out(dialog: ConnectionDialog) -> None:
    """Every field has at least the height it asks for; every shown label its whole text."""
    for field in (dialog.name_edit, dialog.url_edit, dialog.key_edit):
        assert field.height() >= field.minimumSizeHint().height(), field.objectName()
    for label in dialog.findChildren(QLabel):
        if label.isVisible() and label.wordWrap() and label.text():
            assert label.height() >= label.heightForWidth(label.width()), label.text()
    assert dialog.height() >= dialog.layout().totalHeightForWidth(dialog.width())


def window_with_saved_profile(qtbot: Any, demo_server: Any) -> tuple[MainWindow, Profile]:
    settings = MemorySettings()
    profile = Profile(id="id-acme", name="Acme", base_url=demo_server.base_url)
    ProfileStore(settings).save(profile)
    return make_window(qtbot, ephemeral=False, settings=settings), profile


def test_opening_a_profile_without_a_keyring_asks_once(
    qtbot: Any, qloop: Any, demo_server: Any, no_keyring: None
) -> None:
    window, profile = window_with_saved_profile(qtbot, demo_server)
    window.ctx.tasks.spawn(window.open_profile(profile))
    qtbot.waitUntil(lambda: window.connection.dialog is not None, timeout=TIMEOUT)
    dialog = window.connection.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    intro = dialog.findChild(QLabel, "connectionIntro")
    assert intro is not None and "No system keyring" in intro.text()
    assert "this session only" in intro.text()
    assert "saved key" not in dialog.key_edit.placeholderText()
    assert_laid_out(dialog)

    dialog.key_edit.setFocus()
    qtbot.keyClicks(dialog.key_edit, demo_server.api_key)
    qtbot.keyClick(dialog.key_edit, Qt.Key.Key_Return)
    # No second question: the key is used for this session, as the first text said.
    qtbot.waitUntil(lambda: window.session is not None, timeout=TIMEOUT)
    assert window.ctx.credentials.is_session_only(profile.id)
    assert window.connection.dialog is None
    window.close()


def test_the_one_question_after_connect_fits_in_the_dialog(
    qtbot: Any, qloop: Any, demo_server: Any, no_keyring: None
) -> None:
    window = make_window(qtbot, ephemeral=False, settings=MemorySettings())
    window.connection.add_profile_action.trigger()
    dialog = window.connection.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert_laid_out(dialog)
    dialog.name_edit.setText("No keyring here")
    dialog.url_edit.setText(demo_server.base_url)
    dialog.key_edit.setText(demo_server.api_key)
    dialog.connect_button.click()
    qtbot.waitUntil(lambda: dialog.session_only.isVisible(), timeout=TIMEOUT)
    assert "this session only" in dialog.status.text()
    assert_laid_out(dialog)
    assert dialog.session_only.accessibleName()
    # Enter answers the question (it does not press Connect again).
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.session_only, timeout=TIMEOUT)
    assert dialog.session_only.isDefault() and not dialog.connect_button.isDefault()
    qtbot.keyClick(dialog.session_only, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.session is not None, timeout=TIMEOUT)
    window.close()


def test_editing_a_session_only_profile_says_which_key_is_kept(
    qtbot: Any, qloop: Any, demo_server: Any, no_keyring: None
) -> None:
    window, profile = window_with_saved_profile(qtbot, demo_server)
    window.ctx.credentials.keep_for_session(profile.id, demo_server.api_key)
    window.ctx.tasks.spawn(window.open_profile(profile))
    qtbot.waitUntil(lambda: window.session is not None, timeout=TIMEOUT)
    window.connection.edit_profile_action.trigger()
    dialog = window.connection.dialog
    assert dialog is not None
    assert "this session" in dialog.key_edit.placeholderText()
    assert "saved key" not in dialog.key_edit.placeholderText()
    # Leaving the key empty keeps it, without touching the (missing) keyring.
    dialog.name_edit.setText("Acme renamed")
    dialog.connect_button.click()
    qtbot.waitUntil(
        lambda: window.profile is not None and window.profile.name == "Acme renamed",
        timeout=TIMEOUT,
    )
    assert window.ctx.credentials.is_session_only(profile.id)
    window.close()


def test_a_refused_key_is_not_offered_as_the_one_to_keep(
    qtbot: Any, qloop: Any, demo_server: Any, no_keyring: None
) -> None:
    window, profile = window_with_saved_profile(qtbot, demo_server)
    window.ctx.credentials.keep_for_session(profile.id, "app-revoked-key")
    window.ctx.tasks.spawn(window.open_profile(profile))
    qtbot.waitUntil(lambda: window.connection.dialog is not None, timeout=TIMEOUT)
    dialog = window.connection.dialog
    assert dialog is not None
    assert "keep" not in dialog.key_edit.placeholderText()
    dialog.connect_button.click()  # an empty key is not "the saved one" here
    assert "Paste the app's API key" in dialog.status.text()
    window.close()
