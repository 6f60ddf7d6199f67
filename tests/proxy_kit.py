"""A real HTTP proxy on loopback that records every request line passing through it.

Absolute-form requests (``GET http://127.0.0.1:PORT/v1/info HTTP/1.1``) are forwarded to their
server, one upstream connection per request (``Connection: close``, so the answer ends when the
server closes); ``CONNECT host:port`` is tunnelled. An unreachable server gets ``502``. The same
port speaks SOCKS5 (CONNECT only), recorded as ``SOCKS5 CONNECT host:port``.

Given ``credentials`` (user, password), it asks for them: HTTP Basic ``Proxy-Authorization`` on
every request and CONNECT (``407`` without or with wrong ones), RFC 1929 username/password for
SOCKS5 (no other method accepted). What it refused is in :meth:`refused`, not in :meth:`lines`;
:meth:`users` says which user name each passed line came with.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import contextlib
import socket
import threading
from urllib.parse import urlsplit

_HOP_BY_HOP = frozenset({"connection", "proxy-connection", "proxy-authorization", "keep-alive"})


def dead_port() -> int:
    """A loopback port nothing listens on (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class RecordingProxy:
    def __init__(self, credentials: tuple[str, str] | None = None) -> None:
        self.port = 0
        self.credentials = credentials
        self._lines: list[str] = []
        self._users: list[str | None] = []
        self._refused: list[str] = []
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stopped: asyncio.Event | None = None
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, name="recording-proxy", daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def lines(self) -> list[str]:
        """Every request line received so far, in order."""
        with self._lock:
            return list(self._lines)

    def users(self) -> list[str | None]:
        """The user name each line of :meth:`lines` came with (None: none was asked for)."""
        with self._lock:
            return list(self._users)

    def refused(self) -> list[str]:
        """Request lines (or SOCKS5 greetings) refused for missing or wrong credentials."""
        with self._lock:
            return list(self._refused)

    def _record(self, line: str, user: str | None) -> None:
        with self._lock:
            self._lines.append(line)
            self._users.append(user)

    def _refuse(self, line: str) -> None:
        with self._lock:
            self._refused.append(line)

    def _basic_user(self, header_lines: list[str]) -> str | None:
        """The user of a right ``Proxy-Authorization: Basic`` header, else None."""
        assert self.credentials is not None
        for line in header_lines:
            name, _, value = line.partition(":")
            scheme, _, encoded = value.strip().partition(" ")
            if name.strip().lower() != "proxy-authorization" or scheme.lower() != "basic":
                continue
            try:
                user, _, password = base64.b64decode(encoded).decode().partition(":")
            except (binascii.Error, UnicodeDecodeError):
                return None
            return user if (user, password) == self.credentials else None
        return None

    def start(self) -> None:
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("the proxy did not start")

    def stop(self) -> None:
        if self._loop is not None and self._stopped is not None:
            self._loop.call_soon_threadsafe(self._stopped.set)
        self._thread.join(10)

    def _run(self) -> None:
        asyncio.run(self._serve())

    async def _serve(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._stopped = asyncio.Event()
        server = await asyncio.start_server(self._client, "127.0.0.1", 0)
        self.port = server.sockets[0].getsockname()[1]
        self._ready.set()
        async with server:
            await self._stopped.wait()
            server.close()

    async def _client(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            head = await reader.readexactly(1)
            if head == b"\x05":
                await self._socks5(reader, writer)
                return
            while True:
                head += await reader.readuntil(b"\r\n\r\n")
                request_line, *header_lines = head.decode("latin-1").split("\r\n")[:-2]
                user = None
                if self.credentials is not None:
                    user = self._basic_user(header_lines)
                    if user is None:
                        self._refuse(request_line)
                        writer.write(
                            b"HTTP/1.1 407 Proxy Authentication Required\r\n"
                            b'Proxy-Authenticate: Basic realm="tests"\r\n'
                            b"Content-Length: 0\r\nConnection: close\r\n\r\n"
                        )
                        await writer.drain()
                        return
                self._record(request_line, user)
                method, target, _version = request_line.split(" ", 2)
                if method == "CONNECT":
                    await self._tunnel(target, reader, writer)
                    return
                headers = [h for h in header_lines if h.split(":", 1)[0].lower() not in _HOP_BY_HOP]
                length = next(
                    (
                        int(h.split(":", 1)[1])
                        for h in headers
                        if h.lower().startswith("content-length:")
                    ),
                    0,
                )
                body = await reader.readexactly(length) if length else b""
                await self._forward(method, target, headers, body, writer)
                head = b""
        except (asyncio.IncompleteReadError, ConnectionError, ValueError):
            pass
        finally:
            writer.close()
            with contextlib.suppress(ConnectionError):
                await writer.wait_closed()

    async def _forward(
        self,
        method: str,
        target: str,
        headers: list[str],
        body: bytes,
        writer: asyncio.StreamWriter,
    ) -> None:
        url = urlsplit(target)
        path = url.path + (f"?{url.query}" if url.query else "")
        try:
            up_reader, up_writer = await asyncio.open_connection(url.hostname, url.port or 80)
        except OSError:
            writer.write(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n")
            await writer.drain()
            return
        head = "\r\n".join([f"{method} {path} HTTP/1.1", *headers, "Connection: close", "", ""])
        up_writer.write(head.encode("latin-1") + body)
        await up_writer.drain()
        answer = await up_reader.read()  # until the server closes (Connection: close)
        up_writer.close()
        writer.write(answer)
        await writer.drain()

    async def _socks5(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        methods = await reader.readexactly((await reader.readexactly(1))[0])
        user = None
        if self.credentials is None:
            writer.write(b"\x05\x00" if 0 in methods else b"\x05\xff")
            await writer.drain()
        elif 2 not in methods:
            self._refuse("SOCKS5 without username/password")
            writer.write(b"\x05\xff")
            await writer.drain()
            return
        else:
            writer.write(b"\x05\x02")
            await writer.drain()
            _auth_version = await reader.readexactly(1)
            name = await reader.readexactly((await reader.readexactly(1))[0])
            password = await reader.readexactly((await reader.readexactly(1))[0])
            if (name.decode(), password.decode()) != self.credentials:
                self._refuse(f"SOCKS5 user {name.decode()!r} with a wrong password")
                writer.write(b"\x01\x01")
                await writer.drain()
                return
            user = name.decode()
            writer.write(b"\x01\x00")
            await writer.drain()
        _ver, command, _rsv, kind = await reader.readexactly(4)
        if kind == 1:
            host = socket.inet_ntop(socket.AF_INET, await reader.readexactly(4))
        elif kind == 4:
            host = f"[{socket.inet_ntop(socket.AF_INET6, await reader.readexactly(16))}]"
        else:
            host = (await reader.readexactly((await reader.readexactly(1))[0])).decode("idna")
        port = int.from_bytes(await reader.readexactly(2), "big")
        self._record(f"SOCKS5 {'CONNECT' if command == 1 else command} {host}:{port}", user)
        failed = b"\x05\x05\x00\x01\x00\x00\x00\x00\x00\x00"  # connection refused
        ok = b"\x05\x00\x00\x01\x00\x00\x00\x00\x00\x00"
        await self._tunnel(f"{host}:{port}", reader, writer, ok=ok, failed=failed)

    async def _tunnel(
        self,
        target: str,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
        *,
        ok: bytes = b"HTTP/1.1 200 Connection established\r\n\r\n",
        failed: bytes = b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n",
    ) -> None:
        host, _, port = target.rpartition(":")
        try:
            up_reader, up_writer = await asyncio.open_connection(host.strip("[]"), int(port))
        except OSError:
            writer.write(failed)
            await writer.drain()
            return
        writer.write(ok)
        await writer.drain()

        async def pipe(src: asyncio.StreamReader, dst: asyncio.StreamWriter) -> None:
            with contextlib.suppress(ConnectionError):
                while data := await src.read(65536):
                    dst.write(data)
                    await dst.drain()
            dst.close()

        await asyncio.gather(pipe(reader, up_writer), pipe(up_reader, writer))
