"""The requests the demo server received, in arrival order (for tests and benchmarks)."""

from __future__ import annotations

import collections
import contextlib
import json
import threading
from dataclasses import dataclass
from urllib.parse import parse_qsl

from starlette.types import Scope

MAX_RECORDS = 10_000


@dataclass
class RequestRecord:
    """One request the server received (``path`` is relative to ``/v1``)."""

    method: str
    path: str
    query: dict[str, str]
    user: str | None
    status: int | None = None
    """The answer's status, once the server started answering."""


def record_of(scope: Scope, body: bytes, path: str) -> RequestRecord:
    """The record of a request; its ``user`` comes from the query or else from a JSON body."""
    query = dict(
        parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True)
    )
    user = query.get("user")
    if user is None and body:
        with contextlib.suppress(ValueError, UnicodeDecodeError):
            data = json.loads(body)
            if isinstance(data, dict) and isinstance(data.get("user"), str):
                user = data["user"]
    return RequestRecord(method=scope["method"], path=path, query=query, user=user)


class RequestLog:
    """The last :data:`MAX_RECORDS` requests, logged on arrival (before latency or a fault's
    delay); thread-safe."""

    def __init__(self, maxlen: int = MAX_RECORDS) -> None:
        self._records: collections.deque[RequestRecord] = collections.deque(maxlen=maxlen)
        self._changed = threading.Condition()

    def append(self, record: RequestRecord) -> None:
        with self._changed:
            self._records.append(record)
            self._changed.notify_all()

    def clear(self) -> None:
        with self._changed:
            self._records.clear()

    def requests(self, method: str | None = None, path: str | None = None) -> list[RequestRecord]:
        """The logged requests, optionally filtered by method and exact path (relative to /v1)."""
        with self._changed:
            return [
                r
                for r in self._records
                if (method is None or r.method == method) and (path is None or r.path == path)
            ]

    def wait_for(
        self,
        method: str | None = None,
        path: str | None = None,
        *,
        count: int = 1,
        timeout: float = 10.0,
    ) -> list[RequestRecord]:
        """Block until ``count`` matching requests have arrived; the matches.
        TimeoutError after ``timeout`` seconds."""
        with self._changed:
            if not self._changed.wait_for(
                lambda: len(self.requests(method, path)) >= count, timeout
            ):
                raise TimeoutError(f"fewer than {count} requests {method} {path} arrived")
            return self.requests(method, path)
