"""Shared helpers for the benchmark scripts: the demo server as a subprocess, statistics, paths.

The demo server always runs in its own process (``python -m dify_desktop.demo``): in the
benchmark's process its Python thread would compete for the GIL with the code being measured.
"""

from __future__ import annotations

import os
import re
import signal
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
RESULTS_DIR = BENCH_DIR / "results"
PYTHON = sys.executable
BUNDLE = ROOT / "build" / "pyinstaller" / "dist" / "dify-desktop" / "dify-desktop"

#: The demo server's end user that holds the ``--scale N`` generated conversations
#: (``dify_desktop.demo.seed.SCALE_USER``; not imported here to keep this module light).
SCALE_USER = "load-test-user"

_LINE = re.compile(r"Dify demo API at (?P<url>http://\S+/v1) \(key: (?P<key>\S+)\)")


def child_env(**extra: str) -> dict[str, str]:
    """Environment for measured child processes: offscreen Qt, unbuffered output, UTF-8."""
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        PYTHONUNBUFFERED="1",
        LANG="C.UTF-8",
        LC_ALL="C.UTF-8",
    )
    # Nothing from the developer's shell may steer the measured runs. PYTHONDONTWRITEBYTECODE
    # would have every start compile the app's ~100 modules from source (~150-250 ms), which an
    # installed app (pip, the .deb, the bundle) never does: the uncounted warm-up run caches them.
    for name in (
        "PYTHONPROFILEIMPORTTIME",
        "PYTHONDEVMODE",
        "PYTHONMALLOC",
        "PYTHONDONTWRITEBYTECODE",
        "DIFY_API_KEY",
    ):
        env.pop(name, None)
    env.update(extra)
    return env


@dataclass
class DemoProcess:
    """``python -m dify_desktop.demo`` on a free loopback port, for the length of a ``with``."""

    scale: int = 0
    latency_ms: int = 0
    base_url: str = ""
    api_key: str = ""
    _proc: subprocess.Popen[str] | None = None

    def __enter__(self) -> DemoProcess:
        cmd = [
            PYTHON,
            "-m",
            "dify_desktop.demo",
            "--host",
            "127.0.0.1",
            "--port",
            "0",
            "--scale",
            str(self.scale),
            "--latency-ms",
            str(self.latency_ms),
        ]
        self._proc = subprocess.Popen(
            cmd,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            env=child_env(),
        )
        assert self._proc.stdout is not None
        line = self._proc.stdout.readline()
        found = _LINE.search(line)
        if not found:
            self.__exit__(None, None, None)
            raise RuntimeError(f"the demo server did not start: {line!r}")
        self.base_url, self.api_key = found["url"], found["key"]
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        proc, self._proc = self._proc, None
        if proc is None:
            return
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        for stream in (proc.stdout, proc.stderr):
            if stream is not None:
                stream.close()

    def reset(self) -> None:
        """Fresh seed data (``POST /v1/_demo/reset``), keeping the latency set here: runs that
        rename conversations must not change what the next run lists."""
        self._post("/_demo/reset", {})
        self._post("/_demo/latency", {"latency_ms": self.latency_ms})

    def _post(self, path: str, body: dict[str, Any]) -> None:
        import httpx

        response = httpx.post(
            f"{self.base_url}{path}",
            json=body,
            headers={"Authorization": f"Bearer {self.api_key}"},
            timeout=30,
        )
        response.raise_for_status()

    def set_latency(self, latency_ms: int) -> None:
        """Change the added latency of the running server (``POST /v1/_demo/latency``)."""
        self._post("/_demo/latency", {"latency_ms": latency_ms})
        self.latency_ms = latency_ms


def summarize(values: list[float]) -> dict[str, Any]:
    """Median, min, max, quartiles and the relative spread ((max - min) / median)."""
    if not values:
        return {"n": 0}
    ordered = sorted(values)
    median = statistics.median(ordered)
    if len(ordered) >= 4:
        q1, _, q3 = statistics.quantiles(ordered, n=4)
    else:
        q1, q3 = ordered[0], ordered[-1]
    return {
        "n": len(ordered),
        "median": median,
        "min": ordered[0],
        "max": ordered[-1],
        "q1": q1,
        "q3": q3,
        "spread": (ordered[-1] - ordered[0]) / median if median else 0.0,
        "values": values,
    }


def percentile(ordered: list[float], q: float) -> float:
    """The q-th percentile (0-100) of an already sorted list, nearest-rank method."""
    if not ordered:
        return 0.0
    rank = max(1, min(len(ordered), round(q / 100 * len(ordered) + 0.5)))
    return ordered[rank - 1]


def fmt_ms(summary: dict[str, Any], scale: float = 1000.0, digits: int = 0) -> str:
    """``median [min-max]`` of a summary of seconds, shown in milliseconds."""
    if not summary.get("n"):
        return "-"
    return (
        f"{summary['median'] * scale:.{digits}f} "
        f"[{summary['min'] * scale:.{digits}f}-{summary['max'] * scale:.{digits}f}]"
    )


def now() -> float:
    return time.perf_counter()
