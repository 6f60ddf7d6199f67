"""Async client for Dify's service API (httpx + asyncio; no Qt, no settings, no keyring).

from dify_desktop.api import DifyClient, DifyError

async with DifyClient("https://api.dify.ai/v1", api_key) as client:
    info = await client.get_app_info()
    async for conversation in client.iter_conversations(user):
        ...
"""

import sys
from typing import TYPE_CHECKING

if "httpx" not in sys.modules:
    # httpx imports its command-line client with itself: click, then pygments and rich when they
    # are installed. uvicorn (the demo server) installs click, so every start spent 30-55 ms on a
    # client the app never runs; without it, httpx.main is httpx's own "not installed" stub.
    sys.modules["httpx._main"] = None  # type: ignore[assignment]

from ._mapping import status_text
from .base_url import normalize_base_url, typed_base_url
from .client import AUTO_GENERATE_TIMEOUT, DEFAULT_TIMEOUT, USER_AGENT, DifyClient
from .errors import (
    APIStatusError,
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
    SignInRequired,
    TLSError,
    TransportError,
    UnsupportedMediaTypeError,
)
from .message_paging import MessagePager, time_order
from .models import CHAT_MODES, SORT_ORDERS, AppInfo, Conversation, Page, epoch_to_utc
from .paging import DEFAULT_PAGE_SIZE, KeysetPager
from .validation import (
    AUTO_GENERATE_PLACEHOLDER,
    MAX_NAME_LENGTH,
    NameIssue,
    auto_generate_name,
    is_valid_name,
    name_issue,
    validate_name,
    validate_user,
)

__all__ = [
    "AUTO_GENERATE_PLACEHOLDER",
    "AUTO_GENERATE_TIMEOUT",
    "CHAT_MODES",
    "DEFAULT_PAGE_SIZE",
    "DEFAULT_TIMEOUT",
    "MAX_NAME_LENGTH",
    "SORT_ORDERS",
    "USER_AGENT",
    "APIStatusError",
    "AppInfo",
    "AppParameters",
    "AuthenticationError",
    "BadRequestError",
    "Body",
    "ConnectError",
    "ConnectionLostError",
    "Conversation",
    "DifyClient",
    "DifyError",
    "EndUser",
    "Feedback",
    "InvalidParamError",
    "InvalidResponseError",
    "KeysetPager",
    "Message",
    "MessagePager",
    "MethodNotAllowedError",
    "NameIssue",
    "NotChatAppError",
    "NotFoundError",
    "Page",
    "PermissionDeniedError",
    "ProxyError",
    "RateLimitError",
    "RequestTimeoutError",
    "ServerError",
    "SignInRequired",
    "SiteInfo",
    "TLSError",
    "TransportError",
    "UnsupportedMediaTypeError",
    "Variable",
    "auto_generate_name",
    "epoch_to_utc",
    "is_valid_name",
    "name_issue",
    "normalize_base_url",
    "status_text",
    "time_order",
    "typed_base_url",
    "validate_name",
    "validate_user",
]

if TYPE_CHECKING:
    from .detail_models import AppParameters, EndUser, Feedback, Message, SiteInfo, Variable

#: made on first use (see api.detail_models: not on the way to the first page)
_DETAIL_MODELS = frozenset(
    {"AppParameters", "EndUser", "Feedback", "Message", "SiteInfo", "Variable"}
)


def __getattr__(name: str) -> object:
    if name in _DETAIL_MODELS:
        from . import detail_models

        return getattr(detail_models, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
