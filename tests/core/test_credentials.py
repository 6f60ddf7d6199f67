"""The API key in a real Secret Service (gnome-keyring on a private D-Bus)."""

from __future__ import annotations

from typing import Any

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import KeyringLocked

from dify_desktop.core.credentials import SERVICE, Credentials, KeyringProblem, KeyringState


@pytest.mark.asyncio
async def test_store_load_replace_delete(secret_service: Any) -> None:
    credentials = Credentials()
    await credentials.save("profile-1", "app-first-secret")
    assert await credentials.load("profile-1") == "app-first-secret"
    assert secret_service.lookup(SERVICE, "profile-1") == "app-first-secret"

    await credentials.save("profile-1", "app-second-secret")
    assert await Credentials().load("profile-1") == "app-second-secret"
    assert secret_service.lookup(SERVICE, "profile-1") == "app-second-secret"

    await credentials.delete("profile-1")
    assert await credentials.load("profile-1") is None
    assert secret_service.lookup(SERVICE, "profile-1") is None
    await credentials.delete("profile-1")  # deleting twice is not an error


@pytest.mark.asyncio
async def test_profiles_do_not_share_keys(secret_service: Any) -> None:
    credentials = Credentials()
    await credentials.save("profile-a", "app-key-a")
    await credentials.save("profile-b", "app-key-b")
    assert await credentials.load("profile-a") == "app-key-a"
    assert await credentials.load("profile-b") == "app-key-b"
    await credentials.delete("profile-a")
    assert await credentials.load("profile-b") == "app-key-b"


@pytest.mark.asyncio
async def test_no_keyring_is_named_and_session_only_keys_stay_in_memory(no_keyring: None) -> None:
    credentials = Credentials()
    with pytest.raises(KeyringProblem) as problem:
        await credentials.save("profile-x", "app-secret")
    assert problem.value.state is KeyringState.MISSING
    assert problem.value.describe().id.value == "keyring_missing"  # words: ui/test_sentences.py
    assert "app-secret" not in str(problem.value)
    credentials.keep_for_session("profile-x", "app-secret")
    assert credentials.is_session_only("profile-x")
    assert await credentials.load("profile-x") == "app-secret"


class LockedKeyring(KeyringBackend):
    """A keyring that exists but stays locked (the state a real one is in when unlocking is refused)."""

    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringLocked("Failed to unlock the collection!")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringLocked("Failed to unlock the collection!")

    def delete_password(self, service: str, username: str) -> None:
        raise KeyringLocked("Failed to unlock the collection!")


@pytest.mark.asyncio
async def test_a_locked_keyring_is_told_apart_from_a_missing_one() -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(LockedKeyring())
    try:
        with pytest.raises(KeyringProblem) as problem:
            await Credentials().load("profile-y")
    finally:
        keyring.set_keyring(previous)
    assert problem.value.state is KeyringState.LOCKED
    assert "locked" in str(problem.value)
