"""GET /messages, conversation variables, feedback, end users and POST /chat-messages."""

from __future__ import annotations

import uuid

import httpx
import pytest
from demo_helpers import error_of, ids, sse_events

from dify_desktop.demo.runner import DemoServer
from dify_desktop.demo.seed import DEFAULT_USER
from dify_desktop.demo.seed_feedback import GONE_USER

T0 = 1_767_000_000


def conversation_with(srv: DemoServer, n: int, *, user: str = "msg-user", step: int = 10) -> str:
    cid = srv.store.add_conversation(user, "messages", created_at=T0)
    for i in range(n):
        srv.store.add_message(cid, f"q{i}", f"a{i}", created_at=T0 + i * step)
    return cid


# --------------------------------------------------------------------------- messages


def test_message_shape(srv: DemoServer, client: httpx.Client) -> None:
    conv = srv.store.conversations_of(DEFAULT_USER)[-1]
    page = client.get("/messages", params={"user": DEFAULT_USER, "conversation_id": conv.id}).json()
    assert page["limit"] == 20 and page["has_more"] is False
    msg = page["data"][0]
    for key in (
        "id",
        "conversation_id",
        "parent_message_id",
        "inputs",
        "query",
        "answer",
        "status",
        "error",
        "feedback",
        "message_files",
        "retriever_resources",
        "agent_thoughts",
        "created_at",
        "extra_contents",
    ):
        assert key in msg
    assert msg["conversation_id"] == conv.id
    assert msg["status"] == "normal"


def test_pages_oldest_to_newest_and_first_id_goes_back(
    srv: DemoServer, client: httpx.Client
) -> None:
    cid = conversation_with(srv, 7)
    first = client.get(
        "/messages", params={"user": "msg-user", "conversation_id": cid, "limit": 3}
    ).json()
    assert [m["query"] for m in first["data"]] == ["q4", "q5", "q6"]
    assert first["has_more"] is True
    second = client.get(
        "/messages",
        params={
            "user": "msg-user",
            "conversation_id": cid,
            "limit": 3,
            "first_id": first["data"][0]["id"],
        },
    ).json()
    assert [m["query"] for m in second["data"]] == ["q1", "q2", "q3"]
    assert second["has_more"] is True
    third = client.get(
        "/messages",
        params={
            "user": "msg-user",
            "conversation_id": cid,
            "limit": 3,
            "first_id": second["data"][0]["id"],
        },
    ).json()
    assert [m["query"] for m in third["data"]] == ["q0"]
    assert third["has_more"] is False


def test_has_more_exact_fit_for_messages(srv: DemoServer, client: httpx.Client) -> None:
    cid = conversation_with(srv, 3)
    page = client.get("/messages", params={"user": "msg-user", "conversation_id": cid, "limit": 3})
    assert page.json()["has_more"] is False


def test_first_id_skips_same_second(srv: DemoServer, client: httpx.Client) -> None:
    cid = conversation_with(srv, 4, step=0)  # all four in one second
    first = client.get(
        "/messages", params={"user": "msg-user", "conversation_id": cid, "limit": 2}
    ).json()
    assert len(first["data"]) == 2
    back = client.get(
        "/messages",
        params={
            "user": "msg-user",
            "conversation_id": cid,
            "limit": 2,
            "first_id": first["data"][0]["id"],
        },
    ).json()
    assert back["data"] == []


def test_parent_message_ids_chain(srv: DemoServer, client: httpx.Client) -> None:
    cid = conversation_with(srv, 3)
    data = client.get("/messages", params={"user": "msg-user", "conversation_id": cid}).json()[
        "data"
    ]
    assert data[0]["parent_message_id"] is None
    assert data[1]["parent_message_id"] == data[0]["id"]
    assert data[2]["parent_message_id"] == data[1]["id"]


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"conversation_id": ""},
        {"conversation_id": "nope"},
        {"conversation_id": "{cid}", "limit": "0"},
        {"conversation_id": "{cid}", "limit": "101"},
        {"conversation_id": "{cid}", "first_id": "bad"},
    ],
)
def test_messages_400(srv: DemoServer, client: httpx.Client, params: dict[str, str]) -> None:
    cid = srv.store.conversations_of(DEFAULT_USER)[0].id
    filled = {k: v.format(cid=cid) for k, v in params.items()}
    r = client.get("/messages", params={"user": DEFAULT_USER, **filled})
    assert error_of(r) == (400, "invalid_param")


def test_messages_404(srv: DemoServer, client: httpx.Client) -> None:
    cid = srv.store.conversations_of(DEFAULT_USER)[0].id
    wrong_user = client.get("/messages", params={"user": "other", "conversation_id": cid})
    assert error_of(wrong_user) == (404, "not_found")
    unknown = client.get(
        "/messages", params={"user": DEFAULT_USER, "conversation_id": str(uuid.uuid4())}
    )
    assert error_of(unknown) == (404, "not_found")
    bad_first = client.get(
        "/messages",
        params={"user": DEFAULT_USER, "conversation_id": cid, "first_id": str(uuid.uuid4())},
    )
    assert error_of(bad_first) == (404, "not_found")


# --------------------------------------------------------------------------- variables


def seeded_with_variables(srv: DemoServer) -> str:
    return next(c.id for c in srv.store.conversations_of(DEFAULT_USER) if c.variables)


def test_variables_values_are_python_repr(srv: DemoServer, client: httpx.Client) -> None:
    cid = seeded_with_variables(srv)
    data = client.get(f"/conversations/{cid}/variables", params={"user": DEFAULT_USER}).json()
    by_name = {v["name"]: v for v in data["data"]}
    assert by_name["customer_tier"]["value"] == "gold"
    assert by_name["open_tickets"]["value"] == "2"
    assert by_name["preferences"]["value"] == (
        "{'language': 'en', 'contact': 'email', 'newsletter': False}"
    )
    assert by_name["viewed_articles"]["value"] == "['Returns policy', 'Shipping times']"
    assert by_name["viewed_articles"]["value_type"] == "array[string]"
    assert all(isinstance(v["value"], str) for v in data["data"])
    assert {"id", "name", "value_type", "value", "description", "created_at", "updated_at"} <= set(
        data["data"][0]
    )


def test_variables_paging_and_filter(srv: DemoServer, client: httpx.Client) -> None:
    cid = srv.store.add_conversation("var-user", "vars", created_at=T0)
    for i in range(5):
        srv.store.add_variable(cid, f"v{i}", "number", i, created_at=T0 + i)
    first = client.get(
        f"/conversations/{cid}/variables", params={"user": "var-user", "limit": 2}
    ).json()
    assert [v["name"] for v in first["data"]] == ["v0", "v1"] and first["has_more"] is True
    rest = client.get(
        f"/conversations/{cid}/variables",
        params={"user": "var-user", "limit": 5, "last_id": first["data"][-1]["id"]},
    ).json()
    assert [v["name"] for v in rest["data"]] == ["v2", "v3", "v4"] and rest["has_more"] is False
    only = client.get(
        f"/conversations/{cid}/variables", params={"user": "var-user", "variable_name": "v3"}
    ).json()
    assert [v["name"] for v in only["data"]] == ["v3"]


def test_variables_scoped(srv: DemoServer, client: httpx.Client) -> None:
    cid = seeded_with_variables(srv)
    r = client.get(f"/conversations/{cid}/variables", params={"user": "intruder"})
    assert error_of(r) == (404, "not_found")
    r = client.get(f"/conversations/{cid}/variables", params={"user": DEFAULT_USER, "limit": "0"})
    assert error_of(r) == (400, "invalid_param")


@pytest.mark.parametrize(
    ("name", "value", "shown"),
    [
        ("customer_tier", "platinum", "platinum"),
        ("open_tickets", 5, "5"),
        ("preferences", {"a": 1}, "{'a': 1}"),
        ("viewed_articles", ["x", "y"], "['x', 'y']"),
    ],
)
def test_update_variable(
    srv: DemoServer, client: httpx.Client, name: str, value: object, shown: str
) -> None:
    cid = seeded_with_variables(srv)
    var = next(v for v in srv.store.get_conversation(cid).variables if v.name == name)  # type: ignore[union-attr]
    r = client.put(
        f"/conversations/{cid}/variables/{var.id}", json={"user": DEFAULT_USER, "value": value}
    )
    assert r.status_code == 200, r.text
    assert r.json()["value"] == shown
    assert var.value == value


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("customer_tier", 3),
        ("open_tickets", "five"),
        ("preferences", ["not", "an", "object"]),
        ("viewed_articles", {"a": 1}),
        ("viewed_articles", [1, 2]),
    ],
)
def test_update_variable_type_mismatch(
    srv: DemoServer, client: httpx.Client, name: str, value: object
) -> None:
    cid = seeded_with_variables(srv)
    var = next(v for v in srv.store.get_conversation(cid).variables if v.name == name)  # type: ignore[union-attr]
    before = var.value
    r = client.put(
        f"/conversations/{cid}/variables/{var.id}", json={"user": DEFAULT_USER, "value": value}
    )
    assert error_of(r) == (400, "bad_request")
    assert var.value == before


def test_update_variable_errors(srv: DemoServer, client: httpx.Client) -> None:
    cid = seeded_with_variables(srv)
    var = srv.store.get_conversation(cid).variables[0]  # type: ignore[union-attr]
    url = f"/conversations/{cid}/variables/{var.id}"
    assert error_of(client.put(url, json={"user": DEFAULT_USER})) == (400, "invalid_param")
    assert error_of(client.put(url, json={"user": "x", "value": "v"})) == (404, "not_found")
    unknown = f"/conversations/{cid}/variables/{uuid.uuid4()}"
    assert error_of(client.put(unknown, json={"user": DEFAULT_USER, "value": "v"})) == (
        404,
        "not_found",
    )
    assert error_of(client.put(url, content=b"value=v")) == (415, "unsupported_media_type")


# --------------------------------------------------------------------------- feedback, end users


def test_feedback_roundtrip(srv: DemoServer, client: httpx.Client) -> None:
    cid = conversation_with(srv, 1, user="fb-user")
    mid = srv.store.messages_of(cid)[0].id
    r = client.post(
        f"/messages/{mid}/feedbacks",
        json={"user": "fb-user", "rating": "dislike", "content": "meh"},
    )
    assert r.status_code == 200 and r.json() == {"result": "success"}
    msg = client.get("/messages", params={"user": "fb-user", "conversation_id": cid}).json()
    assert msg["data"][0]["feedback"] == {"rating": "dislike"}
    listed = client.get("/app/feedbacks", params={"limit": 101}).json()["data"]
    mine = [f for f in listed if f["message_id"] == mid]
    assert len(mine) == 1 and mine[0]["content"] == "meh" and mine[0]["rating"] == "dislike"
    r = client.post(f"/messages/{mid}/feedbacks", json={"user": "fb-user", "rating": None})
    assert r.status_code == 200
    assert srv.store.get_message(mid).feedback is None  # type: ignore[union-attr]


def test_feedback_errors(srv: DemoServer, client: httpx.Client) -> None:
    cid = conversation_with(srv, 1, user="fb-user")
    mid = srv.store.messages_of(cid)[0].id
    wrong_user = client.post(f"/messages/{mid}/feedbacks", json={"user": "x", "rating": "like"})
    assert error_of(wrong_user) == (404, "not_found")
    bad = client.post(f"/messages/{mid}/feedbacks", json={"user": "fb-user", "rating": "love"})
    assert error_of(bad) == (400, "invalid_param")
    unknown = client.post(
        f"/messages/{uuid.uuid4()}/feedbacks", json={"user": "fb-user", "rating": "like"}
    )
    assert error_of(unknown) == (404, "not_found")


def test_app_feedbacks_lead_to_end_users(srv: DemoServer, client: httpx.Client) -> None:
    """The only discovery path the notes describe: feedbacks -> end user -> external id."""
    feedbacks = client.get("/app/feedbacks", params={"page": 1, "limit": 100}).json()["data"]
    assert len(feedbacks) >= 5
    stamps = [f["created_at"] for f in feedbacks]
    assert stamps == sorted(stamps, reverse=True)
    users = set()
    gone = []
    for fb in feedbacks:
        r = client.get(f"/end-users/{fb['from_end_user_id']}")
        if r.status_code == 200:
            users.add(r.json()["external_user_id"])
        else:
            assert error_of(r) == (404, "end_user_not_found")
            gone.append(fb["conversation_id"])
    assert DEFAULT_USER in users and len(users) >= 3
    # exactly one seeded feedback's end user is gone (seed_feedback.GONE_USER)
    assert [srv.store.conversations[c].user for c in gone] == [GONE_USER]
    page2 = client.get("/app/feedbacks", params={"page": 2, "limit": 3}).json()["data"]
    assert page2 == feedbacks[3:6]


def test_app_feedbacks_validation(client: httpx.Client) -> None:
    assert error_of(client.get("/app/feedbacks", params={"page": 0})) == (400, "invalid_param")
    assert error_of(client.get("/app/feedbacks", params={"limit": 102})) == (400, "invalid_param")


def test_end_user_detail_and_404(srv: DemoServer, client: httpx.Client) -> None:
    eu = srv.store.end_user(DEFAULT_USER)
    body = client.get(f"/end-users/{eu.id}").json()
    assert body["id"] == eu.id and body["external_user_id"] == DEFAULT_USER
    assert body["is_anonymous"] is False
    assert "+" not in body["created_at"] and not body["created_at"].endswith("Z")  # as the real one
    assert error_of(client.get(f"/end-users/{uuid.uuid4()}")) == (404, "end_user_not_found")


# --------------------------------------------------------------------------- chat


def test_chat_blocking_creates_conversation_named_from_query(
    srv: DemoServer, client: httpx.Client
) -> None:
    query = "Where is my order A-99? It has been two weeks and nobody answers my e-mails."
    r = client.post(
        "/chat-messages",
        json={"query": query, "inputs": {}, "user": "chat-user", "response_mode": "blocking"},
    )
    assert r.status_code == 200
    body = r.json()
    assert body["event"] == "message" and body["answer"]
    assert body["mode"] == "advanced-chat"
    conv = srv.store.get_conversation(body["conversation_id"])
    assert conv is not None and conv.user == "chat-user"
    assert conv.name == query[:47] + "..."
    listed = client.get("/conversations", params={"user": "chat-user"}).json()
    assert ids(listed) == [body["conversation_id"]]
    msgs = client.get(
        "/messages", params={"user": "chat-user", "conversation_id": body["conversation_id"]}
    ).json()
    assert [m["query"] for m in msgs["data"]] == [query]
    assert msgs["data"][0]["id"] == body["message_id"]


def test_chat_short_query_name_and_no_auto_name(srv: DemoServer, client: httpx.Client) -> None:
    r = client.post("/chat-messages", json={"query": "Short one", "inputs": {}, "user": "u1"})
    assert srv.store.get_conversation(r.json()["conversation_id"]).name == "Short one"  # type: ignore[union-attr]
    r = client.post(
        "/chat-messages",
        json={"query": "Short one", "inputs": {}, "user": "u1", "auto_generate_name": False},
    )
    assert srv.store.get_conversation(r.json()["conversation_id"]).name == "New conversation"  # type: ignore[union-attr]


def test_chat_into_existing_conversation(srv: DemoServer, client: httpx.Client) -> None:
    srv.store.clock = lambda: T0 + 500
    cid = srv.store.add_conversation("u2", "existing", created_at=T0, messages=[("q", "a")])
    r = client.post(
        "/chat-messages",
        json={"query": "follow-up", "inputs": {}, "user": "u2", "conversation_id": cid},
    )
    assert r.json()["conversation_id"] == cid
    conv = srv.store.get_conversation(cid)
    assert conv is not None and len(conv.messages) == 2 and conv.updated_at == T0 + 500
    assert conv.name == "existing"


def test_chat_errors(client: httpx.Client) -> None:
    r = client.post("/chat-messages", json={"inputs": {}, "user": "u"})
    assert error_of(r) == (400, "invalid_param")
    r = client.post("/chat-messages", json={"query": "x", "user": "u"})
    assert error_of(r) == (400, "invalid_param")
    r = client.post(
        "/chat-messages",
        json={"query": "x", "inputs": {}, "user": "u", "conversation_id": str(uuid.uuid4())},
    )
    assert error_of(r) == (404, "not_found")
    r = client.post("/chat-messages", content=b"query=x")
    assert error_of(r) == (415, "unsupported_media_type")


def test_chat_streaming(srv: DemoServer, client: httpx.Client) -> None:
    with client.stream(
        "POST",
        "/chat-messages",
        json={"query": "Stream me", "inputs": {}, "user": "s-user", "response_mode": "streaming"},
    ) as r:
        assert r.status_code == 200
        assert r.headers["content-type"].startswith("text/event-stream")
        text = r.read().decode()
    events = sse_events(text)
    kinds = [e["event"] for e in events]
    assert kinds[0] == "ping"
    assert "workflow_started" in kinds and "workflow_finished" in kinds
    assert kinds[-1] == "message_end"
    assert kinds.count("message") >= 2
    answer = "".join(e["answer"] for e in events if e["event"] == "message")
    conv_id = events[-1]["conversation_id"]
    conv = srv.store.get_conversation(conv_id)
    assert conv is not None and conv.messages[-1].answer == answer
    assert all(line.startswith(("data: ", "event: ")) for line in text.splitlines() if line)


def test_chat_streaming_unknown_conversation_pings_then_stalls(
    srv: DemoServer, client: httpx.Client
) -> None:
    srv.store.unknown_stream_hang_s = 0.2
    with client.stream(
        "POST",
        "/chat-messages",
        json={
            "query": "hello?",
            "inputs": {},
            "user": "s-user",
            "response_mode": "streaming",
            "conversation_id": str(uuid.uuid4()),
        },
    ) as r:
        assert r.status_code == 200
        text = r.read().decode()
    events = sse_events(text)
    assert [e["event"] for e in events] == ["ping", "error"]
    assert events[1]["status"] == 404
