"""--proxy: the app as a process, through a real recording proxy on loopback."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.app_process import run_app
from tests.proxy_kit import RecordingProxy, dead_port


def test_the_smoke_test_passes_through_the_proxy(
    tmp_path: Path, demo_server: Any, proxy: RecordingProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dify_desktop.demo.seed import SEED_USERS

    # The environment's proxy variables (inherited by the process) do not override --proxy.
    monkeypatch.setenv("HTTP_PROXY", f"http://127.0.0.1:{dead_port()}")
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    done = run_app(
        [
            "--base-url",
            demo_server.base_url,
            "--user",
            SEED_USERS[1],
            "--smoke-test",
            "--proxy",
            proxy.url,
        ],
        tmp_path,
        key=demo_server.api_key,
    )
    assert done.returncode == 0, done.stderr
    assert "smoke test passed" in done.stdout
    lines = proxy.lines()
    assert f"GET {demo_server.base_url}/info HTTP/1.1" in lines
    assert any(line.startswith(f"GET {demo_server.base_url}/conversations?") for line in lines)
    assert all(line.startswith(f"GET {demo_server.base_url}/") for line in lines), lines


def test_a_dead_proxy_fails_the_smoke_test_naming_the_proxy(
    tmp_path: Path, demo_server: Any
) -> None:
    port = dead_port()
    done = run_app(
        [
            "--base-url",
            demo_server.base_url,
            "--user",
            "anyone",
            "--smoke-test",
            "--proxy",
            f"http://127.0.0.1:{port}",
        ],
        tmp_path,
        key=demo_server.api_key,
    )
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert "smoke test failed" in lines[0] and f"proxy 127.0.0.1:{port}" in lines[0]
    assert "Cannot reach the server" not in lines[0]
    assert not demo_server.requests()


@pytest.mark.parametrize(
    "proxy_url",
    ["http://alice:hunter2-secret@127.0.0.1:3128", "socks5://:hunter2-secret@127.0.0.1:1080"],
)
def test_a_proxy_with_credentials_is_refused_without_echoing_them(
    tmp_path: Path, proxy_url: str
) -> None:
    done = run_app(["--demo", "--smoke-test", "--proxy", proxy_url], tmp_path)
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "credentials" in lines[0] and "--proxy" in lines[0]
    assert "hunter2" not in done.stdout + done.stderr


@pytest.mark.parametrize("proxy_url", ["ftp://127.0.0.1:21", "http://", "http://127.0.0.1:99999"])
def test_an_unusable_proxy_url_is_refused(tmp_path: Path, proxy_url: str) -> None:
    done = run_app(["--demo", "--smoke-test", "--proxy", proxy_url], tmp_path)
    assert done.returncode == 2
    assert "--proxy is not a usable URL" in done.stderr
