"""The console shapes as recorded from a real Dify server (tests/contract/console_shapes.json):
the demo server answers in them, and the client reads them (newer fields included)."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import httpx
import pytest

from dify_desktop.api.console import (
    CONSOLE_MAX_LIMIT,
    CONSOLE_SORT_ORDERS,
    ConsoleApp,
    ConsoleConversation,
)
from dify_desktop.demo.console_state import DEMO_EMAIL, DEMO_PASSWORD
from dify_desktop.demo.runner import DemoServer

SHAPES = json.loads(
    (Path(__file__).parents[1] / "contract" / "console_shapes.json").read_text("utf-8")
)
TYPES = {
    "str": str,
    "int": int,
    "bool": bool,
    "list": list,
    "object": dict,
    "null": type(None),
}


def conforms(value: dict[str, Any], fields: dict[str, str]) -> list[str]:
    """The fields of ``value`` that are missing or of another type than recorded."""
    wrong = []
    for name, kinds in fields.items():
        allowed = tuple(TYPES[k] for k in kinds.split("|"))
        if (
            name not in value
            or not isinstance(value[name], allowed)
            or (bool not in allowed and isinstance(value[name], bool))
        ):
            wrong.append(name)
    return wrong


def test_the_client_reads_the_recorded_items() -> None:
    row = ConsoleConversation.from_json(SHAPES["chat_conversations"]["example"])
    assert (row.end_user_session_id, row.message_count, row.likes) == ("cus_8J2kQ9xLm4", 3, 1)
    assert int(row.updated_at.timestamp()) == 1774619949 and not row.made_in_console
    app = ConsoleApp.from_json(SHAPES["apps"]["example_1_16_1"])
    assert (app.name, app.mode) == ("Support", "advanced-chat")
    assert set(CONSOLE_SORT_ORDERS) == set(SHAPES["chat_conversations"]["sort_by"])
    assert CONSOLE_SORT_ORDERS[0] == SHAPES["chat_conversations"]["default_sort_by"]
    assert SHAPES["chat_conversations"]["max_limit"] == CONSOLE_MAX_LIMIT


@pytest.mark.asyncio
async def test_the_demo_server_answers_in_the_recorded_shapes(server: DemoServer) -> None:
    login = SHAPES["login"]
    encoded = base64.b64encode(DEMO_PASSWORD.encode()).decode()
    async with httpx.AsyncClient(base_url=server.console_url) as raw:
        nothing = await raw.get("/apps")
        assert (nothing.status_code, nothing.json()) == (401, SHAPES["session"]["nothing"]["body"])
        plain = await raw.post("/login", json={"email": DEMO_EMAIL, "password": DEMO_PASSWORD})
        wrong = await raw.post(
            "/login", json={"email": DEMO_EMAIL, "password": base64.b64encode(b"x").decode()}
        )
        for answer, recorded in ((plain, "plain_text_password"), (wrong, "wrong_password")):
            assert (answer.status_code, answer.json()) == (
                login[recorded]["status"],
                login[recorded]["body"],
            )
        ok = await raw.post(
            "/login", json={"email": DEMO_EMAIL, "password": encoded, "remember_me": True}
        )
        assert (ok.status_code, ok.json()) == (200, login["ok"]["body"])
        assert set(ok.cookies) == set(login["ok"]["cookies"])
        set_cookies = ok.headers.get_list("set-cookie")
        for name, age in login["ok"]["max_age"].items():
            header = next(h for h in set_cookies if h.startswith(f"{name}="))
            assert f"Max-Age={age}" in header
            assert ("HttpOnly" in header) == (name in login["ok"]["http_only"])
        bare = await raw.get("/apps")
        assert (bare.status_code, bare.json()) == (
            401,
            SHAPES["session"]["cookies_without_csrf_header"]["body"],
        )
        csrf = {SHAPES["session"]["csrf_header"]: ok.cookies["csrf_token"]}
        apps = (await raw.get("/apps", headers=csrf)).json()
        assert conforms(apps, SHAPES["apps"]["page_fields"]) == []
        assert all(conforms(a, SHAPES["apps"]["item_fields"]) == [] for a in apps["data"])
        path = f"/apps/{server.store.app_id}/chat-conversations"
        log = (await raw.get(path, headers=csrf, params={"limit": 100})).json()
        assert conforms(log, SHAPES["chat_conversations"]["page_fields"]) == []
        fields = SHAPES["chat_conversations"]["item_fields"]
        assert log["data"] and all(conforms(c, fields) == [] for c in log["data"])
        assert {c["from_source"] for c in log["data"]} <= set(
            SHAPES["chat_conversations"]["from_source"]
        )
        over = await raw.get(path, headers=csrf, params={"limit": CONSOLE_MAX_LIMIT + 1})
        recorded = SHAPES["chat_conversations"]["limit_101"]
        assert (over.status_code, over.json()["code"]) == (recorded["status"], recorded["code"])
        messages = (
            await raw.get(
                f"/apps/{server.store.app_id}/chat-messages",
                headers=csrf,
                params={"conversation_id": log["data"][0]["id"]},
            )
        ).json()
        assert conforms(messages, SHAPES["chat_messages"]["page_fields"]) == []
        assert all(
            conforms(m, SHAPES["chat_messages"]["item_fields"]) == [] for m in messages["data"]
        )
        spent_token = ok.cookies["refresh_token"]
        refreshed = await raw.post("/refresh-token")
        assert (refreshed.status_code, refreshed.json()) == (200, SHAPES["refresh"]["ok"]["body"])
        raw.cookies.clear()
        raw.cookies.set("refresh_token", spent_token)
        spent = await raw.post("/refresh-token")
        assert (spent.status_code, spent.json()) == (401, SHAPES["refresh"]["spent_token"]["body"])
        raw.cookies.clear()
        none = await raw.post("/refresh-token")
        assert (none.status_code, none.json()) == (401, SHAPES["refresh"]["no_cookie"]["body"])
