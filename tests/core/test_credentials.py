"""The API key in a real Secret Service (gnome-keyring on a private D-Bus)."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest

from dify_desktop.core.credentials import SERVICE, Credentials, KeyringProblem, KeyringState
from tests.keyring_kit import SecretService, secret_service_in


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


@pytest.mark.asyncio
async def test_a_really_locked_keyring_is_told_apart_from_a_missing_one(tmp_path: Path) -> None:
    """A second gnome-keyring whose login collection holds a key and is then locked: unlocking
    needs a password prompt, which cannot be shown here (no display), so the keyring stays locked
    exactly as when a person dismisses the prompt."""
    with secret_service_in(tmp_path) as service:
        service.store(SERVICE, "profile-locked", "app-kept-secret")
        assert service.lookup(SERVICE, "profile-locked") == "app-kept-secret"
        service.lock()
        credentials = Credentials()
        calls = {
            "load": credentials.load("profile-locked"),
            "save": credentials.save("profile-locked", "app-new-secret"),
            "delete": credentials.delete("profile-locked"),
        }
        for name, call in calls.items():
            with pytest.raises(KeyringProblem) as problem:
                await call
            assert problem.value.state is KeyringState.LOCKED, name
            assert "locked" in str(problem.value)
            assert "app-" not in str(problem.value)


def pids_with_home(root: Path) -> list[int]:
    """Processes still running whose HOME is ``root`` (what SecretService gives its daemons)."""
    found = []
    for environ in Path("/proc").glob("[0-9]*/environ"):
        try:
            if f"HOME={root}".encode() in environ.read_bytes().split(b"\0"):
                found.append(int(environ.parent.name))
        except OSError:
            continue  # ended meanwhile, or not ours to read
    return found


def test_a_keyring_daemon_that_fails_to_start_leaves_no_bus_behind(tmp_path: Path) -> None:
    with pytest.raises(RuntimeError, match="exited before it was ready"):
        SecretService(tmp_path, keyring_command=("sh", "-c", "sleep 0.2; exit 3"))
    assert pids_with_home(tmp_path) == []


def test_stopping_ends_the_bus_the_daemon_and_what_the_bus_started(tmp_path: Path) -> None:
    service = SecretService(tmp_path)
    service.store(SERVICE, "profile-p", "app-p")
    service.lock()
    # Unlocking makes the bus start a password prompter (it fails without a display).
    with pytest.raises(subprocess.CalledProcessError):
        subprocess.run(
            ["secret-tool", "lookup", "service", SERVICE, "username", "profile-p"],
            env=service.env,
            capture_output=True,
            timeout=30,
            check=True,
        )
    started = pids_with_home(tmp_path)
    assert {p.pid for p in service.processes} <= set(started)
    service.stop()
    assert pids_with_home(tmp_path) == []
