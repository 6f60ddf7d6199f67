"""The generic job runner and the one limiter: bounded, counted, cancellable, results in order."""

from __future__ import annotations

import asyncio

import pytest

from dify_desktop.core.jobs import ItemState, Job, Progress
from dify_desktop.core.limiter import Limiter, limiter_from
from dify_desktop.core.settings import REQUESTS_IN_FLIGHT, MemorySettings


@pytest.mark.asyncio
async def test_items_run_at_most_concurrency_at_once_and_results_keep_their_order() -> None:
    running, peak = 0, 0

    async def work(n: int) -> int:
        nonlocal running, peak
        running += 1
        peak = max(peak, running)
        await asyncio.sleep(0.001 * (n % 3))
        running -= 1
        return n * n

    seen: list[Progress] = []
    job = Job(range(10), work, concurrency=3, failed=lambda v: v == 16, on_progress=seen.append)
    results = await job.run()
    assert peak == 3
    assert [r.value for r in results] == [n * n for n in range(10)]
    assert [r.state for r in results].count(ItemState.FAILED) == 1
    assert seen[-1].finished and (seen[-1].done, seen[-1].failed, seen[-1].total) == (9, 1, 10)
    assert all(p.in_flight <= 3 for p in seen)


@pytest.mark.asyncio
async def test_an_exception_fails_that_item_and_the_others_go_on() -> None:
    async def work(n: int) -> int:
        if n == 2:
            raise RuntimeError("boom")
        return n

    results = await Job(range(5), work, concurrency=2).run()
    assert [r.state for r in results] == [ItemState.DONE] * 2 + [ItemState.FAILED] + [
        ItemState.DONE
    ] * 2
    assert isinstance(results[2].error, RuntimeError)


@pytest.mark.asyncio
async def test_cancel_starts_no_new_items_and_those_in_flight_finish() -> None:
    release = asyncio.Event()
    started: list[int] = []

    async def work(n: int) -> int:
        started.append(n)
        await release.wait()
        return n

    job: Job[int, int] = Job(range(20), work, concurrency=4)
    runner = asyncio.ensure_future(job.run())
    while len(started) < 4:
        await asyncio.sleep(0)
    job.cancel()
    release.set()
    results = await runner
    assert [r.state for r in results[:4]] == [ItemState.DONE] * 4
    assert {r.state for r in results[4:]} == {ItemState.NOT_STARTED}
    assert started == [0, 1, 2, 3]
    assert job.progress.cancelled and job.progress.finished and job.progress.remaining == 16


@pytest.mark.asyncio
async def test_the_limiter_bounds_everyone_together() -> None:
    limiter = Limiter(2)
    peak = 0
    gate = asyncio.Event()

    async def hold() -> None:
        nonlocal peak
        async with limiter.slot():
            peak = max(peak, limiter.in_flight)
            await gate.wait()

    tasks = [asyncio.ensure_future(hold()) for _ in range(5)]
    for _ in range(5):
        await asyncio.sleep(0)
    assert limiter.in_flight == 2
    gate.set()
    await asyncio.gather(*tasks)
    assert peak == 2 and limiter.in_flight == 0


@pytest.mark.parametrize(
    ("stored", "size"), [(None, 6), ("4", 4), (16, 16), ("0", 6), ("17", 6), ("many", 6)]
)
def test_the_limit_comes_from_the_settings_within_1_to_16(stored: object, size: int) -> None:
    settings = MemorySettings()
    if stored is not None:
        settings.setValue(REQUESTS_IN_FLIGHT.name, stored)
    assert limiter_from(settings).size == size
