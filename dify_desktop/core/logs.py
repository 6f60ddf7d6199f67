"""Logging set-up: one line per event, debug details only with ``--debug``, and every secret the
app holds replaced by ``***`` before a record reaches any handler."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

_secrets: set[str] = set()


def register_secret(value: str) -> None:
    """Make sure ``value`` (an API key) never appears in a log line."""
    if len(value) >= 4:
        _secrets.add(value)


class RedactSecrets(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if _secrets:
            record.msg, record.args = redact(record.getMessage()), None
            if record.exc_info:
                record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
                record.exc_info = None
        return True


def redact(text: str) -> str:
    for secret in _secrets:
        text = text.replace(secret, "***")
    return text


def log_file_path() -> Path:
    from platformdirs import user_log_dir

    return Path(user_log_dir("dify-desktop", appauthor=False)) / "dify-desktop.log"


def setup(debug: bool) -> Path | None:
    """Warnings to stderr normally; with ``debug``, everything to stderr and to the log file."""
    root = logging.getLogger()
    root.handlers.clear()
    formatter = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    redact = RedactSecrets()
    stderr = logging.StreamHandler(sys.stderr)
    stderr.setFormatter(formatter)
    stderr.addFilter(redact)
    root.addHandler(stderr)
    path: Path | None = None
    if debug:
        path = log_file_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        file_handler = logging.FileHandler(path, encoding="utf-8")
        file_handler.setFormatter(formatter)
        file_handler.addFilter(redact)
        root.addHandler(file_handler)
        root.setLevel(logging.DEBUG)
        # Their debug lines add nothing ours do not say (every socket step, every thread hop).
        for noisy in ("httpcore", "httpx", "qasync", "asyncio", "uvicorn"):
            logging.getLogger(noisy).setLevel(logging.WARNING)
    else:
        root.setLevel(logging.WARNING)
    return path
