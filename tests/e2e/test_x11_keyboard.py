"""The installed way of working, end to end: the app in a real X11 window (Xvfb, no window
manager), driven only by keystrokes sent through the X server (xdotool), against a demo server
whose state the test reads."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.app_process import isolated_env

USER = "x11-keyboard-user"


def free_display() -> int:
    return next(n for n in range(90, 190) if not Path(f"/tmp/.X11-unix/X{n}").exists())


@pytest.fixture
def x_display() -> Iterator[str]:
    number = free_display()
    server = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    socket = Path(f"/tmp/.X11-unix/X{number}")
    deadline = time.monotonic() + 20
    while not socket.exists():  # readiness, bounded
        assert server.poll() is None and time.monotonic() < deadline, "Xvfb did not start"
        time.sleep(0.05)
    yield f":{number}"
    server.terminate()
    server.wait(timeout=10)


class App:
    """``dify-desktop --base-url … --user …`` on the X display, with --debug logs on stderr."""

    def __init__(self, display: str, server: Any, home: Path) -> None:
        env = isolated_env(home, display=False)
        env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", DIFY_API_KEY=server.api_key)
        self.display = display
        self.stderr_path = home / "stderr.txt"
        self.stderr = self.stderr_path.open("w")
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "dify_desktop",
                "--base-url",
                server.base_url,
                "--user",
                USER,
                "--debug",
            ],
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=self.stderr,
        )

    def log(self) -> str:
        return self.stderr_path.read_text()

    def keys(self, *keys: str) -> None:
        subprocess.run(
            ["xdotool", "key", "--delay", "30", *keys],
            env=dict(os.environ, DISPLAY=self.display),
            check=True,
            timeout=30,
        )

    def type(self, text: str) -> None:
        subprocess.run(
            ["xdotool", "type", "--delay", "20", text],
            env=dict(os.environ, DISPLAY=self.display),
            check=True,
            timeout=30,
        )

    def close(self) -> int:
        self.keys("ctrl+q")
        try:
            return self.process.wait(timeout=15)
        finally:
            if self.process.poll() is None:
                self.process.kill()
            self.stderr.close()


def wait_for(condition: Any, what: str, timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.05)  # polling an outside process's state, bounded by the deadline


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
    app = App(x_display, server, tmp_path)
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
