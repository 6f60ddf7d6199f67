"""The installed way of working, end to end: the app in a real X11 window (Xvfb, no window
manager), driven only by keystrokes sent through the X server (xdotool), against a demo server
whose state the test reads."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.e2e.x11_kit import App, wait_for

USER = "x11-keyboard-user"


def names(server: Any) -> list[str]:
    return [c.name for c in server.store.conversations_of(USER)]


def test_rename_by_keyboard_in_a_real_x11_window(
    x_display: str, demo_server: Any, tmp_path: Path
) -> None:
    server = demo_server
    for i in range(5):
        server.store.add_conversation(
            USER,
            f"Ticket {i}",
            created_at=1_780_000_000 + i * 60,
            messages=[(f"Question number {i} about my invoice", "Answer")],
        )
    app = App(
        x_display,
        tmp_path,
        ["--base-url", server.base_url, "--user", USER],
        {"DIFY_API_KEY": server.api_key},
    )
    try:
        wait_for(lambda: "GET /conversations -> 200" in app.log(), "the first page")

        def posts() -> int:
            return len(server.requests("POST"))

        # F2 opens the editor on the first row with its name selected: typing replaces it.
        app.keys("F2")
        app.type("Typed over X11")
        app.keys("Tab")  # to the checkbox: nothing is sent
        app.keys("Return")  # Enter saves from anywhere in the editor
        wait_for(lambda: "Typed over X11" in names(server), "the manual rename on the server")
        assert names(server).count("Typed over X11") == 1

        # Esc cancels: nothing reaches the server.
        sent = posts()
        app.keys("Down", "F2")
        app.type("Never sent")
        app.keys("Escape")
        lists = len(server.requests("GET", "/conversations"))
        app.keys("F5")  # refresh: the server is asked again
        wait_for(lambda: len(server.requests("GET", "/conversations")) > lists, "the refresh")
        assert posts() == sent
        assert "Never sent" not in names(server)

        # Auto-generate: F2, Tab to the checkbox, Space ticks it, Enter saves.
        before = set(names(server))
        app.keys("Down", "F2", "Tab", "space", "Return")
        wait_for(
            lambda: any("invoice" in n.lower() for n in set(names(server)) - before),
            "the generated name on the server",
        )
        assert posts() == sent + 1
    finally:
        code = app.close()
    assert code == 0
    assert "Traceback" not in app.log()
    assert server.api_key not in app.log()
