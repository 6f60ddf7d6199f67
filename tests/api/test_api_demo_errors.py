"""Every error class, fault and retry rule, against the demo server over real loopback HTTP.
Every raised error is also checked for the API key (text, repr, traceback, chained errors)."""

from __future__ import annotations

import email.utils
import time
from collections.abc import Awaitable
from typing import TypeVar

import pytest
from api_testkit import API_KEY, SleepRecorder, assert_no_key

from dify_desktop.api import (
    AuthenticationError,
    BadRequestError,
    ConnectError,
    ConnectionLostError,
    DifyClient,
    DifyError,
    InvalidParamError,
    InvalidResponseError,
    MethodNotAllowedError,
    NotChatAppError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RequestTimeoutError,
    ServerError,
    TLSError,
    UnsupportedMediaTypeError,
)
from dify_desktop.demo.faults import Fault
from dify_desktop.demo.runner import DemoServer
from dify_desktop.demo.seed import DEFAULT_USER

pytestmark = pytest.mark.asyncio

E = TypeVar("E", bound=DifyError)

NGINX_502 = (
    "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad "
    "Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
)
CLOUDFLARE_429 = (
    "<!DOCTYPE html><html><head><title>Access denied | api.dify.ai used Cloudflare</title>"
    "<style>body{font:13px}</style><script>window.x=1</script></head><body><h1>Error 1015</h1>"
    "<h2>You are being rate limited</h2><p>The owner of this website has banned you "
    "temporarily.</p>" + "<p>padding text</p>" * 60 + "</body></html>"
)


def gets(srv: DemoServer, path: str) -> int:
    return len(srv.requests("GET", path))


def first_cid(srv: DemoServer) -> str:
    return srv.store.conversations_of(DEFAULT_USER)[0].id


async def raises(cls: type[E], call: Awaitable[object]) -> E:
    with pytest.raises(cls) as caught:
        await call
    assert_no_key(caught.value)
    assert type(caught.value).__module__ == "dify_desktop.api.errors"
    return caught.value


# --------------------------------------------------------------------------- statuses


async def test_wrong_key_is_authentication_error(
    demo_server: DemoServer, sleeps: SleepRecorder
) -> None:
    wrong = "app-" + "W" * 24
    async with DifyClient(demo_server.base_url, wrong) as c:
        c._sleep = sleeps
        err = await raises(AuthenticationError, c.get_app_info())
        assert_no_key(err, wrong)
    assert (err.status, err.code) == (401, "unauthorized")
    assert err.server_message == "Access token is invalid"
    assert gets(demo_server, "/info") == 1 and sleeps.waits == []


async def test_api_disabled_is_permission_denied(
    client: DifyClient, demo_server: DemoServer
) -> None:
    demo_server.store.api_enabled = False
    err = await raises(PermissionDeniedError, client.get_app_info())
    assert (err.status, err.code) == (403, "forbidden")


async def test_workflow_app_is_not_chat_app(client: DifyClient, demo_server: DemoServer) -> None:
    demo_server.store.app_mode = "workflow"
    assert not (await client.get_app_info()).has_conversations
    err = await raises(NotChatAppError, client.list_conversations(DEFAULT_USER))
    assert (err.status, err.code) == (400, "not_chat_app")
    assert isinstance(err, BadRequestError)


@pytest.mark.parametrize("limit", [0, 101])
async def test_server_side_invalid_param(client: DifyClient, limit: int) -> None:
    err = await raises(InvalidParamError, client.list_conversations(DEFAULT_USER, limit=limit))
    assert err.status == 400 and err.code == "invalid_param" and err.server_message


async def test_unknown_sort_order_from_the_server(client: DifyClient) -> None:
    err = await raises(InvalidParamError, client.list_conversations(DEFAULT_USER, sort_by="name"))
    assert "sort_by" in (err.server_message or "")
    with pytest.raises(InvalidParamError):
        client.iter_conversations(DEFAULT_USER, sort_by="name")


async def test_html_404_for_a_non_uuid_id(client: DifyClient, demo_server: DemoServer) -> None:
    for call in (
        client.rename_conversation("not-a-uuid", DEFAULT_USER, "x"),
        client.delete_conversation("12345", DEFAULT_USER),
    ):
        err = await raises(NotFoundError, call)
        assert err.status == 404 and err.server_message is None
        assert err.message.startswith("The server answered 404 Not Found (an HTML page, not JSON)")
        assert "<" not in err.message and "requested URL was not found" in err.message
    # An id stays one path segment: "../info" does not reach /info.
    await raises(NotFoundError, client.list_variables("../info", DEFAULT_USER))
    await raises(NotFoundError, client.delete_conversation("..", DEFAULT_USER))
    assert gets(demo_server, "/info") == 0
    assert [r.method for r in demo_server.requests()] == ["POST", "DELETE", "GET", "DELETE"]


async def test_json_404_for_an_unknown_uuid(client: DifyClient) -> None:
    err = await raises(
        NotFoundError,
        client.rename_conversation("5d0d3bd4-6b4a-4c1e-9a8e-1f2e3d4c5b6a", DEFAULT_USER, "x"),
    )
    assert err.server_message == "Conversation Not Exists." and err.code == "not_found"
    err = await raises(
        NotFoundError,
        client.list_conversations(DEFAULT_USER, last_id="5d0d3bd4-6b4a-4c1e-9a8e-1f2e3d4c5b6a"),
    )
    assert err.server_message == "Last Conversation Not Exists."


async def test_405_and_415(client: DifyClient, demo_server: DemoServer) -> None:
    demo_server.faults.add(Fault(method="GET", path="/site", kind="status", status=405))
    err = await raises(MethodNotAllowedError, client.get_site())
    assert (err.status, err.code) == (405, "method_not_allowed")
    demo_server.faults.add(
        Fault(method="POST", path="/conversations/*/name", kind="status", status=415)
    )
    unsupported = await raises(
        UnsupportedMediaTypeError,
        client.rename_conversation(first_cid(demo_server), DEFAULT_USER, "x"),
    )
    assert (unsupported.status, unsupported.code) == (415, "unsupported_media_type")


async def test_name_over_255_fails_on_the_server_with_500(
    client: DifyClient, demo_server: DemoServer
) -> None:
    """The client refuses it; sent anyway (through the request core), the server's 500 maps to
    ServerError and a POST is not retried."""
    cid = first_cid(demo_server)
    await raises(InvalidParamError, client.rename_conversation(cid, DEFAULT_USER, "z" * 256))
    raw = client._json(
        "POST", f"/conversations/{cid}/name", body={"name": "z" * 256, "user": DEFAULT_USER}
    )
    err = await raises(ServerError, raw)
    assert (err.status, err.code) == (500, "unknown")
    assert len(demo_server.requests("POST")) == 1


# --------------------------------------------------------------------------- 429 / 5xx, retries


async def test_429_json_retry_after_is_honoured_on_get(
    client: DifyClient, demo_server: DemoServer, sleeps: SleepRecorder
) -> None:
    demo_server.faults.add(
        Fault(method="GET", path="/info", kind="status", status=429, headers={"Retry-After": "2"})
    )
    assert (await client.get_app_info()).name
    assert sleeps.waits == [2.0] and gets(demo_server, "/info") == 2


async def test_429_html_with_retry_after_really_waits(demo_server: DemoServer) -> None:
    demo_server.faults.add(
        Fault(
            method="GET",
            path="/conversations",
            kind="status",
            status=429,
            body=CLOUDFLARE_429,
            content_type="text/html; charset=UTF-8",
            headers={"Retry-After": "1"},
        )
    )
    async with DifyClient(demo_server.base_url, API_KEY) as c:
        started = time.monotonic()
        page = await c.list_conversations(DEFAULT_USER)
        assert time.monotonic() - started >= 1.0
    assert page.data and gets(demo_server, "/conversations") == 2


async def test_429_html_gives_up_after_retries_with_readable_message(
    client: DifyClient, demo_server: DemoServer, sleeps: SleepRecorder
) -> None:
    date = email.utils.formatdate(time.time() + 3, usegmt=True)
    demo_server.faults.add(
        Fault(
            method="GET",
            path="/conversations",
            kind="status",
            status=429,
            body=CLOUDFLARE_429,
            content_type="text/html",
            headers={"Retry-After": date},
            times=None,
        )
    )
    err = await raises(RateLimitError, client.list_conversations(DEFAULT_USER))
    assert err.status == 429 and err.code == "too_many_requests" and err.server_message is None
    assert err.retry_after is not None and 1.0 <= err.retry_after <= 3.0
    assert err.message.startswith(
        "The server answered 429 Too Many Requests (an HTML page, not JSON): "
    )
    assert "<" not in err.message and "window.x" not in err.message and "font:" not in err.message
    assert "You are being rate limited" in err.message
    assert len(err.message) < 300
    assert gets(demo_server, "/conversations") == 4 and len(sleeps.waits) == 3
    assert all(1.0 <= w <= 3.0 for w in sleeps.waits)


async def test_retry_after_beyond_the_cap_is_raised_at_once(
    client: DifyClient, demo_server: DemoServer, sleeps: SleepRecorder
) -> None:
    demo_server.faults.add(
        Fault(method="GET", path="/info", kind="status", status=429, headers={"Retry-After": "120"})
    )
    err = await raises(RateLimitError, client.get_app_info())
    assert err.retry_after == 120.0 and sleeps.waits == [] and gets(demo_server, "/info") == 1


async def test_429_on_post_is_not_retried(
    client: DifyClient, demo_server: DemoServer, sleeps: SleepRecorder
) -> None:
    cid = first_cid(demo_server)
    demo_server.faults.add(
        Fault(
            method="POST",
            path="/conversations/*/name",
            kind="status",
            status=429,
            headers={"Retry-After": "1"},
            times=None,
        )
    )
    err = await raises(RateLimitError, client.rename_conversation(cid, DEFAULT_USER, "x"))
    assert err.retry_after == 1.0 and err.server_message == "Too Many Requests"
    assert len(demo_server.requests("POST")) == 1 and sleeps.waits == []


@pytest.mark.parametrize("status", [502, 503, 504])
async def test_gateway_html_on_get_is_retried(
    client: DifyClient, demo_server: DemoServer, sleeps: SleepRecorder, status: int
) -> None:
    demo_server.faults.add(
        Fault(
            method="GET",
            path="/info",
            kind="status",
            status=status,
            body=NGINX_502,
            content_type="text/html",
            times=2,
        )
    )
    assert (await client.get_app_info()).name
    assert gets(demo_server, "/info") == 3 and len(sleeps.waits) == 2
    assert 0.125 <= sleeps.waits[0] <= 0.25 and 0.25 <= sleeps.waits[1] <= 0.5  # backoff, jittered


async def test_502_html_everywhere_gives_a_readable_server_error(
    client: DifyClient, demo_server: DemoServer, sleeps: SleepRecorder
) -> None:
    demo_server.faults.add(
        Fault(
            method="*",
            path="/conversations",
            kind="status",
            status=502,
            body=NGINX_502,
            content_type="text/html",
            times=None,
        )
    )
    err = await raises(ServerError, client.list_conversations(DEFAULT_USER))
    assert (
        err.message
        == "The server answered 502 Bad Gateway (an HTML page, not JSON): 502 Bad Gateway nginx"
    )
    assert (err.status, err.code, err.server_message) == (502, "bad_gateway", None)
    assert gets(demo_server, "/conversations") == 4  # 1 + max_retries
    assert sum(sleeps.waits) <= 0.25 + 0.5 + 1.0


async def test_503_with_retry_after_on_get_and_not_on_delete(
    client: DifyClient, demo_server: DemoServer, sleeps: SleepRecorder
) -> None:
    unavailable = Fault(
        method="*",
        path="/*",
        kind="status",
        status=503,
        body="<h1>Maintenance</h1>",
        content_type="text/html",
        headers={"Retry-After": "3"},
        times=1,
    )
    demo_server.faults.add(unavailable)
    assert await client.get_site()
    assert sleeps.waits == [3.0]
    cid = first_cid(demo_server)
    demo_server.faults.add(
        Fault(
            method="DELETE",
            path="/conversations/*",
            kind="status",
            status=503,
            body="<h1>Maintenance</h1>",
            content_type="text/html",
            headers={"Retry-After": "3"},
        )
    )
    err = await raises(ServerError, client.delete_conversation(cid, DEFAULT_USER))
    assert err.status == 503 and err.retry_after == 3.0 and "Maintenance" in err.message
    assert len(demo_server.requests("DELETE")) == 1 and sleeps.waits == [3.0]
    stored = demo_server.store.get_conversation(cid)
    assert stored is not None and not stored.deleted


async def test_max_retries_zero_disables_retries(demo_server: DemoServer) -> None:
    demo_server.faults.add(Fault(method="GET", path="/info", kind="status", status=503))
    async with DifyClient(demo_server.base_url, API_KEY, max_retries=0) as c:
        err = await raises(ServerError, c.get_app_info())
    assert err.server_message == "Service Unavailable" and gets(demo_server, "/info") == 1


# --------------------------------------------------------------------------- broken answers


async def test_empty_bodies(client: DifyClient, demo_server: DemoServer) -> None:
    demo_server.faults.add(Fault(method="GET", path="/info", kind="status", status=200, body=""))
    err = await raises(InvalidResponseError, client.get_app_info())
    assert err.status == 200 and err.code == "invalid_response" and "empty answer" in err.message
    assert err.uncertain
    demo_server.faults.add(
        Fault(
            method="GET",
            path="/site",
            kind="status",
            status=500,
            body="",
            content_type="text/plain",
        )
    )
    failed = await raises(ServerError, client.get_site())
    assert failed.message == "The server answered 500 Internal Server Error (an empty answer)"


async def test_html_with_status_200_is_invalid_response(
    client: DifyClient, demo_server: DemoServer
) -> None:
    demo_server.faults.add(
        Fault(
            method="GET",
            path="/conversations",
            kind="status",
            status=200,
            body="<html><title>Wi-Fi login</title><p>Please sign in</p></html>",
            content_type="text/html",
        )
    )
    err = await raises(InvalidResponseError, client.list_conversations(DEFAULT_USER))
    assert "an HTML page" in err.message and "Please sign in" in err.message


async def test_json_of_the_wrong_shape_is_invalid_response(
    client: DifyClient, demo_server: DemoServer
) -> None:
    for body in (
        '["a list"]',
        '{"data": "nope", "has_more": false}',
        '{"data": [1, 2]}',
        '{"data": [], "has_more": "yes"}',
    ):
        demo_server.faults.add(
            Fault(method="GET", path="/conversations", kind="status", status=200, body=body)
        )
        err = await raises(InvalidResponseError, client.list_conversations(DEFAULT_USER))
        assert "JSON but not what Dify sends" in err.message
    demo_server.faults.add(
        Fault(
            method="GET", path="/info", kind="status", status=200, body='{"name": "x", "tags": 5}'
        )
    )
    await raises(InvalidResponseError, client.get_app_info())


async def test_truncated_json(client: DifyClient, demo_server: DemoServer) -> None:
    demo_server.faults.add(Fault(method="GET", path="/conversations", kind="truncate"))
    err = await raises(InvalidResponseError, client.list_conversations(DEFAULT_USER))
    assert "broken or truncated JSON" in err.message
    # A write whose answer is truncated took effect: the error says so (uncertain).
    cid = first_cid(demo_server)
    demo_server.faults.add(Fault(method="POST", path="/conversations/*/name", kind="truncate"))
    err = await raises(InvalidResponseError, client.rename_conversation(cid, DEFAULT_USER, "Done"))
    assert err.uncertain
    stored = demo_server.store.get_conversation(cid)
    assert stored is not None and stored.name == "Done"


async def test_truncated_error_json_still_maps_by_status(
    client: DifyClient, demo_server: DemoServer
) -> None:
    demo_server.faults.add(
        Fault(
            method="GET",
            path="/info",
            kind="status",
            status=401,
            body='{"code": "unauthorized", "mess',
        )
    )
    err = await raises(AuthenticationError, client.get_app_info())
    assert err.code == "unauthorized" and "broken or truncated JSON" in err.message


# --------------------------------------------------------------------------- transport


async def test_dropped_connection_get_is_retried(
    client: DifyClient, demo_server: DemoServer, sleeps: SleepRecorder
) -> None:
    demo_server.faults.add(Fault(method="GET", path="/conversations", kind="drop"))
    assert (await client.list_conversations(DEFAULT_USER)).data
    assert len(sleeps.waits) == 1


async def test_dropped_connection_post_is_not_retried(
    client: DifyClient, demo_server: DemoServer, sleeps: SleepRecorder
) -> None:
    cid = first_cid(demo_server)
    demo_server.faults.add(
        Fault(method="POST", path="/conversations/*/name", kind="drop", times=None)
    )
    err = await raises(ConnectionLostError, client.rename_conversation(cid, DEFAULT_USER, "Lost"))
    assert err.status is None and err.code == "connection_lost" and err.uncertain
    assert len(demo_server.requests("POST")) == 1 and sleeps.waits == []


async def test_reset_mid_body(
    client: DifyClient, demo_server: DemoServer, sleeps: SleepRecorder
) -> None:
    demo_server.faults.add(
        Fault(method="GET", path="/conversations", kind="reset_mid_body", times=None)
    )
    err = await raises(ConnectionLostError, client.list_conversations(DEFAULT_USER))
    assert gets(demo_server, "/conversations") == 4 and len(sleeps.waits) == 3
    assert "broke before the whole answer arrived" in err.message
    # A write: its effect happened, the answer broke: not retried, flagged uncertain.
    cid = first_cid(demo_server)
    demo_server.faults.add(
        Fault(method="POST", path="/conversations/*/name", kind="reset_mid_body")
    )
    lost = await raises(ConnectionLostError, client.rename_conversation(cid, DEFAULT_USER, "Cut"))
    assert lost.uncertain and len(sleeps.waits) == 3
    assert len(demo_server.requests("POST")) == 1
    stored = demo_server.store.get_conversation(cid)
    assert stored is not None and stored.name == "Cut"


async def test_read_timeout_within_the_timeout(
    demo_server: DemoServer, sleeps: SleepRecorder
) -> None:
    demo_server.faults.add(Fault(method="GET", path="/info", kind="stall", delay_s=3.0))
    async with DifyClient(demo_server.base_url, API_KEY, timeout=0.3) as c:
        c._sleep = sleeps
        started = time.monotonic()
        err = await raises(RequestTimeoutError, c.get_app_info())
        elapsed = time.monotonic() - started
    assert 0.25 <= elapsed < 1.5
    assert err.status is None and err.code == "timeout" and err.uncertain
    assert sleeps.waits == []  # read timeouts are not retried


async def test_delay_shorter_than_the_timeout_succeeds(demo_server: DemoServer) -> None:
    demo_server.faults.add(Fault(method="GET", path="/info", kind="delay", delay_s=0.2))
    async with DifyClient(demo_server.base_url, API_KEY, timeout=2.0) as c:
        assert (await c.get_app_info()).name


async def test_connection_refused_is_retried_for_every_method(
    closed_port: int, sleeps: SleepRecorder
) -> None:
    async with DifyClient(f"http://127.0.0.1:{closed_port}/v1", API_KEY) as c:
        c._sleep = sleeps
        err = await raises(ConnectError, c.get_app_info())
        assert err.code == "connect_failed" and err.status is None and not err.uncertain
        assert "127.0.0.1" in err.message
        assert len(sleeps.waits) == 3
        # Nothing was sent when the connection could not be made: safe for a write too.
        await raises(ConnectError, c.delete_conversation("c", "u"))
        assert len(sleeps.waits) == 6


async def test_https_to_a_plain_http_server_is_a_tls_error(
    demo_server: DemoServer, sleeps: SleepRecorder
) -> None:
    url = demo_server.base_url.replace("http://", "https://")
    async with DifyClient(url, API_KEY) as c:
        c._sleep = sleeps
        err = await raises(TLSError, c.get_app_info())
    assert err.code == TLSError.NOT_HTTPS and isinstance(err, ConnectError)
    assert "TLS" in err.message and "http://" in err.message and sleeps.waits == []


async def test_the_key_never_leaks_anywhere(
    demo_server: DemoServer, caplog: pytest.LogCaptureFixture, closed_port: int
) -> None:
    """Errors and DEBUG logs of a mixed session, including transport errors, never hold the key
    (the autouse fixture checks the logs as well)."""
    demo_server.faults.add(
        Fault(
            method="*",
            path="/*",
            kind="status",
            status=401,
            body='{"code": "unauthorized", "message": "bad key ' + API_KEY + '"}',
        )
    )
    async with DifyClient(demo_server.base_url, API_KEY, max_retries=0) as c:
        assert API_KEY not in repr(c) and API_KEY not in str(vars(c))
        err = await raises(AuthenticationError, c.get_site())
        assert "bad key ***" in err.message
        demo_server.faults.add(Fault(method="GET", path="/info", kind="drop"))
        await raises(ConnectionLostError, c.get_app_info())
        await c.get_app_info()
    async with DifyClient(f"http://127.0.0.1:{closed_port}/v1", API_KEY, max_retries=0) as c:
        await raises(ConnectError, c.get_meta())
    assert "Bearer ***" in caplog.text
    assert API_KEY not in caplog.text
