"""The search index of one end user, kept up to date against the demo server."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
import pytest_asyncio

from dify_desktop.core.indexing import UserIndex, clear_index
from dify_desktop.core.jobs import ItemState
from dify_desktop.core.local_db import LocalDb
from dify_desktop.core.session import connect
from dify_desktop.demo.faults import Fault

USER = "index-user"


@pytest_asyncio.fixture
async def index(demo_server: Any) -> AsyncIterator[UserIndex]:
    session = await connect(demo_server.base_url, demo_server.api_key)
    db = LocalDb.memory()
    try:
        yield UserIndex(db, session, "profile-1", USER)
    finally:
        await session.close()
        db.close()


async def refresh(index: UserIndex) -> dict[str, ItemState]:
    job = index.prepare(await index.stale(await index.listed()))
    return {r.item.id: r.state for r in await job.run()}


def message_requests(server: Any) -> list[str]:
    return [r.query["conversation_id"] for r in server.requests("GET", "/messages")]


@pytest.mark.asyncio
async def test_words_in_any_message_find_the_conversation(
    demo_server: Any, index: UserIndex
) -> None:
    store = demo_server.store
    refund = store.add_conversation(
        USER,
        "Order 2041",
        messages=[("hello", "hi"), ("お客様は返金を希望しています", "承知しました")],
    )
    store.add_conversation(USER, "Delivery", messages=[("where is it", "on its way")])
    store.add_conversation("someone-else", "Other", messages=[("返金", "x")])
    states = await refresh(index)
    assert list(states.values()) == [ItemState.DONE, ItemState.DONE]
    hits = await index.search("返金")
    assert [(h.conversation_id, h.conversation_name) for h in hits] == [(refund, "Order 2041")]
    assert "返金" in hits[0].text


@pytest.mark.asyncio
async def test_only_new_or_changed_conversations_are_fetched_again(
    demo_server: Any, index: UserIndex
) -> None:
    store = demo_server.store
    same = store.add_conversation(USER, "Same", messages=[("one", "two")], created_at=1_700_000_000)
    changed = store.add_conversation(
        USER, "Changed", messages=[("old", "words")], created_at=1_700_000_000
    )
    gone = store.add_conversation(
        USER, "Gone", messages=[("deleted", "soon")], created_at=1_700_000_000
    )
    await refresh(index)
    assert sorted(message_requests(demo_server)) == sorted([same, changed, gone])
    store.add_message(changed, "a refund please", "ok", created_at=1_800_000_000)
    store.delete_conversation(gone)
    demo_server.request_log.clear()
    await refresh(index)
    assert message_requests(demo_server) == [changed]
    assert [h.conversation_id for h in await index.search("refund")] == [changed]
    assert await index.search("deleted") == []


@pytest.mark.asyncio
async def test_a_failed_transcript_is_not_stored_and_is_fetched_next_time(
    demo_server: Any, index: UserIndex
) -> None:
    store = demo_server.store
    ids = {store.add_conversation(USER, f"C{n}", messages=[(f"refund {n}", "a")]) for n in range(4)}
    demo_server.faults.add(Fault(method="GET", path="/messages", status=500, times=1))
    states = await refresh(index)
    (failed,) = [cid for cid, state in states.items() if state is ItemState.FAILED]
    assert {h.conversation_id for h in await index.search("refund")} == ids - {failed}
    demo_server.request_log.clear()
    assert await refresh(index) == {failed: ItemState.DONE}
    assert {h.conversation_id for h in await index.search("refund")} == ids


@pytest.mark.asyncio
async def test_cancel_stops_starting_and_what_was_stored_stays(
    demo_server: Any, index: UserIndex
) -> None:
    store = demo_server.store
    for n in range(12):
        store.add_conversation(USER, f"C{n}", messages=[("refund", "a")])
    stale = await index.stale(await index.listed())
    job = index.prepare(stale, on_result=lambda _result: job.cancel())  # Cancel at the first
    results = await job.run()
    done = {r.item.id for r in results if r.state is ItemState.DONE}
    assert 1 <= len(done) < 12
    assert {r.state for r in results} <= {ItemState.DONE, ItemState.NOT_STARTED}
    assert {h.conversation_id for h in await index.search("refund")} == done
    assert len(await index.stale(await index.listed())) == 12 - len(done)


@pytest.mark.asyncio
async def test_clearing_the_index_empties_it(demo_server: Any, index: UserIndex) -> None:
    demo_server.store.add_conversation(USER, "C", messages=[("refund", "a")])
    await refresh(index)
    await clear_index(index._db)
    assert await index.search("refund") == []
