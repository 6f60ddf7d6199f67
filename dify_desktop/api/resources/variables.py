"""Conversation variables (Chatflow memory)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._transport import Transport, path_segment
from ..models import Page

if TYPE_CHECKING:
    from ..detail_models import Variable
from ..validation import validate_id, validate_user

__all__ = ["VariableEndpoints"]


class VariableEndpoints(Transport):
    async def list_variables(
        self,
        conversation_id: str,
        user: str,
        last_id: str | None = None,
        limit: int = 20,
        *,
        variable_name: str | None = None,
    ) -> Page[Variable]:
        """One page of GET /conversations/{id}/variables (Chatflow memory)."""
        validate_id(conversation_id, "conversation id")
        validate_user(user)
        path = f"/conversations/{path_segment(conversation_id)}/variables"
        data = await self._json(
            "GET",
            path,
            params={
                "user": user,
                "last_id": last_id or None,
                "limit": limit,
                "variable_name": variable_name or None,
            },
        )
        from ..detail_models import Variable

        return self._page(data, Variable.from_json, "GET /conversations/{id}/variables", limit)

    async def update_variable(
        self, conversation_id: str, variable_id: str, user: str, value: Any
    ) -> Variable:
        """PUT /conversations/{id}/variables/{variable_id} with ``{value, user}``; a value of the
        wrong type gives :class:`BadRequestError` (``bad_request``)."""
        validate_id(conversation_id, "conversation id")
        validate_id(variable_id, "variable id")
        validate_user(user)
        path = (
            f"/conversations/{path_segment(conversation_id)}/variables/{path_segment(variable_id)}"
        )
        data = await self._json("PUT", path, body={"value": value, "user": user})
        from ..detail_models import Variable

        return self._build(Variable.from_json, data, "PUT /conversations/{id}/variables/{id}")
