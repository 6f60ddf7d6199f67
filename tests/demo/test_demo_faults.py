"""Fault injection: each kind does what it promises on the client side; control routes; log."""

from __future__ import annotations

import contextlib
import json
import logging
import threading
import time
from collections.abc import Iterator

import httpx
import pytest
from demo_helpers import TIMEOUT, error_of

from dify_desktop.demo.faults import Fault, FaultTable
from dify_desktop.demo.runner import DemoServer
from dify_desktop.demo.seed import DEFAULT_USER
from dify_desktop.demo.wire.request_log import RequestLog, RequestRecord


def rename(client: httpx.Client, cid: str, name: str) -> httpx.Response:
    return client.post(f"/conversations/{cid}/name", json={"user": DEFAULT_USER, "name": name})


@pytest.fixture
def cid(srv: DemoServer) -> str:
    return srv.store.add_conversation(DEFAULT_USER, "original", messages=[("q", "a")])


def name_of(srv: DemoServer, cid: str) -> str:
    conv = srv.store.get_conversation(cid)
    assert conv is not None
    return conv.name


def test_status_fault_html(srv: DemoServer, client: httpx.Client, cid: str) -> None:
    srv.faults.add(
        Fault(
            method="POST",
            path="/conversations/*/name",
            kind="status",
            status=502,
            body="<html><body>Bad gateway</body></html>",
            content_type="text/html",
            headers={"Retry-After": "1"},
        )
    )
    r = rename(client, cid, "new")
    assert r.status_code == 502
    assert r.headers["content-type"].startswith("text/html")
    assert r.headers["retry-after"] == "1"
    assert r.text == "<html><body>Bad gateway</body></html>"
    assert name_of(srv, cid) == "original"
    # times=1: the next request goes through.
    assert rename(client, cid, "new").status_code == 200
    assert name_of(srv, cid) == "new"


def test_status_fault_default_json_body(srv: DemoServer, client: httpx.Client) -> None:
    srv.faults.add(Fault(method="GET", path="/conversations", kind="status", status=429))
    r = client.get("/conversations", params={"user": DEFAULT_USER})
    assert error_of(r) == (429, "too_many_requests")


def test_times_none_is_forever_and_clear(srv: DemoServer, client: httpx.Client) -> None:
    srv.faults.add(Fault(method="*", path="/info", kind="status", status=503, times=None))
    assert [client.get("/info").status_code for _ in range(3)] == [503, 503, 503]
    srv.faults.clear()
    assert client.get("/info").status_code == 200


def test_times_n(srv: DemoServer, client: httpx.Client) -> None:
    fault = srv.faults.add(Fault(method="GET", path="/info", kind="status", status=500, times=2))
    assert [client.get("/info").status_code for _ in range(3)] == [500, 500, 200]
    assert fault.fired == 2
    assert len(srv.faults) == 0


def test_method_and_path_matching(srv: DemoServer, client: httpx.Client, cid: str) -> None:
    srv.faults.add(Fault(method="DELETE", path="/conversations/*", kind="status", status=500))
    assert rename(client, cid, "renamed").status_code == 200  # other method, other path
    assert client.get("/conversations", params={"user": DEFAULT_USER}).status_code == 200
    r = client.request("DELETE", f"/conversations/{cid}", json={"user": DEFAULT_USER})
    assert r.status_code == 500


def test_fault_matching_rules() -> None:
    f = Fault(method="post", path="conversations/*/name")
    assert f.method == "POST" and f.path == "/conversations/*/name"
    assert f.matches("POST", "/conversations/abc/name")
    assert not f.matches("GET", "/conversations/abc/name")
    assert not f.matches("POST", "/conversations/abc/def/name")
    assert not f.matches("POST", "/conversations")
    assert Fault(method="*", path="/info").matches("DELETE", "/info")
    with pytest.raises(ValueError):
        Fault(kind="explode")


def test_fault_table_first_match_wins() -> None:
    table = FaultTable()
    a = table.add(Fault(path="/info", status=501))
    table.add(Fault(path="/info", status=502))
    assert table.take("GET", "/info") is a
    assert table.take("GET", "/info").status == 502  # type: ignore[union-attr]
    assert table.take("GET", "/info") is None


def test_drop(srv: DemoServer, client: httpx.Client, cid: str) -> None:
    srv.faults.add(Fault(method="POST", path="/conversations/*/name", kind="drop"))
    with pytest.raises(httpx.RemoteProtocolError):
        rename(client, cid, "never")
    assert name_of(srv, cid) == "original"
    assert rename(client, cid, "after").status_code == 200


def test_reset_mid_body(srv: DemoServer, client: httpx.Client, cid: str) -> None:
    srv.faults.add(Fault(method="POST", path="/conversations/*/name", kind="reset_mid_body"))
    with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
        rename(client, cid, "took effect")
    assert name_of(srv, cid) == "took effect"


def test_reset_mid_body_sends_headers_then_part(srv: DemoServer, cid: str) -> None:
    """Seen from a streaming client: a full Content-Length, then fewer bytes, then an error."""
    srv.faults.add(Fault(method="GET", path="/conversations", kind="reset_mid_body"))
    received = b""
    with (
        httpx.Client(
            base_url=srv.base_url,
            headers={"Authorization": f"Bearer {srv.api_key}"},
            timeout=TIMEOUT,
        ) as c,
        pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)),
    ):
        try:
            with c.stream("GET", "/conversations", params={"user": DEFAULT_USER}) as r:
                expected = int(r.headers["content-length"])
                for chunk in r.iter_raw():
                    received += chunk
        finally:
            # Either the headers arrived (then only part of the body did) or nothing did.
            if received:
                assert 0 < len(received) < expected


def test_truncate(srv: DemoServer, client: httpx.Client, cid: str) -> None:
    srv.faults.add(Fault(method="POST", path="/conversations/*/name", kind="truncate"))
    r = rename(client, cid, "half")
    assert r.status_code == 200
    assert int(r.headers["content-length"]) == len(r.content)
    with pytest.raises(json.JSONDecodeError):
        json.loads(r.content)
    assert name_of(srv, cid) == "half"


@pytest.fixture
def own() -> Iterator[tuple[DemoServer, httpx.Client, str]]:
    """A server of its own, so a request left hanging ends with it."""
    with (
        DemoServer(seed=False) as s,
        httpx.Client(
            base_url=s.base_url, headers={"Authorization": f"Bearer {s.api_key}"}, timeout=TIMEOUT
        ) as c,
    ):
        yield s, c, s.store.add_conversation(DEFAULT_USER, "original", messages=[("q", "a")])


def test_delay_effect_happens_then_answer(own: tuple[DemoServer, httpx.Client, str]) -> None:
    srv, client, cid = own
    srv.faults.add(Fault(method="POST", path="/conversations/*/name", kind="delay", delay_s=30))
    with pytest.raises(httpx.ReadTimeout):
        client.post(
            f"/conversations/{cid}/name",
            json={"user": DEFAULT_USER, "name": "delayed"},
            timeout=httpx.Timeout(10.0, read=0.3),
        )
    # The rename already took effect although the answer never came.
    assert name_of(srv, cid) == "delayed"


def test_delay_answers_after_delay(srv: DemoServer, client: httpx.Client, cid: str) -> None:
    srv.faults.add(Fault(method="POST", path="/conversations/*/name", kind="delay", delay_s=0.3))
    started = time.monotonic()
    r = rename(client, cid, "slow")
    assert r.status_code == 200 and r.json()["name"] == "slow"
    assert time.monotonic() - started >= 0.3


def test_stall_nothing_happens_before_the_delay(
    own: tuple[DemoServer, httpx.Client, str],
) -> None:
    srv, client, cid = own
    srv.faults.add(Fault(method="POST", path="/conversations/*/name", kind="stall", delay_s=35))
    with pytest.raises(httpx.ReadTimeout):
        client.post(
            f"/conversations/{cid}/name",
            json={"user": DEFAULT_USER, "name": "stalled"},
            timeout=httpx.Timeout(10.0, read=0.3),
        )
    assert name_of(srv, cid) == "original"


def test_stall_then_handled(srv: DemoServer, client: httpx.Client, cid: str) -> None:
    srv.faults.add(Fault(method="POST", path="/conversations/*/name", kind="stall", delay_s=0.3))
    started = time.monotonic()
    r = rename(client, cid, "eventually")
    assert r.status_code == 200
    assert time.monotonic() - started >= 0.3
    assert name_of(srv, cid) == "eventually"


def test_stop_does_not_wait_for_a_stall() -> None:
    with DemoServer(seed=False) as s:
        s.faults.add(Fault(method="GET", path="/info", kind="stall", delay_s=60))
        errors: list[BaseException] = []

        def call() -> None:
            try:
                httpx.get(
                    f"{s.base_url}/info",
                    headers={"Authorization": f"Bearer {s.api_key}"},
                    timeout=20,
                )
            except httpx.HTTPError as exc:
                errors.append(exc)

        t = threading.Thread(target=call)
        t.start()
        s.wait_for_requests("GET", "/info", timeout=10)
        started = time.monotonic()
    assert time.monotonic() - started < 10
    t.join(20)
    assert not t.is_alive()


# --------------------------------------------------------------------------- control over HTTP


def test_control_endpoints(srv: DemoServer, client: httpx.Client, cid: str) -> None:
    r = client.post(
        "/_demo/faults",
        json={"method": "POST", "path": "/conversations/*/name", "kind": "status", "status": 503},
    )
    assert r.status_code == 201
    assert len(srv.faults) == 1
    assert client.get("/_demo/faults").json()["data"][0]["status"] == 503
    assert rename(client, cid, "x").status_code == 503
    client.post("/_demo/faults", json={"path": "/info", "times": None})
    assert client.delete("/_demo/faults").status_code == 204
    assert len(srv.faults) == 0
    assert client.get("/info").status_code == 200


def test_control_endpoints_validate_and_need_key(srv: DemoServer, client: httpx.Client) -> None:
    assert error_of(client.post("/_demo/faults", json={"kind": "boom"})) == (400, "invalid_param")
    assert error_of(client.post("/_demo/faults", json={"colour": "red"})) == (400, "invalid_param")
    for wrong in (
        {"status": "503"},
        {"status": True},
        {"times": 1.5},
        {"delay_s": "2"},
        {"body": 3},
        {"headers": {"retry-after": 1}},
        {"headers": ["retry-after"]},
        {"method": None},
    ):
        assert error_of(client.post("/_demo/faults", json=wrong)) == (400, "invalid_param"), wrong
    assert len(srv.faults) == 0
    bad = httpx.delete(f"{srv.base_url}/_demo/faults", timeout=TIMEOUT)
    assert error_of(bad) == (401, "unauthorized")
    bad = httpx.post(
        f"{srv.base_url}/_demo/auto-generate-mode", json={"mode": "silent"}, timeout=TIMEOUT
    )
    assert error_of(bad) == (401, "unauthorized")
    assert srv.store.auto_generate_mode == "model"


def test_fault_json_round_trip() -> None:
    fault = Fault(
        method="post",
        path="conversations/*/name",
        kind="delay",
        status=503,
        body="{}",
        headers={"Retry-After": "2"},
        delay_s=2,
        times=None,
    )
    data = fault.to_json()
    assert data.pop("fired") == 0
    again = Fault.from_json(data)
    assert again.to_json() == fault.to_json()
    assert (again.method, again.path) == ("POST", "/conversations/*/name")


def test_control_faults_are_not_faulted(srv: DemoServer, client: httpx.Client) -> None:
    srv.faults.add(Fault(method="*", path="/_demo/faults", kind="drop", times=None))
    srv.faults.add(Fault(method="*", path="*", kind="status", status=500, times=None))
    assert client.delete("/_demo/faults").status_code == 204
    assert client.get("/info").status_code == 200


def test_auto_generate_mode_endpoint(srv: DemoServer, client: httpx.Client) -> None:
    cid = srv.store.add_conversation(DEFAULT_USER, "keep", messages=[("q", "a")])
    r = client.post("/_demo/auto-generate-mode", json={"mode": "silent"})
    assert r.status_code == 200 and srv.store.auto_generate_mode == "silent"
    r = client.post(
        f"/conversations/{cid}/name", json={"user": DEFAULT_USER, "auto_generate": True}
    )
    assert r.json()["name"] == "keep"
    assert error_of(client.post("/_demo/auto-generate-mode", json={"mode": "x"})) == (
        400,
        "invalid_param",
    )


def test_reset_endpoint(srv: DemoServer, client: httpx.Client) -> None:
    srv.store.add_conversation(DEFAULT_USER, "extra")
    srv.faults.add(Fault(path="/meta", times=None))
    assert client.post("/_demo/reset").status_code == 200
    assert len(srv.store.conversations_of(DEFAULT_USER)) == 40
    assert len(srv.faults) == 0


# --------------------------------------------------------------------------- request log, latency


def test_request_log(srv: DemoServer, client: httpx.Client, cid: str) -> None:
    client.get("/conversations", params={"user": DEFAULT_USER, "limit": 5})
    rename(client, cid, "logged")
    client.get("/_demo/faults")
    log = srv.requests()
    assert [(r.method, r.path) for r in log] == [
        ("GET", "/conversations"),
        ("POST", f"/conversations/{cid}/name"),
    ]
    assert log[0].query == {"user": DEFAULT_USER, "limit": "5"}
    assert log[0].user == DEFAULT_USER and log[1].user == DEFAULT_USER
    assert log[0].status == 200
    assert len(srv.requests("GET", "/conversations")) == 1


def test_request_log_counts_faulted_requests(srv: DemoServer, client: httpx.Client) -> None:
    srv.faults.add(Fault(method="GET", path="/info", kind="status", status=502))
    client.get("/info")
    client.get("/info")
    assert [r.status for r in srv.requests("GET", "/info")] == [502, 200]


def test_latency() -> None:
    with DemoServer(seed=False, latency_ms=250) as s:
        started = time.monotonic()
        r = httpx.get(f"{s.base_url}/meta", headers={"Authorization": f"Bearer {s.api_key}"})
        assert r.status_code == 200
        assert time.monotonic() - started >= 0.25


def test_latency_endpoint(srv: DemoServer, client: httpx.Client) -> None:
    r = client.post("/_demo/latency", json={"latency_ms": 40})
    assert r.status_code == 200 and r.json() == {"latency_ms": 40}
    assert srv.latency_ms == 40
    for bad in (-1, "5", True, None):
        r = client.post("/_demo/latency", json={"latency_ms": bad})
        assert error_of(r) == (400, "invalid_param")
    assert srv.latency_ms == 40
    assert client.post("/_demo/reset").status_code == 200
    assert srv.latency_ms == 0


def test_request_log_keeps_the_latest_records() -> None:
    log = RequestLog(maxlen=2)
    for path in ("/a", "/b", "/c"):
        log.append(RequestRecord(method="GET", path=path, query={}, user=None))
    assert [r.path for r in log.requests()] == ["/b", "/c"]
    with pytest.raises(TimeoutError):
        log.wait_for("GET", "/a", timeout=0.01)


def test_reset_empties_the_request_log(srv: DemoServer, client: httpx.Client) -> None:
    client.get("/info")
    assert [r.path for r in srv.requests()] == ["/info"]
    assert client.post("/_demo/reset").status_code == 200
    assert srv.requests() == []


def test_faults_leave_no_tracebacks_in_the_server_log(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    with DemoServer(seed=False) as s:
        cid = s.store.add_conversation(DEFAULT_USER, "x", messages=[("q", "a")])
        with httpx.Client(base_url=s.base_url, headers=auth_of(s), timeout=TIMEOUT) as c:
            for kind in ("drop", "reset_mid_body", "truncate", "status", "delay"):
                s.faults.add(Fault(method="POST", path="/conversations/*/name", kind=kind))
                with contextlib.suppress(httpx.TransportError):
                    rename(c, cid, kind)
            s.faults.add(Fault(method="GET", path="/meta", kind="stall", delay_s=60))
            with pytest.raises(httpx.ReadTimeout):
                c.get("/meta", timeout=httpx.Timeout(10.0, read=0.2))
            s.faults.add(Fault(method="GET", path="/info", kind="delay", delay_s=60))
            with pytest.raises(httpx.ReadTimeout):
                c.get("/info", timeout=httpx.Timeout(10.0, read=0.2))
    # The server thread has been joined: everything it logged is in caplog.
    noisy = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert noisy == [], [r.getMessage() for r in noisy]


def auth_of(s: DemoServer) -> dict[str, str]:
    return {"Authorization": f"Bearer {s.api_key}"}
