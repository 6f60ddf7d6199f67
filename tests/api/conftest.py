"""Fixtures for the client tests: the demo server over real loopback HTTP, a raw loopback server
for exact byte-level answers, a loopback TLS server with an untrusted certificate, and a check
that the API key never reaches the logs."""

from __future__ import annotations

import asyncio
import datetime as dt
import ipaddress
import logging
import socket
import ssl
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
import pytest_asyncio
from api_testkit import API_KEY, RawServer, RawServerFactory, SleepRecorder

from dify_desktop.api import DifyClient
from dify_desktop.demo.runner import DemoServer

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
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "dify-desktop test")])
    now = dt.datetime.now(dt.UTC)

    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .sign(key, hashes.SHA256())
    )
    directory: Path = tmp_path_factory.mktemp("tls")
    cert_file, key_file = directory / "cert.pem", directory / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_file, key_file)
    return context


@pytest.fixture
def closed_port() -> int:
    """A loopback port nothing listens on."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])
