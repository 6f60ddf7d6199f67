"""The connection dialog's check (core.session.check_connection) goes through the proxy too."""

from __future__ import annotations

from typing import Any

import pytest

from dify_desktop.core.session import check_connection
from tests.proxy_kit import RecordingProxy


@pytest.mark.asyncio
async def test_the_connection_check_goes_through_the_proxy(
    demo_server: Any, proxy: RecordingProxy
) -> None:
    info = await check_connection(demo_server.base_url, demo_server.api_key, proxy=proxy.url)
    assert info.name
    assert proxy.lines() == [f"GET {demo_server.base_url}/info HTTP/1.1"]
