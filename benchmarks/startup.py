"""Start-up: process start -> the main window has painted its first page.

Every side is a fresh process started from here; the time runs from just before ``Popen`` to the
moment its marker line arrives on the pipe (the children run with ``PYTHONUNBUFFERED=1``), and,
separately, to the process's exit. The demo server (``--scale 10000``, so the first page is a
full 100-row page) runs in its own process, started once before the first measurement: its own
start-up is not counted.

Sides (interleaved: every repetition runs each side once, in a rotating order; one warm-up run
of each first, not counted):

- ``venv`` (the app): ``.venv/bin/dify-desktop --base-url URL --user U --smoke-test``, the
  installed entry point, unchanged; marked at its ``smoke test passed`` line, which the app
  prints once the first page is shown (``MainWindow.firstPageShown``);
- ``floor``: ``python benchmarks/floor_window.py`` (see there), marked right after the first
  paint of its table holding rows;
- ``probe``: the app run through ``benchmarks/app_first_paint.py``, which marks the end of the
  first paint of the conversation list holding rows and also records the smoke-test line: it
  checks that the app's line comes after its list has really painted (``probe_paint_to_smoke_line``,
  a few ms). Not used for the ratio: the probe itself costs ~5-10 ms;
- ``bundle``: the PyInstaller bundle ``build/pyinstaller/dist/dify-desktop/dify-desktop`` with the
  same arguments and marker as ``venv`` (only when the bundle exists).

Goals: venv (the app) <= 1.3 x floor; bundle <= 1.2 x venv.
"""

from __future__ import annotations

import argparse
import json
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


@dataclass(frozen=True)
class Side:
    name: str
    cmd: list[str]
    #: the line that marks "first page painted" for this side
    marker: str
    #: another line whose time is recorded too (the probe: the smoke-test line)
    also: str | None = None


def sides(base_url: str, user: str, with_bundle: bool) -> list[Side]:
    args = ["--base-url", base_url, "--user", user, "--smoke-test"]
    entry = str(Path(PYTHON).parent / "dify-desktop")
    out = [
        Side(
            "floor",
            [PYTHON, str(BENCH_DIR / "floor_window.py"), "--base-url", base_url, "--user", user],
            "floor window: first page painted",
        ),
        Side("venv", [entry, *args], SMOKE_LINE),
        Side(
            "probe",
            [PYTHON, str(BENCH_DIR / "app_first_paint.py"), *args],
            "app: first page painted",
            also=SMOKE_LINE,
        ),
    ]
    if with_bundle:
        out.append(Side("bundle", [str(BUNDLE), *args], SMOKE_LINE))
    return out


@dataclass(frozen=True)
class Run:
    marked: float
    exited: float
    also: float | None


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
        also: float | None = None
        lines = []
        for line in proc.stdout:
            lines.append(line)
            if marked is None and line.startswith(side.marker):
                marked = now() - started
            if side.also and also is None and line.startswith(side.also):
                also = now() - started
        code = proc.wait()
        exited = now() - started
        proc.stdout.close()
        if code != 0 or marked is None:
            errors.seek(0)
            raise RuntimeError(
                f"{side.name} failed (exit {code}): {''.join(lines)[-500:]} {errors.read()[-1500:]}"
            )
    return Run(marked, exited, also)


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
    marks = {name: [r.marked for r in rs] for name, rs in runs.items()}
    result: dict[str, Any] = {
        "reps": reps,
        "bundle_present": BUNDLE.is_file(),
        "first_page": {name: summarize(v) for name, v in marks.items()},
        "exit": {name: summarize([r.exited for r in rs]) for name, rs in runs.items()},
        # the probe's paint comes before the app's own smoke-test line: by how much
        "probe_paint_to_smoke_line": summarize(
            [r.also - r.marked for r in runs["probe"] if r.also is not None]
        ),
    }
    first = result["first_page"]
    result["ratio_app_floor"] = first["venv"]["median"] / first["floor"]["median"]
    result["goal_app_floor"] = 1.3
    # per repetition: the runs of one repetition are close in time, so this ratio is less noisy
    result["ratio_app_floor_paired"] = summarize(
        [a / f for a, f in zip(marks["venv"], marks["floor"], strict=True)]
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
