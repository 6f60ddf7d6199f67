"""A conversation's transcript, newest page first, then older pages on demand (no Qt).

The pane, the export command and the search indexer read transcripts through
:class:`TranscriptFeed`: every message exactly once (:class:`~dify_desktop.api.MessagePager`), in
time order, and never a half-known second: the oldest second of a page may continue on the next
page, so it is held back until that page (or the end) confirms it. Each batch handed out is
therefore strictly older than everything handed out before: a view only ever prepends.
"""

from __future__ import annotations

import ast
import enum
import json
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from dify_desktop.api import DifyClient, Message, Variable, time_order
from dify_desktop.api.paging import DEFAULT_PAGE_SIZE

#: what a feed request runs inside (the session's first-contact rule for a user)
RequestGuard = Callable[[str], AbstractAsyncContextManager[None]]


@asynccontextmanager
async def _unguarded(_user: str) -> AsyncIterator[None]:
    yield


class TranscriptOutcome(enum.Enum):
    """How much of the conversation the feed holds (the person is told which)."""

    PARTIAL = "partial"  # older messages exist and are not loaded yet
    COMPLETE = "complete"  # every message
    UNREACHABLE = "unreachable"  # more than a page of messages share one second: some are lost
    STALLED = "stalled"  # the server's answers stopped making progress (data changed?)


class TranscriptFeed:
    """One conversation's messages, oldest first in :attr:`messages`, loaded newest first."""

    def __init__(
        self,
        client: DifyClient,
        conversation_id: str,
        user: str,
        *,
        guard: RequestGuard = _unguarded,
        page_size: int = DEFAULT_PAGE_SIZE,
    ) -> None:
        self.conversation_id = conversation_id
        self.user = user
        self._guard = guard
        self._pager = client.iter_messages(conversation_id, user, page_size=page_size)
        self._held: list[Message] = []
        #: every message handed out so far, oldest first
        self.messages: list[Message] = []

    @property
    def exhausted(self) -> bool:
        """Nothing older is left to load."""
        return self._pager.exhausted and not self._held

    @property
    def outcome(self) -> TranscriptOutcome:
        if not self.exhausted:
            return TranscriptOutcome.PARTIAL
        if self._pager.stalled:
            return TranscriptOutcome.STALLED
        if self._pager.incomplete_ties:
            return TranscriptOutcome.UNREACHABLE
        return TranscriptOutcome.COMPLETE

    @property
    def unreachable_seconds(self) -> tuple[datetime, ...]:
        """The seconds whose messages could not all be reached (more than a page in each)."""
        return tuple(t for t in self._pager.incomplete_ties if isinstance(t, datetime))

    async def load_older(self) -> list[Message]:
        """Load until some older messages can be handed out (or none are left); those messages,
        oldest first, all older than :attr:`messages`. A failure raises ``DifyError`` and
        leaves the feed as it was: calling again retries."""
        while not self._pager.exhausted:
            async with self._guard(self.user):
                batch = await self._pager.next_batch()
            pending = self._held + batch
            if self._pager.exhausted or not pending:
                self._held = []
                return self._hand_out(pending)
            oldest = min(m.created_at for m in pending)
            ready = [m for m in pending if m.created_at != oldest]
            self._held = [m for m in pending if m.created_at == oldest]
            if ready:
                return self._hand_out(ready)
        held, self._held = self._held, []
        return self._hand_out(held)

    def _hand_out(self, messages: Sequence[Message]) -> list[Message]:
        ordered = time_order(messages)
        self.messages[:0] = ordered
        return ordered

    async def load_until(self, message_id: str) -> bool:
        """Load older pages until ``message_id`` is handed out; whether it was found."""
        while not self.has(message_id):
            if self.exhausted:
                return False
            await self.load_older()
        return True

    async def load_all(self) -> list[Message]:
        while not self.exhausted:
            await self.load_older()
        return self.messages

    def has(self, message_id: str) -> bool:
        return any(m.id == message_id for m in self.messages)


# --------------------------------------------------------------------------- feedback comments

#: /app/feedbacks pages read at most to find one transcript's comments (the list spans the app)
MAX_FEEDBACK_PAGES = 20
FEEDBACK_PAGE_SIZE = 100


class FeedbackComments:
    """The comments of rated messages. The service API gives a message's rating only; its comment
    is in ``GET /app/feedbacks`` (every user's, newest first), read page by page until the
    messages asked for are found."""

    def __init__(self, client: DifyClient) -> None:
        self._client = client
        self._comments: dict[str, str | None] = {}
        self._pages = 0
        self._ended = False

    def comment(self, message_id: str) -> str | None:
        return self._comments.get(message_id)

    async def find(self, message_ids: set[str]) -> dict[str, str | None]:
        """The comments of ``message_ids`` (None: no comment, or not found)."""
        while (
            not self._ended
            and self._pages < MAX_FEEDBACK_PAGES
            and not message_ids <= self._comments.keys()
        ):
            page = await self._client.list_app_feedbacks(self._pages + 1, FEEDBACK_PAGE_SIZE)
            self._pages += 1
            for feedback in page:
                self._comments.setdefault(feedback.message_id, feedback.content)
            self._ended = len(page) < FEEDBACK_PAGE_SIZE
        return {m: self._comments.get(m) for m in message_ids}


# --------------------------------------------------------------------------- variables


class ValueKind(enum.Enum):
    JSON = "json"
    PYTHON = "python"  # the server's Python repr of an object or array
    RAW = "raw"  # neither: shown as the server sent it


@dataclass(frozen=True, slots=True)
class VariableValue:
    kind: ValueKind
    value: Any  # the parsed value (JSON or Python literal), or the raw string


#: longer values are not parsed (``ast.literal_eval`` builds a syntax tree of the whole text)
MAX_PARSED_VALUE = 100_000


def parse_value(text: str, value_type: str = "") -> VariableValue:
    """A variable's value: JSON, else a Python literal (``ast.literal_eval``, never ``eval``),
    else the raw text. A ``string`` variable is its text as it is."""
    if value_type == "string" or len(text) > MAX_PARSED_VALUE:
        return VariableValue(ValueKind.RAW, text)
    try:
        return VariableValue(ValueKind.JSON, json.loads(text))
    except (ValueError, RecursionError):
        pass
    try:
        return VariableValue(ValueKind.PYTHON, ast.literal_eval(text))
    except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
        return VariableValue(ValueKind.RAW, text)


async def load_variables(
    client: DifyClient, conversation_id: str, user: str, *, guard: RequestGuard = _unguarded
) -> list[Variable]:
    """Every conversation variable, oldest first."""
    found: list[Variable] = []
    last_id: str | None = None
    while True:
        async with guard(user):
            page = await client.list_variables(conversation_id, user, last_id, limit=100)
        found.extend(page.data)
        if not page.has_more or not page.data:
            return found
        last_id = page.data[-1].id
