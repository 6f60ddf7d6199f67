"""Every sentence the window shows about an outcome or a problem, in one translatable place.

``core`` reports what happened as structured values (:class:`~dify_desktop.core.problems.Problem`,
:class:`~dify_desktop.core.rename_tracking.RowNote`); this module turns each into words with
Qt's translation (context ``"sentences"``). Server text inside a sentence goes through the one
sanitizer (:mod:`dify_desktop.core.untrusted`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from dify_desktop.api import Body, DifyError
from dify_desktop.core.credentials import KeyringProblem
from dify_desktop.core.errors import connect_problem, problem_of
from dify_desktop.core.problems import Problem, ProblemId
from dify_desktop.core.rename_tracking import RowNote, Verdict
from dify_desktop.core.untrusted import server_text
from dify_desktop.ui.job_texts import SAY as JOB_SAY
from dify_desktop.ui.text import isolated

_translate = QCoreApplication.translate


def explain(what: DifyError | KeyringProblem | Problem) -> str:
    """One sentence a support person understands, for any :class:`DifyError`, keyring problem
    or :class:`Problem`."""
    if isinstance(what, DifyError):
        return say(problem_of(what))
    if isinstance(what, KeyringProblem):
        return say(what.describe())
    return say(what)


def explain_connect(exc: DifyError) -> str:
    """:func:`explain` for a failed connection check (a 404 there names the address)."""
    return say(connect_problem(exc))


def address_hint() -> str:
    return _translate(
        "sentences",
        "Check the address: it usually ends in /v1, for example https://api.dify.ai/v1.",
    )


def say(problem: Problem) -> str:
    return _SAY[problem.id](problem)


def _rejected(p: Problem) -> str:
    detail = server_text(p["detail"])
    if detail:
        return _translate("sentences", "Dify rejected the request (400): {detail}").format(
            detail=detail
        )
    return _translate("sentences", "Dify rejected the request (400).")


def _rate_limited(p: Problem) -> str:
    first = _translate("sentences", "Dify is limiting requests (429).")
    wait = p["retry_after"]
    if wait:
        seconds = round(wait)  # lupdate sees a plural's count only as a plain name
        then = _translate("sentences", "Try again in %n s.", "", seconds)
    else:
        then = _translate("sentences", "Try again shortly.")
    return f"{first} {then}"


def _server_trouble(p: Problem) -> str:
    body = _BODIES.get(str(p.params.get("body") or ""))
    if body is None:  # an error made without an answer (no body to describe)
        return _translate(
            "sentences", "{message}. The problem is on the server's side; try again later."
        ).format(message=server_text(p["message"]).rstrip("."))
    first = _translate("sentences", "The server answered {status} with {body}.").format(
        status=p["status"], body=body()
    )
    snippet = server_text(p["snippet"])
    said = " " + _translate("sentences", "It said: {text}").format(text=snippet) if snippet else ""
    then = _translate("sentences", "The problem is on the server's side; try again later.")
    return f"{first}{said} {then}"


_BODIES: dict[str, Callable[[], str]] = {
    Body.EMPTY: lambda: _translate("sentences", "an empty answer"),
    Body.HTML: lambda: _translate("sentences", "a web page instead of Dify's answer"),
    Body.BROKEN_JSON: lambda: _translate("sentences", "incomplete data"),
    Body.TEXT: lambda: _translate("sentences", "plain text instead of Dify's answer"),
}


def _server_error(p: Problem) -> str:
    message = server_text(p["message"])
    if not message:
        return _translate(
            "sentences", "The Dify server had a problem ({status}) and did not say which."
        ).format(status=p["status"])
    return _translate("sentences", "The Dify server had a problem ({status}): {message}").format(
        status=p["status"], message=message
    )


def _dify_error(p: Problem) -> str:
    message = server_text(p["message"])
    if not message:
        return _translate(
            "sentences", "Dify refused the request ({status}) without saying why."
        ).format(status=p["status"] or "?")
    if p["status"]:
        return _translate("sentences", "Dify reported an error ({status}): {message}").format(
            status=p["status"], message=message
        )
    return _translate("sentences", "Dify reported an error: {message}").format(message=message)


def _app_without_conversations(p: Problem) -> str:
    name, mode = server_text(p["name"], 100), p["mode"]
    if mode == "workflow":
        text = _translate(
            "sentences",
            "“{name}” is a workflow app: it has no conversations to manage. "
            "Use the API key of a chat, Chatflow or agent app.",
        )
    elif mode == "completion":
        text = _translate(
            "sentences",
            "“{name}” is a text generator app: it has no conversations to manage. "
            "Use the API key of a chat, Chatflow or agent app.",
        )
    else:
        text = _translate(
            "sentences",
            "“{name}” is a “{mode}” app: it has no conversations to manage. "
            "Use the API key of a chat, Chatflow or agent app.",
        )
    return text.format(name=name, mode=server_text(mode, 40))


_SAY: dict[ProblemId, Callable[[Problem], str]] = {
    ProblemId.KEY_REFUSED: lambda _p: _translate(
        "sentences",
        "The API key was refused (401). It may be wrong, revoked, or not an app key. "
        "Copy the app's key again from Dify (API Access).",
    ),
    ProblemId.ACCESS_DENIED: lambda _p: _translate(
        "sentences",
        "Dify refused access to this app (403): the app may be deleted, its API disabled, "
        "or the workspace archived.",
    ),
    ProblemId.NOT_CHAT_APP: lambda _p: _translate(
        "sentences", "This app has no conversations (it is not a chat app)."
    ),
    ProblemId.REQUEST_REJECTED: _rejected,
    ProblemId.NOT_FOUND: lambda _p: _translate(
        "sentences",
        "Not found (404): the conversation was deleted, or belongs to another end user.",
    ),
    ProblemId.RATE_LIMITED: _rate_limited,
    ProblemId.SERVER_TROUBLE: _server_trouble,
    ProblemId.SERVER_ERROR: _server_error,
    ProblemId.TLS_UNTRUSTED: lambda _p: _translate(
        "sentences",
        "The secure connection failed: the server's certificate is not trusted "
        "(expired, self-signed, or a proxy's). Ask IT to install its certificate on this computer.",
    ),
    ProblemId.TLS_NOT_HTTPS: lambda _p: _translate(
        "sentences",
        "The server does not answer securely (https://): it may only speak plain http. "
        "Check the address; if the server is meant to use plain http, try an http:// address.",
    ),
    ProblemId.TLS_FAILED: lambda p: _translate(
        "sentences", "The secure connection failed: {message}"
    ).format(message=server_text(p["message"])),
    ProblemId.UNREACHABLE: lambda _p: _translate(
        "sentences", "Cannot reach the server: check the address and your network connection."
    ),
    ProblemId.TIMED_OUT: lambda _p: _translate("sentences", "The server did not answer in time."),
    ProblemId.CONNECTION_LOST: lambda _p: _translate(
        "sentences", "The connection broke before the answer arrived."
    ),
    ProblemId.UNREADABLE_ANSWER: lambda _p: _translate(
        "sentences", "The server's answer could not be read (it was not what Dify sends)."
    ),
    ProblemId.DIFY_ERROR: _dify_error,
    ProblemId.APP_WITHOUT_CONVERSATIONS: _app_without_conversations,
    ProblemId.ADDRESS_NEEDS_SCHEME: lambda _p: _translate(
        "sentences",
        "The address must start with https:// (or http:// for a server on this computer).",
    ),
    ProblemId.ADDRESS_NEEDS_HOST: lambda _p: _translate(
        "sentences", "The address needs a host name, for example https://api.dify.ai/v1."
    ),
    ProblemId.ADDRESS_NOT_DIFY: lambda _p: " ".join(
        (
            _translate("sentences", "The server answered, but not like a Dify API (404)."),
            address_hint(),
        )
    ),
    ProblemId.LIST_NOT_FOUND: lambda _p: " ".join(
        (
            _translate(
                "sentences",
                "The list was not found (404): the address may be wrong, or a conversation was "
                "deleted while the list loaded.",
            ),
            address_hint(),
        )
    ),
    ProblemId.NOT_CONNECTED: lambda _p: _translate("sentences", "Not connected."),
    ProblemId.LOADING_STOPPED: lambda _p: _translate("sentences", "Loading was stopped."),
    ProblemId.STOPPED_WAITING: lambda _p: _translate(
        "sentences", "You stopped waiting for the server."
    ),
    ProblemId.NOTHING_TO_RETRY: lambda _p: _translate("sentences", "Nothing to retry."),
    ProblemId.NAME_BLANK: lambda _p: _translate("sentences", "Type a name, or tick Auto-generate."),
    ProblemId.NAME_TOO_LONG: lambda p: _translate(
        "sentences", "Names can be at most {limit} characters; this one has {length}."
    ).format(limit=p["limit"], length=p["length"]),
    ProblemId.NAME_NOT_SENDABLE: lambda _p: _translate(
        "sentences", "The name contains characters that cannot be sent."
    ),
    ProblemId.KEYRING_MISSING: lambda _p: _translate(
        "sentences",
        "No system keyring is available (no Secret Service such as GNOME Keyring or "
        "KWallet is running).",
    ),
    ProblemId.KEYRING_LOCKED: lambda _p: _translate(
        "sentences", "The system keyring is locked and was not unlocked."
    ),
    ProblemId.KEYRING_BROKEN: lambda p: _translate(
        "sentences", "The system keyring reported an error: {detail}"
    ).format(detail=server_text(p["detail"], 100)),
    ProblemId.PROXY_FAILED: lambda p: _translate(
        "sentences",
        "The proxy {proxy} failed: it could not be reached, or it did not pass the request on. "
        "Check the proxy address and that the proxy is running.",
    ).format(proxy=server_text(p["proxy"], 100)),
    ProblemId.PROXY_AUTH_REQUIRED: lambda p: _translate(
        "sentences",
        "The proxy {proxy} asks for a user name and password. Enter them in the connection's "
        "proxy settings.",
    ).format(proxy=server_text(p["proxy"], 100)),
    ProblemId.PROXY_AUTH_FAILED: lambda p: _translate(
        "sentences",
        "The proxy {proxy} refused the user name and password. Check them in the connection's "
        "proxy settings.",
    ).format(proxy=server_text(p["proxy"], 100)),
    ProblemId.PROXY_NEEDS_SCHEME: lambda _p: _translate(
        "sentences",
        "The proxy address must start with http://, socks5:// or socks5h://, for example "
        "http://proxy.example.com:3128.",
    ),
    ProblemId.PROXY_NEEDS_HOST: lambda _p: _translate(
        "sentences",
        "The proxy address has no host name, for example http://proxy.example.com:3128.",
    ),
    ProblemId.PROXY_NEEDS_PORT: lambda _p: _translate(
        "sentences",
        "The proxy address needs a port number (1-65535) after the host, for example "
        "http://proxy.example.com:3128.",
    ),
    ProblemId.PROXY_URL_HAS_CREDENTIALS: lambda _p: _translate(
        "sentences",
        "Put the proxy's user name and password in the User and Password fields, not in the "
        "address: they are kept in the system keyring.",
    ),
    ProblemId.PROXY_PASSWORD_WITHOUT_USER: lambda _p: _translate(
        "sentences", "A proxy password needs a user name too."
    ),
}


_SAY.update(JOB_SAY)


# ----------------------------------------------------------------- renames


def rename_label(note: RowNote) -> str:
    """The row's status column."""
    if note.verdict is Verdict.FAILED and note.status:
        return _translate("sentences", "⚠ Not renamed ({status})").format(status=note.status)
    if note.verdict is Verdict.BLANK_NOT_RESTORED and note.status:
        return _translate("sentences", "⚠ Name not put back ({status})").format(status=note.status)
    return _LABELS[note.verdict]()


def saving_label() -> str:
    return _translate("sentences", "Saving…")


def rename_message(note: RowNote) -> str:
    """The whole story of a row's last rename (tooltip and status bar)."""
    v = note.verdict
    if v is Verdict.NOT_SENT:
        return note.text
    if v is Verdict.REREAD_FAILED:
        reread = _translate("sentences", "Re-reading the server failed too: {problem}").format(
            problem=_cause(note)
        )
        return f"{rename_message(note.earlier)} {reread}" if note.earlier else reread
    if v is Verdict.FAILED:
        return _translate("sentences", "Not renamed: {problem}").format(problem=_cause(note))
    if v is Verdict.BLANK_NOT_RESTORED:
        return _translate(
            "sentences",
            "Dify produced an empty name, and putting the previous name back failed: {problem} "
            "The previous name is kept: press F2 or use Retry rename to put it back.",
        ).format(problem=_cause(note))
    if v is Verdict.UNCERTAIN:
        return _translate(
            "sentences",
            "{problem} The name may or may not have been saved; showing what the server holds now.",
        ).format(problem=_cause(note))
    if v is Verdict.CONFIRMED:
        return _translate(
            "sentences", "{problem} Checked: the server did save the new name."
        ).format(problem=_cause(note))
    if v is Verdict.KEPT_OLD_NAME:
        return _translate(
            "sentences",
            "{problem} Checked: the server still has the old name, so it was not renamed. "
            "What you typed is kept: press F2 to retry.",
        ).format(problem=_cause(note))
    if v is Verdict.HAS_OTHER_NAME:
        return _translate(
            "sentences",
            "{problem} Checked: the server still has a different name, so it was not renamed. "
            "What you typed is kept: press F2 to retry.",
        ).format(problem=_cause(note))
    return _MESSAGES[v]()


def rename_status(name: str, conversation_id: str, message: str) -> str:
    """The status bar's line about a row's rename: which conversation, then what happened."""
    if name.strip():
        return _translate("sentences", "{name}: {message}").format(
            name=isolated(name, 60), message=message
        )
    return _translate("sentences", "Conversation {id} (no name): {message}").format(
        id=isolated(conversation_id, 40), message=message
    )


def name_to_put_back(name: str) -> str:
    """Added to a row's tooltip while it holds a blanked name that was not put back yet."""
    return _translate("sentences", "The previous name, to put back: {name}").format(name=name)


def outside_filter(status: str) -> str:
    """A row's status while it stays shown after a rename although it no longer matches the
    filter."""
    if not status:
        return _translate("sentences", "(no longer matches the filter)")
    return _translate("sentences", "{status} (no longer matches the filter)").format(status=status)


def line_breaks_became_spaces() -> str:
    """Said by the rename editor when pasted line breaks or tabs were turned into spaces."""
    return _translate("sentences", "A name is one line: line breaks and tabs became spaces.")


def typed_is_kept(typed: str) -> str:
    """Added to a row's tooltip while it holds text that was not saved."""
    return _translate("sentences", "What you typed is kept: {typed}").format(typed=typed)


def _cause(note: RowNote) -> str:
    return say(note.problem) if note.problem else ""


_LABELS: dict[Verdict, Callable[[], str]] = {
    Verdict.RENAMED: lambda: _translate("sentences", "✓ Renamed"),
    Verdict.AUTO_UNCHANGED: lambda: _translate("sentences", "⚠ Name not generated"),
    Verdict.NO_MESSAGES: lambda: _translate("sentences", "⚠ No messages yet"),
    Verdict.FAILED: lambda: _translate("sentences", "⚠ Not renamed"),
    Verdict.UNCERTAIN: lambda: _translate("sentences", "… Checking the server"),
    Verdict.NOT_SENT: lambda: _translate("sentences", "⚠ Not sent"),
    Verdict.CONFIRMED: lambda: _translate("sentences", "✓ Renamed (confirmed)"),
    Verdict.KEPT_OLD_NAME: lambda: _translate("sentences", "⚠ Not renamed"),
    Verdict.HAS_OTHER_NAME: lambda: _translate("sentences", "⚠ Not renamed"),
    Verdict.GONE: lambda: _translate("sentences", "⚠ Not found"),
    Verdict.REREAD_FAILED: lambda: _translate("sentences", "⚠ Unknown"),
    Verdict.BLANK_RESTORED: lambda: _translate("sentences", "⚠ Empty name: old name put back"),
    Verdict.BLANK_NOTHING_TO_RESTORE: lambda: _translate("sentences", "⚠ Empty name"),
    Verdict.BLANK_NOT_RESTORED: lambda: _translate("sentences", "⚠ Name not put back"),
}

_MESSAGES: dict[Verdict, Callable[[], str]] = {
    Verdict.RENAMED: lambda: _translate("sentences", "Renamed."),
    Verdict.AUTO_UNCHANGED: lambda: _translate(
        "sentences",
        "Dify could not generate a name: the app has no model for it, or the model failed. "
        "The name was not changed.",
    ),
    Verdict.NO_MESSAGES: lambda: _translate(
        "sentences", "Dify can only generate a name once the conversation has messages."
    ),
    Verdict.GONE: lambda: _translate(
        "sentences", "The server no longer lists this conversation (deleted?)."
    ),
    Verdict.BLANK_RESTORED: lambda: _translate(
        "sentences",
        "Dify produced an empty name (its model gave no answer), so the previous name was put "
        "back.",
    ),
    Verdict.BLANK_NOTHING_TO_RESTORE: lambda: _translate(
        "sentences",
        "Dify produced an empty name (its model gave no answer). The conversation had no name "
        "before either, so there was nothing to put back.",
    ),
}
