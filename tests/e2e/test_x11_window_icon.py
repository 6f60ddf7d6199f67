"""The window manager gets the app's icon (``_NET_WM_ICON``) for the window, and for the
connection dialog when that is the first thing shown. The icon is set once the first page is
shown (its SVG engine is not loaded on the way to it): a real X11 window (Xvfb), read with xprop."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

from tests.e2e.x11_kit import App, wait_for

USER = "x11-icon-user"


def has_icon(app: App, title: str) -> bool:
    """Does the mapped X window called ``title`` carry an icon for the window manager?"""
    try:
        ids = app.xdotool("search", "--onlyvisible", "--name", title).split()
    except subprocess.CalledProcessError:  # none mapped yet
        return False
    for wid in ids:
        shown = subprocess.run(
            ["xprop", "-id", wid, "_NET_WM_ICON"],
            env={"DISPLAY": app.display},
            capture_output=True,
            text=True,
            timeout=30,
        ).stdout
        # "_NET_WM_ICON(CARDINAL) = Icon (64 x 64): ..." or "...:  not found."
        if "Icon (" in shown:
            return True
    return False


def test_the_window_has_the_apps_icon(x_display: str, demo_server: Any, tmp_path: Path) -> None:
    demo_server.store.add_conversation(USER, "Ticket", created_at=1_780_000_000)
    app = App(
        x_display,
        tmp_path,
        ["--base-url", demo_server.base_url, "--user", USER],
        {"DIFY_API_KEY": demo_server.api_key},
    )
    try:
        wait_for(lambda: "GET /conversations -> 200" in app.log(), "the first page")
        wait_for(lambda: has_icon(app, "Dify Desktop"), "the window's icon")
    finally:
        code = app.close()
    assert code == 0
    assert "Traceback" not in app.log()


def test_the_connection_dialog_shown_first_has_the_apps_icon(
    x_display: str, tmp_path: Path
) -> None:
    app = App(x_display, tmp_path, [])  # no connection yet: the dialog opens at start
    try:
        wait_for(lambda: app.mapped_windows("Connect to a Dify app") == 1, "the connection dialog")
        wait_for(lambda: has_icon(app, "Connect to a Dify app"), "the dialog's icon")
        app.keys("Escape")
        wait_for(lambda: app.mapped_windows("Connect to a Dify app") == 0, "the dialog to close")
    finally:
        code = app.close()
    assert code == 0
    assert "Traceback" not in app.log()
