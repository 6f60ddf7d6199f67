"""What every layer of the demo server shares (built by
:class:`~dify_desktop.demo.runner.DemoServer`), and where its routes live."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field

from dify_desktop.demo.console_state import ConsoleState
from dify_desktop.demo.faults import FaultTable
from dify_desktop.demo.store import Store
from dify_desktop.demo.wire.request_log import RequestLog

API_PREFIX = "/v1"
CONSOLE_PREFIX = "/console/api"
CONTROL_PREFIX = f"{API_PREFIX}/_demo"
"""The control routes: never logged, delayed or faulted."""


@dataclass
class DemoContext:
    store: Store
    faults: FaultTable
    request_log: RequestLog
    reseed: Callable[[], None]
    """Back to the state right after start-up (``POST /_demo/reset``)."""
    api_key: str = "app-demo"
    latency_ms: int = 0
    """Added before every request that is not a control request."""
    stopping: asyncio.Event | None = None
    loop: asyncio.AbstractEventLoop | None = None
    console: ConsoleState = field(default_factory=ConsoleState)
    """The console API's account and sessions (:mod:`~dify_desktop.demo.routes.console_auth`)."""

    async def wait(self, seconds: float) -> bool:
        """Sleep ``seconds``; return False early when the server is stopping."""
        if seconds <= 0:
            return True
        if self.stopping is None:
            await asyncio.sleep(seconds)
            return True
        try:
            await asyncio.wait_for(self.stopping.wait(), timeout=seconds)
        except TimeoutError:
            return True
        return False
