"""A profile's proxy: stored in the profile (schema 3, older stores migrated to *system*), its
credentials only in the real Secret Service, and what the client is told for each mode."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from dify_desktop.core.credentials import SERVICE, Credentials, proxy_entry
from dify_desktop.core.problems import ProblemId
from dify_desktop.core.profiles import VERSION, Profile, ProfileStore
from dify_desktop.core.proxy_settings import (
    ProxyCredentials,
    ProxyMode,
    ProxySetting,
    check_proxy_url,
    client_options,
)

A_ID = "0b6f2a3e-1111-4c3b-9d1e-aaaaaaaaaaaa"
MANUAL = ProxySetting(ProxyMode.MANUAL, "http://proxy.example:3128", credentials=True)


def ini(path: Path) -> QSettings:
    return QSettings(str(path / "settings.ini"), QSettings.Format.IniFormat)


def v2_profile() -> dict[str, Any]:
    return {"id": A_ID, "name": "Support", "base_url": "https://a.example/v1", "recent_users": []}


def test_a_version_2_store_is_migrated_to_the_system_proxy(tmp_path: Path) -> None:
    settings = ini(tmp_path)
    settings.setValue("profiles/all", json.dumps([v2_profile()]))
    settings.setValue("profiles/version", 2)
    settings.sync()
    profiles = ProfileStore(ini(tmp_path))
    [profile] = profiles.all()
    assert profile.proxy == ProxySetting(ProxyMode.SYSTEM, "", credentials=False)
    assert profiles.recovery is None
    profiles.save(profile)
    reread = ini(tmp_path)
    assert str(reread.value("profiles/version")) == str(VERSION) == "3"
    stored = json.loads(str(reread.value("profiles/all")))
    assert stored[0]["proxy"] == {"mode": "system", "url": "", "credentials": False}


def test_a_manual_proxy_round_trips_without_any_credential(tmp_path: Path) -> None:
    profiles = ProfileStore(ini(tmp_path))
    profile = Profile(id=A_ID, name="Support", base_url="https://a.example/v1", proxy=MANUAL)
    profiles.save(profile)
    assert ProfileStore(ini(tmp_path)).all() == [profile]
    text = (tmp_path / "settings.ini").read_text()
    assert "proxy.example:3128" in text and "manual" in text
    assert "password" not in text and "username" not in text


@pytest.mark.parametrize(
    "proxy",
    [
        {"mode": "sometimes"},
        {"mode": "manual", "url": 3},
        "system",
        {"mode": "none", "credentials": "y"},
    ],
)
def test_a_damaged_proxy_entry_keeps_the_store_aside(tmp_path: Path, proxy: Any) -> None:
    settings = ini(tmp_path)
    settings.setValue("profiles/all", json.dumps([{**v2_profile(), "proxy": proxy}]))
    settings.setValue("profiles/version", 3)
    settings.sync()
    profiles = ProfileStore(ini(tmp_path))
    assert profiles.all() == []
    assert profiles.recovery is not None and profiles.recovery.profile_ids == (A_ID,)


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("http://proxy.example:3128", None),
        ("socks5://127.0.0.1:1080", None),
        ("socks5h://[::1]:1080", None),
        ("ftp://proxy.example:21", ProblemId.PROXY_NEEDS_SCHEME),
        ("https://proxy.example:443", ProblemId.PROXY_NEEDS_SCHEME),
        ("proxy.example:3128", ProblemId.PROXY_NEEDS_SCHEME),
        ("http://alice:pw@proxy.example:3128", ProblemId.PROXY_URL_HAS_CREDENTIALS),
        ("http://alice@proxy.example:3128", ProblemId.PROXY_URL_HAS_CREDENTIALS),
        ("http://:3128", ProblemId.PROXY_NEEDS_HOST),
        ("http://proxy.example", ProblemId.PROXY_NEEDS_PORT),
        ("http://proxy.example:99999", ProblemId.PROXY_NEEDS_PORT),
        ("", ProblemId.PROXY_NEEDS_SCHEME),
    ],
)
def test_typed_proxy_urls_are_checked(url: str, problem: ProblemId | None) -> None:
    found = check_proxy_url(url)
    assert (found.id if found else None) is problem


def test_each_mode_tells_the_client_what_to_do() -> None:
    assert client_options(ProxySetting(), None) == {}
    assert client_options(ProxySetting(ProxyMode.NONE), None) == {"trust_env": False}
    assert client_options(MANUAL, None) == {"proxy": "http://proxy.example:3128"}
    credentials = ProxyCredentials("al ice", "p@ss:w/rd")
    assert client_options(MANUAL, credentials) == {
        "proxy": "http://al%20ice:p%40ss%3Aw%2Frd@proxy.example:3128"
    }
    assert "p@ss" not in repr(credentials)


@pytest.mark.asyncio
async def test_proxy_credentials_live_in_the_keyring_next_to_the_key(secret_service: Any) -> None:
    credentials = Credentials()
    await credentials.save("profile-p", "app-the-key")
    await credentials.save_proxy("profile-p", ProxyCredentials("alice", "hunter2-proxy"))
    stored = secret_service.lookup(SERVICE, proxy_entry("profile-p"))
    assert json.loads(stored) == {"username": "alice", "password": "hunter2-proxy"}
    assert await Credentials().load_proxy("profile-p") == ProxyCredentials("alice", "hunter2-proxy")
    assert await credentials.load("profile-p") == "app-the-key"  # the key is untouched

    await credentials.save_proxy("profile-p", ProxyCredentials("bob", "second"))
    assert await Credentials().load_proxy("profile-p") == ProxyCredentials("bob", "second")
    await credentials.save_proxy("profile-p", None)
    assert await credentials.load_proxy("profile-p") is None
    assert await credentials.load("profile-p") == "app-the-key"


@pytest.mark.asyncio
async def test_deleting_a_profile_removes_its_proxy_credentials(secret_service: Any) -> None:
    credentials = Credentials()
    await credentials.save("profile-d", "app-key-d")
    await credentials.save_proxy("profile-d", ProxyCredentials("alice", "hunter2-proxy"))
    await credentials.delete("profile-d")
    assert secret_service.lookup(SERVICE, "profile-d") is None
    assert secret_service.lookup(SERVICE, proxy_entry("profile-d")) is None
    assert await credentials.load_proxy("profile-d") is None


@pytest.mark.asyncio
async def test_unreadable_proxy_credentials_count_as_none(secret_service: Any) -> None:
    secret_service.store(SERVICE, proxy_entry("profile-u"), "not json")
    assert await Credentials().load_proxy("profile-u") is None
    secret_service.store(SERVICE, proxy_entry("profile-u"), json.dumps({"password": "x"}))
    assert await Credentials().load_proxy("profile-u") is None


@pytest.mark.asyncio
async def test_session_only_proxy_credentials_stay_in_memory(no_keyring: None) -> None:
    credentials = Credentials()
    credentials.keep_for_session("profile-s", "app-key", ProxyCredentials("alice", "pw-in-memory"))
    assert await credentials.load_proxy("profile-s") == ProxyCredentials("alice", "pw-in-memory")
    await credentials.delete("profile-s")
    assert not credentials.is_session_only("profile-s")
