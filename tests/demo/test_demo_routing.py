"""Auth, routing, app state and the app-level routes (/info, /parameters, /site, /meta)."""

from __future__ import annotations

import uuid

import httpx
import pytest
from demo_helpers import TIMEOUT, error_of

from dify_desktop.demo.runner import DemoServer
from dify_desktop.demo.seed import DEFAULT_USER

ROUTES = [
    ("GET", "/info", None),
    ("GET", "/parameters", None),
    ("GET", "/site", None),
    ("GET", "/meta", None),
    ("GET", "/conversations", None),
    ("POST", "/conversations/{cid}/name", {"name": "x"}),
    ("DELETE", "/conversations/{cid}", {}),
    ("GET", "/messages?conversation_id={cid}", None),
    ("GET", "/conversations/{cid}/variables", None),
    ("PUT", "/conversations/{cid}/variables/{vid}", {"value": "x"}),
    ("POST", "/messages/{mid}/feedbacks", {"rating": "like"}),
    ("GET", "/app/feedbacks", None),
    ("GET", "/end-users/{uid}", None),
    ("POST", "/chat-messages", {"query": "hi", "inputs": {}}),
]


def _fill(path: str, srv: DemoServer) -> str:
    conv = srv.store.conversations_of(DEFAULT_USER)[-1]
    return path.format(
        cid=conv.id,
        vid=str(uuid.uuid4()),
        mid=conv.messages[0].id,
        uid=srv.store.end_user(DEFAULT_USER).id,
    )


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": "Bearer wrong-key"},
        {"Authorization": "app-demo"},
        {"Authorization": "Basic YXBwLWRlbW86"},
        {"Authorization": "Bearer"},
        {"Authorization": "bearer app-demo-not"},
    ],
    ids=["none", "wrong", "no-scheme", "basic", "empty-token", "lowercase-wrong"],
)
@pytest.mark.parametrize(("method", "path", "body"), ROUTES, ids=[f"{m} {p}" for m, p, _ in ROUTES])
def test_401_everywhere(
    srv: DemoServer, method: str, path: str, body: object, headers: dict[str, str]
) -> None:
    with httpx.Client(base_url=srv.base_url, headers=headers, timeout=TIMEOUT) as c:
        r = c.request(method, _fill(path, srv), json=body)
    assert error_of(r) == (401, "unauthorized")


def test_401_message_for_wrong_key(srv: DemoServer) -> None:
    r = httpx.get(f"{srv.base_url}/info", headers={"Authorization": "Bearer nope"}, timeout=TIMEOUT)
    assert r.json()["message"] == "Access token is invalid"


def test_401_changes_nothing(srv: DemoServer) -> None:
    cid = srv.store.conversations_of(DEFAULT_USER)[0].id
    r = httpx.post(
        f"{srv.base_url}/conversations/{cid}/name",
        json={"user": DEFAULT_USER, "name": "hacked"},
        headers={"Authorization": "Bearer nope"},
        timeout=TIMEOUT,
    )
    assert r.status_code == 401
    assert srv.store.get_conversation(cid).name != "hacked"  # type: ignore[union-attr]


def test_custom_api_key() -> None:
    with DemoServer(api_key="app-Zx81", seed=False) as s:
        ok = httpx.get(f"{s.base_url}/info", headers={"Authorization": "Bearer app-Zx81"})
        bad = httpx.get(f"{s.base_url}/info", headers={"Authorization": "Bearer app-demo"})
    assert ok.status_code == 200 and bad.status_code == 401


def test_unknown_route_is_json_404(client: httpx.Client) -> None:
    for path in ("/nope", "/conversations/extra/deep/path/x", "/v2/info"):
        assert error_of(client.get(path)) == (404, "not_found")
    r = httpx.get(client.base_url.join("/").copy_with(path="/nope"), timeout=TIMEOUT)
    assert error_of(r) == (404, "not_found")


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("POST", "/info"),
        ("DELETE", "/conversations"),
        ("GET", "/conversations/{cid}/name"),
        ("PUT", "/conversations/{cid}/name"),
        ("POST", "/messages"),
        ("GET", "/chat-messages"),
    ],
)
def test_wrong_method_is_405(srv: DemoServer, client: httpx.Client, method: str, path: str) -> None:
    r = client.request(method, _fill(path, srv))
    assert error_of(r) == (405, "method_not_allowed")


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("POST", "/conversations/not-a-uuid/name"),
        ("DELETE", "/conversations/123"),
        ("GET", "/conversations/abc/variables"),
        ("PUT", "/conversations/abc/variables/def"),
        ("PUT", "/conversations/{cid}/variables/def"),
        ("POST", "/messages/xyz/feedbacks"),
        ("GET", "/end-users/cus_8J2kQ9xLm4"),
        ("GET", "/conversations/abc/name"),
    ],
)
def test_non_uuid_path_id_is_html_404(
    srv: DemoServer, client: httpx.Client, method: str, path: str
) -> None:
    r = client.request(method, _fill(path, srv), json={"user": DEFAULT_USER, "name": "x"})
    assert r.status_code == 404
    assert r.headers["content-type"].startswith("text/html")
    assert "<title>404 Not Found</title>" in r.text


def test_not_chat_app(srv: DemoServer, client: httpx.Client) -> None:
    srv.store.app_mode = "workflow"
    cid = srv.store.conversations_of(DEFAULT_USER)[0].id
    checks = [
        client.get("/conversations", params={"user": DEFAULT_USER}),
        client.post(f"/conversations/{cid}/name", json={"user": DEFAULT_USER, "name": "x"}),
        client.request("DELETE", f"/conversations/{cid}", json={"user": DEFAULT_USER}),
        client.get("/messages", params={"user": DEFAULT_USER, "conversation_id": cid}),
        client.get(f"/conversations/{cid}/variables", params={"user": DEFAULT_USER}),
    ]
    for r in checks:
        assert error_of(r) == (400, "not_chat_app")
    info = client.get("/info").json()
    assert info["mode"] == "workflow"
    assert srv.store.get_conversation(cid).deleted is False  # type: ignore[union-attr]


@pytest.mark.parametrize("mode", ["chat", "agent-chat", "advanced-chat"])
def test_chat_modes_allowed(srv: DemoServer, client: httpx.Client, mode: str) -> None:
    srv.store.app_mode = mode
    assert client.get("/conversations", params={"user": DEFAULT_USER}).status_code == 200


def test_api_disabled_is_403(srv: DemoServer, client: httpx.Client) -> None:
    srv.store.api_enabled = False
    assert error_of(client.get("/info")) == (403, "forbidden")
    assert error_of(client.get("/conversations")) == (403, "forbidden")


def test_info(client: httpx.Client) -> None:
    info = client.get("/info").json()
    assert info == {
        "name": "Acme Support Assistant",
        "description": info["description"],
        "tags": info["tags"],
        "mode": "advanced-chat",
        "author_name": info["author_name"],
    }
    assert isinstance(info["description"], str) and info["tags"]


def test_info_follows_store(srv: DemoServer, client: httpx.Client) -> None:
    srv.store.app_name = "Renamed App"
    assert client.get("/info").json()["name"] == "Renamed App"


def test_parameters(srv: DemoServer, client: httpx.Client) -> None:
    params = client.get("/parameters").json()
    assert params["opening_statement"] == srv.store.opening_statement
    assert params["suggested_questions"]
    assert isinstance(params["user_input_form"], list)
    assert params["system_parameters"]["file_size_limit"] > 0


def test_site_has_nulls_like_the_real_server(client: httpx.Client) -> None:
    site = client.get("/site").json()
    for key in ("chat_color_theme", "description", "copyright", "privacy_policy", "icon_url"):
        assert key in site and site[key] is None
    assert site["title"] and site["default_language"]


def test_meta(client: httpx.Client) -> None:
    assert client.get("/meta").json() == {"tool_icons": {}}


def test_introduction_is_opening_statement_snapshot(srv: DemoServer, client: httpx.Client) -> None:
    srv.store.opening_statement = "Hello from the snapshot"
    cid = srv.store.add_conversation("intro-user", "x")
    srv.store.opening_statement = "Changed later"
    page = client.get("/conversations", params={"user": "intro-user"}).json()
    assert page["data"][0]["id"] == cid
    assert page["data"][0]["introduction"] == "Hello from the snapshot"


def test_error_json_shape_everywhere(srv: DemoServer, client: httpx.Client) -> None:
    cid = srv.store.conversations_of(DEFAULT_USER)[0].id
    for r in (
        client.get("/conversations", params={"limit": 0}),
        client.get("/nope"),
        client.post("/info"),
        client.post(f"/conversations/{cid}/name", content=b"x"),
        client.post(f"/conversations/{cid}/name", json={"user": DEFAULT_USER, "name": "z" * 300}),
    ):
        error_of(r)
