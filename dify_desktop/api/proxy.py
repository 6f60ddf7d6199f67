"""The proxy a client is told to use: which kinds are understood, how one is named to the
person (``host:port``, never credentials), how credentials join its URL, and which proxy the
environment (or the OS) names for a server."""

from __future__ import annotations

import urllib.request
from urllib.parse import quote, urlsplit, urlunsplit

__all__ = [
    "PROXY_AUTH_CODES",
    "PROXY_AUTH_FAILED",
    "PROXY_AUTH_REQUIRED",
    "PROXY_SCHEMES",
    "environment_proxy",
    "proxy_address",
    "with_credentials",
]

#: What httpx can speak to a proxy (socks5 needs the ``socksio`` package, a dependency).
PROXY_SCHEMES = ("http", "https", "socks5", "socks5h")

#: ProxyError codes: the proxy wants credentials and none were sent / it refused the ones sent.
PROXY_AUTH_REQUIRED = "proxy_auth_required"
PROXY_AUTH_FAILED = "proxy_auth_failed"
PROXY_AUTH_CODES = (PROXY_AUTH_REQUIRED, PROXY_AUTH_FAILED)

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


def with_credentials(url: str, username: str, password: str) -> str:
    """``url`` (without credentials) with ``username`` and ``password`` in its user part, each
    percent-encoded (httpx sends them as Basic ``Proxy-Authorization`` or SOCKS5 user/pass)."""
    parts = urlsplit(url)
    user = quote(username, safe="") + (f":{quote(password, safe='')}" if password else "")
    return urlunsplit(parts._replace(netloc=f"{user}@{parts.netloc}"))


def environment_proxy(base_url: str) -> str | None:
    """The proxy URL the environment's variables (on Windows and macOS: the OS settings) name
    for ``base_url``, or None when requests there go direct - what httpx follows when it
    trusts the environment, so that a failure can name the proxy."""
    parts = urlsplit(base_url)
    proxies = urllib.request.getproxies()
    url = proxies.get(parts.scheme.lower()) or proxies.get("all")
    if not url or not parts.hostname:
        return None
    try:
        if urllib.request.proxy_bypass(parts.hostname):
            return None
    except OSError:  # the registry or SystemConfiguration could not be read
        return None
    return url if "://" in url else f"http://{url}"
