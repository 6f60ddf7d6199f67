"""Run every benchmark, print a table, write ``benchmarks/results/latest.json``.

    .venv/bin/python benchmarks/run.py            # full run (about 4 minutes on 2 cores)
    .venv/bin/python benchmarks/run.py --quick    # fewer repetitions (about 1.5 minutes)
    .venv/bin/python benchmarks/run.py --only startup,listing

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

ALL = ("refleaks", "startup", "listing", "responsiveness", "memory")

#: (label, server latency ms, how the renames are started, rename-limit experiment)
STALL_CASES: tuple[tuple[str, int, str, int], ...] = (
    ("20 ms, renames one per loop turn", 20, "turn", 0),
    ("0 ms, renames one per loop turn", 0, "turn", 0),
    ("20 ms, 200 renames in one burst (stress)", 20, "burst", 0),
    ("20 ms, burst, with the proposed 4-rename limit", 20, "burst", 4),
)


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
            for label, latency, pace, limit in STALL_CASES:
                server.set_latency(latency)
                extra = ["--rename-limit", str(limit)] if limit else []
                data, code, err = probe(server, "--mode", "stall", "--pace", pace, *extra)
                if not data:
                    raise RuntimeError(f"window_probe failed ({code}): {err}")
                data["exit_code"] = code
                runs[label].append(data)
                busy = data["busy"]
                log(
                    f"  responsiveness {rep + 1}/{reps} [{label}]: p99 {busy['p99_ms']:.1f} ms, "
                    f"max {busy['max_ms']:.1f} ms, {data['seconds']:.2f} s"
                )
        for label, latency, pace, limit in STALL_CASES:
            results = runs[label]
            causes: dict[str, int] = {}
            for r in results:
                for cause, n in r["stall_causes_over_16ms"].items():
                    causes[cause] = causes.get(cause, 0) + n
            worst_run = max(results, key=lambda r: r["busy"]["max_ms"])
            out["cases"][label] = {
                "latency_ms": latency,
                "pace": pace,
                "rename_limit": limit,
                "p99_ms": summarize([r["busy"]["p99_ms"] for r in results]),
                "max_ms": summarize([r["busy"]["max_ms"] for r in results]),
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
                "singleton_refs": [r["singleton_refs"] for r in results],
                "runs": results,
            }
        # Without the reference guard: does the app's own process survive the same work?
        server.set_latency(20)
        data, code, err = probe(server, "--mode", "stall", "--no-guard")
        fatal = [line for line in err.splitlines() if "Fatal Python error" in line]
        out["without_guard"] = {
            "singleton_refs": data.get("singleton_refs"),
            "exit_code": code,
            "printed_results": bool(data),
            "fatal_error": fatal[0] if fatal else None,
        }
    return out


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


# ---------------------------------------------------------------------------------- the table


def ms(summary: dict[str, Any], digits: int = 0) -> str:
    return (
        f"{summary['median'] * 1000:.{digits}f} ms "
        f"[{summary['min'] * 1000:.{digits}f}–{summary['max'] * 1000:.{digits}f}]"
    )


def plain(summary: dict[str, Any], unit: str, digits: int = 1) -> str:
    return (
        f"{summary['median']:.{digits}f}{unit} "
        f"[{summary['min']:.{digits}f}–{summary['max']:.{digits}f}]"
    )


def where(side: dict[str, Any]) -> str:
    """Where a naive pager lost its rows: in the tie groups cut by page ends."""
    if not side.get("page_ends"):
        return ""
    outside = side.get("lost_outside_page_end_ties", 0)
    return (
        f"(tie groups cut at {side['page_ends_losing_rows']} of {side['page_ends']} page ends"
        + (f", {outside} elsewhere" if outside else "")
        + ")"
    )


def verdict(ok: bool) -> str:
    return "met" if ok else "**missed**"


def table(results: dict[str, Any]) -> str:
    rows: list[tuple[str, str, str, str]] = []
    if "startup" in results:
        s = results["startup"]
        first = s["first_page"]
        rows.append(
            (
                "Start-up → first page painted",
                f"app {ms(first['venv'])} vs floor {ms(first['floor'])}; "
                f"paired ratio {plain(s['ratio_app_floor_paired'], '×', 2)}",
                f"{s['ratio_app_floor']:.2f}× ≤ 1.3×",
                verdict(s["ratio_app_floor"] <= s["goal_app_floor"]),
            )
        )
        if "ratio_bundle_venv" in s:
            rows.append(
                (
                    "Start-up, bundle vs venv",
                    f"bundle {ms(first['bundle'])} vs venv {ms(first['venv'])}",
                    f"{s['ratio_bundle_venv']:.2f}× ≤ 1.2×",
                    verdict(s["ratio_bundle_venv"] <= s["goal_bundle_venv"]),
                )
            )
        else:
            rows.append(("Start-up, bundle vs venv", "no bundle built", "-", "not run"))
    if "listing" in results:
        li = results["listing"]
        for latency, x in li["latency"].items():
            app, floor, sdk = x["app"], x["floor"], x["sdk"]
            tiesafe = x["floor_tiesafe"]
            rows.append(
                (
                    f"Listing 10,000, {latency} ms latency",
                    f"app {ms(app['seconds'])}, {app['requests']} requests, lost {app['lost']}; "
                    f"floor {ms(floor['seconds'])}, {floor['requests']} requests, "
                    f"lost {floor['lost']} {where(floor)}; SDK {ms(sdk['seconds'])}, "
                    f"{sdk['requests']} requests, lost {sdk['lost']} {where(sdk)}; "
                    f"tie-safe floor {ms(tiesafe['seconds'])}, {tiesafe['requests']} requests",
                    f"{x['ratio_app_floor']:.2f}× (≤ 1.1×); vs tie-safe floor "
                    f"{x['ratio_app_tiesafe_floor']:.2f}×",
                    verdict(x["ratio_app_floor"] <= li["goal_app_floor"] and app["lost"] == 0),
                )
            )
            patched = x["app_rows_patch"]
            rows.append(
                (
                    f"Listing {latency} ms, proposed rows patch",
                    f"app + lean Conversation.from_json {ms(patched['seconds'])}, "
                    f"lost {patched['lost']}",
                    f"{x['ratio_app_rows_patch_floor']:.2f}× (≤ 1.1×)",
                    verdict(
                        x["ratio_app_rows_patch_floor"] <= li["goal_app_floor"]
                        and patched["lost"] == 0
                    ),
                )
            )
        keep = li.get("keepalive")
        if keep:
            rows.append(
                (
                    "Demo server, request on a kept-alive connection",
                    ", ".join(f"{label} {ms(v, 2)}" for label, v in keep.items()),
                    "no ~40 ms Nagle stall",
                    verdict(max(v["median"] for v in keep.values()) < 0.01),
                )
            )
        any_latency = next(iter(li["latency"].values()))
        app_requests = any_latency["app"]["requests"]
        floor = any_latency["floor"]
        minimum = -(-li["scale"] // li["page_size"])
        rows.append(
            (
                "Listing: what completeness costs",
                f"app {app_requests} requests for {li['scale']} rows = "
                f"{any_latency['app']['requests_per_100_rows']:.2f} per 100 rows: "
                f"+{app_requests - minimum} over the {minimum} a loss-free naive pager would need, "
                f"+{app_requests - floor['requests']} over the naive floor "
                f"({floor['requests']} requests, {floor['distinct']} rows)",
                "no row lost",
                verdict(all(x["app"]["lost"] == 0 for x in li["latency"].values())),
            )
        )
    if "responsiveness" in results:
        r = results["responsiveness"]
        for label, case in r["cases"].items():
            worst_p99 = case["p99_ms"]["max"]
            worst_max = case["max_ms"]["max"]
            stress = case["pace"] == "burst"
            cause = ""
            if worst_max > 16 and case["worst_stall"]:
                spans = case["worst_stall"]["spans_ms"]
                cause = "; worst stall: " + (
                    ", ".join(f"{k} {v} ms" for k, v in list(spans.items())[:3]) or "unattributed"
                )
            rows.append(
                (
                    f"Event-loop stall, {label}",
                    f"p99 {plain(case['p99_ms'], ' ms')}, max {plain(case['max_ms'], ' ms')}, "
                    f"{case['in_flight_peak']} renames in flight at peak, "
                    f"{case['rows']} rows{cause}",
                    "p99 ≤ 16 ms, max ≤ 50 ms" + (" (stress, beyond the UI)" if stress else ""),
                    verdict(worst_p99 <= 16 and worst_max <= 50),
                )
            )
        first_case = next(iter(r["cases"].values()))
        rows.append(
            (
                "GUI-thread pauses outside that window",
                f"full gc.collect() holding 10,000 rows {plain(first_case['full_gc_ms'], ' ms')}; "
                f"repaint of the whole window {plain(first_case['repaint_ms'], ' ms')}",
                "(information)",
                "-",
            )
        )
        guard = r.get("without_guard")
        if guard:
            refs = guard.get("singleton_refs") or {}
            spent = ""
            if refs:
                spent = (
                    f"; references to None {refs['before']['None']} → {refs['after']['None']} "
                    "over the load and the 200 renames"
                )
            rows.append(
                (
                    "Same run without the None/True guard",
                    f"exit code {guard['exit_code']}: {guard['fatal_error'] or 'clean exit'}{spent}",
                    "exit 0",
                    verdict(guard["exit_code"] == 0),
                )
            )
    if "memory" in results:
        m = results["memory"]
        rows.append(
            (
                "Memory, window holding 10,000",
                f"RSS {plain(m['rss_mib'], ' MiB')} ({m['rows']} rows; first page only "
                f"{m['rss_first_page_mib']['median']:.1f} MiB; bare floor window with "
                f"{m['floor_rows']} rows {m['floor_rss_mib']['median']:.1f} MiB)",
                "≤ 150 MB",
                verdict(m["rss_mib"]["max"] * 2**20 <= 150e6),
            )
        )
    if "refleaks" in results:
        leaks = results["refleaks"]
        rows.append(
            (
                "PySide6 reference leaks",
                f"PySide6 {leaks['pyside6']}: " + ("; ".join(leaks["leaks"]) or "none"),
                "none",
                verdict(not leaks["leaks"]),
            )
        )
    out = [
        "| benchmark | measured: median [min–max] | result vs goal | verdict |",
        "|---|---|---|---|",
    ]
    out += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows]
    return "\n".join(out)


README = BENCH_DIR / "README.md"
START, END = "<!-- results:start -->", "<!-- results:end -->"


def update_readme(results: dict[str, Any]) -> None:
    """Put the table and the machine between the markers of benchmarks/README.md."""
    text = README.read_text(encoding="utf-8")
    if START not in text or END not in text:
        log(f"{README} has no {START} ... {END} markers: not updated")
        return
    info = results["machine"]
    block = "\n".join(
        [
            START,
            "",
            f"Run of {results['started']} ({'--quick' if results['quick'] else 'full run'}, "
            f"{results['seconds']['total']:.0f} s), commit {info['commit']} "
            f"with {info['worktree_changes']} uncommitted change(s) in the work tree.",
            "",
            results["table"],
            "",
            f"Machine: {info['nproc']} cores ({info['cpu']}), {info['ram_gib']} GiB RAM, "
            f"{info['os']}, Python {info['python']}, PySide6 {info['pyside6']}, "
            f"httpx {info['httpx']}, qasync {info['qasync']}; offscreen Qt, loopback only.",
            "",
            END,
        ]
    )
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
        else {"startup": 20, "listing": 7, "responsiveness": 3, "memory": 3}
    )
    if args.show:
        results = json.loads(args.out.read_text(encoding="utf-8"))
        results["table"] = table(results)
        if args.update_readme:
            update_readme(results)
        print(results["table"])
        return 0
    began = time.monotonic()
    results: dict[str, Any] = {
        "started": datetime.now(UTC).isoformat(timespec="seconds"),
        "quick": args.quick,
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
        timings[name] = time.monotonic() - t0
    results["seconds"] = {"total": time.monotonic() - began, **timings}
    results["table"] = table(results)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    if args.update_readme:
        update_readme(results)
    info = results["machine"]
    print(results["table"])
    print()
    print(
        f"{info['nproc']} cores, {info['cpu']}, {info['ram_gib']} GiB, {info['os']}, "
        f"Python {info['python']}, PySide6 {info['pyside6']}; "
        f"whole run {results['seconds']['total']:.0f} s; results in {args.out}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
