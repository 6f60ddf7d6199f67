"""What goes over the wire, TLS, and transport faults a server cannot produce."""

from __future__ import annotations

import json
import ssl

import httpx
import pytest
from api_testkit import API_KEY, RawServerFactory, SleepRecorder, assert_no_key, http_answer

import dify_desktop
from dify_desktop.api import (
    ConnectError,
    DifyClient,
    DifyError,
    InvalidResponseError,
    RequestTimeoutError,
    ServerError,
    TLSError,
    TransportError,
)

pytestmark = pytest.mark.asyncio

INFO = '{"name": "App", "description": "", "tags": [], "mode": "chat", "author_name": "me"}'


async def test_headers_paths_and_bodies_on_the_wire(raw_server: RawServerFactory) -> None:
    raw = await raw_server(
        http_answer(200, INFO),
        http_answer(204, content_type="text/plain"),
        http_answer(200, '{"result": "success"}'),
    )
    async with DifyClient(raw.base_url + "/", API_KEY) as c:  # trailing slash accepted
        assert (await c.get_app_info()).name == "App"
        await c.delete_conversation("c/1", "user one")
        await c.delete_conversation("c2", "ü")
    info, delete, delete_old = raw.requests
    assert (info.method, info.target) == ("GET", "/v1/info")
    assert info.headers["authorization"] == f"Bearer {API_KEY}"
    assert info.headers["user-agent"] == f"dify-desktop/{dify_desktop.__version__}"
    assert info.headers["accept"] == "application/json"
    assert info.body == b""
    assert (delete.method, delete.target) == ("DELETE", "/v1/conversations/c%2F1")
    assert delete.headers["content-type"] == "application/json"
    assert json.loads(delete.body) == {"user": "user one"}
    assert json.loads(delete_old.body.decode("utf-8")) == {"user": "ü"}


async def test_delete_with_a_non_json_200_is_not_called_a_success(
    raw_server: RawServerFactory,
) -> None:
    raw = await raw_server(http_answer(200, "<html>portal</html>", "text/html"))
    async with DifyClient(raw.base_url, API_KEY) as c:
        with pytest.raises(InvalidResponseError) as caught:
            await c.delete_conversation("c1", "u")
    assert caught.value.uncertain and "portal" in caught.value.message


async def test_a_redirect_is_not_followed(raw_server: RawServerFactory) -> None:
    raw = await raw_server(
        http_answer(301, "", "text/html", {"Location": "https://elsewhere.example/v1/info"})
    )
    async with DifyClient(raw.base_url, API_KEY) as c:
        with pytest.raises(ServerError) as caught:
            await c.get_app_info()
    assert caught.value.code == "redirect" and caught.value.status == 301
    assert "https://elsewhere.example/v1/info" in caught.value.message
    assert len(raw.requests) == 1


async def test_self_signed_certificate_is_refused_in_plain_words(
    raw_server: RawServerFactory, self_signed_tls: ssl.SSLContext, sleeps: SleepRecorder
) -> None:
    raw = await raw_server(http_answer(200, INFO), ssl_context=self_signed_tls)
    async with DifyClient(f"https://127.0.0.1:{raw.port}/v1", API_KEY) as c:
        c._sleep = sleeps
        with pytest.raises(TLSError) as caught:
            await c.get_app_info()
    err = caught.value
    assert_no_key(err)
    assert err.code == "tls_error" and err.status is None
    assert "not trusted" in err.message and "certificate" in err.message
    assert raw.requests == [] and sleeps.waits == []  # nothing sent, not retried


async def test_tls_failure_via_transport(sleeps: SleepRecorder) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        cause = ssl.SSLCertVerificationError(1, "certificate verify failed")
        cause.verify_message = "certificate has expired"
        raise httpx.ConnectError("TLS", request=request) from cause

    async with DifyClient(
        "https://dify.example.com/v1", API_KEY, transport=httpx.MockTransport(handler)
    ) as c:
        c._sleep = sleeps
        with pytest.raises(TLSError) as caught:
            await c.list_conversations("u")
    assert_no_key(caught.value)
    assert "certificate has expired" in caught.value.message
    assert "https://dify.example.com" in caught.value.message and sleeps.waits == []


@pytest.mark.parametrize(
    ("reason", "code"),
    [
        ("WRONG_VERSION_NUMBER", TLSError.NOT_HTTPS),
        ("TLSV1_ALERT_PROTOCOL_VERSION", TLSError.FAILED),
    ],
)
async def test_a_handshake_failure_says_what_kind_it_is(
    sleeps: SleepRecorder, reason: str, code: str
) -> None:
    """Only a certificate that is not trusted is called one (the code tells them apart)."""

    def handler(request: httpx.Request) -> httpx.Response:
        cause = ssl.SSLError(1, f"[SSL: {reason}] {reason.lower()} (_ssl.c:1000)")
        cause.reason = reason
        raise httpx.ConnectError("TLS", request=request) from cause

    async with DifyClient(
        "https://dify.example.com/v1", API_KEY, transport=httpx.MockTransport(handler)
    ) as c:
        c._sleep = sleeps
        with pytest.raises(TLSError) as caught:
            await c.get_app_info()
    assert caught.value.code == code and "not trusted" not in caught.value.message
    assert ("http://" in caught.value.message) == (code == TLSError.NOT_HTTPS)
    assert sleeps.waits == []


async def test_connect_timeout_is_a_connect_error_not_retried(sleeps: SleepRecorder) -> None:
    calls = 0

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1
        raise httpx.ConnectTimeout("timed out", request=request)

    async with DifyClient(
        "https://dify.example.com/v1", API_KEY, transport=httpx.MockTransport(handler)
    ) as c:
        c._sleep = sleeps
        with pytest.raises(ConnectError) as caught:
            await c.get_app_info()
    assert caught.value.code == "connect_timeout" and calls == 1 and sleeps.waits == []
    assert_no_key(caught.value)


@pytest.mark.parametrize(
    ("exc", "cls", "code"),
    [
        (httpx.WriteTimeout, RequestTimeoutError, "timeout"),
        (httpx.PoolTimeout, RequestTimeoutError, "timeout"),
        (httpx.LocalProtocolError, TransportError, "transport_error"),
        (httpx.UnsupportedProtocol, ConnectError, "invalid_url"),
        (httpx.ProxyError, ConnectError, "proxy_error"),
        (httpx.DecodingError, InvalidResponseError, "decoding_error"),
    ],
)
async def test_other_transport_exceptions_are_wrapped_and_redacted(
    exc: type[httpx.RequestError], cls: type[DifyError], code: str, sleeps: SleepRecorder
) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        # Whatever text an exception carries (here, the header itself) is scrubbed.
        raise exc(f"bad header {request.headers['authorization']}", request=request)

    async with DifyClient(
        "https://dify.example.com/v1", API_KEY, transport=httpx.MockTransport(handler)
    ) as c:
        c._sleep = sleeps
        with pytest.raises(cls) as caught:
            await c.get_meta()
    assert caught.value.code == code
    assert_no_key(caught.value)
    assert "Bearer ***" in caught.value.message or code in ("timeout",)


async def test_any_exception_from_the_transport_becomes_a_dify_error() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise RuntimeError(f"odd {API_KEY}")

    async with DifyClient("http://h/v1", API_KEY, transport=httpx.MockTransport(handler)) as c:
        with pytest.raises(TransportError) as caught:
            await c.get_site()
    assert_no_key(caught.value)


async def test_auto_generate_waits_longer_than_other_requests() -> None:
    seen: list[dict[str, float | None]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions["timeout"])
        return httpx.Response(200, json={"id": "c1", "name": "n"})

    async with DifyClient(
        "http://h/v1", API_KEY, timeout=7, transport=httpx.MockTransport(handler)
    ) as c:
        await c.rename_conversation("c1", "u", "manual")
        await c.rename_conversation("c1", "u", auto_generate=True)
    assert seen[0] == {"connect": 7.0, "read": 7.0, "write": 7.0, "pool": 7.0}
    assert seen[1]["read"] == 90.0 and seen[1]["connect"] == 7.0


async def test_tls_context_only_for_https(
    monkeypatch: pytest.MonkeyPatch, raw_server: RawServerFactory
) -> None:
    import truststore

    made: list[int] = []

    class Recorder(truststore.SSLContext):
        def __init__(self, protocol: int) -> None:
            made.append(protocol)
            super().__init__(protocol)

    monkeypatch.setattr(truststore, "SSLContext", Recorder)
    raw = await raw_server(http_answer(200, INFO))
    async with DifyClient(raw.base_url, API_KEY) as c:
        await c.get_app_info()
    assert made == []
    c = DifyClient("https://dify.example.com/v1", API_KEY)
    assert made == []  # lazily: nothing at construction
    c._client()
    assert made == [ssl.PROTOCOL_TLS_CLIENT]
    context = c._client()._transport._pool._ssl_context  # type: ignore[attr-defined]
    assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname
    await c.aclose()


async def test_closed_client_refuses(raw_server: RawServerFactory) -> None:
    raw = await raw_server(http_answer(200, INFO))
    c = DifyClient(raw.base_url, API_KEY)
    async with c:
        await c.get_app_info()
    with pytest.raises(ConnectError) as caught:
        await c.get_app_info()
    assert caught.value.code == "client_closed" and len(raw.requests) == 1


async def test_one_pooled_keep_alive_connection(client: DifyClient) -> None:
    http = client._client()
    for _ in range(5):
        await client.get_app_info()
        await client.get_site()
    assert client._client() is http
    pool = http._transport._pool  # type: ignore[attr-defined]
    assert len(pool.connections) == 1


async def test_the_systems_http_proxy_is_used(
    monkeypatch: pytest.MonkeyPatch, raw_server: RawServerFactory
) -> None:
    proxy = await raw_server(http_answer(200, INFO))
    monkeypatch.setenv("HTTP_PROXY", f"http://127.0.0.1:{proxy.port}")
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    async with DifyClient("http://dify.invalid/v1", API_KEY) as c:
        assert (await c.get_app_info()).name == "App"
    assert proxy.requests[0].target == "http://dify.invalid/v1/info"


async def test_an_unusable_proxy_setting_is_a_connect_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        # What httpx raises for ALL_PROXY=socks5://... without the socksio package.
        raise ImportError(
            f"Using SOCKS proxy, but the 'socksio' package is not installed {API_KEY}"
        )

    monkeypatch.setattr(httpx, "AsyncClient", refuse)
    async with DifyClient("https://dify.example.com/v1", API_KEY) as c:
        with pytest.raises(ConnectError) as caught:
            await c.get_app_info()
    assert caught.value.code == "proxy_error" and "ImportError" in caught.value.message
    assert_no_key(caught.value)
