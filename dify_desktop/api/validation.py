"""Checks the client runs before sending, the same ones the server applies (so the core and UI
can run them too and show the reason without a round trip)."""

from __future__ import annotations

import enum
from typing import Any

from .errors import InvalidParamError

__all__ = [
    "AUTO_GENERATE_PLACEHOLDER",
    "MAX_NAME_LENGTH",
    "NameIssue",
    "auto_generate_name",
    "name_issue",
    "validate_id",
    "validate_name",
    "validate_user",
]

#: The server stores names in a 255-character column; longer names fail there with a 500.
MAX_NAME_LENGTH = 255

#: Sent as ``name`` along with ``auto_generate: true`` when the caller gives none: servers before
#: Dec 2025 refuse auto-generate without a name, newer ones ignore the name.
AUTO_GENERATE_PLACEHOLDER = "New conversation"


class NameIssue(enum.Enum):
    """Why the server would refuse (or fail on) a manual name."""

    MISSING = "missing"
    NOT_TEXT = "not_text"
    BLANK = "blank"
    TOO_LONG = "too_long"
    NOT_ENCODABLE = "not_encodable"


def _invalid(message: str) -> InvalidParamError:
    return InvalidParamError(message, status=400, code="invalid_param")


def _check_encodable(value: str, what: str) -> None:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise _invalid(f"The {what} contains characters that cannot be sent.") from None


def name_issue(name: Any) -> NameIssue | None:
    """What the server would refuse in ``name`` as a manual name, or None when it is fine.

    The name must not be None, blank or whitespace-only, nor longer than 255 characters (code
    points). The name is not trimmed here: the server stores it exactly as sent.
    """
    if name is None:
        return NameIssue.MISSING
    if not isinstance(name, str):
        return NameIssue.NOT_TEXT
    if not name.strip():
        return NameIssue.BLANK
    if len(name) > MAX_NAME_LENGTH:
        return NameIssue.TOO_LONG
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return NameIssue.NOT_ENCODABLE
    return None


def validate_name(name: str | None, auto_generate: bool = False) -> None:
    """Raise :class:`InvalidParamError` if the server would refuse (or fail on) this rename.

    With ``auto_generate`` the server ignores the name, so any name passes; otherwise see
    :func:`name_issue`.
    """
    issue = None if auto_generate else name_issue(name)
    if issue is NameIssue.MISSING:
        raise _invalid("A name is required (or ask the server to generate one).")
    if issue is NameIssue.NOT_TEXT:
        raise _invalid("The name must be text.")
    if issue is NameIssue.BLANK:
        raise _invalid("The name cannot be blank.")
    if issue is NameIssue.TOO_LONG:
        assert name is not None
        raise _invalid(
            f"The name is {len(name)} characters long; the server accepts at most "
            f"{MAX_NAME_LENGTH}."
        )
    if issue is NameIssue.NOT_ENCODABLE:
        raise _invalid("The name contains characters that cannot be sent.")


def is_valid_name(name: str | None) -> bool:
    """True when :func:`validate_name` accepts ``name`` for a manual rename."""
    return name_issue(name) is None


def auto_generate_name(current: str | None) -> str:
    """The ``name`` sent along with ``auto_generate: true``: servers before Dec 2025 refuse
    auto-generate without one and newer ones ignore it, so the current name when it is a valid
    one (nothing changes if generating fails), else :data:`AUTO_GENERATE_PLACEHOLDER`."""
    if current is not None and is_valid_name(current):
        return current
    return AUTO_GENERATE_PLACEHOLDER


def validate_user(user: Any) -> None:
    """The end-user id is required: an empty one would silently address another user."""
    if not isinstance(user, str) or not user.strip():
        raise _invalid("The end-user id (user) is required and cannot be blank.")
    _check_encodable(user, "end-user id")


def validate_id(value: Any, what: str) -> None:
    """An id that goes into a URL path must be non-blank text."""
    if not isinstance(value, str) or not value.strip():
        raise _invalid(f"The {what} is required and cannot be blank.")
    _check_encodable(value, what)
