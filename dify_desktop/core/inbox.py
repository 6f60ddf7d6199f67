"""The feedback inbox: the app's feedback across every end user, newest first, a page at a time,
each resolved to the ``user`` string the conversation routes take and to the rated message.

The service API cannot list end users; ``GET /app/feedbacks`` (every user's feedback) and
``GET /end-users/{id}`` (whose ``session_id`` is the ``user`` string) are the only way to find
them. What ``/end-users`` answered is kept per profile, in memory, for the app's run (a second
database beside the app's local one is not wanted; nothing of it is written to disk).
A feedback whose end user cannot be found stays in the inbox, marked as such.
"""

from __future__ import annotations

import asyncio
import enum
import logging
from dataclasses import dataclass

from dify_desktop.api import DifyClient, DifyError, EndUser, Feedback, Message, NotFoundError
from dify_desktop.core.errors import problem_of
from dify_desktop.core.problems import Problem
from dify_desktop.core.session import Session

log = logging.getLogger(__name__)

#: Feedback asked for per page (the server takes up to 101): a screenful or two.
INBOX_PAGE_SIZE = 50
#: Requests at once while resolving a page (end users, then the rated messages).
MAX_CONCURRENT_LOOKUPS = 6
#: How far back in a conversation the rated message is looked for (one request).
MESSAGES_SEARCHED = 100


class RatingFilter(enum.Enum):
    ALL = "all"
    LIKES = "like"
    DISLIKES = "dislike"

    def accepts(self, rating: str | None) -> bool:
        return self is RatingFilter.ALL or rating == self.value


class Resolution(enum.Enum):
    """Who wrote a feedback, as far as the server could say."""

    FOUND = "found"  # ``user`` holds their ``user`` string
    END_USER_GONE = "end_user_gone"  # GET /end-users/{id} answered 404: the record is gone
    NO_END_USER = "no_end_user"  # the feedback came from an account (an admin), not an end user
    FAILED = "failed"  # the lookup failed; ``problem`` says why (not remembered: tried again)


@dataclass(frozen=True, slots=True)
class InboxEntry:
    feedback: Feedback
    resolution: Resolution
    user: str | None = None
    problem: Problem | None = None
    #: the rated message, when it is among the conversation's latest ones (else None: its id)
    message: Message | None = None

    @property
    def can_open(self) -> bool:
        return self.user is not None and bool(self.feedback.conversation_id)


class EndUserCache:
    """What GET /end-users/{id} said for one profile: the end user, or None when it is gone.
    Lookups of one id running at once share one request; failures are not remembered."""

    def __init__(self) -> None:
        self._known: dict[str, EndUser | None] = {}
        self._pending: dict[str, asyncio.Future[EndUser | None]] = {}

    def __len__(self) -> int:
        return len(self._known)

    async def lookup(self, client: DifyClient, end_user_id: str) -> EndUser | None:
        """The end user, or None when the server says it does not exist (DifyError otherwise)."""
        if end_user_id in self._known:
            return self._known[end_user_id]
        pending = self._pending.get(end_user_id)
        if pending is not None:
            return await asyncio.shield(pending)
        future: asyncio.Future[EndUser | None] = asyncio.get_running_loop().create_future()
        self._pending[end_user_id] = future
        try:
            try:
                found: EndUser | None = await client.get_end_user(end_user_id)
            except NotFoundError:
                found = None
            self._known[end_user_id] = found
            future.set_result(found)
            return found
        except asyncio.CancelledError:
            future.cancel()
            raise
        except BaseException as exc:
            future.set_exception(exc)
            future.exception()  # retrieved here: nobody else may be waiting
            raise
        finally:
            del self._pending[end_user_id]


class EndUserCaches:
    """One :class:`EndUserCache` per profile (end-user ids belong to one app)."""

    def __init__(self) -> None:
        self._caches: dict[str, EndUserCache] = {}

    def of(self, profile_id: str) -> EndUserCache:
        return self._caches.setdefault(profile_id, EndUserCache())


class InboxFeed:
    """All the app's feedback, newest first, resolved a page at a time (for a view's
    fetchMore). A failed page raises DifyError and can be asked for again."""

    def __init__(
        self, session: Session, cache: EndUserCache, page_size: int = INBOX_PAGE_SIZE
    ) -> None:
        self._client = session.client
        self._cache = cache
        self._pager = session.client.iter_app_feedbacks(page_size)
        self._slots = asyncio.Semaphore(MAX_CONCURRENT_LOOKUPS)
        self._messages: dict[str, dict[str, Message]] = {}  # conversation id -> its messages
        self._exhausted = False

    @property
    def exhausted(self) -> bool:
        """The last page has been returned (not merely fetched: its rows resolve first)."""
        return self._exhausted

    async def next_batch(self) -> list[InboxEntry]:
        feedbacks = await self._pager.next_batch()
        entries = await asyncio.gather(*(self._who(f) for f in feedbacks))
        resolved = list(await asyncio.gather(*(self._with_message(e) for e in entries)))
        self._exhausted = self._pager.exhausted
        return resolved

    async def _who(self, feedback: Feedback) -> InboxEntry:
        end_user_id = feedback.from_end_user_id
        if not end_user_id:
            return InboxEntry(feedback, Resolution.NO_END_USER)
        try:
            async with self._slots:
                end_user = await self._cache.lookup(self._client, end_user_id)
        except DifyError as exc:
            log.debug("end user %s: %r", end_user_id, exc)
            return InboxEntry(feedback, Resolution.FAILED, problem=problem_of(exc))
        if end_user is None or not end_user.session_id:
            return InboxEntry(feedback, Resolution.END_USER_GONE)
        return InboxEntry(feedback, Resolution.FOUND, user=end_user.session_id)

    async def _with_message(self, entry: InboxEntry) -> InboxEntry:
        """The rated message's text, from the conversation's latest messages (fetched once per
        conversation). Not found or failed: the entry as it is (the view shows the id)."""
        if entry.user is None:
            return entry
        cid = entry.feedback.conversation_id
        messages = self._messages.get(cid)
        if messages is None:
            try:
                # The end user exists (the server just said so): no first-contact rule applies.
                async with self._slots:
                    page = await self._client.list_messages(
                        cid, entry.user, limit=MESSAGES_SEARCHED
                    )
            except DifyError as exc:
                log.debug("messages of %s: %r", cid, exc)
                return entry
            messages = self._messages.setdefault(cid, {m.id: m for m in page.data})
        found = messages.get(entry.feedback.message_id)
        if found is None:
            return entry
        return InboxEntry(entry.feedback, entry.resolution, entry.user, entry.problem, found)
