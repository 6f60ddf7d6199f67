"""Listings paged by number, without ``has_more`` (``GET /app/feedbacks``).

The server answers ``{"data": [...]}`` only: no ``has_more``, no total. A page shorter than the
limit asked for (an empty one included) is the last; a full page is never taken as the end.
The pages are numbered from the newest row, so a row added while the listing runs pushes the
others one place down and the next page starts with a row already seen: rows are de-duplicated
by id. A row removed meanwhile (a feedback withdrawn) can make the next page skip one; no page
number can prevent that, and a new listing from page 1 shows the server's state again.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Hashable, Sequence
from typing import Generic, TypeVar

from .errors import InvalidParamError

__all__ = ["FEEDBACK_PAGE_LIMIT", "NumberedPager", "check_page_limit"]

T = TypeVar("T")

#: The largest ``limit`` GET /app/feedbacks accepts (102 is refused with 400 invalid_param).
FEEDBACK_PAGE_LIMIT = 101

#: ``list_page(page, limit)`` fetches page ``page`` (1-based).
NumberedPage = Callable[[int, int], Awaitable[Sequence[T]]]


def check_page_limit(page: int, limit: int, largest: int) -> None:
    """Refuse, before any request, what the server would refuse (400 invalid_param)."""
    if page < 1:
        raise InvalidParamError("page must be 1 or more.", status=400, code="invalid_param")
    if not 1 <= limit <= largest:
        raise InvalidParamError(
            f"limit must be between 1 and {largest}.", status=400, code="invalid_param"
        )


class NumberedPager(Generic[T]):
    """Every row of a page-numbered listing once, a page at a time."""

    def __init__(
        self,
        list_page: NumberedPage[T],
        key: Callable[[T], Hashable],
        page_size: int = FEEDBACK_PAGE_LIMIT,
        largest: int = FEEDBACK_PAGE_LIMIT,
    ) -> None:
        check_page_limit(1, page_size, largest)
        self._list_page = list_page
        self._key = key
        self.page_size = page_size
        self._next_page = 1
        self._seen: set[Hashable] = set()
        self.exhausted = False

    async def next_batch(self) -> list[T]:
        """The next page's rows not reported before ([] once exhausted)."""
        if self.exhausted:
            return []
        rows = await self._list_page(self._next_page, self.page_size)
        self._next_page += 1
        if len(rows) < self.page_size:
            self.exhausted = True
        fresh: list[T] = []
        for row in rows:
            k = self._key(row)
            if k not in self._seen:
                self._seen.add(k)
                fresh.append(row)
        return fresh

    def __aiter__(self) -> NumberedPager[T]:
        return self

    async def __anext__(self) -> list[T]:
        if self.exhausted:
            raise StopAsyncIteration
        return await self.next_batch()
