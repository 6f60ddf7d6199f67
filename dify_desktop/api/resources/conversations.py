"""Conversations: list (one page, or every one through the tie-safe pager), rename, delete."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import httpx

from .. import _mapping
from .._transport import Transport, path_segment
from ..errors import InvalidParamError
from ..models import SORT_ORDERS, Conversation, Page
from ..paging import DEFAULT_PAGE_SIZE, KeysetPager
from ..validation import auto_generate_name, validate_id, validate_name, validate_user

__all__ = ["ConversationEndpoints"]

#: Auto-generating a name waits for the workspace's model: give it at least this long.
AUTO_GENERATE_TIMEOUT = 90.0


class ConversationEndpoints(Transport):
    async def list_conversations(
        self,
        user: str,
        last_id: str | None = None,
        limit: int = 20,
        sort_by: str = "-updated_at",
    ) -> Page[Conversation]:
        """One page of GET /conversations. Following ``last_id`` naively loses rows at timestamp
        ties: use :meth:`iter_conversations` for a complete listing."""
        validate_user(user)
        data = await self._json(
            "GET",
            "/conversations",
            params={"user": user, "last_id": last_id or None, "limit": limit, "sort_by": sort_by},
        )
        return self._page(data, Conversation.from_json, "GET /conversations", limit)

    def iter_conversations(
        self,
        user: str,
        sort_by: str = "-updated_at",
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
    ) -> KeysetPager[Conversation]:
        """Every conversation of ``user`` exactly once, in ``sort_by`` order (ties in any order).

        Returns a :class:`KeysetPager`: iterate it (``async for``), or call ``next_batch()``
        once per page; ``incomplete_ties`` reports groups of 100+ conversations sharing one second,
        which no cursor can list completely. See :mod:`dify_desktop.api.paging`.
        """
        validate_user(user)
        if sort_by not in SORT_ORDERS:
            raise InvalidParamError(
                f"sort_by must be one of {', '.join(SORT_ORDERS)}.",
                status=400,
                code="invalid_param",
            )
        field = sort_by.lstrip("-")

        def key(conversation: Conversation) -> Any:
            return conversation.updated_at if field == "updated_at" else conversation.created_at

        async def list_page(last_id: str | None, limit: int) -> Page[Conversation]:
            return await self.list_conversations(
                user, last_id=last_id, limit=limit, sort_by=sort_by
            )

        return KeysetPager(list_page, key=key, id_of=lambda c: c.id, page_size=page_size)

    async def rename_conversation(
        self,
        conversation_id: str,
        user: str,
        name: str | None = None,
        auto_generate: bool = False,
    ) -> Conversation:
        """POST /conversations/{id}/name. The name is sent exactly as given (not trimmed).

        Manual: refused before sending when blank, whitespace-only or over 255 characters.
        ``auto_generate=True``: the server titles it from the first question (``name`` is
        ignored by current servers; old ones need one, so the caller's valid name or a
        placeholder is sent along). The answer may be unchanged (silent failure): comparing is
        the caller's job. A conversation without messages gives :class:`InvalidParamError` with
        ``server_message == ""``.
        """
        validate_id(conversation_id, "conversation id")
        validate_user(user)
        validate_name(name, auto_generate)
        body: dict[str, Any]
        timeout: httpx.Timeout | None = None
        if auto_generate:
            body = {"name": auto_generate_name(name), "auto_generate": True, "user": user}
            slow = max(self._timeout, AUTO_GENERATE_TIMEOUT)
            timeout = httpx.Timeout(self._timeout, read=slow, write=slow)
        else:
            body = {"name": name, "auto_generate": False, "user": user}
        path = f"/conversations/{path_segment(conversation_id)}/name"
        data = await self._json("POST", path, body=body, timeout=timeout)
        return self._build(Conversation.from_json, data, "POST /conversations/{id}/name")

    async def delete_conversation(self, conversation_id: str, user: str) -> None:
        """DELETE /conversations/{id} with the JSON body ``{"user": ...}`` (204 or 200 succeed)."""
        validate_id(conversation_id, "conversation id")
        validate_user(user)
        path = f"/conversations/{path_segment(conversation_id)}"
        response = await self._request("DELETE", path, body={"user": user})
        if response.status_code == 204 or not response.content.strip():
            return
        try:
            data = json.loads(response.content)
        except (ValueError, UnicodeDecodeError, RecursionError):
            data = None
        if not isinstance(data, Mapping):
            raise _mapping.invalid_response(
                response.status_code,
                response.headers.get("content-type", ""),
                response.content,
                "DELETE /conversations/{id}",
                redact=self._auth.redact,
            )
