"""Messages, their feedback, and the end users who wrote them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import _mapping
from .._transport import Transport, path_segment
from ..errors import InvalidParamError
from ..message_paging import MessagePager
from ..models import Page
from ..numbered_paging import FEEDBACK_PAGE_LIMIT, NumberedPager, check_page_limit
from ..paging import DEFAULT_PAGE_SIZE
from ..validation import validate_id, validate_user

if TYPE_CHECKING:  # made when a route returning them is first called (api.detail_models)
    from ..detail_models import EndUser, Feedback, Message

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
        from ..detail_models import Message

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
        """GET /app/feedbacks: one page of the feedback of every end user of the app, newest
        first (1-based ``page``; ``limit`` 1-101). The server says nothing about more pages:
        :meth:`iter_app_feedbacks` pages on until a short page."""
        check_page_limit(page, limit, FEEDBACK_PAGE_LIMIT)
        what = "GET /app/feedbacks"
        data = await self._json("GET", "/app/feedbacks", params={"page": page, "limit": limit})
        items = data.get("data")
        if not isinstance(items, list):
            raise _mapping.invalid_shape(200, what, "no 'data' list")
        from ..detail_models import Feedback

        return [self._build(Feedback.from_json, item, what) for item in items]

    def iter_app_feedbacks(self, page_size: int = FEEDBACK_PAGE_LIMIT) -> NumberedPager[Feedback]:
        """Every feedback once, ``page_size`` (1-101) at a time, until a short page."""
        return NumberedPager(self.list_app_feedbacks, lambda f: f.id, page_size)

    async def get_end_user(self, end_user_id: str) -> EndUser:
        """GET /end-users/{id} (an id from a feedback's ``from_end_user_id``): its
        ``session_id`` is the ``user`` string the conversation routes take. An end user that
        no longer exists: NotFoundError (code ``end_user_not_found``)."""
        validate_id(end_user_id, "end-user id")
        data = await self._json("GET", f"/end-users/{path_segment(end_user_id)}")
        from ..detail_models import EndUser

        return self._build(EndUser.from_json, data, "GET /end-users/{id}")
