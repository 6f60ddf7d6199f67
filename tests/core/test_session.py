"""The connected session against the demo server: first contact, rename outcomes, ordering."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from dify_desktop.api import AuthenticationError, NotChatAppError
from dify_desktop.core.problems import ProblemId, problem
from dify_desktop.core.rename import NameProblem, Outcome, RenameRequest, prepare_name
from dify_desktop.core.session import AppWithoutConversations, Session, check_connection, connect
from dify_desktop.demo.faults import Fault


async def open_session(server: Any, known: tuple[str, ...] = ()) -> Session:
    return await connect(server.base_url, server.api_key, known_users=known)


def requests_for(server: Any, user: str) -> int:
    return sum(1 for r in server.requests() if r.user == user)


@pytest.mark.asyncio
async def test_a_new_user_gets_one_request_before_any_parallel_ones(demo_server: Any) -> None:
    user = "first-contact-user"
    conv = demo_server.store.add_conversation(user, "Hello", messages=[("hi", "hello")])
    demo_server.faults.add(
        Fault(method="GET", path="/conversations", kind="delay", delay_s=0.4, times=1)
    )
    seen: list[str] = []
    session = await connect(demo_server.base_url, demo_server.api_key, on_user_seen=seen.append)
    try:
        feed = session.feed(user, "-updated_at")
        in_flight_when_first_answered: list[int] = []

        async def first() -> None:
            await feed.next_batch()
            in_flight_when_first_answered.append(requests_for(demo_server, user))

        await asyncio.gather(first(), session.messages(conv, user), session.variables(conv, user))
        assert in_flight_when_first_answered == [1]
        assert requests_for(demo_server, user) == 3
        assert seen == [user]
    finally:
        await session.close()


@pytest.mark.asyncio
async def test_a_known_user_is_not_held_back(demo_server: Any) -> None:
    user = "known-user"
    conv = demo_server.store.add_conversation(user, "Hello", messages=[("hi", "hello")])
    demo_server.faults.add(
        Fault(method="GET", path="/conversations", kind="delay", delay_s=0.4, times=1)
    )
    session = await open_session(demo_server, known=(user,))
    try:
        counts: list[int] = []

        async def first() -> None:
            await session.feed(user, "-updated_at").next_batch()
            counts.append(requests_for(demo_server, user))

        await asyncio.gather(first(), session.messages(conv, user))
        assert counts == [2]
    finally:
        await session.close()


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("mode", "outcome"), [("silent", Outcome.AUTO_UNCHANGED), ("blank", Outcome.BLANK_RESTORED)]
)
async def test_auto_generate_that_does_nothing_is_not_called_a_success(
    demo_server: Any, mode: str, outcome: Outcome
) -> None:
    user = "auto-user"
    cid = demo_server.store.add_conversation(
        user, "Original name", messages=[("Where is my order?", "On its way.")]
    )
    demo_server.store.auto_generate_mode = mode
    session = await open_session(demo_server)
    try:
        conv = (await session.feed(user, "-updated_at").next_batch())[0]
        result = await session.rename(RenameRequest(conv, user, "", True))
    finally:
        await session.close()
    assert result.outcome is outcome
    assert result.problem is None  # worded in tests/ui/test_sentences.py
    # A blanked name was put back.
    assert demo_server.store.get_conversation(cid).name == "Original name"


@pytest.mark.asyncio
async def test_rename_outcomes_follow_the_server(demo_server: Any) -> None:
    user = "outcome-user"
    demo_server.store.add_conversation(user, "Old", messages=[("Can I change my plan?", "Yes.")])
    session = await open_session(demo_server)
    try:
        conv = (await session.feed(user, "-updated_at").next_batch())[0]
        renamed = await session.rename(RenameRequest(conv, user, "  New name ", False))
        assert renamed.outcome is Outcome.RENAMED and renamed.conversation is not None
        assert renamed.conversation.name == "New name"
        assert renamed.conversation.updated_at >= conv.updated_at

        auto = await session.rename(RenameRequest(renamed.conversation, user, "", True))
        assert auto.outcome is Outcome.RENAMED and auto.conversation is not None
        assert "plan" in auto.conversation.name.lower()

        demo_server.faults.add(
            Fault(
                method="POST",
                path="/conversations/*/name",
                kind="status",
                status=404,
                body='{"code": "not_found", "message": "Conversation Not Exists.", "status": 404}',
                content_type="application/json",
                times=1,
            )
        )
        failed = await session.rename(RenameRequest(auto.conversation, user, "Again", False))
        assert failed.outcome is Outcome.FAILED and failed.problem is not None
        assert failed.problem.id is ProblemId.NOT_FOUND
        assert failed.error is not None and failed.error.status == 404

        demo_server.faults.add(
            Fault(method="POST", path="/conversations/*/name", kind="drop", times=1)
        )
        unsure = await session.rename(RenameRequest(auto.conversation, user, "Again", False))
        assert unsure.outcome is Outcome.UNCERTAIN and unsure.problem is not None
        assert unsure.problem.id is ProblemId.CONNECTION_LOST
    finally:
        await session.close()


@pytest.mark.asyncio
async def test_apps_without_conversations_are_refused_by_name(demo_server: Any) -> None:
    demo_server.store.app_mode = "workflow"
    with pytest.raises(NotChatAppError) as refused:
        await check_connection(demo_server.base_url, demo_server.api_key)
    assert isinstance(refused.value, AppWithoutConversations)
    assert refused.value.problem.id is ProblemId.APP_WITHOUT_CONVERSATIONS
    assert refused.value.problem["mode"] == "workflow"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("  Spaced  ", "Spaced"),
        ("a\u00a0b", "a\u00a0b"),
        ("x" * 255, "x" * 255),
        (" 名前 ", "名前"),
    ],
)
def test_prepare_name_trims_and_keeps_the_rest(typed: str, expected: str) -> None:
    assert prepare_name(typed) == expected


@pytest.mark.parametrize("typed", ["", "   ", "\t\n", "y" * 256, " " + "z" * 256 + " "])
def test_prepare_name_refuses_blank_and_long_names(typed: str) -> None:
    with pytest.raises(NameProblem) as refused:
        prepare_name(typed)
    if typed.strip():
        assert refused.value.problem == problem(ProblemId.NAME_TOO_LONG, limit=255, length=256)
    else:
        assert refused.value.problem == problem(ProblemId.NAME_BLANK)


@pytest.mark.asyncio
async def test_the_first_page_is_asked_for_while_the_key_is_checked(demo_server: Any) -> None:
    user = "early-page-user"
    for i in range(3):
        demo_server.store.add_conversation(user, f"Early {i}")
    demo_server.faults.add(Fault(method="GET", path="/info", kind="delay", delay_s=0.5, times=1))
    seen: list[str] = []
    connecting = asyncio.ensure_future(
        connect(
            demo_server.base_url,
            demo_server.api_key,
            first_list=(user, "-updated_at"),
            on_user_seen=seen.append,
        )
    )
    # /info is held back by the server: the list's page arrives before the check is answered
    for _ in range(500):
        if demo_server.requests("GET", "/conversations"):
            break
        await asyncio.sleep(0.01)
    assert not connecting.done()
    assert [r.user for r in demo_server.requests("GET", "/conversations")] == [user]
    session = await connecting
    try:
        feed = session.feed(user, "-updated_at")
        assert not feed.exhausted  # its early page is still to be given, though it was short
        names = {c.name for c in await feed.next_batch()}
        assert feed.exhausted
        assert names == {"Early 0", "Early 1", "Early 2"}
        assert len(demo_server.requests("GET", "/conversations")) == 1  # not asked twice
        assert seen == [user]  # the early page counts as the user's first answer
    finally:
        await session.close()


@pytest.mark.asyncio
async def test_an_early_page_for_another_list_is_not_shown(demo_server: Any) -> None:
    demo_server.store.add_conversation("early-a", "Of A")
    demo_server.store.add_conversation("early-b", "Of B")
    session = await connect(
        demo_server.base_url, demo_server.api_key, first_list=("early-a", "-updated_at")
    )
    try:
        for user, order, name in (
            ("early-b", "-updated_at", "Of B"),
            ("early-a", "created_at", "Of A"),
        ):
            batch = await session.feed(user, order).next_batch()
            assert [c.name for c in batch] == [name]
    finally:
        await session.close()


@pytest.mark.asyncio
async def test_a_refused_key_drops_the_early_page(demo_server: Any) -> None:
    with pytest.raises(AuthenticationError):
        await connect(demo_server.base_url, "app-wrong", first_list=("early-x", "-updated_at"))
    tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
    assert tasks == []  # nothing left running
