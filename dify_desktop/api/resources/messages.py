"""Messages, their feedback, and the end users who wrote them."""

from __future__ import annotations

from typing import Any

from .. import _mapping
from .._transport import Transport, path_segment
from ..errors import InvalidParamError
from ..message_paging import MessagePager
from ..models import EndUser, Feedback, Message, Page
from ..paging import DEFAULT_PAGE_SIZE
from ..validation import validate_id, validate_user

__all__ = ["MessageEndpoints"]

_FEEDBACK_RATINGS = (None, "like", "dislike")


class MessageEndpoints(Transport):
    async def list_messages(
        self,
        conversation_id: str,
        user: str,
        first_id: str | None = None,
        limit: int = 20,
    ) -> Page[Message]:
        """One page of GET /messages, oldest first: the first page holds the latest ``limit``
        messages; pass ``first_id=page.data[0].id`` to page further back."""
        validate_id(conversation_id, "conversation id")
        validate_user(user)
        data = await self._json(
            "GET",
            "/messages",
            params={
                "conversation_id": conversation_id,
                "user": user,
                "first_id": first_id or None,
                "limit": limit,
            },
        )
        return self._page(data, Message.from_json, "GET /messages", limit)

    def iter_messages(
        self, conversation_id: str, user: str, *, page_size: int = DEFAULT_PAGE_SIZE
    ) -> MessagePager:
        """Every message of the conversation exactly once, newest first, a page per
        ``next_batch()``; sort what arrives with :func:`~dify_desktop.api.message_paging.time_order`.
        See :mod:`dify_desktop.api.message_paging`."""
        validate_id(conversation_id, "conversation id")
        validate_user(user)

        async def list_page(first_id: str | None, limit: int) -> Page[Message]:
            return await self.list_messages(conversation_id, user, first_id, limit)

        return MessagePager(list_page, page_size=page_size)

    async def send_feedback(
        self,
        message_id: str,
        user: str,
        rating: str | None,
        content: str | None = None,
    ) -> None:
        """POST /messages/{id}/feedbacks; ``rating`` "like", "dislike" or None (withdraw)."""
        validate_id(message_id, "message id")
        validate_user(user)
        if rating not in _FEEDBACK_RATINGS:
            raise InvalidParamError(
                "rating must be 'like', 'dislike' or None.", status=400, code="invalid_param"
            )
        body: dict[str, Any] = {"rating": rating, "user": user}
        if content is not None:
            body["content"] = content
        await self._json("POST", f"/messages/{path_segment(message_id)}/feedbacks", body=body)

    async def list_app_feedbacks(self, page: int = 1, limit: int = 20) -> list[Feedback]:
        """GET /app/feedbacks: feedback of every end user of the app (1-based ``page``)."""
        data = await self._json("GET", "/app/feedbacks", params={"page": page, "limit": limit})
        items = data.get("data")
        if not isinstance(items, list):
            raise _mapping.invalid_shape(200, "GET /app/feedbacks", "no 'data' list")
        return [self._build(Feedback.from_json, item, "GET /app/feedbacks") for item in items]

    async def get_end_user(self, end_user_id: str) -> EndUser:
        """GET /end-users/{id}: ``session_id`` is the ``user`` string of that end user."""
        validate_id(end_user_id, "end-user id")
        data = await self._json("GET", f"/end-users/{path_segment(end_user_id)}")
        return self._build(EndUser.from_json, data, "GET /end-users/{id}")
