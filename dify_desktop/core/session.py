"""A connected Dify app: the client, what /info said, and the operations the window performs."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING, Any

from dify_desktop.api import AppInfo, Conversation, DifyClient, NotChatAppError, Page
from dify_desktop.core.limiter import Limiter
from dify_desktop.core.problems import Problem, ProblemId, problem
from dify_desktop.core.rename import RenameRequest, RenameResult, rename, settled
from dify_desktop.core.settings import REQUESTS_IN_FLIGHT

if TYPE_CHECKING:  # the transcript's models: made when first needed (api.detail_models)
    from dify_desktop.api import Message, Variable

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 20.0

#: told of every finished rename (history); awaited before ``Session.rename`` returns
RenameObserver = Callable[[RenameResult], Awaitable[None]]


async def check_connection(
    base_url: str, api_key: str, *, timeout: float = DEFAULT_TIMEOUT, **client_options: Any
) -> AppInfo:
    """GET /info with a throwaway client. Raises DifyError (NotChatAppError for apps without
    conversations, with a message that says which mode it is)."""
    async with DifyClient(base_url, api_key, timeout=timeout, **client_options) as client:
        info = await client.get_app_info()
    refuse_without_conversations(info)
    return info


class AppWithoutConversations(NotChatAppError):
    """Our own refusal (no request failed): ``problem`` names the app and its mode."""

    def __init__(self, info: AppInfo) -> None:
        super().__init__(f"the app's mode is {info.mode!r}", status=None, code="not_chat_app")
        self.problem: Problem = problem(
            ProblemId.APP_WITHOUT_CONVERSATIONS, name=info.name, mode=info.mode
        )


def refuse_without_conversations(info: AppInfo) -> None:
    if not info.has_conversations:
        raise AppWithoutConversations(info)


async def connect(
    base_url: str,
    api_key: str,
    *,
    first_list: tuple[str, str] | None = None,
    known_users: tuple[str, ...] = (),
    on_user_seen: Callable[[str], None] | None = None,
    limiter: Limiter | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    **client_options: Any,
) -> Session:
    """Check the key with GET /info and return a session that keeps the client open.

    With ``first_list`` (an end user and a sort order), the first page of that list is asked
    for together with /info, a round trip sooner; the session's first feed of that list starts
    with it. A failed check drops it.
    """
    client = DifyClient(base_url, api_key, timeout=timeout, **client_options)
    early = EarlyPage(client, *first_list) if first_list else None
    try:
        info = await client.get_app_info()
        refuse_without_conversations(info)
    except Exception:
        if early is not None:
            await early.settle()
        await client.aclose()
        raise
    except BaseException:
        if early is not None:
            await early.drop()
        await client.aclose()
        raise
    return Session(
        client,
        info,
        known_users=known_users,
        on_user_seen=on_user_seen,
        limiter=limiter,
        early_page=early,
    )


class EarlyPage:
    """The first page of one list, asked for while the connection is being checked."""

    def __init__(self, client: DifyClient, user: str, sort_by: str) -> None:
        self.user, self.sort_by = user, sort_by
        self.pager = client.iter_conversations(user, sort_by=sort_by)
        self.task: asyncio.Task[list[Conversation]] = asyncio.ensure_future(self.pager.next_batch())

    def forget(self) -> None:
        """Nobody will show it: it may finish (its failure is not reported)."""
        self.task.add_done_callback(_retrieve)

    async def settle(self) -> None:
        """Let it finish, whatever its answer. Not cancelled: httpcore leaves the socket of a
        request cancelled during its TLS handshake open (until a garbage collection), and a
        server may wait on it."""
        await asyncio.gather(self.task, return_exceptions=True)

    async def drop(self) -> None:
        """Stop it now (the app is closing or a connect was cancelled)."""
        self.task.cancel()
        await asyncio.gather(self.task, return_exceptions=True)


def _retrieve(task: asyncio.Task[Any]) -> None:
    if not task.cancelled():
        task.exception()


class ConversationFeed:
    """All of one user's conversations in one order, a page at a time (for the list's
    fetchMore), through the client's tie-safe pager: every conversation exactly once."""

    def __init__(
        self, session: Session, user: str, sort_by: str, early: EarlyPage | None = None
    ) -> None:
        self.user = user
        self.sort_by = sort_by
        self._session = session
        self._early = early.task if early is not None else None
        self._pager = (
            early.pager
            if early is not None
            else session.client.iter_conversations(user, sort_by=sort_by)
        )

    @property
    def exhausted(self) -> bool:
        return self._early is None and self._pager.exhausted  # an early page is still to give

    @property
    def incomplete(self) -> bool:
        """More than 100 conversations share one second: no cursor can reach them all."""
        return bool(self._pager.incomplete_ties) or self._pager.stalled

    async def next_batch(self) -> list[Conversation]:
        async with self._session.user_request(self.user):
            if self._early is not None:
                early, self._early = self._early, None
                return await early
            return await self._pager.next_batch()


class Session:
    """One connected app. ``known_users`` are end users the server has certainly registered once."""

    def __init__(
        self,
        client: DifyClient,
        app: AppInfo,
        *,
        known_users: tuple[str, ...] = (),
        on_user_seen: Callable[[str], None] | None = None,
        limiter: Limiter | None = None,
        early_page: EarlyPage | None = None,
    ) -> None:
        self.client = client
        self._early_page = early_page
        self.app = app
        self._known = set(known_users)
        self._first_contact: dict[str, asyncio.Event] = {}
        self._rename_locks: dict[str, asyncio.Lock] = {}
        #: saves, deletes and job items in flight, together (the app's setting)
        self.limiter = limiter or Limiter(int(REQUESTS_IN_FLIGHT.default))
        self._on_user_seen = on_user_seen
        self._rename_observers: list[RenameObserver] = []

    @asynccontextmanager
    async def user_request(self, user: str) -> AsyncIterator[None]:
        """Let one request for a user the server may never have seen go first, alone.

        The real server can create an end user twice when several first requests arrive at
        once, splitting that user's conversations; later requests wait for the first answer.
        """
        while user not in self._known:
            pending = self._first_contact.get(user)
            if pending is None:
                break
            await pending.wait()
        if user in self._known:
            yield
            return
        event = self._first_contact[user] = asyncio.Event()
        try:
            yield
            self._known.add(user)
            if self._on_user_seen is not None:
                self._on_user_seen(user)
        finally:
            del self._first_contact[user]
            event.set()

    def feed(self, user: str, sort_by: str) -> ConversationFeed:
        early, self._early_page = self._early_page, None
        if early is not None and (early.user, early.sort_by) == (user, sort_by):
            return ConversationFeed(self, user, sort_by, early)
        if early is not None:
            early.forget()  # another list was opened first
        return ConversationFeed(self, user, sort_by)

    def observe_renames(self, observer: RenameObserver) -> None:
        self._rename_observers.append(observer)

    async def rename(self, request: RenameRequest) -> RenameResult:
        """Saves of the same conversation run one after the other, in the order asked; each
        finished one is told to the observers (the history) before this returns."""
        lock = self._rename_locks.setdefault(request.conversation.id, asyncio.Lock())
        async with lock:
            async with self.limiter.slot(), self.user_request(request.user):
                result = await rename(self._rename_call, request)
            await self._tell(result)
            return result

    async def settle(self, result: RenameResult, held: Conversation | None) -> None:
        """After re-reading: tell the observers whether an uncertain ``result`` was saved (what
        the server holds now is ``held``, None when it is gone)."""
        verdict = settled(result, held)
        if verdict is not None:
            await self._tell(verdict)

    async def _tell(self, result: RenameResult) -> None:
        for observer in self._rename_observers:
            try:
                await observer(result)
            except Exception:  # the rename happened: a failing record must not hide it
                log.exception("a rename observer failed")

    async def _rename_call(
        self, conversation_id: str, user: str, name: str | None, auto_generate: bool
    ) -> Conversation:
        return await self.client.rename_conversation(
            conversation_id, user, name=name, auto_generate=auto_generate
        )

    async def reread(
        self, user: str, conversation_ids: set[str], sort_by: str
    ) -> dict[str, Conversation]:
        """Fetch what the server holds now for these conversations (after an uncertain save)."""
        found: dict[str, Conversation] = {}
        async with self.user_request(user):
            async for conversation in self.client.iter_conversations(user, sort_by=sort_by):
                if conversation.id in conversation_ids:
                    found[conversation.id] = conversation
                    if len(found) == len(conversation_ids):
                        break
        return found

    async def delete(self, conversation_id: str, user: str) -> None:
        async with self.limiter.slot(), self.user_request(user):
            await self.client.delete_conversation(conversation_id, user)

    async def messages(self, conversation_id: str, user: str, limit: int = 50) -> Page[Message]:
        async with self.user_request(user):
            return await self.client.list_messages(conversation_id, user, limit=limit)

    async def variables(self, conversation_id: str, user: str) -> Page[Variable]:
        async with self.user_request(user):
            return await self.client.list_variables(conversation_id, user, limit=100)

    async def close(self) -> None:
        if self._early_page is not None:
            await self._early_page.drop()
            self._early_page = None
        await self.client.aclose()
