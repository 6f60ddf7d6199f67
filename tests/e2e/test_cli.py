"""The app as a person (or a script) starts it: a real process, real arguments, real exit codes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from dify_desktop import __version__
from tests.app_process import run_app


def written_files(home: Path) -> list[Path]:
    return [p for p in home.rglob("*") if p.is_file()]


def test_version(tmp_path: Path) -> None:
    done = run_app(["--version"], tmp_path)
    assert done.returncode == 0 and done.stdout.strip() == f"dify-desktop {__version__}"


def test_demo_smoke_test_passes_and_leaves_nothing_behind(tmp_path: Path) -> None:
    done = run_app(["--demo", "--smoke-test"], tmp_path)
    assert done.returncode == 0, done.stderr
    assert "smoke test passed" in done.stdout
    assert int(done.stdout.split("passed: ")[1].split()[0]) > 0
    assert written_files(tmp_path) == []  # no settings, no keyring, no log


def test_no_display_is_one_clear_line(tmp_path: Path) -> None:
    done = run_app(["--demo"], tmp_path, display=False)
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "no display" in lines[0] and "QT_QPA_PLATFORM=offscreen" in lines[0]


def test_api_key_from_the_environment_opens_a_user_directly(
    tmp_path: Path, demo_server: Any
) -> None:
    from dify_desktop.demo.seed import SEED_USERS

    user = SEED_USERS[1]
    expected = len(demo_server.store.conversations_of(user))
    done = run_app(
        ["--base-url", demo_server.base_url, "--user", user, "--smoke-test", "--debug"],
        tmp_path,
        key=demo_server.api_key,
    )
    assert done.returncode == 0, done.stderr
    assert f"passed: {min(expected, 100)} conversations" in done.stdout
    assert any(r.user == user for r in demo_server.requests())
    assert demo_server.api_key not in done.stdout + done.stderr
    written = written_files(tmp_path)
    assert [p.name for p in written] == ["dify-desktop.log"]  # --debug's log, and nothing else
    assert demo_server.api_key not in written[0].read_text()


def test_a_refused_key_fails_the_smoke_test_with_a_reason(tmp_path: Path, demo_server: Any) -> None:
    done = run_app(
        ["--base-url", demo_server.base_url, "--user", "anyone", "--smoke-test"],
        tmp_path,
        key="app-wrong-key-123456",
    )
    assert done.returncode == 1
    assert "smoke test failed" in done.stderr and "401" in done.stderr
    assert "app-wrong-key-123456" not in done.stdout + done.stderr


@pytest.mark.parametrize(
    ("args", "key", "message"),
    [
        (["--base-url", "http://dify.example.com/v1", "--user", "u"], "app-x", "unencrypted"),
        (["--base-url", "https://dify.example.com/v1"], None, "DIFY_API_KEY"),
        (["--smoke-test"], None, "--smoke-test needs"),
    ],
)
def test_bad_start_arguments_are_refused_in_one_line(
    tmp_path: Path, args: list[str], key: str | None, message: str
) -> None:
    done = run_app(args, tmp_path, key=key)
    assert done.returncode == 2
    assert message in done.stderr and len(done.stderr.strip().splitlines()) == 1


def test_insecure_http_is_allowed_only_when_asked(tmp_path: Path) -> None:
    # Nothing listens there: the smoke test fails on the connection, not on the refusal.
    done = run_app(
        [
            "--base-url",
            "http://192.0.2.1.invalid/v1",
            "--user",
            "u",
            "--allow-insecure-http",
            "--smoke-test",
        ],
        tmp_path,
        key="app-x-123456",
    )
    assert done.returncode == 1 and "unencrypted" not in done.stderr
    assert "Cannot reach" in done.stderr
