"""Fixtures for the client tests: the demo server over real loopback HTTP, a raw loopback server
for exact byte-level answers, a loopback TLS server with an untrusted certificate, and a check
that the API key never reaches the logs."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import ipaddress
import logging
import socket
import ssl
import traceback
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest
import pytest_asyncio

from dify_desktop.api import DifyClient, DifyError
from dify_desktop.demo.runner import DemoServer

#: A key distinctive enough that finding it anywhere means it leaked.
API_KEY = "app-Kq7vT3xW9mZ2pL5nR8sB4yF6"


# --------------------------------------------------------------------------- leak checks


def assert_no_key(error: BaseException, key: str = API_KEY) -> None:
    """The key is in no text of the error, of anything chained to it, or of its traceback;
    no httpx exception (which carries the request and its headers) is chained."""
    text = "".join(traceback.format_exception(error))
    assert key not in text
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        assert key not in str(current)
        assert key not in repr(current)
        if hasattr(current, "__dict__"):
            assert key not in repr(vars(current))
        assert not isinstance(current, httpx.HTTPError), "an httpx exception is chained"
        current = current.__cause__ or current.__context__
    if isinstance(error, DifyError):
        assert key not in error.message
        assert key not in str(error.server_message)


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


class SleepRecorder:
    """Replaces the client's retry sleep: records each wait, yields to the loop, no waiting."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)
        await asyncio.sleep(0)


@pytest.fixture
def sleeps() -> SleepRecorder:
    return SleepRecorder()


@pytest_asyncio.fixture
async def client(demo_server: DemoServer, sleeps: SleepRecorder) -> AsyncIterator[DifyClient]:
    async with DifyClient(demo_server.base_url, demo_server.api_key, timeout=5.0) as c:
        c._sleep = sleeps
        yield c


# --------------------------------------------------------------------------- raw server


@dataclass
class RawRequest:
    method: str
    target: str
    headers: dict[str, str]
    body: bytes


@dataclass
class RawServer:
    """Answers every request with the next canned bytes (the last one repeats) and records
    what it received."""

    answers: list[bytes]
    requests: list[RawRequest] = field(default_factory=list)
    port: int = 0

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            head = await reader.readuntil(b"\r\n\r\n")
            lines = head.decode("latin-1").split("\r\n")
            method, target, _ = lines[0].split(" ", 2)
            headers = {}
            for line in lines[1:]:
                if ":" in line:
                    name, value = line.split(":", 1)
                    headers[name.strip().lower()] = value.strip()
            body = await reader.readexactly(int(headers.get("content-length", "0")))
            self.requests.append(RawRequest(method, target, headers, body))
            index = min(len(self.requests), len(self.answers)) - 1
            writer.write(self.answers[index])
            await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()
            with contextlib.suppress(ConnectionError):
                await writer.wait_closed()


def http_answer(
    status: int,
    body: bytes | str = b"",
    content_type: str = "application/json",
    headers: dict[str, str] | None = None,
    reason: str = "X",
) -> bytes:
    data = body.encode() if isinstance(body, str) else body
    head = [f"HTTP/1.1 {status} {reason}", f"Content-Type: {content_type}"]
    head += [f"{k}: {v}" for k, v in (headers or {}).items()]
    head += [f"Content-Length: {len(data)}", "Connection: close", "", ""]
    return "\r\n".join(head).encode("latin-1") + data


RawServerFactory = Callable[..., Awaitable[RawServer]]


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
