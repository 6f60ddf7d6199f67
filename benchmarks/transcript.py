"""Transcript benchmark: a conversation of 1,000 messages shown in the transcript pane.

    .venv/bin/python benchmarks/transcript.py [--messages 1000] [--latency 0 --latency 20]

The demo server runs as a subprocess; the conversation is made through ``POST /chat-messages``
(at most 60 messages a second, so that every message can be reached: Dify cannot page through
more than 100 in one second, and many share a second here). The app's real window then opens
it, and the pane is scrolled to the top after every page until all messages are shown, as a
person holding Ctrl+Home would. Measured, from the moment the row is selected:

* first paint: the pane's first paint that shows messages (includes the pane's 250 ms wait for
  the selection to settle, ``TranscriptPane.DELAY_MS``);
* fully loaded: every message in the view;
* worst stall: the longest the GUI thread's event loop went without running a 10 ms timer.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import httpx
import qasync
from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication

from benchmarks.common import DemoProcess

USER = "bench-transcript-user"
PER_SECOND = 60


def make_conversation(base_url: str, key: str, messages: int) -> str:
    """``messages`` messages in one conversation, at most PER_SECOND in any second."""
    headers = {"Authorization": f"Bearer {key}"}
    cid = ""
    with httpx.Client(base_url=base_url, headers=headers, timeout=30) as http:
        second, in_second = int(time.time()), 0
        for i in range(messages):
            now = int(time.time())
            if now != second:
                second, in_second = now, 0
            if in_second >= PER_SECOND:
                time.sleep(second + 1 - time.time())
                second, in_second = int(time.time()), 0
            body: dict[str, Any] = {
                "query": f"Question {i + 1}: **where** is my order?",
                "inputs": {},
                "user": USER,
                "response_mode": "blocking",
            }
            if cid:
                body["conversation_id"] = cid
            answer = http.post("/chat-messages", json=body)
            answer.raise_for_status()
            cid = answer.json()["conversation_id"]
            in_second += 1
    return cid


class PaintWatch(QObject):
    """The first paint of the view once it holds messages."""

    def __init__(self, pane: Any, clock: QElapsedTimer) -> None:
        super().__init__()
        self.pane, self.clock, self.first_paint_ms = pane, clock, -1.0
        pane.browser.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            self.first_paint_ms < 0
            and event.type() == QEvent.Type.Paint
            and not self.pane.document().isEmpty()
        ):
            self.first_paint_ms = self.clock.nsecsElapsed() / 1e6
        return False


class Heartbeat:
    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._beat)
        self.clock = QElapsedTimer()
        self.worst_ms = 0.0

    def _beat(self) -> None:
        self.worst_ms = max(self.worst_ms, self.clock.nsecsElapsed() / 1e6)
        self.clock.restart()

    def start(self) -> None:
        self.clock.start()
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        return max(self.worst_ms, self.clock.nsecsElapsed() / 1e6)


async def wait_for(condition: Any, timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the transcript did not load")
        await asyncio.sleep(0.005)


async def measure(base_url: str, key: str, cid: str) -> dict[str, float]:
    from dify_desktop.core.credentials import Credentials
    from dify_desktop.core.profiles import Profile, ProfileStore
    from dify_desktop.core.settings import MemorySettings
    from dify_desktop.ui.context import AppContext
    from dify_desktop.ui.conversation_model import IdRole
    from dify_desktop.ui.main_window import MainWindow

    settings = MemorySettings()
    context = AppContext(settings, ProfileStore(settings), Credentials(), ephemeral=True)
    window = MainWindow(context)
    window.resize(1180, 760)
    window.show()
    try:
        profile = Profile(id="bench", name="Bench", base_url=base_url)
        await window.open_profile(profile, key, USER)
        await wait_for(lambda: window.model.rowCount() > 0 and not window.model.loading)
        await wait_for(lambda: window.desk_parts_ready)
        row = next(
            r
            for r in range(window.proxy.rowCount())
            if window.proxy.index(r, 0).data(IdRole) == cid
        )
        pane = window.transcript
        clock = QElapsedTimer()
        watch = PaintWatch(pane, clock)
        beat = Heartbeat()
        bar = pane.browser.verticalScrollBar()
        pane.messagesShown.connect(lambda: QTimer.singleShot(0, lambda: bar.setValue(0)))
        clock.start()
        beat.start()
        window.view.setCurrentIndex(window.proxy.index(row, 0))
        await wait_for(lambda: pane.feed is not None and pane.feed.exhausted and not pane.loading)
        loaded_ms = clock.nsecsElapsed() / 1e6
        await wait_for(lambda: watch.first_paint_ms >= 0)
        stall_ms = beat.stop()
        assert pane.feed is not None
        return {
            "messages": float(len(pane.feed.messages)),
            "first_paint_ms": watch.first_paint_ms,
            "loaded_ms": loaded_ms,
            "worst_stall_ms": stall_ms,
            "requests": float(pane.feed._pager.requests),
        }
    finally:
        window.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=1000)
    parser.add_argument("--latency", type=int, action="append")
    args = parser.parse_args()
    latencies = args.latency or [0, 20]
    app = QApplication(sys.argv[:1])
    rows: list[tuple[int, dict[str, float]]] = []
    with DemoProcess(latency_ms=0) as demo:
        print(f"making a conversation of {args.messages} messages…", file=sys.stderr)
        cid = make_conversation(demo.base_url, demo.api_key, args.messages)
        for latency in latencies:
            demo.set_latency(latency)
            with asyncio.Runner(loop_factory=lambda: qasync.QEventLoop(app)) as runner:
                rows.append((latency, runner.run(measure(demo.base_url, demo.api_key, cid))))
    print(f"\nTranscript of {args.messages} messages (pages of 100, newest first)\n")
    print("| latency | shown | requests | first paint | fully loaded | worst stall |")
    print("|--------:|------:|---------:|------------:|-------------:|------------:|")
    for latency, r in rows:
        print(
            f"| {latency} ms | {r['messages']:.0f} | {r['requests']:.0f} "
            f"| {r['first_paint_ms']:.0f} ms | {r['loaded_ms']:.0f} ms "
            f"| {r['worst_stall_ms']:.0f} ms |"
        )


if __name__ == "__main__":
    main()
