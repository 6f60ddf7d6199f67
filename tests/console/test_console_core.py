"""The profile's Dify account (core): sign-in, the session in a real Secret Service, app
matching, the finder, and which rows the service API can reach - against the demo server."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from dify_desktop.api import AppInfo, DifyClient, SignInRequired
from dify_desktop.api.console import ConsoleApp
from dify_desktop.core.console_account import (
    ConsoleAccount,
    ConsoleSession,
    ConversationFinder,
    EndUserKinds,
    FindQuery,
    KeyringSessionStore,
    MemorySessionStore,
    matching_apps,
)
from dify_desktop.core.credentials import SERVICE, console_session_username
from dify_desktop.demo.console_seed import WEB_APP_USER
from dify_desktop.demo.console_state import DEMO_EMAIL, DEMO_PASSWORD
from dify_desktop.demo.console_state import ConsoleApp as DemoApp
from dify_desktop.demo.runner import DemoServer
from dify_desktop.demo.seed import DEFAULT_USER
from tests.console.console_kit import API_KEY

PROFILE = "7d7c6a1e-0000-4000-8000-00000000c0de"


def _info(server: DemoServer) -> AppInfo:
    s = server.store
    return AppInfo(s.app_name, "", (), s.app_mode, "")


def test_apps_match_by_name_and_mode() -> None:
    info = AppInfo("Support", "", (), "chat", "")
    apps = [
        ConsoleApp("1", "Support", "chat"),
        ConsoleApp("2", "Support", "workflow"),
        ConsoleApp("3", "support", "chat"),
    ]
    assert [a.id for a in matching_apps(info, apps)] == ["1"]
    assert matching_apps(info, [*apps, ConsoleApp("4", "Support", "chat")])[1].id == "4"


def test_a_stored_session_never_shows_its_token() -> None:
    session = ConsoleSession("http://h/console/api", "a@b.c", "refresh-secret-1234", "app")
    assert "refresh-secret-1234" not in repr(session) + str(session)
    assert ConsoleSession.from_text(session.to_text()) == session
    assert ConsoleSession.from_text("not json") is None
    assert ConsoleSession.from_text('{"email": 1}') is None


@pytest.mark.asyncio
async def test_sign_in_keeps_only_the_refresh_token_in_the_keyring(
    server: DemoServer, secret_service: Any
) -> None:
    store = KeyringSessionStore(PROFILE)
    async with ConsoleAccount(server.base_url, store) as account:
        await account.sign_in(f"  {DEMO_EMAIL} ", DEMO_PASSWORD)
        assert await account.match_app(_info(server)) == (
            ConsoleApp(server.store.app_id, server.store.app_name, server.store.app_mode),
        )
    stored = secret_service.lookup(SERVICE, console_session_username(PROFILE))
    assert DEMO_PASSWORD not in stored
    session = ConsoleSession.from_text(stored)
    assert session is not None and session.app_id == server.store.app_id
    assert session.email == DEMO_EMAIL
    assert session.refresh_token in server.console.live_refresh_tokens()
    assert secret_service.lookup(SERVICE, PROFILE) is None  # the app key's entry is not touched

    # a later run resumes from the keyring; the rotated token replaces the stored one
    async with ConsoleAccount(server.base_url, store) as later:
        assert await later.restore() and later.app_id == server.store.app_id
        finder = ConversationFinder(later, server.store.app_id, FindQuery("scanned"))
        rows = await finder.next_page()
    assert [r.end_user_session_id for r in rows] == [WEB_APP_USER]
    again = ConsoleSession.from_text(
        secret_service.lookup(SERVICE, console_session_username(PROFILE))
    )
    assert again is not None and again.refresh_token != session.refresh_token
    assert server.console.live_refresh_tokens() == [again.refresh_token]

    async with ConsoleAccount(server.base_url, store) as leaving:
        assert await leaving.restore()
        await leaving.sign_out()
    assert secret_service.lookup(SERVICE, console_session_username(PROFILE)) is None


@pytest.mark.asyncio
async def test_a_refused_refresh_forgets_the_session(server: DemoServer) -> None:
    store = MemorySessionStore()
    async with ConsoleAccount(server.base_url, store) as account:
        await account.sign_in(DEMO_EMAIL, DEMO_PASSWORD)
        server.console.expire_access_tokens()
        server.console.revoke_refresh_tokens()
        with pytest.raises(SignInRequired):
            await account.apps()
        assert await store.load() is None
        with pytest.raises(SignInRequired):
            await account.apps()


@pytest.mark.asyncio
async def test_several_matching_apps_are_the_callers_choice(server: DemoServer) -> None:
    twin = DemoApp("1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9", server.store.app_name, "advanced-chat")
    server.console.other_apps.append(twin)
    store = MemorySessionStore()
    async with ConsoleAccount(server.base_url, store) as account:
        await account.sign_in(DEMO_EMAIL, DEMO_PASSWORD)
        candidates = await account.match_app(_info(server))
        assert len(candidates) == 2 and account.app_id is None
        await account.choose_app(candidates[1])
    stored = await store.load()
    assert stored is not None and stored.app_id == twin.id


@pytest.mark.asyncio
async def test_the_finder_pages_without_repeating_rows(server: DemoServer) -> None:
    app = server.store.app_id
    async with ConsoleAccount(server.base_url, MemorySessionStore()) as account:
        await account.sign_in(DEMO_EMAIL, DEMO_PASSWORD)
        finder = ConversationFinder(account, app, FindQuery(DEFAULT_USER), page_size=7)
        first = await finder.next_page()
        # a new conversation moves every row one place down: the next page repeats one row
        server.store.add_conversation(DEFAULT_USER, "Brand new", messages=[("hi", "hello")])
        seen = [r.id for r in first]
        while page := await finder.next_page():
            seen.extend(r.id for r in page)
        assert len(seen) == len(set(seen))
        expected = {c.id for c in server.store.conversations_of(DEFAULT_USER)}
        assert expected - set(seen) <= {
            c.id for c in server.store.conversations_of(DEFAULT_USER) if c.name == "Brand new"
        }
        assert len(seen) >= len(expected) - 1
        dated = ConversationFinder(
            account, app, FindQuery("", dt.date(2026, 3, 18), dt.date(2026, 3, 18)), 100
        )
        day = await dated.next_page()
    assert day and all(r.updated_at.date() == dt.date(2026, 3, 18) for r in day)


@pytest.mark.asyncio
async def test_web_app_rows_are_told_apart(server: DemoServer) -> None:
    async with ConsoleAccount(server.base_url, MemorySessionStore()) as account:
        await account.sign_in(DEMO_EMAIL, DEMO_PASSWORD)
        finder = ConversationFinder(account, server.store.app_id, FindQuery("refund"), 100)
        rows = await finder.next_page()
    async with DifyClient(server.base_url, API_KEY) as client:
        kinds = EndUserKinds(client)
        verdicts = {r.end_user_session_id: await kinds.reachable(r) for r in rows}
        # the web app's session id reaches another (empty) end user through the service API
        assert [c.id for c in await _conversations(client, WEB_APP_USER)] == []
    assert verdicts[WEB_APP_USER] is False
    assert verdicts[DEFAULT_USER] is True
    looked_up = {r.query.get("user") or r.path for r in server.requests("GET")}
    assert sum(1 for p in looked_up if p.startswith("/end-users/")) == len(
        {r.from_end_user_id for r in rows}
    )


async def _conversations(client: DifyClient, user: str) -> list[Any]:
    page = await client.list_conversations(user)
    return list(page.data)


@pytest.mark.asyncio
async def test_deleting_a_profiles_key_forgets_its_account_session(
    server: DemoServer, secret_service: Any
) -> None:
    from dify_desktop.core.credentials import Credentials

    profile = "3c2b1a09-0000-4000-8000-0000000de1e7"
    await Credentials().save(profile, API_KEY)
    async with ConsoleAccount(server.base_url, KeyringSessionStore(profile)) as account:
        await account.sign_in(DEMO_EMAIL, DEMO_PASSWORD)
    assert secret_service.lookup(SERVICE, console_session_username(profile)) is not None
    await Credentials().delete(profile)
    assert secret_service.lookup(SERVICE, profile) is None
    assert secret_service.lookup(SERVICE, console_session_username(profile)) is None
