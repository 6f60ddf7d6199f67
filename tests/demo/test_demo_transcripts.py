"""The demo's messages as the real server orders them, and the transcript seed: one second's
messages come back in an order that is neither creation nor id order (the real one is arbitrary),
and the seeded conversations hold what the transcript pane must handle."""

from __future__ import annotations

import httpx

from dify_desktop.demo.runner import DemoServer
from dify_desktop.demo.seed_transcripts import (
    BURST_MESSAGES,
    LONG_MESSAGES,
    TRANSCRIPT_USER,
)

T0 = 1_767_000_000


def test_one_seconds_messages_are_not_in_creation_order(
    srv: DemoServer, client: httpx.Client
) -> None:
    cid = srv.store.add_conversation("order-user", "same second", created_at=T0)
    made = [srv.store.add_message(cid, f"q{i}", "a", created_at=T0) for i in range(12)]
    page = client.get(
        "/messages", params={"user": "order-user", "conversation_id": cid, "limit": 100}
    ).json()
    listed = [m["id"] for m in page["data"]]
    assert sorted(listed) == sorted(made)
    assert listed != made and listed != sorted(made)
    again = client.get(
        "/messages", params={"user": "order-user", "conversation_id": cid, "limit": 100}
    ).json()
    assert [m["id"] for m in again["data"]] == listed  # arbitrary, but the demo's is fixed


def test_the_transcript_seed(srv: DemoServer, client: httpx.Client) -> None:
    convs = {c.name: c for c in srv.store.conversations_of(TRANSCRIPT_USER)}
    long = convs[f"Long conversation ({LONG_MESSAGES} messages)"]
    messages = srv.store.messages_of(long.id)
    assert len(messages) == LONG_MESSAGES + 1
    per_second: dict[int, int] = {}
    for m in messages:
        per_second[m.created_at] = per_second.get(m.created_at, 0) + 1
    assert 50 < max(per_second.values()) < 100  # bursts, all reachable
    assert any(m.status == "error" and m.error for m in messages)
    assert any(m.feedback and m.feedback.content for m in messages)
    assert "| Item | Price | Refund |" in messages[-1].answer
    variables = client.get(
        f"/conversations/{long.id}/variables", params={"user": TRANSCRIPT_USER, "limit": 100}
    ).json()["data"]
    assert {v["value_type"] for v in variables} >= {"string", "number", "object", "boolean"}
    assert any(v["value"].startswith("{'") for v in variables)  # a Python repr
    burst = convs[f"Import burst ({BURST_MESSAGES} in one second)"]
    assert {m.created_at for m in srv.store.messages_of(burst.id)} == {burst.created_at}
