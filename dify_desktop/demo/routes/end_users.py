"""``GET /end-users/{id}``: who an end user id (from feedback) is."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from dify_desktop.demo.context import API_PREFIX
from dify_desktop.demo.errors import ApiError
from dify_desktop.demo.routes.base import RouteGroup, iso, json_response
from dify_desktop.demo.routes.params import path_uuid


class EndUserRoutes(RouteGroup):
    def routes(self) -> list[Route]:
        return [Route(f"{API_PREFIX}/end-users/{{end_user_id}}", self.end_user, methods=["GET"])]

    async def end_user(self, request: Request) -> Response:
        self.auth(request)
        uid = path_uuid(request, "end_user_id")
        found = self.store.end_user_by_id(uid)
        if found is None:
            raise ApiError(404, "end_user_not_found", "End user not found.")
        s = self.store
        return json_response(
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
