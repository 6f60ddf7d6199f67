"""Dify's error answers: ``{"code", "message", "status"}`` JSON, and Flask's HTML 404 page.

Both the routes (through :class:`ApiError`) and the wire layer (a ``status`` fault without a body)
answer in this shape.
"""

from __future__ import annotations

import json

from dify_desktop.demo.records import JsonObject

NOT_FOUND_MESSAGE = (
    "The requested URL was not found on the server. If you entered the URL manually please check "
    "your spelling and try again."
)
FLASK_NOT_FOUND_HTML = (
    "<!doctype html>\n<html lang=en>\n<title>404 Not Found</title>\n<h1>Not Found</h1>\n"
    f"<p>{NOT_FOUND_MESSAGE}</p>\n"
)
STATUS_PHRASES = {
    400: ("bad_request", "Bad Request"),
    401: ("unauthorized", "Unauthorized"),
    403: ("forbidden", "Forbidden"),
    404: ("not_found", NOT_FOUND_MESSAGE),
    405: ("method_not_allowed", "The method is not allowed for the requested URL."),
    413: ("request_entity_too_large", "Request Entity Too Large"),
    415: ("unsupported_media_type", "Unsupported Media Type"),
    429: ("too_many_requests", "Too Many Requests"),
    500: ("unknown", "Internal Server Error"),
    502: ("bad_gateway", "Bad Gateway"),
    503: ("service_unavailable", "Service Unavailable"),
    504: ("gateway_timeout", "Gateway Timeout"),
}
CONVERSATION_NOT_EXISTS = "Conversation Not Exists."


def error_body(status: int) -> bytes:
    """The JSON error Dify (Flask) sends for ``status`` when no route wrote its own."""
    code, message = STATUS_PHRASES.get(status, ("unknown", "Error"))
    return json.dumps({"code": code, "message": message, "status": status}).encode()


class ApiError(Exception):
    """An error answer: ``{"code": code, "message": message, "status": status}``."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status = status
        self.code = code
        self.message = message

    def to_json(self) -> JsonObject:
        return {"code": self.code, "message": self.message, "status": self.status}


class HtmlNotFound(Exception):
    """A path id that is not a UUID: Flask's route does not match, so its HTML 404 page."""


def invalid_param(message: str) -> ApiError:
    return ApiError(400, "invalid_param", message)


def not_found(message: str) -> ApiError:
    return ApiError(404, "not_found", message)
