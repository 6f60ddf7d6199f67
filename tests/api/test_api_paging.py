"""KeysetPager against a pure-python model of the server's tie-losing keyset paging."""

from __future__ import annotations

import math
from collections import Counter

import pytest
from api_fake_paging import FakeKeysetServer, Row, naive_listing, rows_from_groups, run
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dify_desktop.api import DifyError, KeysetPager, NotFoundError, Page


def make_pager(server: FakeKeysetServer, page_size: int = 100) -> KeysetPager[Row]:
    return KeysetPager(
        server.list_page, key=lambda r: r.ts, id_of=lambda r: r.id, page_size=page_size
    )


def drain(pager: KeysetPager[Row]) -> list[str]:
    ids: list[str] = []
    guard = 0
    while not pager.exhausted:
        ids.extend(r.id for r in run(pager.next_batch()))
        guard += 1
        assert guard < 10_000, "pager does not terminate"
    return ids


@st.composite
def listings(draw: st.DrawFn) -> tuple[list[int], list[int], int, bool, int]:
    page_size = draw(st.integers(min_value=2, max_value=100))
    max_group = draw(st.integers(min_value=1, max_value=page_size))
    groups = draw(st.lists(st.integers(1, max_group), min_size=0, max_size=60))
    gaps = draw(st.lists(st.integers(0, 3), min_size=len(groups), max_size=len(groups)))
    descending = draw(st.booleans())
    seed = draw(st.integers(0, 2**32 - 1))
    return groups, gaps, page_size, descending, seed


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(listings())
def test_every_row_exactly_once_when_groups_fit_a_page(
    case: tuple[list[int], list[int], int, bool, int],
) -> None:
    groups, gaps, page_size, descending, seed = case
    rows = rows_from_groups(groups, gaps)
    server = FakeKeysetServer(rows, descending=descending, seed=seed)
    pager = make_pager(server, page_size)
    ids = drain(pager)

    counts = Counter(ids)
    assert set(counts) == {r.id for r in rows}
    assert all(n == 1 for n in counts.values())
    # Rows come out in sort order (ties in any order).
    ts = [next(r.ts for r in rows if r.id == i) for i in ids]
    assert ts == sorted(ts, reverse=descending)
    # A group filling a whole page is reported (the pager cannot know it was complete); never
    # a false alarm otherwise.
    largest = max(groups, default=0)
    assert bool(pager.incomplete_ties) == (largest >= page_size)
    assert not pager.stalled
    # Cost: every page but the last brings at least page_size - (largest group < page_size) new
    # rows, plus at most one confirming request.
    assert pager.requests == server.requests
    if largest < page_size:
        assert pager.requests <= math.ceil(len(rows) / (page_size - largest)) + 1
        assert pager.complete


@settings(max_examples=150, deadline=None)
@given(
    page_size=st.integers(2, 30),
    groups=st.lists(st.integers(1, 80), min_size=1, max_size=25),
    descending=st.booleans(),
    seed=st.integers(0, 2**32 - 1),
)
def test_groups_larger_than_a_page_are_reported_never_duplicated(
    page_size: int, groups: list[int], descending: bool, seed: int
) -> None:
    rows = rows_from_groups(groups)
    server = FakeKeysetServer(rows, descending=descending, seed=seed)
    pager = make_pager(server, page_size)
    ids = drain(pager)
    assert len(ids) == len(set(ids))
    missing = {r.id for r in rows} - set(ids)
    flagged = set(pager.incomplete_ties)
    # Whatever is missing belongs to a reported group; every group larger than a page is
    # reported; groups of at most page_size rows are complete.
    assert {r.ts for r in rows if r.id in missing} <= flagged
    by_ts = Counter(r.ts for r in rows)
    assert {ts for ts, n in by_ts.items() if n > page_size} <= flagged
    assert all(by_ts[r.ts] > page_size for r in rows if r.id in missing)


def test_naive_paging_loses_rows_on_the_same_data() -> None:
    # 4 conversations within one second, limit=1, -created_at: the real server returned 2.
    rows = rows_from_groups([4])
    assert len(naive_listing(FakeKeysetServer(rows, descending=True), 1)) < 4
    assert len(drain(make_pager(FakeKeysetServer(rows, descending=True), 5))) == 4

    rows = rows_from_groups([1, 3, 7, 2, 99, 1, 50, 50, 12] * 20)
    for descending in (True, False):
        naive = naive_listing(FakeKeysetServer(rows, descending=descending, seed=3), 100)
        assert len(set(naive)) < len(rows)
        full = drain(make_pager(FakeKeysetServer(rows, descending=descending, seed=3)))
        assert sorted(full) == sorted(r.id for r in rows)


def test_request_cost_without_ties_is_one_row_of_overlap_per_page() -> None:
    rows = rows_from_groups([1] * 1000)
    server = FakeKeysetServer(rows, descending=True)
    pager = make_pager(server)
    assert len(drain(pager)) == 1000
    # 100 new rows, then 99 per page (the last row of each page is fetched again) -> 11 pages.
    assert pager.requests == 11 == math.ceil((1000 - 100) / 99) + 1


def test_exact_fit_last_page_is_confirmed_not_trusted() -> None:
    # A full last page ending inside a tie group: has_more says false although rows remain.
    rows = rows_from_groups([95, 10])
    server = FakeKeysetServer(rows, descending=False, seed=1)
    first = server.page(None, 100)
    assert len(first.data) == 100 and first.has_more is False
    pager = make_pager(FakeKeysetServer(rows, descending=False, seed=1))
    assert len(drain(pager)) == 105


def test_batches_for_the_ui_and_async_iteration_agree() -> None:
    rows = rows_from_groups([3, 40, 60, 2, 90, 5])
    pager = make_pager(FakeKeysetServer(rows, descending=True, seed=9))
    batches: list[list[Row]] = []
    while not pager.exhausted:
        batches.append(run(pager.next_batch()))
    assert sum(len(b) for b in batches) == len(rows)
    assert run(pager.next_batch()) == []  # exhausted: no request
    assert pager.requests == len(batches)

    async def collect() -> list[str]:
        return [r.id async for r in make_pager(FakeKeysetServer(rows, descending=True, seed=9))]

    assert sorted(run(collect())) == sorted(r.id for r in rows)


def test_an_error_leaves_the_pager_where_it_was() -> None:
    rows = rows_from_groups([30, 30, 30, 30])
    server = FakeKeysetServer(rows, descending=True)
    failures = iter([False, True, False, False, False, False, False])

    async def flaky(last_id: str | None, limit: int) -> Page[Row]:
        if next(failures):
            raise NotFoundError("boom", status=404, code="not_found")
        return server.page(last_id, limit)

    pager = KeysetPager(flaky, key=lambda r: r.ts, id_of=lambda r: r.id, page_size=50)
    ids = [r.id for r in run(pager.next_batch())]
    with pytest.raises(DifyError):
        run(pager.next_batch())
    assert not pager.exhausted
    while not pager.exhausted:
        ids.extend(r.id for r in run(pager.next_batch()))
    assert sorted(ids) == sorted(r.id for r in rows)


def test_a_page_without_anything_new_stops_instead_of_looping() -> None:
    same = Page(data=(Row("a", 2), Row("b", 1)), has_more=True, limit=2)

    async def stuck(last_id: str | None, limit: int) -> Page[Row]:
        return same

    pager = KeysetPager(stuck, key=lambda r: r.ts, id_of=lambda r: r.id, page_size=2)
    assert [r.id for r in run(pager.next_batch())] == ["a", "b"]
    assert run(pager.next_batch()) == []
    assert pager.exhausted and pager.stalled and not pager.complete


def test_page_size_below_two_is_refused() -> None:
    with pytest.raises(ValueError):
        make_pager(FakeKeysetServer([], descending=True), 1)


def test_empty_listing_takes_one_request() -> None:
    pager = make_pager(FakeKeysetServer([], descending=True))
    assert drain(pager) == []
    assert pager.requests == 1 and pager.complete
