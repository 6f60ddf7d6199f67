"""A connection's proxy through the real dialog widgets, the real Secret Service and a real
recording proxy on loopback: the check and the list go through it, its failures are explained
as the proxy's with the cursor in the proxy field at fault, *none* goes direct and *system*
follows the environment, --proxy overrides the profile's."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from dify_desktop.core.credentials import SERVICE, Credentials, proxy_entry
from dify_desktop.core.profiles import Profile, ProfileStore
from dify_desktop.core.proxy_settings import ProxyMode, ProxySetting
from dify_desktop.demo.seed import DEFAULT_USER
from dify_desktop.ui.connection_dialog import ConnectionDialog
from dify_desktop.ui.context import AppContext
from dify_desktop.ui.main_window import MainWindow
from tests.proxy_kit import RecordingProxy, dead_port
from tests.ui.conftest import TIMEOUT

PASSWORD = "pr0xy-Pass+word/secret"


@pytest.fixture
def auth_proxy() -> Iterator[RecordingProxy]:
    server = RecordingProxy(credentials=("alice", PASSWORD))
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    return monkeypatch


def make_window(qtbot: Any, settings_file: Path, **options: Any) -> MainWindow:
    settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
    context = AppContext(
        settings=settings,
        profiles=ProfileStore(settings),
        credentials=Credentials(),
        client_options=options,
    )
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def add_dialog(qtbot: Any, window: MainWindow) -> ConnectionDialog:
    window.connection.add_profile_action.trigger()
    dialog = window.connection.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def type_into(qtbot: Any, field: Any, text: str) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    if text:
        qtbot.keyClicks(field, text)


def choose_mode(qtbot: Any, dialog: ConnectionDialog, mode: ProxyMode) -> None:
    combo = dialog.proxy.mode_combo
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    while combo.currentData() is not mode:
        qtbot.keyClick(combo, Qt.Key.Key_Down)


def fill(
    qtbot: Any,
    dialog: ConnectionDialog,
    server: Any,
    mode: ProxyMode,
    url: str = "",
    user: str = "",
    password: str = "",
) -> None:
    type_into(qtbot, dialog.name_edit, "Behind a proxy")
    type_into(qtbot, dialog.url_edit, server.base_url)
    type_into(qtbot, dialog.key_edit, server.api_key)
    choose_mode(qtbot, dialog, mode)
    if mode is ProxyMode.MANUAL:
        type_into(qtbot, dialog.proxy.url_edit, url)
        type_into(qtbot, dialog.proxy.user_edit, user)
        type_into(qtbot, dialog.proxy.password_edit, password)


def connect(qtbot: Any, dialog: ConnectionDialog) -> None:
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)


def show_user(qtbot: Any, window: MainWindow) -> None:
    window.user_combo.setEditText(DEFAULT_USER)
    qtbot.keyClick(window.user_combo.lineEdit(), Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: window.model.rowCount() > 0 and not window.model.loading, timeout=TIMEOUT
    )


def info_line(server: Any) -> str:
    return f"GET {server.base_url}/info HTTP/1.1"


def test_a_manual_proxy_with_credentials_carries_the_check_and_the_list(
    qtbot: Any,
    qloop: Any,
    demo_server: Any,
    secret_service: Any,
    auth_proxy: RecordingProxy,
    settings_file: Path,
    home: Path,
) -> None:
    window = make_window(qtbot, settings_file)
    dialog = add_dialog(qtbot, window)
    fill(qtbot, dialog, demo_server, ProxyMode.MANUAL, auth_proxy.url, "alice", PASSWORD)
    connect(qtbot, dialog)
    qtbot.waitUntil(lambda: window.session is not None, timeout=TIMEOUT)
    # The dialog's check, then the session's own first request.
    assert auth_proxy.lines() == [info_line(demo_server)] * 2
    show_user(qtbot, window)
    assert any("/conversations?" in line for line in auth_proxy.lines())
    assert set(auth_proxy.users()) == {"alice"} and auth_proxy.refused() == []

    profile = window.profile
    assert profile is not None
    assert profile.proxy == ProxySetting(ProxyMode.MANUAL, auth_proxy.url, credentials=True)
    assert secret_service.lookup(SERVICE, proxy_entry(profile.id)) is not None
    window.close()
    settings_text = settings_file.read_text()
    assert auth_proxy.url.split("//")[1] in settings_text
    assert PASSWORD not in settings_text and "alice" not in settings_text


def test_a_wrong_proxy_password_is_the_proxys_problem_and_the_password_field_is_at_fault(
    qtbot: Any,
    qloop: Any,
    demo_server: Any,
    secret_service: Any,
    auth_proxy: RecordingProxy,
    settings_file: Path,
) -> None:
    window = make_window(qtbot, settings_file)
    dialog = add_dialog(qtbot, window)
    fill(qtbot, dialog, demo_server, ProxyMode.MANUAL, auth_proxy.url, "alice", "not-it")
    connect(qtbot, dialog)
    address = f"127.0.0.1:{auth_proxy.port}"
    qtbot.waitUntil(lambda: "refused the user name" in dialog.status.text(), timeout=TIMEOUT)
    assert address in dialog.status.text()
    assert "reach the server" not in dialog.status.text()
    assert dialog.focusWidget() is dialog.proxy.password_edit
    assert dialog.proxy.user_edit.text() == "alice"  # what was typed stays
    assert window.session is None and auth_proxy.lines() == []

    # No user name at all: the proxy asks for one, and the cursor goes to the user field.
    type_into(qtbot, dialog.proxy.user_edit, "")
    type_into(qtbot, dialog.proxy.password_edit, "")
    connect(qtbot, dialog)
    qtbot.waitUntil(lambda: "asks for a user name" in dialog.status.text(), timeout=TIMEOUT)
    assert address in dialog.status.text()
    assert dialog.focusWidget() is dialog.proxy.user_edit

    type_into(qtbot, dialog.proxy.user_edit, "alice")
    type_into(qtbot, dialog.proxy.password_edit, PASSWORD)
    qtbot.keyClick(dialog.proxy.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.session is not None, timeout=TIMEOUT)
    assert auth_proxy.users() == ["alice", "alice"]


def test_a_dead_proxy_is_named_and_the_address_field_is_at_fault(
    qtbot: Any, qloop: Any, demo_server: Any, secret_service: Any, settings_file: Path
) -> None:
    window = make_window(qtbot, settings_file)
    dialog = add_dialog(qtbot, window)
    port = dead_port()
    fill(qtbot, dialog, demo_server, ProxyMode.MANUAL, f"socks5://127.0.0.1:{port}")
    connect(qtbot, dialog)
    qtbot.waitUntil(lambda: f"127.0.0.1:{port}" in dialog.status.text(), timeout=TIMEOUT)
    assert "proxy" in dialog.status.text() and "reach the server" not in dialog.status.text()
    assert dialog.focusWidget() is dialog.proxy.url_edit
    assert dialog.proxy.url_edit.selectedText() == f"socks5://127.0.0.1:{port}"
    assert window.session is None


@pytest.mark.parametrize(
    ("typed", "words", "field"),
    [
        ("ftp://proxy.example:21", "must start with http://", "url_edit"),
        ("proxy.example:3128", "must start with http://", "url_edit"),
        ("http://alice:pw@proxy.example:3128", "User and Password fields", "url_edit"),
        ("http://proxy.example", "needs a port", "url_edit"),
        ("http://:3128", "no host name", "url_edit"),
    ],
)
def test_a_typed_proxy_address_is_checked_before_anything_is_sent(
    qtbot: Any,
    qloop: Any,
    demo_server: Any,
    settings_file: Path,
    typed: str,
    words: str,
    field: str,
) -> None:
    window = make_window(qtbot, settings_file)
    dialog = add_dialog(qtbot, window)
    fill(qtbot, dialog, demo_server, ProxyMode.MANUAL, typed)
    connect(qtbot, dialog)
    assert words in dialog.status.text()
    assert dialog.focusWidget() is getattr(dialog.proxy, field)
    assert dialog.proxy.url_edit.text() == typed  # kept as typed
    assert "pw" not in dialog.status.text()
    assert demo_server.requests("GET", "/info") == []


def test_a_password_without_a_user_name_is_refused(
    qtbot: Any, qloop: Any, demo_server: Any, settings_file: Path
) -> None:
    window = make_window(qtbot, settings_file)
    dialog = add_dialog(qtbot, window)
    fill(qtbot, dialog, demo_server, ProxyMode.MANUAL, "http://127.0.0.1:3128", "", "pw")
    connect(qtbot, dialog)
    assert "needs a user name" in dialog.status.text()
    assert dialog.focusWidget() is dialog.proxy.user_edit


def test_none_goes_direct_whatever_the_environment_says_and_system_follows_it(
    qtbot: Any,
    qloop: Any,
    demo_server: Any,
    secret_service: Any,
    proxy: RecordingProxy,
    settings_file: Path,
    clean_env: pytest.MonkeyPatch,
) -> None:
    clean_env.setenv("HTTPS_PROXY", proxy.url)
    clean_env.setenv("HTTP_PROXY", proxy.url)
    window = make_window(qtbot, settings_file)
    dialog = add_dialog(qtbot, window)
    fill(qtbot, dialog, demo_server, ProxyMode.NONE)
    connect(qtbot, dialog)
    qtbot.waitUntil(lambda: window.session is not None, timeout=TIMEOUT)
    show_user(qtbot, window)
    assert proxy.lines() == []
    assert window.profile is not None and window.profile.proxy.mode is ProxyMode.NONE

    window.connection.edit_profile_action.trigger()
    dialog = window.connection.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert dialog.proxy.mode_combo.currentData() is ProxyMode.NONE
    assert not dialog.proxy.url_edit.isEnabled()
    choose_mode(qtbot, dialog, ProxyMode.SYSTEM)
    connect(qtbot, dialog)
    qtbot.waitUntil(lambda: len(proxy.lines()) >= 2, timeout=TIMEOUT)  # the check, the session
    qtbot.waitUntil(lambda: window.profile.proxy.mode is ProxyMode.SYSTEM, timeout=TIMEOUT)
    show_user(qtbot, window)
    assert proxy.lines()[:2] == [info_line(demo_server)] * 2
    # the list's request goes through the proxy too (it may still be on its way)
    qtbot.waitUntil(
        lambda: any("/conversations?" in line for line in proxy.lines()), timeout=TIMEOUT
    )


def test_editing_keeps_the_saved_password_and_a_switch_to_system_removes_it(
    qtbot: Any,
    qloop: Any,
    demo_server: Any,
    secret_service: Any,
    auth_proxy: RecordingProxy,
    settings_file: Path,
    clean_env: pytest.MonkeyPatch,
) -> None:
    window = make_window(qtbot, settings_file)
    dialog = add_dialog(qtbot, window)
    fill(qtbot, dialog, demo_server, ProxyMode.MANUAL, auth_proxy.url, "alice", PASSWORD)
    connect(qtbot, dialog)
    qtbot.waitUntil(lambda: window.session is not None, timeout=TIMEOUT)
    profile_id = window.profile.id

    window.connection.edit_profile_action.trigger()
    dialog = window.connection.dialog
    qtbot.waitExposed(dialog)
    assert dialog.proxy.url_edit.text() == auth_proxy.url
    qtbot.waitUntil(lambda: dialog.proxy.user_edit.text() == "alice", timeout=TIMEOUT)
    assert dialog.proxy.password_edit.text() == ""
    assert "keep the saved password" in dialog.proxy.password_edit.placeholderText()
    connect(qtbot, dialog)  # key and password left empty: both saved ones are used
    qtbot.waitUntil(lambda: len(auth_proxy.lines()) == 4, timeout=TIMEOUT)
    assert auth_proxy.refused() == []

    window.connection.edit_profile_action.trigger()
    dialog = window.connection.dialog
    qtbot.waitExposed(dialog)
    choose_mode(qtbot, dialog, ProxyMode.SYSTEM)
    connect(qtbot, dialog)
    qtbot.waitUntil(
        lambda: secret_service.lookup(SERVICE, proxy_entry(profile_id)) is None, timeout=TIMEOUT
    )
    qtbot.waitUntil(lambda: window.profile.proxy.mode is ProxyMode.SYSTEM, timeout=TIMEOUT)
    assert not window.profile.proxy.credentials
    assert secret_service.lookup(SERVICE, profile_id) == demo_server.api_key


def test_deleting_a_connection_removes_its_proxy_credentials(
    qtbot: Any, qloop: Any, secret_service: Any, settings_file: Path
) -> None:
    window = make_window(qtbot, settings_file)
    setting = ProxySetting(ProxyMode.MANUAL, "http://127.0.0.1:3128", credentials=True)
    profile = replace(Profile.new("Doomed", "http://127.0.0.1:9/v1"), proxy=setting)
    window.ctx.profiles.save(profile)
    secret_service.store(SERVICE, profile.id, "app-doomed-key")
    secret_service.store(SERVICE, proxy_entry(profile.id), '{"username": "a", "password": "b"}')
    window.ctx.tasks.spawn(window.connection.delete_profile_now(profile))
    qtbot.waitUntil(
        lambda: secret_service.lookup(SERVICE, proxy_entry(profile.id)) is None, timeout=TIMEOUT
    )
    assert secret_service.lookup(SERVICE, profile.id) is None
    assert window.ctx.profiles.all() == []


def test_the_command_lines_proxy_overrides_the_profiles(
    qtbot: Any,
    qloop: Any,
    demo_server: Any,
    secret_service: Any,
    proxy: RecordingProxy,
    settings_file: Path,
) -> None:
    window = make_window(qtbot, settings_file, proxy=proxy.url)
    dialog = add_dialog(qtbot, window)
    dead = f"http://127.0.0.1:{dead_port()}"
    fill(qtbot, dialog, demo_server, ProxyMode.MANUAL, dead)
    connect(qtbot, dialog)
    qtbot.waitUntil(lambda: window.session is not None, timeout=TIMEOUT)
    show_user(qtbot, window)
    assert proxy.lines()[:2] == [info_line(demo_server)] * 2
    assert window.profile.proxy.url == dead  # the profile keeps its own for other runs
    window.connection.edit_profile_action.trigger()
    note = window.connection.dialog.findChild(QLabel, "proxyOverridden")
    assert note is not None and f"127.0.0.1:{proxy.port}" in note.text()


def test_every_proxy_field_is_named_and_labelled(
    qtbot: Any, qloop: Any, settings_file: Path
) -> None:
    window = make_window(qtbot, settings_file)
    dialog = add_dialog(qtbot, window)
    section = dialog.proxy
    fields: list[QWidget] = [
        section.mode_combo,
        section.url_edit,
        section.user_edit,
        section.password_edit,
    ]
    layout = section.layout()
    assert isinstance(layout, QFormLayout)
    for field in fields:
        assert field.accessibleName()
        label = layout.labelForField(field)
        assert isinstance(label, QLabel) and label.buddy() is field
    assert section.password_edit.echoMode() == section.password_edit.EchoMode.Password
    assert section.mode_combo.currentData() is ProxyMode.SYSTEM  # a new connection
    assert not section.url_edit.isEnabled()
    choose_mode(qtbot, dialog, ProxyMode.MANUAL)
    assert section.url_edit.isEnabled() and section.password_edit.isEnabled()


def test_tab_goes_from_the_key_through_the_proxy_fields(
    qtbot: Any, qloop: Any, settings_file: Path
) -> None:
    window = make_window(qtbot, settings_file)
    dialog = add_dialog(qtbot, window)
    choose_mode(qtbot, dialog, ProxyMode.MANUAL)
    section = dialog.proxy
    order = [
        dialog.key_edit,
        section.mode_combo,
        section.url_edit,
        section.user_edit,
        section.password_edit,
    ]
    dialog.key_edit.setFocus()
    for field in order:
        qtbot.waitUntil(lambda w=field: dialog.focusWidget() is w, timeout=TIMEOUT)
        qtbot.keyClick(field, Qt.Key.Key_Tab)


def test_without_a_keyring_the_proxy_credentials_are_kept_for_this_session_only(
    qtbot: Any,
    qloop: Any,
    demo_server: Any,
    no_keyring: None,
    auth_proxy: RecordingProxy,
    settings_file: Path,
    home: Path,
) -> None:
    window = make_window(qtbot, settings_file)
    dialog = add_dialog(qtbot, window)
    fill(qtbot, dialog, demo_server, ProxyMode.MANUAL, auth_proxy.url, "alice", PASSWORD)
    connect(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.session_only.isVisible(), timeout=TIMEOUT)
    qtbot.mouseClick(dialog.session_only, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session is not None, timeout=TIMEOUT)
    assert auth_proxy.users() == ["alice", "alice"]  # the check, then the session
    window.close()
    for root in (settings_file.parent, home):
        assert not [
            p for p in root.rglob("*") if p.is_file() and PASSWORD.encode() in p.read_bytes()
        ]


def test_a_saved_proxy_password_that_no_longer_works_opens_the_dialog_at_it(
    qtbot: Any,
    qloop: Any,
    demo_server: Any,
    secret_service: Any,
    auth_proxy: RecordingProxy,
    settings_file: Path,
) -> None:
    window = make_window(qtbot, settings_file)
    setting = ProxySetting(ProxyMode.MANUAL, auth_proxy.url, credentials=True)
    profile = replace(Profile.new("Changed password", demo_server.base_url), proxy=setting)
    window.ctx.profiles.save(profile)
    secret_service.store(SERVICE, profile.id, demo_server.api_key)
    secret_service.store(
        SERVICE, proxy_entry(profile.id), '{"username": "alice", "password": "last-month"}'
    )
    window.ctx.tasks.spawn(window.open_profile(profile))
    qtbot.waitUntil(lambda: window.connection.dialog is not None, timeout=TIMEOUT)
    dialog = window.connection.dialog
    qtbot.waitExposed(dialog)
    intro = dialog.findChild(QLabel, "connectionIntro")
    assert "refused the user name and password" in intro.text()
    assert f"127.0.0.1:{auth_proxy.port}" in intro.text()
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.proxy.password_edit, timeout=TIMEOUT)
    assert "keep the saved key" in dialog.key_edit.placeholderText()
    qtbot.waitUntil(lambda: dialog.proxy.user_edit.text() == "alice", timeout=TIMEOUT)
    qtbot.keyClicks(dialog.proxy.password_edit, PASSWORD)
    qtbot.keyClick(dialog.proxy.password_edit, Qt.Key.Key_Return)
    # A guard against hanging, not a measure: a request the transport retries (with its
    # back-off) can take longer than the usual guard; the message says what happened.
    try:
        qtbot.waitUntil(lambda: window.session is not None, timeout=2 * TIMEOUT)
    except Exception as exc:
        said = [m.text for m in window.reporter.messages()]
        raise AssertionError((said, auth_proxy.lines(), auth_proxy.refused())) from exc
    assert auth_proxy.users() == ["alice", "alice"], (auth_proxy.lines(), auth_proxy.refused())
    stored = secret_service.lookup(SERVICE, proxy_entry(profile.id))
    assert PASSWORD in stored and "last-month" not in stored
