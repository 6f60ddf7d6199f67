"""More feedback for the demo's feedback inbox: several end users, likes and dislikes with and
without comments, one comment with markup and a direction override (shown as plain text), and
one feedback whose end user is gone (``GET /end-users/{id}`` answers 404 end_user_not_found, as
for an end user removed from the real server's database).

Added after the base seed, on the conversations it made, so the base seed's ids stay the same.
"""

from __future__ import annotations

from dify_desktop.demo.seed import SEED_USERS
from dify_desktop.demo.store import Store

#: The end user whose record is gone: their feedback and conversation remain.
GONE_USER = "cus_Closed0001"

HOSTILE_COMMENT = "<b>Wrong</b> answer \u202eevil\u202c — see <a href='http://x'>this</a>"

_GONE_USER_SINCE = 1774551600  # 2026-03-26 19:00:00 UTC

# (end user, index of their conversation, rating, comment), the conversations in seed order
_FEEDBACK: tuple[tuple[str, int, str, str | None], ...] = (
    (SEED_USERS[2], 0, "dislike", "キャンセルできませんでした。"),
    (SEED_USERS[2], 2, "like", None),
    (SEED_USERS[4], 0, "dislike", "Toujours pas de remboursement."),
    (SEED_USERS[4], 1, "like", "¡Gracias!"),
    (SEED_USERS[3], 1, "dislike", HOSTILE_COMMENT),
)


def seed_feedback(store: Store) -> None:
    with store.lock:
        for user, index, rating, content in _FEEDBACK:
            conversation = store.conversations_of(user)[index]
            message = conversation.messages[-1]
            store.set_feedback(message.id, rating, content, created_at=message.created_at + 300)
        cid = store.add_conversation(
            GONE_USER,
            "Account closed",
            created_at=_GONE_USER_SINCE,
            messages=[
                (
                    "Please close my account and delete my data.",
                    "I can't close accounts myself, but here is the form: Settings → Privacy.",
                )
            ],
        )
        message = store.conversations[cid].messages[-1]
        store.set_feedback(
            message.id, "dislike", "I want a human.", created_at=message.created_at + 60
        )
        del store.end_users[GONE_USER]
