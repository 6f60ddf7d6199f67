"""Background work on the qasync loop: keep a reference to every task, log what escapes, and let
the window wait for (or cancel) what is still running when it closes."""

from __future__ import annotations

import asyncio
import enum
import logging
from collections.abc import Coroutine
from typing import Any

log = logging.getLogger(__name__)


class TaskGroup(enum.Enum):
    """What a task does, so the window can wait for one kind (saves) and not another."""

    CONNECT = "connect"
    LOAD = "load"
    RENAME = "rename"
    MESSAGES = "messages"
    DELETE = "delete"
    PROFILE = "profile"
    CLOSING = "closing"
    OTHER = "other"


class Tasks:
    def __init__(self) -> None:
        self._tasks: dict[asyncio.Task[Any], TaskGroup] = {}

    def spawn(
        self,
        coro: Coroutine[Any, Any, Any],
        group: TaskGroup = TaskGroup.OTHER,
        *,
        name: str = "",
    ) -> asyncio.Task[Any]:
        task = asyncio.get_event_loop().create_task(coro, name=name or group.value)
        self._tasks[task] = group
        task.add_done_callback(self._finished)
        return task

    def _finished(self, task: asyncio.Task[Any]) -> None:
        self._tasks.pop(task, None)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is not None:
            log.error("background task %s failed", task.get_name(), exc_info=exc)

    def _of(self, group: TaskGroup | None) -> list[asyncio.Task[Any]]:
        return [t for t, g in self._tasks.items() if group is None or g is group]

    def running(self, group: TaskGroup | None = None) -> int:
        """How many tasks of ``group`` (of any group when None) have not finished."""
        return sum(1 for t in self._of(group) if not t.done())

    async def finish(self, group: TaskGroup, timeout: float) -> bool:
        """Wait up to ``timeout`` s for the tasks of ``group``. True if all ended."""
        pending = self._of(group)
        if not pending:
            return True
        _, still = await asyncio.wait(pending, timeout=timeout)
        return not still

    async def cancel_all(self) -> None:
        tasks = [t for t in self._tasks if not t.done()]
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)
