"""The rename history (committed as each rename finishes), undo of the last action, revert with
conflict detection, and pins - against the demo server."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from dify_desktop.core.bulk import Action, BulkJob, ItemKind
from dify_desktop.core.history import Entry, History
from dify_desktop.core.local_db import open_local_db
from dify_desktop.core.pins import Pins
from dify_desktop.core.rename import Origin, Outcome, RenameRequest
from dify_desktop.core.session import connect
from dify_desktop.core.undo import LastAction, carry_out, plan
from dify_desktop.demo.faults import Fault
from tests.core.bulk_kit import PROFILE, SORT, desk

PREFIX = "[T-9] "


@pytest.mark.asyncio
async def test_each_rename_is_committed_to_the_file_before_the_call_returns(
    demo_server: Any, tmp_path: Path
) -> None:
    user = "history-file"
    demo_server.store.add_conversation(user, "Old", messages=[("Hi", "Hello")])
    path = tmp_path / "local.sqlite3"
    db = await open_local_db(path)
    session = await connect(demo_server.base_url, demo_server.api_key)
    session.observe_renames(History(db).observer(PROFILE))
    try:
        conv = (await session.feed(user, SORT).next_batch())[0]
        await session.rename(RenameRequest(conv, user, "  New\tname ", False))
        with sqlite3.connect(path) as other:  # another connection sees it: committed
            rows = other.execute(
                "SELECT profile, user, conversation_id, old_name, sent_name, new_name, origin,"
                " auto, job_id, outcome FROM renames"
            ).fetchall()
        other.close()
    finally:
        await session.close()
        db.close()
    assert rows == [
        (PROFILE, user, conv.id, "Old", "New name", "New name", "single", 0, None, "renamed")
    ]


@pytest.mark.asyncio
async def test_the_history_filters_by_user_and_conversation_and_clears(demo_server: Any) -> None:
    async with desk(demo_server, "history-filter", ["A", "B"]) as d:
        a, b = await d.rows()
        await d.session.rename(RenameRequest(a, d.user, "A2", False))
        await d.session.rename(RenameRequest(b, d.user, "B2", False))
        assert [e.new_name for e in await d.history.entries(PROFILE)] == ["B2", "A2"]
        only_a = await d.history.entries(PROFILE, user=d.user, conversation=a.id)
        assert [e.new_name for e in only_a] == ["A2"]
        assert await d.history.entries(PROFILE, user="someone-else") == []
        assert await d.history.entries("another-profile") == []
        assert await d.history.clear(PROFILE) == 2
        assert await d.history.entries(PROFILE) == []


@pytest.mark.asyncio
async def test_the_re_read_settles_uncertain_renames_in_the_history_and_for_undo(
    demo_server: Any,
) -> None:
    async with desk(demo_server, "history-settle", ["A", "B", "C"]) as d:
        a, b, c = sorted(await d.rows(), key=lambda r: r.name)
        last = LastAction()
        d.history.recorded.append(last.note)
        d.history.settled.append(last.settle)
        for conv, kind in ((a, "reset_mid_body"), (b, "drop")):  # saved / never arrived
            demo_server.faults.add(
                Fault(method="POST", path=f"/conversations/{conv.id}/name", kind=kind)
            )
        demo_server.store.delete_conversation(c.id)  # gone: the re-read cannot tell
        demo_server.faults.add(
            Fault(method="POST", path=f"/conversations/{c.id}/name", kind="drop")
        )
        await BulkJob(d.session, d.user, Action.PREFIX, [a, b, c], prefix=PREFIX).run()
        entries = {e.conversation_id: e for e in await d.history.entries(PROFILE)}
        assert len(entries) == 3  # updated in place, never a second entry
        assert (entries[a.id].outcome, entries[a.id].new_name) == (
            Outcome.RENAMED,
            PREFIX + "A",
        )
        assert (entries[b.id].outcome, entries[b.id].new_name) == (Outcome.FAILED, "B")
        assert (entries[c.id].outcome, entries[c.id].new_name) == (Outcome.UNCERTAIN, None)
        # undo puts back what was really changed: the settled rename of A
        assert [e.conversation_id for e in last.entries()] == [a.id]


def test_a_settled_entry_of_an_older_action_does_not_become_the_last_action() -> None:
    def entry(id_: int, job: str | None, outcome: Outcome) -> Entry:
        return Entry(
            id_, 0.0, PROFILE, "u", f"c{id_}", "Old", "New", "New" if outcome is
            Outcome.RENAMED else None, Origin.SINGLE, False, job, outcome,
        )  # fmt: skip

    last = LastAction()
    last.note(entry(1, None, Outcome.UNCERTAIN))
    last.note(entry(2, "job-2", Outcome.RENAMED))
    last.settle(entry(1, None, Outcome.RENAMED))  # the first rename, settled later
    assert [e.id for e in last.entries()] == [2]
    last.note(entry(3, None, Outcome.UNCERTAIN))
    assert last.entries() == []
    last.settle(entry(3, None, Outcome.RENAMED))
    assert [e.id for e in last.entries()] == [3]
    last.forget()  # a cleared history starts its ids again: a new entry is still the last action
    last.note(entry(1, None, Outcome.RENAMED))
    assert [e.id for e in last.entries()] == [1]


@pytest.mark.asyncio
async def test_undo_puts_a_whole_job_back_and_is_recorded(demo_server: Any) -> None:
    async with desk(demo_server, "undo-job", ["A", "B", "C"]) as d:
        before = d.names()
        last = LastAction()
        d.history.recorded.append(last.note)
        job = BulkJob(d.session, d.user, Action.PREFIX, await d.rows(), prefix=PREFIX)
        await job.run()
        assert len(last.entries()) == 3
        undo = await plan(d.session, last.entries(), SORT)
        steps = undo.to_run(include_conflicts=False)
        assert len(steps) == 3 and not undo.conflicts
        results = await carry_out(d.session, steps, undo.user, Origin.UNDO).run()
        assert {r.value.kind for r in results if r.value} == {ItemKind.RENAMED}
        assert d.names() == before
        undone = await d.history.entries(PROFILE)
        assert [e.origin for e in undone[:3]] == [Origin.UNDO] * 3
        assert len(last.entries()) == 3  # an undo is not an action to undo


@pytest.mark.asyncio
async def test_revert_names_a_conflict_when_someone_else_renamed_since(demo_server: Any) -> None:
    async with desk(demo_server, "revert-conflict", ["Original"]) as d:
        (conv,) = await d.rows()
        await d.session.rename(RenameRequest(conv, d.user, "Mine", False))
        (entry,) = await d.history.entries(PROFILE)
        demo_server.store.rename_direct(conv.id, "Theirs")
        revert = await plan(d.session, [entry], SORT)
        (conflict,) = revert.conflicts
        assert conflict.current is not None and conflict.current.name == "Theirs"
        assert conflict.entry.new_name == "Mine" and conflict.entry.old_name == "Original"
        assert revert.to_run(include_conflicts=False) == []
        await carry_out(
            d.session, revert.to_run(include_conflicts=True), d.user, Origin.REVERT
        ).run()
        assert d.names() == {conv.id: "Original"}
        newest = (await d.history.entries(PROFILE))[0]
        assert (newest.origin, newest.old_name, newest.new_name) == (
            Origin.REVERT,
            "Theirs",
            "Original",
        )


@pytest.mark.asyncio
async def test_undo_skips_what_is_gone_or_cannot_be_put_back(demo_server: Any) -> None:
    async with desk(demo_server, "undo-gone", ["", "B"]) as d:
        blank, b = sorted(await d.rows(), key=lambda c: c.name)
        await d.session.rename(RenameRequest(blank, d.user, "Named", False))
        await d.session.rename(RenameRequest(b, d.user, "B2", False))
        entries = await d.history.entries(PROFILE)
        demo_server.store.delete_conversation(b.id)
        undo = await plan(d.session, entries, SORT)
        assert [s.entry.conversation_id for s in undo.gone] == [b.id]
        assert [s.entry.conversation_id for s in undo.impossible] == [blank.id]  # blank: refused
        assert undo.to_run(include_conflicts=True) == []


@pytest.mark.asyncio
async def test_a_failed_rename_is_recorded_with_what_was_sent(demo_server: Any) -> None:
    async with desk(demo_server, "history-failed", ["A"]) as d:
        (conv,) = await d.rows()
        demo_server.store.delete_conversation(conv.id)
        await d.session.rename(RenameRequest(conv, d.user, "Too late", False))
        (entry,) = await d.history.entries(PROFILE)
        assert (entry.outcome, entry.sent_name, entry.new_name) == (
            Outcome.FAILED,
            "Too late",
            None,
        )
        assert not entry.changed_name


@pytest.mark.asyncio
async def test_pins_per_profile_and_user(demo_server: Any) -> None:
    async with desk(demo_server, "pins", ["A", "B"]) as d:
        a, b = await d.rows()
        pins = Pins(d.history.db)
        await pins.pin(PROFILE, d.user, a)
        await pins.pin(PROFILE, d.user, b)
        await pins.unpin(PROFILE, d.user, b.id)
        assert list(await pins.pinned(PROFILE, d.user)) == [a.id]
        assert (await pins.pinned(PROFILE, d.user))[a.id].name == a.name
        assert await pins.pinned(PROFILE, "other-user") == {}
        assert await pins.pinned("other-profile", d.user) == {}
