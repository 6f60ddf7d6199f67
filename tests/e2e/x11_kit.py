"""The app as a process in a real X11 window (Xvfb, no window manager), driven by keystrokes sent
through the X server (xdotool)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from tests.app_process import isolated_env


class App:
    """``dify-desktop ARGS --debug`` on the X display, with its logs on stderr."""

    def __init__(
        self, display: str, home: Path, args: list[str], env: dict[str, str] | None = None
    ) -> None:
        full_env = isolated_env(home, display=False)
        full_env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", **(env or {}))
        self.display = display
        self.stderr_path = home / "stderr.txt"
        self.stderr = self.stderr_path.open("w")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "dify_desktop", *args, "--debug"],
            env=full_env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=self.stderr,
        )

    def log(self) -> str:
        return self.stderr_path.read_text()

    def xdotool(self, *args: str) -> str:
        return subprocess.run(
            ["xdotool", *args],
            env=dict(os.environ, DISPLAY=self.display),
            check=True,
            timeout=30,
            capture_output=True,
            text=True,
        ).stdout

    def keys(self, *keys: str) -> None:
        self.xdotool("key", "--delay", "30", *keys)

    def type(self, text: str) -> None:
        self.xdotool("type", "--delay", "20", text)

    def mapped_windows(self, name: str) -> int:
        """How many mapped X windows have ``name`` in their title."""
        try:
            return len(self.xdotool("search", "--onlyvisible", "--name", name).split())
        except subprocess.CalledProcessError:  # xdotool's answer for "none"
            return 0

    def close(self) -> int:
        """Ctrl+Q, as a person would; the process is killed if that did not end it."""
        self.keys("ctrl+q")
        try:
            return self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=15)
            return -1
        finally:
            self.stderr.close()


def wait_for(condition: Any, what: str, timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.05)  # polling an outside process's state, bounded by the deadline
