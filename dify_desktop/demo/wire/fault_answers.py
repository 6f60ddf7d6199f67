"""How each kind of :class:`~dify_desktop.demo.faults.Fault` changes the answer or connection."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import struct

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from dify_desktop.demo.context import DemoContext
from dify_desktop.demo.errors import error_body
from dify_desktop.demo.faults import Fault

TRANSPORT_KEY = "dify_demo.transport"
"""Where :class:`~dify_desktop.demo.runner.DemoProtocol` puts the connection's transport."""

RawHeaders = list[tuple[bytes, bytes]]


async def answer_with_fault(
    fault: Fault,
    ctx: DemoContext,
    app: ASGIApp,
    scope: Scope,
    replay: Receive,
    receive: Receive,
    send: Send,
) -> None:
    """Answer one request the way ``fault`` says (``app`` runs the route, ``replay`` feeds it the
    buffered body, ``receive`` is the connection's own channel)."""
    transport: asyncio.Transport | None = scope.get("extensions", {}).get(TRANSPORT_KEY)
    kind = fault.kind
    if kind == "status":
        if fault.body is None:
            body = error_body(fault.status) if "json" in fault.content_type else b""
        else:
            body = fault.body.encode()
        headers = {"content-type": fault.content_type, **fault.headers}
        await _send_whole(send, fault.status, headers, body)
        return
    if kind == "stall":
        if not await ctx.wait(fault.delay_s):
            # The server is stopping: hang up rather than answer late.
            _close(transport, reset=False)
            await _until_disconnect(receive)
            return
        await app(scope, replay, send)
        return
    if kind == "drop":
        _close(transport, reset=False)
        await _until_disconnect(receive)
        return
    # The remaining kinds run the route first (its effect happens), then shape the answer.
    status, raw_headers, body = await _capture(app, scope, replay)
    if kind == "delay":
        await ctx.wait(fault.delay_s)
        await _send(send, status, raw_headers, body)
        return
    if kind == "truncate":
        cut = body[: len(body) // 2]
        kept = [(k, v) for k, v in raw_headers if k.lower() != b"content-length"]
        kept.append((b"content-length", str(len(cut)).encode()))
        await _send(send, 200, kept, cut)
        return
    if kind == "reset_mid_body":
        kept = [
            (k, v)
            for k, v in raw_headers
            if k.lower() not in (b"content-length", b"transfer-encoding")
        ]
        kept.append((b"content-length", str(len(body)).encode()))
        await send({"type": "http.response.start", "status": status, "headers": kept})
        await send(
            {"type": "http.response.body", "body": body[: len(body) // 2], "more_body": True}
        )
        _close(transport, reset=True)
        await _until_disconnect(receive)
        return
    raise AssertionError(f"unhandled fault kind {kind}")  # pragma: no cover


async def _send(send: Send, status: int, headers: RawHeaders, body: bytes) -> None:
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body, "more_body": False})


async def _send_whole(send: Send, status: int, headers: dict[str, str], body: bytes) -> None:
    raw = [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in headers.items()]
    raw = [(k, v) for k, v in raw if k != b"content-length"]
    raw.append((b"content-length", str(len(body)).encode()))
    await _send(send, status, raw, body)


async def _capture(app: ASGIApp, scope: Scope, receive: Receive) -> tuple[int, RawHeaders, bytes]:
    status = 500
    headers: RawHeaders = []
    parts: list[bytes] = []

    async def capture(message: Message) -> None:
        nonlocal status, headers
        if message["type"] == "http.response.start":
            status = message["status"]
            headers = list(message.get("headers", []))
        elif message["type"] == "http.response.body":
            parts.append(message.get("body", b""))

    await app(scope, receive, capture)
    return status, headers, b"".join(parts)


def _close(transport: asyncio.Transport | None, *, reset: bool) -> None:
    if transport is None:
        raise RuntimeError("fault needs the connection's transport (run under DemoServer)")
    if reset:
        sock = transport.get_extra_info("socket")
        if sock is not None:
            # SO_LINGER with a zero timeout: close() sends a TCP RST once the buffer is flushed.
            with contextlib.suppress(OSError):
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    transport.close()


async def _until_disconnect(receive: Receive) -> None:
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            return
