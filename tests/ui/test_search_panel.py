"""Search inside conversations through the real panel, against the demo server."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt

from dify_desktop.core.local_db import LocalDb
from dify_desktop.core.session import Session, connect
from dify_desktop.ui.reporter import Reporter
from dify_desktop.ui.search_panel import SearchPanel
from dify_desktop.ui.tasks import Tasks

TIMEOUT = 15_000
USER = "search-user"


@pytest.fixture
def opened(qtbot: Any, qloop: Any, demo_server: Any) -> Iterator[tuple[SearchPanel, Session]]:
    db = LocalDb.memory()
    tasks = Tasks()

    async def database() -> LocalDb:
        return db

    reporter = Reporter()
    panel = SearchPanel(tasks, reporter, database)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    panel.activateWindow()
    sessions: list[Session] = []
    task = qloop.create_task(connect(demo_server.base_url, demo_server.api_key))
    task.add_done_callback(lambda t: sessions.append(t.result()))
    qtbot.waitUntil(lambda: bool(sessions), timeout=TIMEOUT)
    yield panel, sessions[0]
    panel.shutdown()
    cancelled = qloop.create_task(tasks.cancel_all())
    qtbot.waitUntil(cancelled.done, timeout=TIMEOUT)
    closing = qloop.create_task(sessions[0].close())
    qtbot.waitUntil(closing.done, timeout=TIMEOUT)
    db.close()


def seed(server: Any) -> dict[str, str]:
    store = server.store
    return {
        "refund": store.add_conversation(
            USER,
            "Order 2041",
            messages=[("hello", "hi"), ("お客様は返金を希望しています", "承知しました")],
        ),
        "delivery": store.add_conversation(
            USER, "Delivery", messages=[("where is it", "on its way")]
        ),
    }


def result_names(panel: SearchPanel) -> list[str]:
    return [panel.model.index(r, 0).data() for r in range(panel.model.rowCount())]


def test_words_in_a_message_find_the_conversation_and_open_it_there(
    qtbot: Any, opened: tuple[SearchPanel, Session], demo_server: Any
) -> None:
    panel, session = opened
    ids = seed(demo_server)
    panel.follow(session, "profile-1", USER)
    panel.open()
    qtbot.waitUntil(panel.field.hasFocus, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: "Every conversation" in panel.state.text(), timeout=TIMEOUT)
    panel.field.insert("返金")  # as an input method commits it (QTest types Latin-1 only)
    qtbot.waitUntil(lambda: result_names(panel) == ["Order 2041"], timeout=TIMEOUT)
    accessible = panel.model.index(0, 0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert "返金" in accessible and "Order 2041" in accessible
    qtbot.keyClick(panel.field, Qt.Key.Key_Return)
    qtbot.waitUntil(panel.results.hasFocus, timeout=TIMEOUT)
    message_id = demo_server.store.messages_of(ids["refund"])[1].id
    with qtbot.waitSignal(panel.openMessage, timeout=TIMEOUT) as opened_signal:
        qtbot.keyClick(panel.results, Qt.Key.Key_Return)
    assert opened_signal.args == [USER, ids["refund"], message_id]


def test_nothing_found_and_another_word(
    qtbot: Any, opened: tuple[SearchPanel, Session], demo_server: Any
) -> None:
    panel, session = opened
    seed(demo_server)
    panel.follow(session, "profile-1", USER)
    panel.open()
    qtbot.waitUntil(lambda: "Every conversation" in panel.state.text(), timeout=TIMEOUT)
    qtbot.keyClicks(panel.field, "zeppelin")
    qtbot.waitUntil(lambda: panel.results.accessibleDescription().startswith("0"), timeout=TIMEOUT)
    assert result_names(panel) == []
    panel.field.clear()
    qtbot.keyClicks(panel.field, "way")
    qtbot.waitUntil(lambda: result_names(panel) == ["Delivery"], timeout=TIMEOUT)


def test_cancel_stops_indexing_and_says_how_much_is_searched(
    qtbot: Any, opened: tuple[SearchPanel, Session], demo_server: Any
) -> None:
    panel, session = opened
    for n in range(40):
        demo_server.store.add_conversation(USER, f"C{n}", messages=[("refund", "a")])
    demo_server.latency_ms = 50
    panel.follow(session, "profile-1", USER)
    panel.open()
    qtbot.waitUntil(
        lambda: panel.cancel_button.isVisible() and panel.progress.value() > 0, timeout=TIMEOUT
    )
    qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Indexing stopped" in panel.state.text(), timeout=TIMEOUT)
    assert not panel.cancel_button.isVisible()
    qtbot.keyClicks(panel.field, "refund")
    qtbot.waitUntil(lambda: 0 < panel.model.rowCount() < 40, timeout=TIMEOUT)


def test_esc_closes_the_panel(qtbot: Any, opened: tuple[SearchPanel, Session]) -> None:
    panel, session = opened
    panel.follow(session, "profile-1", USER)
    panel.open()
    with qtbot.waitSignal(panel.closed, timeout=TIMEOUT):
        qtbot.keyClick(panel.field, Qt.Key.Key_Escape)
    assert not panel.isVisible()


def test_in_the_window_enter_opens_the_conversation_at_the_message(
    qtbot: Any, qloop: Any, demo_server: Any
) -> None:
    """Ctrl+Shift+F, the words, Enter twice: the list selects the conversation and the transcript
    shows that message, loading older pages to reach it."""
    from tests.ui.conftest import connect, make_window

    store = demo_server.store
    store.add_conversation(USER, "Other", messages=[("hello", "hi")])
    long = store.add_conversation(
        USER,
        "Long one",
        created_at=1_760_000_000,
        updated_at=1_760_000_000 + 149 * 60,
        messages=[
            ("the zebra crossing is blocked" if n == 3 else f"question {n}", f"answer {n}")
            for n in range(150)
        ],
    )
    zebra = store.messages_of(long)[3].id
    window = make_window(qtbot)
    connect(qtbot, window, demo_server, USER)
    window.view.setFocus()
    qtbot.keyClick(
        window.view,
        Qt.Key.Key_F,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    panel = window.search
    qtbot.waitUntil(lambda: panel.isVisible() and panel.field.hasFocus(), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: "Every conversation" in panel.state.text(), timeout=TIMEOUT)
    qtbot.keyClicks(panel.field, "zebra")
    qtbot.waitUntil(lambda: result_names(panel) == ["Long one"], timeout=TIMEOUT)
    qtbot.keyClick(panel.field, Qt.Key.Key_Return)
    with qtbot.waitSignal(window.transcript.messageReached, timeout=TIMEOUT) as reached:
        qtbot.keyClick(panel.results, Qt.Key.Key_Return)
    assert reached.args == [zebra]
    current = window.conversations.current_conversation()
    assert current is not None and current.id == long
    assert window.focusWidget() is window.view
    qtbot.keyClick(panel.field, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not panel.isVisible(), timeout=TIMEOUT)
    window.close()
