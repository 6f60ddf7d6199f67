"""Key hygiene: after a --debug session - connecting, listing, renaming, errors, a server that
echoes the key back, a revoked key - the key is in no file the app wrote and in none of its
output, in any form (raw, URL-encoded, base64, hex...). Debug logs show ``Bearer ***``."""

from __future__ import annotations

import contextlib
import json
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from dify_desktop.core import logs
from dify_desktop.demo.faults import Fault
from dify_desktop.demo.runner import DemoServer
from dify_desktop.demo.seed import DEFAULT_USER
from dify_desktop.ui.conversation_model import Column
from dify_desktop.ui.reporter import Level
from tests.app_process import isolated_env, run_app
from tests.faults.fault_kit import cell, row_message, select, settled, wait_for
from tests.hygiene.hygiene_kit import (
    files_in,
    leaks_in_text,
    leaks_in_tree,
    make_key,
)
from tests.ui.conftest import make_window, open_editor


def echoing(status: int, key: str, **extra: Any) -> Fault:
    """A server (or a proxy's debug page) that quotes the request's Authorization header."""
    return Fault(
        method=extra.pop("method", "GET"),
        path=extra.pop("path", "/conversations"),
        kind="status",
        status=status,
        body=extra.pop(
            "body",
            json.dumps(
                {
                    "code": "unknown",
                    "message": f"Rejected header Authorization: Bearer {key}",
                    "status": status,
                }
            ),
        ),
        **extra,
    )


@pytest.fixture
def keyed_server() -> Iterator[DemoServer]:
    server = DemoServer(api_key=make_key())
    server.start()
    try:
        yield server
    finally:
        server.stop()


def log_file(home: Path) -> Path:
    return home / "state" / "dify-desktop" / "log" / "dify-desktop.log"


# ----------------------------------------------------------------------------- the real app


def test_debug_run_of_the_real_app_leaks_the_key_nowhere(
    tmp_path: Path, keyed_server: DemoServer
) -> None:
    key = keyed_server.api_key
    # On the way to the first page the server fails three times (each retried), twice quoting
    # the key back in its error.
    keyed_server.faults.add(
        echoing(
            503,
            key,
            path="/info",
            body=f"<html><body><h1>503</h1><pre>Authorization: Bearer {key}</pre></body></html>",
            content_type="text/html",
            times=1,
        )
    )
    keyed_server.faults.add(echoing(429, key, headers={"Retry-After": "0"}, times=1))
    keyed_server.faults.add(
        Fault(method="GET", path="/conversations", kind="reset_mid_body", times=1)
    )
    home = tmp_path / "home"
    done = run_app(
        ["--base-url", keyed_server.base_url, "--user", DEFAULT_USER, "--smoke-test", "--debug"],
        home,
        key=key,
    )
    assert done.returncode == 0, done.stderr
    assert "smoke test passed" in done.stdout
    assert len(keyed_server.requests("GET", "/conversations")) == 3  # really retried
    log_text = log_file(home).read_text()
    assert "Bearer ***" in log_text and "Bearer ***" in done.stderr
    assert "retrying GET /conversations" in log_text  # the errors were logged...
    assert "Rejected header Authorization: Bearer ***" in log_text  # ...with the key redacted
    assert leaks_in_text(done.stdout, [key]) == []
    assert leaks_in_text(done.stderr, [key]) == []
    assert leaks_in_tree(home, [key]) == {}
    assert files_in(home) == ["state/dify-desktop/log/dify-desktop.log"]


def test_failed_debug_runs_leak_the_key_nowhere_either(
    tmp_path: Path, keyed_server: DemoServer
) -> None:
    key = keyed_server.api_key
    home = tmp_path / "home"
    # A redirect that quotes the key in its address (never followed), then a revoked key.
    keyed_server.faults.add(
        Fault(
            method="GET",
            path="/info",
            kind="status",
            status=302,
            body="",
            content_type="text/html",
            headers={"Location": f"https://sso.example/login?token={key}"},
            times=1,
        )
    )
    args = ["--base-url", keyed_server.base_url, "--user", DEFAULT_USER, "--smoke-test", "--debug"]
    redirected = run_app(args, home, key=key)
    assert redirected.returncode == 1
    assert "redirected the request to https://sso.example/login?token=***" in redirected.stderr
    keyed_server.rotate_api_key(make_key())
    revoked = run_app(args, home, key=key)
    assert revoked.returncode == 1 and "(401)" in revoked.stderr
    for done in (redirected, revoked):
        assert leaks_in_text(done.stdout + done.stderr, [key]) == []
    assert leaks_in_tree(home, [key, keyed_server.api_key]) == {}
    assert "Bearer ***" in log_file(home).read_text()


# ----------------------------------------------------------------------------- in-process


@pytest.fixture
def debug_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A throwaway HOME (all XDG directories and TMPDIR inside it) for settings and the log."""
    home = tmp_path / "home"
    for name, value in isolated_env(home).items():
        if name in ("HOME", "TMPDIR") or name.startswith("XDG_"):
            monkeypatch.setenv(name, value)
    return home


@contextlib.contextmanager
def debug_logging() -> Iterator[Path]:
    """Logging set up exactly as ``--debug`` does (logs.setup); put back afterwards."""
    root = logging.getLogger()
    saved_handlers, saved_level = list(root.handlers), root.level
    noisy = ("httpcore", "httpx", "qasync", "asyncio", "uvicorn")
    saved_levels = {name: logging.getLogger(name).level for name in noisy}
    saved_secrets = set(logs._secrets)
    try:
        path = logs.setup(debug=True)
        assert path is not None
        yield path
    finally:
        for handler in root.handlers:
            if handler not in saved_handlers:
                handler.flush()
                handler.close()
        root.handlers[:] = saved_handlers
        root.setLevel(saved_level)
        for name, level in saved_levels.items():
            logging.getLogger(name).setLevel(level)
        logs._secrets.clear()
        logs._secrets.update(saved_secrets)


def test_full_debug_session_through_the_window_leaks_the_key_nowhere(
    qtbot: Any,
    qloop: Any,
    keyed_server: DemoServer,
    secret_service: Any,
    debug_home: Path,
    capfd: pytest.CaptureFixture[str],
) -> None:
    with debug_logging() as path:
        assert debug_home in path.parents
        keys = run_full_session(qtbot, keyed_server, secret_service)
    written = files_in(debug_home)
    assert "config/dify-desktop/settings.ini" in written
    assert "state/dify-desktop/log/dify-desktop.log" in written
    log_text = path.read_text()
    assert "Authorization: Bearer ***" in log_text
    assert "Rejected header Authorization: Bearer ***" in log_text
    assert leaks_in_tree(debug_home, keys) == {}
    out = capfd.readouterr()
    assert "Bearer ***" in out.err  # --debug logs to stderr too
    assert leaks_in_text(out.out + out.err, keys) == []


def run_full_session(qtbot: Any, server: DemoServer, secret_service: Any) -> list[str]:
    """Connect, list, read, rename, errors (some quoting the key), a revoked key. The keys."""
    from dify_desktop.app import qsettings

    key, new_key = server.api_key, make_key()
    settings = qsettings()
    window = make_window(qtbot, ephemeral=False, settings=settings)

    # Connect through the dialog, typing the key.
    window.connection.add_profile_action.trigger()
    dialog = window.connection.dialog
    dialog.name_edit.setText("Hygiene")
    dialog.url_edit.setText(server.base_url)
    dialog.key_edit.setFocus()
    qtbot.keyClicks(dialog.key_edit, key)
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: window.session is not None)
    assert secret_service.lookup("dify-desktop", window.profile.id) == key
    # The dialog is gone; the window manager would give the window its focus back.
    window.activateWindow()
    wait_for(qtbot, window.isActiveWindow)

    # List, read a conversation, rename one.
    window.user_combo.setEditText(DEFAULT_USER)
    qtbot.keyClick(window.user_combo.lineEdit(), Qt.Key.Key_Return)
    wait_for(qtbot, lambda: window.model.rowCount() > 0 and not window.model.loading)
    wait_for(qtbot, lambda: "Customer" in window.messages.toPlainText())
    first, second = window.model.conversation(0).id, window.model.conversation(1).id
    select(window, first)
    editor = open_editor(qtbot, window)
    editor.line_edit.setText("Renamed in the hygiene session")
    qtbot.keyClick(editor.line_edit, Qt.Key.Key_Return)
    wait_for(qtbot, lambda: cell(window, first, Column.STATUS) == "✓ Renamed")

    # Errors: a rename refused by a server that quotes the key; a list that fails the same way;
    # a rename whose answer is lost; a redirect quoting the key.
    server.faults.add(echoing(500, key, method="POST", path="/conversations/*/name"))
    select(window, second)
    editor = open_editor(qtbot, window)
    editor.line_edit.setText("Refused by an echoing server")
    qtbot.keyClick(editor.line_edit, Qt.Key.Key_Return)
    wait_for(qtbot, lambda: settled(window, second))
    assert "Bearer ***" in row_message(window, second)
    assert "Bearer ***" in window.statusBar().currentMessage()
    server.faults.clear()
    server.faults.add(
        Fault(method="POST", path="/conversations/*/name", kind="reset_mid_body", times=1)
    )
    editor = open_editor(qtbot, window)
    assert editor.line_edit.text() == "Refused by an echoing server"
    qtbot.keyClick(editor.line_edit, Qt.Key.Key_Return)
    wait_for(qtbot, lambda: cell(window, second, Column.STATUS) == "✓ Renamed (confirmed)")
    server.faults.add(echoing(400, key, times=1))
    qtbot.keyClick(window.view, Qt.Key.Key_F5)
    wait_for(qtbot, lambda: window.model.load_error is not None)
    assert "Bearer ***" in window.empty.text()
    server.faults.add(
        Fault(
            method="GET",
            path="/conversations",
            kind="status",
            status=307,
            body="",
            content_type="text/html",
            headers={"Location": f"https://proxy.example/v1?auth={key}"},
            times=1,
        )
    )
    qtbot.keyClick(window.view, Qt.Key.Key_F5)
    wait_for(
        qtbot, lambda: window.model.load_error is not None and "redirected" in window.empty.text()
    )
    qtbot.keyClick(window.view, Qt.Key.Key_F5)
    wait_for(qtbot, lambda: window.model.rowCount() > 0 and not window.model.loading)

    # The key is revoked: the app asks for the new one, which works from then on.
    server.rotate_api_key(new_key)
    select(window, first)
    editor = open_editor(qtbot, window)
    editor.line_edit.setText("After the key was revoked")
    qtbot.keyClick(editor.line_edit, Qt.Key.Key_Return)
    wait_for(qtbot, lambda: window.connection.dialog is not None)
    dialog = window.connection.dialog
    qtbot.keyClicks(dialog.key_edit, new_key)
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: window.statusBar().currentMessage() == "New key accepted.")
    window.activateWindow()
    wait_for(qtbot, window.isActiveWindow)
    window.row_actions.retry_action.trigger()
    wait_for(qtbot, lambda: cell(window, first, Column.STATUS) == "✓ Renamed")
    assert server.store.get_conversation(first).name == "After the key was revoked"
    window.close()
    settings.sync()
    for text in (
        window.statusBar().currentMessage(),
        window.reporter.last(Level.WARNING),
        window.empty.text(),
    ):
        assert leaks_in_text(text, [key, new_key]) == []
    return [key, new_key]
