"""Complete listings of 1,000+ conversations with timestamp ties, against the demo server."""

from __future__ import annotations

import random
from collections import Counter

import pytest

from dify_desktop.api import SORT_ORDERS, DifyClient
from dify_desktop.demo.runner import DemoServer

pytestmark = pytest.mark.asyncio

USER = "tie-user"
BASE = 1_760_000_000


def group_timestamps(rng: random.Random, n: int, largest: int) -> list[int]:
    """n timestamps in groups of 1..largest rows per second (one group of exactly ``largest``)."""
    sizes = [largest]
    while sum(sizes) < n:
        sizes.append(rng.choice([1, 1, 1, 2, 3, 5, rng.randint(1, largest)]))
    stamps: list[int] = []
    ts = BASE
    for size in sizes:
        ts += rng.randint(1, 50)
        stamps.extend([ts] * size)
    rng.shuffle(stamps)
    return stamps[:n]


def add_tied_conversations(srv: DemoServer, n: int = 1_250, largest: int = 99) -> set[str]:
    rng = random.Random(20260301)
    created = group_timestamps(rng, n, largest)
    updated = group_timestamps(rng, n, largest)
    ids: set[str] = set()

    def fill(store: object) -> None:
        for i in range(n):
            ids.add(
                srv.store.add_conversation(
                    USER,
                    f"Conversation {i}",
                    created_at=created[i],
                    updated_at=max(created[i], updated[i]),
                )
            )

    srv.store.bulk(fill)
    counts_created = Counter(c.created_at for c in srv.store.conversations_of(USER))
    counts_updated = Counter(c.updated_at for c in srv.store.conversations_of(USER))
    assert max(counts_created.values()) <= largest and max(counts_updated.values()) <= largest
    assert max(counts_created.values()) > 50 and max(counts_updated.values()) > 50
    return ids


def pager_requests(values: list[int], descending: bool, page: int = 100) -> int:
    """The requests the pager's documented rules (dify_desktop.api.paging) take over rows with
    these sort values, whatever the order of tied rows: every request starts at the first row of
    a tie group; after a full page the next request starts at that page's trailing group, or
    beyond it when the whole page is one group (the end, when nothing lies beyond); a short page
    ends the listing."""
    keys = sorted(values, reverse=descending)
    start = requests = 0
    while True:
        requests += 1
        rows = keys[start : start + page]
        if len(rows) < page:
            return requests
        trailing = keys.index(rows[-1], start)
        if trailing > start:
            start = trailing
            continue
        start += page
        while start < len(keys) and keys[start] == rows[-1]:
            start += 1
        if start == len(keys):
            return requests


async def naive_ids(client: DifyClient, sort_by: str) -> list[str]:
    """Paging the way the docs suggest: last_id = last row, stop when has_more is false."""
    ids: list[str] = []
    last_id = None
    while True:
        page = await client.list_conversations(USER, last_id=last_id, limit=100, sort_by=sort_by)
        ids.extend(c.id for c in page.data)
        if not page.has_more:
            return ids
        last_id = page.data[-1].id


@pytest.mark.parametrize("sort_by", SORT_ORDERS)
async def test_every_conversation_exactly_once_in_every_order(
    client: DifyClient, demo_server: DemoServer, sort_by: str
) -> None:
    expected = add_tied_conversations(demo_server)
    assert len(expected) >= 1_000

    # The same data loses rows with naive paging: this test proves something.
    naive = await naive_ids(client, sort_by)
    assert len(set(naive)) < len(expected)

    before = len(demo_server.requests("GET", "/conversations"))
    pager = client.iter_conversations(USER, sort_by=sort_by)
    got = [c async for c in pager]
    ids = [c.id for c in got]
    assert len(ids) == len(set(ids)) == len(expected)
    assert set(ids) == expected
    field = sort_by.lstrip("-")
    values = [getattr(c, field) for c in got]
    assert values == sorted(values, reverse=sort_by.startswith("-"))
    assert pager.complete and not pager.incomplete_ties
    requests = len(demo_server.requests("GET", "/conversations")) - before
    assert requests == pager.requests
    # Pages overlap by their trailing tie group: exactly the requests the pager's rules take over
    # these timestamps, more than naive paging's ceil(n / 100) and far below one per tie group.
    expected_requests = pager_requests([getattr(c, field) for c in got], sort_by.startswith("-"))
    assert requests == expected_requests
    assert -(-len(expected) // 100) < requests < len(set(values))
    records = demo_server.requests("GET", "/conversations")[before:]
    assert all(r.query["limit"] == "100" and r.query["sort_by"] == sort_by for r in records)


async def test_page_by_page_for_the_ui(client: DifyClient, demo_server: DemoServer) -> None:
    expected = add_tied_conversations(demo_server, n=1_050, largest=60)
    pager = client.iter_conversations(USER)
    seen: list[str] = []
    batches = 0
    while not pager.exhausted:
        batch = await pager.next_batch()
        batches += 1
        seen.extend(c.id for c in batch)
    assert batches == pager.requests and sorted(seen) == sorted(expected)


async def test_more_than_100_in_one_second_is_reported(
    client: DifyClient, demo_server: DemoServer, caplog: pytest.LogCaptureFixture
) -> None:
    for i in range(130):
        demo_server.store.add_conversation(USER, f"burst {i}", created_at=BASE, updated_at=BASE)
    for i in range(20):
        demo_server.store.add_conversation(USER, f"later {i}", created_at=BASE + 10 + i)
    pager = client.iter_conversations(USER, sort_by="created_at")
    ids = [c.id async for c in pager]
    assert len(ids) == len(set(ids))
    assert len(ids) < 150  # 30 of the burst cannot be reached by any cursor
    assert {c.name for c in demo_server.store.conversations_of(USER) if c.id not in ids} <= {
        f"burst {i}" for i in range(130)
    }
    assert pager.incomplete_ties and not pager.complete
    assert "cannot be listed" in caplog.text
