"""A profile's proxy: follow the system, go direct, or a proxy of its own (manual) - the URL in
the profile, its optional user name and password only in the keyring (core.credentials)."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from dify_desktop.core import logs
from dify_desktop.core.problems import Problem, ProblemId, problem

__all__ = [
    "MANUAL_SCHEMES",
    "ProxyCredentials",
    "ProxyMode",
    "ProxySetting",
    "check_proxy_url",
    "client_options",
]

#: What a person may type as a profile's proxy (https:// to a proxy is rare; --proxy takes it).
MANUAL_SCHEMES = ("http", "socks5", "socks5h")


class ProxyMode(enum.Enum):
    SYSTEM = "system"  # HTTP(S)_PROXY / NO_PROXY, on Windows and macOS the OS settings
    NONE = "none"  # every request direct, whatever the environment says
    MANUAL = "manual"  # the profile's own proxy URL


@dataclass(frozen=True, slots=True)
class ProxySetting:
    mode: ProxyMode = ProxyMode.SYSTEM
    url: str = ""  # manual: scheme://host:port, never credentials
    #: manual: a user name and password for the proxy are in the keyring
    credentials: bool = False

    def to_json(self) -> dict[str, Any]:
        return {"mode": self.mode.value, "url": self.url, "credentials": self.credentials}

    @classmethod
    def from_json(cls, data: Any) -> ProxySetting | None:
        """The setting stored as ``data``, or None when it is not one."""
        if not isinstance(data, dict):
            return None
        mode, url, credentials = data.get("mode"), data.get("url", ""), data.get("credentials")
        if mode not in {m.value for m in ProxyMode} or not isinstance(url, str):
            return None
        if not isinstance(credentials, bool | None):
            return None
        return cls(ProxyMode(mode), url, bool(credentials))


@dataclass(frozen=True, slots=True)
class ProxyCredentials:
    username: str
    password: str = ""

    def __repr__(self) -> str:
        return f"ProxyCredentials(username={self.username!r}, password=***)"


def check_proxy_url(url: str) -> Problem | None:
    """What is wrong with a typed manual proxy URL, or None when it can be used."""
    text = url.strip()
    try:
        parts = urlsplit(text if "://" in text else f"//{text}")
        port = parts.port
    except ValueError:
        return problem(ProblemId.PROXY_NEEDS_PORT)
    if "@" in parts.netloc:
        return problem(ProblemId.PROXY_URL_HAS_CREDENTIALS)
    if parts.scheme.lower() not in MANUAL_SCHEMES:
        return problem(ProblemId.PROXY_NEEDS_SCHEME)
    if not parts.hostname:
        return problem(ProblemId.PROXY_NEEDS_HOST)
    if not port:
        return problem(ProblemId.PROXY_NEEDS_PORT)
    return None


def client_options(
    setting: ProxySetting,
    credentials: ProxyCredentials | None,
    run_options: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """The DifyClient options for ``setting`` (with the credentials from the keyring), on top
    of this run's (``run_options``): a proxy given for the run (``--proxy``) overrides the
    profile's."""
    run = dict(run_options or {})
    if "proxy" in run:
        return run
    if setting.mode is ProxyMode.NONE:
        return {**run, "trust_env": False}
    if setting.mode is ProxyMode.SYSTEM or not setting.url:
        return run
    from dify_desktop.api.proxy import with_credentials

    url = setting.url.strip()
    if credentials is not None and credentials.username:
        logs.register_secret(credentials.password)  # from here on, never in a log line
        url = with_credentials(url, credentials.username, credentials.password)
    return {**run, "proxy": url}
