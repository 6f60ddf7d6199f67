"""The outermost ASGI layer: body buffering, the request log, latency and fault injection.

Control requests (under ``/v1/_demo``) pass straight through: never logged, delayed or faulted.
"""

from __future__ import annotations

import asyncio
import contextlib

from starlette.requests import ClientDisconnect
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from dify_desktop.demo.context import API_PREFIX, CONSOLE_PREFIX, CONTROL_PREFIX, DemoContext
from dify_desktop.demo.wire.fault_answers import answer_with_fault
from dify_desktop.demo.wire.request_log import record_of


class WireLayer:
    """Wraps the routes (``app``); see the module docstring."""

    def __init__(self, app: ASGIApp, ctx: DemoContext) -> None:
        self.app = app
        self.ctx = ctx

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        # A client that went away (or a fault that closed the connection) is nothing to report.
        with contextlib.suppress(ClientDisconnect, OSError):
            await self._http(scope, receive, send)

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                self.ctx.loop = asyncio.get_running_loop()
                self.ctx.stopping = asyncio.Event()
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                if self.ctx.stopping is not None:
                    self.ctx.stopping.set()
                await send({"type": "lifespan.shutdown.complete"})
                return

    async def _http(self, scope: Scope, receive: Receive, send: Send) -> None:
        # Buffer the whole request body so a stall or a dropped client never breaks a route.
        chunks: list[bytes] = []
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunks.append(message.get("body", b""))
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        path: str = scope["path"]
        if path == CONTROL_PREFIX or path.startswith(CONTROL_PREFIX + "/"):
            await self.app(scope, replay, send)
            return

        rel = path[len(API_PREFIX) :] if path.startswith(API_PREFIX + "/") else None
        record = record_of(scope, body, rel if rel is not None else path)
        self.ctx.request_log.append(record)
        if self.ctx.latency_ms:
            await self.ctx.wait(self.ctx.latency_ms / 1000)

        async def logging_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                record.status = message["status"]
            await send(message)

        if rel is None and (path == CONSOLE_PREFIX or path.startswith(CONSOLE_PREFIX + "/")):
            rel = path  # console faults match the whole path (/console/api/...)
        fault = self.ctx.faults.take(scope["method"], rel) if rel is not None else None
        if fault is None:
            await self.app(scope, replay, logging_send)
            return
        await answer_with_fault(fault, self.ctx, self.app, scope, replay, receive, logging_send)
