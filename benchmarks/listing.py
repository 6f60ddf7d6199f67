"""Listing: all 10,000 conversations of one end user, four ways, against the demo server.

The demo server runs in its own process with ``--scale 10000`` (the generated user has tie
groups of 2-20 conversations per second, never 100) and is switched between 0 ms and 20 ms of
added latency per request (``POST /v1/_demo/latency``). Sides, interleaved (every repetition runs
each side once, in a rotating order), each timed from "nothing set up" (the client is created
inside the timed part) to "every row in memory":

- ``app``: ``DifyClient.iter_conversations(user)``, the tie-safe KeysetPager, page by page
  (``next_batch()``, as the window asks), 100-row pages, rows built into ``Conversation`` objects;
- ``lossfree``: the floor the goal is measured against: a plain ``httpx.AsyncClient`` loop making
  the app's requests (``limit=100``, ``sort_by=-updated_at``, continue from the row before the
  page's trailing tie group, de-duplicate by id), rows left as the parsed JSON dicts;
- ``naive`` (context): the same loop with the naive cursor (``last_id`` = the last row of the
  previous page, stop when ``has_more`` is false): fewer requests, but it loses the rest of every
  tie group a page end cuts;
- ``sdk`` (context): the official ``dify-client`` 0.1.10 from PyPI (``ChatClient.get_conversations(
  user, last_id, limit=100)``, synchronous ``requests``, one new connection per call; it has no
  ``sort_by``: the server's default ``-updated_at`` is the same order), paged the naive way.

For each side: wall time, requests, rows returned, distinct ids, rows lost (the user has exactly
``scale`` conversations) and requests per 100 rows. Goal: app <= 1.1 x lossfree, no row lost.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

import httpx
from common import SCALE_USER, DemoProcess, now, summarize

PAGE = 100


@dataclass
class Listing:
    seconds: float
    requests: int
    rows: int
    distinct: int
    lost: int = 0
    complete: bool | None = None
    #: where a naive pager lost rows: page ends whose tie group was cut (filled in by run())
    page_ends: int = 0
    page_ends_losing_rows: int = 0
    lost_outside_page_end_ties: int = 0
    #: (not in the JSON) the ids returned, and the sort value of each page's last row
    ids: frozenset[str] = field(default=frozenset(), repr=False)
    ends: tuple[int, ...] = field(default=(), repr=False)

    def to_json(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if k not in ("ids", "ends")}


async def app_listing(base_url: str, key: str, user: str) -> Listing:
    from dify_desktop.api import DifyClient

    started = now()
    async with DifyClient(base_url, key) as client:
        pager = client.iter_conversations(user)
        ids: list[str] = []
        while not pager.exhausted:  # page by page, as the window's list asks for them
            ids += [conversation.id for conversation in await pager.next_batch()]
    seconds = now() - started
    return Listing(seconds, pager.requests, len(ids), len(set(ids)), complete=pager.complete)


def naive_result(
    seconds: float, requests: int, rows: list[dict[str, Any]], ends: list[int]
) -> Listing:
    ids = frozenset(r["id"] for r in rows)
    return Listing(seconds, requests, len(rows), len(ids), ids=ids, ends=tuple(ends))


def where_lost(listing: Listing, truth: dict[str, int]) -> None:
    """Fill in how many page ends lost rows: a lost row whose timestamp is that of a page's last
    row belongs to the tie group the page end cut; any other lost row is counted apart."""
    if not listing.ends:
        return
    lost_stamps = [stamp for cid, stamp in truth.items() if cid not in listing.ids]
    ends = set(listing.ends)
    listing.page_ends = len(listing.ends)
    listing.page_ends_losing_rows = len(ends & set(lost_stamps))
    listing.lost_outside_page_end_ties = sum(1 for stamp in lost_stamps if stamp not in ends)


async def truth_listing(base_url: str, key: str, user: str) -> dict[str, int]:
    """Every conversation's id and updated_at, from the tie-safe pager (checked complete)."""
    from dify_desktop.api import DifyClient

    async with DifyClient(base_url, key) as client:
        pager = client.iter_conversations(user)
        rows = {c.id: int(c.updated_at.timestamp()) async for c in pager}
    if not pager.complete:
        raise RuntimeError("the reference listing is not complete")
    return rows


async def naive_listing(base_url: str, key: str, user: str) -> Listing:
    started = now()
    rows: list[dict[str, Any]] = []
    ends: list[int] = []
    requests = 0
    async with httpx.AsyncClient(
        base_url=base_url, headers={"Authorization": f"Bearer {key}"}, timeout=15.0
    ) as http:
        last_id: str | None = None
        while True:
            params: dict[str, str | int] = {"user": user, "limit": PAGE, "sort_by": "-updated_at"}
            if last_id:
                params["last_id"] = last_id
            response = await http.get("/conversations", params=params)
            response.raise_for_status()
            requests += 1
            body = response.json()
            data = body["data"]
            rows.extend(data)
            if not body["has_more"] or not data:
                break
            last_id = data[-1]["id"]
            ends.append(data[-1]["updated_at"])
    seconds = now() - started
    return naive_result(seconds, requests, rows, ends)


async def lossfree_listing(base_url: str, key: str, user: str) -> Listing:
    """The naive loop plus the app's cursor rule (continue from the row before the page's
    trailing tie group, de-duplicate by id): the same requests as the app, on plain dicts."""
    started = now()
    seen: dict[str, dict[str, Any]] = {}
    requests = 0
    async with httpx.AsyncClient(
        base_url=base_url, headers={"Authorization": f"Bearer {key}"}, timeout=15.0
    ) as http:
        last_id: str | None = None
        while True:
            params: dict[str, str | int] = {"user": user, "limit": PAGE, "sort_by": "-updated_at"}
            if last_id:
                params["last_id"] = last_id
            response = await http.get("/conversations", params=params)
            response.raise_for_status()
            requests += 1
            body = response.json()
            data = body["data"]
            for row in data:
                seen.setdefault(row["id"], row)
            if len(data) < PAGE and not body["has_more"]:
                break
            last = data[-1]["updated_at"]
            start = len(data) - 1
            while start > 0 and data[start - 1]["updated_at"] == last:
                start -= 1
            last_id = data[start - 1]["id"] if start > 0 else data[-1]["id"]
            if start == 0 and not body["has_more"]:
                break
    seconds = now() - started
    return Listing(seconds, requests, len(seen), len(seen))


def sdk_listing(base_url: str, key: str, user: str) -> Listing:
    from dify_client import ChatClient

    started = now()
    client = ChatClient(key)
    client.base_url = base_url
    rows: list[dict[str, Any]] = []
    ends: list[int] = []
    requests = 0
    last_id: str | None = None
    while True:
        response = client.get_conversations(user, last_id=last_id, limit=PAGE)
        response.raise_for_status()
        requests += 1
        body = response.json()
        data = body["data"]
        rows.extend(data)
        if not body["has_more"] or not data:
            break
        last_id = data[-1]["id"]
        ends.append(data[-1]["updated_at"])
    seconds = now() - started
    return naive_result(seconds, requests, rows, ends)


SIDES: dict[str, Callable[[str, str, str], Listing]] = {
    "app": lambda url, key, user: asyncio.run(app_listing(url, key, user)),
    "lossfree": lambda url, key, user: asyncio.run(lossfree_listing(url, key, user)),
    "naive": lambda url, key, user: asyncio.run(naive_listing(url, key, user)),
    "sdk": sdk_listing,
}


def keepalive_round_trip(base_url: str, key: str, count: int = 30) -> dict[str, Any]:
    """Nagle + delayed ACK on the demo server's sockets: each request timed on one kept-alive
    connection and on a new connection per request, 0 ms added latency. A server socket without
    TCP_NODELAY adds ~40 ms to the kept-alive requests only (a new connection starts in quick-ACK
    mode), so the check compares the two instead of an absolute time, which would also count how
    long the server takes to filter and sort the 10,000-row user's page."""
    headers = {"Authorization": f"Bearer {key}"}
    page: dict[str, str | int] = {"user": SCALE_USER, "limit": 100}
    with httpx.Client(base_url=base_url, headers=headers) as http:
        conversation = http.get("/conversations", params=page).json()["data"][-1]["id"]

    def requests(http: httpx.Client) -> dict[str, Callable[[], httpx.Response]]:
        return {
            "GET /info": lambda: http.get("/info"),
            "GET /conversations limit=100": lambda: http.get("/conversations", params=page),
            "POST /conversations/{id}/name": lambda: http.post(
                f"/conversations/{conversation}/name",
                json={"name": "keep-alive check", "user": SCALE_USER},
            ),
        }

    times: dict[str, dict[str, list[float]]] = {}
    with httpx.Client(base_url=base_url, headers=headers) as kept:
        kept.get("/info")
        for _ in range(count):
            for label, send in requests(kept).items():
                started = now()
                send().raise_for_status()
                times.setdefault(label, {"kept_alive": [], "new_connection": []})
                times[label]["kept_alive"].append(now() - started)
            for label in times:
                with httpx.Client(base_url=base_url, headers=headers) as fresh:
                    send = requests(fresh)[label]
                    started = now()
                    send().raise_for_status()
                    times[label]["new_connection"].append(now() - started)
    return {
        label: {way: summarize(values) for way, values in ways.items()}
        for label, ways in times.items()
    }


def nagle_free(keepalive: dict[str, Any], margin: float = 0.010) -> bool:
    """No request is slower on a kept-alive connection than on a new one by ~40 ms."""
    return all(
        ways["kept_alive"]["median"] <= ways["new_connection"]["median"] + margin
        for ways in keepalive.values()
    )


def run(
    reps: int, latencies: tuple[int, ...] = (0, 20), scale: int = 10_000, log: Any = print
) -> dict[str, Any]:
    results: dict[str, Any] = {"reps": reps, "scale": scale, "page_size": PAGE, "latency": {}}
    with DemoProcess(scale=scale) as server:
        results["keepalive"] = keepalive_round_trip(server.base_url, server.api_key)
        server.reset()  # the POSTs above renamed a conversation
        for latency in latencies:
            server.set_latency(latency)
            names = list(SIDES)
            truth = asyncio.run(truth_listing(server.base_url, server.api_key, SCALE_USER))
            if len(truth) != scale:
                raise RuntimeError(f"the demo user has {len(truth)} conversations, not {scale}")
            for name in names:  # warm-up, not counted
                SIDES[name](server.base_url, server.api_key, SCALE_USER)
            runs: dict[str, list[Listing]] = {name: [] for name in names}
            # runs without added latency are short and the noisiest: twice as many
            latency_reps = reps * 2 if latency == 0 else reps
            for rep in range(latency_reps):
                shift = rep % len(names)
                for name in names[shift:] + names[:shift]:
                    listing = SIDES[name](server.base_url, server.api_key, SCALE_USER)
                    listing.lost = scale - listing.distinct
                    where_lost(listing, truth)
                    runs[name].append(listing)
                log(
                    f"  listing {latency} ms {rep + 1}/{latency_reps}: "
                    + ", ".join(f"{n} {r[-1].seconds * 1000:.0f} ms" for n, r in runs.items())
                )
            summary: dict[str, Any] = {}
            for name, listings in runs.items():
                last = listings[-1]
                summary[name] = {
                    "seconds": summarize([x.seconds for x in listings]),
                    "requests": last.requests,
                    "rows": last.rows,
                    "distinct": last.distinct,
                    "lost": max(x.lost for x in listings),
                    "requests_per_100_rows": 100 * last.requests / max(1, last.distinct),
                    "complete": last.complete,
                    "page_ends": last.page_ends,
                    "page_ends_losing_rows": last.page_ends_losing_rows,
                    "lost_outside_page_end_ties": last.lost_outside_page_end_ties,
                    "runs": [x.to_json() for x in listings],
                }
            for name in ("lossfree", "naive", "sdk"):
                summary[f"ratio_app_{name}"] = (
                    summary["app"]["seconds"]["median"] / summary[name]["seconds"]["median"]
                )
                summary[f"ratio_app_{name}_paired"] = summarize(
                    [a.seconds / b.seconds for a, b in zip(runs["app"], runs[name], strict=True)]
                )
            results["latency"][str(latency)] = summary
    results["goal_app_lossfree"] = 1.1
    results["scale_user"] = SCALE_USER
    return results


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="listing benchmark only")
    parser.add_argument("--reps", type=int, default=5)
    parser.add_argument("--latency", type=int, action="append", help="ms (repeatable; 0 and 20)")
    ns = parser.parse_args()
    out = run(ns.reps, tuple(ns.latency or (0, 20)), log=lambda s: print(s, file=sys.stderr))
    for latency in out["latency"].values():
        for side in SIDES:
            latency[side].pop("runs")
    print(json.dumps(out, indent=2))
