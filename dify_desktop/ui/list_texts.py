"""What the conversation list says about itself: its counts, and why it is empty."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from dify_desktop.ui.conversation_model import ConversationFilter, ConversationModel
from dify_desktop.ui.text import isolated

EMPTY_USER_HINT = (
    "The service API only sees conversations created through the API (not those from Dify's own "
    "web app or debugger), and only those of this exact end-user id. Note: looking up an id the "
    "server has never seen registers it there as a new, empty end user."
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ConversationList", text)


def counts_text(model: ConversationModel, proxy: ConversationFilter, saving: int) -> str:
    loaded = model.rowCount()
    if model.user is None:
        text = ""
    elif model.loading and not loaded:
        text = "Loading…"
    elif model.complete:
        text = f"all {loaded} loaded"
    else:
        text = f"{loaded} loaded, more available" + (" (loading…)" if model.loading else "")
    if model.incomplete_ties:
        text += " (some may be missing: over 100 share one second, which Dify cannot page through)"
    if proxy.active:
        text = f"{proxy.rowCount()} shown · {text}"
    if saving:
        text += f" · saving {saving}"
    return text


def empty_text(
    model: ConversationModel,
    proxy: ConversationFilter,
    needle: str,
    *,
    connected: bool,
    ephemeral: bool,
) -> str:
    """Why the list shows no row ("" when it shows some)."""
    if proxy.rowCount() > 0:
        return ""
    if not connected:
        if ephemeral:
            return _tr("Not connected.")
        return _tr(
            "Not connected.\n\n"
            "Use Connections → Add connection… to connect to a Dify chat app with its API key."
        )
    user = model.user
    if user is None:
        return _tr(
            "Type an end user's id in the “End user” box and press Enter.\n\n"
            "Dify keeps conversations per end user: the id your product sends as “user”."
        )
    if model.load_error:
        return f"Could not load the conversations of {isolated(user)}.\n\n{model.load_error}\n\nPress F5 to try again."
    if model.loading or not model.complete:
        return _tr("Loading conversations…")
    if proxy.active:
        hint = "" if model.complete else " Use “Load all” to search every conversation."
        return f"No loaded conversation matches {isolated(needle)}.{hint}"
    return f"No conversations for {isolated(user)}.\n\n{EMPTY_USER_HINT}"
