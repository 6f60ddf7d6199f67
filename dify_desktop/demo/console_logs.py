"""The console's view of the store: every end user's conversations of the app, filtered and
sorted as Dify's ``GET /console/api/apps/{id}/chat-conversations`` does it.

``keyword`` matches, case-insensitively, questions and answers, the conversation's name and
introduction and the end user's session id. ``start``/``end`` (``YYYY-MM-DD HH:MM`` in the
account's time zone) bound ``updated_at`` when sorting by it, else ``created_at``; ``start`` is
inclusive from second 0, ``end`` exclusive at second 59, as the server computes them.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from dify_desktop.demo.errors import invalid_param
from dify_desktop.demo.records import EndUser, JsonObject, StoredConversation
from dify_desktop.demo.store import Store

SORT_ORDERS = ("created_at", "-created_at", "updated_at", "-updated_at")


def console_time(text: str, time_zone: str, second: int, name: str) -> int:
    """Epoch seconds of a ``YYYY-MM-DD HH:MM`` in ``time_zone``."""
    try:
        local = dt.datetime.strptime(text, "%Y-%m-%d %H:%M")
    except ValueError:
        raise invalid_param(f"{name}: time data {text!r} does not match format") from None
    return int(local.replace(second=second, tzinfo=ZoneInfo(time_zone)).timestamp())


def _matches(conv: StoredConversation, session_id: str, needle: str) -> bool:
    texts = [conv.name, conv.introduction, session_id]
    texts.extend(text for m in conv.messages for text in (m.query, m.answer))
    return any(needle in text.casefold() for text in texts)


def find_conversations(
    store: Store,
    *,
    keyword: str | None,
    start: int | None,
    end: int | None,
    sort_by: str,
) -> list[tuple[StoredConversation, EndUser | None]]:
    """Every matching conversation of every end user, in ``sort_by`` order."""
    if sort_by not in SORT_ORDERS:
        raise invalid_param(f"sort_by: Input should be one of {', '.join(SORT_ORDERS)}")
    field = sort_by.lstrip("-")
    needle = keyword.casefold() if keyword else None
    with store.lock:
        users = {u.id: u for u in store.end_users.values()}
        rows: list[tuple[StoredConversation, EndUser | None]] = []
        for conv in store.conversations.values():
            if conv.deleted:
                continue
            user = users.get(conv.end_user_id)
            at = conv.updated_at if field == "updated_at" else conv.created_at
            if (start is not None and at < start) or (end is not None and at >= end):
                continue
            if needle and not _matches(conv, user.session_id if user else "", needle):
                continue
            rows.append((conv, user))
    rows.sort(key=lambda row: (getattr(row[0], field), row[0].seq), reverse=sort_by.startswith("-"))
    return rows


def conversation_item(conv: StoredConversation, user: EndUser | None) -> JsonObject:
    """One item as the console lists it."""
    likes = sum(1 for m in conv.messages if m.feedback and m.feedback.rating == "like")
    dislikes = sum(1 for m in conv.messages if m.feedback and m.feedback.rating == "dislike")
    first = min(conv.messages, key=lambda m: (m.created_at, m.seq)) if conv.messages else None
    return {
        "id": conv.id,
        "status": conv.status,
        "from_source": "api",
        "from_end_user_id": conv.end_user_id,
        "from_end_user_session_id": user.session_id if user else None,
        "from_account_id": None,
        "from_account_name": None,
        "name": conv.name,
        "summary": first.query if first else conv.introduction,
        "read_at": None,
        "created_at": conv.created_at,
        "updated_at": conv.updated_at,
        "annotated": False,
        "message_count": len(conv.messages),
        "user_feedback_stats": {"like": likes, "dislike": dislikes},
        "admin_feedback_stats": {"like": 0, "dislike": 0},
        "status_count": {"success": len(conv.messages), "failed": 0, "partial_success": 0},
    }
