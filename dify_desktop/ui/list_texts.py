"""What the conversation list says about itself: its counts, and why it is empty."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from dify_desktop.core.problems import ProblemId, problem
from dify_desktop.ui.conversation_filter import ConversationFilter
from dify_desktop.ui.conversation_model import ConversationModel
from dify_desktop.ui.reporter import Level, Message
from dify_desktop.ui.sentences import say
from dify_desktop.ui.text import isolated


def _tr(text: str) -> str:
    return QCoreApplication.translate("ConversationList", text)


def counts_text(model: ConversationModel, proxy: ConversationFilter, saving: int) -> str:
    loaded = model.rowCount()
    if model.user is None:
        text = ""
    elif model.loading and not loaded:
        text = _tr("Loading…")
    elif model.complete:
        text = _tr("all {0} loaded").format(loaded)
    else:
        text = _tr("{0} loaded, more available").format(loaded)
        if model.loading:
            text += _tr(" (loading…)")
        elif model.paused:
            text += _tr(" (stopped)")
    if model.incomplete_ties:
        text += _tr(
            " (some may be missing: over 100 share one second, which Dify cannot page through)"
        )
    if proxy.active:
        text = _tr("{0} shown · {1}").format(proxy.rowCount(), text)
    if saving:
        text += _tr(" · saving {0}").format(saving)
    return text


def empty_text(
    model: ConversationModel,
    proxy: ConversationFilter,
    needle: str,
    *,
    connected: bool,
    ephemeral: bool,
    connection: Message | None = None,
) -> str:
    """Why the list shows no row ("" when it shows some). ``connection``: what the reporter says
    about the connection now (connecting, or why it failed)."""
    if proxy.rowCount() > 0:
        return ""
    if not connected:
        if connection is not None and connection.level is Level.INFO:
            return connection.text  # connecting…
        said = f"\n\n{connection.text}" if connection is not None else ""
        if ephemeral:
            return _tr("Not connected.") + said
        return (
            _tr("Not connected.")
            + said
            + _tr(
                "\n\nUse Connections → Add connection… to connect to a Dify chat app with its "
                "API key."
            )
        )
    user = model.user
    if user is None:
        return _tr(
            "Type an end user's id in the “End user” box and press Enter.\n\n"
            "Dify keeps conversations per end user: the id your product sends as “user”."
        )
    if model.load_error:
        return _tr(
            "Could not load the conversations of {0}.\n\n{1}\n\nPress F5 to try again."
        ).format(isolated(user), model.load_error)
    if model.loading:
        return _tr("Loading conversations…")
    if model.paused and not model.rowCount():
        return say(problem(ProblemId.LOADING_STOPPED)) + _tr(
            "\n\nUse “Load all” to continue, or press F5 to start again."
        )
    if proxy.active:
        hint = "" if model.complete else _tr(" Use “Load all” to search every conversation.")
        return _tr("No loaded conversation matches {0}.").format(isolated(needle)) + hint
    if not model.complete:
        return _tr("Loading conversations…")
    return _tr(
        "No conversations for {0}.\n\n"
        "The service API only sees conversations created through the API (not those from Dify's "
        "own web app or debugger), and only those of this exact end-user id. Note: looking up an "
        "id the server has never seen registers it there as a new, empty end user."
    ).format(isolated(user))
