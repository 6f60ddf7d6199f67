"""Helpers for the transcript tests: a window on an end user, a conversation opened in the pane,
what the pane's document holds."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor, QTextDocument

from dify_desktop.ui.main_window import MainWindow
from dify_desktop.ui.transcript.pane import TranscriptPane
from tests.faults.fault_kit import select
from tests.ui.conftest import TIMEOUT, connect, make_window


def window_on(qtbot: Any, server: Any, user: str) -> MainWindow:
    window = make_window(qtbot)
    window.resize(1100, 760)
    connect(qtbot, window, server, user)
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=TIMEOUT)
    return window


def open_conversation(qtbot: Any, window: MainWindow, cid: str) -> TranscriptPane:
    select(window, cid)
    pane = window.transcript
    qtbot.waitUntil(
        lambda: (
            pane.feed is not None
            and pane.feed.conversation_id == cid
            and bool(pane.feed.messages)
            and not pane.loading
        ),
        timeout=TIMEOUT,
    )
    return pane


def scroll_to_top_until_done(qtbot: Any, pane: TranscriptPane) -> int:
    """Scroll up as the person would until every page is loaded; how many loads that took."""
    loads = 0
    bar = pane.browser.verticalScrollBar()
    while pane.feed is not None and not pane.feed.exhausted:
        qtbot.keyClick(pane.browser, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
        if bar.value() != bar.minimum():
            bar.setValue(bar.minimum())
        before = len(pane.feed.messages)
        qtbot.waitUntil(
            lambda before=before: (
                pane.feed is not None
                and (len(pane.feed.messages) > before or pane.feed.exhausted)
                and not pane.loading
            ),
            timeout=TIMEOUT,
        )
        loads += 1
        assert loads < 100
    return loads


def top_question(pane: TranscriptPane) -> str:
    """The first customer question at or below the top of the view (unique in the seed)."""
    block = pane.browser.cursorForPosition(QPoint(5, 5)).block()
    while block.isValid() and not block.text().startswith(("Question", "Can you")):
        block = block.next()
    return block.text()


def anchors(doc: QTextDocument) -> list[tuple[str, str, int]]:
    """Every link in the document: (href, text, position)."""
    found: list[tuple[str, str, int]] = []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            if fmt.isAnchor() and fmt.anchorHref():
                found.append((fmt.anchorHref(), fragment.text(), fragment.position()))
            it += 1
        block = block.next()
    return found


def images(doc: QTextDocument) -> list[str]:
    found: list[str] = []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isImageFormat():
                found.append(fmt.toImageFormat().name())
            it += 1
        block = block.next()
    return found


def click_at(qtbot: Any, pane: TranscriptPane, position: int) -> None:
    """Click the character at ``position`` of the pane's document (scrolled into view)."""
    cursor = QTextCursor(pane.browser.document())
    cursor.setPosition(position + 1)
    pane.browser.setTextCursor(cursor)
    pane.browser.ensureCursorVisible()
    rect = pane.browser.cursorRect(cursor)
    point = QPoint(rect.left() - 3, rect.center().y())
    qtbot.mouseClick(pane.browser.viewport(), Qt.MouseButton.LeftButton, pos=point)
