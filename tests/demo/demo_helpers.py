"""Helpers shared by the demo server's tests (a unique module name: tests dirs have no packages)."""

from __future__ import annotations

import json
from typing import Any

import httpx

TIMEOUT = httpx.Timeout(10.0)


def error_of(response: httpx.Response) -> tuple[int, str]:
    """Check the body is Dify's error shape; return ``(status, code)``."""
    assert response.headers["content-type"].startswith("application/json"), response.text
    body = response.json()
    assert set(body) == {"code", "message", "status"}, body
    assert isinstance(body["message"], str)
    assert body["status"] == response.status_code
    return body["status"], body["code"]


def names(page: dict[str, Any]) -> list[str]:
    return [c["name"] for c in page["data"]]


def ids(page: dict[str, Any]) -> list[str]:
    return [c["id"] for c in page["data"]]


def sse_events(text: str) -> list[dict[str, Any]]:
    """Parse an SSE body: ``data:`` lines as JSON, ``event: ping`` as ``{"event": "ping"}``."""
    events: list[dict[str, Any]] = []
    for block in text.split("\n\n"):
        if not block.strip():
            continue
        for line in block.split("\n"):
            if line.startswith("data: "):
                events.append(json.loads(line[len("data: ") :]))
            elif line.strip() == "event: ping":
                events.append({"event": "ping"})
    return events
