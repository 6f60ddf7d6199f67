"""The listing's fast paths build exactly what the plain code would: every field of a
conversation, every time of day, whatever the server sends."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from typing import Any

import pytest

from dify_desktop.api.models import _RECENT_EPOCHS_MAX, Conversation, epoch_to_utc

ROWS: list[dict[str, Any]] = [
    {
        "id": "c-1",
        "name": "Refund for order 1234",
        "inputs": {"order": "1234"},
        "status": "normal",
        "introduction": "Hello",
        "created_at": 1764600000,
        "updated_at": 1764600100,
    },
    {"id": 7, "name": None, "inputs": None, "status": None, "introduction": None},
    {"id": "c-3", "name": "x", "created_at": "1764600000.5", "updated_at": "soon"},
]


@pytest.mark.parametrize("row", ROWS)
def test_from_json_sets_every_field_as_the_constructor_would(row: dict[str, Any]) -> None:
    built = Conversation.from_json(row)
    expected = Conversation(
        id="" if row.get("id") is None else str(row["id"]),
        name="" if row.get("name") is None else str(row["name"]),
        inputs=dict(row.get("inputs") or {}),
        status="" if row.get("status") is None else str(row["status"]),
        introduction=None if row.get("introduction") is None else str(row["introduction"]),
        created_at=epoch_to_utc(row.get("created_at")),
        updated_at=epoch_to_utc(row.get("updated_at")),
    )
    assert built == expected
    for field in dataclasses.fields(Conversation):
        assert getattr(built, field.name) == getattr(expected, field.name)
    with pytest.raises(dataclasses.FrozenInstanceError):
        built.name = "changed"  # type: ignore[misc]
    assert hash(built.id) == hash(expected.id)


def test_the_inputs_are_a_copy() -> None:
    inputs = {"order": "1"}
    built = Conversation.from_json({"id": "c", "inputs": inputs})
    inputs["order"] = "2"
    assert built.inputs == {"order": "1"}


def test_epochs_read_the_same_past_the_memory_of_recent_ones() -> None:
    start = 1_700_000_000
    values = range(start, start + 2 * _RECENT_EPOCHS_MAX + 3)
    for value in (*values, *values):
        assert epoch_to_utc(value) == datetime.fromtimestamp(value, UTC)
    assert epoch_to_utc(start + 1).tzinfo is UTC


@pytest.mark.parametrize("value", [None, "", "soon", 10**20, -(10**20), [], True])
def test_unreadable_times_are_the_epoch(value: object) -> None:
    expected = datetime.fromtimestamp(0, UTC)
    if value is True:  # a bool is a number to float(): one second past the epoch
        expected = datetime.fromtimestamp(1, UTC)
    assert epoch_to_utc(value) == expected
