"""Every sentence of the transcript pane (context ``transcript``)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from dify_desktop.core.transcript import TranscriptOutcome, ValueKind
from dify_desktop.ui.times import exact_time

translate = QCoreApplication.translate


def local_time(when: datetime) -> str:
    """Date and time in the person's locale (seconds included: messages are seconds apart)."""
    return exact_time(when)


def customer_heading(when: datetime) -> str:
    return translate("transcript", "Customer · {0}").format(local_time(when))


def assistant_heading() -> str:
    return translate("transcript", "Assistant")


def feedback_line(rating: str | None, comment: str | None) -> str:
    if rating == "like":
        said = translate("transcript", "👍 Liked")
    elif rating == "dislike":
        said = translate("transcript", "👎 Disliked")
    else:
        return ""
    return translate("transcript", "{0}: “{1}”").format(said, comment) if comment else said


def error_line(error: str | None) -> str:
    return (
        translate("transcript", "⚠ This answer failed: {0}").format(error)
        if error
        else translate("transcript", "⚠ This answer failed.")
    )


def image_placeholder(source: str) -> str:
    return translate("transcript", "[image not loaded: {0}]").format(source)


def status_text(outcome: TranscriptOutcome, shown: int, unreachable: tuple[datetime, ...]) -> str:
    if outcome is TranscriptOutcome.PARTIAL:
        return translate("transcript", "{0} messages shown · scroll up for older ones").format(
            shown
        )
    if outcome is TranscriptOutcome.UNREACHABLE:
        seconds = ", ".join(local_time(t) for t in unreachable)
        return translate(
            "transcript",
            "{0} messages shown. Some messages cannot be shown: more than 100 were sent in one "
            "second ({1}), and Dify cannot page through them.",
        ).format(shown, seconds)
    if outcome is TranscriptOutcome.STALLED:
        return translate(
            "transcript",
            "{0} messages shown. Loading stopped: the server's pages stopped making progress "
            "(the conversation may have changed). Older messages may be missing.",
        ).format(shown)
    return translate("transcript", "All {0} messages").format(shown)


def loading_older() -> str:
    return translate("transcript", "Loading older messages…")


def load_failed(reason: str, shown: int) -> str:
    return translate(
        "transcript", "Could not load older messages: {0} ({1} shown; older ones are missing)."
    ).format(reason, shown)


def first_load_failed(reason: str) -> str:
    return translate("transcript", "Could not load the messages: {0}").format(reason)


def no_messages() -> str:
    return translate("transcript", "This conversation has no messages yet.")


def value_kind(kind: ValueKind) -> str:
    if kind is ValueKind.JSON:
        return translate("transcript", "JSON")
    if kind is ValueKind.PYTHON:
        return translate("transcript", "Python value")
    return translate("transcript", "text")


def message_not_found() -> str:
    return translate(
        "transcript", "The message to show is not in this conversation (or could not be reached)."
    )
