"""The console API's sign-in: ``POST /console/api/login`` and ``/refresh-token``, and the session
check every other console route makes first.

As measured on Dify 1.13.2: the password comes base64-encoded (plain text -> 401
``authentication_failed`` "Invalid encrypted data"); the tokens come back only as cookies
(``access_token`` 1 h, ``refresh_token`` 30 days, ``csrf_token``); every later request needs the
cookies and ``X-CSRF-Token`` equal to the ``csrf_token`` cookie. A refresh reads the cookie alone
and rotates the refresh token; a spent one answers 401 ``{"result": "fail", ...}``. With
``ConsoleState.legacy`` the server behaves as older ones did: plain-text password, tokens in the
JSON body, a Bearer access token, the refresh token read from the body.
"""

from __future__ import annotations

import base64
import binascii

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from dify_desktop.demo.console_state import (
    ACCESS_TTL_S,
    REFRESH_TTL_S,
    ConsoleSession,
    ConsoleState,
)
from dify_desktop.demo.context import CONSOLE_PREFIX
from dify_desktop.demo.errors import ApiError
from dify_desktop.demo.routes.base import RouteGroup, json_response

CSRF_INVALID = "CSRF token is missing or invalid."


class ConsoleRouteGroup(RouteGroup):
    """A console route group: the account's session instead of an app key."""

    @property
    def console(self) -> ConsoleState:
        return self.ctx.console

    def require_session(self, request: Request) -> None:
        console = self.console
        now = self.store.clock()
        if console.legacy:
            header = request.headers.get("authorization", "")
            token = header[len("Bearer ") :] if header.startswith("Bearer ") else ""
            if not token:
                raise ApiError(401, "unauthorized", "Invalid Authorization token.")
            if console.session(token, now) is None:
                raise ApiError(401, "unauthorized", "Token has expired.")
            return
        access = request.cookies.get("access_token")
        if access is None:
            if request.headers.get("authorization"):
                raise ApiError(401, "unauthorized", CSRF_INVALID)
            raise ApiError(401, "unauthorized", "Invalid Authorization token.")
        session = console.session(access, now)
        if session is None:
            raise ApiError(401, "unauthorized", "Token has expired.")
        csrf = request.headers.get("x-csrf-token")
        if csrf is None or csrf != request.cookies.get("csrf_token") or csrf != session.csrf_token:
            raise ApiError(401, "unauthorized", CSRF_INVALID)


class ConsoleAuthRoutes(ConsoleRouteGroup):
    def routes(self) -> list[Route]:
        return [
            Route(f"{CONSOLE_PREFIX}/login", self.login, methods=["POST"]),
            Route(f"{CONSOLE_PREFIX}/refresh-token", self.refresh, methods=["POST"]),
        ]

    async def login(self, request: Request) -> Response:
        data = await self.body(request)
        console = self.console
        email, password = data.get("email"), data.get("password")
        if not isinstance(email, str) or not isinstance(password, str):
            raise ApiError(400, "invalid_param", "email and password are required.")
        if not console.legacy:
            try:
                password = base64.b64decode(password, validate=True).decode("utf-8")
            except (binascii.Error, ValueError):
                raise ApiError(401, "authentication_failed", "Invalid encrypted data") from None
        if email.strip().lower() != console.email.lower() or password != console.password:
            raise ApiError(401, "authentication_failed", "Invalid email or password.")
        return self._session_answer(*console.open_session(self.store.clock()))

    async def refresh(self, request: Request) -> Response:
        console = self.console
        token: object
        if console.legacy:
            token = (await self.body(request)).get("refresh_token")
        else:
            token = request.cookies.get("refresh_token")
        if not isinstance(token, str) or not token:
            return _refresh_refused("No refresh token provided")
        opened = console.rotate(token, self.store.clock())
        if opened is None:
            return _refresh_refused("Invalid refresh token")
        return self._session_answer(*opened)

    def _session_answer(self, session: ConsoleSession, refresh: str) -> Response:
        if self.console.legacy:
            return json_response(
                {
                    "result": "success",
                    "data": {"access_token": session.access_token, "refresh_token": refresh},
                }
            )
        response = json_response({"result": "success"})
        response.set_cookie(
            "access_token", session.access_token, max_age=ACCESS_TTL_S, httponly=True
        )
        response.set_cookie("refresh_token", refresh, max_age=REFRESH_TTL_S, httponly=True)
        response.set_cookie("csrf_token", session.csrf_token, max_age=ACCESS_TTL_S)
        return response


def _refresh_refused(message: str) -> Response:
    return JSONResponse({"result": "fail", "message": message}, status_code=401)
