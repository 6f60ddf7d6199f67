"""The feedback inbox against the demo server: paging without has_more, end users resolved once
per profile, feedback withdrawn (a null rating) gone, an end user that is gone kept as such."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from dify_desktop.api import DifyClient, InvalidParamError
from dify_desktop.api.numbered_paging import FEEDBACK_PAGE_LIMIT
from dify_desktop.core.inbox import (
    MESSAGES_SEARCHED,
    EndUserCache,
    EndUserCaches,
    InboxEntry,
    InboxFeed,
    RatingFilter,
    Resolution,
)
from dify_desktop.core.session import Session, connect
from dify_desktop.demo.seed_feedback import GONE_USER


async def read_all(feed: InboxFeed) -> list[InboxEntry]:
    entries: list[InboxEntry] = []
    while not feed.exhausted:
        entries += await feed.next_batch()
    return entries


async def open_session(server: Any) -> Session:
    return await connect(server.base_url, server.api_key)


def expected(server: Any) -> list[tuple[str, str]]:
    """(feedback id, the end user's user string or "") of every stored feedback, newest first."""
    store = server.store
    rows = store.list_feedbacks(1, 10_000)
    out = []
    for f in rows:
        owner = store.end_user_by_id(f.from_end_user_id)
        out.append((f.id, owner.external_user_id if owner else ""))
    return out


@pytest.mark.asyncio
async def test_every_feedback_once_paging_on_until_a_short_page(demo_server: Any) -> None:
    session = await open_session(demo_server)
    try:
        want = expected(demo_server)
        assert len(want) > 10 and len(want) % 5 != 0
        feed = InboxFeed(session, EndUserCache(), page_size=5)
        entries = await read_all(feed)
        got = [(e.feedback.id, e.user or "") for e in entries]
        assert got == want
        pages = demo_server.requests("GET", "/app/feedbacks")
        assert [int(r.query["page"]) for r in pages] == list(range(1, len(want) // 5 + 2))
        assert {r.query["limit"] for r in pages} == {"5"}
    finally:
        await session.close()


@pytest.mark.asyncio
async def test_a_full_last_page_is_confirmed_by_an_empty_one(demo_server: Any) -> None:
    store = demo_server.store
    want = len(expected(demo_server))
    session = await open_session(demo_server)
    try:
        entries = await read_all(InboxFeed(session, EndUserCache(), page_size=want))
        assert len(entries) == want
        assert len(demo_server.requests("GET", "/app/feedbacks")) == 2
    finally:
        await session.close()
    assert store.list_feedbacks(2, want) == []


@pytest.mark.asyncio
async def test_limits_beyond_the_servers_are_refused_before_any_request(demo_server: Any) -> None:
    async with DifyClient(demo_server.base_url, demo_server.api_key) as client:
        with pytest.raises(InvalidParamError):
            await client.list_app_feedbacks(limit=FEEDBACK_PAGE_LIMIT + 1)
        with pytest.raises(InvalidParamError):
            await client.list_app_feedbacks(page=0)
        with pytest.raises(InvalidParamError):
            client.iter_app_feedbacks(0)
        assert len(await client.list_app_feedbacks(limit=FEEDBACK_PAGE_LIMIT)) > 10
    assert [r.query["limit"] for r in demo_server.requests("GET", "/app/feedbacks")] == ["101"]


@pytest.mark.asyncio
async def test_end_users_are_asked_once_per_profile(demo_server: Any) -> None:
    session = await open_session(demo_server)
    caches = EndUserCaches()
    try:
        first = await read_all(InboxFeed(session, caches.of("profile-a")))
        distinct = {e.feedback.from_end_user_id for e in first}
        asked = demo_server.requests("GET")
        lookups = [r for r in asked if r.path.startswith("/end-users/")]
        assert len(lookups) == len(distinct) < len(first)

        again = await read_all(InboxFeed(session, caches.of("profile-a")))
        assert [e.user for e in again] == [e.user for e in first]
        lookups_after = [r for r in demo_server.requests("GET") if r.path.startswith("/end-users/")]
        assert len(lookups_after) == len(lookups)  # all from the cache, the gone one included

        await read_all(InboxFeed(session, caches.of("profile-b")))  # another app's ids
        lookups_b = [r for r in demo_server.requests("GET") if r.path.startswith("/end-users/")]
        assert len(lookups_b) == 2 * len(lookups)
    finally:
        await session.close()


@pytest.mark.asyncio
async def test_a_feedback_whose_end_user_is_gone_stays_marked(demo_server: Any) -> None:
    session = await open_session(demo_server)
    try:
        entries = await read_all(InboxFeed(session, EndUserCache()))
        gone = [e for e in entries if e.resolution is Resolution.END_USER_GONE]
        assert len(gone) == 1 and gone[0].user is None and not gone[0].can_open
        cid = gone[0].feedback.conversation_id
        assert demo_server.store.conversations[cid].user == GONE_USER
        found = [e for e in entries if e.resolution is Resolution.FOUND]
        assert len(found) == len(entries) - 1 and all(e.can_open for e in found)
    finally:
        await session.close()


@pytest.mark.asyncio
async def test_entries_carry_the_rated_message_and_utc_times(demo_server: Any) -> None:
    store = demo_server.store
    session = await open_session(demo_server)
    try:
        entries = await read_all(InboxFeed(session, EndUserCache()))
        for entry in entries:
            stored = store.get_message(entry.feedback.message_id)
            if entry.resolution is Resolution.FOUND:
                latest = store.messages_of(stored.conversation_id)[-MESSAGES_SEARCHED:]
                if stored in latest:
                    assert entry.message is not None and entry.message.answer == stored.answer
                else:  # older than the latest page: shown by its id, found in the transcript
                    assert entry.message is None
            stored_fb = stored.feedback
            assert entry.feedback.rating == stored_fb.rating
            assert entry.feedback.content == stored_fb.content
            assert entry.feedback.created_at == datetime.fromtimestamp(stored_fb.created_at, UTC)
    finally:
        await session.close()


@pytest.mark.asyncio
async def test_a_withdrawn_feedback_leaves_the_inbox(demo_server: Any) -> None:
    store = demo_server.store
    cid = store.add_conversation("inbox-user", "Late", messages=[("q", "a"), ("q2", "a2")])
    mids = [m.id for m in store.messages_of(cid)]
    session = await open_session(demo_server)
    try:
        await session.client.send_feedback(mids[0], "inbox-user", "dislike", "Wrong")
        await session.client.send_feedback(mids[1], "inbox-user", "like")
        entries = await read_all(InboxFeed(session, EndUserCache()))
        mine = {e.feedback.message_id: e for e in entries if e.user == "inbox-user"}
        assert set(mine) == set(mids)
        assert mine[mids[0]].feedback.content == "Wrong"

        await session.client.send_feedback(mids[0], "inbox-user", None)
        after = await read_all(InboxFeed(session, EndUserCache()))
        assert [e.feedback.message_id for e in after if e.user == "inbox-user"] == [mids[1]]
        assert len(after) == len(entries) - 1
    finally:
        await session.close()


def test_the_rating_filter() -> None:
    assert RatingFilter.ALL.accepts("like") and RatingFilter.ALL.accepts("dislike")
    assert RatingFilter.LIKES.accepts("like") and not RatingFilter.LIKES.accepts("dislike")
    assert RatingFilter.DISLIKES.accepts("dislike") and not RatingFilter.DISLIKES.accepts("like")
    assert not RatingFilter.DISLIKES.accepts(None)


def test_zone_less_times_are_read_as_utc() -> None:
    from dify_desktop.api.detail_models import Feedback

    expected_at = datetime(2026, 12, 1, 23, 4, 25, tzinfo=UTC)
    for written in ("2026-12-01T23:04:25", "2026-12-01T23:04:25Z", "2026-12-02T00:04:25+01:00"):
        fb = Feedback.from_json({"id": "f", "created_at": written, "updated_at": written})
        assert fb.created_at == expected_at and fb.updated_at == expected_at
