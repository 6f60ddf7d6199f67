"""A proxy that asks for credentials (the real recording proxy on loopback): right ones pass,
missing or wrong ones are the proxy's problem (never "server unreachable"), for HTTP, CONNECT
and SOCKS5; the password is in no error."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from dify_desktop.api import DifyError, ProxyError
from dify_desktop.core.errors import connect_problem
from dify_desktop.core.problems import ProblemId
from dify_desktop.core.proxy_settings import (
    ProxyCredentials,
    ProxyMode,
    ProxySetting,
    client_options,
)
from dify_desktop.core.session import check_connection
from tests.proxy_kit import RecordingProxy, dead_port

PASSWORD = "s3cret/proxy:pw"


@pytest.fixture
def auth_proxy() -> Iterator[RecordingProxy]:
    server = RecordingProxy(credentials=("alice", PASSWORD))
    server.start()
    try:
        yield server
    finally:
        server.stop()


def options(url: str, user: str = "", password: str = "") -> dict[str, Any]:
    setting = ProxySetting(ProxyMode.MANUAL, url, credentials=bool(user))
    return client_options(setting, ProxyCredentials(user, password) if user else None)


@pytest.mark.asyncio
@pytest.mark.parametrize("scheme", ["http", "socks5"])
async def test_the_right_credentials_pass(
    demo_server: Any, auth_proxy: RecordingProxy, scheme: str
) -> None:
    url = f"{scheme}://127.0.0.1:{auth_proxy.port}"
    info = await check_connection(
        demo_server.base_url, demo_server.api_key, **options(url, "alice", PASSWORD)
    )
    assert info.name
    assert auth_proxy.users() == ["alice"] and auth_proxy.refused() == []


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("scheme", "user", "password", "expected"),
    [
        ("http", "", "", ProblemId.PROXY_AUTH_REQUIRED),
        ("http", "alice", "wrong", ProblemId.PROXY_AUTH_FAILED),
        ("socks5", "", "", ProblemId.PROXY_AUTH_REQUIRED),
        ("socks5", "alice", "wrong", ProblemId.PROXY_AUTH_FAILED),
    ],
)
async def test_missing_or_wrong_credentials_are_the_proxys_problem(
    demo_server: Any,
    auth_proxy: RecordingProxy,
    scheme: str,
    user: str,
    password: str,
    expected: ProblemId,
) -> None:
    url = f"{scheme}://127.0.0.1:{auth_proxy.port}"
    with pytest.raises(ProxyError) as caught:
        await check_connection(
            demo_server.base_url, demo_server.api_key, **options(url, user, password)
        )
    problem = connect_problem(caught.value)
    assert problem.id is expected and problem["proxy"] == f"127.0.0.1:{auth_proxy.port}"
    assert auth_proxy.lines() == [] and len(auth_proxy.refused()) >= 1
    assert "wrong" not in f"{caught.value} {caught.value!r}"


@pytest.mark.asyncio
async def test_a_tunnel_refused_for_credentials_is_the_proxys_problem(
    auth_proxy: RecordingProxy,
) -> None:
    # https:// goes through CONNECT: the 407 comes as httpx.ProxyError.
    target = f"https://127.0.0.1:{dead_port()}/v1"
    url = f"http://127.0.0.1:{auth_proxy.port}"
    with pytest.raises(ProxyError) as caught:
        await check_connection(target, "app-key-123456", **options(url, "alice", "wrong-pw"))
    assert connect_problem(caught.value).id is ProblemId.PROXY_AUTH_FAILED
    assert auth_proxy.refused() == [f"CONNECT {target.split('/')[2]} HTTP/1.1"]
    assert "wrong-pw" not in f"{caught.value} {caught.value!r}"


@pytest.mark.asyncio
async def test_a_system_proxy_that_fails_is_named(
    demo_server: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    port = dead_port()
    monkeypatch.setenv("HTTP_PROXY", f"http://127.0.0.1:{port}")
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    with pytest.raises(DifyError) as caught:
        await check_connection(demo_server.base_url, demo_server.api_key, max_retries=0)
    problem = connect_problem(caught.value)
    assert problem.id is ProblemId.PROXY_FAILED and problem["proxy"] == f"127.0.0.1:{port}"
