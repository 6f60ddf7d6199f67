"""The demo server's HTTP face: Starlette routes over :class:`~dify_desktop.demo.store.Store`.

``create_app()`` builds the ASGI application. The outermost layer (:class:`DemoMiddleware`)
buffers the request body, adds the configured latency, logs the request, and applies faults; the
Starlette routes below it answer the way Dify's service API does (see the project's notes):

* routing first (unknown route -> 404 JSON, wrong method -> 405 JSON, non-UUID id in a path ->
  Flask's HTML 404 page), then ``Authorization: Bearer <key>`` (401 ``unauthorized``), then the
  JSON body (415 when not JSON), then the app mode (400 ``not_chat_app``), then parameters;
* every JSON error is ``{"code", "message", "status"}``.

Control routes for other processes (same Bearer key): ``GET/POST/DELETE /v1/_demo/faults``,
``POST /v1/_demo/auto-generate-mode`` ``{"mode": "model"|"silent"|"blank"}``,
``POST /v1/_demo/latency`` ``{"latency_ms": N}`` and ``POST /v1/_demo/reset``.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import re
import socket
import struct
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from dify_desktop.demo.faults import Fault, FaultTable
from dify_desktop.demo.store import (
    AUTO_GENERATE_MODES,
    SORT_FIELDS,
    ApiError,
    Store,
    StoredConversation,
    StoredFeedback,
    StoredMessage,
    StoredVariable,
    invalid_param,
    iso,
    parse_uuid,
    variable_value_string,
)

API_PREFIX = "/v1"
TRANSPORT_KEY = "dify_demo.transport"
"""Where :class:`~dify_desktop.demo.runner.DemoProtocol` puts the connection's transport."""

FLASK_NOT_FOUND_HTML = (
    "<!doctype html>\n<html lang=en>\n<title>404 Not Found</title>\n<h1>Not Found</h1>\n"
    "<p>The requested URL was not found on the server. If you entered the URL manually please "
    "check your spelling and try again.</p>\n"
)
NOT_FOUND_MESSAGE = (
    "The requested URL was not found on the server. If you entered the URL manually please check "
    "your spelling and try again."
)
STATUS_PHRASES = {
    400: ("bad_request", "Bad Request"),
    401: ("unauthorized", "Unauthorized"),
    403: ("forbidden", "Forbidden"),
    404: ("not_found", NOT_FOUND_MESSAGE),
    405: ("method_not_allowed", "The method is not allowed for the requested URL."),
    413: ("request_entity_too_large", "Request Entity Too Large"),
    415: ("unsupported_media_type", "Unsupported Media Type"),
    429: ("too_many_requests", "Too Many Requests"),
    500: ("unknown", "Internal Server Error"),
    502: ("bad_gateway", "Bad Gateway"),
    503: ("service_unavailable", "Service Unavailable"),
    504: ("gateway_timeout", "Gateway Timeout"),
}
_INT_RE = re.compile(r"^\s*[+-]?\d+\s*$")


def error_body(status: int, code: str | None = None, message: str | None = None) -> bytes:
    default_code, default_message = STATUS_PHRASES.get(status, ("unknown", "Error"))
    payload = {
        "code": code or default_code,
        "message": message or default_message,
        "status": status,
    }
    return json.dumps(payload).encode()


class HtmlNotFound(Exception):
    """A path id that is not a UUID: Flask's route does not match, so its HTML 404 page."""


@dataclass
class DemoContext:
    """What the application needs; shared with :class:`~dify_desktop.demo.runner.DemoServer`."""

    store: Store
    faults: FaultTable
    api_key: str = "app-demo"
    reseed: Callable[[], None] | None = None
    stopping: asyncio.Event | None = None
    loop: asyncio.AbstractEventLoop | None = None
    _tasks: set[asyncio.Task[Any]] = field(default_factory=set)

    async def wait(self, seconds: float) -> bool:
        """Sleep ``seconds``; return False early when the server is stopping."""
        if seconds <= 0:
            return True
        if self.stopping is None:
            await asyncio.sleep(seconds)
            return True
        try:
            await asyncio.wait_for(self.stopping.wait(), timeout=seconds)
        except TimeoutError:
            return True
        return False


# --------------------------------------------------------------------------- outer middleware


class DemoMiddleware:
    """Raw ASGI layer: body buffering, latency, request log, fault injection."""

    def __init__(self, app: ASGIApp, ctx: DemoContext) -> None:
        self.app = app
        self.ctx = ctx

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(scope, receive, send)
            return
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        # A client that went away (or a fault that closed the connection) is nothing to report.
        with contextlib.suppress(ClientDisconnect, OSError):
            await self._http(scope, receive, send)

    async def _lifespan(self, scope: Scope, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                self.ctx.loop = asyncio.get_running_loop()
                self.ctx.stopping = asyncio.Event()
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                if self.ctx.stopping is not None:
                    self.ctx.stopping.set()
                await send({"type": "lifespan.shutdown.complete"})
                return

    async def _http(self, scope: Scope, receive: Receive, send: Send) -> None:
        # Buffer the whole request body so a stall or a dropped client never breaks a route.
        chunks: list[bytes] = []
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunks.append(message.get("body", b""))
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        path: str = scope["path"]
        rel = path[len(API_PREFIX) :] if path.startswith(API_PREFIX + "/") else None
        control = rel is not None and (rel == "/_demo" or rel.startswith("/_demo/"))
        store = self.ctx.store

        record = None
        if not control:
            record = _record(scope, body, rel if rel is not None else path)
            store.log_request(record)

        if store.latency_ms and not control:
            await self.ctx.wait(store.latency_ms / 1000)

        async def logging_send(message: Message) -> None:
            if message["type"] == "http.response.start" and record is not None:
                record.status = message["status"]
            await send(message)

        fault = None
        if rel is not None and not control:
            fault = self.ctx.faults.take(scope["method"], rel)
        if fault is None:
            await self.app(scope, replay, logging_send)
            return
        await self._apply(fault, scope, replay, receive, logging_send)

    async def _apply(
        self, fault: Fault, scope: Scope, replay: Receive, receive: Receive, send: Send
    ) -> None:
        transport = scope.get("extensions", {}).get(TRANSPORT_KEY)
        kind = fault.kind
        if kind == "status":
            if fault.body is None:
                body = error_body(fault.status) if "json" in fault.content_type else b""
            else:
                body = fault.body.encode()
            headers = {"content-type": fault.content_type, **fault.headers}
            await _send_whole(send, fault.status, headers, body)
            return
        if kind == "stall":
            if not await self.ctx.wait(fault.delay_s):
                # The server is stopping: hang up rather than answer late.
                _close(transport, reset=False)
                await _until_disconnect(receive)
                return
            await self.app(scope, replay, send)
            return
        if kind == "drop":
            _close(transport, reset=False)
            await _until_disconnect(receive)
            return
        # The remaining kinds run the route first (its effect happens), then shape the answer.
        status, headers, body = await _capture(self.app, scope, replay)
        if kind == "delay":
            await self.ctx.wait(fault.delay_s)
            await send({"type": "http.response.start", "status": status, "headers": headers})
            await send({"type": "http.response.body", "body": body, "more_body": False})
            return
        if kind == "truncate":
            cut = body[: len(body) // 2]
            kept = [(k, v) for k, v in headers if k.lower() != b"content-length"]
            kept.append((b"content-length", str(len(cut)).encode()))
            await send({"type": "http.response.start", "status": 200, "headers": kept})
            await send({"type": "http.response.body", "body": cut, "more_body": False})
            return
        if kind == "reset_mid_body":
            kept = [
                (k, v)
                for k, v in headers
                if k.lower() not in (b"content-length", b"transfer-encoding")
            ]
            kept.append((b"content-length", str(len(body)).encode()))
            await send({"type": "http.response.start", "status": status, "headers": kept})
            await send(
                {"type": "http.response.body", "body": body[: len(body) // 2], "more_body": True}
            )
            _close(transport, reset=True)
            await _until_disconnect(receive)
            return
        raise AssertionError(f"unhandled fault kind {kind}")  # pragma: no cover


def _record(scope: Scope, body: bytes, rel: str) -> Any:
    from dify_desktop.demo.store import RequestRecord

    query = dict(
        parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True)
    )
    user = query.get("user")
    if user is None and body:
        with contextlib.suppress(ValueError, UnicodeDecodeError):
            data = json.loads(body)
            if isinstance(data, dict) and isinstance(data.get("user"), str):
                user = data["user"]
    return RequestRecord(method=scope["method"], path=rel, query=query, user=user)


async def _send_whole(send: Send, status: int, headers: dict[str, str], body: bytes) -> None:
    raw = [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in headers.items()]
    raw = [(k, v) for k, v in raw if k != b"content-length"]
    raw.append((b"content-length", str(len(body)).encode()))
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": body, "more_body": False})


async def _capture(app: ASGIApp, scope: Scope, receive: Receive) -> tuple[int, Any, bytes]:
    status = 500
    headers: list[tuple[bytes, bytes]] = []
    parts: list[bytes] = []

    async def capture(message: Message) -> None:
        nonlocal status, headers
        if message["type"] == "http.response.start":
            status = message["status"]
            headers = list(message.get("headers", []))
        elif message["type"] == "http.response.body":
            parts.append(message.get("body", b""))

    await app(scope, receive, capture)
    return status, headers, b"".join(parts)


def _close(transport: asyncio.Transport | None, *, reset: bool) -> None:
    if transport is None:
        raise RuntimeError("fault needs the connection's transport (run under DemoServer)")
    if reset:
        sock = transport.get_extra_info("socket")
        if sock is not None:
            # SO_LINGER with a zero timeout: close() sends a TCP RST once the buffer is flushed.
            with contextlib.suppress(OSError):
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    transport.close()


async def _until_disconnect(receive: Receive) -> None:
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            return


# --------------------------------------------------------------------------- routes


def _json(data: Any, status: int = 200) -> JSONResponse:
    return JSONResponse(data, status_code=status)


def conversation_json(c: StoredConversation) -> dict[str, Any]:
    return {
        "id": c.id,
        "name": c.name,
        "inputs": c.inputs,
        "status": c.status,
        "introduction": c.introduction,
        "created_at": c.created_at,
        "updated_at": c.updated_at,
    }


def message_json(m: StoredMessage) -> dict[str, Any]:
    return {
        "id": m.id,
        "conversation_id": m.conversation_id,
        "parent_message_id": m.parent_message_id,
        "inputs": m.inputs,
        "query": m.query,
        "answer": m.answer,
        "message_files": [],
        "feedback": {"rating": m.feedback.rating} if m.feedback else None,
        "retriever_resources": [],
        "agent_thoughts": [],
        "created_at": m.created_at,
        "status": m.status,
        "error": m.error,
        "extra_contents": [],
    }


def variable_json(v: StoredVariable) -> dict[str, Any]:
    return {
        "id": v.id,
        "name": v.name,
        "value_type": v.value_type,
        "value": variable_value_string(v.value),
        "description": v.description,
        "created_at": v.created_at,
        "updated_at": v.updated_at,
    }


def feedback_json(f: StoredFeedback, app_id: str) -> dict[str, Any]:
    return {
        "id": f.id,
        "app_id": app_id,
        "conversation_id": f.conversation_id,
        "message_id": f.message_id,
        "rating": f.rating,
        "content": f.content,
        "from_source": f.from_source,
        "from_end_user_id": f.from_end_user_id,
        "from_account_id": None,
        "created_at": iso(f.created_at),
        "updated_at": iso(f.updated_at),
    }


def _limit(value: str | None, *, default: int = 20, lo: int = 1, hi: int = 100) -> int:
    if value is None:
        return default
    if not _INT_RE.match(value):
        raise invalid_param(f"limit: Input should be a valid integer, got {value!r}")
    n = int(value)
    if n < lo or n > hi:
        raise invalid_param(f"limit: Input should be between {lo} and {hi}")
    return n


def _uuid_param(value: str | None, name: str, *, required: bool = False) -> str | None:
    if value is None or value == "":
        if required:
            raise invalid_param(f"{name}: Field required")
        return None
    canonical = parse_uuid(value)
    if canonical is None:
        raise invalid_param(f"{name}: Input should be a valid UUID")
    return canonical


def _path_uuid(request: Request, name: str) -> str:
    canonical = parse_uuid(request.path_params[name])
    if canonical is None:
        raise HtmlNotFound()
    return canonical


def _user_of(data: dict[str, Any]) -> str | None:
    user = data.get("user")
    if user is None:
        return None
    if not isinstance(user, str):
        raise invalid_param("user: Input should be a valid string")
    return user


Handler = Callable[[Request], Awaitable[Response]]


class DemoApi:
    """The route handlers. Each checks auth, body, app mode, then parameters, in that order."""

    def __init__(self, ctx: DemoContext) -> None:
        self.ctx = ctx

    @property
    def store(self) -> Store:
        return self.ctx.store

    # ------------------------------------------------------------------ plumbing

    def auth(self, request: Request) -> None:
        header = request.headers.get("authorization")
        if header is None or (not header.startswith("Bearer ") and header != "Bearer"):
            raise ApiError(
                401,
                "unauthorized",
                "Authorization header must be provided and start with 'Bearer'",
            )
        token = header[len("Bearer") :].strip()
        if not token or token != self.ctx.api_key:
            raise ApiError(401, "unauthorized", "Access token is invalid")
        if not self.store.api_enabled:
            raise ApiError(403, "forbidden", "The app's API service has been disabled.")

    def chat_only(self) -> None:
        if not self.store.is_chat_app:
            raise ApiError(
                400, "not_chat_app", "Please check if your app mode matches the right API route."
            )

    async def body(self, request: Request) -> dict[str, Any]:
        mime = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if not (
            mime == "application/json"
            or (mime.startswith("application/") and mime.endswith("+json"))
        ):
            raise ApiError(
                415,
                "unsupported_media_type",
                "Did not attempt to load JSON data because the request Content-Type was not "
                "'application/json'.",
            )
        raw = await request.body()
        try:
            data = json.loads(raw)
        except (ValueError, UnicodeDecodeError) as exc:
            raise ApiError(400, "bad_request", f"Failed to decode JSON object: {exc}") from exc
        if not isinstance(data, dict):
            raise invalid_param("Input should be a valid dictionary")
        return data

    # ------------------------------------------------------------------ app routes

    async def info(self, request: Request) -> Response:
        self.auth(request)
        s = self.store
        return _json(
            {
                "name": s.app_name,
                "description": s.app_description,
                "tags": list(s.app_tags),
                "mode": s.app_mode,
                "author_name": s.author_name,
            }
        )

    async def parameters(self, request: Request) -> Response:
        self.auth(request)
        s = self.store
        return _json(
            {
                "opening_statement": s.opening_statement,
                "suggested_questions": list(s.suggested_questions),
                "suggested_questions_after_answer": {"enabled": False},
                "speech_to_text": {"enabled": False},
                "text_to_speech": {
                    "enabled": False,
                    "voice": "",
                    "language": "",
                    "autoPlay": "disabled",
                },
                "retriever_resource": {"enabled": True},
                "annotation_reply": {"enabled": False},
                "more_like_this": {"enabled": False},
                "user_input_form": list(s.user_input_form),
                "sensitive_word_avoidance": {"enabled": False, "type": "", "configs": []},
                "file_upload": {
                    "image": {
                        "enabled": False,
                        "number_limits": 3,
                        "detail": "high",
                        "transfer_methods": ["remote_url", "local_file"],
                    }
                },
                "system_parameters": {
                    "file_size_limit": 15,
                    "image_file_size_limit": 10,
                    "audio_file_size_limit": 50,
                    "video_file_size_limit": 100,
                    "workflow_file_upload_limit": 10,
                },
            }
        )

    async def site(self, request: Request) -> Response:
        self.auth(request)
        s = self.store
        # The real server sends null for unset fields the spec calls strings.
        return _json(
            {
                "title": s.site_title,
                "chat_color_theme": None,
                "chat_color_theme_inverted": False,
                "icon_type": "emoji",
                "icon": "🛟",
                "icon_background": "#E0F2FE",
                "icon_url": None,
                "description": None,
                "copyright": None,
                "privacy_policy": None,
                "custom_disclaimer": "",
                "default_language": s.default_language,
                "show_workflow_steps": True,
                "use_icon_as_answer_icon": False,
            }
        )

    async def meta(self, request: Request) -> Response:
        self.auth(request)
        return _json({"tool_icons": {}})

    # ------------------------------------------------------------------ conversations

    async def list_conversations(self, request: Request) -> Response:
        self.auth(request)
        self.chat_only()
        q = request.query_params
        limit = _limit(q.get("limit"))
        sort_by = q.get("sort_by", "-updated_at")
        if sort_by not in SORT_FIELDS:
            raise invalid_param(
                "sort_by: Input should be 'created_at', '-created_at', 'updated_at' or "
                "'-updated_at'"
            )
        last_id = _uuid_param(q.get("last_id"), "last_id")
        with self.store.lock:
            rows, has_more = self.store.list_conversations(
                q.get("user"), last_id=last_id, limit=limit, sort_by=sort_by
            )
            data = [conversation_json(c) for c in rows]
        return _json({"limit": limit, "has_more": has_more, "data": data})

    async def rename(self, request: Request) -> Response:
        self.auth(request)
        cid = _path_uuid(request, "conversation_id")
        data = await self.body(request)
        user = _user_of(data)
        self.chat_only()
        name = data.get("name")
        auto = data.get("auto_generate", False)
        if auto is None:
            auto = False
        if not isinstance(auto, bool):
            raise invalid_param("auto_generate: Input should be a valid boolean")
        if name is not None and not isinstance(name, str):
            raise invalid_param("name: Input should be a valid string")
        if not auto and (name is None or not name.strip()):
            raise invalid_param("name is required when auto_generate is false")
        with self.store.lock:
            conv = self.store.rename(cid, user, name, auto)
            return _json(conversation_json(conv))

    async def delete_conversation(self, request: Request) -> Response:
        self.auth(request)
        cid = _path_uuid(request, "conversation_id")
        data = await self.body(request)
        user = _user_of(data)
        self.chat_only()
        self.store.delete_conversation(cid, user or "")
        return Response(status_code=204)

    async def list_messages(self, request: Request) -> Response:
        self.auth(request)
        self.chat_only()
        q = request.query_params
        cid = _uuid_param(q.get("conversation_id"), "conversation_id", required=True)
        first_id = _uuid_param(q.get("first_id"), "first_id")
        limit = _limit(q.get("limit"))
        assert cid is not None
        with self.store.lock:
            rows, has_more = self.store.list_messages(
                cid, q.get("user"), first_id=first_id, limit=limit
            )
            data = [message_json(m) for m in rows]
        return _json({"limit": limit, "has_more": has_more, "data": data})

    async def list_variables(self, request: Request) -> Response:
        self.auth(request)
        cid = _path_uuid(request, "conversation_id")
        self.chat_only()
        q = request.query_params
        last_id = _uuid_param(q.get("last_id"), "last_id")
        limit = _limit(q.get("limit"))
        name = q.get("variable_name")
        if name is not None and not (1 <= len(name) <= 255):
            raise invalid_param("variable_name: String should have 1 to 255 characters")
        with self.store.lock:
            rows, has_more = self.store.list_variables(
                cid, q.get("user"), last_id=last_id, limit=limit, variable_name=name
            )
            data = [variable_json(v) for v in rows]
        return _json({"limit": limit, "has_more": has_more, "data": data})

    async def update_variable(self, request: Request) -> Response:
        self.auth(request)
        cid = _path_uuid(request, "conversation_id")
        vid = _path_uuid(request, "variable_id")
        data = await self.body(request)
        user = _user_of(data)
        self.chat_only()
        if "value" not in data:
            raise invalid_param("value: Field required")
        with self.store.lock:
            var = self.store.update_variable(cid, vid, user, data["value"])
            return _json(variable_json(var))

    # ------------------------------------------------------------------ feedback, end users

    async def message_feedback(self, request: Request) -> Response:
        self.auth(request)
        mid = _path_uuid(request, "message_id")
        data = await self.body(request)
        user = _user_of(data)
        rating = data.get("rating")
        if rating not in ("like", "dislike", None):
            raise invalid_param("rating: Input should be 'like', 'dislike' or None")
        content = data.get("content")
        if content is not None and not isinstance(content, str):
            raise invalid_param("content: Input should be a valid string")
        self.store.end_user(user)
        self.store.set_feedback(mid, rating, content, user=user or "")
        return _json({"result": "success"})

    async def app_feedbacks(self, request: Request) -> Response:
        self.auth(request)
        q = request.query_params
        page_raw = q.get("page")
        page = 1
        if page_raw is not None:
            if not _INT_RE.match(page_raw) or int(page_raw) < 1:
                raise invalid_param("page: Input should be an integer greater than or equal to 1")
            page = int(page_raw)
        limit = _limit(q.get("limit"), hi=101)
        with self.store.lock:
            rows = self.store.list_feedbacks(page, limit)
            data = [feedback_json(f, self.store.app_id) for f in rows]
        return _json({"data": data})

    async def end_user(self, request: Request) -> Response:
        self.auth(request)
        uid = _path_uuid(request, "end_user_id")
        found = self.store.end_user_by_id(uid)
        if found is None:
            raise ApiError(404, "not_found", "End user not found.")
        s = self.store
        return _json(
            {
                "id": found.id,
                "tenant_id": s.tenant_id,
                "app_id": s.app_id,
                "type": found.type,
                "external_user_id": found.external_user_id,
                "name": found.name,
                "is_anonymous": found.is_anonymous,
                "session_id": found.session_id,
                "created_at": iso(found.created_at),
                "updated_at": iso(found.updated_at),
            }
        )

    # ------------------------------------------------------------------ chat

    async def chat_messages(self, request: Request) -> Response:
        self.auth(request)
        data = await self.body(request)
        user = _user_of(data)
        self.chat_only()
        query = data.get("query")
        if not isinstance(query, str):
            raise invalid_param("query: Field required")
        inputs = data.get("inputs")
        if not isinstance(inputs, dict):
            raise invalid_param("inputs: Field required")
        mode = data.get("response_mode")
        if mode not in (None, "blocking", "streaming"):
            raise invalid_param("response_mode: Input should be 'blocking' or 'streaming'")
        auto_name = data.get("auto_generate_name", True)
        if not isinstance(auto_name, bool):
            raise invalid_param("auto_generate_name: Input should be a valid boolean")
        raw_cid = data.get("conversation_id") or None
        cid = None
        if raw_cid is not None:
            if not isinstance(raw_cid, str):
                raise invalid_param("conversation_id: Input should be a valid string")
            cid = parse_uuid(raw_cid)
            if cid is None:
                raise invalid_param("conversation_id: Input should be a valid UUID")
        task_id = self.store.new_id()
        if mode == "streaming":
            try:
                conv, msg = self.store.chat(user, query, inputs, cid, auto_generate_name=auto_name)
            except ApiError as exc:
                if exc.status != 404:
                    raise
                return self._stream(self._hang(exc))
            return self._stream(self._events(conv, msg, task_id))
        conv, msg = self.store.chat(user, query, inputs, cid, auto_generate_name=auto_name)
        return _json(
            {
                "event": "message",
                "task_id": task_id,
                "id": msg.id,
                "message_id": msg.id,
                "conversation_id": conv.id,
                "mode": self.store.app_mode,
                "answer": msg.answer,
                "metadata": {"usage": _usage(msg), "retriever_resources": []},
                "created_at": msg.created_at,
            }
        )

    def _stream(self, events: AsyncIterator[str]) -> Response:
        return StreamingResponse(
            events,
            media_type="text/event-stream",
            headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
        )

    async def _hang(self, exc: ApiError) -> AsyncIterator[str]:
        # The real server may send one ping into an unknown conversation and then nothing.
        yield "event: ping\n\n"
        await self.ctx.wait(self.store.unknown_stream_hang_s)
        payload = {"event": "error", **exc.to_json()}
        yield f"data: {json.dumps(payload, ensure_ascii=False)}\n\n"

    async def _events(
        self, conv: StoredConversation, msg: StoredMessage, task_id: str
    ) -> AsyncIterator[str]:
        base = {
            "conversation_id": conv.id,
            "message_id": msg.id,
            "created_at": msg.created_at,
            "task_id": task_id,
        }
        workflow = self.store.app_mode == "advanced-chat"
        run_id = self.store.new_id()

        def data(payload: dict[str, Any]) -> str:
            return f"data: {json.dumps(payload, ensure_ascii=False)}\n\n"

        yield "event: ping\n\n"
        if workflow:
            yield data(
                {
                    "event": "workflow_started",
                    **base,
                    "workflow_run_id": run_id,
                    "data": {
                        "id": run_id,
                        "workflow_id": self.store.app_id,
                        "inputs": conv.inputs,
                        "created_at": msg.created_at,
                    },
                }
            )
        size = max(1, self.store.stream_chunk_size)
        for i in range(0, len(msg.answer), size):
            chunk = msg.answer[i : i + size]
            yield data({"event": "message", **base, "id": msg.id, "answer": chunk})
            await asyncio.sleep(0)
        if workflow:
            yield data(
                {
                    "event": "workflow_finished",
                    **base,
                    "workflow_run_id": run_id,
                    "data": {
                        "id": run_id,
                        "workflow_id": self.store.app_id,
                        "status": "succeeded",
                        "outputs": {"answer": msg.answer},
                        "error": None,
                        "elapsed_time": 0.42,
                        "total_tokens": _usage(msg)["total_tokens"],
                        "total_steps": 3,
                        "created_at": msg.created_at,
                        "finished_at": msg.created_at,
                    },
                }
            )
        yield data(
            {
                "event": "message_end",
                **base,
                "id": msg.id,
                "metadata": {"usage": _usage(msg), "retriever_resources": []},
                "files": None,
            }
        )

    # ------------------------------------------------------------------ control

    async def demo_faults(self, request: Request) -> Response:
        self.auth(request)
        if request.method == "DELETE":
            self.ctx.faults.clear()
            return Response(status_code=204)
        if request.method == "GET":
            return _json({"data": [f.to_json() for f in self.ctx.faults.active()]})
        data = await self.body(request)
        try:
            fault = Fault.from_json(data)
        except (TypeError, ValueError) as exc:
            raise invalid_param(str(exc)) from exc
        self.ctx.faults.add(fault)
        return _json(fault.to_json(), status=201)

    async def demo_auto_generate(self, request: Request) -> Response:
        self.auth(request)
        data = await self.body(request)
        mode = data.get("mode")
        if mode not in AUTO_GENERATE_MODES:
            raise invalid_param(f"mode: Input should be one of {', '.join(AUTO_GENERATE_MODES)}")
        self.store.auto_generate_mode = mode
        return _json({"mode": mode})

    async def demo_latency(self, request: Request) -> Response:
        self.auth(request)
        data = await self.body(request)
        value = data.get("latency_ms")
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise invalid_param("latency_ms: Input should be a non-negative integer")
        self.store.latency_ms = value
        return _json({"latency_ms": value})

    async def demo_reset(self, request: Request) -> Response:
        self.auth(request)
        self.ctx.faults.clear()
        if self.ctx.reseed is not None:
            self.ctx.reseed()
        else:
            self.store.reset()
        return _json({"result": "success"})

    def routes(self) -> list[Route]:
        p = API_PREFIX
        return [
            Route(f"{p}/info", self.info, methods=["GET"]),
            Route(f"{p}/parameters", self.parameters, methods=["GET"]),
            Route(f"{p}/site", self.site, methods=["GET"]),
            Route(f"{p}/meta", self.meta, methods=["GET"]),
            Route(f"{p}/conversations", self.list_conversations, methods=["GET"]),
            Route(f"{p}/conversations/{{conversation_id}}/name", self.rename, methods=["POST"]),
            Route(
                f"{p}/conversations/{{conversation_id}}",
                self.delete_conversation,
                methods=["DELETE"],
            ),
            Route(
                f"{p}/conversations/{{conversation_id}}/variables",
                self.list_variables,
                methods=["GET"],
            ),
            Route(
                f"{p}/conversations/{{conversation_id}}/variables/{{variable_id}}",
                self.update_variable,
                methods=["PUT"],
            ),
            Route(f"{p}/messages", self.list_messages, methods=["GET"]),
            Route(
                f"{p}/messages/{{message_id}}/feedbacks", self.message_feedback, methods=["POST"]
            ),
            Route(f"{p}/app/feedbacks", self.app_feedbacks, methods=["GET"]),
            Route(f"{p}/end-users/{{end_user_id}}", self.end_user, methods=["GET"]),
            Route(f"{p}/chat-messages", self.chat_messages, methods=["POST"]),
            Route(f"{p}/_demo/faults", self.demo_faults, methods=["GET", "POST", "DELETE"]),
            Route(f"{p}/_demo/auto-generate-mode", self.demo_auto_generate, methods=["POST"]),
            Route(f"{p}/_demo/latency", self.demo_latency, methods=["POST"]),
            Route(f"{p}/_demo/reset", self.demo_reset, methods=["POST"]),
        ]


def _usage(msg: StoredMessage) -> dict[str, Any]:
    prompt = max(1, len(msg.query) // 4)
    completion = max(1, len(msg.answer) // 4)
    return {
        "prompt_tokens": prompt,
        "prompt_unit_price": "0.0",
        "prompt_price_unit": "0.0",
        "prompt_price": "0.0",
        "completion_tokens": completion,
        "completion_unit_price": "0.0",
        "completion_price_unit": "0.0",
        "completion_price": "0.0",
        "total_tokens": prompt + completion,
        "total_price": "0.0",
        "currency": "USD",
        "latency": 0.42,
    }


# --------------------------------------------------------------------------- error handlers


async def _api_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ApiError)
    return _json(exc.to_json(), status=exc.status)


async def _html_not_found(request: Request, exc: Exception) -> Response:
    return Response(FLASK_NOT_FOUND_HTML, status_code=404, media_type="text/html")


async def _http_exception(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    status = exc.status_code
    if status == 405 and any(parse_uuid(str(v)) is None for v in request.path_params.values()):
        # Flask's uuid converter would not have matched the path at all.
        return await _html_not_found(request, exc)
    headers = dict(exc.headers or {})
    headers.pop("content-length", None)
    return Response(
        error_body(status), status_code=status, media_type="application/json", headers=headers
    )


async def _internal_error(request: Request, exc: Exception) -> Response:
    return Response(error_body(500), status_code=500, media_type="application/json")


def create_app(ctx: DemoContext) -> ASGIApp:
    """The demo API as an ASGI application (wrapped in :class:`DemoMiddleware`)."""
    api = DemoApi(ctx)
    app = Starlette(
        routes=api.routes(),
        exception_handlers={
            ApiError: _api_error,
            HtmlNotFound: _html_not_found,
            HTTPException: _http_exception,
            Exception: _internal_error,
        },
    )
    app.router.redirect_slashes = False
    return DemoMiddleware(app, ctx)
