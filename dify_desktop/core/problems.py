"""What went wrong, as data: an id and its parameters, never a sentence.

``core`` reports problems this way; ``dify_desktop.ui.sentences`` turns each into words (and
into the person's language). Parameters are raw values - server text included, unsanitized: the
sentence decides how to show it.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any


class ProblemId(enum.Enum):
    # -- a call to Dify failed (parameters from the DifyError)
    KEY_REFUSED = "key_refused"  # 401
    ACCESS_DENIED = "access_denied"  # 403
    NOT_CHAT_APP = "not_chat_app"  # 400 not_chat_app
    REQUEST_REJECTED = "request_rejected"  # 400; detail: the server's message ("" when none)
    NOT_FOUND = "not_found"  # 404
    RATE_LIMITED = "rate_limited"  # 429; retry_after: seconds or None
    SERVER_TROUBLE = "server_trouble"  # 5xx without Dify's JSON; message: what the client saw
    SERVER_ERROR = "server_error"  # 5xx with Dify's JSON; status, message
    TLS_UNTRUSTED = "tls_untrusted"  # the certificate is not trusted
    TLS_NOT_HTTPS = "tls_not_https"  # https:// to a server that does not speak TLS
    TLS_FAILED = "tls_failed"  # another handshake failure; message: what the client saw
    UNREACHABLE = "unreachable"
    PROXY_FAILED = "proxy_failed"  # proxy: its host:port (never credentials)
    TIMED_OUT = "timed_out"
    CONNECTION_LOST = "connection_lost"
    UNREADABLE_ANSWER = "unreadable_answer"
    DIFY_ERROR = "dify_error"  # anything else; status (or None), message
    # -- connecting
    APP_WITHOUT_CONVERSATIONS = "app_without_conversations"  # name, mode
    ADDRESS_NEEDS_SCHEME = "address_needs_scheme"  # not http(s)://
    ADDRESS_NEEDS_HOST = "address_needs_host"
    ADDRESS_NOT_DIFY = "address_not_dify"  # a 404 from /info: the address is not Dify's API
    LIST_NOT_FOUND = "list_not_found"  # a 404 while listing conversations
    # -- the work itself
    NOT_CONNECTED = "not_connected"
    LOADING_STOPPED = "loading_stopped"
    STOPPED_WAITING = "stopped_waiting"  # the person pressed Stop during a save
    NOTHING_TO_RETRY = "nothing_to_retry"
    NAME_BLANK = "name_blank"
    NAME_TOO_LONG = "name_too_long"  # limit, length
    NAME_NOT_SENDABLE = "name_not_sendable"  # characters that cannot be encoded
    # -- the local database (history, pins)
    LOCAL_DB_LOCKED = "local_db_locked"  # path: another program holds it; kept in memory
    LOCAL_DB_KEPT_ASIDE = "local_db_kept_aside"  # kept: where the unreadable file was moved
    LOCAL_DB_UNUSABLE = "local_db_unusable"  # path: cannot be created or read; kept in memory
    LOCAL_DB_WRITE_FAILED = "local_db_write_failed"  # detail: the error's type name
    # -- bulk jobs
    PREFIX_PRESENT = "prefix_present"  # the name already starts with the prefix
    CHANGED_ON_SERVER = "changed_on_server"  # loaded, now: the name changed since it was loaded
    GONE_FROM_SERVER = "gone_from_server"  # the conversation is no longer listed
    NOT_SET_BY_APP = "not_set_by_app"  # expected, now: someone renamed it since the app did
    # -- the keyring
    KEYRING_MISSING = "keyring_missing"
    KEYRING_LOCKED = "keyring_locked"
    KEYRING_BROKEN = "keyring_broken"  # detail: the error's type name


@dataclass(frozen=True, slots=True)
class Problem:
    id: ProblemId
    params: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))

    def __str__(self) -> str:  # for logs and developers; the person sees ui.sentences
        args = ", ".join(f"{k}={v!r}" for k, v in self.params.items())
        return f"{self.id.value}({args})" if args else self.id.value

    def __getitem__(self, name: str) -> Any:
        return self.params[name]


def problem(problem_id: ProblemId, **params: Any) -> Problem:
    return Problem(problem_id, MappingProxyType(params))


class ProblemError(Exception):
    """An operation of ``core`` refused, with the :class:`Problem` that says why."""

    def __init__(self, what: Problem) -> None:
        super().__init__(str(what))
        self.problem = what
