"""The server address: the one normaliser of a Dify API base URL (the client's and the app's)."""

from __future__ import annotations

import httpx

from .errors import ConnectError

__all__ = ["normalize_base_url", "typed_base_url"]


def _tidy(text: str, assume_https: bool) -> str:
    text = text.strip()
    if assume_https and text and "://" not in text:
        text = "https://" + text
    return text.rstrip("/")


def typed_base_url(text: str) -> str:
    """An address a person typed, in the client's form: trimmed, ``https://`` when no scheme is
    given, no trailing ``/``. Never raises: an unusable address is returned for the caller to
    explain (:func:`normalize_base_url` refuses it)."""
    return _tidy(text, assume_https=True)


def normalize_base_url(base_url: str, *, assume_https: bool = False) -> str:
    """``https://host/v1/`` -> ``https://host/v1`` (``host/v1`` too with ``assume_https``);
    raises :class:`ConnectError` (``invalid_url``) when it is not an http(s) URL with a host."""
    if not isinstance(base_url, str):
        raise ConnectError("The server address must be text.", code="invalid_url")
    url_text = _tidy(base_url, assume_https)
    try:
        url = httpx.URL(url_text)
    except (httpx.InvalidURL, ValueError, TypeError):
        url = None
    if url is None or url.scheme not in ("http", "https") or not url.host:
        raise ConnectError(
            "The server address is not usable: it must look like https://api.dify.ai/v1 "
            "or http://localhost/v1.",
            code="invalid_url",
        )
    if url.query or url.fragment:
        raise ConnectError(
            "The server address must not contain '?' or '#'.",
            code="invalid_url",
        )
    return url_text
