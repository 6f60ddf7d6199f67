"""Fixtures for the demo server's own tests: one server per module, reset before every test."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from demo_helpers import TIMEOUT

from dify_desktop.demo.runner import DemoServer


@pytest.fixture(scope="module")
def module_server() -> Iterator[DemoServer]:
    server = DemoServer()
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def srv(module_server: DemoServer) -> DemoServer:
    """The module's server with fresh seed data, default settings and no faults."""
    module_server.reset()
    return module_server


@pytest.fixture
def client(srv: DemoServer) -> Iterator[httpx.Client]:
    """An httpx client with the right Bearer key, against ``srv``."""
    with httpx.Client(
        base_url=srv.base_url,
        headers={"Authorization": f"Bearer {srv.api_key}"},
        timeout=TIMEOUT,
    ) as c:
        yield c
