"""Where a Dify app's console API lives, derived from its service-API base URL."""

from __future__ import annotations

import httpx

from ..base_url import normalize_base_url

__all__ = ["CLOUD_API_HOST", "CLOUD_CONSOLE_URL", "console_url_for"]

#: Dify Cloud serves the service API and the console on different hosts.
CLOUD_API_HOST = "api.dify.ai"
CLOUD_CONSOLE_URL = "https://cloud.dify.ai/console/api"


def console_url_for(api_base_url: str) -> str:
    """``https://host/v1`` -> ``https://host/console/api`` (same host and any path prefix before
    ``/v1``); Dify Cloud's API host -> its console host. Raises like the base-URL normaliser."""
    base = normalize_base_url(api_base_url)
    url = httpx.URL(base)
    if url.host == CLOUD_API_HOST:
        return CLOUD_CONSOLE_URL
    path = url.path.rstrip("/")
    if path.endswith("/v1"):
        path = path[: -len("/v1")]
    return str(url.copy_with(path=f"{path}/console/api"))
