"""The fault matrix: every (operation, fault) pair through the real window against the demo server
over loopback, with a short client timeout standing for the person's patience.

For every case the person gets a message that names what happened, the window stays usable (the
same operation works once the fault is gone), no typed name is lost, and a renamed row follows the
rule: a definite error answer restores the old name; an uncertain failure (no usable answer)
re-reads the server and shows what it holds. Expected faults leave one line per event in the logs,
never a traceback. The table of what the person saw is printed at the end of the run.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from dify_desktop.demo.faults import Fault
from dify_desktop.demo.seed import DEFAULT_USER
from dify_desktop.ui.conversation_model import Column, IdRole
from dify_desktop.ui.main_window import MainWindow
from dify_desktop.ui.reporter import Level
from tests.faults.fault_kit import (
    SHORT_TIMEOUT,
    Heartbeat,
    MatrixRow,
    Wire,
    app_lines,
    cell,
    fault_window,
    one_line,
    open_session,
    problems_in_logs,
    profile_for,
    row_message,
    select,
    settled,
    wait_for,
)
from tests.ui.conftest import button_for, editor_of, open_editor

BULK_USER = "cus_bulk_150"
AUTO_USER = "cus_auto_namer"
#: The longest the event loop may go without running while the app waits for a slow server.
MAX_STALL_MS = 200


# ----------------------------------------------------------------------------- operations


@dataclass(frozen=True)
class Operation:
    name: str
    method: str
    path: str

    @property
    def writes(self) -> bool:
        return self.method == "POST"


OPERATIONS = {
    op.name: op
    for op in (
        Operation("connect", "GET", "/info"),
        Operation("list", "GET", "/conversations"),
        Operation("load-more", "GET", "/conversations"),
        Operation("rename", "POST", "/conversations/*/name"),
        Operation("auto-rename", "POST", "/conversations/*/name"),
    )
}


# ----------------------------------------------------------------------------- faults


def dify_error(status: int, code: str, message: str) -> str:
    return json.dumps({"code": code, "message": message, "status": status})


NGINX_502 = (
    "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>"
)
EDGE_503 = "<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>"
EDGE_429 = "<!DOCTYPE html><html><body><h1>429 Too Many Requests</h1>Slow down.</body></html>"

Arm = Callable[[Any, Wire, Operation], None]


def status_fault(
    status: int,
    body: str | None = None,
    *,
    content_type: str = "application/json",
    headers: dict[str, str] | None = None,
    times: int | None = None,
) -> Arm:
    def arm(server: Any, wire: Wire, op: Operation) -> None:
        server.faults.add(
            Fault(
                method=op.method,
                path=op.path,
                kind="status",
                status=status,
                body=body,
                content_type=content_type,
                headers=headers or {},
                times=times,
            )
        )

    return arm


def server_fault(kind: str, *, delay_s: float = 0.0, times: int | None = None) -> Arm:
    def arm(server: Any, wire: Wire, op: Operation) -> None:
        server.faults.add(
            Fault(method=op.method, path=op.path, kind=kind, delay_s=delay_s, times=times)
        )

    return arm


def refused(server: Any, wire: Wire, op: Operation) -> None:
    wire.refuse = (op.method, op.path)


def read_timeout(server: Any, wire: Wire, op: Operation) -> None:
    if op.name == "auto-rename":
        # Auto-generate waits at least 90 s for the answer (the model is slow): an answer later
        # than that cannot be produced in test time, so the wire loses it after the server acted.
        wire.lose_answer = (op.method, op.path)
    else:
        # The server acts at once and answers 5 s later: after the client's timeout.
        server_fault("delay", delay_s=5 * SHORT_TIMEOUT, times=1)(server, wire, op)


@dataclass(frozen=True)
class FaultCase:
    name: str
    arm: Arm
    #: words the person must see
    says: str
    #: "definite": the server refused, nothing changed; "uncertain": no usable answer;
    #: "transient": a GET is retried (honouring Retry-After) and succeeds
    get_kind: str
    post_kind: str
    #: for uncertain writes: did the server's route run (the rename took effect)?
    acted: bool = False


FAULTS = {
    f.name: f
    for f in (
        FaultCase(
            "400 invalid_param",
            status_fault(
                400, dify_error(400, "invalid_param", "user: Input should be a valid string")
            ),
            "(400): user: Input should be a valid string",
            "definite",
            "definite",
        ),
        FaultCase(
            "400 not_chat_app",
            status_fault(
                400,
                dify_error(
                    400,
                    "not_chat_app",
                    "Please check if your app mode matches the right API route.",
                ),
            ),
            "not a chat app",
            "definite",
            "definite",
        ),
        FaultCase(
            "401",
            status_fault(401, dify_error(401, "unauthorized", "Access token is invalid")),
            "(401)",
            "definite",
            "definite",
        ),
        FaultCase(
            "403",
            status_fault(
                403, dify_error(403, "forbidden", "The app's API service has been disabled.")
            ),
            "(403)",
            "definite",
            "definite",
        ),
        FaultCase(
            "404",
            status_fault(404, dify_error(404, "not_found", "Conversation Not Exists.")),
            "(404)",
            "definite",
            "definite",
        ),
        FaultCase("405", status_fault(405), "(405)", "definite", "definite"),
        FaultCase("415", status_fault(415), "(415)", "definite", "definite"),
        FaultCase(
            "429 JSON, Retry-After 120",
            status_fault(
                429,
                dify_error(429, "too_many_requests", "Too many requests, please slow down."),
                headers={"Retry-After": "120"},
            ),
            "(429). Try again in 120 s",
            "definite",  # longer than the client waits: said at once, with the wait
            "definite",
        ),
        FaultCase(
            "429 HTML, Retry-After 1",
            status_fault(
                429, EDGE_429, content_type="text/html", headers={"Retry-After": "1"}, times=1
            ),
            "(429). Try again in 1 s",
            "transient",
            "definite",
        ),
        FaultCase("500 JSON", status_fault(500), "(500)", "definite", "definite"),
        FaultCase(
            "502 HTML",
            status_fault(502, NGINX_502, content_type="text/html"),
            "502 Bad Gateway",
            "definite",  # GETs are retried with backoff first, then it is said
            "definite",
        ),
        FaultCase(
            "503 HTML, once",
            status_fault(503, EDGE_503, content_type="text/html", times=1),
            "503 Service Unavailable",
            "transient",
            "definite",
        ),
        FaultCase(
            "200 with empty body",
            status_fault(200, ""),
            "could not be read",
            "definite",
            "uncertain",
            acted=False,
        ),
        FaultCase(
            "200 truncated JSON",
            server_fault("truncate"),
            "could not be read",
            "definite",
            "uncertain",
            acted=True,
        ),
        FaultCase(
            "connection refused",
            refused,
            "Cannot reach the server",
            "definite",  # retried first: nothing was sent
            "definite",
        ),
        FaultCase(
            "reset mid-body",
            server_fault("reset_mid_body"),
            "connection broke",
            "definite",  # GETs are retried first
            "uncertain",
            acted=True,
        ),
        FaultCase(
            "read timeout",
            read_timeout,
            "did not answer in time",
            "definite",
            "uncertain",
            acted=True,
        ),
        FaultCase(
            "answers after 30 s",
            server_fault("stall", delay_s=30.0, times=1),
            "did not answer in time",
            "definite",
            "uncertain",
            acted=False,
        ),
    )
}

SLOW = "answers after 30 s"


# ----------------------------------------------------------------------------- checks


def says(case: FaultCase, op: Operation) -> str:
    if op.name == "connect" and case.name == "404":
        return "Check the address"  # a 404 on /info means a wrong base URL, not a conversation
    if op.name == "auto-rename" and case.name == SLOW:
        return "stopped waiting"  # auto-generate waits 90 s for the model: the person stops it
    return case.says


def assert_quiet(caplog: pytest.LogCaptureFixture, capfd: pytest.CaptureFixture[str]) -> int:
    """No traceback and nothing above INFO for an expected fault; one line per record.
    Returns how many lines the app itself wrote (besides the client's line per HTTP attempt)."""
    records = caplog.records
    assert problems_in_logs(records) == []
    assert all("\n" not in r.getMessage() for r in records if r.name.startswith("dify_desktop"))
    err = capfd.readouterr().err
    assert "Traceback" not in err, err
    return len(app_lines(records))


def usable_list(qtbot: Any, window: MainWindow, user: str) -> None:
    """F5 brings the list back once the fault is gone."""
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_F5)
    wait_for(
        qtbot,
        lambda: (
            window.model.user == user and not window.model.loading and window.model.rowCount() > 0
        ),
    )
    assert window.model.load_error is None
    assert window.conversations.currentWidget() is window.view


def clear_faults(server: Any, wire: Wire) -> None:
    server.faults.clear()
    wire.refuse = None
    wire.lose_answer = None


def retry_gap(wire: Wire, method: str, path: str) -> float:
    times = wire.times(method, path)
    assert len(times) >= 2, times
    return times[-1] - times[-2]


# ----------------------------------------------------------------------------- drivers


def run_connect(
    qtbot: Any, window: MainWindow, server: Any, wire: Wire, case: FaultCase, op: Operation
) -> str:
    case.arm(server, wire, op)
    beat = Heartbeat().start()
    attempt = window.ctx.tasks.spawn(
        window.open_profile(profile_for(server), server.api_key, DEFAULT_USER)
    )
    wait_for(qtbot, attempt.done)
    stalled = beat.stop()
    if case.get_kind == "transient":
        assert window.session is not None, window.reporter.last(Level.WARNING)
        wait_for(qtbot, lambda: window.model.rowCount() > 0)
        seen = f"connected: {window.connection_label.text()}, {window.model.rowCount()} rows"
        if "Retry-After" in case.name:
            gap = retry_gap(wire, "GET", "/info")
            assert gap >= 0.95, gap
            seen += f" (retried after {gap:.1f} s, as Retry-After asked)"
        return seen
    assert window.session is None
    problem = window.reporter.last(Level.WARNING)
    assert says(case, op) in problem, problem
    if case.name == SLOW:
        assert stalled < MAX_STALL_MS, stalled
    clear_faults(server, wire)
    open_session(qtbot, window, server, DEFAULT_USER)
    wait_for(qtbot, lambda: window.model.rowCount() > 0)
    return f"status bar: {problem}"


def run_list(
    qtbot: Any, window: MainWindow, server: Any, wire: Wire, case: FaultCase, op: Operation
) -> str:
    open_session(qtbot, window, server, None)
    case.arm(server, wire, op)
    beat = Heartbeat().start()
    window.user_combo.setEditText(DEFAULT_USER)
    qtbot.keyClick(window.user_combo.lineEdit(), Qt.Key.Key_Return)
    wait_for(
        qtbot,
        lambda: (
            window.model.user == DEFAULT_USER
            and not window.model.loading
            and (window.model.rowCount() > 0 or window.model.load_error is not None)
        ),
    )
    stalled = beat.stop()
    if case.get_kind == "transient":
        assert window.model.load_error is None
        seen = f"{window.model.rowCount()} rows shown"
        if "Retry-After" in case.name:
            gap = retry_gap(wire, "GET", "/conversations")
            assert gap >= 0.95, gap
            seen += f" (retried after {gap:.1f} s, as Retry-After asked)"
        return seen
    assert window.model.rowCount() == 0
    assert window.conversations.currentWidget() is window.empty
    shown = window.empty.text()
    assert "Could not load the conversations of" in shown and "F5" in shown, shown
    assert says(case, op) in shown, shown
    assert says(case, op) in window.reporter.last(Level.WARNING), window.reporter.last(
        Level.WARNING
    )
    if case.name == SLOW:
        assert stalled < MAX_STALL_MS, stalled
    clear_faults(server, wire)
    usable_list(qtbot, window, DEFAULT_USER)
    return "list: " + shown.replace("\n\n", " / ")


def add_bulk_user(server: Any) -> None:
    base = 1_700_000_000
    for i in range(150):
        server.store.add_conversation(
            BULK_USER, f"Bulk ticket {i:03d}", created_at=base + i * 60, updated_at=base + i * 60
        )


def run_load_more(
    qtbot: Any, window: MainWindow, server: Any, wire: Wire, case: FaultCase, op: Operation
) -> str:
    add_bulk_user(server)
    open_session(qtbot, window, server, BULK_USER)
    assert window.model.rowCount() == 100 and window.model.canFetchMore()
    case.arm(server, wire, op)
    beat = Heartbeat().start()
    window.view.setFocus()
    # Ctrl+End: to the last row; the view asks the model for more.
    qtbot.keyClick(window.view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    wait_for(qtbot, lambda: window.model.loading or window.model.rowCount() > 100)
    renamed = ""
    if case.name == SLOW:
        # The person keeps working while the next page hangs: moves up, renames a row.
        qtbot.keyClick(window.view, Qt.Key.Key_Up)
        qtbot.keyClick(window.view, Qt.Key.Key_Up)
        editor = open_editor(qtbot, window)
        editor.line_edit.setText("Renamed while the next page hangs")
        qtbot.keyClick(editor.line_edit, Qt.Key.Key_Return)
        wait_for(qtbot, lambda: window.model.saving_count() == 0 and editor_of(window) is None)
        current = window.view.currentIndex().row()
        assert window.proxy.index(current, Column.STATUS).data() == "✓ Renamed"
        assert window.model.loading, "the rename was not done while the page was loading"
        renamed = " (meanwhile renamed a row: ✓ Renamed)"
    wait_for(qtbot, lambda: not window.model.loading)
    stalled = beat.stop()
    if case.get_kind == "transient":
        assert window.model.load_error is None
        wait_for(qtbot, lambda: window.model.rowCount() == 150)
        seen = "all 150 rows shown"
        if "Retry-After" in case.name:
            gap = retry_gap(wire, "GET", "/conversations")
            assert gap >= 0.95, gap
            seen += f" (retried after {gap:.1f} s, as Retry-After asked)"
        return seen
    # The rows already shown stay; the problem is said.
    assert window.model.rowCount() == 100
    assert window.conversations.currentWidget() is window.view
    problem = window.reporter.last(Level.WARNING)
    assert says(case, op) in problem, problem
    if case.name == SLOW:
        assert stalled < MAX_STALL_MS, stalled
    clear_faults(server, wire)
    usable_list(qtbot, window, BULK_USER)
    window.model.load_all()
    wait_for(qtbot, lambda: window.model.complete and window.model.rowCount() == 150)
    return f"100 rows kept; status bar: {problem}{renamed}"


def stop_button(window: MainWindow) -> Any:
    button = button_for(window, window.stop_action)
    assert button.isVisible()
    return button


def run_rename(
    qtbot: Any,
    window: MainWindow,
    server: Any,
    wire: Wire,
    case: FaultCase,
    op: Operation,
) -> str:
    auto = op.name == "auto-rename"
    if auto:
        cid = server.store.add_conversation(
            AUTO_USER,
            "Old auto name",
            messages=[("How do I reset my router password?", "Hold the reset button.")],
            created_at=1_700_000_500,
        )
        server.store.add_conversation(
            AUTO_USER, "Another ticket", messages=[("Hi", "Hello")], created_at=1_700_000_000
        )
        user = AUTO_USER
    else:
        user = DEFAULT_USER
    open_session(qtbot, window, server, user)
    if not auto:
        cid = window.model.conversation(0).id
    old = server.store.get_conversation(cid).name
    typed = f"Typed during {case.name}"
    case.arm(server, wire, op)
    select(window, cid)
    editor = open_editor(qtbot, window)
    if auto:
        qtbot.keyClick(editor.line_edit, Qt.Key.Key_Tab)
        qtbot.keyClick(editor.auto_generate, Qt.Key.Key_Space)
        assert editor.auto_generate.isChecked()
        qtbot.keyClick(editor.auto_generate, Qt.Key.Key_Return)
    else:
        editor.line_edit.setText(typed)
        qtbot.keyClick(editor.line_edit, Qt.Key.Key_Return)
    beat = Heartbeat().start()
    extra = ""
    if case.name == SLOW:
        wait_for(qtbot, lambda: cell(window, cid, Column.STATUS) == "Saving…")
        # The person keeps working: moves to another row and renames it while this one waits.
        qtbot.keyClick(window.view, Qt.Key.Key_Down)
        other = window.view.currentIndex()
        assert other.data(IdRole) != cid
        other_editor = open_editor(qtbot, window)
        other_editor.line_edit.setText("Renamed meanwhile")
        qtbot.keyClick(other_editor.line_edit, Qt.Key.Key_Return)
        wait_for(
            qtbot,
            lambda: window.proxy.index(other.row(), Column.STATUS).data() == "✓ Renamed",
        )
        assert cell(window, cid, Column.STATUS) == "Saving…"
        extra = " (meanwhile renamed another row: ✓ Renamed)"
        if auto:
            # Auto-generate waits 90 s for Dify's model; the person stops waiting.
            assert window.stop_action.isEnabled()
            qtbot.mouseClick(stop_button(window), Qt.MouseButton.LeftButton)
            extra += " [pressed Stop]"
    wait_for(qtbot, lambda: settled(window, cid))
    stalled = beat.stop()
    label, message = cell(window, cid, Column.STATUS), row_message(window, cid)
    stored = server.store.get_conversation(cid).name
    shown = cell(window, cid, Column.NAME)
    # The rule: the row ends showing what the server holds.
    assert shown == stored, (shown, stored)
    assert says(case, op) in message, message
    kind = case.post_kind
    if kind == "uncertain" and case.acted:
        assert label == "✓ Renamed (confirmed)", (label, message)
        assert stored != old and (auto or stored == typed)
        assert "did save" in message
        kept = False
    else:
        assert label.startswith("⚠ Not renamed"), (label, message)
        assert stored == old
        kept = True
    if case.name == SLOW:
        assert stalled < MAX_STALL_MS, stalled
    if kept:
        # Nothing typed is lost: F2 offers it again, and it saves once the fault is gone.
        clear_faults(server, wire)
        select(window, cid)
        editor = open_editor(qtbot, window)
        if auto:
            assert editor.auto_generate.isChecked()
            qtbot.keyClick(editor.auto_generate, Qt.Key.Key_Return)
        else:
            assert editor.line_edit.text() == typed
            qtbot.keyClick(editor.line_edit, Qt.Key.Key_Return)
        wait_for(qtbot, lambda: cell(window, cid, Column.STATUS) == "✓ Renamed")
        assert server.store.get_conversation(cid).name == cell(window, cid, Column.NAME)
        assert auto or cell(window, cid, Column.NAME) == typed
    return f"row: {label} · {message}{extra}"


DRIVERS = {
    "connect": run_connect,
    "list": run_list,
    "load-more": run_load_more,
    "rename": run_rename,
    "auto-rename": run_rename,
}


@pytest.mark.parametrize(
    "fault",
    # coverage's tracer slows the GUI thread unevenly: the case that measures stalls runs without it
    [pytest.param(f, marks=pytest.mark.no_cover) if f == SLOW else f for f in FAULTS],
)
@pytest.mark.parametrize("operation", list(OPERATIONS))
def test_fault_matrix(
    operation: str,
    fault: str,
    qtbot: Any,
    qloop: Any,
    fault_server: Any,
    wire: Wire,
    matrix_row: MatrixRow,
    caplog: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
) -> None:
    caplog.set_level(logging.DEBUG)
    op, case = OPERATIONS[operation], FAULTS[fault]
    window = fault_window(qtbot, wire)
    seen = DRIVERS[operation](qtbot, window, fault_server, wire, case, op)
    matrix_row.seen = one_line(seen, 300)
    assert window.isEnabled() and QApplication.activeModalWidget() is None
    lines = assert_quiet(caplog, capfd)
    matrix_row.log_lines = str(lines)
    # One line for what failed, one for what the person was told, one more after a re-read.
    assert lines <= 3, [r.getMessage() for r in app_lines(caplog.records)]
