"""The console's seed: the workspace's other apps, and conversations made in Dify's own web app.

Web-app conversations belong to end users of another type (``browser``) whose session id the
service API cannot use: a request with that ``user`` string reaches a different (new, empty)
end user. The console lists them with every other conversation.
"""

from __future__ import annotations

import datetime as dt

from dify_desktop.demo.console_state import ConsoleApp, ConsoleState
from dify_desktop.demo.store import Store

WEB_APP_USER = "5b0e9f3a-77c1-4d2b-a8e4-1c6f3d9a2b70"
"""The session id of the seed's web-app end user (a random UUID, as the web app makes them)."""

_WEB_APP_CONVERSATIONS = (
    (
        "Refund for order 88213",
        "2026-03-18 14:02:00",
        [
            (
                "I returned order 88213 two weeks ago, where is my refund?",
                "Refunds reach your card 5-10 business days after the return is scanned. "
                "Yours was scanned on 12 March.",
            ),
            ("Can you speed it up?", "I have asked the billing team to prioritise it."),
        ],
    ),
    (
        "Gift card balance",
        "2026-03-19 09:40:00",
        [("How do I check my gift card balance?", "Open Account > Gift cards.")],
    ),
)

OTHER_APPS = (
    ConsoleApp("0d4e8b1c-5a2f-4c9e-b7d3-6f1a2e8c4b95", "Acme HR Helpdesk", "chat"),
    ConsoleApp("7a3c9e2d-1b6f-4e8a-9c5d-3e2b1f7a6d48", "Acme Support Assistant", "workflow"),
)


def _at(text: str) -> int:
    return int(dt.datetime.strptime(text, "%Y-%m-%d %H:%M:%S").replace(tzinfo=dt.UTC).timestamp())


def seed_console(console: ConsoleState, store: Store) -> None:
    """The other apps, and the web-app end user with their conversations."""
    console.other_apps = list(OTHER_APPS)
    with store.lock:
        key = f"web-app:{WEB_APP_USER}"  # a record the service API's user strings never reach
        for name, when, messages in _WEB_APP_CONVERSATIONS:
            created = _at(when)
            store.add_conversation(
                key, name, created_at=created, updated_at=created + 120, messages=messages
            )
        user = store.end_users[key]
        user.type = "browser"
        user.external_user_id = WEB_APP_USER
