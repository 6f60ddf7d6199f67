"""``GET /messages``: a conversation's history, a page at a time."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from dify_desktop.demo.context import API_PREFIX
from dify_desktop.demo.records import JsonObject, StoredMessage
from dify_desktop.demo.routes.base import RouteGroup, json_response
from dify_desktop.demo.routes.params import limit_of, optional_uuid, required_uuid


def message_json(m: StoredMessage) -> JsonObject:
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


class MessageRoutes(RouteGroup):
    def routes(self) -> list[Route]:
        return [Route(f"{API_PREFIX}/messages", self.list_messages, methods=["GET"])]

    async def list_messages(self, request: Request) -> Response:
        self.auth(request)
        self.chat_only()
        q = request.query_params
        cid = required_uuid(q.get("conversation_id"), "conversation_id")
        first_id = optional_uuid(q.get("first_id"), "first_id")
        limit = limit_of(q.get("limit"))
        with self.store.lock:
            rows, has_more = self.store.list_messages(
                cid, q.get("user"), first_id=first_id, limit=limit
            )
            data = [message_json(m) for m in rows]
        return json_response({"limit": limit, "has_more": has_more, "data": data})
