"""Contract: the demo server's documented answers validate against Dify's published OpenAPI spec.

The spec is ``tests/contract/openapi_service.json`` (from langgenius/dify-docs, CC BY 4.0; see
``tests/contract/ATTRIBUTION.md``). Its ``servers`` entry holds a variable with a slash that no
validator can match, so it is replaced in memory by the demo server's plain URL. Answers the spec
does not document (401, 415, 405, 500, the HTML 404, nulls in ``/site``) are checked against the
project's notes in the other test modules; here we only check that they are indeed outside the
spec, so the split stays honest.
"""

from __future__ import annotations

import copy
import json
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from demo_helpers import TIMEOUT, sse_events
from openapi_core import OpenAPI
from openapi_core.datatypes import RequestParameters
from openapi_schema_validator import OAS30Validator
from werkzeug.datastructures import Headers, ImmutableMultiDict

from dify_desktop.demo.runner import DemoServer
from dify_desktop.demo.seed import DEFAULT_USER

SPEC_PATH = Path(__file__).resolve().parents[1] / "contract" / "openapi_service.json"


class _Request:
    """An httpx request in openapi-core's Request protocol."""

    def __init__(self, r: httpx.Request) -> None:
        self.host_url = f"{r.url.scheme}://{r.url.netloc.decode()}"
        self.path = r.url.path
        self.full_url_pattern = self.host_url + self.path
        self.method = r.method.lower()
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(list(r.url.params.multi_items())),
            header=Headers(list(r.headers.items())),
            cookie=ImmutableMultiDict(),
            path={},
        )
        self.content_type = r.headers.get("content-type", "")
        self.body = r.content or None


class _Response:
    """An httpx response in openapi-core's Response protocol."""

    def __init__(self, r: httpx.Response) -> None:
        self.status_code = r.status_code
        self.content_type = r.headers.get("content-type", "")
        self.headers = Headers(list(r.headers.items()))
        self.data = r.content


@pytest.fixture(scope="module")
def raw_spec() -> dict[str, Any]:
    with SPEC_PATH.open(encoding="utf-8") as f:
        return json.load(f)


@pytest.fixture(scope="module")
def openapi(raw_spec: dict[str, Any], module_server: DemoServer) -> OpenAPI:
    spec = copy.deepcopy(raw_spec)
    spec["servers"] = [{"url": module_server.base_url}]
    # The real server writes feedback and end-user times without a zone (SERVICE-API-NOTES.md);
    # the spec says date-time. The real server wins: those fields are checked as plain strings.
    for schema in ("FeedbackItem", "EndUserDetail"):
        for field in ("created_at", "updated_at"):
            spec["components"]["schemas"][schema]["properties"][field].pop("format")
    return OpenAPI.from_dict(spec)


class Checker:
    def __init__(self, api: OpenAPI, client: httpx.Client) -> None:
        self.api = api
        self.client = client
        self.checked: list[tuple[str, str, int]] = []

    def __call__(
        self, method: str, path: str, *, spec_request: bool = True, **kwargs: Any
    ) -> httpx.Response:
        """Send, then validate the response (and, unless told otherwise, the request)."""
        r = self.client.request(method, path, **kwargs)
        req = _Request(r.request)
        if spec_request:
            self.api.validate_request(req)
        self.api.validate_response(req, _Response(r))
        self.checked.append((method, r.request.url.path, r.status_code))
        return r


@pytest.fixture
def check(openapi: OpenAPI, client: httpx.Client) -> Iterator[Checker]:
    yield Checker(openapi, client)


def conv_of(srv: DemoServer) -> Any:
    return next(
        c for c in srv.store.conversations_of(DEFAULT_USER) if c.variables and len(c.messages) > 1
    )


def test_app_routes(check: Checker) -> None:
    for path in ("/info", "/parameters", "/meta"):
        assert check("GET", path).status_code == 200
    feedbacks = check("GET", "/app/feedbacks", params={"page": 1, "limit": 20})
    assert feedbacks.json()["data"]


def test_site_is_valid_except_the_documented_nulls(openapi: OpenAPI, client: httpx.Client) -> None:
    r = client.get("/site")
    with pytest.raises(Exception, match="not valid"):
        openapi.validate_response(_Request(r.request), _Response(r))
    # With the null fields filled in, the rest of the answer matches the spec.
    body = r.json()
    nulls = [k for k, v in body.items() if v is None]
    assert sorted(nulls) == sorted(
        ["chat_color_theme", "description", "copyright", "privacy_policy", "icon_url"]
    )
    filled = {k: ("x" if v is None else v) for k, v in body.items()}
    fake = httpx.Response(200, json=filled, request=r.request)
    openapi.validate_response(_Request(r.request), _Response(fake))


def test_conversations_list(srv: DemoServer, check: Checker) -> None:
    for sort_by in ("-updated_at", "updated_at", "-created_at", "created_at"):
        page = check(
            "GET", "/conversations", params={"user": DEFAULT_USER, "sort_by": sort_by}
        ).json()
        check(
            "GET",
            "/conversations",
            params={
                "user": DEFAULT_USER,
                "sort_by": sort_by,
                "limit": 100,
                "last_id": page["data"][-1]["id"],
            },
        )
    check("GET", "/conversations", params={"user": "nobody-yet"})
    check("GET", "/conversations")
    bad = check(
        "GET", "/conversations", params={"user": DEFAULT_USER, "limit": 0}, spec_request=False
    )
    assert bad.status_code == 400
    bad = check(
        "GET", "/conversations", params={"user": DEFAULT_USER, "sort_by": "x"}, spec_request=False
    )
    assert bad.status_code == 400
    missing = check(
        "GET", "/conversations", params={"user": DEFAULT_USER, "last_id": str(uuid.uuid4())}
    )
    assert missing.status_code == 404


def test_rename(srv: DemoServer, check: Checker) -> None:
    conv = conv_of(srv)
    url = f"/conversations/{conv.id}/name"
    assert check("POST", url, json={"user": DEFAULT_USER, "name": "Renamed ✓"}).status_code == 200
    auto = check("POST", url, json={"user": DEFAULT_USER, "auto_generate": True})
    assert auto.status_code == 200
    assert check("POST", url, json={"user": DEFAULT_USER, "name": "  "}).status_code == 400
    empty = srv.store.add_conversation(DEFAULT_USER, "no messages")
    no_msgs = check(
        "POST", f"/conversations/{empty}/name", json={"user": DEFAULT_USER, "auto_generate": True}
    )
    assert no_msgs.status_code == 400
    assert check("POST", url, json={"user": "stranger", "name": "x"}).status_code == 404
    srv.store.auto_generate_mode = "silent"
    assert check("POST", url, json={"user": DEFAULT_USER, "auto_generate": True}).status_code == 200


def test_delete(srv: DemoServer, check: Checker) -> None:
    cid = srv.store.add_conversation(DEFAULT_USER, "bye")
    assert check("DELETE", f"/conversations/{cid}", json={"user": DEFAULT_USER}).status_code == 204
    assert check("DELETE", f"/conversations/{cid}", json={"user": DEFAULT_USER}).status_code == 404


def test_messages(srv: DemoServer, check: Checker) -> None:
    conv = conv_of(srv)
    page = check(
        "GET", "/messages", params={"user": DEFAULT_USER, "conversation_id": conv.id, "limit": 1}
    ).json()
    assert page["has_more"] is True
    check(
        "GET",
        "/messages",
        params={
            "user": DEFAULT_USER,
            "conversation_id": conv.id,
            "first_id": page["data"][0]["id"],
        },
    )
    assert (
        check("GET", "/messages", params={"user": DEFAULT_USER}, spec_request=False).status_code
        == 400
    )
    unknown = check(
        "GET", "/messages", params={"user": DEFAULT_USER, "conversation_id": str(uuid.uuid4())}
    )
    assert unknown.status_code == 404
    # Every seeded message (feedback, multi-language text) matches the schema.
    for c in srv.store.conversations_of(DEFAULT_USER):
        check(
            "GET", "/messages", params={"user": DEFAULT_USER, "conversation_id": c.id, "limit": 100}
        )


def test_variables(srv: DemoServer, check: Checker) -> None:
    conv = conv_of(srv)
    url = f"/conversations/{conv.id}/variables"
    data = check("GET", url, params={"user": DEFAULT_USER, "limit": 2}).json()
    assert data["has_more"] is True
    check("GET", url, params={"user": DEFAULT_USER, "variable_name": "preferences"})
    assert check("GET", url, params={"user": "stranger"}).status_code == 404
    bad = check("GET", url, params={"user": DEFAULT_USER, "limit": 0}, spec_request=False)
    assert bad.status_code == 400
    var = next(v for v in conv.variables if v.value_type == "object")
    put = f"/conversations/{conv.id}/variables/{var.id}"
    assert check("PUT", put, json={"user": DEFAULT_USER, "value": {"a": [1, 2]}}).status_code == 200
    assert check("PUT", put, json={"user": DEFAULT_USER, "value": "text"}).status_code == 400
    missing = f"/conversations/{conv.id}/variables/{uuid.uuid4()}"
    assert check("PUT", missing, json={"user": DEFAULT_USER, "value": "v"}).status_code == 404


def test_feedback_and_end_users(srv: DemoServer, check: Checker) -> None:
    conv = conv_of(srv)
    mid = conv.messages[-1].id
    url = f"/messages/{mid}/feedbacks"
    assert check("POST", url, json={"user": DEFAULT_USER, "rating": "like"}).status_code == 200
    assert check("POST", url, json={"user": DEFAULT_USER, "rating": None}).status_code == 200
    assert (
        check(
            "POST", url, json={"user": DEFAULT_USER, "rating": "meh"}, spec_request=False
        ).status_code
        == 400
    )
    assert check("POST", url, json={"user": "stranger", "rating": "like"}).status_code == 404
    eu = srv.store.end_user(DEFAULT_USER)
    assert check("GET", f"/end-users/{eu.id}").status_code == 200
    assert check("GET", f"/end-users/{uuid.uuid4()}").status_code == 404


def test_chat_blocking(srv: DemoServer, check: Checker) -> None:
    body = {
        "query": "Hello there",
        "inputs": {},
        "user": "contract-user",
        "response_mode": "blocking",
    }
    first = check("POST", "/chat-messages", json=body)
    assert first.status_code == 200
    again = check(
        "POST", "/chat-messages", json={**body, "conversation_id": first.json()["conversation_id"]}
    )
    assert again.status_code == 200
    missing = check("POST", "/chat-messages", json={**body, "conversation_id": str(uuid.uuid4())})
    assert missing.status_code == 404
    assert (
        check(
            "POST", "/chat-messages", json={"user": "x", "inputs": {}}, spec_request=False
        ).status_code
        == 400
    )


def test_chat_streaming_events_match_event_schemas(
    raw_spec: dict[str, Any], client: httpx.Client
) -> None:
    mapping = raw_spec["components"]["schemas"]["ChunkChatEvent"]["discriminator"]["mapping"]
    with client.stream(
        "POST",
        "/chat-messages",
        json={
            "query": "Stream",
            "inputs": {},
            "user": "contract-user",
            "response_mode": "streaming",
        },
    ) as r:
        text = r.read().decode()
    events = [e for e in sse_events(text) if e["event"] != "ping" or len(e) > 1]
    assert events
    for event in events:
        schema = {"$ref": mapping[event["event"]], "components": raw_spec["components"]}
        OAS30Validator(schema).validate(event)


def test_undocumented_answers_are_outside_the_spec(
    srv: DemoServer, openapi: OpenAPI, client: httpx.Client
) -> None:
    """401, 415, 405, 500 and the HTML 404 are real answers the spec does not describe."""
    conv = conv_of(srv)
    cases = [
        httpx.get(f"{srv.base_url}/info", timeout=TIMEOUT),
        client.post(f"/conversations/{conv.id}/name", content=b"x"),
        client.post(
            f"/conversations/{conv.id}/name", json={"user": DEFAULT_USER, "name": "n" * 256}
        ),
        client.post("/conversations/not-a-uuid/name", json={"user": DEFAULT_USER, "name": "x"}),
    ]
    assert [r.status_code for r in cases] == [401, 415, 500, 404]
    for r in cases:
        with pytest.raises(Exception):  # noqa: B017 - any validation failure will do
            openapi.validate_response(_Request(r.request), _Response(r))
