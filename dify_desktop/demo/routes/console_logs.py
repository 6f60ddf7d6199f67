"""The console's read routes: the workspace's apps, every end user's conversations of an app
(the Logs page) and a conversation's messages. Each checks the session first
(:class:`~dify_desktop.demo.routes.console_auth.ConsoleRouteGroup`)."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from dify_desktop.demo.console_logs import console_time, conversation_item, find_conversations
from dify_desktop.demo.context import CONSOLE_PREFIX
from dify_desktop.demo.errors import ApiError, invalid_param
from dify_desktop.demo.paging import message_page
from dify_desktop.demo.records import JsonObject, JsonValue
from dify_desktop.demo.routes.base import json_response
from dify_desktop.demo.routes.console_auth import ConsoleRouteGroup
from dify_desktop.demo.routes.params import is_int, limit_of, optional_uuid, path_uuid


def _page_of(value: str | None) -> int:
    if value is None:
        return 1
    if not is_int(value) or int(value) < 1:
        raise invalid_param("page: Input should be greater than or equal to 1")
    return int(value)


class ConsoleLogRoutes(ConsoleRouteGroup):
    def routes(self) -> list[Route]:
        apps = f"{CONSOLE_PREFIX}/apps"
        return [
            Route(apps, self.apps, methods=["GET"]),
            Route(f"{apps}/{{app_id}}/chat-conversations", self.conversations, methods=["GET"]),
            Route(f"{apps}/{{app_id}}/chat-messages", self.messages, methods=["GET"]),
        ]

    def _apps(self) -> list[JsonObject]:
        s = self.store
        own: list[JsonObject] = [{"id": s.app_id, "name": s.app_name, "mode": s.app_mode}]
        others: list[JsonObject] = [
            {"id": a.id, "name": a.name, "mode": a.mode} for a in self.console.other_apps
        ]
        return [
            {**app, "description": "", "icon": "🤖", "icon_background": "#FFEAD5"}
            for app in own + others
        ]

    async def apps(self, request: Request) -> Response:
        self.require_session(request)
        q = request.query_params
        page = _page_of(q.get("page"))
        limit = limit_of(q.get("limit"), default=20, hi=100)
        every = self._apps()
        rows = every[(page - 1) * limit : page * limit]
        return json_response(_numbered(rows, page, limit, len(every)))

    def _app(self, request: Request) -> bool:
        """Whether the path's app is the demo app (other apps have no conversations)."""
        app_id = path_uuid(request, "app_id")
        if app_id == self.store.app_id:
            return True
        if any(a.id == app_id for a in self.console.other_apps):
            return False
        raise ApiError(404, "not_found", "App not found.")

    async def conversations(self, request: Request) -> Response:
        self.require_session(request)
        own = self._app(request)
        q = request.query_params
        page = _page_of(q.get("page"))
        limit = limit_of(q.get("limit"), default=20, hi=100)
        tz = self.console.time_zone
        start, end = q.get("start"), q.get("end")
        rows = find_conversations(
            self.store,
            keyword=q.get("keyword") or None,
            start=console_time(start, tz, 0, "start") if start else None,
            end=console_time(end, tz, 59, "end") if end else None,
            sort_by=q.get("sort_by") or "-updated_at",
        )
        if not own:
            rows = []
        chosen = rows[(page - 1) * limit : page * limit]
        items: list[JsonValue] = [conversation_item(c, u) for c, u in chosen]
        return json_response(_numbered(items, page, limit, len(rows)))

    async def messages(self, request: Request) -> Response:
        self.require_session(request)
        own = self._app(request)
        q = request.query_params
        conversation_id = optional_uuid(q.get("conversation_id"), "conversation_id")
        first_id = optional_uuid(q.get("first_id"), "first_id")
        limit = limit_of(q.get("limit"), default=20, hi=100)
        conv = self.store.get_conversation(conversation_id) if conversation_id else None
        if not own or conv is None or conv.deleted:
            raise ApiError(404, "not_found", "Conversation Not Exists.")
        rows, has_more = message_page(conv.messages, first_id, limit)
        data: list[JsonValue] = [
            {
                "id": m.id,
                "conversation_id": m.conversation_id,
                "query": m.query,
                "answer": m.answer,
                "created_at": m.created_at,
                "feedbacks": [{"rating": m.feedback.rating}] if m.feedback else [],
            }
            for m in rows
        ]
        return json_response({"limit": limit, "has_more": has_more, "data": data})


def _numbered(
    rows: list[JsonValue] | list[JsonObject], page: int, limit: int, total: int
) -> JsonObject:
    return {
        "page": page,
        "limit": limit,
        "total": total,
        "has_more": page * limit < total,
        "data": list(rows),
    }
