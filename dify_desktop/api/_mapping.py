"""Turn whatever came back (an error status with any body, a broken 2xx, a transport exception)
into a :class:`DifyError` with a readable message. Pure functions, no I/O."""

from __future__ import annotations

import json
import re
import ssl
import time
from collections.abc import Callable, Mapping
from datetime import UTC
from http import HTTPStatus
from typing import Any

import httpx

from .errors import (
    AuthenticationError,
    BadRequestError,
    Body,
    ConnectError,
    ConnectionLostError,
    DifyError,
    InvalidParamError,
    InvalidResponseError,
    MethodNotAllowedError,
    NotChatAppError,
    NotFoundError,
    PermissionDeniedError,
    ProxyError,
    RateLimitError,
    RequestTimeoutError,
    ServerError,
    TLSError,
    TransportError,
    UnsupportedMediaTypeError,
)
from .proxy import PROXY_AUTH_FAILED, PROXY_AUTH_REQUIRED

Redact = Callable[[str], str]

SNIPPET_LENGTH = 200
MAX_MESSAGE_LENGTH = 1000

#: Codes for answers that are not a Dify JSON error (the subclass and ``status`` carry the rest).
_DEFAULT_CODES: dict[int, str] = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    415: "unsupported_media_type",
    429: "too_many_requests",
    500: "internal_server_error",
    502: "bad_gateway",
    503: "service_unavailable",
    504: "gateway_timeout",
}

_STATUS_CLASSES: dict[int, type[DifyError]] = {
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    405: MethodNotAllowedError,
    415: UnsupportedMediaTypeError,
}

_DROP_BLOCKS = re.compile(r"<(script|style|head)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_COMMENTS = re.compile(r"<!--.*?-->", re.DOTALL)
_TAGS = re.compile(r"<[^>]*>")
_TITLE = re.compile(r"<title\b[^>]*>.*?</title\s*>", re.IGNORECASE | re.DOTALL)
_SPACE = re.compile(r"\s+")


def status_text(status: int) -> str:
    """``502 Bad Gateway``."""
    try:
        return f"{status} {HTTPStatus(status).phrase}"
    except ValueError:
        return str(status)


def clean_text(text: str, limit: int = SNIPPET_LENGTH) -> str:
    """Collapse whitespace and truncate to ``limit`` characters (with an ellipsis)."""
    text = _SPACE.sub(" ", text).strip()
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text


def html_to_text(markup: str, limit: int = SNIPPET_LENGTH) -> str:
    """The visible words of an HTML page, without tags, scripts or styles (the title only when
    the page has no other text)."""
    import html  # only for a proxy's or a server's error page: not at start-up

    title_match = re.search(r"<title\b[^>]*>(.*?)</title\s*>", markup, re.IGNORECASE | re.DOTALL)
    title = html.unescape(_TAGS.sub(" ", title_match.group(1))) if title_match else ""
    body = _TITLE.sub(" ", _DROP_BLOCKS.sub(" ", _COMMENTS.sub(" ", markup)))
    body = html.unescape(_TAGS.sub(" ", body))
    return clean_text(body, limit) or clean_text(title, limit)


def looks_like_html(content_type: str, text: str) -> bool:
    if "html" in content_type.lower():
        return True
    head = text.lstrip()[:15].lower()
    return head.startswith(("<!doctype", "<html", "<head", "<body", "<h1", "<p>", "<center"))


#: what a body that is not the expected JSON is, for the log (the UI words each kind itself)
BODY_KIND_TEXTS = {
    Body.EMPTY: "an empty answer",
    Body.HTML: "an HTML page, not JSON",
    Body.BROKEN_JSON: "broken or truncated JSON",
    Body.TEXT: "plain text, not JSON",
}


def body_kind(content_type: str, body: bytes) -> tuple[str, str]:
    """(one of :class:`Body`, readable snippet) of a body that is not the expected JSON."""
    if not body.strip():
        return Body.EMPTY, ""
    text = body.decode("utf-8", errors="replace")
    if looks_like_html(content_type, text):
        return Body.HTML, html_to_text(text)
    stripped = text.lstrip()
    if "json" in content_type.lower() or stripped.startswith(("{", "[")):
        return Body.BROKEN_JSON, clean_text(text)
    return Body.TEXT, clean_text(text)


def describe_body(content_type: str, body: bytes) -> tuple[str, str]:
    """(kind, readable snippet) of a body that is not the expected JSON."""
    kind, snippet = body_kind(content_type, body)
    return BODY_KIND_TEXTS[kind], snippet


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta seconds or an HTTP date), None if absent
    or unreadable; never negative."""
    if value is None:
        return None
    value = value.strip()
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        import email.utils  # only for a Retry-After date: not at start-up

        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        seconds = when.timestamp() - (time.time() if now is None else now)
    if seconds != seconds or seconds in (float("inf"), float("-inf")):
        return None
    return max(0.0, seconds)


def _dify_error_fields(body: bytes) -> tuple[str, str] | None:
    """(code, message) when the body is Dify's JSON error object."""
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError, RecursionError):
        return None
    if not isinstance(data, Mapping):
        return None
    code, message = data.get("code"), data.get("message")
    if not isinstance(message, str) and not isinstance(code, str):
        return None
    return (
        code if isinstance(code, str) and code else "",
        message if isinstance(message, str) else "",
    )


def error_from_response(
    status: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    redact: Redact,
) -> DifyError:
    """The error for a non-2xx answer, whatever its body."""
    content_type = headers.get("content-type", "")
    fields = _dify_error_fields(body)
    server_message: str | None = None
    kind, snippet = None, ""
    if fields is not None:
        code, server_message = fields
        code = code or _DEFAULT_CODES.get(status, f"http_{status}")
        server_message = redact(server_message)
        if server_message.strip():
            message = redact(server_message.strip())
            if len(message) > MAX_MESSAGE_LENGTH:
                message = message[: MAX_MESSAGE_LENGTH - 1] + "…"
        else:
            message = (
                f"The server refused the request ({status_text(status)}, {code}) "
                "without saying why."
            )
    else:
        code = _DEFAULT_CODES.get(status, f"http_{status}")
        kind, snippet = body_kind(content_type, body)
        snippet = redact(snippet)
        message = f"The server answered {status_text(status)} ({BODY_KIND_TEXTS[kind]})"
        if snippet:
            message += f": {snippet}"
    retry_after = parse_retry_after(headers.get("retry-after"))
    if status == 429:
        limited = RateLimitError(
            message,
            status=status,
            code=code,
            retry_after=retry_after,
            server_message=server_message,
        )
        limited.body, limited.snippet = kind, snippet
        return limited
    cls: type[DifyError]
    if status == 400:
        if code == "invalid_param":
            cls = InvalidParamError
        elif code == "not_chat_app":
            cls = NotChatAppError
        else:
            cls = BadRequestError
    else:
        cls = _STATUS_CLASSES.get(status, ServerError)
    error = cls(message, status=status, code=code, server_message=server_message)
    error.body, error.snippet = kind, snippet
    if isinstance(error, ServerError):
        error.retry_after = retry_after
    return error


def invalid_response(
    status: int, content_type: str, body: bytes, what: str, *, redact: Redact
) -> InvalidResponseError:
    """A 2xx whose body is not the JSON the route returns."""
    kind, snippet = describe_body(content_type, body)
    message = f"The server's answer to {what} is not what Dify sends ({kind})"
    if snippet:
        message += f": {redact(snippet)}"
    return InvalidResponseError(message, status=status, code="invalid_response")


def invalid_shape(status: int, what: str, detail: str) -> InvalidResponseError:
    return InvalidResponseError(
        f"The server's answer to {what} is JSON but not what Dify sends ({detail}).",
        status=status,
        code="invalid_response",
    )


def _exception_chain(exc: BaseException) -> list[BaseException]:
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in chain and len(chain) < 20:
        chain.append(current)
        current = current.__cause__ or current.__context__
    return chain


def _tls_error(error: ssl.SSLError, where: str, redact: Redact) -> TLSError:
    if isinstance(error, ssl.SSLCertVerificationError):
        reason = clean_text(str(error.verify_message or error.reason or "unknown reason"), 120)
        return TLSError(
            redact(
                f"The certificate of {where} is not trusted by this computer ({reason}), so the "
                "connection was refused to protect the API key. If the server uses a private or "
                "company certificate, its root certificate must be installed in the operating "
                "system."
            ),
            code=TLSError.UNTRUSTED,
        )
    reason = clean_text(str(error.reason or error.strerror or error), 120)
    if "WRONG_VERSION_NUMBER" in reason.upper() or "RECORD_LAYER" in reason.upper():
        return TLSError(
            redact(
                f"The secure (TLS) connection to {where} failed ({reason}). Does the server "
                "speak HTTPS at all? Try an http:// address."
            ),
            code=TLSError.NOT_HTTPS,
        )
    failed = TLSError(
        redact(f"The secure (TLS) connection to {where} failed ({reason})."), code=TLSError.FAILED
    )
    failed.reason = redact(reason)
    return failed


def _reason(exc: BaseException) -> str:
    """A short reason from the innermost useful exception text (never the request)."""
    for item in reversed(_exception_chain(exc)):
        text = str(item).strip()
        if text:
            return clean_text(text, 160)
    return type(exc).__name__


def error_from_exception(
    exc: BaseException,
    where: str,
    *,
    redact: Redact,
    proxy: str | None = None,
    proxy_credentials: bool = False,
) -> DifyError:
    """The error for a transport failure. ``where`` names the server (scheme://host:port);
    ``proxy`` the proxy in use (host:port), if any, and ``proxy_credentials`` whether the
    client sends it credentials."""
    if isinstance(exc, DifyError):
        return exc
    chain = _exception_chain(exc)
    if proxy is not None:
        failed = _proxy_error(exc, chain, where, proxy, redact, proxy_credentials)
        if failed is not None:
            return failed
    tls = next((e for e in chain if isinstance(e, ssl.SSLError)), None)
    if tls is not None and not isinstance(exc, httpx.TimeoutException):
        return _tls_error(tls, where, redact)
    reason = redact(_reason(exc))
    if isinstance(exc, httpx.ConnectTimeout):
        return ConnectError(
            f"Could not connect to {where} in time (no answer to the connection attempt).",
            code="connect_timeout",
        )
    if isinstance(exc, httpx.TimeoutException):
        what = {
            httpx.ReadTimeout: "The server did not answer in time",
            httpx.WriteTimeout: "Sending the request to the server took too long",
            httpx.PoolTimeout: "Too many requests at once: no free connection in time",
        }.get(type(exc), "The request timed out")
        return RequestTimeoutError(f"{what} ({where}).", code="timeout")
    if isinstance(exc, httpx.UnsupportedProtocol | httpx.InvalidURL):
        return ConnectError(
            f"The server address is not usable ({reason}). It must start with http:// or https://.",
            code="invalid_url",
        )
    if isinstance(exc, httpx.ProxyError):
        return ConnectError(
            f"The proxy refused the connection to {where} ({reason}).", code="proxy_error"
        )
    if isinstance(exc, httpx.ConnectError):
        return ConnectError(f"Could not connect to {where} ({reason}).", code="connect_failed")
    if isinstance(
        exc, httpx.RemoteProtocolError | httpx.ReadError | httpx.WriteError | httpx.CloseError
    ):
        return ConnectionLostError(
            f"The connection to {where} broke before the whole answer arrived ({reason}).",
            code="connection_lost",
        )
    if isinstance(exc, httpx.DecodingError):
        return InvalidResponseError(
            f"The answer from {where} could not be decoded ({reason}).", code="decoding_error"
        )
    if isinstance(exc, OSError):
        return ConnectError(f"Could not connect to {where} ({reason}).", code="connect_failed")
    return TransportError(
        f"The request to {where} failed ({type(exc).__name__}: {reason}).", code="transport_error"
    )


#: How httpcore says a proxy refused to go on without (the right) credentials: an HTTP proxy's
#: 407 to CONNECT; a SOCKS5 proxy that accepts no method we offered, or refused the user/pass.
_PROXY_AUTH_REASONS = ("Invalid username/password", "NO ACCEPTABLE METHODS")


def proxy_auth_error(proxy: str, credentials_sent: bool, reason: str) -> ProxyError:
    """The proxy wants credentials (none were sent) or refused the ones sent."""
    if credentials_sent:
        return ProxyError(
            f"The proxy {proxy} refused the user name and password ({reason}).",
            proxy=proxy,
            code=PROXY_AUTH_FAILED,
        )
    return ProxyError(
        f"The proxy {proxy} asks for a user name and password ({reason}).",
        proxy=proxy,
        code=PROXY_AUTH_REQUIRED,
    )


def _proxy_error(
    exc: BaseException,
    chain: list[BaseException],
    where: str,
    proxy: str,
    redact: Redact,
    credentials_sent: bool,
) -> ProxyError | None:
    """A failure of the proxy itself: it refused to pass the request on (or wants other
    credentials), or could not be reached (every connection goes to the proxy first, so a
    failed connect is the proxy's)."""
    if isinstance(exc, httpx.ProxyError):
        reason = redact(_reason(exc))
        if reason.startswith("407") or any(m in reason for m in _PROXY_AUTH_REASONS):
            return proxy_auth_error(proxy, credentials_sent, reason)
        return ProxyError(
            f"The proxy {proxy} did not pass the request on to {where} ({reason}).", proxy=proxy
        )
    if any(isinstance(e, ssl.SSLError) for e in chain):
        return None  # a TLS handshake through the proxy is the server's
    if isinstance(exc, httpx.ConnectTimeout):
        return ProxyError(f"The proxy {proxy} did not answer the connection in time.", proxy=proxy)
    if isinstance(exc, httpx.ConnectError):
        reason = redact(_reason(exc))
        return ProxyError(f"Could not connect to the proxy {proxy} ({reason}).", proxy=proxy)
    return None


def require_mapping(data: Any, status: int, what: str) -> dict[str, Any]:
    if not isinstance(data, Mapping):
        raise invalid_shape(status, what, f"expected an object, got {type(data).__name__}")
    return dict(data)
