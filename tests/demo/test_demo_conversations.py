"""GET /conversations, POST /conversations/{id}/name, DELETE /conversations/{id}: the notes' rules."""

from __future__ import annotations

import uuid

import httpx
import pytest
from demo_helpers import error_of, ids, names

from dify_desktop.demo.runner import DemoServer
from dify_desktop.demo.seed import DEFAULT_USER, EMPTY_USER, SEED_USERS

T0 = 1_767_000_000


def add_many(srv: DemoServer, user: str, stamps: list[int], *, messages: bool = True) -> list[str]:
    return [
        srv.store.add_conversation(
            user,
            f"conv {i}",
            created_at=ts,
            updated_at=ts,
            messages=[(f"question {i}", "answer")] if messages else [],
        )
        for i, ts in enumerate(stamps)
    ]


# --------------------------------------------------------------------------- listing


def test_default_user_first_page(client: httpx.Client) -> None:
    page = client.get("/conversations", params={"user": DEFAULT_USER}).json()
    assert page["limit"] == 20
    assert page["has_more"] is True
    assert len(page["data"]) == 20
    first = page["data"][0]
    assert set(first) == {
        "id",
        "name",
        "inputs",
        "status",
        "introduction",
        "created_at",
        "updated_at",
    }
    assert first["status"] == "normal"
    stamps = [c["updated_at"] for c in page["data"]]
    assert stamps == sorted(stamps, reverse=True)
    assert all(isinstance(s, int) for s in stamps)


@pytest.mark.parametrize(
    ("sort_by", "field", "reverse"),
    [
        ("-updated_at", "updated_at", True),
        ("updated_at", "updated_at", False),
        ("-created_at", "created_at", True),
        ("created_at", "created_at", False),
    ],
)
def test_sort_orders(client: httpx.Client, sort_by: str, field: str, reverse: bool) -> None:
    page = client.get(
        "/conversations", params={"user": DEFAULT_USER, "sort_by": sort_by, "limit": 100}
    ).json()
    values = [c[field] for c in page["data"]]
    assert len(values) == 40
    assert values == sorted(values, reverse=reverse)


def test_user_scoping(srv: DemoServer, client: httpx.Client) -> None:
    mine = srv.store.add_conversation("alice", "Alice's")
    page = client.get("/conversations", params={"user": "bob"}).json()
    assert page == {"limit": 20, "has_more": False, "data": []}
    assert ids(client.get("/conversations", params={"user": "alice"}).json()) == [mine]
    # Another user's id is "not found", never "forbidden".
    r = client.post(f"/conversations/{mine}/name", json={"user": "bob", "name": "x"})
    assert error_of(r) == (404, "not_found")
    assert r.json()["message"] == "Conversation Not Exists."
    r = client.request("DELETE", f"/conversations/{mine}", json={"user": "bob"})
    assert error_of(r) == (404, "not_found")
    assert srv.store.get_conversation(mine).deleted is False  # type: ignore[union-attr]


def test_unknown_user_is_created_silently(srv: DemoServer, client: httpx.Client) -> None:
    assert "never-seen-before" not in srv.store.end_users
    page = client.get("/conversations", params={"user": "never-seen-before"}).json()
    assert page["data"] == [] and page["has_more"] is False
    assert "never-seen-before" in srv.store.end_users


def test_omitted_user_is_default_user(srv: DemoServer, client: httpx.Client) -> None:
    cid = srv.store.add_conversation("DEFAULT-USER", "anonymous one")
    listed = ids(client.get("/conversations", params={"limit": 100}).json())
    assert cid in listed
    assert cid not in ids(client.get("/conversations", params={"user": "someone"}).json())


def test_seed_users_are_scoped(client: httpx.Client) -> None:
    counts = {
        user: len(client.get("/conversations", params={"user": user, "limit": 100}).json()["data"])
        for user in SEED_USERS
    }
    assert counts[DEFAULT_USER] == 40
    assert counts[EMPTY_USER] == 0
    assert sum(1 for n in counts.values() if n > 0) >= 5


@pytest.mark.parametrize(
    "params",
    [
        {"limit": "0"},
        {"limit": "101"},
        {"limit": "ten"},
        {"limit": "2.5"},
        {"limit": ""},
        {"sort_by": "name"},
        {"sort_by": ""},
        {"last_id": "not-a-uuid"},
        {"last_id": "123"},
    ],
)
def test_invalid_params(client: httpx.Client, params: dict[str, str]) -> None:
    r = client.get("/conversations", params={"user": DEFAULT_USER, **params})
    assert error_of(r) == (400, "invalid_param")


@pytest.mark.parametrize("limit", ["1", "100"])
def test_limit_bounds_accepted(client: httpx.Client, limit: str) -> None:
    r = client.get("/conversations", params={"user": DEFAULT_USER, "limit": limit})
    assert r.status_code == 200
    assert r.json()["limit"] == int(limit)
    assert len(r.json()["data"]) == min(int(limit), 40)


def test_empty_last_id_is_absent(client: httpx.Client) -> None:
    a = client.get("/conversations", params={"user": DEFAULT_USER, "last_id": ""}).json()
    b = client.get("/conversations", params={"user": DEFAULT_USER}).json()
    assert a == b


def test_invisible_last_id_is_404(srv: DemoServer, client: httpx.Client) -> None:
    other = srv.store.add_conversation("someone-else", "theirs")
    deleted = srv.store.add_conversation(DEFAULT_USER, "gone")
    srv.store.delete_conversation(deleted)
    for last_id in (other, deleted, str(uuid.uuid4())):
        r = client.get("/conversations", params={"user": DEFAULT_USER, "last_id": last_id})
        assert error_of(r) == (404, "not_found")
        assert r.json()["message"] == "Last Conversation Not Exists."


# --------------------------------------------------------------------------- keyset paging quirks


def naive_pages(client: httpx.Client, user: str, limit: int, sort_by: str) -> list[str]:
    seen: list[str] = []
    last_id = ""
    for _ in range(100):
        page = client.get(
            "/conversations",
            params={"user": user, "limit": limit, "sort_by": sort_by, "last_id": last_id},
        ).json()
        seen += ids(page)
        if not page["has_more"] or not page["data"]:
            return seen
        last_id = page["data"][-1]["id"]
    raise AssertionError("paging did not end")


def test_tie_rows_are_skipped_by_naive_paging(srv: DemoServer, client: httpx.Client) -> None:
    # The notes' observation: 4 conversations created within one second (here: across a second
    # boundary, two per second), limit=1, sort_by=-created_at -> only 2 came back.
    made = add_many(srv, "tie-user", [T0 + 1, T0 + 1, T0, T0])
    seen = naive_pages(client, "tie-user", 1, "-created_at")
    assert len(seen) == 2
    assert seen == [made[0], made[2]]


def test_all_in_one_second_naive_paging_sees_one(srv: DemoServer, client: httpx.Client) -> None:
    add_many(srv, "tie-user", [T0, T0, T0, T0])
    assert len(naive_pages(client, "tie-user", 1, "-created_at")) == 1
    assert len(naive_pages(client, "tie-user", 4, "-created_at")) == 4


def test_next_page_is_strictly_beyond_boundary(srv: DemoServer, client: httpx.Client) -> None:
    made = add_many(srv, "tie-user", [T0 + 3, T0 + 2, T0 + 2, T0 + 2, T0 + 1])
    first = client.get(
        "/conversations", params={"user": "tie-user", "limit": 2, "sort_by": "-updated_at"}
    ).json()
    assert ids(first) == made[:2]  # within a tie: insertion order
    assert first["has_more"] is True
    second = client.get(
        "/conversations",
        params={
            "user": "tie-user",
            "limit": 2,
            "sort_by": "-updated_at",
            "last_id": ids(first)[-1],
        },
    ).json()
    # made[2] and made[3] share the boundary row's second: skipped.
    assert ids(second) == [made[4]]
    assert second["has_more"] is False


def test_has_more_false_at_tie_even_though_rows_remain(
    srv: DemoServer, client: httpx.Client
) -> None:
    add_many(srv, "tie-user", [T0 + 5, T0, T0, T0])
    page = client.get("/conversations", params={"user": "tie-user", "limit": 2}).json()
    assert len(page["data"]) == 2
    assert page["has_more"] is False  # two more rows at T0 exist


def test_has_more_false_on_exact_fit(srv: DemoServer, client: httpx.Client) -> None:
    add_many(srv, "fit-user", [T0 + 3, T0 + 2, T0 + 1, T0])
    page = client.get("/conversations", params={"user": "fit-user", "limit": 4}).json()
    assert len(page["data"]) == 4
    assert page["has_more"] is False
    page = client.get("/conversations", params={"user": "fit-user", "limit": 3}).json()
    assert page["has_more"] is True


@pytest.mark.parametrize("sort_by", ["created_at", "updated_at"])
def test_ascending_paging_skips_ties_too(
    srv: DemoServer, client: httpx.Client, sort_by: str
) -> None:
    made = add_many(srv, "asc-user", [T0, T0 + 1, T0 + 1, T0 + 2])
    seen = naive_pages(client, "asc-user", 2, sort_by)
    assert seen == [made[0], made[1], made[3]]


def test_seed_first_page_ends_inside_a_tie(client: httpx.Client) -> None:
    """The seed is built so naive paging of DEFAULT_USER loses rows at the page boundary."""
    seen = naive_pages(client, DEFAULT_USER, 20, "-updated_at")
    assert len(seen) < 40
    assert len(set(seen)) == len(seen)


def test_created_tie_group_in_seed(srv: DemoServer) -> None:
    from collections import Counter

    convs = srv.store.conversations_of(DEFAULT_USER)
    created = Counter(c.created_at for c in convs)
    updated = Counter(c.updated_at for c in convs)
    assert max(created.values()) >= 4
    assert max(updated.values()) >= 4
    assert max(updated.values()) < 100


# --------------------------------------------------------------------------- rename


def test_manual_rename_stored_exactly_and_bumps_updated_at(
    srv: DemoServer, client: httpx.Client
) -> None:
    srv.store.clock = lambda: 1_900_000_000.7
    cid = srv.store.add_conversation(DEFAULT_USER, "old", created_at=T0, updated_at=T0)
    r = client.post(
        f"/conversations/{cid}/name", json={"user": DEFAULT_USER, "name": "  Ünïcode 🎉 "}
    )
    assert r.status_code == 200
    body = r.json()
    assert body["name"] == "  Ünïcode 🎉 "
    assert body["updated_at"] == 1_900_000_000
    assert body["created_at"] == T0
    conv = srv.store.get_conversation(cid)
    assert conv is not None and conv.name == "  Ünïcode 🎉 "
    top = client.get("/conversations", params={"user": DEFAULT_USER, "limit": 1}).json()
    assert ids(top) == [cid]


@pytest.mark.parametrize(
    "payload",
    [
        {"name": ""},
        {"name": "   "},
        {"name": "\t\n"},
        {},
        {"name": None},
        {"auto_generate": False},
        {"name": "", "auto_generate": False},
    ],
)
def test_rename_requires_name(srv: DemoServer, client: httpx.Client, payload: dict) -> None:
    cid = srv.store.conversations_of(DEFAULT_USER)[0].id
    r = client.post(f"/conversations/{cid}/name", json={"user": DEFAULT_USER, **payload})
    assert error_of(r) == (400, "invalid_param")
    assert r.json()["message"] == "name is required when auto_generate is false"


def test_rename_255_ok_256_is_500(srv: DemoServer, client: httpx.Client) -> None:
    cid = srv.store.add_conversation(DEFAULT_USER, "before", created_at=T0, updated_at=T0)
    ok = client.post(f"/conversations/{cid}/name", json={"user": DEFAULT_USER, "name": "x" * 255})
    assert ok.status_code == 200 and ok.json()["name"] == "x" * 255
    r = client.post(f"/conversations/{cid}/name", json={"user": DEFAULT_USER, "name": "y" * 256})
    assert error_of(r) == (500, "unknown")
    assert srv.store.get_conversation(cid).name == "x" * 255  # type: ignore[union-attr]


def test_auto_generate_model(srv: DemoServer, client: httpx.Client) -> None:
    query = "how do i return a jacket that was the wrong size and get my money back quickly?" * 2
    cid = srv.store.add_conversation(
        DEFAULT_USER,
        "keep me?",
        created_at=T0,
        updated_at=T0 + 60,
        messages=[(query, "sure"), ("second question", "ok")],
    )
    r = client.post(
        f"/conversations/{cid}/name",
        json={"user": DEFAULT_USER, "auto_generate": True, "name": "ignored"},
    )
    assert r.status_code == 200
    body = r.json()
    assert body["name"] not in ("keep me?", "ignored")
    assert body["name"].startswith("How Do I Return")
    assert len(body["name"]) <= 78
    assert body["updated_at"] == T0 + 60


def test_auto_generate_uses_first_query(srv: DemoServer, client: httpx.Client) -> None:
    cid = srv.store.add_conversation(
        DEFAULT_USER, "n", messages=[("first one", "a"), ("second one", "b")]
    )
    r = client.post(
        f"/conversations/{cid}/name", json={"user": DEFAULT_USER, "auto_generate": True}
    )
    assert r.json()["name"] == "First One"


def test_auto_generate_without_messages(srv: DemoServer, client: httpx.Client) -> None:
    cid = srv.store.add_conversation(DEFAULT_USER, "empty")
    r = client.post(
        f"/conversations/{cid}/name", json={"user": DEFAULT_USER, "auto_generate": True}
    )
    assert error_of(r) == (400, "invalid_param")
    assert r.json()["message"] == ""


def test_auto_generate_silent(srv: DemoServer, client: httpx.Client) -> None:
    srv.store.auto_generate_mode = "silent"
    cid = srv.store.add_conversation(
        DEFAULT_USER, "unchanged", created_at=T0, updated_at=T0, messages=[("q", "a")]
    )
    r = client.post(
        f"/conversations/{cid}/name", json={"user": DEFAULT_USER, "auto_generate": True}
    )
    assert r.status_code == 200
    assert r.json()["name"] == "unchanged"
    assert r.json()["updated_at"] == T0


def test_auto_generate_blank(srv: DemoServer, client: httpx.Client) -> None:
    srv.store.auto_generate_mode = "blank"
    cid = srv.store.add_conversation(DEFAULT_USER, "was named", messages=[("q", "a")])
    r = client.post(
        f"/conversations/{cid}/name", json={"user": DEFAULT_USER, "auto_generate": True}
    )
    assert r.status_code == 200 and r.json()["name"] == ""


def test_rename_unknown_and_deleted(srv: DemoServer, client: httpx.Client) -> None:
    r = client.post(f"/conversations/{uuid.uuid4()}/name", json={"user": DEFAULT_USER, "name": "x"})
    assert error_of(r) == (404, "not_found")
    cid = srv.store.add_conversation(DEFAULT_USER, "doomed")
    srv.store.delete_conversation(cid)
    r = client.post(f"/conversations/{cid}/name", json={"user": DEFAULT_USER, "name": "x"})
    assert error_of(r) == (404, "not_found")


def test_rename_validation_comes_before_lookup(client: httpx.Client) -> None:
    r = client.post(f"/conversations/{uuid.uuid4()}/name", json={"user": DEFAULT_USER, "name": " "})
    assert error_of(r) == (400, "invalid_param")


@pytest.mark.parametrize(
    ("content", "headers"),
    [
        (b'{"name": "x"}', {}),
        (b"name=x", {"Content-Type": "application/x-www-form-urlencoded"}),
        (b"name: x", {"Content-Type": "text/plain"}),
    ],
)
def test_rename_body_not_json_is_415(
    srv: DemoServer, client: httpx.Client, content: bytes, headers: dict[str, str]
) -> None:
    cid = srv.store.conversations_of(DEFAULT_USER)[0].id
    r = client.post(f"/conversations/{cid}/name", content=content, headers=headers)
    assert error_of(r) == (415, "unsupported_media_type")


def test_rename_broken_json_is_400(srv: DemoServer, client: httpx.Client) -> None:
    cid = srv.store.conversations_of(DEFAULT_USER)[0].id
    r = client.post(
        f"/conversations/{cid}/name",
        content=b'{"name": ',
        headers={"Content-Type": "application/json"},
    )
    assert error_of(r) == (400, "bad_request")


# --------------------------------------------------------------------------- delete


def test_delete(srv: DemoServer, client: httpx.Client) -> None:
    cid = srv.store.add_conversation(DEFAULT_USER, "to delete")
    r = client.request("DELETE", f"/conversations/{cid}", json={"user": DEFAULT_USER})
    assert r.status_code == 204
    assert r.content == b""
    assert srv.store.get_conversation(cid).deleted is True  # type: ignore[union-attr]
    assert cid not in ids(
        client.get("/conversations", params={"user": DEFAULT_USER, "limit": 100}).json()
    )
    again = client.request("DELETE", f"/conversations/{cid}", json={"user": DEFAULT_USER})
    assert error_of(again) == (404, "not_found")
    msgs = client.get("/messages", params={"user": DEFAULT_USER, "conversation_id": cid})
    assert error_of(msgs) == (404, "not_found")


def test_delete_without_json_body_is_415(srv: DemoServer, client: httpx.Client) -> None:
    cid = srv.store.add_conversation(DEFAULT_USER, "stays")
    r = client.delete(f"/conversations/{cid}", params={"user": DEFAULT_USER})
    assert error_of(r) == (415, "unsupported_media_type")
    r = client.request("DELETE", f"/conversations/{cid}", content=b"user=x")
    assert error_of(r) == (415, "unsupported_media_type")
    assert srv.store.get_conversation(cid).deleted is False  # type: ignore[union-attr]


def test_delete_unknown_is_404(client: httpx.Client) -> None:
    r = client.request("DELETE", f"/conversations/{uuid.uuid4()}", json={"user": DEFAULT_USER})
    assert error_of(r) == (404, "not_found")


def test_delete_without_user_targets_default_user(srv: DemoServer, client: httpx.Client) -> None:
    mine = srv.store.add_conversation(DEFAULT_USER, "mine")
    anon = srv.store.add_conversation("DEFAULT-USER", "anonymous")
    assert client.request("DELETE", f"/conversations/{mine}", json={}).status_code == 404
    assert client.request("DELETE", f"/conversations/{anon}", json={}).status_code == 204


def test_names_are_rich_in_seed(client: httpx.Client) -> None:
    all_names = names(
        client.get("/conversations", params={"user": DEFAULT_USER, "limit": 100}).json()
    )
    assert "New conversation" in all_names
    assert any("<b>html</b>" in n for n in all_names)
    assert any(len(n) > 200 for n in all_names)
    assert any(any("\u0600" <= ch <= "\u06ff" for ch in n) for n in all_names)
    assert any(any(ord(ch) > 0x1F000 for ch in n) for n in all_names)
    assert any(n != n.strip() for n in all_names)
