"""Finding across every end user: time to the first page of "All end users" and to a keyword
result, against one raw request to the same route.

    python benchmarks/console_find.py [--scale 2000] [--latency-ms 0] [--runs 15]

The demo server runs in its own process. Rows of the table (median [min-max] in ms):

- raw request: one ``GET /console/api/apps/{id}/chat-conversations`` (page 1, 50 rows) with an
  httpx client already signed in - the floor;
- first page, warm: the view's feed (``ConversationFinder``) on a signed-in account;
- first page, resumed: from a stored refresh token (the window opened later): refresh + page 1;
- keyword result: the first page of a keyword search, warm;
- ``find`` first line: ``dify-desktop find`` as a process until its first JSON line (sign-in,
  ``/v1/info``, the apps, page 1, the end-user checks, Python start-up included).
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import subprocess
import sys
from collections.abc import Awaitable, Callable
from typing import Any

from common import PYTHON, ROOT, DemoProcess, child_env, fmt_ms, now, summarize

from dify_desktop.core.console_account import (
    ConsoleAccount,
    ConversationFinder,
    FindQuery,
    MemorySessionStore,
)
from dify_desktop.demo.console_state import DEMO_EMAIL, DEMO_PASSWORD

APP_ID = "8c1f0e5a-3b7d-4c2e-9f61-5d2a7b3e9c40"  # the demo app's (demo/app_settings.py)
KEYWORD = "refund"


async def _timed(runs: int, step: Callable[[], Awaitable[Any]]) -> dict[str, Any]:
    await step()  # warm-up (connections, imports)
    values = []
    for _ in range(runs):
        started = now()
        await step()
        values.append(now() - started)
    return summarize(values)


async def measure(demo: DemoProcess, runs: int) -> dict[str, dict[str, Any]]:
    import httpx

    console = demo.base_url[: -len("/v1")] + "/console/api"
    results: dict[str, dict[str, Any]] = {}
    async with httpx.AsyncClient(base_url=console, timeout=30) as raw:
        encoded = base64.b64encode(DEMO_PASSWORD.encode()).decode()
        await raw.post("/login", json={"email": DEMO_EMAIL, "password": encoded})
        headers = {"X-CSRF-Token": raw.cookies["csrf_token"]}
        path = f"/apps/{APP_ID}/chat-conversations"

        async def raw_page() -> None:
            (
                await raw.get(path, params={"page": 1, "limit": 50}, headers=headers)
            ).raise_for_status()

        results["raw request (page 1, 50 rows)"] = await _timed(runs, raw_page)

    store = MemorySessionStore()
    async with ConsoleAccount(demo.base_url, store) as account:
        await account.sign_in(DEMO_EMAIL, DEMO_PASSWORD)

        async def first_page() -> None:
            await ConversationFinder(account, APP_ID, FindQuery()).next_page()

        async def keyword() -> None:
            await ConversationFinder(account, APP_ID, FindQuery(KEYWORD)).next_page()

        results["first page, warm"] = await _timed(runs, first_page)
        results[f"keyword result ({KEYWORD!r})"] = await _timed(runs, keyword)

    async def resumed() -> None:
        async with ConsoleAccount(demo.base_url, store) as later:
            await later.restore()
            await ConversationFinder(later, APP_ID, FindQuery()).next_page()

    results["first page, resumed (refresh + page 1)"] = await _timed(runs, resumed)
    return results


def find_first_line(demo: DemoProcess, runs: int) -> dict[str, Any]:
    env = child_env(DIFY_CONSOLE_PASSWORD=DEMO_PASSWORD, DIFY_API_KEY=demo.api_key)
    command = [PYTHON, "-m", "dify_desktop", "find", "--base-url", demo.base_url]
    command += ["--console-email", DEMO_EMAIL, "--limit", "1", KEYWORD]
    values = []
    for _ in range(runs):
        started = now()
        proc = subprocess.Popen(command, env=env, cwd=ROOT, stdout=subprocess.PIPE, text=True)
        assert proc.stdout is not None
        line = proc.stdout.readline()
        values.append(now() - started)
        proc.communicate(timeout=60)
        if not line.startswith("{"):
            raise RuntimeError("dify-desktop find printed no result")
    return summarize(values)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--scale", type=int, default=2000, help="generated conversations")
    parser.add_argument("--latency-ms", type=int, default=0, help="added to every request")
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args(argv)
    with DemoProcess(scale=args.scale, latency_ms=args.latency_ms) as demo:
        results = asyncio.run(measure(demo, args.runs))
        results["`find` to its first line (process)"] = find_first_line(
            demo, max(3, args.runs // 3)
        )
    print(
        f"console find, demo server: {args.scale} extra conversations, "
        f"latency {args.latency_ms} ms, {args.runs} runs"
    )
    width = max(len(name) for name in results)
    print(f"{'measure'.ljust(width)}  median [min-max] ms")
    for name, summary in results.items():
        print(f"{name.ljust(width)}  {fmt_ms(summary, digits=1)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
