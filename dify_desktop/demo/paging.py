"""Dify's paging, quirks included: keyset cursors on the sort field alone.

* conversations: the next page holds only rows strictly beyond the ``last_id`` row's sort value,
  so rows tied with it are skipped; ``has_more`` (computed only for a full page) says whether any
  row lies strictly beyond the last returned row's value;
* messages: pages run oldest to newest, and ``first_id`` pages back to strictly older seconds
  (so a second cut by the page's limit loses the rest); within one second the order is not the
  order of creation (the real server's is arbitrary: here a fixed scramble of the ids);
* variables: oldest first, ``last_id`` continues with strictly later rows.
"""

from __future__ import annotations

import bisect
import zlib
from collections.abc import Callable, Sequence

from dify_desktop.demo.errors import not_found
from dify_desktop.demo.records import StoredConversation, StoredMessage, StoredVariable
from dify_desktop.demo.rules import SORT_FIELDS


class ConversationOrder:
    """Each user's conversations in page order with their bisect keys, cached per version."""

    def __init__(self) -> None:
        self._cache: dict[tuple[str, str], tuple[int, list[StoredConversation], list[int]]] = {}

    def sorted(
        self,
        user: str,
        sort_by: str,
        version: int,
        rows_of: Callable[[str], list[StoredConversation]],
    ) -> tuple[list[StoredConversation], list[int]]:
        cached = self._cache.get((user, sort_by))
        if cached is not None and cached[0] == version:
            return cached[1], cached[2]
        field_name, descending = SORT_FIELDS[sort_by]
        sign = -1 if descending else 1
        rows = rows_of(user)
        # Sort field only (no id tiebreaker, like the server); within a tie, insertion order.
        rows.sort(key=lambda c: (sign * getattr(c, field_name), c.seq))
        keys = [sign * getattr(c, field_name) for c in rows]
        self._cache[(user, sort_by)] = (version, rows, keys)
        return rows, keys

    def clear(self) -> None:
        self._cache.clear()


def conversation_page(
    rows: Sequence[StoredConversation],
    keys: Sequence[int],
    sort_by: str,
    after: StoredConversation | None,
    limit: int,
) -> tuple[list[StoredConversation], bool]:
    """One page of ``rows`` (sorted by :class:`ConversationOrder`) after the row ``after``."""
    field_name, descending = SORT_FIELDS[sort_by]
    sign = -1 if descending else 1

    def beyond(conv: StoredConversation) -> int:
        return bisect.bisect_right(keys, sign * getattr(conv, field_name))

    start = beyond(after) if after is not None else 0
    page = list(rows[start : start + limit])
    has_more = False
    if len(page) == limit and page:
        has_more = beyond(page[-1]) < len(rows)
    return page, has_more


def message_page(
    messages: Sequence[StoredMessage], first_id: str | None, limit: int
) -> tuple[list[StoredMessage], bool]:
    """A page of messages, oldest to newest, as the server's ``pagination_by_first_id``."""
    newest_first = sorted(messages, key=lambda m: (-m.created_at, _scrambled(m.id)))
    if first_id:
        ref = next((m for m in messages if m.id == first_id), None)
        if ref is None:
            raise not_found("First Message Not Exists.")
        newest_first = [m for m in newest_first if m.created_at < ref.created_at and m.id != ref.id]
    rows = newest_first[: limit + 1]
    has_more = len(rows) > limit
    rows = rows[:limit]
    rows.reverse()
    return rows, has_more


def _scrambled(message_id: str) -> int:
    """An order within one second that is neither creation order nor id order."""
    return zlib.crc32(message_id.encode())


def variable_page(
    variables: Sequence[StoredVariable],
    last_id: str | None,
    limit: int,
    variable_name: str | None,
) -> tuple[list[StoredVariable], bool]:
    """A page of conversation variables, oldest first, optionally only those named so."""
    rows = sorted(variables, key=lambda v: (v.created_at, v.seq))
    if last_id:
        ref = next((v for v in rows if v.id == last_id), None)
        if ref is None:
            raise not_found("Conversation Variable Not Exists.")
        rows = [v for v in rows if v.created_at > ref.created_at]
    if variable_name:
        rows = [v for v in rows if v.name == variable_name]
    page = rows[: limit + 1]
    return page[:limit], len(page) > limit
