"""``python -m dify_desktop.demo``: serve the demo Dify service API until Ctrl+C or SIGTERM.

Prints exactly one line on stdout once the server accepts connections::

    Dify demo API at http://127.0.0.1:PORT/v1 (key: app-demo)

and the demo Dify account for the console API on stderr::

    Dify demo console at http://127.0.0.1:PORT/console/api (account: ..., password: ...)
"""

from __future__ import annotations

import argparse
import logging
import signal
import sys
import threading
from collections.abc import Sequence

from dify_desktop.demo.rules import AUTO_GENERATE_MODES
from dify_desktop.demo.runner import DemoServer


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m dify_desktop.demo",
        description="A local server that behaves like Dify's service API, with seed data.",
    )
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (127.0.0.1)")
    p.add_argument("--port", type=int, default=0, help="port; 0 picks a free one (default)")
    p.add_argument("--api-key", default="app-demo", help="the Bearer key to accept (app-demo)")
    p.add_argument("--latency-ms", type=int, default=0, help="added to every request (0)")
    p.add_argument("--scale", type=int, default=0, help="add N generated conversations")
    p.add_argument(
        "--auto-generate",
        choices=AUTO_GENERATE_MODES,
        default="model",
        help="how auto_generate renames behave: model (titles), silent (no model), blank",
    )
    p.add_argument("--no-seed", action="store_true", help="start without seed data")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.latency_ms < 0 or args.scale < 0 or not 0 <= args.port <= 65535:
        print("error: --port, --latency-ms and --scale must not be negative", file=sys.stderr)
        return 2
    logging.basicConfig(
        level=logging.WARNING, stream=sys.stderr, format="%(levelname)s %(message)s"
    )

    stop = threading.Event()

    def on_signal(signum: int, frame: object) -> None:
        stop.set()

    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)

    srv = DemoServer(
        host=args.host,
        port=args.port,
        api_key=args.api_key,
        latency_ms=args.latency_ms,
        seed=not args.no_seed,
        scale=args.scale,
        auto_generate_mode=args.auto_generate,
    )
    try:
        srv.start()
    except OSError as exc:
        print(f"error: cannot listen on {args.host}:{args.port}: {exc}", file=sys.stderr)
        return 1
    try:
        print(f"Dify demo API at {srv.base_url} (key: {srv.api_key})", flush=True)
        console = srv.console
        print(
            f"Dify demo console at {srv.console_url} "
            f"(account: {console.email}, password: {console.password})",
            file=sys.stderr,
            flush=True,
        )
        while not stop.wait(0.5):
            if not srv.running:
                print("error: the demo server stopped unexpectedly", file=sys.stderr)
                return 1
    finally:
        srv.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
