"""The async client for Dify's service API (conversation management routes).

One :class:`DifyClient` holds one pooled ``httpx.AsyncClient``; use it as an async context
manager or call :meth:`DifyClient.aclose`. Every failure raises a :class:`DifyError` subclass.

Retries and the key's handling: :mod:`dify_desktop.api._transport`; the endpoints, one module per
resource: :mod:`dify_desktop.api.resources`.
"""

from __future__ import annotations

from ._transport import DEFAULT_TIMEOUT, USER_AGENT
from .base_url import normalize_base_url
from .resources import (
    AUTO_GENERATE_TIMEOUT,
    AppEndpoints,
    ConversationEndpoints,
    MessageEndpoints,
    VariableEndpoints,
)

__all__ = [
    "AUTO_GENERATE_TIMEOUT",
    "DEFAULT_TIMEOUT",
    "USER_AGENT",
    "DifyClient",
    "normalize_base_url",
]


class DifyClient(AppEndpoints, ConversationEndpoints, MessageEndpoints, VariableEndpoints):
    """Async client for one Dify app (one API key).

    ``timeout`` (seconds) applies to connecting, sending and waiting for each answer; an
    auto-generate rename waits at least :data:`AUTO_GENERATE_TIMEOUT`. ``transport`` replaces the
    network (tests); ``max_retries`` bounds the retries described in
    :mod:`dify_desktop.api._transport`.
    """
