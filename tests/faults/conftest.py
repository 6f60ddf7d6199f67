"""Fixtures for the fault tests, and the fault-matrix table printed at the end of every run that
includes them (``.venv/bin/python -m pytest``, as the README's test command runs it)."""

from __future__ import annotations

from collections.abc import Generator
from typing import Any

import pytest

from tests.faults.fault_kit import MATRIX, MatrixRow, fault_server, join_stoppers, wire

MATRIX_ROW = pytest.StashKey[MatrixRow]()

__all__ = ["fault_server", "wire"]  # shared fixtures (tests/hygiene uses them too)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    join_stoppers()


@pytest.fixture
def matrix_row(request: pytest.FixtureRequest) -> MatrixRow:
    """This case's row of the printed table; the test fills in what the person saw."""
    params = request.node.callspec.params
    row = MATRIX.row(request.node.nodeid, params["operation"], params["fault"])
    request.node.stash[MATRIX_ROW] = row
    return row


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    report = yield
    row = item.stash.get(MATRIX_ROW, None)
    if row is not None:
        if report.failed:
            row.result = "FAIL" if report.when == "call" else f"FAIL ({report.when})"
        elif report.when == "call" and row.result == "not run":
            row.result = "pass"
    return report


def pytest_terminal_summary(terminalreporter: Any) -> None:
    rows = list(MATRIX.rows.values())
    if not rows:
        return
    passed = sum(r.result == "pass" for r in rows)
    terminalreporter.write_sep("=", f"fault matrix: {passed} of {len(rows)} cases pass", bold=True)
    op_w = max(len("operation"), *(len(r.operation) for r in rows))
    fault_w = max(len("fault"), *(len(r.fault) for r in rows))
    seen_w = min(120, max(len("what the person saw"), *(len(r.seen) for r in rows)))
    header = (
        f"{'operation':<{op_w}}  {'fault':<{fault_w}}  {'what the person saw':<{seen_w}}"
        "  log  result"
    )
    terminalreporter.write_line(header)
    terminalreporter.write_line("-" * len(header))
    for r in rows:
        seen = r.seen if len(r.seen) <= seen_w else r.seen[: seen_w - 1] + "…"
        line = (
            f"{r.operation:<{op_w}}  {r.fault:<{fault_w}}  {seen:<{seen_w}}  {r.log_lines:>3}  "
            f"{r.result}"
        )
        terminalreporter.write_line(line, red=r.result != "pass", green=r.result == "pass")
    terminalreporter.write_line(
        "log: lines the app logged for the case besides the client's one debug line per HTTP "
        "attempt (never a traceback, nothing above INFO)"
    )
