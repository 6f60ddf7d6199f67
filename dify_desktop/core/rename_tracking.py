"""What each conversation's rename is doing, without Qt: saves running, the name being saved,
what the person typed (kept after a failure), the outcome, and - after a save without a usable
answer (a lost connection, a timeout, Stop) - a re-read that shows what the server holds.

A :class:`RenameTracker` tells its :class:`RowListener` (the list's Qt model) when a row changes;
outcomes are :class:`RowNote` values, which ``ui.sentences`` turns into words.
"""

from __future__ import annotations

import asyncio
import enum
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Protocol

from dify_desktop.api import AuthenticationError, Conversation, DifyError
from dify_desktop.core.errors import problem_of
from dify_desktop.core.problems import Problem
from dify_desktop.core.rename import (
    Outcome,
    RenameRequest,
    RenameResult,
    name_saved,
    name_to_send,
    stopped,
)
from dify_desktop.core.session import Session

log = logging.getLogger(__name__)


class Verdict(enum.Enum):
    """What a row says about its last rename."""

    RENAMED = "renamed"
    AUTO_UNCHANGED = "auto_unchanged"
    NO_MESSAGES = "no_messages"
    FAILED = "failed"
    #: no usable answer: a re-read of the server follows
    UNCERTAIN = "uncertain"
    #: the window could not send what was typed (``RowNote.text`` says why)
    NOT_SENT = "not_sent"
    #: after an uncertain save, the server holds the new name
    CONFIRMED = "confirmed"
    #: after an uncertain save, the server still holds the old name
    KEPT_OLD_NAME = "kept_old_name"
    #: after an uncertain save, the server holds a name that is neither the old nor the new one
    HAS_OTHER_NAME = "has_other_name"
    #: after an uncertain save, the server no longer lists the conversation
    GONE = "gone"
    #: after an uncertain save, re-reading the server failed too
    REREAD_FAILED = "reread_failed"
    #: auto-generate blanked the name; the previous one was put back
    BLANK_RESTORED = "blank_restored"
    #: auto-generate blanked the name, which was blank before too
    BLANK_NOTHING_TO_RESTORE = "blank_nothing_to_restore"
    #: auto-generate blanked the name and putting the previous one back failed (``problem``
    #: says why; the row keeps that name to retry)
    BLANK_NOT_RESTORED = "blank_not_restored"


_FROM_OUTCOME = {
    Outcome.RENAMED: Verdict.RENAMED,
    Outcome.AUTO_UNCHANGED: Verdict.AUTO_UNCHANGED,
    Outcome.NO_MESSAGES: Verdict.NO_MESSAGES,
    Outcome.FAILED: Verdict.FAILED,
    Outcome.UNCERTAIN: Verdict.UNCERTAIN,
    Outcome.BLANK_RESTORED: Verdict.BLANK_RESTORED,
    Outcome.BLANK_NOTHING_TO_RESTORE: Verdict.BLANK_NOTHING_TO_RESTORE,
    Outcome.BLANK_NOT_RESTORED: Verdict.BLANK_NOT_RESTORED,
}
_FINE = frozenset({Verdict.RENAMED, Verdict.CONFIRMED})
_BLANKED = frozenset(
    {Verdict.BLANK_RESTORED, Verdict.BLANK_NOTHING_TO_RESTORE, Verdict.BLANK_NOT_RESTORED}
)


@dataclass(frozen=True, slots=True)
class RowNote:
    verdict: Verdict
    #: FAILED and UNCERTAIN: what went wrong; CONFIRMED, KEPT_OLD_NAME, HAS_OTHER_NAME: what went
    #: wrong with the save the re-read settled; REREAD_FAILED: why re-reading failed
    problem: Problem | None = None
    #: FAILED: the HTTP status, when the server answered
    status: int | None = None
    #: REREAD_FAILED: the note the re-read was to settle
    earlier: RowNote | None = None
    #: NOT_SENT: the window's own sentence
    text: str = ""
    #: BLANK_*: the name before auto-generate blanked it
    old_name: str | None = None

    @property
    def is_problem(self) -> bool:
        return self.verdict not in _FINE


@dataclass(slots=True)
class RowState:
    """What a row shows beyond the server's conversation. Survives a refresh of the list."""

    saving: int = 0
    pending_name: str | None = None  # shown while a manual save runs
    typed: str | None = None  # kept after a failure so nothing the person typed is lost
    typed_auto: bool = False
    #: ``typed`` is a name to put back exactly as it was (not trimmed)
    typed_exact: bool = False
    note: RowNote | None = None
    changed: bool = False

    @property
    def idle(self) -> bool:
        return not (self.saving or self.typed is not None or self.note or self.changed)


class RowListener(Protocol):
    def current(self, conversation_id: str) -> Conversation | None:
        """The conversation as the list shows it now (None when it is not listed)."""

    def row_changed(self, conversation_id: str) -> None: ...

    def conversation_changed(self, conversation: Conversation) -> None:
        """The server answered with this conversation: show it."""

    def rename_finished(self, conversation_id: str, note: RowNote) -> None: ...

    def key_rejected(self) -> None:
        """A 401 after calls that worked: the key was revoked."""


class RenameTracker:
    def __init__(self, listener: RowListener, clock: Callable[[], float] = time.monotonic) -> None:
        self._listener = listener
        self.clock = clock
        self._state: dict[str, RowState] = {}
        #: the rename calls waiting for the server (what Stop stops)
        self._calls: set[asyncio.Future[RenameResult]] = set()
        #: the server's answer to a save (or a re-read) per conversation, and when it came: a
        #: list asked for before that must not bring an older name back
        self._answered: dict[str, tuple[float, Conversation]] = {}

    # ----------------------------------------------------------------- state

    def state(self, conversation_id: str) -> RowState:
        return self._state.get(conversation_id) or RowState()

    def peek(self, conversation_id: str) -> RowState | None:
        """The row's state, or None when it is idle (the list's hot path: no allocation)."""
        return self._state.get(conversation_id)

    def saving_count(self) -> int:
        return sum(s.saving for s in self._state.values())

    def reset(self, *, keep: bool) -> None:
        """A new list: with ``keep`` (the same list again) rows still saving or holding typed
        text keep that; everything else is forgotten."""
        self._state = {
            cid: replace(s, changed=False)
            for cid, s in self._state.items()
            if keep and (s.saving or s.typed is not None)
        }

    def forget(self, conversation_id: str) -> None:
        self._state.pop(conversation_id, None)

    def newest(self, conv: Conversation, asked: float) -> Conversation:
        """``conv`` from a list asked for at ``asked`` (by :attr:`clock`), or a save's answer
        that came later."""
        known = self._answered.get(conv.id)
        if known is None:
            return conv
        if known[0] <= asked:  # the list is at least as fresh: forget the answer
            del self._answered[conv.id]
            return conv
        return known[1] if known[1].updated_at >= conv.updated_at else conv

    def _set(self, conversation_id: str, state: RowState) -> None:
        if state.idle:
            self._state.pop(conversation_id, None)
        else:
            self._state[conversation_id] = state
        self._listener.row_changed(conversation_id)

    def _note(self, conversation_id: str, note: RowNote) -> RowState:
        state = replace(self.state(conversation_id), note=note)
        if not note.is_problem:
            state.typed, state.typed_exact, state.changed = None, False, True
        return state

    def _answer(self, conv: Conversation) -> None:
        self._answered[conv.id] = (self.clock(), conv)
        self._listener.conversation_changed(conv)

    # ----------------------------------------------------------------- renaming

    def begin(
        self,
        conversation: Conversation,
        user: str,
        typed: str,
        auto_generate: bool,
        *,
        exact: bool = False,
    ) -> RenameRequest:
        """Mark the row as saving and return the request for :meth:`save` (``exact``: a name
        put back as it was, see :class:`RenameRequest`). Raises
        :class:`~dify_desktop.core.rename.NameProblem` (nothing changes then)."""
        request = RenameRequest(conversation, user, typed, auto_generate, exact)
        pending = None if auto_generate else name_to_send(request)
        state = replace(self.state(conversation.id), pending_name=pending, note=None, typed=None)
        state.saving += 1
        self._set(conversation.id, state)
        return request

    def keep_typed(self, conversation_id: str, typed: str, auto_generate: bool, why: str) -> None:
        """Remember text that could not be sent, with the window's reason, to offer it again."""
        state = replace(
            self.state(conversation_id), typed=typed, typed_auto=auto_generate, typed_exact=False
        )
        state.note = RowNote(Verdict.NOT_SENT, text=why)
        self._set(conversation_id, state)

    def stop(self) -> int:
        """Stop waiting for the saves still running. Each may or may not have reached the
        server, so each row re-reads the server and shows what it holds. How many were stopped."""
        calls = [call for call in self._calls if not call.done()]
        for call in calls:
            call.cancel()
        return len(calls)

    async def save(self, session: Session, request: RenameRequest, sort_by: str) -> None:
        """Save one rename started with :meth:`begin`; after an uncertain answer, re-read the
        server (in ``sort_by`` order) and say what it holds."""
        cid = request.conversation.id
        try:
            # The row may have changed since the editor opened (an earlier save finished).
            sent = replace(
                request, conversation=self._listener.current(cid) or request.conversation
            )
            call = asyncio.ensure_future(session.rename(sent))
            self._calls.add(call)
            try:
                result = await call
            except asyncio.CancelledError:
                task = asyncio.current_task()
                if not call.cancelled() or (task is not None and task.cancelling()):
                    raise  # the window is closing: stop for real
                result = stopped(sent)  # the person pressed Stop
            finally:
                self._calls.discard(call)
        finally:
            state = replace(self.state(cid))
            state.saving = max(0, state.saving - 1)
            if not state.saving:
                state.pending_name = None
            self._state[cid] = state
        if result.conversation is not None:
            self._answer(result.conversation)
        note = _note_of(result)
        state = self._note(cid, note)
        if result.outcome in (Outcome.FAILED, Outcome.UNCERTAIN):
            state.typed, state.typed_auto = request.typed, request.auto_generate
            state.typed_exact = request.exact
        elif result.outcome is Outcome.BLANK_NOT_RESTORED and result.restore is not None:
            state.typed, state.typed_auto, state.typed_exact = result.restore.typed, False, True
        self._set(cid, state)
        self._listener.rename_finished(cid, note)
        if isinstance(result.error, AuthenticationError):
            self._listener.key_rejected()
        if result.outcome is Outcome.UNCERTAIN:
            await self._reread(session, result, sort_by)

    async def _reread(self, session: Session, result: RenameResult, sort_by: str) -> None:
        request = result.request
        cid = request.conversation.id
        try:
            found = await session.reread(request.user, {cid}, sort_by)
        except DifyError as exc:
            log.debug("re-reading after an uncertain save failed: %r", exc)
            earlier = self.state(cid).note
            note = RowNote(Verdict.REREAD_FAILED, problem_of(exc), earlier=earlier)
        else:
            held = found.get(cid)
            await session.settle(result, held)
            if held is None:
                note = RowNote(Verdict.GONE)
            else:
                self._answer(held)
                if name_saved(request, held):
                    verdict = Verdict.CONFIRMED
                elif held.name == request.conversation.name:
                    verdict = Verdict.KEPT_OLD_NAME
                else:
                    verdict = Verdict.HAS_OTHER_NAME
                note = RowNote(verdict, result.problem)
        self._set(cid, self._note(cid, note))
        self._listener.rename_finished(cid, note)


def _note_of(result: RenameResult) -> RowNote:
    failed = result.outcome in (Outcome.FAILED, Outcome.BLANK_NOT_RESTORED)
    status = result.error.status if failed and result.error else None
    verdict = _FROM_OUTCOME[result.outcome]
    old_name = result.request.conversation.name if verdict in _BLANKED else None
    return RowNote(verdict, result.problem, status, old_name=old_name)
