"""Every message of a conversation exactly once, despite ``GET /messages`` losing ties.

The server's paging (``GET /messages``)
---------------------------------------
Each page is oldest to newest; the first page holds the newest ``limit`` messages and
``first_id=X`` returns the newest ``limit`` messages *strictly older* than X's second. Messages
are ordered by ``created_at`` (whole seconds) alone: within one second the order is arbitrary
(even inside one page), and following ``first_id = page.data[0].id`` skips every message sharing
that message's second that did not fit on the page (measured on Dify 1.13.2: 23-24 of 30).

The strategy
------------
Read newest to oldest, this is the conversation listing turned around: a page reversed is a page
of :class:`~dify_desktop.api.paging.KeysetPager` (sorted by ``created_at`` descending, the
cursor's second excluded). The pager continues from the message just *newer* than the page's
oldest second, so the next page starts with that whole second again, and de-duplicates by id.
Every message arrives exactly once; a second shared by more than ``page_size`` messages (100)
cannot be reached completely by any cursor and is reported in :attr:`MessagePager.incomplete_ties`.

Messages are shown ordered by :func:`time_order`: ``created_at``, then the id, so one second's
messages always come in the same order (the true order within a second cannot be recovered:
``parent_message_id`` is the nil UUID for messages sent through the service API).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING

from .models import Page
from .paging import DEFAULT_PAGE_SIZE, KeysetPager, ListPage

if TYPE_CHECKING:
    from .detail_models import Message

__all__ = ["MessagePager", "time_order", "time_order_key"]


def time_order_key(message: Message) -> tuple[datetime, str]:
    """Oldest first; within one second by id (deterministic, not the true order)."""
    return message.created_at, message.id


def time_order(messages: Iterable[Message]) -> list[Message]:
    return sorted(messages, key=time_order_key)


class MessagePager(KeysetPager["Message"]):  # a name: Message is made when first used
    """Newest to oldest, one request per :meth:`next_batch` (rows newest first, each once).

    ``list_page(first_id, limit)`` is one page of ``GET /messages`` as the server sends it
    (oldest to newest).
    """

    def __init__(self, list_page: ListPage[Message], *, page_size: int = DEFAULT_PAGE_SIZE) -> None:
        async def newest_first(first_id: str | None, limit: int) -> Page[Message]:
            page = await list_page(first_id, limit)
            return Page(data=list(reversed(page.data)), has_more=page.has_more, limit=page.limit)

        super().__init__(
            newest_first, key=lambda m: m.created_at, id_of=lambda m: m.id, page_size=page_size
        )
