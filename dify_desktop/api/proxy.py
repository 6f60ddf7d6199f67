"""The proxy a client is told to use: which kinds are understood, and how one is named to the
person (``host:port``, never credentials)."""

from __future__ import annotations

from urllib.parse import urlsplit

__all__ = ["PROXY_SCHEMES", "proxy_address"]

#: What httpx can speak to a proxy (socks5 needs the ``socksio`` package, a dependency).
PROXY_SCHEMES = ("http", "https", "socks5", "socks5h")

_DEFAULT_PORTS = {"http": 80, "https": 443, "socks5": 1080, "socks5h": 1080}


def proxy_address(url: str) -> str:
    """``host:port`` of the proxy at ``url``, without its scheme, credentials or path."""
    parts = urlsplit(url)
    host = parts.hostname or "?"
    if ":" in host:
        host = f"[{host}]"
    try:
        port = parts.port
    except ValueError:
        port = None
    return f"{host}:{port or _DEFAULT_PORTS.get(parts.scheme.lower(), '?')}"
