"""The hygiene tests share the fault tests' per-test demo server and network wrapper."""

from __future__ import annotations

import pytest

from tests.faults.fault_kit import fault_server, join_stoppers, wire

__all__ = ["fault_server", "wire"]


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    join_stoppers()
