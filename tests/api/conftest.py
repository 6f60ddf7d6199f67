"""Fixtures for the client tests: the demo server over real loopback HTTP, a raw loopback server
for exact byte-level answers, a loopback TLS server with an untrusted certificate, and a check
that the API key never reaches the logs."""

from __future__ import annotations

import asyncio
import logging
import socket
import ssl
from collections.abc import AsyncIterator, Iterator

import pytest
import pytest_asyncio
from api_testkit import API_KEY, RawServer, RawServerFactory, SleepRecorder

from dify_desktop.api import DifyClient
from dify_desktop.demo.runner import DemoServer
from tests.tls_kit import self_signed_certificate

# --------------------------------------------------------------------------- leak checks


@pytest.fixture(autouse=True)
def _no_key_in_logs(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    caplog.set_level(logging.DEBUG)
    yield
    for record in caplog.records:
        assert API_KEY not in record.getMessage(), record.getMessage()
    assert API_KEY not in caplog.text


# --------------------------------------------------------------------------- demo server


@pytest.fixture(scope="session")
def _demo_process() -> Iterator[DemoServer]:
    srv = DemoServer(host="127.0.0.1", port=0, api_key=API_KEY, latency_ms=0, seed=True, scale=0)
    srv.start()
    try:
        yield srv
    finally:
        srv.stop()


@pytest.fixture
def demo_server(_demo_process: DemoServer) -> Iterator[DemoServer]:
    """The shared demo server, reset to its seed data, settings and no faults for each test."""
    _demo_process.reset()
    yield _demo_process
    _demo_process.faults.clear()


@pytest.fixture
def sleeps() -> SleepRecorder:
    return SleepRecorder()


@pytest_asyncio.fixture
async def client(demo_server: DemoServer, sleeps: SleepRecorder) -> AsyncIterator[DifyClient]:
    async with DifyClient(demo_server.base_url, demo_server.api_key, timeout=5.0) as c:
        c._sleep = sleeps
        yield c


# --------------------------------------------------------------------------- raw server


@pytest_asyncio.fixture
async def raw_server() -> AsyncIterator[RawServerFactory]:
    servers: list[asyncio.Server] = []

    async def start(*answers: bytes, ssl_context: ssl.SSLContext | None = None) -> RawServer:
        raw = RawServer(list(answers))
        server = await asyncio.start_server(raw.handle, "127.0.0.1", 0, ssl=ssl_context)
        raw.port = server.sockets[0].getsockname()[1]
        servers.append(server)
        return raw

    yield start
    for server in servers:
        server.close()
        await server.wait_closed()


# --------------------------------------------------------------------------- TLS


@pytest.fixture(scope="session")
def self_signed_tls(tmp_path_factory: pytest.TempPathFactory) -> ssl.SSLContext:
    """A server-side TLS context with a self-signed certificate for 127.0.0.1."""
    cert_file, key_file = self_signed_certificate(tmp_path_factory.mktemp("tls"))
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_file, key_file)
    return context


@pytest.fixture
def closed_port() -> int:
    """A loopback port nothing listens on."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])
