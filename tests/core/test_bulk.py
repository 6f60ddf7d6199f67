"""Bulk jobs against the demo server: prefix, auto-generate, delete; a server error and Cancel in
the middle; the re-read before a job; every outcome in the history."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from dify_desktop.core.bulk import Action, BulkJob, ItemKind, prefixed, recheck
from dify_desktop.core.jobs import ItemState, Progress
from dify_desktop.core.problems import ProblemId
from dify_desktop.core.rename import Origin, Outcome
from dify_desktop.demo.faults import Fault
from tests.core.bulk_kit import PROFILE, SORT, desk

PREFIX = "[T-1234] "


def test_the_prefix_is_kept_as_typed_and_never_added_twice() -> None:
    assert prefixed("Refund", PREFIX) == "[T-1234] Refund"
    assert prefixed("[T-1234] Refund", PREFIX) is None
    assert prefixed("Refund", "  x ") == "  x Refund"


@pytest.mark.asyncio
async def test_add_prefix_renames_each_exactly_and_records_the_history(demo_server: Any) -> None:
    names = ["Refund", "[T-1234] Already tagged", "x" * 250, "Delivery"]
    async with desk(demo_server, "bulk-prefix", names) as d:
        rows = await d.rows()
        progress: list[Progress] = []
        job = BulkJob(
            d.session, d.user, Action.PREFIX, rows, prefix=PREFIX, on_progress=progress.append
        )
        results = await job.run()
        by_name = {r.item.name: r for r in results}
        assert by_name["Refund"].value is not None
        assert by_name["Refund"].value.kind is ItemKind.RENAMED
        tagged = by_name["[T-1234] Already tagged"].value
        assert tagged is not None and tagged.kind is ItemKind.UNCHANGED
        assert tagged.problem is not None and tagged.problem.id is ProblemId.PREFIX_PRESENT
        long = by_name["x" * 250]
        assert long.state is ItemState.FAILED and long.value is not None
        assert long.value.problem is not None and long.value.problem.id is ProblemId.NAME_TOO_LONG
        assert sorted(d.names().values()) == sorted(
            ["[T-1234] Refund", "[T-1234] Already tagged", "x" * 250, "[T-1234] Delivery"]
        )
        assert progress[-1].finished and (progress[-1].done, progress[-1].failed) == (3, 1)

        entries = await d.history.entries(PROFILE, user=d.user)
        assert len(entries) == 2  # only what was sent is a rename
        assert {e.new_name for e in entries} == {"[T-1234] Refund", "[T-1234] Delivery"}
        assert all(e.origin is Origin.BULK and e.job == job.id for e in entries)
        assert all(e.sent_name == e.new_name and e.outcome is Outcome.RENAMED for e in entries)


@pytest.mark.asyncio
async def test_a_server_error_mid_job_fails_those_items_and_the_rest_are_done(
    demo_server: Any,
) -> None:
    async with desk(demo_server, "bulk-errors", [f"Row {n}" for n in range(8)], size=2) as d:
        rows = await d.rows()
        victims = {rows[3].id, rows[5].id}
        for cid in victims:
            demo_server.faults.add(
                Fault(method="POST", path=f"/conversations/{cid}/name", status=500, times=1)
            )
        results = await BulkJob(d.session, d.user, Action.PREFIX, rows, prefix=PREFIX).run()
        failed = {r.item.id for r in results if r.state is ItemState.FAILED}
        assert failed == victims
        for r in results:
            assert r.value is not None and r.value.after is not None
            # every row as the job leaves it matches the server
            assert d.names()[r.item.id] == r.value.after.name
        entries = await d.history.entries(PROFILE)
        assert sorted(e.outcome.value for e in entries) == sorted(
            [Outcome.FAILED.value] * 2 + [Outcome.RENAMED.value] * 6
        )


@pytest.mark.asyncio
async def test_cancel_mid_job_finishes_the_items_in_flight_and_starts_no_more(
    demo_server: Any,
) -> None:
    async with desk(demo_server, "bulk-cancel", [f"Row {n}" for n in range(12)], size=2) as d:
        rows = await d.rows()
        demo_server.latency_ms = 30
        jobs: list[BulkJob] = []

        def cancel_after_three(p: Progress) -> None:
            if p.done == 3:
                jobs[0].cancel()

        job = BulkJob(
            d.session, d.user, Action.PREFIX, rows, prefix=PREFIX, on_progress=cancel_after_three
        )
        jobs.append(job)
        results = await job.run()
        demo_server.latency_ms = 0
        done = [r for r in results if r.state is ItemState.DONE]
        assert 3 <= len(done) <= 5  # the three, and those in flight when Cancel came
        assert all(r.state is ItemState.NOT_STARTED for r in results[len(done) :])
        for r in results:
            expected = PREFIX + r.item.name if r.state is ItemState.DONE else r.item.name
            assert d.names()[r.item.id] == expected


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("mode", "kind"),
    [("model", ItemKind.RENAMED), ("silent", ItemKind.UNCHANGED), ("blank", ItemKind.UNCHANGED)],
)
async def test_bulk_auto_generate_reports_what_the_server_did(
    demo_server: Any, mode: str, kind: ItemKind
) -> None:
    async with desk(demo_server, f"bulk-auto-{mode}", ["One", "Two"]) as d:
        demo_server.store.auto_generate_mode = mode
        results = await BulkJob(d.session, d.user, Action.AUTO, await d.rows()).run()
        assert {r.value.kind for r in results if r.value} == {kind}
        if mode != "model":
            assert sorted(d.names().values()) == ["One", "Two"]  # a blanked name is put back
        entries = await d.history.entries(PROFILE)
        assert all(e.auto and e.sent_name is None for e in entries)


@pytest.mark.asyncio
async def test_bulk_delete_counts_an_already_gone_conversation_as_done(demo_server: Any) -> None:
    async with desk(demo_server, "bulk-delete", ["A", "B", "C"]) as d:
        rows = await d.rows()
        demo_server.store.delete_conversation(rows[0].id)
        results = await BulkJob(d.session, d.user, Action.DELETE, rows).run()
        assert [r.value.kind for r in results if r.value] == [
            ItemKind.NOT_FOUND,
            ItemKind.DELETED,
            ItemKind.DELETED,
        ]
        assert all(r.state is ItemState.DONE for r in results)
        assert d.names() == {}


@pytest.mark.asyncio
async def test_an_uncertain_item_is_re_read_after_the_job(demo_server: Any) -> None:
    async with desk(demo_server, "bulk-unsure", ["A", "B"]) as d:
        rows = await d.rows()
        demo_server.faults.add(
            Fault(method="POST", path=f"/conversations/{rows[0].id}/name", kind="reset_mid_body")
        )
        results = await BulkJob(d.session, d.user, Action.PREFIX, rows, prefix=PREFIX).run()
        first = results[0].value
        assert first is not None and first.kind is ItemKind.RENAMED  # the server did save it
        assert first.after is not None and first.after.name == PREFIX + rows[0].name


@pytest.mark.asyncio
async def test_the_re_read_before_a_job_finds_rows_changed_or_gone_on_the_server(
    demo_server: Any,
) -> None:
    async with desk(demo_server, "bulk-recheck", ["A", "B", "C"]) as d:
        rows = await d.rows()
        by_name = {r.name: r for r in rows}
        demo_server.store.rename_direct(by_name["B"].id, "B (edited elsewhere)")
        demo_server.store.delete_conversation(by_name["C"].id)
        found = await recheck(d.session, d.user, rows, SORT)
        assert [(a.name, b.name) for a, b in found.changed] == [("B", "B (edited elsewhere)")]
        assert [c.name for c in found.gone] == ["C"]
        assert [c.name for c in found.unchanged()] == ["A"]


@pytest.mark.asyncio
async def test_single_saves_and_job_items_share_one_limit(demo_server: Any) -> None:
    async with desk(demo_server, "bulk-limit", [f"Row {n}" for n in range(6)], size=2) as d:
        rows = await d.rows()
        demo_server.latency_ms = 40
        peak = 0

        async def watch() -> None:
            nonlocal peak
            while True:
                peak = max(peak, d.session.limiter.in_flight)
                await asyncio.sleep(0.002)

        watcher = asyncio.ensure_future(watch())
        from dify_desktop.core.rename import RenameRequest

        await asyncio.gather(
            BulkJob(d.session, d.user, Action.PREFIX, rows[:4], prefix=PREFIX).run(),
            d.session.rename(RenameRequest(rows[4], d.user, "Single", False)),
            d.session.delete(rows[5].id, d.user),
        )
        watcher.cancel()
        demo_server.latency_ms = 0
        assert peak == 2
