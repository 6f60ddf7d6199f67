"""What the demo app says about itself (``/info``, ``/parameters``, ``/site``) and how it behaves
(mode, API access, auto-generated names, streaming); tests change these freely."""

from __future__ import annotations

from dify_desktop.demo.records import JsonObject
from dify_desktop.demo.rules import CHAT_MODES


class AppSettings:
    """The settings part of :class:`~dify_desktop.demo.store.Store`."""

    def _reset_settings(self) -> None:
        self.app_id = "8c1f0e5a-3b7d-4c2e-9f61-5d2a7b3e9c40"
        self.tenant_id = "f2b9d7c4-61e3-4a8f-b0d5-9e7c3a1b2d68"
        self.app_name = "Acme Support Assistant"
        self.app_description = "Answers customer questions about Acme orders, billing and accounts."
        self.app_tags: list[str] = ["support", "customer-service"]
        self.app_mode = "advanced-chat"
        self.author_name = "Acme Support Team"
        self.api_enabled = True
        self.opening_statement = "Hi! I'm the Acme support assistant. How can I help you today?"
        self.suggested_questions: list[str] = [
            "Where is my order?",
            "How do I change my billing address?",
            "Can I get a refund?",
        ]
        self.user_input_form: list[JsonObject] = []
        self.site_title = "Acme Support"
        self.default_language = "en-US"
        self.auto_generate_mode = "model"
        """One of :data:`~dify_desktop.demo.rules.AUTO_GENERATE_MODES`."""
        self.stream_chunk_size = 12
        """Characters per ``message`` event of a streamed answer."""
        self.unknown_stream_hang_s = 300.0
        """How long a stream into an unknown conversation stays silent before its error."""

    @property
    def is_chat_app(self) -> bool:
        return self.app_mode in CHAT_MODES
