"""The console client against the demo server's console API, over loopback."""

from __future__ import annotations

import base64
import datetime as dt

import httpx
import pytest

from dify_desktop.api import (
    AuthenticationError,
    DifyError,
    InvalidParamError,
    ServerError,
    SignInRequired,
)
from dify_desktop.api.console import ConsoleClient, console_url_for
from dify_desktop.demo.console_seed import WEB_APP_USER
from dify_desktop.demo.console_state import DEMO_EMAIL, DEMO_PASSWORD
from dify_desktop.demo.faults import Fault
from dify_desktop.demo.runner import DemoServer
from dify_desktop.demo.seed import DEFAULT_USER


def test_console_url_is_derived_from_the_api_base_url() -> None:
    assert console_url_for("http://localhost/v1") == "http://localhost/console/api"
    assert console_url_for("https://dify.example.com/v1/") == "https://dify.example.com/console/api"
    assert (
        console_url_for("http://10.0.0.5:8080/dify/v1") == "http://10.0.0.5:8080/dify/console/api"
    )
    assert console_url_for("https://api.dify.ai/v1") == "https://cloud.dify.ai/console/api"


async def _signed_in(server: DemoServer, tokens: list[str] | None = None) -> ConsoleClient:
    client = ConsoleClient(
        server.console_url, on_refresh_token=tokens.append if tokens is not None else None
    )
    await client.sign_in(DEMO_EMAIL, DEMO_PASSWORD)
    return client


@pytest.mark.asyncio
async def test_sign_in_sends_base64_and_keeps_the_cookies(server: DemoServer) -> None:
    tokens: list[str] = []
    async with await _signed_in(server, tokens) as client:
        apps = await client.all_apps()
    # the demo takes only base64 (as Dify 1.13): one accepted attempt means it was encoded
    assert [r.status for r in server.requests("POST", "/console/api/login")] == [200]
    assert tokens == server.console.live_refresh_tokens()
    assert (apps[0].name, apps[0].mode) == (server.store.app_name, server.store.app_mode)
    assert len(apps) == 3
    # ...and answers only with the CSRF header
    assert [r.status for r in server.requests("GET", "/console/api/apps")] == [200]


@pytest.mark.asyncio
async def test_a_wrong_password_is_refused_once_per_encoding(server: DemoServer) -> None:
    client = ConsoleClient(server.console_url)
    with pytest.raises(AuthenticationError) as caught:
        await client.sign_in(DEMO_EMAIL, "not-the-password")
    await client.aclose()
    assert caught.value.code == "authentication_failed"
    assert caught.value.server_message == "Invalid email or password."
    assert "not-the-password" not in str(caught.value) + repr(caught.value)
    assert len(server.requests("POST", "/console/api/login")) == 2


@pytest.mark.asyncio
async def test_an_older_server_takes_plain_text_and_answers_with_tokens(server: DemoServer) -> None:
    server.console.legacy = True
    tokens: list[str] = []
    async with await _signed_in(server, tokens) as client:
        page = await client.chat_conversations(server.store.app_id, limit=5)
        server.console.expire_access_tokens()
        again = await client.chat_conversations(server.store.app_id, limit=5)
    assert len(page.data) == 5 and [c.id for c in again.data] == [c.id for c in page.data]
    assert len(tokens) == 2 and tokens[-1] in server.console.live_refresh_tokens()
    assert [r.status for r in server.requests("POST", "/console/api/login")] == [401, 200]


@pytest.mark.asyncio
async def test_an_expired_access_token_is_refreshed_once(server: DemoServer) -> None:
    tokens: list[str] = []
    async with await _signed_in(server, tokens) as client:
        server.console.expire_access_tokens()
        page = await client.chat_conversations(server.store.app_id)
        assert page.total > 40
        server.console.expire_access_tokens()
        server.console.revoke_refresh_tokens()
        with pytest.raises(SignInRequired):
            await client.chat_conversations(server.store.app_id)
        with pytest.raises(SignInRequired):  # no second refresh from a spent token
            await client.list_apps()
    assert len(tokens) == 2
    assert len(server.requests("POST", "/console/api/refresh-token")) == 2


@pytest.mark.asyncio
async def test_a_stored_refresh_token_resumes_the_session(server: DemoServer) -> None:
    tokens: list[str] = []
    async with await _signed_in(server, tokens):
        pass
    resumed: list[str] = []
    async with ConsoleClient(
        server.console_url, refresh_token=tokens[0], on_refresh_token=resumed.append
    ) as client:
        apps = await client.all_apps()
    assert apps and len(resumed) == 1 and resumed[0] != tokens[0]
    async with ConsoleClient(server.console_url, refresh_token=tokens[0]) as stale:
        with pytest.raises(SignInRequired):  # rotated: the old one is spent
            await stale.all_apps()


@pytest.mark.asyncio
async def test_without_a_session_nothing_is_sent(server: DemoServer) -> None:
    async with ConsoleClient(server.console_url) as client:
        with pytest.raises(SignInRequired):
            await client.list_apps()
    assert server.requests() == []


@pytest.mark.asyncio
async def test_the_csrf_header_is_required(server: DemoServer) -> None:
    async with await _signed_in(server):
        pass
    async with httpx.AsyncClient(base_url=server.console_url) as raw:
        r = await raw.post(
            "/login",
            json={
                "email": DEMO_EMAIL,
                "password": base64.b64encode(DEMO_PASSWORD.encode()).decode(),
            },
        )
        assert r.status_code == 200 and set(r.cookies) >= {"access_token", "csrf_token"}
        bare = await raw.get("/apps")
        assert bare.status_code == 401
        assert bare.json()["message"] == "CSRF token is missing or invalid."
        ok = await raw.get("/apps", headers={"X-CSRF-Token": r.cookies["csrf_token"]})
        assert ok.status_code == 200
        plain = await raw.post("/login", json={"email": DEMO_EMAIL, "password": DEMO_PASSWORD})
        assert plain.json() == {
            "code": "authentication_failed",
            "message": "Invalid encrypted data",
            "status": 401,
        }


@pytest.mark.asyncio
async def test_keyword_finds_questions_answers_names_and_user_ids(server: DemoServer) -> None:
    app = server.store.app_id
    async with await _signed_in(server) as client:
        by_answer = await client.chat_conversations(app, keyword="SCANNED", limit=100)
        by_user = await client.chat_conversations(app, keyword=DEFAULT_USER[4:], limit=100)
        nothing = await client.chat_conversations(app, keyword="zzz-no-such-words")
        with pytest.raises(InvalidParamError):
            await client.chat_conversations(app, limit=101)
    assert [c.end_user_session_id for c in by_answer.data] == [WEB_APP_USER]
    assert by_answer.data[0].name == "Refund for order 88213"
    assert by_answer.data[0].message_count == 2
    assert by_user.data and {c.end_user_session_id for c in by_user.data} == {DEFAULT_USER}
    assert by_user.total == len(server.store.conversations_of(DEFAULT_USER))
    assert nothing.data == () and nothing.total == 0 and not nothing.has_more


@pytest.mark.asyncio
async def test_the_server_refuses_a_page_over_100(server: DemoServer) -> None:
    async with await _signed_in(server):
        pass
    async with httpx.AsyncClient(base_url=server.console_url) as raw:
        b64 = base64.b64encode(DEMO_PASSWORD.encode()).decode()
        r = await raw.post("/login", json={"email": DEMO_EMAIL, "password": b64})
        path = f"/apps/{server.store.app_id}/chat-conversations"
        over = await raw.get(
            path, params={"limit": 101}, headers={"X-CSRF-Token": r.cookies["csrf_token"]}
        )
    assert over.status_code == 400 and over.json()["code"] == "invalid_param"


@pytest.mark.asyncio
async def test_paging_dates_and_sorting(server: DemoServer) -> None:
    app = server.store.app_id
    async with await _signed_in(server) as client:
        first = await client.chat_conversations(app, limit=10)
        second = await client.chat_conversations(app, page=2, limit=10)
        oldest = await client.chat_conversations(app, limit=1, sort_by="created_at")
        day = await client.chat_conversations(
            app,
            start=dt.datetime(2026, 3, 18, 0, 0),
            end=dt.datetime(2026, 3, 18, 23, 59),
            limit=100,
            sort_by="-created_at",
        )
    assert first.has_more and len(first.data) == 10
    assert not {c.id for c in first.data} & {c.id for c in second.data}
    stamps = [c.updated_at for c in first.data + second.data]  # type: ignore[operator]
    assert stamps == sorted(stamps, reverse=True)
    every = [c for c in server.store.conversations.values() if not c.deleted]
    assert oldest.data[0].created_at.timestamp() == min(c.created_at for c in every)
    expected = {
        c.id
        for c in every
        if dt.datetime(2026, 3, 18, tzinfo=dt.UTC).timestamp()
        <= c.created_at
        < dt.datetime(2026, 3, 19, tzinfo=dt.UTC).timestamp()
    }
    assert expected and {c.id for c in day.data} == expected


@pytest.mark.asyncio
async def test_messages_of_any_end_users_conversation(server: DemoServer) -> None:
    app = server.store.app_id
    async with await _signed_in(server) as client:
        found = await client.chat_conversations(app, keyword="Open Account > Gift")
        messages, more = await client.chat_messages(app, found.data[0].id)
    assert [m.query for m in messages] == ["How do I check my gift card balance?"]
    assert not more


@pytest.mark.asyncio
async def test_a_server_failure_is_one_dify_error(server: DemoServer) -> None:
    async with await _signed_in(server) as client:
        server.faults.add(Fault(method="GET", path="/console/api/apps", status=502))
        with pytest.raises(ServerError) as caught:
            await client.list_apps()
    assert caught.value.status == 502


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("fault", "expected"),
    [
        (Fault(kind="drop"), "ConnectionLostError"),
        (Fault(kind="reset_mid_body"), "ConnectionLostError"),
        (Fault(kind="truncate"), "InvalidResponseError"),
        (
            Fault(
                status=502, body="<html><h1>502 Bad Gateway</h1></html>", content_type="text/html"
            ),
            "ServerError",
        ),
        (Fault(status=429, headers={"Retry-After": "7"}), "RateLimitError"),
        (Fault(kind="stall", delay_s=5), "RequestTimeoutError"),
    ],
)
async def test_every_failure_of_the_log_is_one_dify_error(
    server: DemoServer, fault: Fault, expected: str
) -> None:
    app = server.store.app_id
    fault.method, fault.path = "GET", f"/console/api/apps/{app}/chat-conversations"
    tokens: list[str] = []
    async with ConsoleClient(server.console_url, on_refresh_token=tokens.append, timeout=1) as c:
        await c.sign_in(DEMO_EMAIL, DEMO_PASSWORD)
        server.faults.add(fault)
        with pytest.raises(DifyError) as caught:
            await c.chat_conversations(app)
        assert type(caught.value).__name__ == expected
        assert (await c.chat_conversations(app)).data  # the next request works
    assert tokens[0] not in str(caught.value)
