"""A job: the same work done to many items, a few at a time, with progress and Cancel.

Shared by every kind of background work (bulk renames and deletes, undo, indexing, export). The
runner starts at most ``concurrency`` items at once (the requests inside each item go through the
session's :class:`~dify_desktop.core.limiter.Limiter`, which bounds the whole app), reports
progress after each item, and keeps one :class:`ItemResult` per item in the items' order.

:meth:`Job.cancel` stops starting new items; the items already in flight finish and keep their
results, the others are ``NOT_STARTED``. Cancelling the task that runs the job (the window
closing) cancels the items in flight too: their work decides what that means (a rename re-reads).
"""

from __future__ import annotations

import asyncio
import enum
import logging
import uuid
from collections.abc import Awaitable, Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")
R = TypeVar("R")


class ItemState(enum.Enum):
    DONE = "done"
    FAILED = "failed"
    NOT_STARTED = "not_started"  # the job was cancelled first


@dataclass(frozen=True, slots=True)
class ItemResult(Generic[T, R]):
    item: T
    state: ItemState
    #: what the work returned (None when it raised or never ran)
    value: R | None = None
    #: what the work raised (an unexpected error: logged, the item counts as failed)
    error: BaseException | None = None


@dataclass(frozen=True, slots=True)
class Progress:
    job: str
    total: int
    done: int = 0
    failed: int = 0
    in_flight: int = 0
    cancelled: bool = False
    finished: bool = False

    @property
    def remaining(self) -> int:
        return self.total - self.done - self.failed


def new_job_id() -> str:
    return uuid.uuid4().hex


class Job(Generic[T, R]):
    """``work`` done to each of ``items``. ``failed`` says whether a value counts as a failure
    (the work's own outcome: a refused rename is a value, not an exception)."""

    def __init__(
        self,
        items: Sequence[T],
        work: Callable[[T], Awaitable[R]],
        *,
        concurrency: int,
        failed: Callable[[R], bool] = lambda _value: False,
        on_progress: Callable[[Progress], None] | None = None,
        on_result: Callable[[ItemResult[T, R]], None] | None = None,
        job_id: str | None = None,
    ) -> None:
        if concurrency < 1:
            raise ValueError("concurrency must be at least 1")
        self.id = job_id or new_job_id()
        self.items = list(items)
        self._work = work
        self._failed = failed
        self._concurrency = concurrency
        self._on_progress = on_progress
        self._on_result = on_result
        self._results: list[ItemResult[T, R] | None] = [None] * len(self.items)
        self._cancelled = False
        self._progress = Progress(self.id, len(self.items))

    @property
    def progress(self) -> Progress:
        return self._progress

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    def cancel(self) -> None:
        """Start no more items; those in flight finish."""
        if not self._cancelled:
            self._cancelled = True
            self._report(cancelled=True)

    async def run(self) -> list[ItemResult[T, R]]:
        """Run the job to its end (or its cancel) and return every item's result, in order."""
        queue = iter(enumerate(self.items))
        workers = min(self._concurrency, len(self.items))
        try:
            await asyncio.gather(*(self._worker(queue) for _ in range(workers)))
        finally:
            self._report(finished=True)
        return [
            result or ItemResult(item, ItemState.NOT_STARTED)
            for item, result in zip(self.items, self._results, strict=True)
        ]

    async def _worker(self, queue: Iterator[tuple[int, T]]) -> None:
        # One shared iterator: each worker takes the next item when it is free.
        for index, item in queue:
            if self._cancelled:
                return
            self._report(in_flight=self._progress.in_flight + 1)
            try:
                value = await self._work(item)
            except asyncio.CancelledError:
                self._report(in_flight=self._progress.in_flight - 1)
                raise
            except Exception as exc:
                log.exception("job %s: an item failed unexpectedly", self.id)
                result: ItemResult[T, R] = ItemResult(item, ItemState.FAILED, error=exc)
            else:
                state = ItemState.FAILED if self._failed(value) else ItemState.DONE
                result = ItemResult(item, state, value)
            self._results[index] = result
            ok = result.state is ItemState.DONE
            self._report(
                in_flight=self._progress.in_flight - 1,
                done=self._progress.done + ok,
                failed=self._progress.failed + (not ok),
            )
            if self._on_result is not None:
                self._on_result(result)

    def _report(self, **changes: int | bool) -> None:
        p = self._progress
        self._progress = Progress(
            p.job,
            p.total,
            int(changes.get("done", p.done)),
            int(changes.get("failed", p.failed)),
            int(changes.get("in_flight", p.in_flight)),
            bool(changes.get("cancelled", p.cancelled)),
            bool(changes.get("finished", p.finished)),
        )
        if self._on_progress is not None:
            self._on_progress(self._progress)
