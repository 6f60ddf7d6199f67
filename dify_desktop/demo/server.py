"""The demo server as one ASGI application, assembled from its layers.

From the outside in: :class:`~dify_desktop.demo.wire.layer.WireLayer` (body buffering, request
log, latency, faults), then Starlette's router with the Dify service-API routes
(:mod:`dify_desktop.demo.routes`) and the ``/_demo`` control routes
(:mod:`dify_desktop.demo.control`), then the handlers below that turn every error into the answer
Dify gives: unknown route -> 404 JSON, wrong method -> 405 JSON, non-UUID id in a path -> Flask's
HTML 404 page; every JSON error is ``{"code", "message", "status"}``.
"""

from __future__ import annotations

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.types import ASGIApp

from dify_desktop.demo.context import DemoContext
from dify_desktop.demo.control import ControlRoutes
from dify_desktop.demo.errors import FLASK_NOT_FOUND_HTML, ApiError, HtmlNotFound, error_body
from dify_desktop.demo.routes.app_info import AppInfoRoutes
from dify_desktop.demo.routes.base import RouteGroup
from dify_desktop.demo.routes.chat import ChatRoutes
from dify_desktop.demo.routes.console_auth import ConsoleAuthRoutes
from dify_desktop.demo.routes.console_logs import ConsoleLogRoutes
from dify_desktop.demo.routes.conversations import ConversationRoutes
from dify_desktop.demo.routes.end_users import EndUserRoutes
from dify_desktop.demo.routes.feedback import FeedbackRoutes
from dify_desktop.demo.routes.messages import MessageRoutes
from dify_desktop.demo.routes.params import parse_uuid
from dify_desktop.demo.routes.variables import VariableRoutes
from dify_desktop.demo.wire.layer import WireLayer

ROUTE_GROUPS: tuple[type[RouteGroup], ...] = (
    AppInfoRoutes,
    ConversationRoutes,
    VariableRoutes,
    MessageRoutes,
    FeedbackRoutes,
    EndUserRoutes,
    ChatRoutes,
    ConsoleAuthRoutes,
    ConsoleLogRoutes,
    ControlRoutes,
)


async def _api_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ApiError)
    return JSONResponse(exc.to_json(), status_code=exc.status)


async def _html_not_found(request: Request, exc: Exception) -> Response:
    return Response(FLASK_NOT_FOUND_HTML, status_code=404, media_type="text/html")


async def _http_exception(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    status = exc.status_code
    if status == 405 and any(parse_uuid(str(v)) is None for v in request.path_params.values()):
        # Flask's uuid converter would not have matched the path at all.
        return await _html_not_found(request, exc)
    headers = dict(exc.headers or {})
    headers.pop("content-length", None)
    return Response(
        error_body(status), status_code=status, media_type="application/json", headers=headers
    )


async def _internal_error(request: Request, exc: Exception) -> Response:
    return Response(error_body(500), status_code=500, media_type="application/json")


def create_app(ctx: DemoContext) -> ASGIApp:
    """The demo API as an ASGI application (see the module docstring)."""
    app = Starlette(
        routes=[route for group in ROUTE_GROUPS for route in group(ctx).routes()],
        exception_handlers={
            ApiError: _api_error,
            HtmlNotFound: _html_not_found,
            HTTPException: _http_exception,
            Exception: _internal_error,
        },
    )
    app.router.redirect_slashes = False
    return WireLayer(app, ctx)
