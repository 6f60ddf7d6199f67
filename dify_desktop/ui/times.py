"""Times in the list: how long ago (the Last update column) and the exact moment (tooltips)."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication

_CONTEXT = "ConversationModel"  # where these strings were first translated
_translate = QCoreApplication.translate


def relative_time(when: datetime, now: datetime | None = None) -> str:
    now = now or datetime.now(UTC)
    seconds = int((now - when).total_seconds())
    if seconds < 45:
        return _translate(_CONTEXT, "just now")
    minutes = round(seconds / 60)
    if minutes < 60:
        return _translate(_CONTEXT, "{n} min ago").format(n=minutes)
    hours = round(seconds / 3600)
    if hours < 24:
        return _translate(_CONTEXT, "{n} h ago").format(n=hours)
    days = round(seconds / 86400)
    if days < 2:
        return _translate(_CONTEXT, "yesterday")
    if days < 30:
        return _translate(_CONTEXT, "{n} days ago").format(n=days)
    return when.astimezone().strftime("%Y-%m-%d")


def exact_time(when: datetime) -> str:
    return when.astimezone().strftime("%Y-%m-%d %H:%M:%S %Z")
