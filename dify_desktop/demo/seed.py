"""Deterministic seed data for the demo server (the same on every start).

The app is "Acme Support Assistant" (mode ``advanced-chat``, i.e. a Chatflow). Its end users:

=========================================  =====  ==============================================
end user (``user``)                        conv.  what it shows
=========================================  =====  ==============================================
``cus_8J2kQ9xLm4`` (``DEFAULT_USER``)      40     the user ``dify-desktop --demo`` opens: more
                                                  than one page (20); tie groups (4 updated in
                                                  the same second across the first page's end,
                                                  4 created in one second, 3 oldest tied); long,
                                                  emoji, right-to-left, ``<b>html</b>``, blank,
                                                  untrimmed and "New conversation" names; one
                                                  created a second after its updated_at;
                                                  English, German, Japanese, Arabic, French
                                                  messages; Chatflow variables; feedback
``maria.schmidt@example.de``               6      German conversations, feedback
``3f6c1b2e-9d4a-4e7b-8c5f-2a1d0e9b7c63``   5      Japanese conversations (an SSO user id)
``user_4471``                              4      Arabic, right-to-left names, feedback
``cus_Lr7Vb2Yp9s``                         3      French and Spanish conversations
``DEFAULT-USER``                           2      requests sent without a ``user``
``cus_Zp0Xr5Tn2e``                         0      a known customer with no conversations
``load-test-user`` (``SCALE_USER``)        N      only with ``--scale N``: N generated
                                                  conversations, ties of 2-20 per second,
                                                  never 100 or more in one second
=========================================  =====  ==============================================

All timestamps are fixed (March 2026; the scale user's from June 2025 on); ids come from the
store's seeded generator, so they are the same on every start too.
"""

from __future__ import annotations

import calendar
import collections
import datetime as dt
import random
from dataclasses import dataclass

from dify_desktop.demo.records import JsonObject, JsonValue
from dify_desktop.demo.rules import DEFAULT_USER_ID
from dify_desktop.demo.seed_transcripts import seed_transcripts
from dify_desktop.demo.store import Store

SEED_USERS: tuple[str, ...] = (
    "cus_8J2kQ9xLm4",
    "maria.schmidt@example.de",
    "3f6c1b2e-9d4a-4e7b-8c5f-2a1d0e9b7c63",
    "user_4471",
    "cus_Lr7Vb2Yp9s",
    DEFAULT_USER_ID,
    "cus_Zp0Xr5Tn2e",
)
DEFAULT_USER = SEED_USERS[0]
"""The end user ``dify-desktop --demo`` opens (40 conversations)."""

SCALE_USER = "load-test-user"
"""The end user that holds the ``scale=N`` generated conversations."""

EMPTY_USER = "cus_Zp0Xr5Tn2e"
"""A seed user with no conversations."""

LONG_NAME = (
    "Follow-up on the escalated ticket about duplicate charges on the March invoice, the refund "
    "that never arrived, the promised call-back from the billing team and the account manager "
    "who has not answered any of my three e-mails since the beginning of the month"
)
MAX_NAME = ("Maximum length name " * 13)[:255]
"""A name of exactly 255 characters (the longest the real server stores)."""


def _at(text: str) -> int:
    """Epoch seconds of a UTC ``YYYY-MM-DD HH:MM:SS``."""
    return calendar.timegm(dt.datetime.strptime(text, "%Y-%m-%d %H:%M:%S").timetuple())


Script = list[tuple[str, str]]
Feedback = tuple[int, str, str | None] | None
"""Feedback on a conversation: (index of the message, rating, content), or None."""

# --------------------------------------------------------------------------- default user

_ORDER_Q = "Hi, what's the status of order {order}? It was supposed to arrive on {day}."
_ORDER_A = (
    "Order {order} left our warehouse yesterday and is with the carrier. The tracking page "
    "shows delivery on {day} before 6 pm. You'll get an e-mail as soon as it's out for delivery."
)

# name, script, inputs, variables?, feedback
_DEFAULT_SCRIPTS: list[tuple[str, Script, JsonObject, bool, Feedback]] = [
    (
        "Where is my parcel? 🚚📦",
        [
            ("My parcel hasn't moved in 4 days. Tracking number 1Z999AA10123456784.", ""),
            ("Can you send it to my office instead? 221B Baker Street, London.", ""),
        ],
        {"order_id": "A-10492"},
        True,
        (0, "like", None),
    ),
    (
        "Refund for damaged headphones",
        [
            ("The headphones I got were cracked. I want a refund, not a replacement.", ""),
            ("I already sent photos to support@acme.example last week.", ""),
            ("How long does the refund take to show on my card?", ""),
        ],
        {"order_id": "A-10377"},
        True,
        (2, "dislike", "Refund still not visible after 10 days."),
    ),
    ("New conversation", [("hello?", "")], {}, False, None),
    (
        "Rechnung für März: falsche Mehrwertsteuer",
        [
            ("Auf meiner Rechnung für März steht 16 % MwSt. statt 19 %. Ist das korrekt?", ""),
            ("Können Sie mir eine korrigierte Rechnung schicken?", ""),
        ],
        {},
        True,
        None,
    ),
    (
        "配送先住所の変更について",
        [
            ("注文した商品の配送先住所を変更できますか？引っ越しをしました。", ""),
            ("新しい住所は東京都渋谷区神南1-2-3です。", ""),
        ],
        {},
        False,
        (1, "like", "とても丁寧でした"),
    ),
    (
        "استرداد المبلغ للطلب رقم ٤٥٢١",
        [("أريد استرداد المبلغ للطلب رقم ٤٥٢١ لأن المنتج وصل متأخرًا.", "")],
        {},
        False,
        None,
    ),
    (
        "Invoice <b>html</b> shows wrong VAT",
        [("Why does my invoice show <b>html</b> tags in the company name field?", "")],
        {},
        False,
        None,
    ),
    (LONG_NAME, [("I need an update on ticket #88231, it has been weeks.", "")], {}, True, None),
    (
        "Change of billing address",
        [("How do I change my billing address? The old one is still on my invoices.", "")],
        {},
        False,
        None,
    ),
    (
        "  Password reset e-mail never arrives  ",
        [
            ("I requested a password reset three times and never got the e-mail.", ""),
            ("It's not in spam either. My address is j.doe+acme@example.com", ""),
        ],
        {},
        False,
        None,
    ),
    (
        "Cancel subscription before renewal",
        [("Please cancel my Pro subscription before it renews on the 15th.", "")],
        {"plan": "pro"},
        True,
        None,
    ),
    (
        "",
        [("test", "")],
        {},
        False,
        None,
    ),
    (
        "Question sur la garantie",
        [
            ("Bonjour, mon aspirateur ne s'allume plus après 8 mois. Est-il sous garantie ?", ""),
            ("J'ai la facture du 12 juillet.", ""),
        ],
        {},
        False,
        None,
    ),
    (
        "Bulk order discount for 50 laptops 💻",
        [("We want to order 50 laptops for our school. Is there an education discount?", "")],
        {"company": "Riverside Primary School"},
        True,
        (0, "like", None),
    ),
    (
        "Coupon code SPRING25 not working",
        [("The code SPRING25 says 'expired' but the e-mail says it's valid until Sunday.", "")],
        {},
        False,
        None,
    ),
    (
        "شكوى بخصوص خدمة العملاء 😞",
        [("انتظرت على الهاتف ساعة كاملة ولم يرد أحد.", "")],
        {},
        False,
        (0, "dislike", "لم يتم حل المشكلة"),
    ),
    (
        "Two-factor authentication locked me out",
        [
            ("I lost my phone and now I can't log in because of 2FA.", ""),
            ("I still have access to my recovery e-mail.", ""),
        ],
        {},
        True,
        None,
    ),
    (
        "Gerät defekt nach Update",
        [("Nach dem letzten Firmware-Update startet mein Router nicht mehr.", "")],
        {},
        False,
        None,
    ),
    (
        "ポイントの有効期限",
        [("ポイントの有効期限はいつまでですか？", "")],
        {},
        False,
        None,
    ),
    (
        "Wrong size delivered (ordered M, got XL)",
        [("I ordered a medium jacket and got an XL. Can I exchange it in a store?", "")],
        {"order_id": "A-10211"},
        False,
        None,
    ),
    (
        MAX_NAME,
        [("Just testing how long a conversation title can get.", "")],
        {},
        False,
        None,
    ),
    (
        "Gift card balance",
        [("How can I check the balance on my gift card?", "")],
        {},
        False,
        None,
    ),
]


def _answer(query: str, index: int) -> str:
    canned = [
        "Thanks for reaching out! I've checked your account and passed this to the right team. "
        "You'll hear back within one business day.",
        "I understand how frustrating that is. Here is what I can do right now: I've opened "
        "case #{case} and flagged it as urgent.",
        "Good question! You can do this yourself under **Account → Settings**. If anything "
        "looks wrong afterwards, just reply here.",
        "I've looked into it: the change is done and will show up on your next invoice.",
    ]
    return canned[index % len(canned)].format(case=48210 + index)


_LOCALIZED_ANSWERS = {
    "de": "Vielen Dank für Ihre Nachricht! Ich habe das an unser Team weitergeleitet. Sie "
    "erhalten innerhalb eines Werktags eine Antwort.",
    "ja": "お問い合わせありがとうございます。担当チームに確認し、1営業日以内にご連絡いたします。",
    "ar": "شكرًا لتواصلك معنا! لقد أحلت طلبك إلى الفريق المختص وسنرد عليك خلال يوم عمل واحد.",
    "fr": "Merci pour votre message ! J'ai transmis votre demande à l'équipe concernée. Vous "
    "aurez une réponse sous un jour ouvré.",
    "es": "¡Gracias por escribirnos! He enviado tu solicitud al equipo correspondiente y te "
    "responderemos en un día hábil.",
}


def _lang(text: str) -> str:
    if any("\u0600" <= ch <= "\u06ff" for ch in text):
        return "ar"
    if any("\u3040" <= ch <= "\u30ff" or "\u4e00" <= ch <= "\u9fff" for ch in text):
        return "ja"
    if any(ch in "äöüß" for ch in text) or " Sie " in text or "Rechnung" in text:
        return "de"
    if any(w in text for w in ("Bonjour", "garantie", " est ")):
        return "fr"
    if any(w in text for w in ("¿", "¡", "pedido")):
        return "es"
    return "en"


def _fill(script: Script, offset: int) -> Script:
    out = []
    for i, (q, a) in enumerate(script):
        if not a:
            lang = _lang(q)
            a = _answer(q, offset + i) if lang == "en" else _LOCALIZED_ANSWERS[lang]
        out.append((q, a))
    return out


@dataclass
class _Row:
    name: str
    messages: Script
    inputs: JsonObject
    variables: bool
    feedback: Feedback
    updated_at: int
    created_at: int


def _default_user_rows() -> list[_Row]:
    """40 conversations, newest ``updated_at`` first, with the documented tie groups."""
    scripts = list(_DEFAULT_SCRIPTS)
    orders = [f"A-{10600 + i * 7}" for i in range(40 - len(scripts))]
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
    for i, order in enumerate(orders):
        day = days[i % len(days)]
        scripts.append(
            (
                f"Order {order} status",
                [(_ORDER_Q.format(order=order, day=day), _ORDER_A.format(order=order, day=day))],
                {"order_id": order},
                i % 5 == 0,
                (0, "like", None) if i % 6 == 1 else None,
            )
        )
    newest = _at("2026-03-27 16:42:10")
    rows: list[_Row] = []
    for pos, (name, script, inputs, variables, feedback) in enumerate(scripts):
        updated = newest - pos * 9_781  # about 2 h 43 min apart
        rows.append(
            _Row(
                name=name,
                messages=_fill(script, pos),
                inputs=inputs,
                variables=variables,
                feedback=feedback,
                updated_at=updated,
                created_at=updated - 600 * max(len(script) - 1, 0) - 37 * (pos % 4),
            )
        )
    # Position 2: created_at one second after updated_at (the real server's rounding).
    rows[2].created_at = rows[2].updated_at + 1
    # Positions 5 and 6: one burst, created and answered in the same second.
    rows[6].updated_at = rows[5].updated_at
    rows[5].created_at = rows[6].created_at = rows[5].updated_at
    # Positions 18-21: four conversations updated in the same second, across the end of the
    # first page (limit 20): naive keyset paging skips two of them.
    tie = rows[18].updated_at
    for pos in range(18, 22):
        rows[pos].updated_at = tie
        rows[pos].created_at = min(rows[pos].created_at, tie)
    # Positions 25-28: four conversations created in the same second (a bulk import).
    burst = rows[28].created_at - 3_600
    for pos in range(25, 29):
        rows[pos].created_at = burst
    # Positions 37-39: the three oldest share one updated_at (has_more lies at the very end).
    last = rows[37].updated_at
    for pos in range(37, 40):
        rows[pos].updated_at = last
        rows[pos].created_at = min(rows[pos].created_at, last)
    return rows


_OTHER_USERS: dict[str, list[tuple[str, Script, Feedback]]] = {
    "maria.schmidt@example.de": [
        (
            "Lieferung verspätet",
            [
                ("Meine Bestellung A-20981 sollte gestern ankommen. Wo ist sie?", ""),
                ("Die Sendungsverfolgung zeigt seit drei Tagen nichts Neues.", ""),
            ],
            (1, "dislike", "Keine echte Lösung angeboten."),
        ),
        (
            "Rückgabe eines Geschenks",
            [("Kann ich ein Geschenk ohne Kassenbon zurückgeben?", "")],
            None,
        ),
        (
            "Kündigung meines Abos zum Monatsende",
            [("Bitte kündigen Sie mein Abo zum Monatsende.", "")],
            (0, "like", None),
        ),
        ("Rechnungsadresse ändern", [("Wie ändere ich meine Rechnungsadresse?", "")], None),
        ("New conversation", [("Hallo", "")], None),
        (
            "Garantieverlängerung für Waschmaschine",
            [("Gibt es eine Garantieverlängerung?", "")],
            None,
        ),
    ],
    "3f6c1b2e-9d4a-4e7b-8c5f-2a1d0e9b7c63": [
        ("注文のキャンセル", [("昨日の注文をキャンセルしたいです。", "")], None),
        ("領収書の発行", [("会社名で領収書を発行してもらえますか？", "")], None),
        ("商品が届かない 📦", [("1週間前に注文した商品がまだ届きません。", "")], None),
        ("返品の送料について", [("返品する場合、送料は誰が負担しますか？", "")], None),
        ("アカウントの削除", [("アカウントを完全に削除する方法を教えてください。", "")], None),
    ],
    "user_4471": [
        (
            "تغيير عنوان الشحن",
            [("كيف يمكنني تغيير عنوان الشحن بعد الطلب؟", "")],
            (0, "like", "شكرًا جزيلًا"),
        ),
        ("مشكلة في الدفع بالبطاقة", [("تم رفض بطاقتي مع أن الرصيد كافٍ.", "")], None),
        ("Order A-30112 — وصل ناقصًا", [("وصل الطلب A-30112 ناقصًا قطعة واحدة.", "")], None),
        ("سؤال عن الضمان", [("هل يشمل الضمان البطارية؟", "")], None),
    ],
    "cus_Lr7Vb2Yp9s": [
        ("Remboursement non reçu", [("Bonjour, je n'ai pas reçu mon remboursement.", "")], None),
        (
            "¿Dónde está mi pedido?",
            [("¿Dónde está mi pedido A-40077? Ya pasaron dos semanas.", "")],
            None,
        ),
        (
            "Changement d'adresse e-mail",
            [("Bonjour, comment changer mon adresse e-mail ?", "")],
            None,
        ),
    ],
    DEFAULT_USER_ID: [
        ("Test from the integration", [("ping", "")], None),
        ("New conversation", [("Is anyone there?", "")], None),
    ],
}

_VARIABLES: list[tuple[str, str, JsonValue, str]] = [
    ("customer_tier", "string", "gold", "Loyalty tier looked up at the start of the chat"),
    ("open_tickets", "number", 2, "Open support tickets for this customer"),
    (
        "preferences",
        "object",
        {"language": "en", "contact": "email", "newsletter": False},
        "What the customer told us about how to reach them",
    ),
    (
        "viewed_articles",
        "array[string]",
        ["Returns policy", "Shipping times"],
        "Help articles shown",
    ),
    ("refund_amount", "number", 49.99, "Amount the assistant offered to refund"),
]


def seed_store(store: Store, *, base: bool = True, scale: int = 0) -> None:
    """Fill ``store`` with the seed data (``base``) and ``scale`` generated conversations."""
    with store.lock:
        if base:
            _seed_base(store)
            seed_transcripts(store)
        if scale:
            seed_scale(store, scale)


def _seed_base(store: Store) -> None:
    first_seen = _at("2026-01-12 10:03:27")
    for i, user in enumerate(SEED_USERS):
        store.end_user(user, created_at=first_seen + i * 86_400)

    rows = _default_user_rows()
    # Insert oldest first, like the real server would have created them.
    order = sorted(range(len(rows)), key=lambda i: (rows[i].created_at, -i))
    for row in (rows[i] for i in order):
        cid = store.add_conversation(
            DEFAULT_USER,
            row.name,
            created_at=row.created_at,
            updated_at=row.updated_at,
            messages=row.messages,
            inputs=row.inputs,
        )
        _decorate(store, cid, row.variables, row.feedback)

    when = _at("2026-03-20 08:15:00")
    for u, (user, convs) in enumerate(_OTHER_USERS.items()):
        for j, (name, script, feedback) in enumerate(convs):
            created = when - u * 40_000 - j * 13_337
            filled = _fill(script, j)
            cid = store.add_conversation(
                user,
                name,
                created_at=created,
                updated_at=created + 240 * (len(filled) - 1),
                messages=filled,
            )
            _decorate(store, cid, j % 2 == 0, feedback)


def _decorate(store: Store, cid: str, variables: bool, feedback: Feedback) -> None:
    conv = store.conversations[cid]
    if variables:
        for k, (name, value_type, value, description) in enumerate(_VARIABLES):
            store.add_variable(
                cid, name, value_type, value, description, created_at=conv.created_at + k // 2
            )
    if feedback is not None:
        index, rating, content = feedback
        msg = conv.messages[index]
        store.set_feedback(msg.id, rating, content, created_at=msg.created_at + 90)


_SCALE_TOPICS = [
    "Order status",
    "Refund request",
    "Password reset",
    "Billing question",
    "Delivery address change",
    "Warranty claim",
    "Subscription cancellation",
    "Coupon problem",
]


def seed_scale(store: Store, n: int, *, user: str = SCALE_USER) -> None:
    """``n`` conversations for ``user``: ties of 2-20 per second, never 100 in one second."""
    rng = random.Random(7_340_033)
    ts = _at("2025-06-01 00:00:00")
    created_count: collections.Counter[int] = collections.Counter()
    updated_count: collections.Counter[int] = collections.Counter()
    made = 0
    while made < n:
        ts += rng.randint(1, 900)
        group = rng.randint(2, 20) if rng.random() < 0.15 else 1
        group = min(group, n - made)
        offset = 0 if rng.random() < 0.5 else rng.randint(1, 7_200)
        if updated_count[ts + offset] + group >= 100:
            offset = 0
        for _ in range(group):
            created_count[ts] += 1
            updated_count[ts + offset] += 1
            topic = _SCALE_TOPICS[made % len(_SCALE_TOPICS)]
            store.add_conversation(
                user,
                f"{topic} #{made + 1:06d}",
                created_at=ts,
                updated_at=ts + offset,
                messages=[(f"{topic}: question {made + 1}", "Demo answer.")],
                introduction="",
            )
            made += 1
    assert max(created_count.values(), default=0) < 100
    assert max(updated_count.values(), default=0) < 100
