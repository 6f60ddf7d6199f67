"""Async client for Dify's service API (httpx + asyncio; no Qt, no settings, no keyring).

from dify_desktop.api import DifyClient, DifyError

async with DifyClient("https://api.dify.ai/v1", api_key) as client:
    info = await client.get_app_info()
    async for conversation in client.iter_conversations(user):
        ...
"""

from .base_url import normalize_base_url, typed_base_url
from .client import AUTO_GENERATE_TIMEOUT, DEFAULT_TIMEOUT, USER_AGENT, DifyClient
from .errors import (
    APIStatusError,
    AuthenticationError,
    BadRequestError,
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
from .message_paging import MessagePager, time_order
from .models import (
    CHAT_MODES,
    SORT_ORDERS,
    AppInfo,
    AppParameters,
    Conversation,
    EndUser,
    Feedback,
    Message,
    Page,
    SiteInfo,
    Variable,
    epoch_to_utc,
)
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
    "time_order",
    "typed_base_url",
    "validate_name",
    "validate_user",
]
