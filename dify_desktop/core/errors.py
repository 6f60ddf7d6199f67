"""Turn any :class:`DifyError` into one sentence a support person understands."""

from __future__ import annotations

import unicodedata

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
    RateLimitError,
    RequestTimeoutError,
    ServerError,
    TLSError,
)

# Embeddings, overrides and isolates: server text must not reorder the sentence around it.
_BIDI_CONTROLS = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))


def server_text(text: str, limit: int = 1000) -> str:
    """Text the server sent, safe to embed in a sentence for the person: one line (runs of
    whitespace and line breaks become one space), no bidi controls, other control characters
    replaced by U+FFFD, at most ``limit`` characters."""
    text = " ".join(text.translate(_BIDI_CONTROLS).split())
    if not text.isprintable():
        text = "".join("\ufffd" if unicodedata.category(ch) == "Cc" else ch for ch in text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def explain(exc: DifyError) -> str:
    if isinstance(exc, AuthenticationError):
        return (
            "The API key was refused (401). It may be wrong, revoked, or not an app key. "
            "Copy the app's key again from Dify (API Access)."
        )
    if isinstance(exc, PermissionDeniedError):
        return (
            "Dify refused access to this app (403): the app may be deleted, its API disabled, "
            "or the workspace archived."
        )
    if isinstance(exc, NotChatAppError):
        return "This app has no conversations (it is not a chat app)."
    if isinstance(exc, InvalidParamError):
        detail = server_text(exc.message)
        return (
            f"Dify rejected the request (400): {detail}"
            if detail
            else ("Dify rejected the request (400).")
        )
    if isinstance(exc, NotFoundError):
        return "Not found (404): the conversation was deleted, or belongs to another end user."
    if isinstance(exc, RateLimitError):
        wait = (
            f" Try again in {exc.retry_after:.0f} s." if exc.retry_after else " Try again shortly."
        )
        return "Dify is limiting requests (429)." + wait
    if isinstance(exc, ServerError):
        message = server_text(exc.message)
        if exc.server_message is None:  # not Dify's JSON: the message says it all
            return f"{message.rstrip('.')}. The problem is on the server's side; try again later."
        return f"The Dify server had a problem ({exc.status}): {message}"
    if isinstance(exc, TLSError):
        return (
            "The secure connection failed: the server's certificate is not trusted "
            "(expired, self-signed, or a proxy's). Ask IT to install its certificate on this computer."
        )
    if isinstance(exc, ConnectError):
        return "Cannot reach the server: check the address and your network connection."
    if isinstance(exc, RequestTimeoutError):
        return "The server did not answer in time."
    if isinstance(exc, ConnectionLostError):
        return "The connection broke before the answer arrived."
    if isinstance(exc, InvalidResponseError):
        return "The server's answer could not be read (it was not what Dify sends)."
    status = f" ({exc.status})" if exc.status else ""
    return f"Dify reported an error{status}: {server_text(exc.message)}"
