"""Helpers shared by the client tests (imported by name: conftest modules are ambiguous when
several test directories have one)."""

from __future__ import annotations

import asyncio
import contextlib
import traceback
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

import httpx

from dify_desktop.api import DifyError

#: A key distinctive enough that finding it anywhere means it leaked.
API_KEY = "app-Kq7vT3xW9mZ2pL5nR8sB4yF6"


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


class SleepRecorder:
    """Replaces the client's retry sleep: records each wait, yields to the loop, no waiting."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)
        await asyncio.sleep(0)


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
