"""What every route group shares: the key check, the app-mode check and the JSON body."""

from __future__ import annotations

import datetime as dt
import json
from abc import ABC, abstractmethod

from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from dify_desktop.demo.context import DemoContext
from dify_desktop.demo.errors import ApiError, invalid_param
from dify_desktop.demo.records import JsonObject, JsonValue
from dify_desktop.demo.store import Store


def json_response(data: JsonValue, status: int = 200) -> JSONResponse:
    return JSONResponse(data, status_code=status)


def iso(ts: int) -> str:
    """A UTC time as the real server writes ISO times (feedback, end users): without a zone
    (``2026-03-27T16:33:40``), unlike the spec's ``date-time``."""
    return dt.datetime.fromtimestamp(ts, dt.UTC).replace(tzinfo=None).isoformat()


class RouteGroup(ABC):
    """A set of handlers over the shared :class:`~dify_desktop.demo.context.DemoContext`."""

    def __init__(self, ctx: DemoContext) -> None:
        self.ctx = ctx

    @property
    def store(self) -> Store:
        return self.ctx.store

    @abstractmethod
    def routes(self) -> list[Route]:
        """The group's routes, paths under ``/v1``."""

    def auth(self, request: Request) -> None:
        header = request.headers.get("authorization")
        if header is None or (not header.startswith("Bearer ") and header != "Bearer"):
            raise ApiError(
                401,
                "unauthorized",
                "Authorization header must be provided and start with 'Bearer'",
            )
        token = header[len("Bearer") :].strip()
        if not token or token != self.ctx.api_key:
            raise ApiError(401, "unauthorized", "Access token is invalid")
        if not self.store.api_enabled:
            raise ApiError(403, "forbidden", "The app's API service has been disabled.")

    def chat_only(self) -> None:
        if not self.store.is_chat_app:
            raise ApiError(
                400, "not_chat_app", "Please check if your app mode matches the right API route."
            )

    async def body(self, request: Request) -> JsonObject:
        mime = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if not (
            mime == "application/json"
            or (mime.startswith("application/") and mime.endswith("+json"))
        ):
            raise ApiError(
                415,
                "unsupported_media_type",
                "Did not attempt to load JSON data because the request Content-Type was not "
                "'application/json'.",
            )
        raw = await request.body()
        try:
            data = json.loads(raw)
        except (ValueError, UnicodeDecodeError) as exc:
            raise ApiError(400, "bad_request", f"Failed to decode JSON object: {exc}") from exc
        if not isinstance(data, dict):
            raise invalid_param("Input should be a valid dictionary")
        return data
