"""Copy transcript: every message of the current conversation as plain text, for a ticket."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from tests.ui.conftest import TIMEOUT, connect, make_window

USER = "ticket-user"


def test_copy_transcript_puts_every_message_on_the_clipboard(
    qtbot: Any, qloop: Any, demo_server: Any
) -> None:
    from dify_desktop.demo.seed_transcripts import TRANSCRIPT_USER

    store = demo_server.store
    (long,) = [c for c in store.conversations_of(TRANSCRIPT_USER) if "600" in c.name]
    window = make_window(qtbot)
    connect(qtbot, window, demo_server, TRANSCRIPT_USER)
    row = next(
        r
        for r in range(window.proxy.rowCount())
        if window.proxy.index(r, 0).data(Qt.ItemDataRole.DisplayRole) == long.name
    )
    window.view.setCurrentIndex(window.proxy.index(row, 0))
    QGuiApplication.clipboard().clear()
    window.view.setFocus()
    qtbot.keyClick(
        window.view,
        Qt.Key.Key_C,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() != "", timeout=TIMEOUT)
    text = QGuiApplication.clipboard().text()
    messages = store.messages_of(long.id)
    assert text.startswith(f"Conversation: {long.name} ({long.id})\nEnd user: {TRANSCRIPT_USER}\n")
    assert text.count("\nCustomer: ") == len(messages)
    first = min(messages, key=lambda m: m.created_at)
    last = max(messages, key=lambda m: m.created_at)
    assert text.index(f"Customer: {first.query}") < text.index(f"Customer: {last.query}")
    qtbot.waitUntil(lambda: "Copied the transcript" in current_message(window), timeout=TIMEOUT)
    assert current_message(window) == f"Copied the transcript: {len(messages)} message(s)."
    window.close()


def current_message(window: Any) -> str:
    message = window.reporter.current()
    return message.text if message is not None else ""
