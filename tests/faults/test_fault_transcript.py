"""Messages paging in the fault matrix: a fault on the first page or in the middle of paging
back leaves the pane working - what was shown stays, a clear message says older messages are
missing (never "All N messages"), Retry (or scrolling up again) continues from the same page
once the fault is gone - and a failing feedback list only costs the comments."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from dify_desktop.core.transcript import TranscriptOutcome
from dify_desktop.demo.faults import Fault
from dify_desktop.demo.seed_transcripts import LONG_MESSAGES, TRANSCRIPT_USER
from tests.faults.fault_kit import MatrixRow, Wire, fault_window, one_line, open_session, select
from tests.ui.conftest import TIMEOUT

FAULTS = {
    "500": {"kind": "status", "status": 500},
    "503 html": {
        "kind": "status",
        "status": 503,
        "body": "<html><body>Service Unavailable</body></html>",
        "content_type": "text/html",
    },
    "drop": {"kind": "drop"},
    "truncate": {"kind": "truncate"},
    "timeout": {"kind": "stall", "delay_s": 3.0},
}
OPERATIONS = ("messages first page", "messages older page")


def long_conversation(server: Any) -> str:
    convs = server.store.conversations_of(TRANSCRIPT_USER)
    return str(next(c.id for c in convs if c.name.startswith("Long conversation")))


@pytest.fixture
def window(qtbot: Any, qloop: Any, fault_server: Any, wire: Wire) -> Any:
    win = fault_window(qtbot, wire)
    open_session(qtbot, win, fault_server, TRANSCRIPT_USER)
    return win


@pytest.mark.parametrize("fault", sorted(FAULTS))
@pytest.mark.parametrize("operation", OPERATIONS)
def test_a_fault_while_paging_messages(
    qtbot: Any,
    window: Any,
    fault_server: Any,
    operation: str,
    fault: str,
    matrix_row: MatrixRow,
) -> None:
    pane = window.transcript
    cid = long_conversation(fault_server)
    broken = Fault(method="GET", path="/messages", times=None, **FAULTS[fault])
    if operation == "messages first page":
        fault_server.faults.add(broken)
        select(window, cid)
        qtbot.waitUntil(lambda: pane.retry_button.isVisible(), timeout=TIMEOUT)
        seen = pane.status.text()
        assert seen.startswith("Could not load the messages:")
        assert pane.placeholderText() == seen and pane.toPlainText() == ""
        shown = 0
    else:
        select(window, cid)
        qtbot.waitUntil(
            lambda: pane.feed is not None and bool(pane.feed.messages) and not pane.loading,
            timeout=TIMEOUT,
        )
        shown = len(pane.feed.messages)
        text = pane.toPlainText()
        fault_server.faults.add(broken)
        bar = pane.browser.verticalScrollBar()
        bar.setValue(bar.minimum())
        qtbot.waitUntil(lambda: pane.retry_button.isVisible(), timeout=TIMEOUT)
        seen = pane.status.text()
        assert seen.startswith("Could not load older messages:")
        assert f"({shown} shown; older ones are missing)" in seen
        assert pane.toPlainText() == text  # nothing half-loaded was added
        assert len(pane.feed.messages) == shown
    assert pane.feed.outcome is TranscriptOutcome.PARTIAL
    assert "All" not in seen
    matrix_row.seen = one_line(seen, 300)

    fault_server.faults.clear()
    window.view.setFocus()
    pane.retry_button.setFocus()
    qtbot.keyClick(pane.retry_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: len(pane.feed.messages) > shown and not pane.loading, timeout=TIMEOUT)
    assert not pane.retry_button.isVisible()
    assert "scroll up for older ones" in pane.status.text()
    assert len(pane.feed.messages) < LONG_MESSAGES


def test_a_failing_feedback_list_costs_only_the_comments(
    qtbot: Any, window: Any, fault_server: Any
) -> None:
    fault_server.faults.add(Fault(method="GET", path="/app/feedbacks", status=500, times=None))
    pane = window.transcript
    select(window, long_conversation(fault_server))
    qtbot.waitUntil(
        lambda: pane.feed is not None and bool(pane.feed.messages) and not pane.loading,
        timeout=TIMEOUT,
    )
    text = pane.toPlainText()
    assert "Refund steps" in text
    assert "👍 Liked\n" in text or "👎 Disliked\n" in text  # the rating, without its comment
    assert not pane.retry_button.isVisible()
