"""Renaming one conversation: check what the person typed, call the server, and say plainly what
happened - including the outcomes Dify does not report as errors (auto-generate that silently did
nothing, a conversation with no messages yet)."""

from __future__ import annotations

import asyncio
import enum
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from dify_desktop.api import Conversation, DifyError, InvalidParamError
from dify_desktop.core.errors import explain

log = logging.getLogger(__name__)

MAX_NAME_LENGTH = 255  # code points; the server's database column


class NameProblem(ValueError):
    """What the person typed cannot be sent; ``str()`` is the message to show next to the editor."""


def prepare_name(typed: str) -> str:
    """Trim leading and trailing whitespace and check the rest like the server would.

    Everything between the first and last non-blank character is sent exactly as typed.
    """
    name = typed.strip()
    if not name:
        raise NameProblem("Type a name, or tick Auto-generate.")
    if len(name) > MAX_NAME_LENGTH:
        raise NameProblem(
            f"Names can be at most {MAX_NAME_LENGTH} characters; this one has {len(name)}."
        )
    return name


class Outcome(enum.Enum):
    RENAMED = "renamed"
    #: auto-generate answered 200 but the name did not change (no model, or the model failed)
    AUTO_UNCHANGED = "auto_unchanged"
    #: auto-generate on a conversation without messages (400 with an empty message)
    NO_MESSAGES = "no_messages"
    #: the server answered with an error: nothing changed there
    FAILED = "failed"
    #: no usable answer (timeout, connection lost): the server may or may not have saved it
    UNCERTAIN = "uncertain"


@dataclass(frozen=True, slots=True)
class RenameRequest:
    conversation: Conversation
    user: str
    typed: str
    auto_generate: bool


@dataclass(frozen=True, slots=True)
class RenameResult:
    request: RenameRequest
    outcome: Outcome
    #: the server's conversation after the call (None when it did not answer usefully)
    conversation: Conversation | None
    #: one sentence for the row and the status bar
    message: str
    error: DifyError | None = None

    @property
    def ok(self) -> bool:
        return self.outcome is Outcome.RENAMED


Rename = Callable[[str, str, str | None, bool], Awaitable[Conversation]]


async def rename(rename_call: Rename, request: RenameRequest) -> RenameResult:
    """Run one rename and classify the answer. ``rename_call`` is ``DifyClient.rename_conversation``.

    Raises :class:`NameProblem` for a manual name that cannot be sent (nothing is sent then).
    """
    before = request.conversation
    if request.auto_generate:
        # Old servers refuse auto-generate without a name; new ones ignore it.
        name: str | None = before.name.strip() or None
    else:
        name = prepare_name(request.typed)
    try:
        after = await rename_call(before.id, request.user, name, request.auto_generate)
    except asyncio.CancelledError:
        raise
    except InvalidParamError as exc:
        if request.auto_generate and exc.server_message == "":
            return RenameResult(
                request,
                Outcome.NO_MESSAGES,
                None,
                "Dify can only generate a name once the conversation has messages.",
                exc,
            )
        return _failed(request, exc)
    except DifyError as exc:
        return _failed(request, exc)

    if request.auto_generate and (after.name == before.name or not after.name.strip()):
        return RenameResult(
            request,
            Outcome.AUTO_UNCHANGED,
            after,
            "Dify could not generate a name: the app has no model for it, or the model failed. "
            "The name was not changed.",
        )
    return RenameResult(request, Outcome.RENAMED, after, "Renamed.")


def _failed(request: RenameRequest, exc: DifyError) -> RenameResult:
    log.debug("rename of %s failed: %r", request.conversation.id, exc)
    if exc.uncertain:
        return RenameResult(
            request,
            Outcome.UNCERTAIN,
            None,
            f"{explain(exc)} The name may or may not have been saved; "
            "showing what the server holds now.",
            exc,
        )
    return RenameResult(request, Outcome.FAILED, None, f"Not renamed: {explain(exc)}", exc)
