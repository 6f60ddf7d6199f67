"""Reading the parameters of a request the way Dify validates them (400 ``invalid_param``)."""

from __future__ import annotations

import re
import uuid

from starlette.requests import Request

from dify_desktop.demo.errors import HtmlNotFound, invalid_param
from dify_desktop.demo.records import JsonObject

_INT_RE = re.compile(r"^\s*[+-]?\d+\s*$")


def parse_uuid(value: str) -> str | None:
    """The canonical form of a UUID string, or None when it is not one."""
    try:
        return str(uuid.UUID(value))
    except (ValueError, AttributeError, TypeError):
        return None


def is_int(value: str) -> bool:
    """Whether a query value reads as an integer (pydantic's lax rule)."""
    return _INT_RE.match(value) is not None


def limit_of(value: str | None, *, default: int = 20, lo: int = 1, hi: int = 100) -> int:
    if value is None:
        return default
    if not is_int(value):
        raise invalid_param(f"limit: Input should be a valid integer, got {value!r}")
    n = int(value)
    if n < lo or n > hi:
        raise invalid_param(f"limit: Input should be between {lo} and {hi}")
    return n


def optional_uuid(value: str | None, name: str) -> str | None:
    """A UUID query parameter; an empty one counts as absent."""
    if value is None or value == "":
        return None
    canonical = parse_uuid(value)
    if canonical is None:
        raise invalid_param(f"{name}: Input should be a valid UUID")
    return canonical


def required_uuid(value: str | None, name: str) -> str:
    canonical = optional_uuid(value, name)
    if canonical is None:
        raise invalid_param(f"{name}: Field required")
    return canonical


def path_uuid(request: Request, name: str) -> str:
    """A UUID in the path; anything else did not match Flask's route (HTML 404)."""
    canonical = parse_uuid(request.path_params[name])
    if canonical is None:
        raise HtmlNotFound()
    return canonical


def user_of(data: JsonObject) -> str | None:
    """The ``user`` of a JSON body (None when absent)."""
    user = data.get("user")
    if user is None:
        return None
    if not isinstance(user, str):
        raise invalid_param("user: Input should be a valid string")
    return user
