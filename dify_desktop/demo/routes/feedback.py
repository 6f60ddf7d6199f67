"""``POST /messages/{id}/feedbacks`` (like, dislike, remove) and ``GET /app/feedbacks``."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from dify_desktop.demo.context import API_PREFIX
from dify_desktop.demo.errors import invalid_param
from dify_desktop.demo.records import JsonObject, StoredFeedback
from dify_desktop.demo.routes.base import RouteGroup, iso, json_response
from dify_desktop.demo.routes.params import is_int, limit_of, path_uuid, user_of

RATINGS = ("like", "dislike")


def feedback_json(f: StoredFeedback, app_id: str) -> JsonObject:
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


class FeedbackRoutes(RouteGroup):
    def routes(self) -> list[Route]:
        p = API_PREFIX
        return [
            Route(
                f"{p}/messages/{{message_id}}/feedbacks", self.message_feedback, methods=["POST"]
            ),
            Route(f"{p}/app/feedbacks", self.app_feedbacks, methods=["GET"]),
        ]

    async def message_feedback(self, request: Request) -> Response:
        self.auth(request)
        mid = path_uuid(request, "message_id")
        data = await self.body(request)
        user = user_of(data)
        rating = data.get("rating")
        if rating is not None and (not isinstance(rating, str) or rating not in RATINGS):
            raise invalid_param("rating: Input should be 'like', 'dislike' or None")
        content = data.get("content")
        if content is not None and not isinstance(content, str):
            raise invalid_param("content: Input should be a valid string")
        self.store.end_user(user)
        self.store.set_feedback(mid, rating, content, user=user or "")
        return json_response({"result": "success"})

    async def app_feedbacks(self, request: Request) -> Response:
        self.auth(request)
        q = request.query_params
        page_raw = q.get("page")
        page = 1
        if page_raw is not None:
            if not is_int(page_raw) or int(page_raw) < 1:
                raise invalid_param("page: Input should be an integer greater than or equal to 1")
            page = int(page_raw)
        limit = limit_of(q.get("limit"), hi=101)
        with self.store.lock:
            rows = self.store.list_feedbacks(page, limit)
            data = [feedback_json(f, self.store.app_id) for f in rows]
        return json_response({"data": data})
