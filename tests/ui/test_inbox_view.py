"""The feedback inbox through the real window and the demo server: Ctrl+I opens it, the filter
shows dislikes only, Enter opens the end user's conversation in the list (beyond its first page
too) with the keyboard on that row, a feedback whose end user is gone says so."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from dify_desktop.core.inbox import InboxEntry, RatingFilter, Resolution
from dify_desktop.demo.seed import DEFAULT_USER
from dify_desktop.demo.seed_feedback import HOSTILE_COMMENT
from dify_desktop.ui.feedback_inbox import FeedbackInbox
from dify_desktop.ui.feedback_inbox_model import Column, EntryRole
from dify_desktop.ui.main_window import MainWindow
from tests.ui.conftest import TIMEOUT


def open_inbox(qtbot: Any, window: MainWindow) -> FeedbackInbox:
    window.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.view, timeout=TIMEOUT)
    qtbot.keyClick(window.view, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    inbox = window.inbox
    qtbot.waitUntil(inbox.isVisible, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: inbox.model.complete and not inbox.model.loading, timeout=TIMEOUT)
    return inbox


def shown(inbox: FeedbackInbox) -> list[InboxEntry]:
    entries = [inbox.proxy.index(r, 0).data(EntryRole) for r in range(inbox.proxy.rowCount())]
    assert all(isinstance(e, InboxEntry) for e in entries)
    return entries


def cell(inbox: FeedbackInbox, row: int, column: Column) -> str:
    return str(inbox.proxy.index(row, column).data())


def row_where(inbox: FeedbackInbox, match: Any) -> int:
    return next(r for r, e in enumerate(shown(inbox)) if match(e))


def test_ctrl_i_lists_every_users_feedback(
    qtbot: Any, window: MainWindow, demo_server: Any
) -> None:
    inbox = open_inbox(qtbot, window)
    stored = demo_server.store.list_feedbacks(1, 1000)
    assert [e.feedback.id for e in shown(inbox)] == [f.id for f in stored]
    assert len({e.user for e in shown(inbox) if e.user}) >= 5
    qtbot.waitUntil(lambda: QApplication.focusWidget() is inbox.view, timeout=TIMEOUT)
    assert inbox.view.currentIndex().row() == 0
    assert f"all {len(stored)} loaded" in inbox.state_label.text()
    # server text is plain text: markup literal, the direction override gone
    hostile = row_where(inbox, lambda e: e.feedback.content == HOSTILE_COMMENT)
    comment = cell(inbox, hostile, Column.COMMENT)
    assert comment.startswith("<b>Wrong</b> answer") and "\u202e" not in comment
    gone = row_where(inbox, lambda e: e.resolution is Resolution.END_USER_GONE)
    assert cell(inbox, gone, Column.USER) == "End user no longer exists"
    first = shown(inbox)[0]
    assert first.message is not None
    answer = " ".join(first.message.answer.split())
    assert answer and cell(inbox, 0, Column.MESSAGE).startswith(answer[:60])
    for widget in (inbox.view, inbox.rating_combo, inbox.reload_button, inbox.state_label):
        assert widget.accessibleName()
    inbox.hide()


def test_the_filter_shows_dislikes_only(qtbot: Any, window: MainWindow, demo_server: Any) -> None:
    inbox = open_inbox(qtbot, window)
    everything = len(shown(inbox))
    inbox.rating_combo.setFocus()
    wanted = inbox.rating_combo.findData(RatingFilter.DISLIKES)
    while inbox.rating_combo.currentIndex() != wanted:
        qtbot.keyClick(inbox.rating_combo, Qt.Key.Key_Down)
    dislikes = [f for f in demo_server.store.list_feedbacks(1, 1000) if f.rating == "dislike"]
    assert [e.feedback.id for e in shown(inbox)] == [f.id for f in dislikes]
    assert all(cell(inbox, r, Column.RATING) == "👎 Dislike" for r in range(len(dislikes)))
    assert f"{len(dislikes)} shown · all {everything} loaded" in inbox.state_label.text()
    inbox.hide()


def test_enter_opens_the_users_conversation_with_the_keyboard_on_it(
    qtbot: Any, window: MainWindow, demo_server: Any
) -> None:
    window.conversations.open_user("maria.schmidt@example.de")
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=TIMEOUT)
    inbox = open_inbox(qtbot, window)
    # the default user's oldest feedback: its conversation is past the list's first page
    row = max(r for r, e in enumerate(shown(inbox)) if e.user == DEFAULT_USER)
    entry = shown(inbox)[row]
    inbox.view.setCurrentIndex(inbox.proxy.index(row, 0))
    with (
        qtbot.waitSignal(window.transcript.messageReached, timeout=TIMEOUT) as reached,
        qtbot.waitSignal(window.opener.conversationOpened, timeout=TIMEOUT) as opened,
    ):
        qtbot.keyClick(inbox.view, Qt.Key.Key_Return)
    assert opened.args == [entry.feedback.message_id]
    assert reached.args == [entry.feedback.message_id]  # the transcript shows that message
    assert not inbox.isVisible()
    assert window.model.user == DEFAULT_USER
    assert window.user_combo.currentText() == DEFAULT_USER
    current = window.conversations.current_conversation()
    assert current is not None and current.id == entry.feedback.conversation_id
    assert window.conversations.view.currentIndex().row() >= 20  # it loaded more to get there
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.view, timeout=TIMEOUT)

    # Ctrl+I again: the inbox as it was, on the same row
    qtbot.keyClick(window.view, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(inbox.isVisible, timeout=TIMEOUT)
    assert inbox.view.currentIndex().row() == row
    inbox.hide()


def test_double_click_opens_too(qtbot: Any, window: MainWindow) -> None:
    inbox = open_inbox(qtbot, window)
    row = row_where(inbox, lambda e: e.user == "maria.schmidt@example.de")
    entry = shown(inbox)[row]
    rect = inbox.view.visualRect(inbox.proxy.index(row, Column.COMMENT))
    with qtbot.waitSignal(window.opener.conversationOpened, timeout=TIMEOUT):
        qtbot.mouseClick(inbox.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(inbox.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    current = window.conversations.current_conversation()
    assert current is not None and current.id == entry.feedback.conversation_id


def test_a_feedback_whose_end_user_is_gone_says_why_it_cannot_open(
    qtbot: Any, window: MainWindow
) -> None:
    inbox = open_inbox(qtbot, window)
    user_before = window.model.user
    row = row_where(inbox, lambda e: e.resolution is Resolution.END_USER_GONE)
    inbox.view.setCurrentIndex(inbox.proxy.index(row, 0))
    qtbot.keyClick(inbox.view, Qt.Key.Key_Return)
    assert inbox.isVisible() and inbox.note_label.isVisible()
    assert "End user no longer exists" in inbox.note_label.text()
    assert window.model.user == user_before
    inbox.hide()


def test_more_feedback_loads_as_the_person_scrolls(
    qtbot: Any, window: MainWindow, demo_server: Any
) -> None:
    store = demo_server.store
    cid = store.add_conversation("bulk-feedback", "Many", messages=[("q", "a")] * 120)
    for i, message in enumerate(store.messages_of(cid)):
        store.set_feedback(message.id, "like" if i % 3 else "dislike", None, user="bulk-feedback")
    total = len(store.list_feedbacks(1, 1000))
    qtbot.keyClick(window.view, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    inbox = window.inbox
    qtbot.waitUntil(lambda: inbox.model.rowCount() > 0 and not inbox.model.loading, timeout=TIMEOUT)
    assert inbox.model.rowCount() == 50 and not inbox.model.complete
    assert "50 loaded, more as you scroll" in inbox.state_label.text()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is inbox.view, timeout=TIMEOUT)
    while not inbox.model.complete:
        loaded = inbox.model.rowCount()
        qtbot.keyClick(inbox.view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(
            lambda n=loaded: inbox.model.rowCount() > n or inbox.model.complete, timeout=TIMEOUT
        )
    assert inbox.model.rowCount() == total
    pages = [
        int(r.query["page"])
        for r in demo_server.requests("GET", "/app/feedbacks")
        if r.query.get("limit") == "50"  # the inbox's pages (the transcript asks for comments)
    ]
    assert pages == list(range(1, total // 50 + 2))  # page on until a short page
    inbox.hide()
