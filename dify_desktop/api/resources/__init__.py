"""The endpoints of Dify's service API, one group per resource, each a mixin over
:class:`~dify_desktop.api._transport.Transport` that :class:`~dify_desktop.api.DifyClient`
combines."""

from .app import AppEndpoints
from .conversations import AUTO_GENERATE_TIMEOUT, ConversationEndpoints
from .messages import MessageEndpoints
from .variables import VariableEndpoints

__all__ = [
    "AUTO_GENERATE_TIMEOUT",
    "AppEndpoints",
    "ConversationEndpoints",
    "MessageEndpoints",
    "VariableEndpoints",
]
