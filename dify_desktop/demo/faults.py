"""Fault injection for the demo server (off by default).

A :class:`Fault` matches requests by method and path (relative to ``/v1``; ``*`` matches one path
segment, method ``"*"`` any method) and changes how the server answers them:

==================  ==========================================================================
kind                what the client sees
==================  ==========================================================================
``status``          ``status`` with ``body``/``content_type``/``headers`` instead of the route
                    (nothing takes effect). Without ``body``: a Dify-style JSON error.
``delay``           the route runs at once (its effect happens), the answer is held back
                    ``delay_s`` seconds
``stall``           nothing for ``delay_s`` seconds, then the route runs and answers normally
``drop``            the connection is closed without any answer, before the route runs
                    (client: ``httpx.RemoteProtocolError``; nothing takes effect)
``reset_mid_body``  the route runs (effect happens); status and headers with the full
                    ``Content-Length`` are sent, then part of the body, then a TCP reset
                    (client: ``httpx.RemoteProtocolError`` or ``httpx.ReadError``)
``truncate``        the route runs (effect happens); 200 with the first half of the JSON body
                    and a ``Content-Length`` that matches it (complete but invalid JSON)
==================  ==========================================================================

``times`` is how many matching requests the fault affects (None = forever). Faults are checked
in the order they were added; the first match wins. Control requests under ``/_demo`` are never
faulted.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from dataclasses import dataclass, field, fields

from dify_desktop.demo.records import JsonObject, JsonValue

KINDS = ("status", "delay", "stall", "drop", "reset_mid_body", "truncate")


@dataclass(eq=False)
class Fault:
    method: str = "*"
    path: str = "*"
    kind: str = "status"
    status: int = 500
    body: str | None = None
    content_type: str = "application/json"
    headers: dict[str, str] = field(default_factory=dict)
    delay_s: float = 0.0
    times: int | None = 1
    fired: int = 0

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown fault kind {self.kind!r}; expected one of {KINDS}")
        if self.times is not None and self.times < 0:
            raise ValueError("times must be >= 0 or None")
        if not self.path.startswith("/"):
            self.path = "/" + self.path
        self.method = self.method.upper()

    def matches(self, method: str, path: str) -> bool:
        if self.method not in ("*", method.upper()):
            return False
        want = self.path.strip("/").split("/")
        got = path.strip("/").split("/")
        if len(want) != len(got):
            return False
        return all(w == "*" or w == g for w, g in zip(want, got, strict=True))

    def to_json(self) -> JsonObject:
        return {
            "method": self.method,
            "path": self.path,
            "kind": self.kind,
            "status": self.status,
            "body": self.body,
            "content_type": self.content_type,
            "headers": dict(self.headers),
            "delay_s": self.delay_s,
            "times": self.times,
            "fired": self.fired,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, JsonValue]) -> Fault:
        """A fault from the control API's JSON (``fired`` is not settable); ValueError or
        TypeError when a field is unknown or of the wrong type."""
        known = {f.name for f in fields(cls)} - {"fired"}
        unknown = set(data) - known
        if unknown:
            raise ValueError(f"unknown fault fields: {sorted(unknown)}")
        d = cls()
        headers = data.get("headers", d.headers)
        if not isinstance(headers, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in headers.items()
        ):
            raise TypeError("headers: expected an object of strings")
        body = data.get("body", d.body)
        times = data.get("times", d.times)
        return cls(
            method=_text("method", data.get("method", d.method)),
            path=_text("path", data.get("path", d.path)),
            kind=_text("kind", data.get("kind", d.kind)),
            status=_whole("status", data.get("status", d.status)),
            body=None if body is None else _text("body", body),
            content_type=_text("content_type", data.get("content_type", d.content_type)),
            headers=dict(headers),
            delay_s=_seconds("delay_s", data.get("delay_s", d.delay_s)),
            times=None if times is None else _whole("times", times),
        )


def _text(name: str, value: JsonValue) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{name}: expected a string")
    return value


def _whole(name: str, value: JsonValue) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"{name}: expected an integer")
    return value


def _seconds(name: str, value: JsonValue) -> float:
    if not isinstance(value, int | float) or isinstance(value, bool):
        raise TypeError(f"{name}: expected a number")
    return value


class FaultTable:
    """The active faults; thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._faults: list[Fault] = []

    def add(self, fault: Fault) -> Fault:
        with self._lock:
            self._faults.append(fault)
        return fault

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()

    def active(self) -> list[Fault]:
        with self._lock:
            return list(self._faults)

    def take(self, method: str, path: str) -> Fault | None:
        """The first fault matching the request, counted as fired (and used up when spent)."""
        with self._lock:
            for fault in self._faults:
                if fault.times is not None and fault.times <= 0:
                    continue
                if fault.matches(method, path):
                    fault.fired += 1
                    if fault.times is not None:
                        fault.times -= 1
                        if fault.times <= 0:
                            self._faults = [f for f in self._faults if f is not fault]
                    return fault
            return None

    def __len__(self) -> int:
        with self._lock:
            return len(self._faults)
