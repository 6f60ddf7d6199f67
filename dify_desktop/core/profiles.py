"""Profiles: one per Dify app (name, base URL, recent end users) - never the key.

Stored as JSON in the app's settings (QSettings in the app; :class:`MemorySettings` for demo,
smoke-test and ``DIFY_API_KEY`` runs, which must leave the person's settings untouched).
"""

from __future__ import annotations

import ipaddress
import json
import logging
import uuid
from dataclasses import dataclass, field, replace
from typing import Any, Protocol
from urllib.parse import urlsplit

log = logging.getLogger(__name__)

DEFAULT_BASE_URL = "https://api.dify.ai/v1"
MAX_RECENT_USERS = 20


class Settings(Protocol):
    """The part of QSettings the app uses."""

    def value(self, key: str, defaultValue: Any = ...) -> Any: ...
    def setValue(self, key: str, value: Any) -> None: ...
    def remove(self, key: str) -> None: ...
    def sync(self) -> None: ...


class MemorySettings:
    """Settings that live and die with the process."""

    def __init__(self) -> None:
        self._values: dict[str, Any] = {}

    def value(self, key: str, defaultValue: Any = None) -> Any:
        return self._values.get(key, defaultValue)

    def setValue(self, key: str, value: Any) -> None:
        self._values[key] = value

    def remove(self, key: str) -> None:
        self._values.pop(key, None)

    def sync(self) -> None:
        pass


@dataclass(frozen=True, slots=True)
class Profile:
    id: str
    name: str
    base_url: str
    recent_users: tuple[str, ...] = field(default=())

    @classmethod
    def new(cls, name: str, base_url: str) -> Profile:
        return cls(id=str(uuid.uuid4()), name=name, base_url=normalize_base_url(base_url))

    def with_recent_user(self, user: str) -> Profile:
        users = (user, *(u for u in self.recent_users if u != user))
        return replace(self, recent_users=users[:MAX_RECENT_USERS])


def normalize_base_url(url: str) -> str:
    """What a person typed as the address, in the client's form (the rule lives in the API)."""
    # Imported here: the API package brings httpx, which start-up must not wait for.
    from dify_desktop.api import typed_base_url

    return typed_base_url(url)


def check_base_url(url: str) -> str | None:
    """A sentence saying what is wrong with ``url``, or None when it can be used."""
    parts = urlsplit(normalize_base_url(url))
    if parts.scheme not in ("http", "https"):
        return "The address must start with https:// (or http:// for a server on this computer)."
    if not parts.hostname:
        return "The address needs a host name, for example https://api.dify.ai/v1."
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


class ProfileStore:
    KEY = "profiles/all"
    LAST = "profiles/last"

    def __init__(self, settings: Settings) -> None:
        self._settings = settings

    def all(self) -> list[Profile]:
        raw = self._settings.value(self.KEY, "")
        if not raw:
            return []
        try:
            items = json.loads(str(raw))
            return [
                Profile(
                    id=str(p["id"]),
                    name=str(p["name"]),
                    base_url=str(p["base_url"]),
                    recent_users=tuple(str(u) for u in p.get("recent_users", ())),
                )
                for p in items
            ]
        except (ValueError, KeyError, TypeError):
            log.warning("the saved profiles could not be read; starting without them")
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
            self._settings.remove(self.LAST)

    def last_id(self) -> str | None:
        value = self._settings.value(self.LAST, "")
        return str(value) if value else None

    def set_last(self, profile_id: str) -> None:
        self._settings.setValue(self.LAST, profile_id)

    def _write(self, profiles: list[Profile]) -> None:
        data = [
            {
                "id": p.id,
                "name": p.name,
                "base_url": p.base_url,
                "recent_users": list(p.recent_users),
            }
            for p in profiles
        ]
        self._settings.setValue(self.KEY, json.dumps(data, ensure_ascii=False))
        self._settings.sync()
