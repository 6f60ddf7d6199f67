"""Which problem a :class:`DifyError` is, for the person (``ui.sentences`` says it in words)."""

from __future__ import annotations

from dify_desktop.api import (
    AuthenticationError,
    ConnectError,
    ConnectionLostError,
    DifyError,
    InvalidParamError,
    InvalidResponseError,
    NotChatAppError,
    NotFoundError,
    PermissionDeniedError,
    ProxyError,
    RateLimitError,
    RequestTimeoutError,
    ServerError,
    TLSError,
    status_text,
)
from dify_desktop.api.proxy import PROXY_AUTH_FAILED, PROXY_AUTH_REQUIRED
from dify_desktop.core.problems import Problem, ProblemId, problem

#: Most specific first (TLSError and ProxyError, ConnectErrors, are told apart before these).
_SIMPLE: tuple[tuple[type[DifyError], ProblemId], ...] = (
    (AuthenticationError, ProblemId.KEY_REFUSED),
    (PermissionDeniedError, ProblemId.ACCESS_DENIED),
    (NotChatAppError, ProblemId.NOT_CHAT_APP),
    (NotFoundError, ProblemId.NOT_FOUND),
    (ConnectError, ProblemId.UNREACHABLE),
    (RequestTimeoutError, ProblemId.TIMED_OUT),
    (ConnectionLostError, ProblemId.CONNECTION_LOST),
    (InvalidResponseError, ProblemId.UNREADABLE_ANSWER),
)

_PROXY_PROBLEMS = {
    PROXY_AUTH_REQUIRED: ProblemId.PROXY_AUTH_REQUIRED,
    PROXY_AUTH_FAILED: ProblemId.PROXY_AUTH_FAILED,
}


def problem_of(exc: DifyError) -> Problem:
    """The problem ``exc`` is. Errors that carry one of their own (our refusals) keep it."""
    own = getattr(exc, "problem", None)
    if isinstance(own, Problem):
        return own
    if isinstance(exc, InvalidParamError):
        return problem(ProblemId.REQUEST_REJECTED, detail=said(exc))
    if isinstance(exc, RateLimitError):
        return problem(ProblemId.RATE_LIMITED, retry_after=exc.retry_after)
    if isinstance(exc, ServerError):
        if exc.server_message is None:  # not Dify's JSON: what came instead
            return problem(
                ProblemId.SERVER_TROUBLE,
                status=status_text(exc.status) if exc.status else "",
                body=exc.body or "",
                snippet=exc.snippet,
                message="" if exc.body else exc.message,
            )
        return problem(ProblemId.SERVER_ERROR, status=exc.status, message=said(exc))
    if isinstance(exc, TLSError):
        return _tls_problem(exc)
    if isinstance(exc, ProxyError):
        return problem(_PROXY_PROBLEMS.get(exc.code, ProblemId.PROXY_FAILED), proxy=exc.proxy)
    for kind, problem_id in _SIMPLE:
        if isinstance(exc, kind):
            return problem(problem_id)
    return problem(ProblemId.DIFY_ERROR, status=exc.status, message=said(exc))


def said(exc: DifyError) -> str:
    """The server's own words in ``exc`` ("" when it said nothing): the message of Dify's JSON
    error, or the text of the page that came instead. An error the client raised before any
    answer (its own checks) keeps its message."""
    if exc.server_message is not None:
        return exc.server_message.strip()
    return exc.snippet if exc.body else exc.message


def _tls_problem(exc: TLSError) -> Problem:
    if exc.code == TLSError.NOT_HTTPS:
        return problem(ProblemId.TLS_NOT_HTTPS)
    if exc.code == TLSError.UNTRUSTED:
        return problem(ProblemId.TLS_UNTRUSTED)
    return problem(ProblemId.TLS_FAILED, message=exc.reason or exc.message)


def connect_problem(exc: DifyError) -> Problem:
    """``exc`` from checking a connection (GET /info): a 404 there means the address is not
    Dify's API."""
    if isinstance(exc, NotFoundError):
        return problem(ProblemId.ADDRESS_NOT_DIFY)
    return problem_of(exc)


def listing_problem(exc: DifyError) -> Problem:
    """``exc`` from listing conversations: a 404 there is a wrong address, or a conversation
    deleted under the pager's cursor."""
    if isinstance(exc, NotFoundError):
        return problem(ProblemId.LIST_NOT_FOUND)
    return problem_of(exc)
