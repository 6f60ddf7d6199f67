"""Run the real app as a process, in a throwaway home (for the CLI and key-hygiene tests)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def isolated_env(home: Path, *, display: bool = True) -> dict[str, str]:
    """A throwaway HOME with every XDG directory and the temp directory inside it, so that
    anything the app writes anywhere lands where the test can scan it."""
    for sub in ("config", "state", "cache", "data", "runtime", "tmp"):
        (home / sub).mkdir(parents=True, exist_ok=True, mode=0o700)
    drop = (
        "DIFY_API_KEY",
        "DISPLAY",
        "WAYLAND_DISPLAY",
        "QT_QPA_PLATFORM",
        "SSL_CERT_FILE",
        "SSL_CERT_DIR",
    )
    env = {k: v for k, v in os.environ.items() if k not in drop}
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_STATE_HOME=str(home / "state"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_RUNTIME_DIR=str(home / "runtime"),
        TMPDIR=str(home / "tmp"),
        LANG="C.UTF-8",
    )
    if display:
        env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def run_app(
    args: list[str],
    home: Path,
    *,
    key: str | None = None,
    display: bool = True,
    timeout: float = 60,
) -> subprocess.CompletedProcess[str]:
    """``python -m dify_desktop ARGS`` with its home, config, logs and temp files under ``home``;
    the key, when given, only in ``DIFY_API_KEY``."""
    env = isolated_env(home, display=display)
    if key is not None:
        env["DIFY_API_KEY"] = key
    return subprocess.run(
        [sys.executable, "-m", "dify_desktop", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
        cwd=home,
    )
