"""Background work on the qasync loop: keep a reference to every task, log what escapes, and let
the window wait for (or cancel) what is still running when it closes."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from typing import Any

log = logging.getLogger(__name__)


class Tasks:
    def __init__(self) -> None:
        self._tasks: set[asyncio.Task[Any]] = set()

    def spawn(self, coro: Coroutine[Any, Any, Any], *, name: str = "") -> asyncio.Task[Any]:
        task = asyncio.get_event_loop().create_task(coro, name=name or None)
        self._tasks.add(task)
        task.add_done_callback(self._finished)
        return task

    def _finished(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is not None:
            log.error("background task %s failed", task.get_name(), exc_info=exc)

    def running(self, prefix: str = "") -> int:
        return sum(1 for t in self._tasks if not t.done() and t.get_name().startswith(prefix))

    async def finish(self, prefix: str, timeout: float) -> bool:
        """Wait up to ``timeout`` s for tasks whose name starts with ``prefix``. True if all ended."""
        pending = [t for t in self._tasks if t.get_name().startswith(prefix)]
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
