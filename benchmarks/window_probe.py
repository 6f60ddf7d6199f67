"""The app's window in a process of its own, set up the way ``dify_desktop.app.run`` sets it up
(QApplication, the main-thread garbage collector, the qasync loop, an ephemeral context,
``open_ephemeral``), against a demo server started elsewhere. Prints one JSON object.

``--mode stall`` (responsiveness): once the first page is shown, a heartbeat ``QTimer``
(``PreciseTimer``, every ``--heartbeat-ms`` ms) records its own lateness (time between two ticks
minus the interval) while ``model.load_all()`` loads every conversation and, as soon as 300 rows
are there, ``--renames`` manual renames (of rows 0..N-1, well behind the listing's cursor) are
started through the window's own rename path (``RowActions._rename_requested``, what the
editor's delegate calls). Measured from ``load_all()`` until the listing is complete and no save
is running. One idle second before that gives the timer's own jitter. Each tick also records the
GUI thread's CPU time: a late tick with little CPU time behind it was a busy machine (the
process waited for a core), not the app's code (``busy_running``).

To name the cause of a stall, the run records spans of time (cheap wrappers, always on):
garbage collections (``gc.callbacks``) and the collector's checks (freezing survivors), ``json.loads``
of a response, building the rows of a page (``DifyClient._page``), inserting them into the model
(``ConversationModel._append``: the model, the filter proxy and the view react inside it), the
status-bar refresh (``ConversationList.update_counts``), a row's state change
(``RenameTracker._set``), the changed rows sent to the views (``RowChanges.send``), the list's
paint (``ListView.paintEvent``), the clock's refresh of the time column
(``ConversationModel.tick``) and every asyncio callback. Each stall over the budget lists the
spans that overlap it (``--sample`` adds the GUI thread's Python stacks, sampled every 2 ms).
Afterwards it times full repaints of the window holding every row, a ``gc.collect()`` and the
collector's pass over the old generation.

``--mode memory``: ``load_all()``, wait until complete, ``gc.collect()`` twice, let the window
settle and paint, then the process's RSS (psutil); also the RSS with the first page only.

``--mode scale``: ``load_all()`` of a very long list (the demo's ``--scale 100000`` user) with the
heartbeat running: the time, the stalls and the peak RSS (``ru_maxrss``).

    QT_QPA_PLATFORM=offscreen DIFY_API_KEY=KEY python benchmarks/window_probe.py \\
        --base-url http://127.0.0.1:PORT/v1 --user load-test-user --mode stall
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import gc
import itertools
import json
import os
import sys
import time
from collections.abc import Awaitable, Callable
from types import SimpleNamespace
from typing import Any

import psutil
from common import percentile

Span = tuple[float, float, str]
#: (lateness, interval start, interval end, lateness while the GUI thread ran), seconds
Late = tuple[float, float, float, float]
SPANS: list[Span] = []


def record(label: str, function: Callable[..., Any]) -> Callable[..., Any]:
    """Wrap a synchronous function so that every call is recorded as a span."""

    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            SPANS.append((started, time.perf_counter(), label))

    return wrapper


_gc_started: dict[int, float] = {}
COLLECTOR: Any = None


def _gc_callback(phase: str, info: dict[str, int]) -> None:
    generation = info.get("generation", -1)
    if phase == "start":
        _gc_started[generation] = time.perf_counter()
    elif generation in _gc_started:
        SPANS.append((_gc_started.pop(generation), time.perf_counter(), f"gc gen{generation}"))


def instrument() -> None:
    import dify_desktop.api._transport as client_module
    from dify_desktop.api.client import DifyClient
    from dify_desktop.core.rename_tracking import RenameTracker
    from dify_desktop.ui.conversation_list import ConversationList
    from dify_desktop.ui.conversation_model import ConversationModel
    from dify_desktop.ui.list_view import ListView
    from dify_desktop.ui.main_thread_gc import MainThreadGarbageCollector
    from dify_desktop.ui.row_changes import RowChanges

    client_module.json = SimpleNamespace(  # type: ignore[assignment]
        loads=record("json.loads", json.loads), dumps=json.dumps
    )
    DifyClient._page = record("build rows (_page)", DifyClient._page)  # type: ignore[method-assign]
    ConversationModel._append = record("insert rows (_append)", ConversationModel._append)  # type: ignore[method-assign]
    ConversationModel.tick = record("clock (tick)", ConversationModel.tick)  # type: ignore[method-assign]
    RenameTracker._set = record("row state (_set_state)", RenameTracker._set)  # type: ignore[method-assign]
    RowChanges.send = record("changed rows to the views (RowChanges.send)", RowChanges.send)  # type: ignore[method-assign]
    ListView.paintEvent = record("paint the list (paintEvent)", ListView.paintEvent)  # type: ignore[method-assign]
    counts = record("counts (update_counts)", ConversationList.update_counts)
    # a signal's arguments (selectionChanged) are dropped for the method, not for *args
    ConversationList.update_counts = lambda self, *_: counts(self)  # type: ignore[method-assign]
    MainThreadGarbageCollector.check = record(
        "gc: the collector's check", MainThreadGarbageCollector.check
    )  # type: ignore[method-assign]
    MainThreadGarbageCollector.collect_old = record(
        "gc: old generation", MainThreadGarbageCollector.collect_old
    )  # type: ignore[method-assign]
    gc.callbacks.append(_gc_callback)
    asyncio.events.Handle._run = _timed_handle_run  # type: ignore[method-assign,assignment]


_handle_run = asyncio.events.Handle._run


def _timed_handle_run(handle: asyncio.Handle) -> None:
    """Every asyncio callback (qasync runs each from a Qt timer event); those over 0.5 ms are
    recorded as spans named after the task's coroutine or the callback."""
    started = time.perf_counter()
    _handle_run(handle)
    finished = time.perf_counter()
    if finished - started > 0.0005:
        SPANS.append((started, finished, _handle_label(handle)))
    else:
        SPANS.append((started, finished, "asyncio: callbacks under 0.5 ms"))


def _handle_label(handle: asyncio.Handle) -> str:
    callback = getattr(handle, "_callback", None)
    owner = getattr(callback, "__self__", None)
    if isinstance(owner, asyncio.Task):
        coro = owner.get_coro()
        return f"asyncio: step of {getattr(coro, '__qualname__', type(coro).__name__)}"
    return f"asyncio: {getattr(callback, '__qualname__', type(callback).__name__)}"


class StackSampler:
    """``--sample``: a thread that samples the GUI thread's Python stack every 2 ms, to name what
    ran during a stall that no span covers (diagnosis only: the sampler takes CPU itself)."""

    def __init__(self) -> None:
        import threading

        self.samples: list[tuple[float, str]] = []
        self._gui = threading.get_ident()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.wait(0.002):
            frame = sys._current_frames().get(self._gui)
            names: list[str] = []
            while frame is not None and len(names) < 6:
                code = frame.f_code
                names.append(f"{os.path.basename(code.co_filename)}:{code.co_name}")
                frame = frame.f_back
            self.samples.append((time.perf_counter(), " < ".join(names)))


SAMPLER: StackSampler | None = None


class Heartbeat:
    """A timer's own lateness, tick after tick, with the GUI thread's CPU time at each tick: a
    late tick with little CPU time behind it means the process was waiting for a core (a busy
    machine), not running the app's code."""

    def __init__(self, interval_ms: int) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.interval = interval_ms / 1000
        self.ticks: list[tuple[float, float]] = []
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        self.ticks.append((time.perf_counter(), time.thread_time()))

    def start(self) -> None:
        self.ticks = [(time.perf_counter(), time.thread_time())]
        self._timer.start()

    def stop(self) -> list[tuple[float, float]]:
        self._timer.stop()
        self.ticks.append((time.perf_counter(), time.thread_time()))
        return self.ticks

    def lateness(self, ticks: list[tuple[float, float]]) -> list[Late]:
        """(lateness s, interval start, interval end, lateness the GUI thread spent running) of
        every interval between ticks."""
        out = []
        for (a, cpu_a), (b, cpu_b) in itertools.pairwise(ticks):
            late = max(0.0, b - a - self.interval)
            out.append((late, a, b, min(late, max(0.0, cpu_b - cpu_a - self.interval))))
        return out


def stall_stats(late: list[Late], index: int = 0) -> dict[str, Any]:
    values = sorted(x[index] for x in late)
    return {
        "ticks": len(values),
        "p50_ms": percentile(values, 50) * 1000,
        "p99_ms": percentile(values, 99) * 1000,
        "max_ms": (values[-1] if values else 0.0) * 1000,
        "over_16ms": sum(1 for v in values if v > 0.016),
        "over_50ms": sum(1 for v in values if v > 0.050),
    }


def attribute(stall: Late) -> dict[str, Any]:
    """What ran during one stall: per label, the overlapping time (spans may nest)."""
    late, begin, end, running = stall
    parts: dict[str, float] = {}
    biggest: dict[str, float] = {}
    for started, finished, label in SPANS:
        overlap = min(end, finished) - max(begin, started)
        if overlap > 0:
            parts[label] = parts.get(label, 0.0) + overlap
            biggest[label] = max(biggest.get(label, 0.0), finished - started)
    sampled: dict[str, int] = {}
    for at, stack in SAMPLER.samples if SAMPLER else ():
        if begin <= at <= end:
            sampled[stack] = sampled.get(stack, 0) + 1
    return {
        "samples": dict(sorted(sampled.items(), key=lambda x: -x[1])[:6]),
        "lateness_ms": late * 1000,
        "at": [begin, end],
        "running_ms": running * 1000,
        "interval_ms": (end - begin) * 1000,
        "spans_ms": {k: round(v * 1000, 2) for k, v in sorted(parts.items(), key=lambda x: -x[1])},
        "longest_span_ms": {k: round(v * 1000, 2) for k, v in biggest.items()},
    }


async def wait_for(condition: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out waiting for {what}")
        await asyncio.sleep(0.01)


async def open_window(base_url: str, key: str, user: str) -> Any:
    from dify_desktop.app import open_ephemeral
    from dify_desktop.core.collection import set_aside_long_lived
    from dify_desktop.core.credentials import Credentials
    from dify_desktop.core.profiles import ProfileStore
    from dify_desktop.core.settings import MemorySettings
    from dify_desktop.ui.context import AppContext
    from dify_desktop.ui.main_window import MainWindow

    settings = MemorySettings()
    context = AppContext(
        settings=settings,
        profiles=ProfileStore(settings),
        credentials=Credentials(),
        ephemeral=True,
    )
    window = MainWindow(context, wait_for_first_page=True)
    window.show()
    set_aside_long_lived()  # as dify_desktop.app.main does after showing the window
    await open_ephemeral(window, base_url, key, None, user)
    model = window.model
    await wait_for(lambda: model.rowCount() > 0 and not model.loading, 30, "the first page")
    await wait_for(lambda: window.desk_parts_ready, 30, "the desk parts")
    await asyncio.sleep(0.3)  # first paints, the message pane's timer
    return window


async def close_window(window: Any) -> None:
    window.hide()
    await window.ctx.tasks.cancel_all()
    if window.session is not None:
        await window.session.close()
    window.close()


def rss() -> int:
    return int(psutil.Process(os.getpid()).memory_info().rss)


async def start_renames(window: Any, count: int, pace: str) -> None:
    """``count`` manual renames of rows 0..count-1 through the window's rename path: all in one
    go (``burst``) or one per event-loop turn (``turn``, as an editor's commits would come)."""
    from PySide6.QtCore import QPersistentModelIndex, QTimer

    def one(row: int) -> None:
        index = QPersistentModelIndex(window.proxy.index(row, 0))
        window.row_actions._rename_requested(index, f"Renamed in the benchmark #{row:03d}", False)

    if pace == "burst":
        started = time.perf_counter()
        for row in range(count):
            one(row)
        SPANS.append((started, time.perf_counter(), f"harness: {count} renames requested at once"))
        return
    done = asyncio.get_running_loop().create_future()
    rows = iter(range(count))

    def next_one() -> None:
        row = next(rows, None)
        if row is None:
            if not done.done():
                done.set_result(None)
            return
        one(row)
        QTimer.singleShot(0, next_one)

    next_one()
    await done


async def measure_stalls(
    window: Any, renames: int, heartbeat_ms: int, pace: str, profile: str | None = None
) -> dict[str, Any]:
    model = window.model
    profiler: Any = None
    beat = Heartbeat(heartbeat_ms)
    beat.start()
    await asyncio.sleep(1.0)
    idle = stall_stats(beat.lateness(beat.stop()))

    SPANS.clear()
    gc_before = [s["collections"] for s in gc.get_stats()]
    if profile:
        from pyinstrument import Profiler

        profiler = Profiler(interval=0.0005, async_mode="disabled")
        profiler.start()
    beat.start()
    started = time.perf_counter()
    model.load_all()
    await wait_for(lambda: model.rowCount() >= 300 or model.complete, 60, "300 rows")
    renames_started = time.perf_counter()
    renamed = min(renames, model.rowCount())
    peak = [0]

    def finished_all() -> bool:
        saving = model.saving_count()
        peak[0] = max(peak[0], saving)
        return model.complete and not model.loading and saving == 0

    await start_renames(window, renamed, pace)
    renames_requested = time.perf_counter()
    await wait_for(finished_all, 120, "the listing and the renames")
    finished = time.perf_counter()
    ticks = beat.stop()
    gc_during = [s["collections"] - b for s, b in zip(gc.get_stats(), gc_before, strict=True)]
    if profiler is not None and profile:
        profiler.stop()
        with open(profile, "w", encoding="utf-8") as out:
            out.write(profiler.output_text(unicode=True, color=False, show_all=False))
    late = beat.lateness(ticks)
    busy = stall_stats(late)
    busy_running = stall_stats(late, index=3)
    worst = sorted(late, reverse=True)
    over = [x for x in worst if x[0] > 0.016]
    causes: dict[str, int] = {}
    for stall in over:
        spans = attribute(stall)["spans_ms"]
        top = next(iter(spans), "unattributed (Qt events, paint, asyncio)")
        causes[top] = causes.get(top, 0) + 1

    totals: dict[str, dict[str, float]] = {}
    for begin, end, label in SPANS:
        entry = totals.setdefault(label, {"count": 0, "total_ms": 0.0, "max_ms": 0.0})
        entry["count"] += 1
        entry["total_ms"] += (end - begin) * 1000
        entry["max_ms"] = max(entry["max_ms"], (end - begin) * 1000)

    # The cost of one synchronous repaint of the whole window holding every row.
    repaints = []
    for _ in range(5):
        t0 = time.perf_counter()
        window.repaint()
        repaints.append((time.perf_counter() - t0) * 1000)
        await asyncio.sleep(0.02)
    # What the collector's passes over the old generation cost once the window holds every row
    # (it runs one only while that generation is small or after a quarter of it was freed), and
    # what a plain gc.collect() costs with the long-lived objects frozen.
    full_gc, old_gc = [], []
    for _ in range(3):
        t0 = time.perf_counter()
        gc.collect()
        full_gc.append((time.perf_counter() - t0) * 1000)
        t0 = time.perf_counter()
        COLLECTOR.collect_old()
        old_gc.append((time.perf_counter() - t0) * 1000)
    notes = [model.state(model.conversation(r).id).note for r in range(renamed)]
    return {
        "rows": model.rowCount(),
        "complete": model.complete,
        "incomplete_ties": model.incomplete_ties,
        "renames": renamed,
        "renamed_ok": sum(1 for n in notes if n is not None and not n.is_problem),
        "seconds": finished - started,
        "renames_started_after_s": renames_started - started,
        "renames_requested_in_s": renames_requested - renames_started,
        "renames_in_flight_peak": peak[0],
        "pace": pace,
        "idle": idle,
        "busy": busy,
        "busy_running": busy_running,
        "worst": [attribute(x) for x in worst[:5]],
        "stall_causes_over_16ms": causes,
        "spans": {
            k: {**v, "total_ms": round(v["total_ms"], 1), "max_ms": round(v["max_ms"], 2)}
            for k, v in sorted(totals.items())
        },
        "gc_collections": gc_during,
        "repaint_ms": repaints,
        "full_gc_ms": full_gc,
        "collect_old_ms": old_gc,
        "frozen_objects": gc.get_freeze_count(),
        "python_objects": len(gc.get_objects()),
    }


async def measure_memory(window: Any) -> dict[str, Any]:
    model = window.model
    gc.collect()
    first_page = rss()
    started = time.perf_counter()
    model.load_all()
    await wait_for(lambda: model.complete and not model.loading, 120, "every row")
    seconds = time.perf_counter() - started
    gc.collect()
    await asyncio.sleep(0.3)  # the view's layout and paint with every row
    gc.collect()
    gc.collect()
    return {
        "rows": model.rowCount(),
        "complete": model.complete,
        "load_all_s": seconds,
        "rss_first_page_bytes": first_page,
        "rss_bytes": rss(),
        "python_objects": len(gc.get_objects()),
    }


async def measure_scale(window: Any, heartbeat_ms: int) -> dict[str, Any]:
    """Every row of a very long list (``--scale 100000``): the time ``load_all()`` takes, the
    event-loop stalls meanwhile, and the process's peak resident memory."""
    import resource

    model = window.model
    beat = Heartbeat(heartbeat_ms)
    SPANS.clear()
    beat.start()
    started = time.perf_counter()
    model.load_all()
    await wait_for(lambda: model.complete and not model.loading, 600, "every row")
    seconds = time.perf_counter() - started
    late = beat.lateness(beat.stop())
    await asyncio.sleep(0.3)  # the view's layout and paint with every row
    worst = sorted(late, reverse=True)
    t0 = time.perf_counter()
    COLLECTOR.collect_old()
    collect_old_ms = (time.perf_counter() - t0) * 1000
    ticks = []
    for _ in range(3):
        t0 = time.perf_counter()
        model.tick()
        ticks.append((time.perf_counter() - t0) * 1000)
    return {
        "rows": model.rowCount(),
        "complete": model.complete,
        "load_all_s": seconds,
        "busy": stall_stats(late),
        "busy_running": stall_stats(late, index=3),
        "worst": [attribute(x) for x in worst[:3]],
        "peak_rss_bytes": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024,
        "rss_bytes": rss(),
        "frozen_objects": gc.get_freeze_count(),
        "collect_old_ms": collect_old_ms,
        "tick_ms": ticks,
    }


async def main(args: argparse.Namespace, key: str) -> dict[str, Any]:
    window = await open_window(args.base_url, key, args.user)
    try:
        work: Awaitable[dict[str, Any]]
        if args.mode == "stall":
            work = measure_stalls(window, args.renames, args.heartbeat_ms, args.pace, args.profile)
        elif args.mode == "scale":
            work = measure_scale(window, args.heartbeat_ms)
        else:
            work = measure_memory(window)
        return await work
    finally:
        await close_window(window)


def run() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--user", required=True)
    parser.add_argument("--mode", choices=("stall", "memory", "scale"), default="stall")
    parser.add_argument("--renames", type=int, default=200)
    parser.add_argument("--heartbeat-ms", type=int, default=5)
    parser.add_argument("--pace", choices=("turn", "burst"), default="turn")
    parser.add_argument("--sample", action="store_true", help="sample the GUI thread's stack")
    parser.add_argument("--profile", metavar="PATH", help="pyinstrument text report of the run")
    args = parser.parse_args()
    key = os.environ.get("DIFY_API_KEY", "")

    import qasync
    from PySide6.QtWidgets import QApplication

    from dify_desktop.core import logs
    from dify_desktop.ui.main_thread_gc import MainThreadGarbageCollector

    logs.setup(False)
    logs.register_secret(key)
    if args.mode != "memory":
        instrument()
    app = QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    if args.sample:
        global SAMPLER
        SAMPLER = StackSampler()
        SAMPLER.start()
    global COLLECTOR
    collector = COLLECTOR = MainThreadGarbageCollector(app)
    try:
        with asyncio.Runner(loop_factory=lambda: qasync.QEventLoop(app)) as runner:
            result = runner.run(main(args, key))
    finally:
        collector.stop()
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(run())
