"""The one limit on requests in flight: order, cancellation, and a new size taking effect."""

from __future__ import annotations

import asyncio

import pytest

from dify_desktop.core.limiter import Limiter


class Holders:
    """Tasks that each take a slot and hold it until released by hand."""

    def __init__(self, limiter: Limiter) -> None:
        self.limiter = limiter
        self.started: list[int] = []
        self._release: dict[int, asyncio.Event] = {}
        self.tasks: dict[int, asyncio.Task[None]] = {}

    def add(self, n: int) -> None:
        self._release[n] = asyncio.Event()

        async def hold() -> None:
            async with self.limiter.slot():
                self.started.append(n)
                await self._release[n].wait()

        self.tasks[n] = asyncio.ensure_future(hold())

    def release(self, n: int) -> None:
        self._release[n].set()

    async def settle(self) -> None:
        for _ in range(5):
            await asyncio.sleep(0)


@pytest.mark.asyncio
async def test_waiters_start_in_the_order_they_asked() -> None:
    holders = Holders(Limiter(2))
    for n in range(5):
        holders.add(n)
    await holders.settle()
    assert holders.started == [0, 1] and holders.limiter.in_flight == 2
    holders.release(1)
    await holders.settle()
    assert holders.started == [0, 1, 2]
    holders.release(0)
    await holders.settle()
    assert holders.started == [0, 1, 2, 3]


@pytest.mark.asyncio
async def test_a_larger_size_starts_waiters_at_once_and_a_smaller_one_stops_none() -> None:
    holders = Holders(Limiter(1))
    for n in range(6):
        holders.add(n)
    await holders.settle()
    holders.limiter.resize(4)
    await holders.settle()
    assert holders.started == [0, 1, 2, 3] and holders.limiter.in_flight == 4
    holders.limiter.resize(2)
    await holders.settle()
    assert holders.limiter.in_flight == 4  # nobody holding a slot is stopped
    holders.release(0)
    holders.release(1)
    await holders.settle()
    assert holders.started == [0, 1, 2, 3]  # still at the new size: 2 and 3 hold the slots
    holders.release(2)
    await holders.settle()
    assert holders.started == [0, 1, 2, 3, 4] and holders.limiter.in_flight == 2


@pytest.mark.asyncio
async def test_a_cancelled_waiter_gives_its_turn_to_the_next() -> None:
    holders = Holders(Limiter(1))
    for n in range(3):
        holders.add(n)
    await holders.settle()
    holders.tasks[1].cancel()
    await holders.settle()
    holders.release(0)
    await holders.settle()
    assert holders.started == [0, 2] and holders.limiter.in_flight == 1


@pytest.mark.asyncio
async def test_a_slot_handed_over_as_its_waiter_is_cancelled_is_passed_on() -> None:
    limiter = Limiter(1)
    gate = asyncio.Event()
    started: list[str] = []

    async def take(name: str) -> None:
        async with limiter.slot():
            started.append(name)

    async def first() -> None:
        async with limiter.slot():
            await gate.wait()
        # the slot was just handed to the second waiter, which has not run yet
        assert not second.done()
        second.cancel()

    holder = asyncio.ensure_future(first())
    await asyncio.sleep(0)  # the holder has the slot
    second = asyncio.ensure_future(take("second"))
    third = asyncio.ensure_future(take("third"))
    await asyncio.sleep(0)  # both wait
    assert limiter.in_flight == 1 and started == []
    gate.set()
    done, _ = await asyncio.wait({holder, second, third}, timeout=5)  # a lost slot: third waits
    assert third in done
    assert second.cancelled()
    assert started == ["third"] and limiter.in_flight == 0
