"""The feedback inbox under faults, through the real window against the demo server: each fault
leaves the inbox (and the window) working, says clearly what happened, and once the fault is
gone Reload shows everything. A failed end-user lookup marks its rows, never drops them, and is
not remembered as an answer."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt

from dify_desktop.core.inbox import Resolution
from dify_desktop.demo.faults import Fault
from dify_desktop.demo.seed import DEFAULT_USER
from dify_desktop.ui.feedback_inbox import FeedbackInbox
from dify_desktop.ui.feedback_inbox_model import Column, EntryRole
from dify_desktop.ui.main_window import MainWindow
from tests.faults.fault_kit import (
    SHORT_TIMEOUT,
    Wire,
    fault_window,
    open_session,
    problems_in_logs,
    wait_for,
)

NGINX_502 = "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"

Arm = Callable[[Any, Wire], None]


def status(path: str, code: int, body: str | None = None, content_type: str = "") -> Arm:
    def arm(server: Any, wire: Wire) -> None:
        server.faults.add(
            Fault(
                method="GET",
                path=path,
                kind="status",
                status=code,
                body=body,
                content_type=content_type or "application/json",
                times=None,
            )
        )

    return arm


def kind(path: str, what: str, delay_s: float = 0.0) -> Arm:
    def arm(server: Any, wire: Wire) -> None:
        server.faults.add(Fault(method="GET", path=path, kind=what, delay_s=delay_s, times=None))

    return arm


def refused(server: Any, wire: Wire) -> None:
    wire.refuse = ("GET", "/app/feedbacks")


#: (name, fault, words the inbox's state line must hold)
PAGE_FAULTS: list[tuple[str, Arm, str]] = [
    ("500 json", status("/app/feedbacks", 500), "(500)"),
    ("502 html", status("/app/feedbacks", 502, NGINX_502, "text/html"), "502"),
    ("dropped", kind("/app/feedbacks", "drop"), "connection"),
    ("timeout", kind("/app/feedbacks", "delay", 5 * SHORT_TIMEOUT), "did not answer"),
    ("truncated", kind("/app/feedbacks", "truncate"), "could not be read"),
    ("refused", refused, "reach"),
]


@pytest.fixture
def quiet_logs(caplog: pytest.LogCaptureFixture, capfd: pytest.CaptureFixture[str]) -> Any:
    caplog.set_level(logging.DEBUG)
    yield caplog
    assert problems_in_logs(caplog.records) == []
    assert "Traceback" not in capfd.readouterr().err


@pytest.fixture
def window(qtbot: Any, qloop: Any, wire: Wire, fault_server: Any) -> Any:
    win: MainWindow = fault_window(qtbot, wire)
    open_session(qtbot, win, fault_server, DEFAULT_USER)
    wait_for(qtbot, lambda: win.model.rowCount() > 0)
    yield win
    win.close()


def open_inbox(qtbot: Any, window: MainWindow) -> FeedbackInbox:
    qtbot.keyClick(window.view, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    inbox = window.inbox
    wait_for(qtbot, inbox.isVisible)
    return inbox


def settled(inbox: FeedbackInbox) -> bool:
    return not inbox.model.loading and (inbox.model.complete or inbox.model.error is not None)


@pytest.mark.parametrize(("name", "arm", "says"), PAGE_FAULTS, ids=[f[0] for f in PAGE_FAULTS])
def test_a_page_that_fails_says_so_and_reload_recovers(
    qtbot: Any,
    window: MainWindow,
    fault_server: Any,
    wire: Wire,
    quiet_logs: Any,
    name: str,
    arm: Arm,
    says: str,
) -> None:
    arm(fault_server, wire)
    inbox = open_inbox(qtbot, window)
    wait_for(qtbot, lambda: settled(inbox))
    state = inbox.state_label.text()
    assert state.startswith("Could not load feedback: ") and says.casefold() in state.casefold()
    assert inbox.model.rowCount() == 0 and inbox.reload_button.isEnabled()
    # the window keeps working meanwhile
    assert window.isEnabled() and window.model.rowCount() > 0

    fault_server.faults.clear()
    wire.refuse = None
    qtbot.mouseClick(inbox.reload_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: inbox.model.complete and not inbox.model.loading)
    assert inbox.model.rowCount() == len(fault_server.store.list_feedbacks(1, 1000))
    assert inbox.state_label.text() == f"all {inbox.model.rowCount()} loaded"


def test_end_users_that_cannot_be_looked_up_are_marked_not_dropped(
    qtbot: Any, window: MainWindow, fault_server: Any, quiet_logs: Any
) -> None:
    status("/end-users/*", 500)(fault_server, None)  # type: ignore[arg-type]
    inbox = open_inbox(qtbot, window)
    wait_for(qtbot, lambda: settled(inbox))
    total = len(fault_server.store.list_feedbacks(1, 1000))
    assert inbox.model.rowCount() == total
    users = [str(inbox.proxy.index(r, Column.USER).data()) for r in range(total)]
    assert all(u.startswith("End user unknown: ") and "(500)" in u for u in users)
    entry = inbox.proxy.index(0, 0).data(EntryRole)
    assert entry.resolution is Resolution.FAILED
    inbox.view.setCurrentIndex(inbox.proxy.index(0, 0))
    qtbot.keyClick(inbox.view, Qt.Key.Key_Return)
    assert inbox.isVisible() and "End user unknown" in inbox.note_label.text()

    fault_server.faults.clear()  # the failures were not remembered: Reload asks again
    qtbot.mouseClick(inbox.reload_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: inbox.model.complete and not inbox.model.loading)
    resolutions = [inbox.proxy.index(r, 0).data(EntryRole).resolution for r in range(total)]
    assert resolutions.count(Resolution.FOUND) == total - 1
    assert resolutions.count(Resolution.END_USER_GONE) == 1


def test_messages_that_cannot_be_read_leave_the_ids(
    qtbot: Any, window: MainWindow, fault_server: Any, quiet_logs: Any
) -> None:
    status("/messages", 500)(fault_server, None)  # type: ignore[arg-type]
    inbox = open_inbox(qtbot, window)
    wait_for(qtbot, lambda: settled(inbox))
    stored = fault_server.store.list_feedbacks(1, 1000)
    assert inbox.model.rowCount() == len(stored)
    excerpts = [str(inbox.proxy.index(r, Column.MESSAGE).data()) for r in range(len(stored))]
    assert excerpts == [f"message {f.message_id}" for f in stored]
    assert inbox.state_label.text() == f"all {len(stored)} loaded"
