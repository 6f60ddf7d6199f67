"""Renaming one conversation: check what the person typed, call the server, and classify what
happened - including the outcomes Dify does not report as errors (auto-generate that silently did
nothing, a conversation with no messages yet, auto-generate that blanked the name). The outcomes
are data; ``ui.sentences`` says them.
"""

from __future__ import annotations

import asyncio
import enum
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from dify_desktop.api import (
    MAX_NAME_LENGTH,
    Conversation,
    DifyError,
    InvalidParamError,
    NameIssue,
    name_issue,
)
from dify_desktop.core.errors import problem_of
from dify_desktop.core.problems import Problem, ProblemError, ProblemId, problem

log = logging.getLogger(__name__)


class NameProblem(ProblemError):
    """What the person typed cannot be sent; ``problem`` says why (``ui.sentences`` words it)."""


#: A name is one line: each of these control characters (pasted, usually) becomes a space.
#: U+2028/2029 are not controls and stay, like any other character a name may hold.
_BREAKS = str.maketrans(dict.fromkeys("\n\r\t\v\f\x1c\x1d\x1e\x85", " "))


def one_line(typed: str) -> str:
    """``typed`` with each line break (CR LF counts as one) and tab turned into a space."""
    return typed.replace("\r\n", " ").translate(_BREAKS)


def tidy(typed: str) -> str:
    """The name a typed text stands for: one line (:func:`one_line`), trimmed."""
    return one_line(typed).strip()


def prepare_name(typed: str) -> str:
    """:func:`tidy` the text; the rest is checked by the API's own name rules and sent exactly
    as typed. Raises :class:`NameProblem`."""
    name = tidy(typed)
    refused = name_problem(name)
    if refused is not None:
        raise NameProblem(refused)
    return name


def name_problem(name: str) -> Problem | None:
    """Why the API's name rules refuse ``name`` exactly as it is, or None."""
    issue = name_issue(name)
    if issue is None:
        return None
    if issue is NameIssue.TOO_LONG:
        return problem(ProblemId.NAME_TOO_LONG, limit=MAX_NAME_LENGTH, length=len(name))
    if issue is NameIssue.NOT_ENCODABLE:
        return problem(ProblemId.NAME_NOT_SENDABLE)
    return problem(ProblemId.NAME_BLANK)


class Outcome(enum.Enum):
    RENAMED = "renamed"
    #: auto-generate answered 200 but the name did not change (no model, or the model failed)
    AUTO_UNCHANGED = "auto_unchanged"
    #: auto-generate on a conversation without messages (400 with an empty message)
    NO_MESSAGES = "no_messages"
    #: auto-generate blanked the name (Dify 1.14/1.15 on an empty model reply) and the previous
    #: name was put back
    BLANK_RESTORED = "blank_restored"
    #: auto-generate blanked the name, which was blank before too: nothing to put back
    BLANK_NOTHING_TO_RESTORE = "blank_nothing_to_restore"
    #: auto-generate blanked the name and putting the previous one back failed (``restore`` is
    #: the rename to retry)
    BLANK_NOT_RESTORED = "blank_not_restored"
    #: the server answered with an error: nothing changed there
    FAILED = "failed"
    #: no usable answer (timeout, connection lost, Stop): the server may or may not have saved it
    UNCERTAIN = "uncertain"


class Origin(enum.Enum):
    """Why a rename was sent (the history keeps it)."""

    SINGLE = "single"  # the person renamed one row (typed, or Auto-generate)
    BULK = "bulk"  # an item of a bulk job
    UNDO = "undo"
    REVERT = "revert"


@dataclass(frozen=True, slots=True)
class RenameRequest:
    conversation: Conversation
    user: str
    typed: str
    auto_generate: bool
    #: send ``typed`` exactly as it is (putting a name back), not trimmed like a typed name; the
    #: API's own name rules still apply
    exact: bool = False
    origin: Origin = Origin.SINGLE
    #: the job this rename belongs to (bulk, undo of a job)
    job: str | None = None


@dataclass(frozen=True, slots=True)
class RenameResult:
    request: RenameRequest
    outcome: Outcome
    #: the server's conversation after the call (None when it did not answer usefully)
    conversation: Conversation | None
    error: DifyError | None = None
    #: why it failed, or why the answer is uncertain (FAILED, UNCERTAIN, NO_MESSAGES,
    #: BLANK_NOT_RESTORED)
    problem: Problem | None = None
    #: BLANK_*: the rename that puts the previous name back (None when there was none)
    restore: RenameRequest | None = None
    #: the re-read's verdict on an earlier UNCERTAIN result of this request (see :func:`settled`)
    settles: bool = False


def settled(result: RenameResult, held: Conversation | None) -> RenameResult | None:
    """What re-reading the server says of an UNCERTAIN ``result``: saved (RENAMED) or not saved
    (FAILED, the old name is still there); None when it cannot tell (the conversation is gone, or
    it holds a third name: someone else renamed it)."""
    if result.outcome is not Outcome.UNCERTAIN or held is None:
        return None
    if name_saved(result.request, held):
        outcome = Outcome.RENAMED
    elif held.name == result.request.conversation.name:
        outcome = Outcome.FAILED
    else:
        return None
    return RenameResult(result.request, outcome, held, problem=result.problem, settles=True)


def name_to_send(request: RenameRequest) -> str:
    """The name a manual rename sends: typed names trimmed and checked (raises
    :class:`NameProblem`), a name being put back exactly as it was."""
    return request.typed if request.exact else prepare_name(request.typed)


def blanked(request: RenameRequest, held: Conversation) -> bool:
    """Auto-generate left the conversation without a name (dify#35949, #39002)."""
    return request.auto_generate and not held.name.strip()


def restoring(request: RenameRequest) -> RenameRequest | None:
    """The manual rename that puts back the name an auto-generate ``request`` replaced, exactly
    as it was; None when that name was blank too (nothing to put back)."""
    old = request.conversation.name
    if not old.strip():
        return None
    return RenameRequest(
        request.conversation,
        request.user,
        old,
        auto_generate=False,
        exact=True,
        origin=request.origin,
        job=request.job,
    )


def name_saved(request: RenameRequest, held: Conversation) -> bool:
    """Whether the server holding ``held`` has the name ``request`` asked for: the name typed
    (as :func:`name_to_send` sends it), or for auto-generate any new name that is not blank."""
    if request.auto_generate:
        return held.name != request.conversation.name and bool(held.name.strip())
    return held.name == (request.typed if request.exact else tidy(request.typed))


Rename = Callable[[str, str, str | None, bool], Awaitable[Conversation]]


async def rename(rename_call: Rename, request: RenameRequest) -> RenameResult:
    """Run one rename and classify the answer. ``rename_call`` is ``DifyClient.rename_conversation``
    (which decides what name to send along with auto-generate).

    When auto-generate blanks the name, the previous name is put back with a second call: the
    result says how that went (``BLANK_*``).

    Raises :class:`NameProblem` for a manual name that cannot be sent (nothing is sent then).
    """
    before = request.conversation
    name = before.name if request.auto_generate else name_to_send(request)
    try:
        after = await rename_call(before.id, request.user, name, request.auto_generate)
    except asyncio.CancelledError:
        raise
    except InvalidParamError as exc:
        if request.auto_generate and exc.server_message == "":
            return RenameResult(request, Outcome.NO_MESSAGES, None, exc)
        return _failed(request, exc)
    except DifyError as exc:
        return _failed(request, exc)
    if blanked(request, after):
        return await _put_back(rename_call, request, after)
    if request.auto_generate and not name_saved(request, after):
        return RenameResult(request, Outcome.AUTO_UNCHANGED, after)
    return RenameResult(request, Outcome.RENAMED, after)


async def _put_back(
    rename_call: Rename, request: RenameRequest, blank: Conversation
) -> RenameResult:
    restore = restoring(request)
    if restore is None:
        return RenameResult(request, Outcome.BLANK_NOTHING_TO_RESTORE, blank)
    try:
        restored = await rename_call(blank.id, request.user, restore.typed, False)
    except asyncio.CancelledError:
        raise
    except DifyError as exc:
        log.debug("putting back the name of %s failed: %r", blank.id, exc)
        return RenameResult(
            request, Outcome.BLANK_NOT_RESTORED, blank, exc, problem_of(exc), restore
        )
    return RenameResult(request, Outcome.BLANK_RESTORED, restored, restore=restore)


def stopped(request: RenameRequest) -> RenameResult:
    """The person stopped waiting: the request may have reached the server."""
    return RenameResult(
        request, Outcome.UNCERTAIN, None, problem=problem(ProblemId.STOPPED_WAITING)
    )


def _failed(request: RenameRequest, exc: DifyError) -> RenameResult:
    log.debug("rename of %s failed: %r", request.conversation.id, exc)
    outcome = Outcome.UNCERTAIN if exc.uncertain else Outcome.FAILED
    return RenameResult(request, outcome, None, exc, problem_of(exc))
