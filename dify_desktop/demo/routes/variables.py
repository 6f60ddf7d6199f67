"""``GET /conversations/{id}/variables`` and ``PUT /conversations/{id}/variables/{variable_id}``."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from dify_desktop.demo.context import API_PREFIX
from dify_desktop.demo.errors import invalid_param
from dify_desktop.demo.records import JsonObject, StoredVariable
from dify_desktop.demo.routes.base import RouteGroup, json_response
from dify_desktop.demo.routes.params import limit_of, optional_uuid, path_uuid, user_of


def variable_json(v: StoredVariable) -> JsonObject:
    return {
        "id": v.id,
        "name": v.name,
        "value_type": v.value_type,
        # The real server renders the value with Python's str(): {'a': 1}, not JSON.
        "value": str(v.value),
        "description": v.description,
        "created_at": v.created_at,
        "updated_at": v.updated_at,
    }


class VariableRoutes(RouteGroup):
    def routes(self) -> list[Route]:
        variables = f"{API_PREFIX}/conversations/{{conversation_id}}/variables"
        return [
            Route(variables, self.list_variables, methods=["GET"]),
            Route(f"{variables}/{{variable_id}}", self.update_variable, methods=["PUT"]),
        ]

    async def list_variables(self, request: Request) -> Response:
        self.auth(request)
        cid = path_uuid(request, "conversation_id")
        self.chat_only()
        q = request.query_params
        last_id = optional_uuid(q.get("last_id"), "last_id")
        limit = limit_of(q.get("limit"))
        name = q.get("variable_name")
        if name is not None and not (1 <= len(name) <= 255):
            raise invalid_param("variable_name: String should have 1 to 255 characters")
        with self.store.lock:
            rows, has_more = self.store.list_variables(
                cid, q.get("user"), last_id=last_id, limit=limit, variable_name=name
            )
            data = [variable_json(v) for v in rows]
        return json_response({"limit": limit, "has_more": has_more, "data": data})

    async def update_variable(self, request: Request) -> Response:
        self.auth(request)
        cid = path_uuid(request, "conversation_id")
        vid = path_uuid(request, "variable_id")
        data = await self.body(request)
        user = user_of(data)
        self.chat_only()
        if "value" not in data:
            raise invalid_param("value: Field required")
        with self.store.lock:
            var = self.store.update_variable(cid, vid, user, data["value"])
            return json_response(variable_json(var))
