"""``GET /info``, ``/parameters``, ``/site`` and ``/meta``: what the app says about itself."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from dify_desktop.demo.context import API_PREFIX
from dify_desktop.demo.routes.base import RouteGroup, json_response


class AppInfoRoutes(RouteGroup):
    def routes(self) -> list[Route]:
        p = API_PREFIX
        return [
            Route(f"{p}/info", self.info, methods=["GET"]),
            Route(f"{p}/parameters", self.parameters, methods=["GET"]),
            Route(f"{p}/site", self.site, methods=["GET"]),
            Route(f"{p}/meta", self.meta, methods=["GET"]),
        ]

    async def info(self, request: Request) -> Response:
        self.auth(request)
        s = self.store
        return json_response(
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
        return json_response(
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
        return json_response(
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
        return json_response({"tool_icons": {}})
