"""Bulk auto-generate: a job over N conversations of one end user at 200 ms server latency, with
the one limiter at concurrency 1, 4, 8 and 16, against the ideal ``n x latency / concurrency``.

The demo server runs in its own process (``--scale N``, ``--latency-ms``); the job runs headless
through ``core.bulk.BulkJob`` - the code the window runs - with a heartbeat task measuring the
event loop's worst stall while the job runs. Garbage is collected as the window collects it: the
app's ``core.collection.CollectionPolicy``, checked every 100 ms on the loop's thread (the window
does it from a Qt timer; Python's automatic collection, which the app switches off, would stop
the loop for a full pass over every long-lived object). The re-read before the job (listing the user's
conversations again, ``core.bulk.recheck``) is its own line. Concurrency 1 runs fewer
conversations (``--n1``) to keep it short. Goal: job <= 1.1 x ideal at 4 and 8, worst stall
<= 50 ms. Prints a table (and ``--json`` for the results file).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from common import SCALE_USER, DemoProcess

from dify_desktop.core.bulk import Action, BulkJob, recheck
from dify_desktop.core.collection import CollectionPolicy
from dify_desktop.core.jobs import ItemState
from dify_desktop.core.limiter import Limiter
from dify_desktop.core.session import connect

SORT = "-updated_at"
GOAL_RATIO = 1.1
GOAL_STALL_MS = 50.0


@dataclass
class Run:
    concurrency: int
    n: int
    reread_s: float
    job_s: float
    ideal_s: float
    done: int
    failed: int
    worst_stall_ms: float

    @property
    def ratio(self) -> float:
        return self.job_s / self.ideal_s if self.ideal_s else float("inf")


async def heartbeat(stalls: list[float], period: float = 0.005) -> None:
    loop = asyncio.get_running_loop()
    while True:
        before = loop.time()
        await asyncio.sleep(period)
        stalls.append(max(0.0, loop.time() - before - period))


async def collect_as_the_app_does(policy: CollectionPolicy) -> None:
    while True:
        await asyncio.sleep(policy.INTERVAL_S)
        policy.check()


async def one_run(server: DemoProcess, concurrency: int, n: int, latency_s: float) -> Run:
    session = await connect(server.base_url, server.api_key, limiter=Limiter(concurrency))
    try:
        rows = []
        feed = session.feed(SCALE_USER, SORT)
        while not feed.exhausted and len(rows) < n:
            rows += await feed.next_batch()
        rows = rows[:n]
        started = time.perf_counter()
        found = await recheck(session, SCALE_USER, rows, SORT)
        reread = time.perf_counter() - started
        stalls: list[float] = []
        beat = asyncio.ensure_future(heartbeat(stalls))
        job = BulkJob(session, SCALE_USER, Action.AUTO, found.unchanged(), sort_by=SORT)
        started = time.perf_counter()
        results = await job.run()
        elapsed = time.perf_counter() - started
        beat.cancel()
    finally:
        await session.close()
    return Run(
        concurrency,
        n,
        reread,
        elapsed,
        n * latency_s / concurrency,
        sum(r.state is ItemState.DONE for r in results),
        sum(r.state is ItemState.FAILED for r in results),
        max(stalls, default=0.0) * 1000,
    )


def table(runs: list[Run]) -> str:
    lines = [
        "concurrency      n  re-read s   job s  ideal s  job/ideal  done  failed  worst stall ms  goal",
    ]
    for r in runs:
        goal = ""
        if r.concurrency in (4, 8):
            ok = r.ratio <= GOAL_RATIO and r.worst_stall_ms <= GOAL_STALL_MS
            goal = "met" if ok else "MISSED"
        lines.append(
            f"{r.concurrency:>11} {r.n:>6} {r.reread_s:>10.2f} {r.job_s:>7.2f} {r.ideal_s:>8.2f}"
            f" {r.ratio:>10.2f} {r.done:>5} {r.failed:>7} {r.worst_stall_ms:>15.1f}  {goal}"
        )
    return "\n".join(lines)


async def main_async(args: argparse.Namespace) -> list[Run]:
    runs = []
    latency_s = args.latency_ms / 1000
    policy = CollectionPolicy()
    collector = asyncio.ensure_future(collect_as_the_app_does(policy))
    try:
        with DemoProcess(scale=args.n, latency_ms=args.latency_ms) as server:
            for concurrency in args.concurrency:
                server.reset()  # every run names the same, untouched conversations
                n = args.n1 if concurrency == 1 else args.n
                runs.append(await one_run(server, concurrency, n, latency_s))
                print(table(runs[-1:]).splitlines()[-1], flush=True)
    finally:
        collector.cancel()
        policy.stop()
    return runs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--n1", type=int, default=100, help="conversations at concurrency 1")
    parser.add_argument("--latency-ms", type=int, default=200)
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 4, 8, 16])
    parser.add_argument("--json", type=Path, help="write the runs here")
    args = parser.parse_args()
    runs = asyncio.run(main_async(args))
    print()
    print(table(runs))
    if args.json:
        args.json.write_text(json.dumps([asdict(r) | {"ratio": r.ratio} for r in runs], indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
