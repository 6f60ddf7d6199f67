"""Everything an export holds for one conversation, read from the server (no Qt)."""

from __future__ import annotations

from typing import Any

from dify_desktop.api import Conversation, DifyClient, Variable
from dify_desktop.core.export.formats import ConversationExport, conversation_json
from dify_desktop.core.transcript import TranscriptFeed, TranscriptOutcome, load_variables

#: Only Chatflow apps keep conversation variables; other modes answer the route with an error.
VARIABLE_MODES = frozenset({"advanced-chat"})


def variable_json(variable: Variable) -> dict[str, Any]:
    return {
        "id": variable.id,
        "name": variable.name,
        "value_type": variable.value_type,
        "value": variable.value,
        "description": variable.description,
        "created_at": int(variable.created_at.timestamp()),
        "updated_at": int(variable.updated_at.timestamp()),
    }


async def gather(
    client: DifyClient,
    conversation: Conversation,
    user: str,
    *,
    with_variables: bool,
) -> ConversationExport:
    """Every message (time order) and variable of ``conversation``; raises ``DifyError`` when
    the server fails, so nothing partial is presented as complete. Messages that cannot be
    reached (more than 100 in one second) mark the export ``incomplete``."""
    feed = TranscriptFeed(client, conversation.id, user)
    messages = await feed.load_all()
    variables = await load_variables(client, conversation.id, user) if with_variables else []
    return ConversationExport(
        conversation=conversation_json(conversation),
        user=user,
        variables=[variable_json(v) for v in variables],
        messages=[m.raw for m in messages],
        incomplete=feed.outcome is not TranscriptOutcome.COMPLETE,
    )
