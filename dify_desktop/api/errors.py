"""One error hierarchy for every way a call to Dify can fail.

Every failure the client raises is a :class:`DifyError` with ``status`` (the HTTP status, or None
when no answer came), ``code`` (Dify's code, or one of ours for transport failures) and a readable
``message``. Branch on the subclass, ``status`` or ``code`` - never on ``message``.
"""

from __future__ import annotations


class Body:
    """What a body that is not Dify's JSON was (:attr:`DifyError.body`)."""

    EMPTY = "empty"
    HTML = "html"
    BROKEN_JSON = "broken_json"
    TEXT = "text"


class DifyError(Exception):
    """Base of every error the client raises."""

    #: True when the request may have reached the server and taken effect (a write whose answer
    #: was lost): the caller should re-read the server instead of assuming nothing happened.
    uncertain: bool = False

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        code: str = "error",
        server_message: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.code = code
        #: The ``message`` of Dify's JSON error exactly as the server sent it (it can be ``""``, e.g.
        #: auto-generate on a conversation without messages). None when the answer was not a Dify
        #: JSON error (HTML page, empty body, transport failure) or the client refused before sending.
        self.server_message = server_message
        #: what the answer's body was when it was not Dify's JSON (one of :class:`Body`), else None
        self.body: str | None = None
        #: the readable text of such a body (the server's words, shown as they are)
        self.snippet = ""
        #: the library's words for a failed TLS handshake (TLSError.FAILED)
        self.reason = ""

    def __str__(self) -> str:
        prefix = f"HTTP {self.status}" if self.status is not None else self.code
        return f"{prefix}: {self.message}" if self.message else prefix

    def __repr__(self) -> str:
        return f"{type(self).__name__}(status={self.status!r}, code={self.code!r}, message={self.message!r})"


class APIStatusError(DifyError):
    """The server answered with an error status."""


class BadRequestError(APIStatusError):
    """400 with a code we do not single out (e.g. ``bad_request``)."""


class InvalidParamError(BadRequestError):
    """400 ``invalid_param``; also raised by the client's own checks before anything is sent."""


class NotChatAppError(BadRequestError):
    """400 ``not_chat_app``: the key belongs to an app without conversations (workflow, completion)."""


class AuthenticationError(APIStatusError):
    """401: the key is wrong, revoked, or not an app key."""


class PermissionDeniedError(APIStatusError):
    """403: the app is deleted, its API is disabled, or the workspace is archived."""


class NotFoundError(APIStatusError):
    """404: unknown route or id, or an id this end user cannot see."""


class MethodNotAllowedError(APIStatusError):
    """405."""


class UnsupportedMediaTypeError(APIStatusError):
    """415: the body was not JSON."""


class RateLimitError(APIStatusError):
    """429. ``retry_after`` is the server's Retry-After in seconds, when it sent one."""

    def __init__(
        self,
        message: str,
        *,
        status: int | None = 429,
        code: str = "too_many_requests",
        retry_after: float | None = None,
        server_message: str | None = None,
    ) -> None:
        super().__init__(message, status=status, code=code, server_message=server_message)
        self.retry_after = retry_after


class ServerError(APIStatusError):
    """5xx (and any other unexpected status). ``retry_after`` is the server's Retry-After in
    seconds when it sent one (typically with 503)."""

    retry_after: float | None = None


class InvalidResponseError(DifyError):
    """A 2xx answer whose body is not what the route returns (not JSON, truncated, wrong shape).
    The request reached the server, so a write may have taken effect."""

    uncertain = True


class TransportError(DifyError):
    """No usable answer came back."""


class ConnectError(TransportError):
    """The connection could not be made (refused, DNS, unreachable). Nothing reached the server."""


class TLSError(ConnectError):
    """The TLS handshake failed; ``code`` says how (one of the constants below)."""

    #: the server's certificate is not trusted (expired, self-signed, a proxy's)
    UNTRUSTED = "tls_error"
    #: the server does not speak TLS at all (https:// to a plain http server)
    NOT_HTTPS = "tls_not_https"
    #: any other handshake failure
    FAILED = "tls_failed"


class ProxyError(ConnectError):
    """The proxy the client was told to use failed: it could not be reached, or it refused to
    pass the request on. ``proxy`` is its ``host:port`` (never credentials). Nothing reached the
    server."""

    def __init__(self, message: str, *, proxy: str, code: str = "proxy_failed") -> None:
        super().__init__(message, code=code)
        self.proxy = proxy


class RequestTimeoutError(TransportError):
    """No answer within the timeout. A write may still have happened on the server."""

    uncertain = True


class ConnectionLostError(TransportError):
    """The connection broke after the request was sent (reset, closed mid-body)."""

    uncertain = True


class SignInRequired(AuthenticationError):
    """The console session is gone (no session yet, the refresh token was refused or has
    expired): the person has to sign in to the Dify account again. ``status`` is the refusal's
    (401) or None when nothing was asked."""

    def __init__(self, message: str, *, status: int | None = None) -> None:
        super().__init__(message, status=status, code="sign_in_required")
