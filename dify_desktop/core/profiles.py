"""Profiles: one per Dify app (name, base URL, recent end users, proxy) - never the key, nor
the proxy's credentials.

Stored as JSON in the app's settings (:mod:`dify_desktop.core.settings`), with a schema version:
a store from an older version is migrated when it is read, and one that cannot be read is kept
aside in a file (never overwritten, never deleted) instead of being replaced.
"""

from __future__ import annotations

import contextlib
import ipaddress
import json
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from dify_desktop.core.credentials import SERVICE
from dify_desktop.core.problems import Problem, ProblemId, problem
from dify_desktop.core.proxy_settings import ProxySetting
from dify_desktop.core.settings import (
    LAST_PROFILE,
    PROFILES,
    PROFILES_VERSION,
    Settings,
    keep_aside,
)

__all__ = ["Profile", "ProfileStore", "StoreRecovery"]

log = logging.getLogger(__name__)

DEFAULT_BASE_URL = "https://api.dify.ai/v1"
MAX_RECENT_USERS = 20


@dataclass(frozen=True, slots=True)
class Profile:
    id: str
    name: str
    base_url: str
    recent_users: tuple[str, ...] = field(default=())
    proxy: ProxySetting = field(default=ProxySetting())

    @classmethod
    def new(cls, name: str, base_url: str) -> Profile:
        import uuid  # imports platform: only when a profile is made, not at start-up

        return cls(id=str(uuid.uuid4()), name=name, base_url=normalize_base_url(base_url))

    def with_recent_user(self, user: str) -> Profile:
        users = (user, *(u for u in self.recent_users if u != user))
        return replace(self, recent_users=users[:MAX_RECENT_USERS])


def normalize_base_url(url: str) -> str:
    """What a person typed as the address, in the client's form (the rule lives in the API)."""
    # Imported here: the API package brings httpx, which start-up must not wait for.
    from dify_desktop.api import typed_base_url

    return typed_base_url(url)


def check_base_url(url: str) -> Problem | None:
    """What is wrong with ``url``, or None when it can be used."""
    parts = urlsplit(normalize_base_url(url))
    if parts.scheme not in ("http", "https"):
        return problem(ProblemId.ADDRESS_NEEDS_SCHEME)
    if not parts.hostname:
        return problem(ProblemId.ADDRESS_NEEDS_HOST)
    return None


def is_insecure(url: str) -> bool:
    """True for plain http to a host that is not this computer: the key would travel unencrypted."""
    parts = urlsplit(normalize_base_url(url))
    if parts.scheme != "http":
        return False
    host = parts.hostname or ""
    if host == "localhost" or host.endswith(".localhost"):
        return False
    try:
        return not ipaddress.ip_address(host).is_loopback
    except ValueError:
        return True


# -- the stored form and its versions ------------------------------------------------------------
# Version 1 (no version key): PROFILES holds a JSON list of {id, name, base_url, recent_users}.
# Version 2: the same list, and PROFILES_VERSION says 2 (so a later format is recognised, not
# misread). Version 3: each profile has "proxy": {mode, url, credentials} (ProxySetting); older
# profiles follow the system's proxy, as they did.
# MIGRATIONS[n - 1] turns the list of version n into the list of version n + 1.

Migration = Callable[[list[Any]], list[Any]]


def _v1_to_v2(items: list[Any]) -> list[Any]:
    return items


def _v2_to_v3(items: list[Any]) -> list[Any]:
    system = ProxySetting().to_json()
    return [{**item, "proxy": system} if isinstance(item, dict) else item for item in items]


MIGRATIONS: tuple[Migration, ...] = (_v1_to_v2, _v2_to_v3)
VERSION = len(MIGRATIONS) + 1


class Unreadable(Exception):
    """The stored profiles are damaged, of the wrong shape, or of a version this app does not know."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def parse(raw: Any, version: Any) -> list[Profile]:
    """The profiles of a stored value (``raw``) of schema ``version``, migrated to this one."""
    number = _version(version)
    if raw is None or raw == "":
        return []
    if not isinstance(raw, str):
        raise Unreadable("damaged")
    try:
        items = json.loads(raw)
    except (ValueError, RecursionError):
        raise Unreadable("damaged") from None
    if not isinstance(items, list):
        raise Unreadable("wrong_shape")
    for migrate in MIGRATIONS[number - 1 :]:
        items = migrate(items)
    return [_profile(item) for item in items]


def _version(value: Any) -> int:
    if value is None or value == "":
        return 1
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise Unreadable("damaged") from None
    if number > VERSION:
        raise Unreadable("newer_version")
    if number < 1:
        raise Unreadable("damaged")
    return number


def _profile(item: Any) -> Profile:
    if not isinstance(item, dict):
        raise Unreadable("wrong_shape")
    profile_id, name, base_url = item.get("id"), item.get("name"), item.get("base_url")
    users = item.get("recent_users", [])
    if not (isinstance(profile_id, str) and profile_id and isinstance(name, str)):
        raise Unreadable("wrong_shape")
    if not (isinstance(base_url, str) and base_url and isinstance(users, list)):
        raise Unreadable("wrong_shape")
    if not all(isinstance(u, str) for u in users):
        raise Unreadable("wrong_shape")
    proxy = ProxySetting.from_json(item.get("proxy"))
    if proxy is None:
        raise Unreadable("wrong_shape")
    return Profile(
        id=profile_id, name=name, base_url=base_url, recent_users=tuple(users), proxy=proxy
    )


def dump(profiles: list[Profile]) -> str:
    data = [
        {
            "id": p.id,
            "name": p.name,
            "base_url": p.base_url,
            "recent_users": list(p.recent_users),
            "proxy": p.proxy.to_json(),
        }
        for p in profiles
    ]
    return json.dumps(data, ensure_ascii=False)


_ID = re.compile(r'"id"\s*:\s*"((?:[^"\\]|\\.)*)"')


_UUID = re.compile(r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b")


def profile_ids(raw: Any) -> tuple[str, ...]:
    """Every profile id that can still be found in a stored value that could not be read: ids
    of JSON objects, then quoted ``"id": "..."`` pairs and anything shaped like the ids
    :meth:`Profile.new` makes (damaged JSON, or a value QSettings split at its commas)."""
    text = raw if isinstance(raw, str) else json.dumps(raw, ensure_ascii=False, default=str)
    found: list[str] = []
    with contextlib.suppress(ValueError, RecursionError):
        _collect_ids(json.loads(text), found)
    found += [_unquote(m) for m in _ID.findall(text)] + _UUID.findall(text)
    return tuple(dict.fromkeys(i for i in found if i))


def _unquote(text: str) -> str:
    try:
        return str(json.loads(f'"{text}"'))
    except ValueError:
        return text


def _collect_ids(node: Any, found: list[str]) -> None:
    if isinstance(node, dict):
        if isinstance(node.get("id"), str):
            found.append(node["id"])
        for value in node.values():
            _collect_ids(value, found)
    elif isinstance(node, list):
        for value in node:
            _collect_ids(value, found)


# -- the store ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StoreRecovery:
    """What was done with profiles that could not be read (the window says it once)."""

    moved_aside: str  # the file that now holds what could not be read
    settings_backup: str | None  # the copy of the whole settings file, once one was made
    profile_ids: tuple[str, ...]  # profile ids found in it (their keys stay in the keyring)


class ProfileStore:
    """The saved profiles. Reading a store that cannot be read keeps it aside first (see
    :attr:`recovery`): what is then saved starts a new store, and nothing of the old one is lost."""

    def __init__(self, settings: Settings, *, now: Callable[[], datetime] | None = None) -> None:
        self._settings = settings
        self._now = now or (lambda: datetime.now(UTC))
        self._kept: tuple[Any, Any] | None = None  # the unreadable (value, version) kept aside
        self.recovery: StoreRecovery | None = None

    def all(self) -> list[Profile]:
        raw = self._settings.value(PROFILES.name, PROFILES.default)
        version = self._settings.value(PROFILES_VERSION.name, PROFILES_VERSION.default)
        if self._kept == (raw, version):
            return []  # kept aside already; nothing new was saved since
        try:
            return parse(raw, version)
        except Unreadable as problem:
            self._keep_aside(raw, version, problem.reason)
            return []

    def get(self, profile_id: str) -> Profile | None:
        return next((p for p in self.all() if p.id == profile_id), None)

    def save(self, profile: Profile) -> None:
        profiles = self.all()
        for i, existing in enumerate(profiles):
            if existing.id == profile.id:
                profiles[i] = profile
                break
        else:
            profiles.append(profile)
        self._write(profiles)

    def delete(self, profile_id: str) -> None:
        self._write([p for p in self.all() if p.id != profile_id])
        if self.last_id() == profile_id:
            self._settings.remove(LAST_PROFILE.name)

    def last_id(self) -> str | None:
        value = LAST_PROFILE.read(self._settings)
        return str(value) if value else None

    def set_last(self, profile_id: str) -> None:
        self._settings.setValue(LAST_PROFILE.name, profile_id)

    def _write(self, profiles: list[Profile]) -> None:
        self._settings.setValue(PROFILES.name, dump(profiles))
        self._settings.setValue(PROFILES_VERSION.name, VERSION)
        self._settings.sync()

    def _keep_aside(self, raw: Any, version: Any, reason: str) -> None:
        """Copy the whole settings file, then the unreadable value with the profile ids found in
        it, to new files beside the settings. The copy comes first and at once, not at the
        first save: the window writes its own keys too, and QSettings rewrites the whole file.
        When a file cannot be written (OSError) the error propagates and nothing is marked as
        kept: the next read tries again, and nothing is saved over the store meanwhile."""
        now = self._now()
        backup = None
        file_name = self._settings.fileName()
        if file_name and Path(file_name).is_file():
            content = Path(file_name).read_bytes()
            backup = str(keep_aside(self._settings, "backup", content, now))
        ids = profile_ids(raw)
        kept = {
            "dify_desktop_unreadable_profiles": 1,
            "reason": reason,
            "settings_file": file_name or None,
            "settings_keys": [PROFILES.name, PROFILES_VERSION.name],
            "version": version if version is None else str(version),
            "keyring_service": SERVICE,
            "profile_ids": list(ids),
            "value": raw if isinstance(raw, str) else json.dumps(raw, default=str),
        }
        content = (json.dumps(kept, ensure_ascii=False, indent=2) + "\n").encode()
        moved = keep_aside(self._settings, "unreadable-profiles", content, now)
        self._kept = (raw, version)
        self.recovery = StoreRecovery(str(moved), backup, ids)
        log.warning(
            "the saved profiles could not be read (%s); kept in %s (settings copied to %s)",
            reason,
            moved,
            backup,
        )
