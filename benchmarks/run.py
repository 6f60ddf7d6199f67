"""Run every benchmark, print a table, write ``benchmarks/results/latest.json``.

    .venv/bin/python benchmarks/run.py            # full run (about 6-7 minutes on 2 cores)
    .venv/bin/python benchmarks/run.py --quick    # fewer repetitions (about 3 minutes)
    .venv/bin/python benchmarks/run.py --only startup,listing
    .venv/bin/python benchmarks/run.py --check    # also print each goal and whether it holds

What each benchmark measures and how: benchmarks/README.md. Loopback only: every server is a
demo server on 127.0.0.1 started here as a subprocess.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import listing
import report
import startup
from common import (
    BENCH_DIR,
    PYTHON,
    RESULTS_DIR,
    ROOT,
    SCALE_USER,
    DemoProcess,
    child_env,
    summarize,
)

ALL = ("refleaks", "startup", "listing", "responsiveness", "memory", "scale")

#: (label, server latency ms, how the renames are started)
STALL_CASES: tuple[tuple[str, int, str], ...] = (
    ("20 ms, renames one per loop turn", 20, "turn"),
    ("0 ms, renames one per loop turn", 0, "turn"),
    ("20 ms, 200 renames in one burst (stress)", 20, "burst"),
)

#: The scale row: an end user with this many conversations (the demo's ``--scale`` user).
SCALE = 100_000


def log(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def machine() -> dict[str, Any]:
    from importlib.metadata import version

    import httpx
    import psutil
    import PySide6

    cpu = "unknown"
    with open("/proc/cpuinfo", encoding="utf-8") as info:
        for line in info:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    debian = Path("/etc/debian_version")

    def git(*args: str) -> str:
        try:
            return subprocess.run(
                ["git", *args], cwd=ROOT, capture_output=True, text=True, timeout=10
            ).stdout.strip()
        except OSError:
            return ""

    return {
        "nproc": os.cpu_count(),
        "cpu": cpu,
        "ram_gib": round(psutil.virtual_memory().total / 2**30, 1),
        "os": f"Debian {debian.read_text().strip()}" if debian.exists() else platform.platform(),
        "python": platform.python_version(),
        "pyside6": PySide6.__version__,
        "httpx": httpx.__version__,
        "qasync": version("qasync"),
        "commit": git("rev-parse", "--short", "HEAD"),
        "loadavg": " ".join(f"{x:.2f}" for x in os.getloadavg()),
        "worktree_changes": len(git("status", "--porcelain").splitlines()),
    }


def child_json(
    cmd: list[str], api_key: str = "", timeout: float = 300
) -> tuple[dict[str, Any], int, str]:
    """Run a child, return (its last stdout line as JSON, exit code, the end of stderr)."""
    proc = subprocess.run(
        cmd,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=child_env(DIFY_API_KEY=api_key) if api_key else child_env(),
        timeout=timeout,
    )
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    data = json.loads(lines[-1]) if lines else {}
    return data, proc.returncode, proc.stderr[-2000:]


def run_refleaks() -> dict[str, Any]:
    data, code, err = child_json([PYTHON, str(BENCH_DIR / "check_refleaks.py")])
    if not data:
        raise RuntimeError(f"check_refleaks failed ({code}): {err}")
    return data


def probe(server: DemoProcess, *args: str) -> tuple[dict[str, Any], int, str]:
    server.reset()
    cmd = [
        PYTHON,
        str(BENCH_DIR / "window_probe.py"),
        "--base-url",
        server.base_url,
        "--user",
        SCALE_USER,
        *args,
    ]
    return child_json(cmd, server.api_key)


def run_responsiveness(reps: int) -> dict[str, Any]:
    out: dict[str, Any] = {"reps": reps, "heartbeat_ms": 5, "renames": 200, "cases": {}}
    with DemoProcess(scale=10_000) as server:
        runs: dict[str, list[dict[str, Any]]] = {case[0]: [] for case in STALL_CASES}
        for rep in range(reps):
            for label, latency, pace in STALL_CASES:
                server.set_latency(latency)
                data, code, err = probe(server, "--mode", "stall", "--pace", pace)
                if not data:
                    raise RuntimeError(f"window_probe failed ({code}): {err}")
                runs[label].append(data)
                busy, ran = data["busy"], data["busy_running"]
                log(
                    f"  responsiveness {rep + 1}/{reps} [{label}]: p99 {busy['p99_ms']:.1f} ms, "
                    f"max {busy['max_ms']:.1f} ms (GUI thread ran: p99 {ran['p99_ms']:.1f}, "
                    f"max {ran['max_ms']:.1f}), {data['seconds']:.2f} s"
                )
        for label, latency, pace in STALL_CASES:
            results = runs[label]
            causes: dict[str, int] = {}
            for r in results:
                for cause, n in r["stall_causes_over_16ms"].items():
                    causes[cause] = causes.get(cause, 0) + n
            worst_run = max(results, key=lambda r: r["busy"]["max_ms"])
            out["cases"][label] = {
                "latency_ms": latency,
                "pace": pace,
                "p99_ms": summarize([r["busy"]["p99_ms"] for r in results]),
                "max_ms": summarize([r["busy"]["max_ms"] for r in results]),
                "running_p99_ms": summarize([r["busy_running"]["p99_ms"] for r in results]),
                "running_max_ms": summarize([r["busy_running"]["max_ms"] for r in results]),
                "runs_busy": [r["busy"] for r in results],
                "idle_max_ms": summarize([r["idle"]["max_ms"] for r in results]),
                "seconds": summarize([r["seconds"] for r in results]),
                "in_flight_peak": max(r["renames_in_flight_peak"] for r in results),
                "rows": min(r["rows"] for r in results),
                "complete": all(r["complete"] for r in results),
                "renamed_ok": min(r["renamed_ok"] for r in results),
                "stall_causes_over_16ms": causes,
                "worst_stall": worst_run["worst"][0] if worst_run["worst"] else None,
                "gc_collections": [r["gc_collections"] for r in results],
                "repaint_ms": summarize([x for r in results for x in r["repaint_ms"]]),
                "full_gc_ms": summarize([x for r in results for x in r["full_gc_ms"]]),
                "collect_old_ms": summarize([x for r in results for x in r["collect_old_ms"]]),
                "runs": results,
            }
    return out


def run_scale() -> dict[str, Any]:
    """An end user with ``SCALE`` conversations loaded in the window, against the loss-free
    httpx loop making the same requests (one run each: together about a minute)."""
    import asyncio

    with DemoProcess(scale=SCALE) as server:
        free = asyncio.run(listing.lossfree_listing(server.base_url, server.api_key, SCALE_USER))
        log(f"  scale: loss-free httpx loop {free.seconds:.1f} s, {free.distinct} rows")
        cmd = [
            PYTHON,
            str(BENCH_DIR / "window_probe.py"),
            "--base-url",
            server.base_url,
            "--user",
            SCALE_USER,
            "--mode",
            "scale",
        ]
        data, code, err = child_json(cmd, server.api_key, timeout=600)
        if not data:
            raise RuntimeError(f"window_probe --mode scale failed ({code}): {err}")
    log(
        f"  scale: window {data['load_all_s']:.1f} s, {data['rows']} rows, peak RSS "
        f"{data['peak_rss_bytes'] / 2**20:.0f} MiB, worst stall {data['busy']['max_ms']:.0f} ms"
    )
    return {
        "rows": data["rows"],
        "complete": data["complete"],
        "load_all_s": data["load_all_s"],
        "lossfree_s": free.seconds,
        "lossfree_rows": free.distinct,
        "ratio_app_lossfree": data["load_all_s"] / free.seconds,
        "peak_rss_mib": data["peak_rss_bytes"] / 2**20,
        "rss_mib": data["rss_bytes"] / 2**20,
        "busy": data["busy"],
        "busy_running": data["busy_running"],
        "worst": data["worst"],
        "frozen_objects": data["frozen_objects"],
        "collect_old_ms": data["collect_old_ms"],
        "tick_ms": data["tick_ms"],
    }


def run_memory(reps: int) -> dict[str, Any]:
    app_runs: list[dict[str, Any]] = []
    floor_runs: list[dict[str, Any]] = []
    with DemoProcess(scale=10_000) as server:
        for rep in range(reps):
            data, code, err = probe(server, "--mode", "memory")
            if not data:
                raise RuntimeError(f"window_probe --mode memory failed ({code}): {err}")
            app_runs.append(data)
            floor_cmd = [
                PYTHON,
                str(BENCH_DIR / "floor_window.py"),
                "--base-url",
                server.base_url,
                "--user",
                SCALE_USER,
                "--all",
                "--rss",
            ]
            floor, code, err = child_json(floor_cmd, server.api_key)
            if not floor:
                raise RuntimeError(f"floor_window --rss failed ({code}): {err}")
            floor_runs.append(floor)
            log(
                f"  memory {rep + 1}/{reps}: app {data['rss_bytes'] / 2**20:.1f} MiB "
                f"({data['rows']} rows), floor {floor['rss_bytes'] / 2**20:.1f} MiB "
                f"({floor['rows']} rows)"
            )
    mib = 2**20
    return {
        "reps": reps,
        "rss_mib": summarize([r["rss_bytes"] / mib for r in app_runs]),
        "rss_first_page_mib": summarize([r["rss_first_page_bytes"] / mib for r in app_runs]),
        "rows": min(r["rows"] for r in app_runs),
        "python_objects": app_runs[-1]["python_objects"],
        "floor_rss_mib": summarize([r["rss_bytes"] / mib for r in floor_runs]),
        "floor_rows": min(r["rows"] for r in floor_runs),
        "goal_mib": 150,
    }


README = BENCH_DIR / "README.md"
START, END = "<!-- results:start -->", "<!-- results:end -->"


def update_readme(results: dict[str, Any]) -> None:
    """Put the table and the machine between the markers of benchmarks/README.md."""
    text = README.read_text(encoding="utf-8")
    if START not in text or END not in text:
        log(f"{README} has no {START} ... {END} markers: not updated")
        return
    block = "\n".join([START, "", report.machine_line(results), "", report.table(results), "", END])
    head, rest = text.split(START, 1)
    _, tail = rest.split(END, 1)
    README.write_text(head + block + tail, encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    parser.add_argument("--only", default=",".join(ALL), help=f"comma-separated: {','.join(ALL)}")
    parser.add_argument("--out", type=Path, default=RESULTS_DIR / "latest.json")
    parser.add_argument(
        "--show",
        action="store_true",
        help="run nothing: print the table of the results in --out (and --update-readme)",
    )
    parser.add_argument(
        "--check", action="store_true", help="also print each goal and whether it holds"
    )
    parser.add_argument(
        "--update-readme",
        action="store_true",
        help="also put the table into benchmarks/README.md (between its results markers)",
    )
    args = parser.parse_args()
    wanted = [name.strip() for name in args.only.split(",") if name.strip()]
    unknown = set(wanted) - set(ALL)
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(sorted(unknown))}")
    reps = (
        {"startup": 6, "listing": 3, "responsiveness": 1, "memory": 1}
        if args.quick
        else {"startup": 15, "listing": 6, "responsiveness": 3, "memory": 2}
    )
    if args.show:
        results = json.loads(args.out.read_text(encoding="utf-8"))
    else:
        results = measure(wanted, reps, args.quick)
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    if args.update_readme:
        update_readme(results)
    print(report.table(results))
    print()
    print(report.machine_line(results) + f" Results in {args.out}.")
    if args.check:
        text, ok = report.check(results)
        print()
        print(text)
        return 0 if ok else 1
    return 0


def measure(wanted: list[str], reps: dict[str, int], quick: bool) -> dict[str, Any]:
    began = time.monotonic()
    results: dict[str, Any] = {
        "started": datetime.now(UTC).isoformat(timespec="seconds"),
        "quick": quick,
        "machine": machine(),
    }
    timings: dict[str, float] = {}
    for name in wanted:
        log(f"== {name}")
        t0 = time.monotonic()
        if name == "refleaks":
            results[name] = run_refleaks()
        elif name == "startup":
            results[name] = startup.run(reps["startup"], log=log)
        elif name == "listing":
            results[name] = listing.run(reps["listing"], log=log)
        elif name == "responsiveness":
            results[name] = run_responsiveness(reps["responsiveness"])
        elif name == "memory":
            results[name] = run_memory(reps["memory"])
        elif name == "scale":
            results[name] = run_scale()
        timings[name] = time.monotonic() - t0
    results["seconds"] = {"total": time.monotonic() - began, **timings}
    return results


if __name__ == "__main__":
    sys.exit(main())
