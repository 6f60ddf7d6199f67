"""Search indexing and export under faults, through the real window against the demo server:
each fault leaves the window working, says clearly what happened, stores or writes nothing
half-way, and once the fault is gone the same action completes. Expected faults leave no
traceback in the logs."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from dify_desktop.demo.faults import Fault
from dify_desktop.ui.main_window import MainWindow
from tests.faults.fault_kit import (
    SHORT_TIMEOUT,
    Wire,
    fault_window,
    open_session,
    problems_in_logs,
    wait_for,
)

USER = "fault-search-user"
NGINX_502 = "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"

Arm = Callable[[Any, Wire], None]


def status(code: int, body: str | None = None, content_type: str = "application/json") -> Arm:
    def arm(server: Any, wire: Wire) -> None:
        server.faults.add(
            Fault(
                method="GET",
                path="/messages",
                status=code,
                body=body,
                content_type=content_type,
                times=None,
            )
        )

    return arm


def kind(what: str, delay_s: float = 0.0) -> Arm:
    def arm(server: Any, wire: Wire) -> None:
        server.faults.add(
            Fault(method="GET", path="/messages", kind=what, delay_s=delay_s, times=None)
        )

    return arm


def refused(server: Any, wire: Wire) -> None:
    wire.refuse = ("GET", "/messages")


#: (name, fault, words the explanation must hold)
FAULTS: list[tuple[str, Arm, str]] = [
    ("500 json", status(500), "(500)"),
    ("502 html", status(502, NGINX_502, "text/html"), "502"),
    ("dropped", kind("drop"), "connection"),
    ("timeout", kind("delay", 5 * SHORT_TIMEOUT), "did not answer"),
    ("truncated", kind("truncate"), "could not be read"),
    ("refused", refused, "reach"),
]
IDS = [f[0] for f in FAULTS]


@pytest.fixture
def quiet_logs(caplog: pytest.LogCaptureFixture, capfd: pytest.CaptureFixture[str]) -> Any:
    caplog.set_level(logging.DEBUG)
    yield caplog
    assert problems_in_logs(caplog.records) == []
    assert "Traceback" not in capfd.readouterr().err


@pytest.fixture
def window(qtbot: Any, qloop: Any, wire: Wire, fault_server: Any) -> Any:
    for n in range(3):
        fault_server.store.add_conversation(
            USER, f"Refund {n}", messages=[(f"where is my refund {n}", "soon")]
        )
    win: MainWindow = fault_window(qtbot, wire)
    open_session(qtbot, win, fault_server, USER)
    wait_for(qtbot, lambda: win.model.rowCount() == 3)
    yield win
    win.close()


def hits(window: MainWindow) -> int:
    return window.search.model.rowCount()


@pytest.mark.parametrize(("name", "arm", "says"), FAULTS, ids=IDS)
def test_indexing_that_fails_says_so_and_the_next_search_completes(
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
    panel = window.search
    panel.open()
    wait_for(
        qtbot, lambda: "could not be read" in panel.state.text() and not panel.progress.isVisible()
    )
    state = panel.state.text()
    assert state.startswith("0 of 3 changed conversations were indexed.")
    assert says.casefold() in state.casefold() and "tried again next time" in state
    qtbot.keyClicks(panel.field, "refund")
    wait_for(qtbot, lambda: panel.results.accessibleDescription().startswith("0 "))
    assert hits(window) == 0  # nothing half-fetched was indexed
    assert window.isEnabled() and window.model.rowCount() == 3  # the list keeps working

    fault_server.faults.clear()
    wire.refuse = None
    panel.close_panel()
    panel.open()
    wait_for(qtbot, lambda: "Every conversation" in panel.state.text())
    wait_for(qtbot, lambda: hits(window) == 3)


@pytest.mark.parametrize(("name", "arm", "says"), FAULTS, ids=IDS)
def test_export_that_fails_writes_nothing_half_and_says_why(
    qtbot: Any,
    window: MainWindow,
    fault_server: Any,
    wire: Wire,
    quiet_logs: Any,
    tmp_path: Path,
    name: str,
    arm: Arm,
    says: str,
) -> None:
    from dify_desktop.ui.export_dialog import ExportDialog
    from tests.ui.test_hand_over import current_message, when_dialog_is_up

    out = tmp_path / "out"

    def export() -> None:
        def fill(dialog: ExportDialog) -> None:
            from PySide6.QtTest import QTest

            dialog.folder_edit.setText(str(out))
            QTest.keyClick(dialog.folder_edit, Qt.Key.Key_Return)

        when_dialog_is_up(ExportDialog, fill)
        window.view.setFocus()
        qtbot.keyClick(window.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(window.view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)

    arm(fault_server, wire)
    export()
    wait_for(qtbot, lambda: current_message(window).startswith("Exported"))
    assert current_message(window) == (
        f"Exported 0 conversation(s) to {out}. 3 were not exported (see Messages)."
    )
    reasons = [m.text for m in window.reporter.messages() if "was not exported" in m.text]
    assert len(reasons) == 3 and all(says.casefold() in r.casefold() for r in reasons)
    assert list(out.iterdir()) == []  # no file, and no half-written one

    fault_server.faults.clear()
    wire.refuse = None
    export()
    wait_for(qtbot, lambda: current_message(window).startswith("Exported 3"))
    assert len(list(out.iterdir())) == 3
