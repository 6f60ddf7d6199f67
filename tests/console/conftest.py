"""Fixtures for the console tests: the demo server (its console API and its service API) over
loopback, reset for each test, and a check that the demo password never reaches the logs."""

from __future__ import annotations

import base64
import logging
from collections.abc import Iterator

import pytest

from dify_desktop.demo.console_state import DEMO_PASSWORD
from dify_desktop.demo.runner import DemoServer
from tests.console.console_kit import API_KEY


@pytest.fixture(scope="session")
def _console_server() -> Iterator[DemoServer]:
    srv = DemoServer(host="127.0.0.1", port=0, api_key=API_KEY)
    srv.start()
    try:
        yield srv
    finally:
        srv.stop()


@pytest.fixture
def server(_console_server: DemoServer) -> Iterator[DemoServer]:
    _console_server.reset()
    yield _console_server


@pytest.fixture(autouse=True)
def _no_password_in_logs(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    caplog.set_level(logging.DEBUG)
    yield
    encoded = base64.b64encode(DEMO_PASSWORD.encode()).decode()
    for secret in (DEMO_PASSWORD, encoded):
        assert secret not in caplog.text
