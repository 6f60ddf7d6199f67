"""A read-only client for Dify's console API (a Dify account, not an app key).

Sign-in sends the password base64-encoded (Dify 1.13 and later refuse plain text); when that is
refused, it tries once more in plain text, as older servers took it, and keeps whichever the
server accepted. The session is cookies (``access_token``, ``refresh_token``, ``csrf_token``)
kept in the client's jar, with ``X-CSRF-Token`` on every request; older servers answer with the
tokens in the JSON body instead, which are then sent as a Bearer token. A 401 refreshes the
session once (``POST /refresh-token``; refresh tokens rotate, so ``on_refresh_token`` is told
each new one) and repeats the request; a refused refresh is :class:`SignInRequired`.

The password and the tokens are redacted from every error; debug logs show method, path and
status only. Nothing here writes to the console: the app uses the account only to find.
"""

from __future__ import annotations

import asyncio
import base64
import json
import logging
import ssl
import time
from collections.abc import Callable, Mapping
from datetime import datetime
from types import TracebackType
from typing import Any, Self, TypeVar

import httpx

from .. import _mapping
from .._transport import USER_AGENT, path_segment
from ..errors import AuthenticationError, DifyError, InvalidParamError, SignInRequired
from ..proxy import proxy_address
from .models import (
    CONSOLE_MAX_LIMIT,
    CONSOLE_SORT_ORDERS,
    ConsoleApp,
    ConsoleConversation,
    ConsoleMessage,
    NumberedPage,
)

__all__ = ["ConsoleClient", "console_time"]

log = logging.getLogger("dify_desktop.api.console")

T = TypeVar("T")

ACCESS_COOKIE = "access_token"
REFRESH_COOKIE = "refresh_token"
CSRF_COOKIE = "csrf_token"
CSRF_HEADER = "X-CSRF-Token"

TokenListener = Callable[[str], None]


def console_time(when: datetime) -> str:
    """``start``/``end`` as the console reads them: ``YYYY-MM-DD HH:MM`` in the account's time
    zone (``when`` is taken as already in it)."""
    return when.strftime("%Y-%m-%d %H:%M")


class _Secrets:
    """The password and tokens this client has seen, to redact from any text."""

    __slots__ = ("_values",)

    def __init__(self) -> None:
        self._values: set[str] = set()

    def add(self, value: str | None) -> None:
        """``value`` and its base64 forms (a server may quote what it was sent)."""
        if value and len(value) >= 4:
            raw = value.encode("utf-8")
            self._values.add(value)
            for encoded in (base64.b64encode(raw), base64.urlsafe_b64encode(raw)):
                self._values.add(encoded.decode("ascii"))
                self._values.add(encoded.decode("ascii").rstrip("="))

    def redact(self, text: str) -> str:
        for value in sorted(self._values, key=len, reverse=True):
            if value in text:
                text = text.replace(value, "***")
        return text

    def __repr__(self) -> str:
        return "_Secrets(***)"


class ConsoleClient:
    """One Dify account's console session. ``console_url`` is the console API root
    (:func:`~dify_desktop.api.console.urls.console_url_for`); ``refresh_token`` resumes a stored
    session (:meth:`resume`); ``on_refresh_token`` is called with every new refresh token."""

    def __init__(
        self,
        console_url: str,
        *,
        refresh_token: str | None = None,
        on_refresh_token: TokenListener | None = None,
        timeout: float = 20.0,
        transport: httpx.AsyncBaseTransport | None = None,
        proxy: str | None = None,
    ) -> None:
        self._url = console_url.rstrip("/")
        self._host = httpx.URL(self._url).host
        self._secrets = _Secrets()
        self._refresh_token = refresh_token
        self._secrets.add(refresh_token)
        self._bearer: str | None = None  # an older server's access token (JSON body)
        self._on_refresh_token = on_refresh_token
        self._timeout = timeout
        self._transport = transport
        self._proxy = proxy
        self._proxy_address = proxy_address(proxy) if proxy else None
        self._http: httpx.AsyncClient | None = None
        self._refresh_lock = asyncio.Lock()
        self._generation = 0
        self._signed_in = False

    def __repr__(self) -> str:
        return f"ConsoleClient({self._url!r})"

    def __reduce__(self) -> Any:
        raise TypeError("ConsoleClient is not picklable (it holds a session)")

    @property
    def console_url(self) -> str:
        return self._url

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        if self._http is not None:
            http, self._http = self._http, None
            await http.aclose()

    def _client(self) -> httpx.AsyncClient:
        if self._http is None:
            options: dict[str, Any]
            if self._transport is not None:
                options = {"transport": self._transport}
            else:
                options = {
                    "verify": self._ssl_context(),
                    "trust_env": self._proxy is None,
                    "proxy": self._proxy,
                }
            self._http = httpx.AsyncClient(
                base_url=self._url,
                headers={"User-Agent": USER_AGENT, "Accept": "application/json"},
                timeout=httpx.Timeout(self._timeout),
                follow_redirects=False,
                **options,
            )
        return self._http

    def _ssl_context(self) -> ssl.SSLContext:
        if self._url.startswith("https:"):
            import truststore

            return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        return ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)

    # -- signing in ------------------------------------------------------------------------------

    async def sign_in(self, email: str, password: str) -> None:
        """Sign in with the account's e-mail and password (used for this request only)."""
        if not email.strip() or not password:
            raise InvalidParamError(
                "The e-mail address and the password are both needed.",
                status=None,
                code="invalid_param",
            )
        self._secrets.add(password)
        encoded = base64.b64encode(password.encode("utf-8")).decode("ascii")
        body = {"email": email.strip(), "remember_me": True}
        self._client().cookies.clear()
        self._bearer = None
        self._refresh_token = None
        self._signed_in = False
        try:
            response = await self._send("POST", "/login", json_body={**body, "password": encoded})
        except AuthenticationError as refused:
            # An older server takes the password as typed; a current one answers this attempt
            # with 401 "Invalid encrypted data", and then the first refusal is the answer.
            try:
                response = await self._send(
                    "POST", "/login", json_body={**body, "password": password}
                )
            except AuthenticationError:
                raise refused from None
        self._take_tokens(response)
        if self._refresh_token is None and self._bearer is None:
            raise SignInRequired("The server accepted the sign-in but sent no session.")
        self._signed_in = True

    async def resume(self) -> None:
        """Start from a stored refresh token (a new session; the token rotates)."""
        await self._refresh(self._generation)

    def _take_tokens(self, response: httpx.Response) -> None:
        """The session from a sign-in or refresh answer: cookies, or (older servers) the body."""
        jar = response.cookies  # this answer's own Set-Cookie (the client's jar has them too)
        refresh = jar.get(REFRESH_COOKIE)
        if refresh:
            self._bearer = None
        else:
            tokens = _body_tokens(response.content)
            refresh = tokens.get(REFRESH_COOKIE)
            self._bearer = tokens.get(ACCESS_COOKIE)
            self._secrets.add(self._bearer)
        for name in (ACCESS_COOKIE, CSRF_COOKIE):
            self._secrets.add(jar.get(name))
        if refresh:
            self._secrets.add(refresh)
            self._refresh_token = refresh
            if self._on_refresh_token is not None:
                self._on_refresh_token(refresh)

    async def _refresh(self, seen_generation: int) -> None:
        async with self._refresh_lock:
            if self._generation != seen_generation:
                return  # another request refreshed meanwhile
            token = self._refresh_token
            if not token:
                raise SignInRequired("Not signed in to the Dify account.")
            http = self._client()
            http.cookies.clear()
            http.cookies.set(REFRESH_COOKIE, token, domain=self._host)
            try:
                # Current servers read the cookie; older ones the JSON body.
                body = None if self._bearer is None else {"refresh_token": token}
                response = await self._send("POST", "/refresh-token", json_body=body)
            except AuthenticationError as refused:
                self._signed_in = False
                self._refresh_token = None
                raise SignInRequired(
                    "The Dify account's session has ended: sign in again.", status=refused.status
                ) from None
            self._take_tokens(response)
            self._generation += 1
            self._signed_in = True

    # -- requests --------------------------------------------------------------------------------

    async def _send(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, str | int | None] | None = None,
        json_body: Mapping[str, Any] | None = None,
    ) -> httpx.Response:
        http = self._client()
        headers: dict[str, str] = {}
        csrf = http.cookies.get(CSRF_COOKIE)
        if csrf:
            headers[CSRF_HEADER] = csrf
        if self._bearer:
            headers["Authorization"] = f"Bearer {self._bearer}"
        content: bytes | None = None
        if json_body is not None:
            content = json.dumps(json_body, ensure_ascii=False).encode("utf-8")
            headers["Content-Type"] = "application/json"
        query = {k: v for k, v in (params or {}).items() if v is not None}
        started = time.monotonic()
        failure: DifyError | None = None
        response: httpx.Response | None = None
        try:
            response = await http.request(
                method, path, params=query, content=content, headers=headers
            )
        except Exception as exc:  # every transport failure becomes a DifyError below
            failure = _mapping.error_from_exception(
                exc, self._where(), redact=self._secrets.redact, proxy=self._proxy_address
            )
        elapsed_ms = (time.monotonic() - started) * 1000
        if failure is not None or response is None:
            assert failure is not None
            log.debug("%s %s -> %s after %.0f ms", method, path, failure.code, elapsed_ms)
            raise failure  # outside the except block: the httpx error carries the request
        log.debug("%s %s -> %d in %.0f ms", method, path, response.status_code, elapsed_ms)
        if 200 <= response.status_code < 300:
            return response
        raise _mapping.error_from_response(
            response.status_code, response.headers, response.content, redact=self._secrets.redact
        )

    async def _get_json(
        self, path: str, params: Mapping[str, str | int | None] | None = None
    ) -> dict[str, Any]:
        """GET with the session; one refresh and one repeat after a 401."""
        if not self._signed_in and self._refresh_token is None:
            raise SignInRequired("Not signed in to the Dify account.")
        if not self._signed_in:
            await self._refresh(self._generation)
        generation = self._generation
        try:
            response = await self._send("GET", path, params=params)
        except AuthenticationError:
            await self._refresh(generation)
            try:
                response = await self._send("GET", path, params=params)
            except AuthenticationError as refused:
                raise SignInRequired(
                    "The Dify account's session was refused: sign in again.",
                    status=refused.status,
                ) from None
        what = f"GET {path}"
        try:
            data = json.loads(response.content)
        except (ValueError, UnicodeDecodeError, RecursionError):
            raise _mapping.invalid_response(
                response.status_code,
                response.headers.get("content-type", ""),
                response.content,
                what,
                redact=self._secrets.redact,
            ) from None
        return _mapping.require_mapping(data, response.status_code, what)

    def _where(self) -> str:
        url = httpx.URL(self._url)
        port = f":{url.port}" if url.port else ""
        return f"{url.scheme}://{url.host}{port}"

    # -- what the app reads ----------------------------------------------------------------------

    async def list_apps(self, *, page: int = 1, limit: int = 100) -> NumberedPage[ConsoleApp]:
        _check_page(page, limit)
        data = await self._get_json("/apps", {"page": page, "limit": limit})
        return _numbered(data, ConsoleApp.from_json, "GET /apps", page, limit)

    async def all_apps(self) -> list[ConsoleApp]:
        """Every app of the workspace, page after page."""
        apps: list[ConsoleApp] = []
        page = 1
        while True:
            result = await self.list_apps(page=page)
            apps.extend(result.data)
            if not result.has_more or not result.data:
                return apps
            page += 1

    async def chat_conversations(
        self,
        app_id: str,
        *,
        page: int = 1,
        limit: int = 20,
        keyword: str | None = None,
        start: datetime | None = None,
        end: datetime | None = None,
        sort_by: str = "-updated_at",
    ) -> NumberedPage[ConsoleConversation]:
        """One page of every end user's conversations (``keyword`` matches questions, answers,
        names and end-user ids; ``start``/``end`` in the account's time zone)."""
        _check_page(page, limit)
        if sort_by not in CONSOLE_SORT_ORDERS:
            raise InvalidParamError(
                f"sort_by must be one of {', '.join(CONSOLE_SORT_ORDERS)}.", code="invalid_param"
            )
        path = f"/apps/{path_segment(app_id)}/chat-conversations"
        params: dict[str, str | int | None] = {
            "page": page,
            "limit": limit,
            "keyword": keyword.strip() if keyword and keyword.strip() else None,
            "start": console_time(start) if start is not None else None,
            "end": console_time(end) if end is not None else None,
            "sort_by": sort_by,
        }
        data = await self._get_json(path, params)
        return _numbered(data, ConsoleConversation.from_json, f"GET {path}", page, limit)

    async def chat_messages(
        self, app_id: str, conversation_id: str, *, first_id: str | None = None, limit: int = 20
    ) -> tuple[list[ConsoleMessage], bool]:
        """A page of a conversation's messages and whether older ones exist."""
        _check_page(1, limit)
        path = f"/apps/{path_segment(app_id)}/chat-messages"
        data = await self._get_json(
            path, {"conversation_id": conversation_id, "first_id": first_id, "limit": limit}
        )
        what = f"GET {path}"
        items = data.get("data")
        if not isinstance(items, list):
            raise _mapping.invalid_shape(200, what, "no 'data' list")
        return [_build(ConsoleMessage.from_json, i, what) for i in items], bool(
            data.get("has_more")
        )


def _check_page(page: int, limit: int) -> None:
    if page < 1 or not 1 <= limit <= CONSOLE_MAX_LIMIT:
        raise InvalidParamError(
            f"page must be 1 or more and limit between 1 and {CONSOLE_MAX_LIMIT}.",
            code="invalid_param",
        )


def _body_tokens(content: bytes) -> dict[str, str]:
    """``{"data": {"access_token", "refresh_token"}}`` (older servers), else nothing."""
    try:
        data = json.loads(content)
    except (ValueError, UnicodeDecodeError, RecursionError):
        return {}
    inner = data.get("data") if isinstance(data, dict) else None
    source = inner if isinstance(inner, dict) else data if isinstance(data, dict) else {}
    return {
        name: value
        for name in (ACCESS_COOKIE, REFRESH_COOKIE)
        if isinstance(value := source.get(name), str) and value
    }


def _build(factory: Callable[[Mapping[str, Any]], T], item: Any, what: str) -> T:
    if not isinstance(item, Mapping):
        raise _mapping.invalid_shape(200, what, f"an item is {type(item).__name__}")
    try:
        return factory(item)
    except (TypeError, ValueError, AttributeError, KeyError) as exc:
        raise _mapping.invalid_shape(200, what, f"{type(exc).__name__} in a field") from None


def _numbered(
    data: Mapping[str, Any],
    factory: Callable[[Mapping[str, Any]], T],
    what: str,
    page: int,
    limit: int,
) -> NumberedPage[T]:
    items = data.get("data")
    if not isinstance(items, list):
        raise _mapping.invalid_shape(200, what, "no 'data' list")
    has_more = data.get("has_more", False)
    if not isinstance(has_more, bool):
        raise _mapping.invalid_shape(200, what, "'has_more' is not true or false")
    total = data.get("total")
    return NumberedPage(
        data=tuple(_build(factory, item, what) for item in items),
        page=page,
        limit=limit,
        total=total if isinstance(total, int) and not isinstance(total, bool) else len(items),
        has_more=has_more,
    )
