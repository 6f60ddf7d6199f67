"""What the conversation list says about itself: its counts, and why it is empty."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from dify_desktop.core.problems import ProblemId, problem
from dify_desktop.ui.conversation_filter import ConversationFilter
from dify_desktop.ui.conversation_model import ConversationModel
from dify_desktop.ui.reporter import Level, Message
from dify_desktop.ui.sentences import say
from dify_desktop.ui.text import isolated

translate = QCoreApplication.translate


def counts_text(model: ConversationModel, proxy: ConversationFilter, saving: int) -> str:
    loaded = model.rowCount()
    if model.user is None:
        text = ""
    elif model.loading and not loaded:
        text = translate("ConversationList", "Loading…")
    elif model.complete:
        text = translate("ConversationList", "all %Ln loaded", "", loaded)
    else:
        text = translate("ConversationList", "%Ln loaded, more available", "", loaded)
        if model.loading:
            text += translate("ConversationList", " (loading…)")
        elif model.paused:
            text += translate("ConversationList", " (stopped)")
    if model.incomplete_ties:
        text += translate(
            "ConversationList",
            " (some may be missing: over 100 share one second, which Dify cannot page through)",
        )
    if proxy.active:
        shown = proxy.rowCount()  # lupdate sees a plural's count only as a plain name
        text = translate("ConversationList", "%Ln shown · {0}", "", shown).format(text)
    if saving:
        text += translate("ConversationList", " · saving %Ln", "", saving)
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
            return translate("ConversationList", "Not connected.") + said
        return (
            translate("ConversationList", "Not connected.")
            + said
            + translate(
                "ConversationList",
                "\n\nUse Connections → Add connection… to connect to a Dify chat app with its "
                "API key.",
            )
        )
    user = model.user
    if user is None:
        return translate(
            "ConversationList",
            "Type an end user's id in the “End user” box and press Enter.\n\n"
            "Dify keeps conversations per end user: the id your product sends as “user”.",
        )
    if model.load_error:
        return translate(
            "ConversationList",
            "Could not load the conversations of {0}.\n\n{1}\n\nPress F5 to try again.",
        ).format(isolated(user), model.load_error)
    if model.loading:
        return translate("ConversationList", "Loading conversations…")
    if model.paused and not model.rowCount():
        return say(problem(ProblemId.LOADING_STOPPED)) + translate(
            "ConversationList", "\n\nUse “Load all” to continue, or press F5 to start again."
        )
    if proxy.active:
        hint = (
            ""
            if model.complete
            else translate("ConversationList", " Use “Load all” to search every conversation.")
        )
        return (
            translate("ConversationList", "No loaded conversation matches {0}.").format(
                isolated(needle)
            )
            + hint
        )
    if not model.complete:
        return translate("ConversationList", "Loading conversations…")
    return translate(
        "ConversationList",
        "No conversations for {0}.\n\n"
        "The service API only sees conversations created through the API (not those from Dify's "
        "own web app or debugger), and only those of this exact end-user id. Note: looking up an "
        "id the server has never seen registers it there as a new, empty end user.",
    ).format(isolated(user))
