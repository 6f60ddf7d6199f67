"""Every route of the client against the demo server over real loopback HTTP."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from api_testkit import API_KEY, RawServerFactory, http_answer

from dify_desktop.api import (
    AUTO_GENERATE_PLACEHOLDER,
    BadRequestError,
    Conversation,
    DifyClient,
    InvalidParamError,
    NotFoundError,
)
from dify_desktop.demo.runner import DemoServer
from dify_desktop.demo.seed import DEFAULT_USER, EMPTY_USER, SEED_USERS

pytestmark = pytest.mark.asyncio


def utc(ts: int) -> dt.datetime:
    return dt.datetime.fromtimestamp(ts, dt.UTC)


def conversation_requests(srv: DemoServer, method: str) -> list[str]:
    return [r.path for r in srv.requests(method)]


async def test_app_routes(client: DifyClient, demo_server: DemoServer) -> None:
    store = demo_server.store
    info = await client.get_app_info()
    assert (info.name, info.description, info.mode, info.author_name) == (
        store.app_name,
        store.app_description,
        store.app_mode,
        store.author_name,
    )
    assert info.tags == tuple(store.app_tags) and info.has_conversations

    params = await client.get_parameters()
    assert params.opening_statement == store.opening_statement
    assert params.suggested_questions == tuple(store.suggested_questions)
    assert "user_input_form" in params.raw

    site = await client.get_site()
    assert site.title == store.site_title and site.default_language == store.default_language
    assert site.description is None  # the real server's null for a "string"

    assert await client.get_meta() == {"tool_icons": {}}


async def test_list_conversations_one_page_and_user_scope(
    client: DifyClient, demo_server: DemoServer
) -> None:
    page = await client.list_conversations(DEFAULT_USER, limit=7)
    assert page.limit == 7 and len(page.data) == 7 and page.has_more
    assert all(isinstance(c, Conversation) for c in page.data)
    stored = {c.id: c for c in demo_server.store.conversations_of(DEFAULT_USER)}
    first = page.data[0]
    assert first.name == stored[first.id].name
    assert first.updated_at == utc(stored[first.id].updated_at)
    assert [c.updated_at for c in page.data] == sorted(
        (c.updated_at for c in page.data), reverse=True
    )
    # Other users see nothing of it; an unknown user is silently empty.
    assert (await client.list_conversations(EMPTY_USER)).data == ()
    assert (await client.list_conversations("never-seen-user")).data == ()
    nxt = await client.list_conversations(DEFAULT_USER, last_id=page.data[-1].id, limit=7)
    assert not {c.id for c in nxt.data} & {c.id for c in page.data}
    q = demo_server.requests("GET", "/conversations")[0].query
    assert q == {"user": DEFAULT_USER, "limit": "7", "sort_by": "-updated_at"}


@pytest.mark.parametrize("sort_by", ["-updated_at", "updated_at", "-created_at", "created_at"])
async def test_iter_conversations_seed_user_every_order(
    client: DifyClient, demo_server: DemoServer, sort_by: str
) -> None:
    pager = client.iter_conversations(DEFAULT_USER, sort_by=sort_by)
    got = [c async for c in pager]
    ids = [c.id for c in got]
    assert len(ids) == len(set(ids))
    assert set(ids) == {c.id for c in demo_server.store.conversations_of(DEFAULT_USER)}
    field = sort_by.lstrip("-")
    values = [getattr(c, field) for c in got]
    assert values == sorted(values, reverse=sort_by.startswith("-"))
    assert pager.complete and pager.requests == len(demo_server.requests("GET", "/conversations"))


async def test_seed_users_are_all_listed(client: DifyClient, demo_server: DemoServer) -> None:
    for user in SEED_USERS:
        got = {c.id async for c in client.iter_conversations(user)}
        assert got == {c.id for c in demo_server.store.conversations_of(user)}


@pytest.mark.parametrize(
    "name",
    [
        "Rückerstattung für Bestellung №4711 – dringend",
        "配送先住所の変更について",
        "Where is my parcel? 🚚📦 👩🏽‍💻",
        "طلب استرداد المبلغ للطلب رقم ١٢٣",  # right-to-left
        'mixed \u202eRTL override\u202c and <b>html</b> & "quotes"',
        "  padded on both sides  ",  # stored as sent: the client does not trim
        "x" * 255,
        "😀" * 255,  # 255 code points (510 UTF-16 units)
        "ß" * 254 + "🚀",
    ],
)
async def test_rename_round_trip(client: DifyClient, demo_server: DemoServer, name: str) -> None:
    cid = demo_server.store.conversations_of(DEFAULT_USER)[3].id
    before = demo_server.store.get_conversation(cid)
    assert before is not None
    renamed = await client.rename_conversation(cid, DEFAULT_USER, name)
    assert renamed.id == cid and renamed.name == name
    stored = demo_server.store.get_conversation(cid)
    assert stored is not None and stored.name == name
    listed = {c.id: c async for c in client.iter_conversations(DEFAULT_USER)}
    assert listed[cid].name == name
    # A manual rename moves the conversation to the top of the default order.
    first = await client.list_conversations(DEFAULT_USER, limit=1)
    assert first.data[0].id == cid


@pytest.mark.parametrize("name", [None, "", "   ", "\t\n", "\u3000", "y" * 256, "😀" * 256])
async def test_rename_refused_before_sending(
    client: DifyClient, demo_server: DemoServer, name: str | None
) -> None:
    cid = demo_server.store.conversations_of(DEFAULT_USER)[0].id
    with pytest.raises(InvalidParamError) as caught:
        await client.rename_conversation(cid, DEFAULT_USER, name)
    assert caught.value.status == 400 and caught.value.code == "invalid_param"
    assert caught.value.message and caught.value.server_message is None
    assert conversation_requests(demo_server, "POST") == []


@pytest.mark.parametrize("user", ["", "   "])
async def test_blank_user_is_refused_before_sending(
    client: DifyClient, demo_server: DemoServer, user: str
) -> None:
    cid = demo_server.store.conversations_of(DEFAULT_USER)[0].id
    calls = [
        client.list_conversations(user),
        client.rename_conversation(cid, user, "x"),
        client.delete_conversation(cid, user),
        client.list_messages(cid, user),
        client.list_variables(cid, user),
        client.send_feedback(cid, user, "like"),
        client.update_variable(cid, cid, user, "v"),
    ]
    for call in calls:
        with pytest.raises(InvalidParamError):
            await call
    with pytest.raises(InvalidParamError):
        client.iter_conversations(user)
    assert demo_server.requests() == []


async def test_auto_generate_model_names_it_without_touching_updated_at(
    client: DifyClient, demo_server: DemoServer
) -> None:
    store = demo_server.store
    cid = store.add_conversation(
        "auto-user",
        "New conversation",
        created_at=1_770_000_000,
        messages=[("where is my order 123?", "…")],
    )
    renamed = await client.rename_conversation(cid, "auto-user", auto_generate=True)
    assert renamed.name == "Where Is My Order 123"
    assert renamed.updated_at == utc(1_770_000_000)


async def test_auto_generate_silent_failure_returns_the_conversation_unchanged(
    client: DifyClient, demo_server: DemoServer
) -> None:
    store = demo_server.store
    store.auto_generate_mode = "silent"
    cid = store.add_conversation("auto-user", "Old name", messages=[("hello there", "hi")])
    renamed = await client.rename_conversation(cid, "auto-user", "Old name", auto_generate=True)
    assert renamed.name == "Old name"
    store.auto_generate_mode = "blank"  # older servers blank the name instead
    assert (await client.rename_conversation(cid, "auto-user", auto_generate=True)).name == ""


async def test_auto_generate_without_messages_is_invalid_param_with_empty_server_message(
    client: DifyClient, demo_server: DemoServer
) -> None:
    cid = demo_server.store.add_conversation("auto-user", "Empty")
    with pytest.raises(InvalidParamError) as caught:
        await client.rename_conversation(cid, "auto-user", auto_generate=True)
    err = caught.value
    assert (err.status, err.code, err.server_message) == (400, "invalid_param", "")
    assert err.message  # readable all the same
    assert len(demo_server.requests("POST")) == 1  # not retried


async def test_delete_then_gone(client: DifyClient, demo_server: DemoServer) -> None:
    cid = demo_server.store.conversations_of(DEFAULT_USER)[5].id
    await client.delete_conversation(cid, DEFAULT_USER)
    stored = demo_server.store.get_conversation(cid)
    assert stored is not None and stored.deleted
    assert cid not in {c.id async for c in client.iter_conversations(DEFAULT_USER)}
    with pytest.raises(NotFoundError) as caught:
        await client.delete_conversation(cid, DEFAULT_USER)
    assert caught.value.server_message == "Conversation Not Exists."


async def test_other_users_conversation_is_not_found(
    client: DifyClient, demo_server: DemoServer
) -> None:
    cid = demo_server.store.conversations_of(DEFAULT_USER)[0].id
    for call in (
        client.rename_conversation(cid, EMPTY_USER, "mine now"),
        client.delete_conversation(cid, EMPTY_USER),
        client.list_messages(cid, EMPTY_USER),
        client.list_variables(cid, EMPTY_USER),
    ):
        with pytest.raises(NotFoundError) as caught:
            await call
        assert caught.value.code == "not_found" and caught.value.status == 404
    stored = demo_server.store.get_conversation(cid)
    assert stored is not None and not stored.deleted and stored.name != "mine now"


async def test_messages_page_back_with_first_id(
    client: DifyClient, demo_server: DemoServer
) -> None:
    store = demo_server.store
    cid = store.add_conversation(
        "msg-user",
        "Long chat",
        created_at=1_770_000_000,
        updated_at=1_770_000_000 + 24 * 60,
        messages=[(f"question {i}", f"answer {i}") for i in range(25)],
    )
    latest = await client.list_messages(cid, "msg-user", limit=10)
    assert latest.has_more and [m.query for m in latest.data] == [
        f"question {i}" for i in range(15, 25)
    ]
    collected = list(latest.data)
    page = latest
    while page.has_more:
        page = await client.list_messages(cid, "msg-user", first_id=page.data[0].id, limit=10)
        collected[:0] = page.data
    assert [m.query for m in collected] == [f"question {i}" for i in range(25)]
    assert collected[0].answer == "answer 0" and collected[0].conversation_id == cid


async def test_variables_list_and_update(client: DifyClient, demo_server: DemoServer) -> None:
    store = demo_server.store
    cid = store.add_conversation("var-user", "Vars", messages=[("q", "a")])
    vid = store.add_variable(cid, "tier", "string", "gold", "Loyalty tier")
    oid = store.add_variable(cid, "prefs", "object", {"a": 1}, "")
    page = await client.list_variables(cid, "var-user")
    by_name = {v.name: v for v in page.data}
    assert by_name["tier"].value == "gold" and by_name["prefs"].value == "{'a': 1}"
    only = await client.list_variables(cid, "var-user", variable_name="tier")
    assert [v.id for v in only.data] == [vid]

    updated = await client.update_variable(cid, vid, "var-user", "platinum")
    assert updated.id == vid and updated.value == "platinum"
    with pytest.raises(BadRequestError) as caught:
        await client.update_variable(cid, oid, "var-user", "not an object")
    assert caught.value.code == "bad_request" and not isinstance(caught.value, InvalidParamError)


async def test_feedback_and_end_user(client: DifyClient, demo_server: DemoServer) -> None:
    store = demo_server.store
    cid = store.add_conversation("fb-user", "Feedback", messages=[("q", "a")])
    mid = store.conversations[cid].messages[0].id
    await client.send_feedback(mid, "fb-user", "dislike", "Did not help")
    feedbacks = await client.list_app_feedbacks(page=1, limit=101)
    mine = [f for f in feedbacks if f.message_id == mid]
    assert len(mine) == 1 and mine[0].rating == "dislike" and mine[0].content == "Did not help"
    assert mine[0].created_at.tzinfo is not None
    end_user = await client.get_end_user(mine[0].from_end_user_id or "")
    assert end_user.session_id == "fb-user"
    msgs = await client.list_messages(cid, "fb-user")
    assert msgs.data[0].feedback_rating == "dislike"
    await client.send_feedback(mid, "fb-user", None)
    assert (await client.list_messages(cid, "fb-user")).data[0].feedback_rating is None
    with pytest.raises(InvalidParamError):
        await client.send_feedback(mid, "fb-user", "love")
    with pytest.raises(NotFoundError):
        await client.get_end_user("00000000-0000-4000-8000-000000000000")


async def test_auto_generate_sends_a_name_along(raw_server: RawServerFactory) -> None:
    """Old servers refuse auto-generate without a name: a placeholder or the caller's name goes
    along (checked on the wire)."""
    body = '{"id": "c1", "name": "Generated", "created_at": 1, "updated_at": 1}'
    raw = await raw_server(http_answer(200, body))
    async with DifyClient(raw.base_url, API_KEY) as c:
        assert (await c.rename_conversation("c1", "u", auto_generate=True)).name == "Generated"
        await c.rename_conversation("c1", "u", "Current name", auto_generate=True)
        await c.rename_conversation("c1", "u", "   ", auto_generate=True)
        await c.rename_conversation("c1", "u", " untrimmed ")
    sent = [json.loads(r.body) for r in raw.requests]
    assert sent == [
        {"name": AUTO_GENERATE_PLACEHOLDER, "auto_generate": True, "user": "u"},
        {"name": "Current name", "auto_generate": True, "user": "u"},
        {"name": AUTO_GENERATE_PLACEHOLDER, "auto_generate": True, "user": "u"},
        {"name": " untrimmed ", "auto_generate": False, "user": "u"},
    ]
    assert all(r.headers["content-type"] == "application/json" for r in raw.requests)
    assert all(r.target == "/v1/conversations/c1/name" for r in raw.requests)
