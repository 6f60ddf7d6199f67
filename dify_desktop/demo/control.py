"""The ``/v1/_demo`` control routes, for tests and benchmarks in other processes (same Bearer key).

* ``GET /_demo/faults`` lists the active faults, ``POST`` adds one (201, see
  :class:`~dify_desktop.demo.faults.Fault`), ``DELETE`` clears them (204);
* ``POST /_demo/auto-generate-mode`` ``{"mode": "model"|"silent"|"blank"}``;
* ``POST /_demo/latency`` ``{"latency_ms": N}``;
* ``POST /_demo/reset``: fresh seed data and settings, no faults, an empty request log.
"""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from dify_desktop.demo.context import CONTROL_PREFIX
from dify_desktop.demo.errors import invalid_param
from dify_desktop.demo.faults import Fault
from dify_desktop.demo.routes.base import RouteGroup, json_response
from dify_desktop.demo.rules import AUTO_GENERATE_MODES


class ControlRoutes(RouteGroup):
    def routes(self) -> list[Route]:
        p = CONTROL_PREFIX
        return [
            Route(f"{p}/faults", self.faults, methods=["GET", "POST", "DELETE"]),
            Route(f"{p}/auto-generate-mode", self.auto_generate_mode, methods=["POST"]),
            Route(f"{p}/latency", self.latency, methods=["POST"]),
            Route(f"{p}/reset", self.reset, methods=["POST"]),
        ]

    async def faults(self, request: Request) -> Response:
        self.auth(request)
        if request.method == "DELETE":
            self.ctx.faults.clear()
            return Response(status_code=204)
        if request.method == "GET":
            return json_response({"data": [f.to_json() for f in self.ctx.faults.active()]})
        data = await self.body(request)
        try:
            fault = Fault.from_json(data)
        except (TypeError, ValueError) as exc:
            raise invalid_param(str(exc)) from exc
        self.ctx.faults.add(fault)
        return json_response(fault.to_json(), status=201)

    async def auto_generate_mode(self, request: Request) -> Response:
        self.auth(request)
        data = await self.body(request)
        mode = data.get("mode")
        if not isinstance(mode, str) or mode not in AUTO_GENERATE_MODES:
            raise invalid_param(f"mode: Input should be one of {', '.join(AUTO_GENERATE_MODES)}")
        self.store.auto_generate_mode = mode
        return json_response({"mode": mode})

    async def latency(self, request: Request) -> Response:
        self.auth(request)
        data = await self.body(request)
        value = data.get("latency_ms")
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise invalid_param("latency_ms: Input should be a non-negative integer")
        self.ctx.latency_ms = value
        return json_response({"latency_ms": value})

    async def reset(self, request: Request) -> Response:
        self.auth(request)
        self.ctx.reseed()
        return json_response({"result": "success"})
