"""The transcript pane through the real window against the demo server: every message of a long
conversation (same-second bursts included) exactly once, newest at the bottom, older pages as
the person scrolls up with the view kept where it was, variables parsed, feedback and errors
shown, text copyable, ``show_message`` reaching a message far back."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from dify_desktop.api import time_order
from dify_desktop.core.transcript import TranscriptOutcome
from dify_desktop.demo.seed_transcripts import (
    BURST_MESSAGES,
    ERROR_TEXT,
    LONG_MESSAGES,
    TRANSCRIPT_USER,
)
from tests.ui.conftest import TIMEOUT
from tests.ui.transcript_kit import (
    open_conversation,
    scroll_to_top_until_done,
    top_question,
    window_on,
)


def conversation_id(server: Any, prefix: str) -> str:
    convs = server.store.conversations_of(TRANSCRIPT_USER)
    return str(next(c.id for c in convs if c.name.startswith(prefix)))


def test_every_message_once_newest_at_the_bottom_older_ones_on_scrolling_up(
    qtbot: Any, qloop: Any, demo_server: Any
) -> None:
    window = window_on(qtbot, demo_server, TRANSCRIPT_USER)
    cid = conversation_id(demo_server, "Long conversation")
    pane = open_conversation(qtbot, window, cid)
    bar = pane.browser.verticalScrollBar()
    assert pane.feed is not None and 0 < len(pane.feed.messages) < LONG_MESSAGES
    assert bar.value() == bar.maximum() > 0  # at the newest message
    assert (
        pane.toPlainText().index("Can you sum up how the refund works?")
        > len(pane.toPlainText()) - 2000
    )
    assert "scroll up for older" in pane.status.text()

    # one page back, by hand: the question at the top of the view stays at the top
    bar.setValue(bar.minimum())
    before = top_question(pane)
    shown = len(pane.feed.messages)
    qtbot.waitUntil(lambda: len(pane.feed.messages) > shown and not pane.loading, timeout=TIMEOUT)
    assert top_question(pane) == before
    assert bar.value() > bar.minimum()

    assert scroll_to_top_until_done(qtbot, pane) >= 2
    stored = demo_server.store.messages_of(cid)
    assert len(stored) == LONG_MESSAGES + 1
    questions = re.findall(r"^(?:Question \d+|Can you sum up)", pane.toPlainText(), re.M)
    assert Counter(questions) == Counter(
        m.query.split(":")[0] if m.query.startswith("Question") else "Can you sum up"
        for m in stored
    )
    shown_ids = [m.id for m in pane.feed.messages]
    assert len(set(shown_ids)) == len(stored)
    assert shown_ids == [m.id for m in time_order(pane.feed.messages)]  # time order, stable
    assert pane.feed.outcome is TranscriptOutcome.COMPLETE
    assert pane.status.text() == f"All {LONG_MESSAGES + 1} messages"


def test_feedback_error_and_variables_are_shown(qtbot: Any, qloop: Any, demo_server: Any) -> None:
    window = window_on(qtbot, demo_server, TRANSCRIPT_USER)
    cid = conversation_id(demo_server, "Long conversation")
    pane = open_conversation(qtbot, window, cid)
    scroll_to_top_until_done(qtbot, pane)
    text = pane.toPlainText()
    assert "👍 Liked: “Clear, thank you!”" in text
    assert "👎 Disliked: “The table was wrong <b>again</b>”" in text  # comments as text
    assert f"⚠ This answer failed: {ERROR_TEXT}" in text

    section = pane.variables
    assert section.isVisible() and section.toggle.text() == "&Variables (7)"
    assert not section.table.isVisible()
    section.toggle.click()
    assert section.table.isVisible()
    rows = {
        section.table.topLevelItem(i).text(0): (
            section.table.topLevelItem(i).text(1),
            section.table.topLevelItem(i).text(2),
        )
        for i in range(section.table.topLevelItemCount())
    }
    assert rows["customer_name"] == ("string · text", "Jordan Example")
    assert rows["order_count"] == ("number · JSON", "7")
    assert rows["is_vip"] == ("boolean · Python value", "True")
    assert rows["address"][0] == "object · Python value"
    assert "'city': 'Lyon'" in rows["address"][1]
    assert rows["last_orders"] == ("array[string] · Python value", "['A-2041', 'A-1988', 'A-1870']")
    assert rows["raw_note"] == ("string · text", "{'not': closed")


def test_more_than_100_in_one_second_is_said(qtbot: Any, qloop: Any, demo_server: Any) -> None:
    window = window_on(qtbot, demo_server, TRANSCRIPT_USER)
    pane = open_conversation(qtbot, window, conversation_id(demo_server, "Import burst"))
    qtbot.waitUntil(lambda: pane.feed is not None and pane.feed.exhausted, timeout=TIMEOUT)
    assert pane.feed is not None and pane.feed.outcome is TranscriptOutcome.UNREACHABLE
    assert len(pane.feed.messages) == 100 < BURST_MESSAGES
    assert "more than 100 were sent in one second" in pane.status.text()
    assert "100 messages shown" in pane.status.text()


def test_show_message_loads_older_pages_until_it_is_there(
    qtbot: Any, qloop: Any, demo_server: Any
) -> None:
    window = window_on(qtbot, demo_server, TRANSCRIPT_USER)
    cid = conversation_id(demo_server, "Long conversation")
    pane = open_conversation(qtbot, window, cid)
    target = demo_server.store.messages_of(cid)[3]
    assert pane.feed is not None and not pane.feed.has(target.id)
    with qtbot.waitSignal(pane.messageReached, timeout=TIMEOUT) as reached:
        pane.show_message(target.id)
    assert reached.args == [target.id]
    assert top_question(pane) == target.query

    pane.show_message("00000000-0000-4000-8000-000000000000")  # everything is loaded by now
    assert "The message to show is not in this conversation" in pane.status.text()


def test_text_is_selectable_and_copyable_by_keyboard(
    qtbot: Any, qloop: Any, demo_server: Any
) -> None:
    window = window_on(qtbot, demo_server, TRANSCRIPT_USER)
    pane = open_conversation(qtbot, window, conversation_id(demo_server, "Long conversation"))
    pane.browser.setFocus()
    qtbot.keyClick(pane.browser, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(pane.browser, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = QApplication.clipboard().text()
    assert "Can you sum up how the refund works?" in copied and "Refund steps" in copied
    assert pane.browser.accessibleName() == "Messages"
    assert pane.status.accessibleName() and pane.variables.toggle.accessibleName()
