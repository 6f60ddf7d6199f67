"""What the demo's console API knows beyond the store: the Dify account, its sessions (access,
refresh and CSRF tokens, with Dify's lifetimes and rotation) and the workspace's other apps.

The conversations themselves are the store's (every end user's, web-app ones included, see
:mod:`~dify_desktop.demo.console_seed`). Thread-safe like the store: tests change it from their
own thread.
"""

from __future__ import annotations

import secrets
import threading
from dataclasses import dataclass, field

DEMO_EMAIL = "agent@acme.example"
DEMO_PASSWORD = "demo-Passw0rd!"
"""The demo account (``--demo`` prints it; it signs in to the demo server only)."""

ACCESS_TTL_S = 3600
REFRESH_TTL_S = 30 * 86_400


@dataclass
class ConsoleApp:
    id: str
    name: str
    mode: str


@dataclass
class ConsoleSession:
    access_token: str
    csrf_token: str
    access_expires: float


@dataclass
class ConsoleState:
    email: str = DEMO_EMAIL
    password: str = DEMO_PASSWORD
    time_zone: str = "UTC"
    legacy: bool = False
    """An older server: plain-text password, tokens in the JSON body, Bearer access token."""
    other_apps: list[ConsoleApp] = field(default_factory=list)
    lock: threading.RLock = field(default_factory=threading.RLock)
    _sessions: dict[str, ConsoleSession] = field(default_factory=dict)
    _refresh: dict[str, float] = field(default_factory=dict)

    def reset(self) -> None:
        with self.lock:
            self.email, self.password = DEMO_EMAIL, DEMO_PASSWORD
            self.time_zone = "UTC"
            self.legacy = False
            self.other_apps = []
            self._sessions.clear()
            self._refresh.clear()

    def open_session(self, now: float) -> tuple[ConsoleSession, str]:
        """A new access/CSRF pair and a new refresh token."""
        with self.lock:
            session = ConsoleSession(
                access_token=_token(), csrf_token=_token(), access_expires=now + ACCESS_TTL_S
            )
            self._sessions[session.access_token] = session
            refresh = _token()
            self._refresh[refresh] = now + REFRESH_TTL_S
            return session, refresh

    def rotate(self, refresh_token: str, now: float) -> tuple[ConsoleSession, str] | None:
        """A refresh: the old refresh token is spent; None when it is not (or no longer) valid."""
        with self.lock:
            expires = self._refresh.pop(refresh_token, None)
            if expires is None or expires <= now:
                return None
            return self.open_session(now)

    def session(self, access_token: str, now: float) -> ConsoleSession | None:
        """The live session of an access token (None: unknown or expired)."""
        with self.lock:
            found = self._sessions.get(access_token)
            return found if found is not None and found.access_expires > now else None

    def expire_access_tokens(self) -> None:
        """Every access token expires now (as after an hour): the next request answers 401."""
        with self.lock:
            for session in self._sessions.values():
                session.access_expires = 0

    def revoke_refresh_tokens(self) -> None:
        """Every refresh token is refused from now on (the account signed out elsewhere)."""
        with self.lock:
            self._refresh.clear()

    def live_refresh_tokens(self) -> list[str]:
        with self.lock:
            return list(self._refresh)


def _token() -> str:
    return secrets.token_urlsafe(32)
