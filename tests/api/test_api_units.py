"""Pure pieces: error mapping, Retry-After, validation, URL handling, retry decisions."""

from __future__ import annotations

import email.utils
import pickle
import time

import pytest
from api_testkit import API_KEY

import dify_desktop.api as api
from dify_desktop.api import (
    AuthenticationError,
    BadRequestError,
    ConnectError,
    ConnectionLostError,
    DifyClient,
    DifyError,
    Feedback,
    InvalidParamError,
    MethodNotAllowedError,
    NotChatAppError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RequestTimeoutError,
    ServerError,
    UnsupportedMediaTypeError,
    validate_name,
)
from dify_desktop.api._mapping import (
    describe_body,
    error_from_response,
    html_to_text,
    parse_retry_after,
)


def redact(text: str) -> str:
    return text.replace(API_KEY, "***")


def from_json(
    status: int, code: str, message: str = "m", headers: dict[str, str] | None = None
) -> DifyError:
    body = f'{{"code": "{code}", "message": "{message}", "status": {status}}}'.encode()
    return error_from_response(
        status, headers or {"content-type": "application/json"}, body, redact=redact
    )


@pytest.mark.parametrize(
    ("status", "code", "cls"),
    [
        (400, "invalid_param", InvalidParamError),
        (400, "not_chat_app", NotChatAppError),
        (400, "bad_request", BadRequestError),
        (400, "app_unavailable", BadRequestError),
        (401, "unauthorized", AuthenticationError),
        (403, "forbidden", PermissionDeniedError),
        (404, "not_found", NotFoundError),
        (405, "method_not_allowed", MethodNotAllowedError),
        (415, "unsupported_media_type", UnsupportedMediaTypeError),
        (429, "too_many_requests", RateLimitError),
        (429, "rate_limit_error", RateLimitError),
        (500, "unknown", ServerError),
        (502, "bad_gateway", ServerError),
        (409, "conflict", ServerError),
        (418, "teapot", ServerError),
    ],
)
def test_status_and_code_mapping(status: int, code: str, cls: type[DifyError]) -> None:
    err = from_json(status, code, "Something happened")
    assert type(err) is cls
    assert (err.status, err.code, err.message, err.server_message) == (
        status,
        code,
        "Something happened",
        "Something happened",
    )
    assert str(err) == f"HTTP {status}: Something happened"


def test_empty_server_message_is_kept_aside_with_a_readable_message() -> None:
    err = from_json(400, "invalid_param", "")
    assert isinstance(err, InvalidParamError)
    assert err.server_message == "" and err.message and "invalid_param" in err.message


def test_server_message_with_the_key_is_redacted() -> None:
    err = from_json(401, "unauthorized", f"token {API_KEY} invalid")
    assert API_KEY not in str(err) and err.server_message == "token *** invalid"


@pytest.mark.parametrize(
    ("body", "content_type", "kind"),
    [
        (b"", "application/json", "an empty answer"),
        (b"   \n", "text/plain", "an empty answer"),
        (b"<!doctype html><p>x</p>", "application/octet-stream", "an HTML page, not JSON"),
        (b'{"code": "x", "mes', "application/json", "broken or truncated JSON"),
        (b"upstream connect error", "text/plain", "plain text, not JSON"),
        (b"\xff\xfe\x00garbage", "", "plain text, not JSON"),
    ],
)
def test_describe_body(body: bytes, content_type: str, kind: str) -> None:
    assert describe_body(content_type, body)[0] == kind


def test_html_is_reduced_to_short_text() -> None:
    page = (
        "<html><head><title>T</title><style>.a{b:c}</style><script>var k='x'</script></head>"
        "<body><!-- hidden --><h1>Bad &amp; worse</h1>" + "<p>word</p>" * 200 + "</body></html>"
    )
    text = html_to_text(page)
    assert text.startswith("Bad & worse word word")
    assert "<" not in text and "var k" not in text and "hidden" not in text and ".a{" not in text
    assert len(text) <= 200 and text.endswith("…")
    err = error_from_response(502, {"content-type": "text/html"}, page.encode(), redact=redact)
    assert isinstance(err, ServerError) and err.server_message is None and err.code == "bad_gateway"
    assert err.message.startswith(
        "The server answered 502 Bad Gateway (an HTML page, not JSON): Bad"
    )


def test_retry_after_forms() -> None:
    now = time.time()
    assert parse_retry_after("5") == 5.0
    assert parse_retry_after(" 1.5 ") == 1.5
    assert parse_retry_after("-3") == 0.0
    assert parse_retry_after(None) is None and parse_retry_after("") is None
    assert parse_retry_after("soon") is None and parse_retry_after("nan") is None
    date = email.utils.formatdate(now + 10, usegmt=True)
    assert 8.0 <= (parse_retry_after(date, now=now) or 0) <= 11.0
    past = email.utils.formatdate(now - 100, usegmt=True)
    assert parse_retry_after(past, now=now) == 0.0
    err = error_from_response(429, {"retry-after": "7"}, b"", redact=redact)
    assert isinstance(err, RateLimitError) and err.retry_after == 7.0


@pytest.mark.parametrize("name", ["a", " a ", "x" * 255, "😀" * 255, "\u200b"])
def test_valid_names(name: str) -> None:
    validate_name(name, False)
    assert api.is_valid_name(name)


@pytest.mark.parametrize("name", [None, "", " ", "\n\t", "\u3000\xa0", "x" * 256, "a\ud800b"])
def test_invalid_names(name: str | None) -> None:
    with pytest.raises(InvalidParamError) as caught:
        validate_name(name, False)
    assert (caught.value.status, caught.value.code) == (400, "invalid_param")
    validate_name(name, True)  # the server ignores the name when generating one


@pytest.mark.parametrize(
    ("given", "normalized"),
    [
        ("https://api.dify.ai/v1", "https://api.dify.ai/v1"),
        ("https://api.dify.ai/v1/", "https://api.dify.ai/v1"),
        ("  http://localhost/v1//  ", "http://localhost/v1"),
        ("http://[::1]:5001/v1", "http://[::1]:5001/v1"),
    ],
)
def test_base_url_normalization(given: str, normalized: str) -> None:
    assert DifyClient(given, API_KEY).base_url == normalized


@pytest.mark.parametrize(
    "url", ["", "localhost/v1", "ftp://host/v1", "https://", "http://h/v1?x=1"]
)
def test_unusable_base_urls(url: str) -> None:
    with pytest.raises(ConnectError) as caught:
        DifyClient(url, API_KEY)
    assert caught.value.code == "invalid_url"


@pytest.mark.parametrize("key", ["", "app key", "app-ключ", "app-x\n"])
def test_unusable_keys(key: str) -> None:
    with pytest.raises(AuthenticationError) as caught:
        DifyClient("https://h/v1", key)
    assert key.strip() == "" or key not in str(caught.value)


def test_the_key_is_hard_to_leak() -> None:
    client = DifyClient("https://h/v1", API_KEY)
    assert API_KEY not in repr(client) and API_KEY not in str(client)
    assert API_KEY not in repr(vars(client))
    assert repr(client._auth) == "Bearer ***"
    with pytest.raises(TypeError):
        pickle.dumps(client)
    with pytest.raises(TypeError):
        pickle.dumps(client._auth)


def test_retry_decisions() -> None:
    client = DifyClient("https://h/v1", API_KEY)
    refused = ConnectError("x", code="connect_failed")
    lost = ConnectionLostError("x", code="connection_lost")
    timeout = RequestTimeoutError("x", code="timeout")
    limited = RateLimitError("x", retry_after=4.0)
    too_long = RateLimitError("x", retry_after=31.0)
    unavailable = ServerError("x", status=503)
    unavailable.retry_after = 2.0
    failed = ServerError("x", status=500)

    def delay(method: str, error: DifyError, attempt: int = 0, waited: float = 0.0) -> float | None:
        return client._retry_delay(method, error, attempt, waited)

    assert delay("GET", refused) is not None and delay("POST", refused) is not None
    assert delay("DELETE", refused) is not None and delay("PUT", refused) is not None
    assert delay("GET", lost) is not None and delay("POST", lost) is None
    assert delay("GET", timeout) is None
    assert delay("GET", ConnectError("x", code="connect_timeout")) is None
    assert delay("GET", limited) == 4.0 and delay("POST", limited) is None
    assert delay("GET", too_long) is None
    assert delay("GET", unavailable) == 2.0 and delay("DELETE", unavailable) is None
    assert delay("GET", failed) is None
    assert delay("GET", refused, attempt=3) is None
    assert delay("GET", limited, waited=27.0) is None  # the total budget
    steps = [delay("GET", lost, attempt=n) or 0 for n in range(3)]
    for n, step in enumerate(steps):
        assert 0.125 * 2**n <= step <= 0.25 * 2**n
    many = DifyClient("https://h/v1", API_KEY, max_retries=10)
    assert (many._retry_delay("GET", lost, 8, 0.0) or 0) <= 2.0  # capped


def test_feedback_timestamps_naive_utc_and_garbage() -> None:
    naive = Feedback.from_json({"id": "f", "created_at": "2026-03-01T10:00:00"})
    assert naive.created_at.isoformat() == "2026-03-01T10:00:00+00:00"
    zoned = Feedback.from_json({"id": "f", "created_at": "2026-03-01T10:00:00+02:00"})
    assert zoned.created_at.isoformat() == "2026-03-01T08:00:00+00:00"
    assert Feedback.from_json({"id": "f", "created_at": "yesterday"}).created_at.year == 1970
    assert Feedback.from_json({"id": "f", "created_at": 1_772_359_200}).created_at.year == 2026


def test_public_names() -> None:
    for name in api.__all__:
        assert hasattr(api, name), name
    for name in (
        "DifyClient",
        "DifyError",
        "SORT_ORDERS",
        "CHAT_MODES",
        "validate_name",
        "KeysetPager",
    ):
        assert name in api.__all__
    errors = [v for v in vars(api).values() if isinstance(v, type) and issubclass(v, DifyError)]
    assert len(errors) == 20  # ProxyError and SignInRequired included


@pytest.mark.parametrize(
    ("typed", "tidy"),
    [
        (" api.dify.ai/v1/ ", "https://api.dify.ai/v1"),
        ("http://localhost:5001/v1//", "http://localhost:5001/v1"),
        ("", ""),
        ("ftp://host", "ftp://host"),  # left for the caller to explain
    ],
)
def test_a_typed_address_gets_the_clients_form(typed: str, tidy: str) -> None:
    from dify_desktop.api.base_url import normalize_base_url, typed_base_url
    from dify_desktop.core.profiles import normalize_base_url as profiles_normalize

    assert typed_base_url(typed) == tidy == profiles_normalize(typed)
    if tidy.startswith("http"):
        assert normalize_base_url(typed, assume_https=True) == tidy
    else:
        with pytest.raises(ConnectError):
            normalize_base_url(typed, assume_https=True)


@pytest.mark.parametrize(
    ("name", "issue"),
    [
        ("Fine", None),
        (None, "missing"),
        (42, "not_text"),
        (" \t", "blank"),
        ("x" * 256, "too_long"),
        ("a\ud800b", "not_encodable"),
    ],
)
def test_name_rules_are_named(name: object, issue: str | None) -> None:
    from dify_desktop.api.validation import name_issue

    found = name_issue(name)
    assert (found.value if found else None) == issue
    assert api.is_valid_name(name) is (issue is None)  # type: ignore[arg-type]


def test_auto_generate_sends_the_current_name_only_when_it_is_valid() -> None:
    from dify_desktop.api.validation import auto_generate_name

    assert auto_generate_name(" Current ") == " Current "  # sent as the server holds it
    for unusable in (None, "", "   ", "x" * 256):
        assert auto_generate_name(unusable) == api.AUTO_GENERATE_PLACEHOLDER
