"""``POST /chat-messages``: one exchange, answered whole (blocking) or as Server-Sent Events."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator

from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import Route

from dify_desktop.demo.context import API_PREFIX
from dify_desktop.demo.errors import ApiError, invalid_param
from dify_desktop.demo.records import JsonObject, StoredConversation, StoredMessage
from dify_desktop.demo.routes.base import RouteGroup, json_response
from dify_desktop.demo.routes.params import parse_uuid, user_of

RESPONSE_MODES = (None, "blocking", "streaming")


def usage_json(msg: StoredMessage) -> JsonObject:
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


def sse_data(payload: JsonObject) -> str:
    return f"data: {json.dumps(payload, ensure_ascii=False)}\n\n"


PING = "event: ping\n\n"


class ChatRoutes(RouteGroup):
    def routes(self) -> list[Route]:
        return [Route(f"{API_PREFIX}/chat-messages", self.chat_messages, methods=["POST"])]

    async def chat_messages(self, request: Request) -> Response:
        self.auth(request)
        data = await self.body(request)
        user = user_of(data)
        self.chat_only()
        query = data.get("query")
        if not isinstance(query, str):
            raise invalid_param("query: Field required")
        inputs = data.get("inputs")
        if not isinstance(inputs, dict):
            raise invalid_param("inputs: Field required")
        mode = data.get("response_mode")
        if mode not in RESPONSE_MODES:
            raise invalid_param("response_mode: Input should be 'blocking' or 'streaming'")
        auto_name = data.get("auto_generate_name", True)
        if not isinstance(auto_name, bool):
            raise invalid_param("auto_generate_name: Input should be a valid boolean")
        cid = self._conversation_id(data)
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
        return json_response(
            {
                "event": "message",
                "task_id": task_id,
                "id": msg.id,
                "message_id": msg.id,
                "conversation_id": conv.id,
                "mode": self.store.app_mode,
                "answer": msg.answer,
                "metadata": {"usage": usage_json(msg), "retriever_resources": []},
                "created_at": msg.created_at,
            }
        )

    @staticmethod
    def _conversation_id(data: JsonObject) -> str | None:
        raw = data.get("conversation_id") or None
        if raw is None:
            return None
        if not isinstance(raw, str):
            raise invalid_param("conversation_id: Input should be a valid string")
        cid = parse_uuid(raw)
        if cid is None:
            raise invalid_param("conversation_id: Input should be a valid UUID")
        return cid

    @staticmethod
    def _stream(events: AsyncIterator[str]) -> Response:
        return StreamingResponse(
            events,
            media_type="text/event-stream",
            headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
        )

    async def _hang(self, exc: ApiError) -> AsyncIterator[str]:
        # The real server may send one ping into an unknown conversation and then nothing.
        yield PING
        await self.ctx.wait(self.store.unknown_stream_hang_s)
        yield sse_data({"event": "error", **exc.to_json()})

    async def _events(
        self, conv: StoredConversation, msg: StoredMessage, task_id: str
    ) -> AsyncIterator[str]:
        base: JsonObject = {
            "conversation_id": conv.id,
            "message_id": msg.id,
            "created_at": msg.created_at,
            "task_id": task_id,
        }
        workflow = self.store.app_mode == "advanced-chat"
        run_id = self.store.new_id()
        usage = usage_json(msg)
        yield PING
        if workflow:
            yield sse_data(
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
            yield sse_data({"event": "message", **base, "id": msg.id, "answer": chunk})
            await asyncio.sleep(0)
        if workflow:
            yield sse_data(
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
                        "total_tokens": usage["total_tokens"],
                        "total_steps": 3,
                        "created_at": msg.created_at,
                        "finished_at": msg.created_at,
                    },
                }
            )
        yield sse_data(
            {
                "event": "message_end",
                **base,
                "id": msg.id,
                "metadata": {"usage": usage, "retriever_resources": []},
                "files": None,
            }
        )
