"""The one limit on requests in flight: single saves and the items of every job share it, so
however much work is queued the server sees at most ``size`` of the app's writes at once."""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from dify_desktop.core.settings import REQUESTS_IN_FLIGHT, Settings, requests_in_flight

__all__ = ["REQUESTS_IN_FLIGHT", "Limiter", "limiter_from"]


class Limiter:
    """At most ``size`` holders at once; the rest wait their turn in the order they asked.
    :meth:`resize` takes effect at once: more waiters start, or fewer start until the holders
    are under the new size (nobody already holding a slot is stopped)."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._in_flight = 0
        self._waiting: deque[asyncio.Future[None]] = deque()

    @property
    def in_flight(self) -> int:
        return self._in_flight

    def resize(self, size: int) -> None:
        self.size = size
        self._wake()

    @asynccontextmanager
    async def slot(self) -> AsyncIterator[None]:
        if self._in_flight < self.size and not self._waiting:
            self._in_flight += 1
        else:
            waiter = asyncio.get_running_loop().create_future()
            self._waiting.append(waiter)
            try:
                await waiter
            except asyncio.CancelledError:
                if waiter.cancelled():
                    if waiter in self._waiting:
                        self._waiting.remove(waiter)
                else:  # a slot was handed over just as the wait was cancelled: pass it on
                    self._release()
                raise
        try:
            yield
        finally:
            self._release()

    def _release(self) -> None:
        self._in_flight -= 1
        self._wake()

    def _wake(self) -> None:
        while self._waiting and self._in_flight < self.size:
            waiter = self._waiting.popleft()
            if not waiter.cancelled():
                self._in_flight += 1  # handed over: the waiter holds it when it wakes
                waiter.set_result(None)


def limiter_from(settings: Settings) -> Limiter:
    return Limiter(requests_in_flight(settings))
