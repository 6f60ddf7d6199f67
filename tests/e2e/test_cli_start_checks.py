"""Start-up arguments that cannot work are refused at once, in one line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.app_process import run_app


def test_a_smoke_test_without_a_user_is_refused_at_once(tmp_path: Path, demo_server: Any) -> None:
    # Without --user there is no first page to wait for: say so, do not wait 30 s for it. (The
    # timeout is a guard against that wait, not a measure of speed.)
    done = run_app(
        ["--base-url", demo_server.base_url, "--smoke-test"],
        tmp_path,
        key=demo_server.api_key,
        timeout=20,
    )
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "--user" in lines[0] and "--smoke-test" in lines[0]
    assert demo_server.requests() == []  # refused before anything was sent


def test_an_address_without_a_host_is_refused_in_english(tmp_path: Path) -> None:
    done = run_app(["--base-url", "https:///v1", "--user", "u"], tmp_path, key="app-x", timeout=20)
    assert done.returncode == 2
    assert done.stderr.strip() == (
        "dify-desktop: The address needs a host name, for example https://api.dify.ai/v1."
    )
