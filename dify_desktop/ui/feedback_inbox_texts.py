"""What the feedback inbox says: its columns, each row's words, its state line."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from dify_desktop.core.inbox import InboxEntry, RatingFilter, Resolution
from dify_desktop.ui.sentences import say
from dify_desktop.ui.text import plain

#: longest comment and excerpt shown in a cell (the tooltip holds more)
CELL_CHARS = 160


def _tr(text: str) -> str:
    return QCoreApplication.translate("FeedbackInbox", text)


def column_titles() -> tuple[str, ...]:
    return (_tr("Rating"), _tr("Comment"), _tr("Message"), _tr("End user"), _tr("Time"))


def filter_labels() -> dict[RatingFilter, str]:
    return {
        RatingFilter.ALL: _tr("Likes and dislikes"),
        RatingFilter.LIKES: _tr("Likes only"),
        RatingFilter.DISLIKES: _tr("Dislikes only"),
    }


def rating_text(rating: str | None) -> str:
    if rating == "like":
        return _tr("👍 Like")
    if rating == "dislike":
        return _tr("👎 Dislike")
    return plain(rating or "", 20)


def comment_text(entry: InboxEntry) -> str:
    content = entry.feedback.content
    return plain(content, CELL_CHARS) if content else _tr("(no comment)")


def excerpt_text(entry: InboxEntry) -> str:
    """The rated answer's beginning; its id when the message was not found."""
    message = entry.message
    if message is not None and message.answer.strip():
        return plain(" ".join(message.answer.split()), CELL_CHARS)
    return _tr("message {0}").format(plain(entry.feedback.message_id, 40))


def user_text(entry: InboxEntry) -> str:
    if entry.resolution is Resolution.FOUND and entry.user is not None:
        return plain(entry.user, 200)
    if entry.resolution is Resolution.END_USER_GONE:
        return _tr("End user no longer exists")
    if entry.resolution is Resolution.NO_END_USER:
        return _tr("From a team member, not an end user")
    problem = say(entry.problem) if entry.problem is not None else ""
    return _tr("End user unknown: {0}").format(problem)


def time_text(when: datetime) -> str:
    """The local date and time, written the way the person's locale writes it."""
    moment = QDateTime.fromSecsSinceEpoch(int(when.timestamp()))
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


def state_text(
    *, connected: bool, loading: bool, shown: int, loaded: int, complete: bool, error: str | None
) -> str:
    """The line under the table: what is loaded, what is missing, why."""
    if not connected:
        return _tr("Not connected: open a connection to see its feedback.")
    if error is not None:
        return _tr("Could not load feedback: {0} Reload (Alt+R) tries again.").format(error)
    if loading and not loaded:
        return _tr("Loading feedback…")
    if complete and not loaded:
        return _tr("No feedback yet: likes and dislikes your users give appear here.")
    if complete:
        text = _tr("all {0} loaded").format(loaded)
    else:
        text = _tr("{0} loaded, more as you scroll").format(loaded)
    if loading:
        text += _tr(" (loading…)")
    if shown != loaded:
        text = _tr("{0} shown · {1}").format(shown, text)
    return text


def cannot_open_text(entry: InboxEntry) -> str:
    return _tr("Cannot open this conversation: {0}").format(user_text(entry))
