"""``GET /conversations``, ``POST /conversations/{id}/name``, ``DELETE /conversations/{id}``."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from dify_desktop.demo.context import API_PREFIX
from dify_desktop.demo.errors import invalid_param
from dify_desktop.demo.records import JsonObject, StoredConversation
from dify_desktop.demo.routes.base import RouteGroup, json_response
from dify_desktop.demo.routes.params import limit_of, optional_uuid, path_uuid, user_of
from dify_desktop.demo.rules import SORT_FIELDS


def conversation_json(c: StoredConversation) -> JsonObject:
    return {
        "id": c.id,
        "name": c.name,
        "inputs": c.inputs,
        "status": c.status,
        "introduction": c.introduction,
        "created_at": c.created_at,
        "updated_at": c.updated_at,
    }


class ConversationRoutes(RouteGroup):
    def routes(self) -> list[Route]:
        one = f"{API_PREFIX}/conversations/{{conversation_id}}"
        return [
            Route(f"{API_PREFIX}/conversations", self.list_conversations, methods=["GET"]),
            Route(f"{one}/name", self.rename, methods=["POST"]),
            Route(one, self.delete_conversation, methods=["DELETE"]),
        ]

    async def list_conversations(self, request: Request) -> Response:
        self.auth(request)
        self.chat_only()
        q = request.query_params
        limit = limit_of(q.get("limit"))
        sort_by = q.get("sort_by", "-updated_at")
        if sort_by not in SORT_FIELDS:
            raise invalid_param(
                "sort_by: Input should be 'created_at', '-created_at', 'updated_at' or "
                "'-updated_at'"
            )
        last_id = optional_uuid(q.get("last_id"), "last_id")
        with self.store.lock:
            rows, has_more = self.store.list_conversations(
                q.get("user"), last_id=last_id, limit=limit, sort_by=sort_by
            )
            data = [conversation_json(c) for c in rows]
        return json_response({"limit": limit, "has_more": has_more, "data": data})

    async def rename(self, request: Request) -> Response:
        self.auth(request)
        cid = path_uuid(request, "conversation_id")
        data = await self.body(request)
        user = user_of(data)
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
            return json_response(conversation_json(conv))

    async def delete_conversation(self, request: Request) -> Response:
        self.auth(request)
        cid = path_uuid(request, "conversation_id")
        data = await self.body(request)
        user = user_of(data)
        self.chat_only()
        self.store.delete_conversation(cid, user or "")
        return Response(status_code=204)
