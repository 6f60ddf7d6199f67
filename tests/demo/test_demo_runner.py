"""DemoServer lifecycle, the CLI, thread safety of the store, and the seed data."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import httpx
import pytest
from demo_helpers import TIMEOUT

from dify_desktop.demo.runner import DemoServer
from dify_desktop.demo.seed import DEFAULT_USER, EMPTY_USER, SCALE_USER, SEED_USERS
from dify_desktop.demo.store import Store

REPO = Path(__file__).resolve().parents[2]


def auth(srv: DemoServer) -> dict[str, str]:
    return {"Authorization": f"Bearer {srv.api_key}"}


def test_start_stop_and_base_url() -> None:
    srv = DemoServer(seed=False)
    srv.start()
    try:
        assert srv.base_url == f"http://127.0.0.1:{srv.port}/v1"
        assert srv.port > 0
        assert srv.running
        assert httpx.get(f"{srv.base_url}/info", headers=auth(srv)).status_code == 200
    finally:
        srv.stop()
    assert not srv.running
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{srv.base_url}/info", headers=auth(srv), timeout=2)
    srv.stop()  # idempotent


def test_context_manager_and_two_servers() -> None:
    with DemoServer() as a, DemoServer(seed=False) as b:
        assert a.port != b.port
        ra = httpx.get(
            f"{a.base_url}/conversations", params={"user": DEFAULT_USER}, headers=auth(a)
        )
        rb = httpx.get(
            f"{b.base_url}/conversations", params={"user": DEFAULT_USER}, headers=auth(b)
        )
        assert len(ra.json()["data"]) == 20
        assert rb.json()["data"] == []


def test_stop_with_idle_keepalive_connection() -> None:
    srv = DemoServer(seed=False).start()
    client = httpx.Client(base_url=srv.base_url, headers=auth(srv), timeout=TIMEOUT)
    try:
        assert client.get("/meta").status_code == 200
        srv.stop()
        assert not srv.running
    finally:
        client.close()
        srv.stop()


def test_restart_on_same_port() -> None:
    srv = DemoServer(seed=False)
    srv.start()
    port = srv.port
    srv.stop()
    srv.start()
    try:
        assert srv.port == port
        assert httpx.get(f"{srv.base_url}/meta", headers=auth(srv)).status_code == 200
    finally:
        srv.stop()


def test_port_in_use_raises() -> None:
    with DemoServer(seed=False) as a:
        b = DemoServer(seed=False, port=a.port)
        with pytest.raises(OSError):
            b.start()


def test_store_is_thread_safe_under_concurrent_requests(srv: DemoServer) -> None:
    """Writers on other threads while the server serves pages: no errors, nothing lost."""
    errors: list[BaseException] = []

    def writer(n: int) -> None:
        try:
            for i in range(50):
                srv.store.add_conversation(f"thread-{n}", f"c{i}", created_at=1_700_000_000 + i)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    with httpx.Client(base_url=srv.base_url, headers=auth(srv), timeout=TIMEOUT) as c:
        for _ in range(20):
            assert (
                c.get("/conversations", params={"user": "thread-0", "limit": 100}).status_code
                == 200
            )
    for t in threads:
        t.join(30)
    assert not errors
    assert all(len(srv.store.conversations_of(f"thread-{n}")) == 50 for n in range(4))


# --------------------------------------------------------------------------- seed


def snapshot(store: Store) -> list[tuple[object, ...]]:
    return [
        (c.id, c.user, c.name, c.created_at, c.updated_at, tuple(m.id for m in c.messages))
        for c in store.conversations.values()
    ]


def test_seed_is_deterministic() -> None:
    a, b = DemoServer(), DemoServer()
    assert snapshot(a.store) == snapshot(b.store)
    assert [u.id for u in a.store.end_users.values()] == [u.id for u in b.store.end_users.values()]


def test_seed_users() -> None:
    srv = DemoServer()
    assert SEED_USERS[0] == DEFAULT_USER
    assert len(srv.store.conversations_of(DEFAULT_USER)) == 40
    assert srv.store.conversations_of(EMPTY_USER) == []
    assert SCALE_USER not in SEED_USERS
    with_messages = [c for c in srv.store.conversations_of(DEFAULT_USER) if len(c.messages) >= 2]
    assert with_messages
    assert any(c.variables for c in srv.store.conversations_of(DEFAULT_USER))
    texts = " ".join(m.query for c in srv.store.conversations.values() for m in c.messages)
    for sample in ("Rechnung", "注文", "طلب", "Bonjour"):
        assert sample in texts
    assert srv.store.feedbacks


def test_reset_restores_clock_and_settings(srv: DemoServer) -> None:
    srv.store.clock = lambda: 5.0
    srv.store.app_mode = "workflow"
    srv.store.auto_generate_mode = "blank"
    srv.reset()
    assert srv.store.now() > 1_700_000_000
    assert srv.store.app_mode == "advanced-chat"
    assert srv.store.auto_generate_mode == "model"


def test_seed_has_created_after_updated_quirk() -> None:
    convs = DemoServer().store.conversations_of(DEFAULT_USER)
    assert any(c.created_at == c.updated_at + 1 for c in convs)


@pytest.mark.parametrize("n", [1, 250, 3000])
def test_scale(n: int) -> None:
    srv = DemoServer(seed=False, scale=n)
    convs = srv.store.conversations_of(SCALE_USER)
    assert len(convs) == n
    for field in ("created_at", "updated_at"):
        per_second = Counter(getattr(c, field) for c in convs)
        assert max(per_second.values()) < 100
    if n >= 3000:
        ties = [k for k, v in Counter(c.created_at for c in convs).items() if v >= 2]
        assert ties, "expected tie groups"
        assert max(Counter(c.created_at for c in convs).values()) <= 20


def test_scale_with_seed_keeps_seed() -> None:
    srv = DemoServer(scale=10)
    assert len(srv.store.conversations_of(DEFAULT_USER)) == 40
    assert len(srv.store.conversations_of(SCALE_USER)) == 10


# --------------------------------------------------------------------------- CLI


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_cli(sig: signal.Signals) -> None:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "dify_desktop.demo", "--api-key", "app-cli", "--port", "0"],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert line.startswith("Dify demo API at http://127.0.0.1:"), line
        assert line.rstrip("\n").endswith("/v1 (key: app-cli)")
        base = line.split(" at ", 1)[1].split(" ", 1)[0]
        r = httpx.get(
            f"{base}/conversations",
            params={"user": DEFAULT_USER},
            headers={"Authorization": "Bearer app-cli"},
            timeout=TIMEOUT,
        )
        assert r.status_code == 200 and len(r.json()["data"]) == 20
        proc.send_signal(sig)
        out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0, err
    assert "Traceback" not in err
    assert out == ""  # exactly one line on stdout, already read


def test_cli_options() -> None:
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "dify_desktop.demo",
            "--auto-generate",
            "silent",
            "--scale",
            "30",
            "--latency-ms",
            "1",
        ],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        base = line.split(" at ", 1)[1].split(" ", 1)[0]
        assert line.rstrip().endswith("(key: app-demo)")
        with httpx.Client(base_url=base, headers={"Authorization": "Bearer app-demo"}) as c:
            page = c.get("/conversations", params={"user": SCALE_USER, "limit": 100}).json()
            assert len(page["data"]) == 30
            cid = page["data"][0]["id"]
            before = page["data"][0]["name"]
            r = c.post(
                f"/conversations/{cid}/name", json={"user": SCALE_USER, "auto_generate": True}
            )
            assert r.json()["name"] == before  # silent mode
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0 and "Traceback" not in err


def test_small_answers_are_not_held_back_by_nagle(srv: DemoServer) -> None:
    """Each answer is two writes (head, body): without TCP_NODELAY each request costs ~40 ms."""
    with httpx.Client(base_url=srv.base_url, headers=auth(srv), timeout=TIMEOUT) as c:
        c.get("/meta")
        started = time.monotonic()
        for _ in range(25):
            assert c.get("/meta").status_code == 200
        assert time.monotonic() - started < 0.75
