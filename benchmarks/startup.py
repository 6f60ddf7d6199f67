"""Start-up: process start -> the main window has painted its first page.

Every side is a fresh process started from here; the time runs from just before ``Popen`` to the
moment its marker line arrives on the pipe (the children run with ``PYTHONUNBUFFERED=1``), and,
separately, to the process's exit. The demo server (``--scale 10000``, so the first page is a
full 100-row page) runs in its own process, started once before the first measurement: its own
start-up is not counted.

Sides (interleaved: every repetition runs each side once, in a rotating order; one warm-up run
of each first, not counted):

- ``bare`` (the floor of the goal): ``benchmarks/bare_window.py``: PySide6 and a synchronous
  httpx request, a ``QTableWidget``; no qasync, no table model of its own;
- ``bare_cuts`` (context): the same bare window with the two import-time costs the app avoids
  avoided as well (``bare_window.py --app-import-cuts``: httpx's command-line client, PySide6's
  source-reading import hook): how much of the app's lead over ``bare`` is those two;
- ``floor`` (the stack's floor, context): ``benchmarks/floor_window.py``: the same with the app's
  stack (the qasync loop, ``httpx.AsyncClient``, a minimal table model);
- ``venv`` (the app): ``.venv/bin/dify-desktop --base-url URL --user U --smoke-test``, the
  installed entry point, unchanged; marked at its ``smoke test passed`` line, which the app
  prints once the first page is shown (``MainWindow.firstPageShown``);
- ``probe``: the app run through ``benchmarks/app_first_paint.py``, which also marks the first
  paint of the window's frame, the first request and the first paint of the list holding rows:
  was the frame painted before the network was touched, and does the smoke-test line come right
  after the list's paint? Not used for the ratio (the probe costs a few ms itself);
- ``bundle``: the PyInstaller bundle ``build/pyinstaller/dist/dify-desktop/dify-desktop`` with the
  same arguments and marker as ``venv`` (only when the bundle exists).

Afterwards, ``python -X importtime`` of the app and of the bare floor (3 runs each, the minimum
per module): the imports only the app makes before its first page (its smoke-test line), grouped,
as their own lines; and what it imports after it (the desk parts), on a line of its own.

Goals: venv (the app) <= 1.3 x bare; the frame painted before the first request;
bundle <= 1.2 x venv.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from common import (
    BENCH_DIR,
    BUNDLE,
    PYTHON,
    ROOT,
    SCALE_USER,
    DemoProcess,
    child_env,
    now,
    summarize,
)

SMOKE_LINE = "dify-desktop smoke test passed"
FRAME_LINE = "app: window frame painted"
REQUEST_LINE = "app: first request sent"
PAINT_LINE = "app: first page painted"


@dataclass(frozen=True)
class Side:
    name: str
    cmd: list[str]
    #: the line that marks "first page painted" for this side
    marker: str
    #: other lines whose times are recorded too (the probe's)
    also: tuple[str, ...] = ()


def sides(base_url: str, user: str, with_bundle: bool) -> list[Side]:
    args = ["--base-url", base_url, "--user", user, "--smoke-test"]
    entry = str(Path(PYTHON).parent / "dify-desktop")
    page = ["--base-url", base_url, "--user", user]
    out = [
        Side("bare", [PYTHON, str(BENCH_DIR / "bare_window.py"), *page], "bare window: first"),
        Side(
            "bare_cuts",
            [PYTHON, str(BENCH_DIR / "bare_window.py"), "--app-import-cuts", *page],
            "bare window: first",
        ),
        Side("floor", [PYTHON, str(BENCH_DIR / "floor_window.py"), *page], "floor window: first"),
        Side("venv", [entry, *args], SMOKE_LINE),
        Side(
            "probe",
            [PYTHON, str(BENCH_DIR / "app_first_paint.py"), *args],
            PAINT_LINE,
            also=(FRAME_LINE, REQUEST_LINE, SMOKE_LINE),
        ),
    ]
    if with_bundle:
        out.append(Side("bundle", [str(BUNDLE), *args], SMOKE_LINE))
    return out


@dataclass(frozen=True)
class Run:
    marked: float
    exited: float
    also: dict[str, float]


def run_once(side: Side, api_key: str) -> Run:
    """Seconds to the marker line(s) and to the exit, of one fresh process."""
    with tempfile.TemporaryFile("w+") as errors:
        started = now()
        proc = subprocess.Popen(
            side.cmd,
            stdout=subprocess.PIPE,
            stderr=errors,
            text=True,
            cwd=ROOT,
            env=child_env(DIFY_API_KEY=api_key),
        )
        assert proc.stdout is not None
        marked: float | None = None
        also: dict[str, float] = {}
        lines = []
        for line in proc.stdout:
            lines.append(line)
            if marked is None and line.startswith(side.marker):
                marked = now() - started
            for other in side.also:
                if other not in also and line.startswith(other):
                    also[other] = now() - started
        code = proc.wait()
        exited = now() - started
        proc.stdout.close()
        if code != 0 or marked is None:
            errors.seek(0)
            raise RuntimeError(
                f"{side.name} failed (exit {code}): {''.join(lines)[-500:]} {errors.read()[-1500:]}"
            )
    return Run(marked, exited, also)


#: How the imports only the app makes before its first page are grouped, and why each is there.
IMPORT_GROUPS: tuple[tuple[str, tuple[str, ...], str], ...] = (
    (
        "event loop",
        ("qasync", "asyncio", "anyio", "sniffio", "concurrent", "selectors", "ssl"),
        "qasync runs asyncio on Qt's loop; httpx.AsyncClient needs anyio",
    ),
    (
        "the app's own modules",
        ("dify_desktop",),
        "what the first page needs: the window's frame, the list and its model, the connection, "
        "the status bar, the client, settings, logging (a module's self time also holds the "
        "PySide6 types and enums it is the first to touch, e.g. the Qt namespace, ~40 ms)",
    ),
)
AFTER_FIRST_PAGE = (
    "after the first page",
    "the desk parts (transcript, search and SQLite, inbox, exports, bulk jobs, history, All end "
    "users), imported once the first page is painted: not part of the time to it",
)


def import_times(
    cmd: list[str], api_key: str, runs: int = 3, marker: str | None = None
) -> tuple[dict[str, float], dict[str, float]]:
    """Self time (ms) of every module ``cmd`` imports, the minimum over ``runs`` runs: those
    imported before the line starting with ``marker`` on its output, and those after it."""
    best: tuple[dict[str, float], dict[str, float]] = ({}, {})
    for _ in range(runs):
        proc = subprocess.run(
            [cmd[0], "-X", "importtime", *cmd[1:]],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,  # one stream: the marker line falls between the imports
            text=True,
            cwd=ROOT,
            env=child_env(DIFY_API_KEY=api_key),
            timeout=60,
        )
        after = False
        for line in proc.stdout.splitlines():
            if marker and line.startswith(marker):
                after = True
            found = re.match(r"import time:\s+(\d+) \|\s+\d+ \| *(\S+)", line)
            if found:
                module, us = found[2], int(found[1]) / 1000
                side = best[after]
                side[module] = min(side.get(module, us), us)
    return best


def _group(modules: dict[str, float], why: str) -> dict[str, Any]:
    top = sorted(modules.items(), key=lambda x: -x[1])[:4]
    return {"ms": sum(modules.values()), "why": why, "largest": dict(top)}


def import_breakdown(base_url: str, user: str, api_key: str) -> dict[str, Any]:
    page = ["--base-url", base_url, "--user", user]
    app, app_after = import_times(
        [PYTHON, "-m", "dify_desktop", *page, "--smoke-test"], api_key, marker=SMOKE_LINE
    )
    bare, _ = import_times([PYTHON, str(BENCH_DIR / "bare_window.py"), *page], api_key)
    only_app = {m: ms for m, ms in app.items() if m not in bare}
    groups: dict[str, Any] = {}
    left = dict(only_app)
    for label, prefixes, why in IMPORT_GROUPS:
        mine = {m: ms for m, ms in left.items() if m.split(".")[0] in prefixes}
        for m in mine:
            del left[m]
        groups[label] = _group(mine, why)
    groups["other"] = _group(left, "standard library and helpers the app's modules import")
    label, why = AFTER_FIRST_PAGE
    groups[label] = _group(app_after, why)
    return {
        "app_ms": sum(app.values()),
        "bare_ms": sum(bare.values()),
        "only_app_ms": sum(only_app.values()),
        "after_first_page_ms": sum(app_after.values()),
        "groups": groups,
    }


def run(reps: int, with_bundle: bool | None = None, log: Any = print) -> dict[str, Any]:
    if with_bundle is None:
        with_bundle = BUNDLE.is_file()
    with DemoProcess(scale=10_000) as server:
        measured = sides(server.base_url, SCALE_USER, with_bundle)
        for side in measured:  # warm the page cache and the server; not counted
            run_once(side, server.api_key)
        runs: dict[str, list[Run]] = {s.name: [] for s in measured}
        for rep in range(reps):
            shift = rep % len(measured)
            for side in measured[shift:] + measured[:shift]:
                runs[side.name].append(run_once(side, server.api_key))
            log(
                f"  start-up {rep + 1}/{reps}: "
                + ", ".join(f"{n} {r[-1].marked * 1000:.0f} ms" for n, r in runs.items())
            )
        imports = import_breakdown(server.base_url, SCALE_USER, server.api_key)
    marks = {name: [r.marked for r in rs] for name, rs in runs.items()}
    probe = runs["probe"]
    result: dict[str, Any] = {
        "reps": reps,
        "bundle_present": BUNDLE.is_file(),
        "first_page": {name: summarize(v) for name, v in marks.items()},
        "exit": {name: summarize([r.exited for r in rs]) for name, rs in runs.items()},
        # the probe: frame, first request, list painted, smoke-test line
        "probe_marks": {
            line: summarize([r.also[line] for r in probe if line in r.also])
            for line in (FRAME_LINE, REQUEST_LINE, SMOKE_LINE)
        },
        "frame_before_request": all(
            r.also.get(FRAME_LINE, 1e9) < r.also.get(REQUEST_LINE, 0) for r in probe
        ),
        "imports": imports,
        "goal_app_bare": 1.3,
    }
    first = result["first_page"]
    for floor in ("bare", "bare_cuts", "floor"):
        result[f"ratio_app_{floor}"] = first["venv"]["median"] / first[floor]["median"]
        # per repetition: the runs of one repetition are close in time, so this is less noisy
        result[f"ratio_app_{floor}_paired"] = summarize(
            [a / f for a, f in zip(marks["venv"], marks[floor], strict=True)]
        )
    if "bundle" in first:
        result["ratio_bundle_venv"] = first["bundle"]["median"] / first["venv"]["median"]
        result["goal_bundle_venv"] = 1.2
        result["ratio_bundle_venv_paired"] = summarize(
            [b / v for b, v in zip(marks["bundle"], marks["venv"], strict=True)]
        )
    return result


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="start-up benchmark only")
    parser.add_argument("--reps", type=int, default=10)
    parser.add_argument("--no-bundle", action="store_true")
    ns = parser.parse_args()
    result = run(ns.reps, False if ns.no_bundle else None, log=lambda s: print(s, file=sys.stderr))
    print(json.dumps(result, indent=2))
