"""The transport: one pooled ``httpx.AsyncClient`` per client, the key, retries, and the
mapping of every answer to a 2xx response or a :class:`DifyError`. The endpoints live in
:mod:`dify_desktop.api.resources`.

Retry policy
------------
- GET (idempotent) is retried up to ``max_retries`` times (default 3) on: a refused or failed
  connection (``connect_failed``), a connection lost mid-answer, 502/503/504, and 429. The wait is
  the server's Retry-After (429/503) when it gave one, else exponential backoff 0.25 s, 0.5 s, 1 s,
  2 s (capped) with jitter (50-100 % of the step). A Retry-After longer than ``max_retry_after``
  (30 s) is not waited for: the error is raised at once with ``retry_after`` set. All waits of one
  call together stay under ``retry_budget`` (30 s).
- Not retried: read/write timeouts (a retry would multiply a wait the person already sat through),
  connect timeouts (same), TLS failures, every other status (400-level, 500).
- POST, PUT and DELETE are retried only on ``connect_failed``: ``httpx.ConnectError`` is raised
  while opening the connection (TCP connect or TLS handshake), before any byte of the request is
  written, so the server cannot have acted on it. A write that fails later (timeout, connection
  lost, 5xx, 429) is never retried: its error says ``uncertain`` where it may have taken effect.

The API key
-----------
It lives only in a private auth object that adds ``Authorization: Bearer <key>`` to each request
and whose repr is ``Bearer ***``. Errors never chain the original httpx exception (it carries the
request and its headers), and every message taken from the server is scrubbed of the key. Debug
logs (logger ``dify_desktop.api``) show method, path, status and time, and ``Bearer ***``.
"""

from __future__ import annotations

import asyncio
import json
import logging
import random
import ssl
import time
from collections.abc import Awaitable, Callable, Generator, Mapping
from types import TracebackType
from typing import Any, Self, TypeVar
from urllib.parse import quote, unquote, urlsplit

import httpx

import dify_desktop

from . import _mapping
from .base_url import normalize_base_url
from .errors import (
    AuthenticationError,
    ConnectError,
    ConnectionLostError,
    DifyError,
    InvalidParamError,
    ProxyError,
    RateLimitError,
    ServerError,
)
from .models import Page
from .proxy import environment_proxy, proxy_address

__all__ = ["DEFAULT_TIMEOUT", "USER_AGENT", "Transport", "path_segment"]

log = logging.getLogger("dify_desktop.api")

T = TypeVar("T")

DEFAULT_TIMEOUT = 15.0
USER_AGENT = f"dify-desktop/{dify_desktop.__version__}"

_RETRY_STATUSES = frozenset({502, 503, 504})
_IDEMPOTENT = frozenset({"GET", "HEAD", "OPTIONS"})
_KEY_ALLOWED = frozenset(chr(c) for c in range(0x21, 0x7F))


def _checked_key(api_key: str) -> str:
    if not isinstance(api_key, str) or not api_key:
        raise AuthenticationError("No API key was given.", code="missing_key")
    if not set(api_key) <= _KEY_ALLOWED:
        raise AuthenticationError(
            "The API key contains spaces or characters an API key cannot have.",
            code="invalid_key",
        )
    return api_key


class _BearerAuth(httpx.Auth):
    """Adds the key to each request; the only place the key is kept."""

    __slots__ = ("__key",)

    def __init__(self, key: str) -> None:
        self.__key = key

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = f"Bearer {self.__key}"
        yield request

    def redact(self, text: str) -> str:
        return text.replace(self.__key, "***") if self.__key and self.__key in text else text

    def __repr__(self) -> str:
        return "Bearer ***"

    def __reduce__(self) -> Any:
        raise TypeError("the API key is not picklable")


def path_segment(value: str) -> str:
    """An id as one URL path segment (no '/', no dot segments)."""
    quoted = quote(value, safe="")
    return quoted.replace(".", "%2E") if quoted in (".", "..") else quoted


class Transport:
    """Sends requests for one Dify app (one API key); the endpoint groups build on it.

    ``timeout`` (seconds) applies to connecting, sending and waiting for each answer.
    ``transport`` replaces the network (tests); ``max_retries`` bounds the retries described in
    the module docstring. ``proxy`` (``http://host:port`` or ``socks5://host:port``) sends every
    request through that proxy, loopback included, whatever the environment's proxy variables
    say; without it the environment's (or the system's) proxy settings apply, unless
    ``trust_env`` is False: then every request goes direct.
    """

    def __init__(
        self,
        base_url: str,
        api_key: str,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        max_retries: int = 3,
        transport: httpx.AsyncBaseTransport | None = None,
        max_retry_after: float = 30.0,
        retry_budget: float = 30.0,
        proxy: str | None = None,
        trust_env: bool = True,
    ) -> None:
        self._base_url = normalize_base_url(base_url)
        self._proxy = proxy
        self._trust_env = trust_env and proxy is None
        # The proxy in use, to name it when it fails (the environment's, if it names one).
        in_use = proxy or (environment_proxy(self._base_url) if self._trust_env else None)
        self._proxy_address = proxy_address(in_use) if in_use else None
        self._proxy_password = unquote(urlsplit(in_use).password or "") if in_use else ""
        self._proxy_credentials = bool(in_use and urlsplit(in_use).username)
        if not timeout > 0:
            raise ValueError("timeout must be a positive number of seconds")
        self._auth = _BearerAuth(_checked_key(api_key))
        self._timeout = float(timeout)
        self._max_retries = max(0, int(max_retries))
        self._max_retry_after = float(max_retry_after)
        self._retry_budget = float(retry_budget)
        self._transport = transport
        self._http: httpx.AsyncClient | None = None
        self._closed = False
        #: The sleep used between retries (tests replace it to observe the waits).
        self._sleep: Callable[[float], Awaitable[None]] = asyncio.sleep

    # -- lifecycle -----------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        return self._base_url

    @property
    def timeout(self) -> float:
        return self._timeout

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self._base_url!r}, timeout={self._timeout!r})"

    def __reduce__(self) -> Any:
        raise TypeError(f"{type(self).__name__} is not picklable (it holds an API key)")

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    def replace_api_key(self, api_key: str) -> None:
        """Use another key from the next request on (a key revoked mid-session), keeping the
        pooled connections."""
        self._auth = _BearerAuth(_checked_key(api_key))
        if self._http is not None:
            self._http.auth = self._auth

    async def aclose(self) -> None:
        """Close the pooled connections. The client cannot be used afterwards."""
        self._closed = True
        if self._http is not None:
            http, self._http = self._http, None
            await http.aclose()

    def _client(self) -> httpx.AsyncClient:
        if self._closed:
            raise ConnectError("This client has been closed.", code="client_closed")
        if self._http is None:
            options: dict[str, Any]
            if self._transport is not None:
                options = {"transport": self._transport}
            else:
                # The default transport, so the system's proxy settings (HTTPS_PROXY, NO_PROXY,
                # or the OS settings on Windows and macOS) apply, with our TLS context - unless
                # a proxy was given: then it alone is used, for every host.
                options = {
                    "verify": self._ssl_context(),
                    # The app's writes in flight (core.limiter, at most 16) plus the list's and
                    # the messages' requests, each on a kept connection: reconnecting per request
                    # costs more than the request at 8 or 16 in flight (benchmarks/bulk.py).
                    "limits": httpx.Limits(
                        max_connections=20, max_keepalive_connections=20, keepalive_expiry=4.0
                    ),
                    "trust_env": self._trust_env,
                    "proxy": self._proxy,
                }
            failure: str | None = None
            try:
                self._http = httpx.AsyncClient(
                    base_url=self._base_url,
                    auth=self._auth,
                    headers={"User-Agent": USER_AGENT, "Accept": "application/json"},
                    timeout=httpx.Timeout(self._timeout),
                    follow_redirects=False,
                    **options,
                )
            except Exception as exc:  # e.g. a SOCKS proxy configured without socksio
                failure = type(exc).__name__
            if (failure is not None or self._http is None) and self._proxy_address:
                raise ProxyError(
                    f"The proxy {self._proxy_address} cannot be used ({failure}).",
                    proxy=self._proxy_address,
                )
            if failure is not None or self._http is None:
                raise ConnectError(
                    f"The connection could not be set up ({failure}); check the proxy settings.",
                    code="proxy_error",
                )
        return self._http

    def _ssl_context(self) -> ssl.SSLContext:
        if self._base_url.startswith("https:"):
            import truststore  # imported here: loading the system's trust store takes time

            return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        # Plain http: TLS is never used (no redirects are followed). A context that verifies and
        # trusts nothing keeps verification on without the cost of loading any certificate.
        return ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)

    # -- the request core ----------------------------------------------------------------------

    def _redact(self, text: str) -> str:
        """``text`` without the key or the proxy's password."""
        text = self._auth.redact(text)
        secret = self._proxy_password
        return text.replace(secret, "***") if secret and secret in text else text

    def _where(self) -> str:
        url = httpx.URL(self._base_url)
        host = f"[{url.host}]" if ":" in url.host else url.host
        port = f":{url.port}" if url.port else ""
        return f"{url.scheme}://{host}{port}"

    async def _request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, str | int | None] | None = None,
        body: Mapping[str, Any] | None = None,
        timeout: httpx.Timeout | None = None,
    ) -> httpx.Response:
        """Send with retries; return a 2xx response or raise the mapped error."""
        query = {k: v for k, v in (params or {}).items() if v is not None}
        content: bytes | None = None
        headers: dict[str, str] = {}
        if body is not None:
            try:
                content = json.dumps(body, ensure_ascii=False, allow_nan=False).encode("utf-8")
            except (TypeError, ValueError) as exc:
                raise InvalidParamError(
                    f"The request cannot be sent as JSON ({type(exc).__name__}).",
                    status=400,
                    code="invalid_param",
                ) from None
            headers["Content-Type"] = "application/json"
        attempt = 0
        waited = 0.0
        while True:
            try:
                return await self._send_once(method, path, query, content, headers, timeout)
            except DifyError as error:
                delay = self._retry_delay(method, error, attempt, waited)
                if delay is None:
                    raise
                log.debug(
                    "retrying %s %s in %.2f s (attempt %d of %d) after: %s",
                    method,
                    path,
                    delay,
                    attempt + 1,
                    self._max_retries,
                    error,
                )
            await self._sleep(delay)
            waited += delay
            attempt += 1

    async def _send_once(
        self,
        method: str,
        path: str,
        query: Mapping[str, str | int],
        content: bytes | None,
        headers: Mapping[str, str],
        timeout: httpx.Timeout | None,
    ) -> httpx.Response:
        http = self._client()
        started = time.monotonic()
        failure: DifyError | None = None
        response: httpx.Response | None = None
        try:
            response = await http.request(
                method,
                path,
                params=query,
                content=content,
                headers=headers,
                timeout=timeout if timeout is not None else httpx.USE_CLIENT_DEFAULT,
            )
        except Exception as exc:  # every transport failure becomes a DifyError below
            failure = _mapping.error_from_exception(
                exc,
                self._where(),
                redact=self._redact,
                proxy=self._proxy_address,
                proxy_credentials=self._proxy_credentials,
            )
        elapsed_ms = (time.monotonic() - started) * 1000
        if failure is not None or response is None:
            assert failure is not None
            log.debug(
                "%s %s -> %s after %.0f ms (Authorization: Bearer ***)",
                method,
                path,
                failure.code,
                elapsed_ms,
            )
            # Raised outside the except block so the httpx exception (which carries the request
            # and its Authorization header) is neither the cause nor the context.
            raise failure
        log.debug(
            "%s %s -> %d in %.0f ms (Authorization: Bearer ***)",
            method,
            path,
            response.status_code,
            elapsed_ms,
        )
        if 200 <= response.status_code < 300:
            return response
        if response.status_code == 407 and self._proxy_address:
            raise _mapping.proxy_auth_error(self._proxy_address, self._proxy_credentials, "407")
        if 300 <= response.status_code < 400:
            # Not followed: a redirect usually means a wrong address (http -> https, a missing
            # /v1), and following it could carry the key to another host.
            location = self._auth.redact(response.headers.get("location", "")) or "no address"
            raise ServerError(
                f"The server redirected the request to {_mapping.clean_text(location)}: "
                "check the server address.",
                status=response.status_code,
                code="redirect",
            )
        raise _mapping.error_from_response(
            response.status_code, response.headers, response.content, redact=self._auth.redact
        )

    def _retry_delay(
        self, method: str, error: DifyError, attempt: int, waited: float
    ) -> float | None:
        """Seconds to wait before retrying, or None to give up (see the module docstring)."""
        if attempt >= self._max_retries:
            return None
        idempotent = method in _IDEMPOTENT
        server_wait: float | None = None
        if error.code == "connect_failed" and isinstance(error, ConnectError):
            pass  # nothing was sent: safe for every method
        elif not idempotent:
            return None
        elif isinstance(error, ConnectionLostError):
            pass
        elif isinstance(error, RateLimitError) or (
            isinstance(error, ServerError) and error.status in _RETRY_STATUSES
        ):
            server_wait = error.retry_after
        else:
            return None
        if server_wait is not None:
            if server_wait > self._max_retry_after:
                return None
            delay = server_wait
        else:
            step = min(2.0, 0.25 * (2**attempt))
            delay = step * random.uniform(0.5, 1.0)
        if waited + delay > self._retry_budget:
            return None
        return delay

    async def _json(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, str | int | None] | None = None,
        body: Mapping[str, Any] | None = None,
        timeout: httpx.Timeout | None = None,
    ) -> dict[str, Any]:
        """A request whose 2xx answer must be a JSON object."""
        response = await self._request(method, path, params=params, body=body, timeout=timeout)
        what = f"{method} {path}"
        try:
            data = json.loads(response.content)
        except (ValueError, UnicodeDecodeError, RecursionError):
            raise _mapping.invalid_response(
                response.status_code,
                response.headers.get("content-type", ""),
                response.content,
                what,
                redact=self._auth.redact,
            ) from None
        return _mapping.require_mapping(data, response.status_code, what)

    @staticmethod
    def _build(factory: Callable[[Mapping[str, Any]], T], data: Any, what: str) -> T:
        if type(data) is not dict and not isinstance(data, Mapping):  # dict: JSON's usual case
            raise _mapping.invalid_shape(200, what, f"an item is {type(data).__name__}")
        try:
            return factory(data)
        except (TypeError, ValueError, AttributeError, KeyError) as exc:
            raise _mapping.invalid_shape(200, what, f"{type(exc).__name__} in a field") from None

    def _page(
        self,
        data: Mapping[str, Any],
        factory: Callable[[Mapping[str, Any]], T],
        what: str,
        limit: int,
    ) -> Page[T]:
        items = data.get("data")
        if not isinstance(items, list):
            raise _mapping.invalid_shape(200, what, "no 'data' list")
        has_more = data.get("has_more", False)
        if not isinstance(has_more, bool):
            raise _mapping.invalid_shape(200, what, "'has_more' is not true or false")
        page_limit = data.get("limit", limit)
        if isinstance(page_limit, bool) or not isinstance(page_limit, int):
            page_limit = limit
        return Page(
            data=tuple(self._build(factory, item, what) for item in items),
            has_more=has_more,
            limit=page_limit,
        )
