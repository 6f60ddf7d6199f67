"""The API key's only home: the OS keyring (service ``dify-desktop``, username = the profile id);
a profile's proxy user name and password sit next to it (username ``proxy:<profile id>``, the
value a small JSON object).

Every keyring call is blocking (D-Bus, macOS Keychain, Windows Credential Manager) and the
``keyring`` package is slow to import, so calls run in a worker thread and the import happens on
first use. Without a usable keyring the key can be kept in memory for this session only; it is
never written to a file.
"""

from __future__ import annotations

import asyncio
import enum
import json
import logging
from typing import Any

from dify_desktop.core import logs
from dify_desktop.core.problems import Problem, ProblemId, problem
from dify_desktop.core.proxy_settings import ProxyCredentials

log = logging.getLogger(__name__)

SERVICE = "dify-desktop"


def proxy_entry(profile_id: str) -> str:
    """The keyring username under which a profile's proxy credentials are kept."""
    return f"proxy:{profile_id}"


class KeyringState(enum.Enum):
    MISSING = "missing"  # no keyring backend on this system
    LOCKED = "locked"  # a keyring exists but is locked, and unlocking was refused
    BROKEN = "broken"  # the keyring answered with another error


class KeyringProblem(Exception):
    """The keyring could not be used; :meth:`describe` says which problem it is."""

    def __init__(self, state: KeyringState, detail: str = "") -> None:
        self.state = state
        self.detail = detail
        super().__init__(self.describe())

    def describe(self) -> Problem:
        """Which problem this is (``ui.sentences`` says it in words)."""
        if self.state is KeyringState.MISSING:
            return problem(ProblemId.KEYRING_MISSING)
        if self.state is KeyringState.LOCKED:
            return problem(ProblemId.KEYRING_LOCKED)
        return problem(ProblemId.KEYRING_BROKEN, detail=self.detail)


def _classify(exc: Exception) -> KeyringProblem:
    from keyring import errors

    if isinstance(exc, errors.NoKeyringError):
        return KeyringProblem(KeyringState.MISSING)
    if isinstance(exc, errors.KeyringLocked):
        return KeyringProblem(KeyringState.LOCKED)
    if isinstance(exc, errors.InitError):
        return KeyringProblem(KeyringState.MISSING)
    # Secret Service raises "Prompt dismissed" and friends as plain KeyringError.
    text = type(exc).__name__
    if "lock" in str(exc).lower() or "dismissed" in str(exc).lower():
        return KeyringProblem(KeyringState.LOCKED)
    return KeyringProblem(KeyringState.BROKEN, text)


def _call(name: str, *args: Any) -> Any:
    import keyring
    from keyring import errors

    try:
        return getattr(keyring, name)(*args)
    except errors.PasswordDeleteError:
        return None
    except errors.KeyringError as exc:
        raise _classify(exc) from None
    except Exception as exc:  # backends leak D-Bus/OS errors of their own
        raise KeyringProblem(KeyringState.BROKEN, type(exc).__name__) from None


class Credentials:
    """Load, save and delete profile keys; keep session-only keys in memory."""

    def __init__(self) -> None:
        self._session_only: dict[str, str] = {}
        self._proxy_session_only: dict[str, ProxyCredentials] = {}

    def is_session_only(self, profile_id: str) -> bool:
        return profile_id in self._session_only

    def keep_for_session(
        self, profile_id: str, key: str, proxy: ProxyCredentials | None = None
    ) -> None:
        self._session_only[profile_id] = key
        if proxy is not None:
            logs.register_secret(proxy.password)
            self._proxy_session_only[profile_id] = proxy

    async def load(self, profile_id: str) -> str | None:
        if profile_id in self._session_only:
            return self._session_only[profile_id]
        value = await asyncio.to_thread(_call, "get_password", SERVICE, profile_id)
        return value if isinstance(value, str) and value else None

    async def save(self, profile_id: str, key: str) -> None:
        await asyncio.to_thread(_call, "set_password", SERVICE, profile_id, key)
        self._session_only.pop(profile_id, None)
        log.debug("stored the key of profile %s in the keyring", profile_id)

    async def delete(self, profile_id: str) -> None:
        """Forget the profile's key. A session-only key never reached the keyring (it was kept
        in memory because the keyring could not take it), so the keyring is not asked."""
        if self._session_only.pop(profile_id, None) is not None:
            self._proxy_session_only.pop(profile_id, None)
            return
        await asyncio.to_thread(_call, "delete_password", SERVICE, profile_id)
        await self.save_proxy(profile_id, None)
        await delete_console_session(profile_id)  # the Dify account's session goes with it
        log.debug("deleted the key of profile %s from the keyring", profile_id)

    # -- the proxy's user name and password

    async def load_proxy(self, profile_id: str) -> ProxyCredentials | None:
        """The profile's proxy credentials, or None when it has none (or they are unreadable)."""
        if profile_id in self._proxy_session_only:
            return self._proxy_session_only[profile_id]
        value = await asyncio.to_thread(_call, "get_password", SERVICE, proxy_entry(profile_id))
        if not isinstance(value, str) or not value:
            return None
        try:
            data = json.loads(value)
        except ValueError:
            return None
        username, password = data.get("username"), data.get("password", "")
        if not (isinstance(username, str) and username and isinstance(password, str)):
            return None
        logs.register_secret(password)
        return ProxyCredentials(username, password)

    async def save_proxy(self, profile_id: str, credentials: ProxyCredentials | None) -> None:
        """Keep the profile's proxy credentials in the keyring; None removes them."""
        self._proxy_session_only.pop(profile_id, None)
        entry = proxy_entry(profile_id)
        if credentials is None:
            await asyncio.to_thread(_call, "delete_password", SERVICE, entry)
            return
        logs.register_secret(credentials.password)
        value = json.dumps({"username": credentials.username, "password": credentials.password})
        await asyncio.to_thread(_call, "set_password", SERVICE, entry, value)
        log.debug("stored the proxy credentials of profile %s in the keyring", profile_id)


# -- a profile's Dify account session (issue 14): its own keyring entry next to the app key ----


def console_session_username(profile_id: str) -> str:
    """The keyring username of a profile's console session (the app key's is the profile id)."""
    return f"{profile_id}/console-session"


async def load_console_session(profile_id: str) -> str | None:
    value = await asyncio.to_thread(
        _call, "get_password", SERVICE, console_session_username(profile_id)
    )
    return value if isinstance(value, str) and value else None


async def save_console_session(profile_id: str, value: str) -> None:
    await asyncio.to_thread(
        _call, "set_password", SERVICE, console_session_username(profile_id), value
    )


async def delete_console_session(profile_id: str) -> None:
    await asyncio.to_thread(_call, "delete_password", SERVICE, console_session_username(profile_id))
