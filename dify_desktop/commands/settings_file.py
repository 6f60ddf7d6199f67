"""The app's settings file read without Qt (the window writes it with QSettings' INI format), so
a headless command can find a saved profile by name. Read-only: commands never write it."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

from dify_desktop.core.settings import MemorySettings

_ESCAPES = {'"': '"', "\\": "\\", "n": "\n", "r": "\r", "t": "\t", "0": "\0", "a": "\a"}
_ESCAPE = re.compile(r"\\(x[0-9a-fA-F]{1,4}|.)")


def settings_path() -> Path:
    """Where the window keeps its settings (the same place QSettings is given in app.py)."""
    from platformdirs import user_config_dir

    return Path(os.path.join(user_config_dir("dify-desktop", appauthor=False), "settings.ini"))


def _value(raw: str) -> str:
    raw = raw.strip()
    if len(raw) >= 2 and raw[0] == raw[-1] == '"':
        raw = raw[1:-1]

    def unescape(match: re.Match[str]) -> str:
        code = match.group(1)
        if code.startswith("x") and len(code) > 1:
            return chr(int(code[1:], 16))
        return _ESCAPES.get(code, code)

    return _ESCAPE.sub(unescape, raw)


def read_settings(path: Path) -> MemorySettings:
    """The file's ``section/key = value`` strings (an unreadable or missing file: nothing)."""
    settings = MemorySettings()
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return settings
    section = ""
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith(";"):
            continue
        if stripped.startswith("[") and stripped.endswith("]"):
            section = stripped[1:-1]
            continue
        key, sep, raw = line.partition("=")
        if not sep:
            continue
        name = key.strip() if section in ("", "General") else f"{section}/{key.strip()}"
        value: Any = _value(raw)
        settings.setValue(name, value)
    return settings
