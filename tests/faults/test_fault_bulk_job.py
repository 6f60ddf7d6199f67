"""The fault matrix's row for a bulk job: Add prefix on three conversations while the server
fails in each way of the matrix. Whatever happens, the job ends, every row shows what the server
holds, the failed items say why, and the same job works once the fault is gone."""

from __future__ import annotations

import logging
from typing import Any

import pytest

from dify_desktop.ui.main_window import MainWindow
from tests.faults.fault_kit import MatrixRow, Wire, fault_window, one_line, open_session
from tests.faults.test_fault_matrix import FAULTS, Operation, assert_quiet, clear_faults, says
from tests.ui.bulk_ui_kit import add_prefix, select_all, wait_for_job_end

USER = "cus_bulk_faults"
PREFIX = "[T-77] "
JOB = Operation("bulk-prefix", "POST", "/conversations/*/name")


def server_names(server: Any) -> dict[str, str]:
    return {c.id: c.name for c in server.store.conversations_of(USER)}


def list_names(window: MainWindow) -> dict[str, str]:
    model = window.model
    return {model.conversation(r).id: model.conversation(r).name for r in range(model.rowCount())}


def results_of(window: MainWindow) -> list[tuple[str, str]]:
    items = window.bulk.results.items
    return [
        (items.topLevelItem(i).text(1), items.topLevelItem(i).text(2))
        for i in range(items.topLevelItemCount())
    ]


@pytest.mark.parametrize("fault", list(FAULTS))
@pytest.mark.parametrize("operation", [JOB.name])
def test_fault_matrix_bulk_job(
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
    case = FAULTS[fault]
    for n in range(3):
        fault_server.store.add_conversation(
            USER, f"Case {n}", messages=[("Refund?", "Yes")], created_at=1_700_000_000 + n
        )
    window = fault_window(qtbot, wire)
    open_session(qtbot, window, fault_server, USER)
    before = server_names(fault_server)
    case.arm(fault_server, wire, JOB)
    select_all(qtbot, window)
    add_prefix(qtbot, window, PREFIX)
    wait_for_job_end(qtbot, window)

    held = server_names(fault_server)
    assert list_names(window) == held  # the rule: every row shows what the server holds
    results = results_of(window)
    assert len(results) == 3
    failed = [(kind, why) for kind, why in results if kind != "Renamed"]
    if case.post_kind == "uncertain" and case.acted:
        assert not failed and all(name == PREFIX + before[cid] for cid, name in held.items())
    else:
        assert failed and all(says(case, JOB) in why for _kind, why in failed), failed
        for cid, name in held.items():
            assert name in (before[cid], PREFIX + before[cid])
    matrix_row.seen = one_line(f"{window.bulk.results.summary.text()} {failed[:1]}", 300)

    clear_faults(fault_server, wire)
    window.bulk.results.reject()
    select_all(qtbot, window)
    add_prefix(qtbot, window, PREFIX)
    wait_for_job_end(qtbot, window)
    assert server_names(fault_server) == {cid: PREFIX + name for cid, name in before.items()}
    assert list_names(window) == server_names(fault_server)
    assert window.isEnabled()
    matrix_row.log_lines = str(assert_quiet(caplog, capfd))
