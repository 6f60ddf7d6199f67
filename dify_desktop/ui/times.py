"""Times in the list: how long ago (the Last update column, then the date and time) and the
exact moment (tooltips), in the locale's words and formats (ISO 8601 in the C locale)."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

translate = QCoreApplication.translate

#: past this age a row shows the date and the time, so that rows sorted by time read in order
RELATIVE_DAYS = 30


def relative_time(when: datetime, now: datetime | None = None) -> str:
    now = now or datetime.now(UTC)
    seconds = int((now - when).total_seconds())
    if seconds < 45:
        return translate("ConversationModel", "just now")
    minutes = round(seconds / 60)
    if minutes < 60:
        return translate("ConversationModel", "%n min ago", "", minutes)
    hours = round(seconds / 3600)
    if hours < 24:
        return translate("ConversationModel", "%n h ago", "", hours)
    days = round(seconds / 86400)
    if days < 2:
        return translate("ConversationModel", "yesterday")
    if days < RELATIVE_DAYS:
        return translate("ConversationModel", "%n days ago", "", days)
    return short_time(when)


def short_time(when: datetime) -> str:
    """The local date and time to the minute."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return when.astimezone().strftime("%Y-%m-%d %H:%M")
    return locale.toString(_local(when), QLocale.FormatType.ShortFormat)


def exact_time(when: datetime) -> str:
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return when.astimezone().strftime("%Y-%m-%d %H:%M:%S %Z")
    moment = _local(when)
    date = locale.toString(moment.date(), QLocale.FormatType.ShortFormat)
    return f"{date} {locale.toString(moment.time(), QLocale.FormatType.LongFormat)}"


def _local(when: datetime) -> QDateTime:
    return QDateTime.fromMSecsSinceEpoch(round(when.timestamp() * 1000))
