"""A pure-python model of Dify's GET /conversations keyset paging (no HTTP), for paging tests.

As the real server: ordered by the sort value only, ties in an arbitrary order that changes from
request to request; ``last_id`` -> rows strictly beyond that row's value; ``has_more`` only on a
full page, true when some row lies strictly beyond the last returned row's value.
"""

from __future__ import annotations

import random
from collections.abc import Coroutine, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from dify_desktop.api import NotFoundError, Page

T = TypeVar("T")


@dataclass(frozen=True)
class Row:
    id: str
    ts: int


class FakeKeysetServer:
    def __init__(self, rows: Sequence[Row], *, descending: bool, seed: int = 0) -> None:
        self.rows = list(rows)
        self.descending = descending
        self.by_id = {r.id: r for r in rows}
        self.rng = random.Random(seed)
        self.requests = 0

    def _sort_value(self, row: Row) -> int:
        return -row.ts if self.descending else row.ts

    def page(self, last_id: str | None, limit: int) -> Page[Row]:
        self.requests += 1
        # A fresh arbitrary order inside each tie group on every request.
        ordered = sorted(self.rows, key=lambda r: (self._sort_value(r), self.rng.random()))
        if last_id is not None:
            ref = self.by_id.get(last_id)
            if ref is None:
                raise NotFoundError("Last Conversation Not Exists.", status=404, code="not_found")
            ordered = [r for r in ordered if self._sort_value(r) > self._sort_value(ref)]
        page = ordered[:limit]
        has_more = False
        if page and len(page) == limit:
            edge = self._sort_value(page[-1])
            has_more = any(self._sort_value(r) > edge for r in self.rows)
        return Page(data=tuple(page), has_more=has_more, limit=limit)

    async def list_page(self, last_id: str | None, limit: int) -> Page[Row]:
        return self.page(last_id, limit)


def run(coro: Coroutine[Any, Any, T]) -> T:
    """Run a coroutine that never really suspends (the fake answers synchronously)."""
    try:
        coro.send(None)
    except StopIteration as stop:
        return stop.value  # type: ignore[no-any-return]
    coro.close()
    raise AssertionError("the coroutine suspended")


def rows_from_groups(group_sizes: Sequence[int], gaps: Sequence[int] | None = None) -> list[Row]:
    """Rows whose timestamps form groups of the given sizes (ids unique)."""
    rows: list[Row] = []
    ts = 1_700_000_000
    for index, size in enumerate(group_sizes):
        ts += 1 + (gaps[index] if gaps is not None and index < len(gaps) else 0)
        first = len(rows)
        rows.extend([Row(id=f"r{first + i:05d}", ts=ts) for i in range(size)])
    return rows


def naive_listing(server: FakeKeysetServer, limit: int) -> list[str]:
    """What a client that trusts last_id = last row and has_more gets."""
    ids: list[str] = []
    last_id: str | None = None
    while True:
        page = server.page(last_id, limit)
        ids.extend(r.id for r in page.data)
        if not page.has_more or not page.data:
            return ids
        last_id = page.data[-1].id
