"""Run the demo server on a free port in a background thread.

::

    from dify_desktop.demo.runner import DemoServer

    with DemoServer(port=0) as srv:      # or srv.start() ... srv.stop()
        httpx.get(f"{srv.base_url}/info", headers={"Authorization": f"Bearer {srv.api_key}"})
        srv.store.add_conversation("cus_test", "Hello")
        srv.faults.add(Fault(method="POST", path="/conversations/*/name", kind="drop"))
        srv.wait_for_requests("GET", "/info")   # the request log: srv.requests(...)

uvicorn runs in a daemon thread with its own asyncio loop. ``start()`` returns once the server
accepts connections; ``stop()`` shuts it down cleanly and joins the thread.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
import threading
from types import TracebackType

import uvicorn
from starlette.types import Receive, Scope, Send
from uvicorn.protocols.http.h11_impl import H11Protocol

from dify_desktop.demo.console_state import ConsoleState
from dify_desktop.demo.context import API_PREFIX, CONSOLE_PREFIX, DemoContext
from dify_desktop.demo.faults import FaultTable
from dify_desktop.demo.rules import AUTO_GENERATE_MODES
from dify_desktop.demo.server import create_app
from dify_desktop.demo.store import Store
from dify_desktop.demo.wire.fault_answers import TRANSPORT_KEY
from dify_desktop.demo.wire.request_log import RequestLog, RequestRecord

STOP_TIMEOUT_S = 15.0


class DemoProtocol(H11Protocol):
    """uvicorn's h11 protocol, plus the connection's transport in each request's scope.

    Fault injection needs the transport to drop or reset a connection; uvicorn puts it nowhere
    in the ASGI scope, so every request of this connection runs through a small wrapper that
    adds it under ``scope["extensions"]["dify_demo.transport"]``.
    """

    # uvicorn's own signature (narrower than asyncio's BaseProtocol), hence the ignore.
    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        inner = self.app

        async def app(scope: Scope, receive: Receive, send: Send) -> None:
            extensions = dict(scope.get("extensions") or {})
            extensions[TRANSPORT_KEY] = transport
            scope["extensions"] = extensions
            await inner(scope, receive, send)

        self.app = app


class _Server(uvicorn.Server):
    def __init__(self, config: uvicorn.Config, started: threading.Event) -> None:
        super().__init__(config)
        self._started_event = started

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets=sockets)
        if self.started:
            self._started_event.set()


class DemoServer:
    """A Dify-compatible service API on ``http://HOST:PORT/v1``. See the module docstring."""

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        api_key: str = "app-demo",
        latency_ms: int = 0,
        seed: bool = True,
        scale: int = 0,
        auto_generate_mode: str = "model",
    ) -> None:
        if auto_generate_mode not in AUTO_GENERATE_MODES:
            raise ValueError(f"auto_generate_mode must be one of {AUTO_GENERATE_MODES}")
        self.host = host
        self.port = port
        self.api_key = api_key
        self.seed = seed
        self.scale = scale
        self._auto_generate_mode = auto_generate_mode
        self._latency_ms = latency_ms
        self.store = Store()
        self.faults = FaultTable()
        self.request_log = RequestLog()
        self._ctx = DemoContext(
            store=self.store,
            faults=self.faults,
            request_log=self.request_log,
            reseed=self.reset,
            api_key=api_key,
        )
        self._apply_seed()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._sock: socket.socket | None = None
        self._error: BaseException | None = None

    # ------------------------------------------------------------------ data

    def _apply_seed(self) -> None:
        self.store.reset()
        self._ctx.console.reset()
        if self.seed or self.scale:
            from dify_desktop.demo.seed import seed_store

            seed_store(self.store, base=self.seed, scale=self.scale)
        if self.seed:
            from dify_desktop.demo.console_seed import seed_console

            seed_console(self._ctx.console, self.store)
        self.store.auto_generate_mode = self._auto_generate_mode
        self._ctx.latency_ms = self._latency_ms

    def reset(self) -> None:
        """Back to the state right after construction: fresh seed data, settings, no faults, an
        empty request log."""
        with self.store.lock:
            self.faults.clear()
            self.request_log.clear()
            self._apply_seed()

    @property
    def latency_ms(self) -> int:
        """Added to every request but the control requests."""
        return self._ctx.latency_ms

    @latency_ms.setter
    def latency_ms(self, value: int) -> None:
        self._ctx.latency_ms = value

    def requests(self, method: str | None = None, path: str | None = None) -> list[RequestRecord]:
        """The requests received, oldest first, optionally only those with this method and exact
        path (relative to ``/v1``, as ``"/conversations"``); control requests are not logged."""
        return self.request_log.requests(method, path)

    def wait_for_requests(
        self,
        method: str | None = None,
        path: str | None = None,
        *,
        count: int = 1,
        timeout: float = 10.0,
    ) -> list[RequestRecord]:
        """Block until ``count`` matching requests have arrived (logged on arrival, before
        latency or a fault's delay); the matches. TimeoutError after ``timeout`` seconds."""
        return self.request_log.wait_for(method, path, count=count, timeout=timeout)

    @property
    def console(self) -> ConsoleState:
        """The console API's account, sessions and other apps."""
        return self._ctx.console

    @property
    def console_url(self) -> str:
        return self.base_url[: -len(API_PREFIX)] + CONSOLE_PREFIX

    def rotate_api_key(self, new_key: str) -> None:
        """Revoke the current key and accept ``new_key`` from the next request on."""
        self.api_key = new_key
        self._ctx.api_key = new_key

    # ------------------------------------------------------------------ lifecycle

    @property
    def base_url(self) -> str:
        host = self.host
        if ":" in host and not host.startswith("["):
            host = f"[{host}]"
        return f"http://{host}:{self.port}/v1"

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> DemoServer:
        """Bind, start uvicorn in a daemon thread, and return once it accepts connections."""
        if self._thread is not None:
            raise RuntimeError("DemoServer already started")
        family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
        # proto=IPPROTO_TCP matters: asyncio only sets TCP_NODELAY on accepted sockets whose
        # proto says TCP, and without it every answer waits ~40 ms (Nagle + delayed ACK).
        sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        try:
            sock.bind((self.host, self.port))
        except OSError:
            sock.close()
            raise
        self.port = sock.getsockname()[1]
        self._sock = sock
        config = uvicorn.Config(
            create_app(self._ctx),
            http=DemoProtocol,
            ws="none",
            lifespan="on",
            log_config=None,
            log_level="warning",
            access_log=False,
            timeout_graceful_shutdown=2,
            timeout_keep_alive=30,
            server_header=False,
        )
        started = threading.Event()
        self._server = _Server(config, started)
        self._thread = threading.Thread(
            target=self._run, name=f"dify-demo-server:{self.port}", daemon=True
        )
        self._thread.start()
        while not started.wait(0.02):
            if not self._thread.is_alive():
                self._thread = None
                sock.close()
                raise RuntimeError(f"demo server failed to start: {self._error!r}")
            if self._server.should_exit:
                break
        if not started.is_set():
            self.stop()
            raise RuntimeError("demo server failed to start")
        return self

    def _run(self) -> None:
        assert self._server is not None and self._sock is not None
        try:
            self._server.run(sockets=[self._sock])
        except BaseException as exc:
            self._error = exc
            logging.getLogger(__name__).exception("demo server crashed")

    def stop(self) -> None:
        """Stop accepting, finish or cancel in-flight requests, and join the thread."""
        server, thread = self._server, self._thread
        if server is None or thread is None:
            return
        server.should_exit = True
        loop, stopping = self._ctx.loop, self._ctx.stopping
        if loop is not None and stopping is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(stopping.set)
        thread.join(STOP_TIMEOUT_S)
        if thread.is_alive():  # pragma: no cover - a stuck handler
            server.force_exit = True
            thread.join(STOP_TIMEOUT_S)
        if self._sock is not None:
            self._sock.close()
        self._server = None
        self._thread = None
        self._sock = None
        self._ctx.loop = None
        self._ctx.stopping = None

    def __enter__(self) -> DemoServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def __repr__(self) -> str:
        state = "running" if self.running else "stopped"
        return f"<DemoServer {self.base_url} {state}>"
