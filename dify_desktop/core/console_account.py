"""A profile's optional Dify account: signed in to find conversations across every end user.

The password is used once, to sign in, and kept nowhere. The session (the rotating refresh
token, the e-mail, the console address and the app chosen) is one keyring entry next to the
profile's app key (:func:`~dify_desktop.core.credentials.save_console_session`), rewritten each
time the token rotates; a run that must store nothing (the command line with a password) keeps it
in memory. The account only reads: every change still goes through the app key.

Which app of the workspace is the profile's: ``GET /v1/info`` gives no app id, so its name and
mode are matched against the console's apps; more than one match is the caller's choice.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any, Protocol, TypeVar

from dify_desktop.api import AppInfo, DifyClient, DifyError, SignInRequired
from dify_desktop.api.console import (
    CONSOLE_MAX_LIMIT,
    ConsoleApp,
    ConsoleClient,
    ConsoleConversation,
    console_url_for,
)
from dify_desktop.core import credentials
from dify_desktop.core.logs import register_secret

T = TypeVar("T")

#: End-user types the service API can act for (Dify's spelling, and its documentation's).
SERVICE_API_USER_TYPES = frozenset({"service_api", "service-api"})


@dataclass(frozen=True)
class ConsoleSession:
    """What is kept of a signed-in account (a secret as a whole: it holds the refresh token)."""

    console_url: str
    email: str
    refresh_token: str
    app_id: str | None = None

    def __repr__(self) -> str:
        return f"ConsoleSession({self.console_url!r}, {self.email!r}, app_id={self.app_id!r})"

    def to_text(self) -> str:
        return json.dumps(
            {
                "console_url": self.console_url,
                "email": self.email,
                "refresh_token": self.refresh_token,
                "app_id": self.app_id,
            }
        )

    @classmethod
    def from_text(cls, text: str) -> ConsoleSession | None:
        """None when the stored text is not a session (nothing to resume)."""
        try:
            data = json.loads(text)
        except ValueError:
            return None
        if not isinstance(data, dict):
            return None
        url, email, token = data.get("console_url"), data.get("email"), data.get("refresh_token")
        app_id = data.get("app_id")
        if not (isinstance(url, str) and isinstance(email, str) and isinstance(token, str)):
            return None
        return cls(url, email, token, app_id if isinstance(app_id, str) else None)


class SessionStore(Protocol):
    async def load(self) -> ConsoleSession | None: ...
    async def save(self, session: ConsoleSession) -> None: ...
    async def delete(self) -> None: ...


class KeyringSessionStore:
    """A profile's session in the OS keyring."""

    def __init__(self, profile_id: str) -> None:
        self._profile_id = profile_id

    async def load(self) -> ConsoleSession | None:
        text = await credentials.load_console_session(self._profile_id)
        return ConsoleSession.from_text(text) if text else None

    async def save(self, session: ConsoleSession) -> None:
        await credentials.save_console_session(self._profile_id, session.to_text())

    async def delete(self) -> None:
        await credentials.delete_console_session(self._profile_id)


class MemorySessionStore:
    """A session that lives as long as this process (nothing is written anywhere)."""

    def __init__(self) -> None:
        self._session: ConsoleSession | None = None

    async def load(self) -> ConsoleSession | None:
        return self._session

    async def save(self, session: ConsoleSession) -> None:
        self._session = session

    async def delete(self) -> None:
        self._session = None


def matching_apps(info: AppInfo, apps: Sequence[ConsoleApp]) -> tuple[ConsoleApp, ...]:
    """The workspace's apps whose name and mode are the app key's."""
    return tuple(a for a in apps if a.name == info.name and a.mode == info.mode)


class ConsoleAccount:
    """One profile's account session (see the module docstring). Use ``async with``."""

    def __init__(
        self,
        api_base_url: str,
        store: SessionStore,
        *,
        client_options: dict[str, Any] | None = None,
    ) -> None:
        self._console_url = console_url_for(api_base_url)
        self._store = store
        self._options = dict(client_options or {})
        self._session: ConsoleSession | None = None
        self._client: ConsoleClient | None = None
        self._rotated: str | None = None

    @property
    def console_url(self) -> str:
        return self._console_url

    @property
    def email(self) -> str | None:
        return self._session.email if self._session else None

    @property
    def app_id(self) -> str | None:
        return self._session.app_id if self._session else None

    async def __aenter__(self) -> ConsoleAccount:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        if self._client is not None:
            client, self._client = self._client, None
            await client.aclose()

    def _on_token(self, token: str) -> None:
        register_secret(token)
        self._rotated = token

    def _new_client(self, refresh_token: str | None) -> ConsoleClient:
        if refresh_token:
            register_secret(refresh_token)
        return ConsoleClient(
            self._console_url,
            refresh_token=refresh_token,
            on_refresh_token=self._on_token,
            **self._options,
        )

    async def restore(self) -> bool:
        """Resume the stored session, if there is one for this console (no request yet)."""
        stored = await self._store.load()
        if stored is None or stored.console_url != self._console_url:
            return False
        await self.aclose()
        self._session = stored
        self._client = self._new_client(stored.refresh_token)
        return True

    async def sign_in(self, email: str, password: str) -> None:
        """Sign in (the password goes to the server once and is then dropped) and store the
        session; the app choice of an earlier session of the same account is kept."""
        if len(password) >= 4:
            register_secret(password)
            register_secret(base64.b64encode(password.encode("utf-8")).decode("ascii"))
        await self.aclose()
        self._rotated = None
        client = self._new_client(None)
        try:
            await client.sign_in(email, password)
        except BaseException:
            await client.aclose()
            raise
        self._client = client
        previous = await self._store.load()
        keep_app = previous.app_id if previous and previous.email == email.strip() else None
        token = self._rotated or ""
        self._rotated = None
        self._session = ConsoleSession(self._console_url, email.strip(), token, keep_app)
        await self._store.save(self._session)

    async def sign_out(self) -> None:
        """Forget the session (the keyring entry included)."""
        await self.aclose()
        self._session = None
        await self._store.delete()

    async def _call(self, request: Callable[[ConsoleClient], Awaitable[T]]) -> T:
        if self._client is None or self._session is None:
            raise SignInRequired("Not signed in to the Dify account.")
        try:
            result = await request(self._client)
        except SignInRequired:
            await self.sign_out()
            raise
        finally:
            await self._keep_rotated()
        return result

    async def _keep_rotated(self) -> None:
        token, self._rotated = self._rotated, None
        if token and self._session is not None and token != self._session.refresh_token:
            self._session = replace(self._session, refresh_token=token)
            await self._store.save(self._session)

    async def apps(self) -> list[ConsoleApp]:
        return await self._call(lambda c: c.all_apps())

    async def match_app(self, info: AppInfo) -> tuple[ConsoleApp, ...]:
        """The apps that may be the app key's; exactly one is chosen at once."""
        candidates = matching_apps(info, await self.apps())
        if len(candidates) == 1:
            await self.choose_app(candidates[0])
        return candidates

    async def choose_app(self, app: ConsoleApp) -> None:
        if self._session is None:
            raise SignInRequired("Not signed in to the Dify account.")
        self._session = replace(self._session, app_id=app.id)
        await self._store.save(self._session)

    async def page(
        self, app_id: str, query: FindQuery, page: int, limit: int
    ) -> tuple[Sequence[ConsoleConversation], bool]:
        result = await self._call(
            lambda c: c.chat_conversations(
                app_id,
                page=page,
                limit=limit,
                keyword=query.words or None,
                start=query.start(),
                end=query.end(),
            )
        )
        return result.data, result.has_more


@dataclass(frozen=True)
class FindQuery:
    """What to find: words (questions, answers, names, end-user ids) and whole days, in the
    account's time zone as the console reads them."""

    words: str = ""
    since: dt.date | None = None
    until: dt.date | None = None

    def start(self) -> dt.datetime | None:
        return dt.datetime.combine(self.since, dt.time(0, 0)) if self.since else None

    def end(self) -> dt.datetime | None:
        return dt.datetime.combine(self.until, dt.time(23, 59)) if self.until else None


class ConversationFinder:
    """Every conversation matching a query, newest activity first, page by page. Page numbers
    shift when conversations change meanwhile: a row already given is not given again."""

    def __init__(
        self, account: ConsoleAccount, app_id: str, query: FindQuery, page_size: int = 50
    ) -> None:
        self._account = account
        self._app_id = app_id
        self._query = query
        self._limit = max(1, min(page_size, CONSOLE_MAX_LIMIT))
        self._page = 1
        self._seen: set[str] = set()
        self.has_more = True

    async def next_page(self) -> list[ConsoleConversation]:
        """The next rows not given yet ([] once there are no more)."""
        while self.has_more:
            rows, self.has_more = await self._account.page(
                self._app_id, self._query, self._page, self._limit
            )
            self._page += 1
            fresh = [r for r in rows if r.id not in self._seen]
            self._seen.update(r.id for r in fresh)
            if fresh or not rows:
                return fresh
        return []


class EndUserKinds:
    """Whether the service API can act for a row's end user (web-app end users are of another
    type): asked once per end user through the app key (``GET /v1/end-users/{id}``)."""

    def __init__(self, client: DifyClient) -> None:
        self._client = client
        self._known: dict[str, bool | None] = {}

    async def reachable(self, row: ConsoleConversation) -> bool | None:
        """True/False, or None when the server would not say."""
        if row.made_in_console or row.from_end_user_id is None:
            return False
        key = row.from_end_user_id
        if key not in self._known:
            try:
                user = await self._client.get_end_user(key)
            except DifyError:
                self._known[key] = None
            else:
                self._known[key] = user.type in SERVICE_API_USER_TYPES
        return self._known[key]
