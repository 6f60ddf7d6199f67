"""The one exception to "server text is plain text": the assistant's answers are rendered from
Markdown, safely. HTML inside an answer is shown as text, no image or other resource is ever
loaded (``file:``, ``http:`` - here the demo server itself, whose request log would show it -
``data:``), only http/https links stay links and open only when clicked, after the person saw
the whole address, in the system browser; control and bidi-override characters are neutralised.
The customer's question stays plain text."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QTextTable
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.ui.conftest import TIMEOUT, answer_next_message_box
from tests.ui.transcript_kit import anchors, click_at, images, open_conversation, window_on

USER = "cus_markdown_safety"
LINK = "https://example.com/refund-policy?order=A-2041#steps"


def markdown_answer(server: Any) -> str:
    return f"""\
## Refund steps

1. Open **Account → Orders**.
2. Press *Request refund*.

| Item | Price |
|------|------:|
| Headphones | 89.00 |

```
curl https://api.example.com/refunds/2041
```

Read the [refund policy]({LINK}).

![receipt](file:///etc/passwd) ![pixel]({server.base_url}/pixel.png)
![inline](data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk)
<img src="{server.base_url}/html-pixel.png">
"""


HOSTILE = (
    "<script>alert('x')</script><img src=file:///etc/hosts onerror=alert(1)> <b>not bold</b> "
    "[run me](javascript:alert(1)) [local file](file:///etc/passwd) "
    "invoice \u202egpj.exe\u202c ok bell\x07 esc\x1b[31m"
)
QUESTION = "<b>Is this bold?</b> **or this?** [link](https://example.com) \u202eevil"


@pytest.fixture
def pane(qtbot: Any, qloop: Any, demo_server: Any) -> Any:
    cid = demo_server.store.add_conversation(
        USER,
        "Markdown",
        created_at=1_767_000_000,
        updated_at=1_767_000_100,
        messages=[(QUESTION, HOSTILE), ("How do refunds work?", markdown_answer(demo_server))],
    )
    window = window_on(qtbot, demo_server, USER)
    shown = open_conversation(qtbot, window, cid)
    qtbot.waitUntil(lambda: shown.feed.exhausted, timeout=TIMEOUT)
    return shown


def test_markdown_is_rendered(pane: Any) -> None:
    doc = pane.document()
    headings = [b.text() for b in blocks(doc) if b.blockFormat().headingLevel() == 2]
    assert headings == ["Refund steps"]
    assert [b.text() for b in blocks(doc) if b.textList()] == [
        "Open Account → Orders.",
        "Press Request refund.",
    ]
    tables = [f for f in doc.rootFrame().childFrames() if isinstance(f, QTextTable)]
    assert len(tables) == 1 and tables[0].cellAt(1, 0).firstCursorPosition().block().text() == (
        "Headphones"
    )
    assert "curl https://api.example.com/refunds/2041" in pane.toPlainText()
    assert "**" not in pane.toPlainText().split("How do refunds work?")[1]


def test_html_in_answers_and_questions_is_text(pane: Any, demo_server: Any) -> None:
    text = pane.toPlainText()
    assert "<script>alert('x')</script><img src=file:///etc/hosts onerror=alert(1)>" in text
    assert "<b>not bold</b>" in text
    assert "invoice gpj.exe ok" in text and "\u202e" not in text
    assert "bell␇ esc␛[31m" in text
    assert f'<img src="{demo_server.base_url}/html-pixel.png">' in text
    assert "<b>Is this bold?</b> **or this?** [link](https://example.com) evil" in text
    assert "<script" not in pane.document().toHtml()


def test_no_resource_is_ever_loaded(pane: Any, demo_server: Any, qtbot: Any) -> None:
    pane.browser.verticalScrollBar().setValue(0)
    qtbot.wait(50)  # let it paint, twice, both ends of the document
    pane.window().grab()
    pane.browser.verticalScrollBar().setValue(pane.browser.verticalScrollBar().maximum())
    pane.window().grab()
    assert images(pane.document()) == []
    assert pane.browser.refused_resources == []
    paths = {r.path for r in demo_server.requests()}
    assert not {p for p in paths if "pixel" in p}, paths
    text = pane.toPlainText()
    assert "[image not loaded: file:///etc/passwd]" in text
    assert f"[image not loaded: {demo_server.base_url}/pixel.png]" in text
    assert "[image not loaded: data:image/png;base64," in text


def test_only_web_links_stay_links_and_open_after_confirmation(
    pane: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []

    def record(url: QUrl) -> bool:
        opened.append(url.toString())
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", record)
    links = anchors(pane.document())
    assert [href for href, _text, _pos in links] == [LINK]

    # javascript: and file: links are text: clicking them does nothing, nor does a forged click
    text = pane.toPlainText()
    for shown in ("run me", "local file"):
        assert shown in text
    pane.browser.anchorClicked.emit(QUrl("javascript:alert(1)"))
    pane.browser.anchorClicked.emit(QUrl("file:///etc/passwd"))
    assert QApplication.activeModalWidget() is None and opened == []

    _href, _text, position = links[0]
    seen: dict[str, Any] = {}
    answer_next_message_box(QMessageBox.StandardButton.Cancel, seen)
    click_at(qtbot, pane, position)
    qtbot.waitUntil(lambda: "text" in seen, timeout=TIMEOUT)
    assert LINK in seen["text"]  # the whole address, query and fragment
    assert opened == []

    answer_next_message_box(QMessageBox.StandardButton.Open)
    click_at(qtbot, pane, position)
    qtbot.waitUntil(lambda: opened != [], timeout=TIMEOUT)
    assert opened == [LINK]


def blocks(doc: Any) -> list[Any]:
    found = []
    block = doc.begin()
    while block.isValid():
        found.append(block)
        block = block.next()
    return found
