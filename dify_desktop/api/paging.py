"""Complete listings over Dify's keyset paging, which loses rows at timestamp ties.

The server's paging (``GET /conversations``)
---------------------------------------------
Rows are ordered by the sort field alone (``updated_at`` or ``created_at``, whole seconds) with no
id tiebreaker, so rows that share a timestamp come back in an arbitrary order that may differ from
one request to the next. A request with ``last_id=X`` returns the first ``limit`` rows whose sort
value lies *strictly beyond* X's sort value. So following ``last_id = last row of the page`` skips
every row that shares the last row's timestamp but did not fit on the page, and ``has_more`` (rows
strictly beyond the last row's value) says false when the final page ends inside such a tie group.

The strategy
------------
Every request returns rows starting at the beginning of a tie group: the first request
(``last_id=None``) starts at the very first row, and a request with a cursor starts at the first
value beyond the cursor's. Within a page, every tie group is therefore complete except, possibly,
the *trailing* group (the rows sharing the last row's timestamp T): only that one can be cut off by
the limit. So the next request does not continue from the last row but from the row just *before*
the trailing group (the last row whose timestamp differs from T). That request starts exactly at
T's group and returns all of it (it has fewer than ``page_size`` rows) followed by further rows.
Rows are de-duplicated by id, so the re-fetched part of a group is not reported twice. The listing
ends only on a page shorter than ``page_size`` with ``has_more`` false; a full page is never taken
as the end, whatever ``has_more`` says.

Cost: no extra request per page, but consecutive pages overlap by their trailing tie group (at
least the last row itself, which can never be known to be the end of its group). A listing of N
rows therefore takes about ``ceil(N / (page_size - g)) + 1`` requests, where g is the typical size
of the group at a page end (1 without ties: about 1 % more requests than naive paging with 100-row
pages), the ``+ 1`` being the confirming request after a full last page. Naive paging takes
``ceil(N / page_size)`` requests but silently loses rows.

Limits
------
- A tie group of up to ``page_size`` rows (100 with the default, the server's largest page) is
  listed completely. When a whole page shares one timestamp the client cannot tell whether the
  group has exactly ``page_size`` rows or more: it takes the page, continues beyond that timestamp,
  records the timestamp in :attr:`KeysetPager.incomplete_ties` and logs a warning. Rows of a group
  larger than ``page_size`` beyond the first page are unreachable by any cursor.
- The data must not change during the listing: a row whose timestamp changes mid-listing (a rename
  bumps ``updated_at``) can be missed or move. Duplicates are still never reported; a page that
  brings nothing new while more is claimed stops the listing (``stalled``) instead of looping.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Hashable
from typing import Generic, TypeVar

from .models import Page

__all__ = ["DEFAULT_PAGE_SIZE", "KeysetPager", "ListPage"]

T = TypeVar("T")

#: The server's largest page, which also bounds the tie groups that can be listed completely.
DEFAULT_PAGE_SIZE = 100

#: ``list_page(last_id, limit)`` fetches one page of the server's keyset listing.
ListPage = Callable[[str | None, int], Awaitable[Page[T]]]

log = logging.getLogger("dify_desktop.api")


class KeysetPager(Generic[T]):
    """Lists every row of a keyset-paged route exactly once, one request per :meth:`next_batch`.

    ``key(row)`` is the row's sort value (equal values = a tie group); ``id_of(row)`` its unique
    id, also used as ``last_id``. Use it batch by batch (``await pager.next_batch()`` until
    :attr:`exhausted`) or as an async iterator (``async for row in pager``), not both at once.
    Errors of ``list_page`` propagate unchanged; the pager stays where it was, so calling
    :meth:`next_batch` again retries the same request.
    """

    def __init__(
        self,
        list_page: ListPage[T],
        *,
        key: Callable[[T], Hashable],
        id_of: Callable[[T], str],
        page_size: int = DEFAULT_PAGE_SIZE,
    ) -> None:
        if page_size < 2:
            raise ValueError("page_size must be at least 2")
        self._list_page = list_page
        self._key = key
        self._id_of = id_of
        self._page_size = page_size
        self._cursor: str | None = None
        self._seen: set[str] = set()
        self._exhausted = False
        self._buffer: list[T] = []
        #: Sort values of tie groups that filled a whole page: rows of these groups beyond the
        #: first ``page_size`` could not be reached (empty when the listing is complete).
        self.incomplete_ties: list[Hashable] = []
        #: True when a page brought no new row although more were claimed (the data changed
        #: during the listing or the server misbehaved); the listing stopped there.
        self.stalled = False
        #: Requests made so far.
        self.requests = 0

    @property
    def exhausted(self) -> bool:
        """True once the listing is complete: :meth:`next_batch` would return nothing."""
        return self._exhausted

    @property
    def complete(self) -> bool:
        """True when the listing ended and nothing is known to be missing."""
        return self._exhausted and not self.incomplete_ties and not self.stalled

    async def next_batch(self) -> list[T]:
        """Make one request; return the rows not returned before, in the server's order.
        An empty list is possible (the last request may only confirm the end)."""
        if self._exhausted:
            return []
        page = await self._list_page(self._cursor, self._page_size)
        self.requests += 1
        rows = list(page.data)
        new: list[T] = []
        for row in rows:
            row_id = self._id_of(row)
            if row_id not in self._seen:
                self._seen.add(row_id)
                new.append(row)
        self._advance(rows, page.has_more)
        if new or self._exhausted:
            return new
        # A page that is not the last always brings a new row when the data does not change
        # (see the module docstring); stop rather than loop if the data changed under us.
        self.stalled = True
        self._exhausted = True
        log.warning("listing stopped: a page brought no new rows (did the data change?)")
        return new

    def _advance(self, rows: list[T], has_more: bool) -> None:
        full = len(rows) >= self._page_size
        if not rows or (not full and not has_more):
            # A short page holds everything beyond the cursor: every group on it is complete.
            self._exhausted = True
            return
        last_key = self._key(rows[-1])
        start = len(rows) - 1
        while start > 0 and self._key(rows[start - 1]) == last_key:
            start -= 1
        if start > 0:
            # Continue from the row just before the trailing group: the next page starts at that
            # group and holds all of it.
            self._cursor = self._id_of(rows[start - 1])
            return
        # The whole page shares one timestamp: continue beyond it.
        if full:
            self.incomplete_ties.append(last_key)
            log.warning(
                "%d or more rows share the sort value %s: rows of that group beyond the "
                "first %d cannot be listed (the server pages by timestamp only)",
                len(rows),
                last_key,
                self._page_size,
            )
        self._cursor = self._id_of(rows[-1])
        if not has_more:
            self._exhausted = True

    def __aiter__(self) -> KeysetPager[T]:
        return self

    async def __anext__(self) -> T:
        while not self._buffer:
            if self._exhausted:
                raise StopAsyncIteration
            self._buffer = await self.next_batch()
            self._buffer.reverse()
        return self._buffer.pop()
