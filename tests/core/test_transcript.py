"""The transcript feed against the demo server: newest page first, every message once, each
batch strictly older than what was handed out before (a view only prepends), a second that a page
may have cut held back until it is complete; comments found in the feedback list; variables'
values parsed as JSON, else as a Python literal (never evaluated), else kept raw."""

from __future__ import annotations

import itertools
from typing import Any

import pytest

from dify_desktop.api import DifyClient, time_order
from dify_desktop.core.transcript import (
    FeedbackComments,
    TranscriptFeed,
    TranscriptOutcome,
    ValueKind,
    load_variables,
    parse_value,
)

T0 = 1_767_000_000
USER = "transcript-core-user"


def conversation(server: Any, seconds: list[int]) -> tuple[str, list[str]]:
    cid = server.store.add_conversation(USER, "feed", created_at=T0)
    ids = [
        server.store.add_message(cid, f"q{s}.{k}", "a", created_at=T0 + s)
        for s, count in enumerate(seconds)
        for k in range(count)
    ]
    return cid, ids


@pytest.mark.asyncio
async def test_batches_only_ever_go_back_in_time(demo_server: Any) -> None:
    cid, ids = conversation(demo_server, [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5])
    async with DifyClient(demo_server.base_url, demo_server.api_key) as client:
        feed = TranscriptFeed(client, cid, USER, page_size=10)
        batches = []
        while not feed.exhausted:
            batch = await feed.load_older()
            assert batch, "every call hands out something until the end"
            batches.append(batch)
        assert await feed.load_older() == []
    for newer, older in itertools.pairwise(batches):
        assert max(m.created_at for m in older) < min(m.created_at for m in newer)
    assert [m.id for m in feed.messages] == [m.id for m in time_order(feed.messages)]
    assert sorted(m.id for m in feed.messages) == sorted(ids)
    assert feed.outcome is TranscriptOutcome.COMPLETE and not feed.unreachable_seconds


@pytest.mark.asyncio
async def test_a_second_over_a_page_is_unreachable_and_said(demo_server: Any) -> None:
    cid, _ = conversation(demo_server, [2, 9, 1])
    async with DifyClient(demo_server.base_url, demo_server.api_key) as client:
        feed = TranscriptFeed(client, cid, USER, page_size=5)
        assert feed.outcome is TranscriptOutcome.PARTIAL
        await feed.load_all()
    assert feed.outcome is TranscriptOutcome.UNREACHABLE
    assert [t.timestamp() for t in feed.unreachable_seconds] == [T0 + 1]


@pytest.mark.asyncio
async def test_comments_come_from_the_feedback_list(demo_server: Any) -> None:
    cid, ids = conversation(demo_server, [1, 1, 1])
    demo_server.store.set_feedback(ids[0], "dislike", "Wrong table", created_at=T0 + 50)
    demo_server.store.set_feedback(ids[2], "like", None, created_at=T0 + 60)
    async with DifyClient(demo_server.base_url, demo_server.api_key) as client:
        comments = FeedbackComments(client)
        found = await comments.find({ids[0], ids[2]})
        variables = await load_variables(client, cid, USER)
    assert found == {ids[0]: "Wrong table", ids[2]: None}
    assert comments.comment(ids[0]) == "Wrong table"
    assert variables == []


@pytest.mark.parametrize(
    ("text", "value_type", "kind", "value"),
    [
        ('{"a": 1}', "object", ValueKind.JSON, {"a": 1}),
        ("{'a': 1, 'b': [True, None]}", "object", ValueKind.PYTHON, {"a": 1, "b": [True, None]}),
        ("['x', 'y']", "array[string]", ValueKind.PYTHON, ["x", "y"]),
        ("3.5", "number", ValueKind.JSON, 3.5),
        ("True", "boolean", ValueKind.PYTHON, True),
        ("42", "string", ValueKind.RAW, "42"),  # a string variable is its text
        ("{'not': closed", "object", ValueKind.RAW, "{'not': closed"),
        ("__import__('os').system('echo pwned')", "object", ValueKind.RAW, None),
        ("(1).__class__", "object", ValueKind.RAW, None),
        ("[" * 100_000, "array", ValueKind.RAW, None),
    ],
)
def test_values_are_parsed_never_evaluated(
    text: str, value_type: str, kind: ValueKind, value: Any
) -> None:
    parsed = parse_value(text, value_type)
    assert parsed.kind is kind
    assert parsed.value == (text if value is None else value)
