"""Building the search index of one end user: 1,000 conversations × 20 messages, served by the
demo server in its own process with 20 ms added to every answer, indexed as the app does it
(:class:`dify_desktop.core.indexing.UserIndex`, the app's default of 6 requests at once, a
SQLite file in WAL mode), against the ideal for the same requests.

    .venv/bin/python benchmarks/search_index_build.py [--conversations 1000] [--latency-ms 20]

The ideal is what the requests cost at that latency and no other cost: the listing's pages one
after another (each needs the previous one's cursor), then the transcripts' requests spread over
the concurrency. The last stdout line is the JSON of the results.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx
from common import BENCH_DIR, PYTHON, ROOT, child_env

USER = "index-bench"
MESSAGES = 20
_LINE = re.compile(r"Dify demo API at (?P<url>http://\S+/v1) \(key: (?P<key>\S+)\)")


def serve(conversations: int, latency_ms: int) -> int:
    """The server side (a child process): the demo server with this user's conversations."""
    from dify_desktop.demo.runner import DemoServer

    server = DemoServer(latency_ms=latency_ms, seed=False)
    words = ["refund", "invoice", "delivery", "password", "返金", "配送", "退款", "发票"]
    for c in range(conversations):
        start = 1_760_000_000 + c * 600
        server.store.add_conversation(
            USER,
            f"Conversation {c}",
            created_at=start,
            updated_at=start + 30 * (MESSAGES - 1),
            messages=[
                (f"question {m} about {words[(c + m) % len(words)]}", f"answer {m} " * 40)
                for m in range(MESSAGES)
            ],
        )
    server.start()
    print(f"Dify demo API at {server.base_url} (key: {server.api_key})", flush=True)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    stop.wait()
    server.stop()
    return 0


class CountingTransport(httpx.AsyncHTTPTransport):
    def __init__(self) -> None:
        super().__init__()
        self.requests: dict[str, int] = {}

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path.rsplit("/v1", 1)[-1]
        self.requests[path] = self.requests.get(path, 0) + 1
        return await super().handle_async_request(request)


async def build(base_url: str, key: str, folder: Path) -> dict[str, float | int]:
    from dify_desktop.core.indexing import UserIndex
    from dify_desktop.core.local_db import LocalDb
    from dify_desktop.core.session import connect

    transport = CountingTransport()
    session = await connect(base_url, key, transport=transport)
    db = LocalDb.open(folder / "local.sqlite3")
    index = UserIndex(db, session, "bench", USER)
    try:
        t0 = time.perf_counter()
        listed = await index.listed()
        t1 = time.perf_counter()
        stale = await index.stale(listed)
        t2 = time.perf_counter()
        results = await index.prepare(stale).run()
        t3 = time.perf_counter()
        hits = len(await index.search("返金"))
    finally:
        await session.close()
        db.close()
    return {
        "conversations": len(listed),
        "indexed": sum(r.value is not None for r in results),
        "list_requests": transport.requests.get("/conversations", 0),
        "message_requests": transport.requests.get("/messages", 0),
        "concurrency": session.limiter.size,
        "list_s": t1 - t0,
        "stale_s": t2 - t1,
        "job_s": t3 - t2,
        "hits": hits,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--conversations", type=int, default=1_000)
    parser.add_argument("--latency-ms", type=int, default=20)
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        return serve(args.conversations, args.latency_ms)
    child = subprocess.Popen(
        [
            PYTHON,
            str(BENCH_DIR / "search_index_build.py"),
            "--serve",
            "--conversations",
            str(args.conversations),
            "--latency-ms",
            str(args.latency_ms),
        ],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=child_env(),
    )
    try:
        assert child.stdout is not None
        found = _LINE.search(child.stdout.readline())
        if not found:
            raise RuntimeError("the demo server did not start")
        with tempfile.TemporaryDirectory() as folder:
            r = asyncio.run(build(found["url"], found["key"], Path(folder)))
    finally:
        child.send_signal(signal.SIGTERM)
        child.wait(30)
    latency = args.latency_ms / 1000
    ideal_list = r["list_requests"] * latency
    ideal_job = r["message_requests"] * latency / r["concurrency"]
    measured = r["list_s"] + r["stale_s"] + r["job_s"]
    print(
        f"Search index of {r['conversations']:,} conversations × {MESSAGES} messages at "
        f"{args.latency_ms} ms latency, {r['concurrency']} requests at once"
    )
    print(f"{'step':34} {'requests':>9} {'measured':>10} {'ideal':>9} {'ratio':>7}")
    rows = [
        ("list the conversations (in turn)", r["list_requests"], r["list_s"], ideal_list),
        ("find what changed (local)", 0, r["stale_s"], 0.0),
        ("fetch and store the transcripts", r["message_requests"], r["job_s"], ideal_job),
        ("all", r["list_requests"] + r["message_requests"], measured, ideal_list + ideal_job),
    ]
    for label, requests, seconds, ideal in rows:
        ratio = f"{seconds / ideal:.2f}×" if ideal else "-"
        print(f"{label:34} {requests:>9} {seconds:>8.2f} s {ideal:>7.2f} s {ratio:>7}")
    print(json.dumps({**r, "latency_ms": args.latency_ms, "ideal_s": ideal_list + ideal_job}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
