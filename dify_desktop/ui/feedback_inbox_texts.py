"""What the feedback inbox says: its columns, each row's words, its state line."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from dify_desktop.core.inbox import InboxEntry, RatingFilter, Resolution
from dify_desktop.ui.sentences import say
from dify_desktop.ui.text import plain

#: longest comment and excerpt shown in a cell (the tooltip holds more)
CELL_CHARS = 160


translate = QCoreApplication.translate


def column_titles() -> tuple[str, ...]:
    return (
        translate("FeedbackInbox", "Rating"),
        translate("FeedbackInbox", "Comment"),
        translate("FeedbackInbox", "Message"),
        translate("FeedbackInbox", "End user"),
        translate("FeedbackInbox", "Time"),
    )


def filter_labels() -> dict[RatingFilter, str]:
    return {
        RatingFilter.ALL: translate("FeedbackInbox", "Likes and dislikes"),
        RatingFilter.LIKES: translate("FeedbackInbox", "Likes only"),
        RatingFilter.DISLIKES: translate("FeedbackInbox", "Dislikes only"),
    }


def rating_text(rating: str | None) -> str:
    if rating == "like":
        return translate("FeedbackInbox", "👍 Like")
    if rating == "dislike":
        return translate("FeedbackInbox", "👎 Dislike")
    return plain(rating or "", 20)


def comment_text(entry: InboxEntry) -> str:
    content = entry.feedback.content
    return plain(content, CELL_CHARS) if content else translate("FeedbackInbox", "(no comment)")


def excerpt_text(entry: InboxEntry) -> str:
    """The rated answer's beginning; its id when the message was not found."""
    message = entry.message
    if message is not None and message.answer.strip():
        return plain(" ".join(message.answer.split()), CELL_CHARS)
    return translate("FeedbackInbox", "message {0}").format(plain(entry.feedback.message_id, 40))


def user_text(entry: InboxEntry) -> str:
    if entry.resolution is Resolution.FOUND and entry.user is not None:
        return plain(entry.user, 200)
    if entry.resolution is Resolution.END_USER_GONE:
        return translate("FeedbackInbox", "End user no longer exists")
    if entry.resolution is Resolution.NO_END_USER:
        return translate("FeedbackInbox", "From a team member, not an end user")
    problem = say(entry.problem) if entry.problem is not None else ""
    return translate("FeedbackInbox", "End user unknown: {0}").format(problem)


def time_text(when: datetime) -> str:
    """The local date and time, written the way the person's locale writes it."""
    moment = QDateTime.fromSecsSinceEpoch(int(when.timestamp()))
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


def state_text(
    *, connected: bool, loading: bool, shown: int, loaded: int, complete: bool, error: str | None
) -> str:
    """The line under the table: what is loaded, what is missing, why."""
    if not connected:
        return translate("FeedbackInbox", "Not connected: open a connection to see its feedback.")
    if error is not None:
        return translate(
            "FeedbackInbox", "Could not load feedback: {0} Reload (Alt+R) tries again."
        ).format(error)
    if loading and not loaded:
        return translate("FeedbackInbox", "Loading feedback…")
    if complete and not loaded:
        return translate(
            "FeedbackInbox", "No feedback yet: likes and dislikes your users give appear here."
        )
    if complete:
        text = translate("FeedbackInbox", "all %Ln loaded", "", loaded)
    else:
        text = translate("FeedbackInbox", "%Ln loaded, more as you scroll", "", loaded)
    if loading:
        text += translate("FeedbackInbox", " (loading…)")
    if shown != loaded:
        text = translate("FeedbackInbox", "%Ln shown · {0}", "", shown).format(text)
    return text


def cannot_open_text(entry: InboxEntry) -> str:
    return translate("FeedbackInbox", "Cannot open this conversation: {0}").format(user_text(entry))
