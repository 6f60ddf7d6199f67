"""Bulk work on a selection of conversations: add a prefix, auto-generate names, delete. Each is a
:class:`~dify_desktop.core.jobs.Job` whose items are :class:`BulkItem` outcomes (data, worded by
``ui.sentences``); renames go through :func:`core.rename.rename` exactly as a single rename does.

Before a job the caller re-reads the rows it will touch (:func:`recheck`): the service API has no
single-conversation GET, so the user's conversations are listed again. After the job, items whose
answer was uncertain are re-read, so every row can match the server.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from dify_desktop.api import Conversation, DifyError, NotFoundError
from dify_desktop.core.errors import problem_of
from dify_desktop.core.jobs import ItemResult, ItemState, Job, Progress, new_job_id
from dify_desktop.core.problems import Problem, ProblemId, problem
from dify_desktop.core.rename import (
    Origin,
    Outcome,
    RenameRequest,
    RenameResult,
    name_problem,
    name_saved,
)
from dify_desktop.core.session import Session

log = logging.getLogger(__name__)


class Action(enum.Enum):
    PREFIX = "prefix"
    AUTO = "auto"
    DELETE = "delete"
    #: put given names (``targets``: undo, revert)
    RENAME_TO = "rename_to"


class ItemKind(enum.Enum):
    RENAMED = "renamed"
    #: nothing changed: ``problem`` (prefix already there) or ``rename.outcome`` says why
    UNCHANGED = "unchanged"
    #: 404: for a delete, already gone (which counts as done)
    NOT_FOUND = "not_found"
    FAILED = "failed"
    #: no usable answer and re-reading did not settle it
    UNCERTAIN = "uncertain"
    DELETED = "deleted"


_UNCHANGED = frozenset(
    {
        Outcome.AUTO_UNCHANGED,
        Outcome.NO_MESSAGES,
        Outcome.BLANK_RESTORED,
        Outcome.BLANK_NOTHING_TO_RESTORE,
    }
)


@dataclass(frozen=True, slots=True)
class BulkItem:
    #: the conversation as the job found it on the server
    conversation: Conversation
    kind: ItemKind
    #: the server's conversation after the item (None: deleted, or unknown)
    after: Conversation | None = None
    problem: Problem | None = None
    rename: RenameResult | None = None

    @property
    def failed(self) -> bool:
        return self.kind in (ItemKind.FAILED, ItemKind.UNCERTAIN) or (
            self.kind is ItemKind.NOT_FOUND and self.rename is not None
        )


@dataclass(frozen=True, slots=True)
class Recheck:
    """What the server holds now for the rows a job will touch."""

    #: the server's current conversation for each row still listed, in the rows' order
    current: list[Conversation]
    #: (as loaded, as now) for rows renamed on the server since they were loaded
    changed: list[tuple[Conversation, Conversation]] = field(default_factory=list)
    #: rows the server no longer lists
    gone: list[Conversation] = field(default_factory=list)

    def unchanged(self) -> list[Conversation]:
        """The current rows, without those renamed elsewhere (what runs unless confirmed)."""
        moved = {now.id for _loaded, now in self.changed}
        return [conv for conv in self.current if conv.id not in moved]


async def recheck(
    session: Session, user: str, loaded: Sequence[Conversation], sort_by: str
) -> Recheck:
    """List the user's conversations again and compare with the rows as loaded."""
    found = await session.reread(user, {conv.id for conv in loaded}, sort_by)
    result = Recheck([])
    for conv in loaded:
        now = found.get(conv.id)
        if now is None:
            result.gone.append(conv)
            continue
        result.current.append(now)
        if now.name != conv.name:
            result.changed.append((conv, now))
    return result


def prefixed(name: str, prefix: str) -> str | None:
    """``prefix`` (exactly as typed) before ``name``; None when the name already starts with it."""
    return None if name.startswith(prefix) else prefix + name


class BulkJob:
    """One bulk action over ``conversations`` (as :func:`recheck` found them) of one end user."""

    def __init__(
        self,
        session: Session,
        user: str,
        action: Action,
        conversations: Sequence[Conversation],
        *,
        prefix: str = "",
        sort_by: str = "-updated_at",
        on_progress: Callable[[Progress], None] | None = None,
        on_item: Callable[[BulkItem], None] | None = None,
        origin: Origin = Origin.BULK,
        targets: dict[str, str] | None = None,
    ) -> None:
        self.session = session
        self.user = user
        self.action = action
        self.prefix = prefix
        self.sort_by = sort_by
        self.origin = origin
        #: RENAME_TO: conversation id → the exact name to set
        self._targets = targets
        self._on_item = on_item
        self.id = new_job_id()
        self.job: Job[Conversation, BulkItem] = Job(
            conversations,
            self._work,
            concurrency=session.limiter.size,
            failed=lambda item: item.failed,
            on_progress=on_progress,
            on_result=self._told,
            job_id=self.id,
        )

    def cancel(self) -> None:
        self.job.cancel()

    async def run(self) -> list[ItemResult[Conversation, BulkItem]]:
        results = await self.job.run()
        unsure = [r.value for r in results if r.value and _unsure(r.value)]
        if not unsure:
            return results
        settled = {item.conversation.id: item for item in await self._settle(unsure)}
        return [
            ItemResult(r.item, _state(settled[r.item.id]), settled[r.item.id])
            if r.value is not None and r.item.id in settled
            else r
            for r in results
        ]

    def _told(self, result: ItemResult[Conversation, BulkItem]) -> None:
        if self._on_item is not None and result.value is not None:
            self._on_item(result.value)

    async def _work(self, conv: Conversation) -> BulkItem:
        if self.action is Action.DELETE:
            return await self._delete(conv)
        auto = False
        if self.action is Action.RENAME_TO:
            assert self._targets is not None
            name: str | None = self._targets[conv.id]
        elif self.action is Action.PREFIX:
            name = prefixed(conv.name, self.prefix)
            if name is None:
                return BulkItem(conv, ItemKind.UNCHANGED, conv, problem(ProblemId.PREFIX_PRESENT))
        else:
            name, auto = None, True
        if name is not None:
            refused = name_problem(name)
            if refused is not None:
                return BulkItem(conv, ItemKind.FAILED, conv, refused)
        request = RenameRequest(
            conv, self.user, name or "", auto, exact=True, origin=self.origin, job=self.id
        )
        return _item_of(await self.session.rename(request))

    async def _delete(self, conv: Conversation) -> BulkItem:
        try:
            await self.session.delete(conv.id, self.user)
        except NotFoundError:
            return BulkItem(conv, ItemKind.NOT_FOUND)
        except DifyError as exc:
            kind = ItemKind.UNCERTAIN if exc.uncertain else ItemKind.FAILED
            return BulkItem(conv, kind, conv, problem_of(exc))
        return BulkItem(conv, ItemKind.DELETED)

    async def _settle(self, unsure: list[BulkItem]) -> list[BulkItem]:
        """Re-read the server for items without a usable answer: what does it hold?"""
        try:
            found = await self.session.reread(
                self.user, {item.conversation.id for item in unsure}, self.sort_by
            )
        except DifyError as exc:
            log.debug("re-reading after a job failed: %r", exc)
            return unsure
        for item in unsure:
            if item.rename is not None:  # the history learns what the re-read found
                await self.session.settle(item.rename, found.get(item.conversation.id))
        return [_settled(item, found.get(item.conversation.id)) for item in unsure]


def _state(item: BulkItem) -> ItemState:
    return ItemState.FAILED if item.failed else ItemState.DONE


def _unsure(item: BulkItem) -> bool:
    """No usable answer, or a 404 to a rename (deleted, or a proxy's 404?): re-read to know."""
    return item.kind is ItemKind.UNCERTAIN or (
        item.kind is ItemKind.NOT_FOUND and item.rename is not None
    )


def _settled(item: BulkItem, held: Conversation | None) -> BulkItem:
    if item.rename is None:  # a delete
        if held is None:
            return BulkItem(item.conversation, ItemKind.DELETED)
        return BulkItem(item.conversation, ItemKind.FAILED, held, item.problem)
    if held is None:
        return BulkItem(item.conversation, ItemKind.NOT_FOUND, None, item.problem, item.rename)
    if name_saved(item.rename.request, held):
        return BulkItem(item.conversation, ItemKind.RENAMED, held, None, item.rename)
    return BulkItem(item.conversation, ItemKind.FAILED, held, item.problem, item.rename)


def _item_of(result: RenameResult) -> BulkItem:
    before = result.request.conversation
    if result.outcome is Outcome.RENAMED:
        return BulkItem(before, ItemKind.RENAMED, result.conversation, rename=result)
    if result.outcome in _UNCHANGED:
        return BulkItem(before, ItemKind.UNCHANGED, result.conversation or before, rename=result)
    if result.outcome is Outcome.UNCERTAIN:
        return BulkItem(before, ItemKind.UNCERTAIN, None, result.problem, result)
    if isinstance(result.error, NotFoundError):
        return BulkItem(before, ItemKind.NOT_FOUND, None, result.problem, result)
    # FAILED keeps the old name; BLANK_NOT_RESTORED holds the blank one the server answered
    return BulkItem(before, ItemKind.FAILED, result.conversation or before, result.problem, result)
