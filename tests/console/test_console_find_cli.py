"""``dify-desktop find`` as a process against the demo server: output, exit codes, the profile
path through a real Secret Service, and no display."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from dify_desktop.core.console_account import ConsoleAccount, KeyringSessionStore
from dify_desktop.core.credentials import Credentials
from dify_desktop.core.profiles import Profile, ProfileStore
from dify_desktop.demo.console_seed import WEB_APP_USER
from dify_desktop.demo.console_state import DEMO_EMAIL, DEMO_PASSWORD
from dify_desktop.demo.faults import Fault
from dify_desktop.demo.runner import DemoServer
from dify_desktop.demo.seed import DEFAULT_USER
from tests.app_process import isolated_env
from tests.console.console_kit import API_KEY

FIELDS = ["user", "conversation_id", "name", "created_at", "updated_at", "message_count"]


def find(
    home: Path, args: list[str], *, password: str | None = DEMO_PASSWORD, key: str | None = API_KEY
) -> subprocess.CompletedProcess[str]:
    env = isolated_env(home, display=False)
    if password is not None:
        env["DIFY_CONSOLE_PASSWORD"] = password
    if key is not None:
        env["DIFY_API_KEY"] = key
    return subprocess.run(
        [sys.executable, "-m", "dify_desktop", "find", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
        cwd=home,
    )


def signed_in(server: DemoServer) -> list[str]:
    return ["--base-url", server.base_url, "--console-email", DEMO_EMAIL]


def rows(result: subprocess.CompletedProcess[str]) -> list[dict[str, Any]]:
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_finds_across_end_users_newest_first(server: DemoServer, tmp_path: Path) -> None:
    result = find(tmp_path, [*signed_in(server), "ORDER"])
    assert result.returncode == 0, result.stderr
    found = rows(result)
    assert found and all(list(r) == FIELDS for r in found)
    assert [r["updated_at"] for r in found] == sorted(
        (r["updated_at"] for r in found), reverse=True
    )
    store = server.store
    service_users = {u.id: u for u in store.end_users.values() if u.type == "service_api"}

    def matches(conversation: Any) -> bool:
        user = service_users[conversation.end_user_id].session_id
        text = " ".join(
            [conversation.name, user, conversation.introduction]
            + [t for m in conversation.messages for t in (m.query, m.answer)]
        )
        return "order" in text.casefold()

    reachable = [
        c
        for c in store.conversations.values()
        if not c.deleted and c.end_user_id in service_users and matches(c)
    ]
    assert {r["conversation_id"] for r in found} == {c.id for c in reachable}
    by_id = {c.id: c for c in reachable}
    for r in found:
        conversation = by_id[r["conversation_id"]]
        assert r["user"] == conversation.user and r["name"] == conversation.name
        assert r["message_count"] == len(conversation.messages)
        assert r["updated_at"] == conversation.updated_at
    assert len({r["user"] for r in found}) > 1
    # the web app's conversation matches too, but the service API cannot act for its end user
    web_app = [c for c in store.conversations.values() if c.end_user_id not in service_users]
    assert any("order" in m.query.casefold() for c in web_app for m in c.messages)
    assert result.stderr == ""


def test_limit_dates_and_nothing_found(server: DemoServer, tmp_path: Path) -> None:
    limited = find(tmp_path, [*signed_in(server), "--limit", "2", DEFAULT_USER[:6]])
    assert limited.returncode == 0 and len(rows(limited)) == 2
    assert {r["user"] for r in rows(limited)} == {DEFAULT_USER}
    day = find(tmp_path, [*signed_in(server), "--since", "2026-03-18", "--until", "2026-03-18"])
    assert day.returncode == 0, day.stderr
    assert rows(day) and all(1773792000 <= r["updated_at"] < 1773878400 for r in rows(day))
    nothing = find(tmp_path, [*signed_in(server), "no such words anywhere"])
    assert (nothing.returncode, nothing.stdout, nothing.stderr) == (0, "", "")


def test_failures_are_one_line_and_exit_1(server: DemoServer, tmp_path: Path) -> None:
    wrong = find(tmp_path, [*signed_in(server), "refund"], password="wrong-password-here")
    assert wrong.returncode == 1 and wrong.stdout == ""
    assert wrong.stderr.count("\n") == 1 and "refused" in wrong.stderr
    assert "wrong-password-here" not in wrong.stderr
    server.faults.add(
        Fault(method="GET", path="/console/api/apps/*/chat-conversations", status=503, times=None)
    )
    failing = find(tmp_path, [*signed_in(server), "refund"])
    assert failing.returncode == 1 and failing.stderr.count("\n") == 1
    assert "503" in failing.stderr and DEMO_PASSWORD not in failing.stderr


@pytest.mark.parametrize(
    ("args", "password", "key"),
    [
        (["refund"], DEMO_PASSWORD, API_KEY),  # neither --profile nor --base-url
        (["--since", "2026-13-01", "x"], DEMO_PASSWORD, API_KEY),
        (["--since", "2026-03-02", "--until", "2026-03-01"], DEMO_PASSWORD, API_KEY),
        (["--limit", "0", "x"], DEMO_PASSWORD, API_KEY),
        (["--password", "x"], DEMO_PASSWORD, API_KEY),  # never an argument
        (["x"], None, API_KEY),
        (["x"], DEMO_PASSWORD, None),
    ],
)
def test_usage_errors_exit_2(
    server: DemoServer, tmp_path: Path, args: list[str], password: str | None, key: str | None
) -> None:
    full = args if args == ["refund"] else [*signed_in(server), *args]
    result = find(tmp_path, full, password=password, key=key)
    assert result.returncode == 2 and result.stdout == ""
    assert server.requests() == []


def test_plain_http_to_another_host_is_refused(tmp_path: Path) -> None:
    result = find(tmp_path, ["--base-url", "http://dify.example/v1", "--console-email", "a@b.c"])
    assert result.returncode == 2 and "unencrypted" in result.stderr


def test_a_signed_in_profile_needs_no_password(
    server: DemoServer, tmp_path: Path, secret_service: Any
) -> None:
    from PySide6.QtCore import QSettings

    profile = Profile("0b7e5d1c-4f3a-4c2b-9e8d-7a6b5c4d3e2f", "Acme, prod ü", server.base_url)
    config = tmp_path / "config" / "dify-desktop"
    config.mkdir(parents=True)
    settings = QSettings(str(config / "settings.ini"), QSettings.Format.IniFormat)
    ProfileStore(settings).save(profile)
    settings.sync()

    async def sign_in() -> None:
        await Credentials().save(profile.id, API_KEY)
        async with ConsoleAccount(server.base_url, KeyringSessionStore(profile.id)) as account:
            await account.sign_in(DEMO_EMAIL, DEMO_PASSWORD)

    asyncio.run(sign_in())
    result = find(tmp_path, ["--profile", profile.name, "refund"], password=None, key=None)
    assert result.returncode == 0, result.stderr
    assert rows(result) and WEB_APP_USER not in {r["user"] for r in rows(result)}
    again = find(tmp_path, ["--profile", profile.name, "refund"], password=None, key=None)
    assert again.stdout == result.stdout  # the rotated token was stored and works
    missing = find(tmp_path, ["--profile", "nobody", "x"], password=None, key=None)
    assert missing.returncode == 1 and "nobody" in missing.stderr
