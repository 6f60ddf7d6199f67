"""Helpers for the fault tests: the real network with a switch for the faults no server can
produce, an event-loop heartbeat, the window wired to a short client timeout, log checks, and the
recorder behind the fault-matrix table printed at the end of the run."""

from __future__ import annotations

import asyncio
import fnmatch
import logging
import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QElapsedTimer, Qt, QTimer

from dify_desktop.core.profiles import Profile
from dify_desktop.ui.conversation_model import Column, IdRole, MessageRole
from dify_desktop.ui.main_window import MainWindow
from tests.ui.conftest import TIMEOUT, make_window

#: The client timeout that stands for "the person's patience" in these tests: a server that
#: answers after 30 s (or never) must be noticed after this long, not after 30 s.
SHORT_TIMEOUT = 1.0


def closed_port() -> int:
    """A loopback port nothing listens on (connecting to it is refused by the OS)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Sent:
    at: float
    method: str
    path: str


class Wire(httpx.AsyncBaseTransport):
    """The real network (``httpx.AsyncHTTPTransport``), with two switches for faults a loopback
    server cannot produce in test time:

    - ``refuse``: requests matching (method, path glob) go to a port nothing listens on, so the
      operating system really refuses the connection;
    - ``lose_answer``: requests matching are sent and answered by the server (its effect
      happens), then the answer is thrown away and ``httpx.ReadTimeout`` raised - an answer that
      would have come after the client's (90 s, for auto-generate) read timeout.

    ``sent`` records every request the app made, with the time it left.
    """

    def __init__(self) -> None:
        self._inner = httpx.AsyncHTTPTransport()
        self._dead_port = closed_port()
        self.refuse: tuple[str, str] | None = None
        self.lose_answer: tuple[str, str] | None = None
        self.sent: list[Sent] = []

    @staticmethod
    def _matches(rule: tuple[str, str] | None, request: httpx.Request) -> bool:
        if rule is None:
            return False
        method, pattern = rule
        path = request.url.path.removeprefix("/v1")
        return method in ("*", request.method) and fnmatch.fnmatchcase(path, pattern)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(
            Sent(time.monotonic(), request.method, request.url.path.removeprefix("/v1"))
        )
        if self._matches(self.refuse, request):
            request.url = request.url.copy_with(port=self._dead_port)
        response = await self._inner.handle_async_request(request)
        if self._matches(self.lose_answer, request):
            await response.aread()
            await response.aclose()
            raise httpx.ReadTimeout(
                "timed out (the answer came after the read timeout)", request=request
            )
        return response

    def times(self, method: str, path: str) -> list[float]:
        return [s.at for s in self.sent if s.method == method and fnmatch.fnmatchcase(s.path, path)]

    async def aclose(self) -> None:
        # Each session's client closes its transport; the wire outlives sessions (reconnects).
        pass

    async def really_close(self) -> None:
        await self._inner.aclose()


# ----------------------------------------------------------------------------- fixtures
# (made available by tests/faults/conftest.py and tests/hygiene/conftest.py)

_stoppers: list[threading.Thread] = []


@pytest.fixture
def fault_server() -> Iterator[Any]:
    """A fresh demo server per test (a stalled answer can never reach the next test). Stopping
    takes uvicorn ~0.2 s, so it happens in the background; the session waits for all of them."""
    from dify_desktop.demo.runner import DemoServer

    server = DemoServer()
    server.start()
    try:
        yield server
    finally:
        stopper = threading.Thread(target=server.stop, name="stop-demo-server", daemon=True)
        stopper.start()
        _stoppers.append(stopper)


def join_stoppers() -> None:
    while _stoppers:
        _stoppers.pop().join(15)


@pytest.fixture
def wire(qloop: asyncio.AbstractEventLoop) -> Iterator[Wire]:
    """The window's network for the test (see :class:`Wire`)."""
    transport = Wire()
    yield transport
    if not qloop.is_closed():
        task = qloop.create_task(transport.really_close())
        deadline = QDeadlineTimer(2000)
        while not task.done() and not deadline.hasExpired():
            QCoreApplication.processEvents()


class Heartbeat:
    """A 10 ms QTimer on the GUI thread: ``max_gap_ms`` is the longest the event loop (Qt and
    asyncio alike, under qasync) went without running it."""

    def __init__(self, interval_ms: int = 10) -> None:
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._beat)
        self._clock = QElapsedTimer()
        self.max_gap_ms = 0
        self.beats = 0

    def _beat(self) -> None:
        self.max_gap_ms = max(self.max_gap_ms, self._clock.restart())
        self.beats += 1

    def start(self) -> Heartbeat:
        self.max_gap_ms, self.beats = 0, 0
        self._clock.start()
        self._timer.start()
        return self

    def stop(self) -> int:
        self._timer.stop()
        self.max_gap_ms = max(self.max_gap_ms, self._clock.elapsed())
        return self.max_gap_ms


def fault_window(qtbot: Any, wire: Wire, *, timeout: float = SHORT_TIMEOUT) -> MainWindow:
    """A window (DIFY_API_KEY-style, nothing stored) whose clients use ``wire`` and ``timeout``."""
    window = make_window(qtbot)
    window.ctx.client_options = {"timeout": timeout, "transport": wire}
    return window


def profile_for(server: Any) -> Profile:
    return Profile(id="test-profile", name="Test app", base_url=server.base_url)


def open_session(qtbot: Any, window: MainWindow, server: Any, user: str | None) -> None:
    window.ctx.tasks.spawn(window.open_profile(profile_for(server), server.api_key, user))
    qtbot.waitUntil(lambda: window.session is not None, timeout=TIMEOUT)
    if user:
        qtbot.waitUntil(
            lambda: window.model.user == user and not window.model.loading, timeout=TIMEOUT
        )


def row_of(window: MainWindow, cid: str) -> int:
    for row in range(window.proxy.rowCount()):
        if window.proxy.index(row, 0).data(IdRole) == cid:
            return row
    raise AssertionError(f"conversation {cid} is not shown")


def cell(window: MainWindow, cid: str, column: Column) -> str:
    return str(window.proxy.index(row_of(window, cid), column).data() or "")


def row_message(window: MainWindow, cid: str) -> str:
    return str(window.proxy.index(row_of(window, cid), Column.STATUS).data(MessageRole) or "")


def select(window: MainWindow, cid: str) -> None:
    window.view.setCurrentIndex(window.proxy.index(row_of(window, cid), Column.NAME))
    window.view.setFocus()


#: Status-column labels a row can end with (no save or re-read still running).
FINAL_LABEL_PREFIXES = ("✓", "⚠")


def settled(window: MainWindow, cid: str) -> bool:
    label = cell(window, cid, Column.STATUS)
    return label.startswith(FINAL_LABEL_PREFIXES) and window.model.saving_count() == 0


def one_line(text: str, limit: int = 110) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# ----------------------------------------------------------------------------- logs


#: Loggers whose records are not the app's: Qt's own messages (routed through logging by the app).
FOREIGN_LOGGERS = ("qt",)


def problems_in_logs(records: list[logging.LogRecord]) -> list[str]:
    """Records an expected network fault must never produce: a traceback, or anything at
    WARNING or above (which a person would see on stderr without --debug)."""
    found = []
    for record in records:
        text = record.getMessage()
        if record.exc_info or record.exc_text or "Traceback" in text:
            found.append(f"traceback from {record.name}: {one_line(text)}")
        elif record.levelno >= logging.WARNING and not record.name.startswith(FOREIGN_LOGGERS):
            found.append(f"{record.levelname} from {record.name}: {one_line(text)}")
    return found


def app_lines(records: list[logging.LogRecord]) -> list[logging.LogRecord]:
    """The app's own records, without the client's one line per HTTP attempt."""
    return [
        r for r in records if r.name.startswith("dify_desktop") and r.name != "dify_desktop.api"
    ]


# ----------------------------------------------------------------------------- matrix table


@dataclass
class MatrixRow:
    operation: str
    fault: str
    seen: str = ""
    #: lines the app logged for the fault (besides the client's one line per HTTP attempt)
    log_lines: str = ""
    result: str = "not run"


@dataclass
class Matrix:
    rows: dict[str, MatrixRow] = field(default_factory=dict)

    def row(self, nodeid: str, operation: str, fault: str) -> MatrixRow:
        return self.rows.setdefault(nodeid, MatrixRow(operation, fault))


#: Filled by the matrix test (what the person saw) and by tests/faults/conftest.py (pass/fail).
MATRIX = Matrix()


def wait_for(qtbot: Any, condition: Callable[[], bool], timeout: int = TIMEOUT) -> None:
    qtbot.waitUntil(condition, timeout=timeout)
