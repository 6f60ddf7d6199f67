"""Dify's console API, read-only: sign in with a Dify account, list the workspace's apps and
every end user's conversations of one app (no Qt, no keyring, no settings)."""

from .client import ConsoleClient, console_time
from .models import (
    CONSOLE_MAX_LIMIT,
    CONSOLE_SORT_ORDERS,
    ConsoleApp,
    ConsoleConversation,
    ConsoleMessage,
    NumberedPage,
)
from .urls import CLOUD_CONSOLE_URL, console_url_for

__all__ = [
    "CLOUD_CONSOLE_URL",
    "CONSOLE_MAX_LIMIT",
    "CONSOLE_SORT_ORDERS",
    "ConsoleApp",
    "ConsoleClient",
    "ConsoleConversation",
    "ConsoleMessage",
    "NumberedPage",
    "console_time",
    "console_url_for",
]
