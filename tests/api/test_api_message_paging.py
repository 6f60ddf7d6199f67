"""MessagePager against the demo server, which pages messages like Dify: ``first_id`` goes back
to strictly older seconds (a second cut by the page limit loses the rest) and one second's
messages come in an arbitrary order."""

from __future__ import annotations

import random
from collections import Counter

import pytest

from dify_desktop.api import DifyClient, MessagePager, time_order
from dify_desktop.demo.runner import DemoServer

T0 = 1_767_000_000
USER = "paging-user"


def conversation(srv: DemoServer, seconds: list[int]) -> tuple[str, list[str]]:
    """A conversation with ``seconds[i]`` messages in second i (0 = an empty second)."""
    cid = srv.store.add_conversation(USER, "paged", created_at=T0)
    ids: list[str] = []
    for second, count in enumerate(seconds):
        for k in range(count):
            ids.append(srv.store.add_message(cid, f"q{second}.{k}", "a", created_at=T0 + second))
    return cid, ids


async def drain(pager: MessagePager) -> list[str]:
    got: list[str] = []
    while not pager.exhausted:
        got.extend(m.id for m in await pager.next_batch())
        assert pager.requests < 1_000
    return got


async def naive(client: DifyClient, cid: str, limit: int) -> list[str]:
    got: list[str] = []
    page = await client.list_messages(cid, USER, limit=limit)
    got.extend(m.id for m in page.data)
    while page.has_more and page.data:
        page = await client.list_messages(cid, USER, page.data[0].id, limit)
        got.extend(m.id for m in page.data)
    return got


@pytest.mark.asyncio
async def test_naive_paging_loses_messages_the_pager_does_not(
    demo_server: DemoServer, client: DifyClient
) -> None:
    cid, ids = conversation(demo_server, [5] * 6)  # Dify's measurement: 30 messages, 5 a second
    assert len(set(await naive(client, cid, 7))) < len(ids)  # the server really skips
    pager = client.iter_messages(cid, USER, page_size=7)
    got = await drain(pager)
    assert Counter(got) == Counter(ids)
    assert pager.complete and not pager.incomplete_ties


@pytest.mark.asyncio
@pytest.mark.parametrize("seed", range(6))
async def test_every_message_once_whatever_the_ties(
    demo_server: DemoServer, client: DifyClient, seed: int
) -> None:
    rng = random.Random(seed)
    page_size = rng.choice([2, 3, 5, 10, 100])
    choices = [min(c, page_size) for c in (0, 1, 1, 2, 3, page_size - 1, page_size)]
    seconds = [rng.choice(choices) for _ in range(40)]
    cid, ids = conversation(demo_server, seconds)
    pager = client.iter_messages(cid, USER, page_size=page_size)
    got = await drain(pager)
    assert len(got) == len(ids) and set(got) == set(ids)
    # a second that fills a whole page may hold more: reported, though here nothing is lost
    assert pager.complete == (max(seconds) < page_size)


@pytest.mark.asyncio
async def test_time_order_is_by_second_then_stable(
    demo_server: DemoServer, client: DifyClient
) -> None:
    cid, _ = conversation(demo_server, [3, 0, 4, 1])
    listed = (await client.list_messages(cid, USER, limit=100)).data
    ordered = time_order(listed)
    assert [m.created_at for m in ordered] == sorted(m.created_at for m in listed)
    assert ordered == time_order(reversed(listed))  # the same order whatever came first
    in_one_second = [m for m in ordered if m.created_at == ordered[0].created_at]
    assert [m.id for m in in_one_second] == sorted(m.id for m in in_one_second)


@pytest.mark.asyncio
async def test_more_than_a_page_in_one_second_is_reported(
    demo_server: DemoServer, client: DifyClient
) -> None:
    cid, ids = conversation(demo_server, [2, 7, 3])
    pager = client.iter_messages(cid, USER, page_size=5)
    got = await drain(pager)
    assert len(got) == len(set(got))
    assert not pager.complete
    assert [t.timestamp() for t in pager.incomplete_ties] == [T0 + 1]  # type: ignore[attr-defined]
    assert set(got) < set(ids)
