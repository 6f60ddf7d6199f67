"""The one limit on requests in flight: single saves and the items of every job share it, so
however much work is queued the server sees at most ``size`` of the app's writes at once."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from dify_desktop.core.settings import REQUESTS_IN_FLIGHT, Settings, requests_in_flight

__all__ = ["REQUESTS_IN_FLIGHT", "Limiter", "limiter_from"]


class Limiter:
    """At most ``size`` holders at once; the rest wait their turn in the order they asked."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._slots = asyncio.Semaphore(size)
        self._in_flight = 0

    @property
    def in_flight(self) -> int:
        return self._in_flight

    @asynccontextmanager
    async def slot(self) -> AsyncIterator[None]:
        async with self._slots:
            self._in_flight += 1
            try:
                yield
            finally:
                self._in_flight -= 1


def limiter_from(settings: Settings) -> Limiter:
    return Limiter(requests_in_flight(settings))
