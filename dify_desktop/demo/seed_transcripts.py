"""Seed data for reading transcripts: one end user, ``TRANSCRIPT_USER``, whose conversations show
what the transcript pane must handle (the same on every start).

* "Long conversation (600 messages)": months of messages, then bursts of up to 90 messages in
  one second (they straddle Dify's page ends, where ``first_id`` paging loses them); Markdown
  answers with a heading, a list, code, a table, links and images (``file:``, ``http:``,
  ``data:``), hostile HTML, an answer that failed (``status: error``), likes and dislikes with
  comments, and Chatflow variables of several types (objects and arrays as the server's Python
  repr).
* "Import burst (130 in one second)": more messages in one second than any cursor can reach.
"""

from __future__ import annotations

import calendar
import datetime as dt

from dify_desktop.demo.records import JsonValue
from dify_desktop.demo.store import Store

TRANSCRIPT_USER = "cus_Tq5Lw8Hn3r"
"""The end user whose conversations show long, rich transcripts."""

LONG_MESSAGES = 600
BURST_MESSAGES = 130

MARKDOWN_ANSWER = """\
## Refund steps

You can get your money back in three steps:

1. Open **Account → Orders**.
2. Choose the order and press *Request refund*.
3. Keep the return label: `RMA-2041-XK`.

| Item | Price | Refund |
|------|------:|-------:|
| Headphones | 89.00 | 89.00 |
| Shipping | 4.99 | 0.00 |

```
curl https://api.example.com/refunds/2041
```

Read the [refund policy](https://example.com/refund-policy) for details.

![Receipt](file:///etc/passwd) ![Tracking pixel](http://tracker.example/pixel.png)
![Inline](data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==)
"""

HOSTILE_ANSWER = (
    "<script>alert('x')</script><img src=file:///etc/hosts onerror=alert(1)>"
    "<b>not bold</b> [click me](javascript:alert(1)) [local file](file:///etc/passwd) "
    "invoice \u202egpj.exe\u202c ok"
)

ERROR_TEXT = "[openai] Error: Rate limit reached for gpt-4o in organization org-demo."

_VARIABLES: list[tuple[str, str, JsonValue, str]] = [
    ("customer_name", "string", "Jordan Example", "Name the customer gave"),
    ("order_count", "number", 7, "Orders placed so far"),
    ("refund_total", "number", 93.99, "Refunds granted in this conversation"),
    ("is_vip", "boolean", True, "VIP support"),
    ("address", "object", {"city": "Lyon", "zip": "69002", "verified": False}, "Shipping"),
    ("last_orders", "array[string]", ["A-2041", "A-1988", "A-1870"], "Recent order ids"),
    ("raw_note", "string", "{'not': closed", "A note that is neither JSON nor Python"),
]


def _at(text: str) -> int:
    return calendar.timegm(dt.datetime.strptime(text, "%Y-%m-%d %H:%M:%S").timetuple())


def _long_times() -> list[int]:
    """LONG_MESSAGES creation times, oldest first: spread out, then same-second bursts."""
    times: list[int] = []
    t = _at("2026-01-05 09:00:00")
    while len(times) < LONG_MESSAGES - 300:
        t += 37 if len(times) % 5 else 3_600
        times.append(t)
    for burst in (90, 60, 45, 30, 75):  # five seconds shared by 300 messages
        t += 120
        times.extend([t] * burst)
    return times


def _answer(i: int) -> str:
    if i % 50 == 7:
        return MARKDOWN_ANSWER
    if i % 50 == 21:
        return HOSTILE_ANSWER
    return f"Answer **{i + 1}**: your request is noted. See item `{i + 1}` in the list."


def seed_transcripts(store: Store) -> None:
    times = _long_times()
    cid = store.add_conversation(
        TRANSCRIPT_USER,
        f"Long conversation ({LONG_MESSAGES} messages)",
        created_at=times[0],
        updated_at=times[-1],
    )
    conv = store.conversations[cid]
    for i, at in enumerate(times):
        mid = store.add_message(
            cid, f"Question {i + 1}: what about my order?", _answer(i), created_at=at
        )
        if i % 97 == 13:
            message = store.messages[mid]
            message.status, message.error, message.answer = "error", ERROR_TEXT, ""
        if i % 40 == 3:
            rating, comment = (
                ("like", "Clear, thank you!")
                if i % 80 == 3
                else (
                    "dislike",
                    "The table was wrong <b>again</b>",
                )
            )
            store.set_feedback(mid, rating, comment, created_at=at + 60)
    # the newest message: Markdown, so the pane opens on a rendered answer
    store.add_message(
        cid, "Can you sum up how the refund works?", MARKDOWN_ANSWER, created_at=times[-1] + 30
    )
    for k, (name, value_type, value, description) in enumerate(_VARIABLES):
        store.add_variable(
            cid, name, value_type, value, description, created_at=conv.created_at + k
        )

    burst_at = _at("2026-02-01 12:00:00")
    bid = store.add_conversation(
        TRANSCRIPT_USER, f"Import burst ({BURST_MESSAGES} in one second)", created_at=burst_at
    )
    for i in range(BURST_MESSAGES):
        store.add_message(
            bid, f"Imported question {i + 1}", f"Imported answer {i + 1}", created_at=burst_at
        )
