"""Checks the client runs before sending, the same ones the server applies (so the core and UI
can run them too and show the reason without a round trip)."""

from __future__ import annotations

from typing import Any

from .errors import InvalidParamError

__all__ = [
    "AUTO_GENERATE_PLACEHOLDER",
    "MAX_NAME_LENGTH",
    "validate_id",
    "validate_name",
    "validate_user",
]

#: The server stores names in a 255-character column; longer names fail there with a 500.
MAX_NAME_LENGTH = 255

#: Sent as ``name`` along with ``auto_generate: true`` when the caller gives none: servers before
#: Dec 2025 refuse auto-generate without a name, newer ones ignore the name.
AUTO_GENERATE_PLACEHOLDER = "New conversation"


def _invalid(message: str) -> InvalidParamError:
    return InvalidParamError(message, status=400, code="invalid_param")


def _check_encodable(value: str, what: str) -> None:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise _invalid(f"The {what} contains characters that cannot be sent.") from None


def validate_name(name: str | None, auto_generate: bool = False) -> None:
    """Raise :class:`InvalidParamError` if the server would refuse (or fail on) this rename.

    With ``auto_generate`` the server ignores the name, so any name passes. Otherwise the name
    must not be None, blank or whitespace-only, nor longer than 255 characters (code points). The
    name is not trimmed here: the server stores it exactly as sent.
    """
    if auto_generate:
        return
    if name is None:
        raise _invalid("A name is required (or ask the server to generate one).")
    if not isinstance(name, str):
        raise _invalid("The name must be text.")
    if not name.strip():
        raise _invalid("The name cannot be blank.")
    if len(name) > MAX_NAME_LENGTH:
        raise _invalid(
            f"The name is {len(name)} characters long; the server accepts at most "
            f"{MAX_NAME_LENGTH}."
        )
    _check_encodable(name, "name")


def is_valid_name(name: str | None) -> bool:
    """True when :func:`validate_name` accepts ``name`` for a manual rename."""
    try:
        validate_name(name, False)
    except InvalidParamError:
        return False
    return True


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
