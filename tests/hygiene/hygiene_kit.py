"""Helpers for the hygiene tests: distinctive keys and every form they could leak in, file scans,
running the real app as a process, and a real HTTPS server with a self-signed certificate."""

from __future__ import annotations

import base64
import http.server
import ipaddress
import json
import secrets
import socket
import ssl
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import ClassVar
from urllib.parse import quote, quote_plus


def make_key() -> str:
    """A key nobody else uses, with characters that change when URL-encoded (+ / = ! ~)."""
    return f"app-{secrets.token_hex(6)}+Hyg/{secrets.token_hex(4)}=!~{secrets.token_hex(3)}"


def key_forms(key: str) -> dict[str, bytes]:
    """The key as it could leak: raw, URL-encoded, base64 (standard, URL-safe, unpadded),
    inside an HTTP Basic/Bearer header value, hex, JSON- and UTF-16-encoded."""
    raw = key.encode()
    forms = {
        "raw": raw,
        "url-encoded": quote(key, safe="").encode(),
        "form-encoded": quote_plus(key).encode(),
        "base64": base64.b64encode(raw),
        "base64url": base64.urlsafe_b64encode(raw),
        "base64 unpadded": base64.b64encode(raw).rstrip(b"="),
        "base64 of 'Bearer key'": base64.b64encode(b"Bearer " + raw).rstrip(b"="),
        "base64 of ':key'": base64.b64encode(b":" + raw).rstrip(b"="),
        "hex": raw.hex().encode(),
        "json": json.dumps(key).strip('"').encode(),
        "utf-16": key.encode("utf-16-le"),
    }
    # The secret part alone (without the well-known "app-" prefix) must not appear either.
    forms["raw, without prefix"] = raw.removeprefix(b"app-")
    return forms


def leaks_in_bytes(data: bytes, keys: Iterable[str]) -> list[str]:
    found = []
    for key in keys:
        for form, needle in key_forms(key).items():
            if needle in data:
                found.append(form)
    return found


def leaks_in_text(text: str, keys: Iterable[str]) -> list[str]:
    return leaks_in_bytes(text.encode("utf-8", "surrogateescape"), keys)


def leaks_in_tree(root: Path, keys: Iterable[str]) -> dict[str, list[str]]:
    """Every file below ``root`` that holds a key in any form (file -> forms)."""
    keys = list(keys)
    found = {}
    for path in sorted(root.rglob("*")):
        if path.is_file() and not path.is_symlink():
            forms = leaks_in_bytes(path.read_bytes(), keys)
            if forms:
                found[str(path.relative_to(root))] = forms
    return found


def files_in(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())


# ----------------------------------------------------------------------------- TLS


class HttpsInfoServer:
    """A real HTTPS server on loopback (Python's http.server + ssl) that answers GET /v1/info
    like a Dify chat app. ``requests`` lists the HTTP requests that got through TLS (a client
    that refuses the certificate sends none: its key never leaves)."""

    INFO: ClassVar[dict[str, object]] = {
        "name": "TLS test app",
        "description": "",
        "tags": [],
        "mode": "advanced-chat",
        "author_name": "tests",
    }

    def __init__(self, cert_file: Path, key_file: Path) -> None:
        self.requests: list[str] = []
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                outer.requests.append(self.path)
                body = json.dumps(outer.INFO).encode()
                self.send_response(200 if self.path == "/v1/info" else 404)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:
                pass

        class Server(http.server.ThreadingHTTPServer):
            daemon_threads = True

        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert_file, key_file)
        self._httpd = Server(("127.0.0.1", 0), Handler, bind_and_activate=True)
        self._httpd.socket = context.wrap_socket(self._httpd.socket, server_side=True)
        self.port = self._httpd.server_address[1]
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)
        self._thread.start()

    @property
    def base_url(self) -> str:
        return f"https://127.0.0.1:{self.port}/v1"

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(5)


def non_loopback_address() -> str | None:
    """This machine's address on its network (not 127.x), if it has one."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        try:
            sock.connect(("192.0.2.1", 9))  # no packet is sent for a UDP connect
        except OSError:
            return None
        address = str(sock.getsockname()[0])
    return None if ipaddress.ip_address(address).is_loopback else address
