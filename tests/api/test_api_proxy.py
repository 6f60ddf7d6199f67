"""The client through a real proxy on loopback: every request passes it (loopback and the
environment's proxy variables notwithstanding), and a failing proxy is a ProxyError."""

from __future__ import annotations

import pytest
from api_testkit import SleepRecorder

from dify_desktop.api import ConnectError, DifyClient, ProxyError
from dify_desktop.api.proxy import proxy_address
from dify_desktop.core.errors import problem_of
from dify_desktop.core.problems import ProblemId
from dify_desktop.demo.runner import DemoServer
from tests.proxy_kit import RecordingProxy, dead_port


@pytest.mark.asyncio
async def test_every_request_goes_through_the_given_proxy(
    demo_server: DemoServer, proxy: RecordingProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The environment names a dead proxy and exempts loopback: the given proxy wins over both.
    monkeypatch.setenv("HTTP_PROXY", f"http://127.0.0.1:{dead_port()}")
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    async with DifyClient(demo_server.base_url, demo_server.api_key, proxy=proxy.url) as client:
        info = await client.get_app_info()
    assert info.name
    assert proxy.lines() == [f"GET {demo_server.base_url}/info HTTP/1.1"]


@pytest.mark.asyncio
async def test_a_dead_proxy_is_a_proxy_error_not_an_unreachable_server(
    demo_server: DemoServer, sleeps: SleepRecorder
) -> None:
    port = dead_port()
    async with DifyClient(
        demo_server.base_url, demo_server.api_key, proxy=f"http://127.0.0.1:{port}"
    ) as client:
        client._sleep = sleeps
        with pytest.raises(ProxyError) as caught:
            await client.get_app_info()
    assert caught.value.proxy == f"127.0.0.1:{port}" and caught.value.code == "proxy_failed"
    assert isinstance(caught.value, ConnectError)  # nothing reached the server
    assert problem_of(caught.value).id is ProblemId.PROXY_FAILED
    assert problem_of(caught.value)["proxy"] == f"127.0.0.1:{port}"


@pytest.mark.asyncio
async def test_a_proxy_refusing_the_tunnel_is_a_proxy_error(proxy: RecordingProxy) -> None:
    # https:// goes through CONNECT; the proxy answers 502 (nothing listens there): httpx.ProxyError.
    target = f"127.0.0.1:{dead_port()}"
    async with DifyClient(f"https://{target}/v1", "app-key-123456", proxy=proxy.url) as client:
        with pytest.raises(ProxyError) as caught:
            await client.get_app_info()
    assert caught.value.proxy == f"127.0.0.1:{proxy.port}"
    assert "502" in caught.value.message
    assert proxy.lines() == [f"CONNECT {target} HTTP/1.1"]


def test_the_proxy_is_named_by_host_and_port_only() -> None:
    assert proxy_address("http://user:secret@proxy.example:3128") == "proxy.example:3128"
    assert proxy_address("socks5://[::1]") == "[::1]:1080"
    assert proxy_address("http://proxy.example/") == "proxy.example:80"


@pytest.mark.asyncio
async def test_a_socks5_proxy_carries_the_requests(
    demo_server: DemoServer, proxy: RecordingProxy
) -> None:
    socks = f"socks5://127.0.0.1:{proxy.port}"
    async with DifyClient(demo_server.base_url, demo_server.api_key, proxy=socks) as client:
        assert (await client.get_app_info()).name
    assert proxy.lines() == [f"SOCKS5 CONNECT {demo_server.base_url.split('/')[2]}"]


@pytest.mark.asyncio
async def test_a_socks5_proxy_refusing_the_connection_is_a_proxy_error(
    proxy: RecordingProxy,
) -> None:
    socks = f"socks5://127.0.0.1:{proxy.port}"
    target = f"127.0.0.1:{dead_port()}"
    async with DifyClient(f"http://{target}/v1", "app-key-123456", proxy=socks) as client:
        with pytest.raises(ProxyError) as caught:
            await client.get_app_info()
    assert caught.value.proxy == f"127.0.0.1:{proxy.port}"
    assert proxy.lines() == [f"SOCKS5 CONNECT {target}"]


@pytest.mark.asyncio
async def test_a_proxy_password_is_in_no_error(demo_server: DemoServer) -> None:
    port = dead_port()
    url = f"http://alice:hunter2-secret@127.0.0.1:{port}"
    async with DifyClient(demo_server.base_url, demo_server.api_key, proxy=url) as client:
        with pytest.raises(ProxyError) as caught:
            await client.get_app_info()
    assert caught.value.proxy == f"127.0.0.1:{port}"
    assert "hunter2" not in f"{caught.value} {caught.value!r} {caught.value.__context__!r}"
