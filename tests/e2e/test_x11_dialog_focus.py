"""After any dialog, the keyboard works again at once — with no window manager to give the focus
back (the kiosk case): a real X11 window (Xvfb), keys sent through the X server (xdotool)."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

from tests.e2e.x11_kit import App, wait_for

USER = "x11-dialog-user"


def names(server: Any) -> list[str]:
    return [c.name for c in server.store.conversations_of(USER)]


def test_shortcuts_work_after_a_message_box(
    x_display: str, demo_server: Any, tmp_path: Path
) -> None:
    server = demo_server
    for i in range(3):
        server.store.add_conversation(
            USER, f"Ticket {i}", created_at=1_780_000_000 + i * 60, messages=[("Q", "A")]
        )
    app = App(
        x_display,
        tmp_path,
        ["--base-url", server.base_url, "--user", USER],
        {"DIFY_API_KEY": server.api_key},
    )
    try:
        wait_for(lambda: "GET /conversations -> 200" in app.log(), "the first page")
        wait_for(lambda: app.mapped_windows("Dify Desktop") == 1, "the window")
        # The context menu (Menu key) → Delete conversation… → the confirmation; Esc cancels it.
        app.keys("Menu", "Down", "Down", "Down", "Return")
        wait_for(lambda: app.mapped_windows("Delete conversation") == 1, "the confirmation")
        # Mapped is not yet focused: the X server gives the box the keyboard a moment later.
        wait_for(lambda: "Delete conversation" in focused_window(app), "the box to have the keys")
        app.keys("Escape")
        wait_for(lambda: app.mapped_windows("Delete conversation") == 0, "the box to close")
        assert len(names(server)) == 3  # nothing deleted

        # No click: F2 reaches the list at once, which had the focus before the box.
        app.keys("F2")
        app.type("Renamed after a dialog")
        app.keys("Return")
        wait_for(lambda: "Renamed after a dialog" in names(server), "the rename on the server")
    finally:
        code = app.close()
    assert code == 0, "Ctrl+Q did not reach the window"
    assert "Traceback" not in app.log()


def test_shortcuts_work_after_the_connection_dialog(x_display: str, tmp_path: Path) -> None:
    app = App(x_display, tmp_path, [])  # no connection yet: the dialog opens at start
    try:
        wait_for(lambda: app.mapped_windows("Connect to a Dify app") == 1, "the connection dialog")
        app.keys("Escape")
        wait_for(lambda: app.mapped_windows("Connect to a Dify app") == 0, "the dialog to close")
    finally:
        code = app.close()  # Ctrl+Q, with no click in between
    assert code == 0, "Ctrl+Q did not reach the window"
    assert "Traceback" not in app.log()


def focused_window(app: App) -> str:
    """The title of the X window that has the keyboard."""
    try:
        return app.xdotool("getwindowfocus", "getwindowname")
    except subprocess.CalledProcessError:  # none yet
        return ""
