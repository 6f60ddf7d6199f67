"""The conversation list: paging with ties, filter, empty states, plain text, sorting."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from dify_desktop.ui.conversation_model import Column, IdRole
from tests.ui.conftest import TIMEOUT, connect, make_window, row_texts


def shown_ids(window: Any) -> list[str]:
    return [window.proxy.index(r, 0).data(IdRole) for r in range(window.proxy.rowCount())]


def add_tied_conversations(server: Any, user: str, count: int) -> set[str]:
    """``count`` conversations in groups of up to 37 sharing one second."""
    ids = set()
    base = 1_780_000_000
    for i in range(count):
        second = base + (i // 37) * 60
        ids.add(
            server.store.add_conversation(
                user, f"Ticket {i:04d}", created_at=second, updated_at=second + (i % 3)
            )
        )
    return ids


def test_scrolling_to_the_end_shows_every_conversation_exactly_once(
    qtbot: Any, qloop: Any, demo_server: Any
) -> None:
    expected = add_tied_conversations(demo_server, "bulk-user", 1_234)
    window = make_window(qtbot)
    connect(qtbot, window, demo_server, "bulk-user")
    qtbot.waitUntil(lambda: "more available" in window.counts_label.text(), timeout=TIMEOUT)
    while not window.model.complete:
        window.view.scrollToBottom()
        qtbot.waitUntil(lambda: not window.model.loading, timeout=TIMEOUT)
        window.view.verticalScrollBar().setValue(window.view.verticalScrollBar().maximum())
        QApplication.processEvents()
        qtbot.waitUntil(lambda: not window.model.loading, timeout=TIMEOUT)
    ids = shown_ids(window)
    assert len(ids) == len(set(ids)) == len(expected)
    assert set(ids) == expected
    qtbot.waitUntil(  # the counts follow on the loop's next turn
        lambda: window.counts_label.text() == f"all {len(expected)} loaded", timeout=TIMEOUT
    )


def test_every_sort_order_lists_everything_once_and_in_order(
    qtbot: Any, qloop: Any, demo_server: Any
) -> None:
    expected = add_tied_conversations(demo_server, "sort-user", 450)
    window = make_window(qtbot)
    connect(qtbot, window, demo_server, "sort-user")
    for index in range(window.sort_combo.count()):
        window.sort_combo.setCurrentIndex(index)
        window.sort_combo.activated.emit(index)
        qtbot.waitUntil(
            lambda: window.model.sort_by == window.conversations.sort_order(), timeout=TIMEOUT
        )
        window.model.load_all()
        qtbot.waitUntil(lambda: window.model.complete, timeout=TIMEOUT)
        ids = shown_ids(window)
        assert len(ids) == len(expected) and set(ids) == expected, window.conversations.sort_order()
        field = "created_at" if "created" in window.conversations.sort_order() else "updated_at"
        stamps = [getattr(demo_server.store.get_conversation(i), field) for i in ids]
        assert stamps == sorted(stamps, reverse=window.conversations.sort_order().startswith("-"))


def test_filter_narrows_loaded_rows_and_never_fetches(
    qtbot: Any, window: Any, demo_server: Any
) -> None:
    requests_before = len(demo_server.requests("GET", "/conversations"))
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.filter_edit
    qtbot.keyClicks(window.filter_edit, "refund")
    assert window.proxy.rowCount() >= 1
    assert all(
        "refund" in row_texts(window, r)[Column.NAME].lower()
        for r in range(window.proxy.rowCount())
    )
    target = shown_ids(window)[0]
    window.filter_edit.setText(target[:13])  # by id too
    assert shown_ids(window) == [target]
    window.filter_edit.setText("no such conversation anywhere")
    assert window.proxy.rowCount() == 0
    assert "No loaded conversation matches" in window.empty.text()
    assert len(demo_server.requests("GET", "/conversations")) == requests_before
    window.filter_edit.clear()
    assert window.proxy.rowCount() == window.model.rowCount()


def test_unknown_user_explains_the_empty_list(qtbot: Any, window: Any) -> None:
    window.user_combo.setEditText("nobody-has-this-id")
    qtbot.keyClick(window.user_combo.lineEdit(), Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: window.model.complete and window.model.user == "nobody-has-this-id", timeout=TIMEOUT
    )
    text = window.empty.text()
    assert window.conversations.currentWidget() is window.empty
    assert "No conversations for" in text and "nobody-has-this-id" in text
    assert "only sees conversations created through the API" in text
    assert "registers it" in text
    qtbot.waitUntil(lambda: window.counts_label.text() == "all 0 loaded", timeout=TIMEOUT)


def test_not_connected_state_explains_itself(qtbot: Any, qloop: Any) -> None:
    window = make_window(qtbot, ephemeral=False)
    assert window.conversations.currentWidget() is window.empty
    assert "Not connected" in window.empty.text() and "Add connection" in window.empty.text()


def test_server_text_is_shown_literally_and_cannot_reorder_the_interface(
    qtbot: Any, qloop: Any, demo_server: Any
) -> None:
    names = {
        "html": "<b>bold?</b> <img src=x onerror=alert(1)> <a href='http://evil'>link</a>",
        "rlo": "invoice \u202egpj.exe\u202c done",
        "control": "line one\nline two\x00\x1b[31m",
        "long": "L" * 10_000,
        "emoji": "Family 👨‍👩‍👧 and flag 🇯🇵",
    }
    ids = {
        key: demo_server.store.add_conversation("hostile-user", name) for key, name in names.items()
    }
    window = make_window(qtbot)
    connect(qtbot, window, demo_server, "hostile-user")
    shown = {
        window.proxy.index(r, 0).data(IdRole): row_texts(window, r)[Column.NAME]
        for r in range(window.proxy.rowCount())
    }
    assert shown[ids["html"]] == names["html"]
    assert "\u202e" not in shown[ids["rlo"]] and "gpj.exe" in shown[ids["rlo"]]
    assert "\n" not in shown[ids["control"]] and "\x00" not in shown[ids["control"]]
    assert "␊" in shown[ids["control"]]
    assert len(shown[ids["long"]]) <= 500
    assert shown[ids["emoji"]] == names["emoji"]
    row = shown_ids(window).index(ids["html"])
    tip = window.proxy.index(row, Column.NAME).data(Qt.ItemDataRole.ToolTipRole)
    assert "<b>" not in tip and "&lt;b&gt;" in tip and "<img" not in tip


def test_refresh_keys_reload_the_list(qtbot: Any, window: Any, demo_server: Any) -> None:
    from dify_desktop.demo.seed import DEFAULT_USER

    new_id = demo_server.store.add_conversation(
        DEFAULT_USER, "Brand new ticket", created_at=1_900_000_000, updated_at=1_900_000_000
    )
    assert new_id not in shown_ids(window)
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: new_id in shown_ids(window), timeout=TIMEOUT)
    assert shown_ids(window)[0] == new_id
    demo_server.store.rename_direct(new_id, "Renamed elsewhere")
    qtbot.keyClick(window.view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: row_texts(window, 0)[Column.NAME] == "Renamed elsewhere", timeout=TIMEOUT
    )


def test_copy_conversation_id(qtbot: Any, window: Any) -> None:
    window.view.setCurrentIndex(window.proxy.index(2, 0))
    window.row_actions.copy_id_action.trigger()
    assert QApplication.clipboard().text() == shown_ids(window)[2]


def test_delete_asks_first_then_removes_the_conversation_on_the_server(
    qtbot: Any, window: Any, demo_server: Any
) -> None:
    from tests.ui.conftest import press_in_next_message_box

    window.view.setCurrentIndex(window.proxy.index(2, 0))
    cid = shown_ids(window)[2]
    name = demo_server.store.get_conversation(cid).name
    seen: dict[str, Any] = {}
    press_in_next_message_box(Qt.Key.Key_Escape, seen)
    window.row_actions.delete_action.trigger()
    assert name in seen["text"] and "cannot be restored" in seen["text"]
    assert demo_server.store.get_conversation(cid).deleted is False
    assert cid in shown_ids(window)

    press_in_next_message_box(Qt.Key.Key_Return)
    window.row_actions.delete_action.trigger()
    qtbot.waitUntil(lambda: cid not in shown_ids(window), timeout=TIMEOUT)
    assert demo_server.store.get_conversation(cid).deleted is True
    assert window.statusBar().currentMessage() == f"Conversation “\u2068{name}\u2069” deleted."
    qtbot.waitUntil(  # the counts follow on the loop's next turn
        lambda: window.counts_label.text().startswith(f"all {len(shown_ids(window))} loaded"),
        timeout=TIMEOUT,
    )


def test_a_failed_delete_keeps_the_row_and_says_why(
    qtbot: Any, window: Any, demo_server: Any
) -> None:
    from dify_desktop.demo.faults import Fault
    from tests.ui.conftest import press_in_next_message_box

    cid = shown_ids(window)[0]
    demo_server.faults.add(
        Fault(
            method="DELETE",
            path="/conversations/*",
            kind="status",
            status=503,
            body="<html><body>Service Unavailable</body></html>",
            content_type="text/html",
            times=1,
        )
    )
    press_in_next_message_box(Qt.Key.Key_Return)
    window.row_actions.delete_action.trigger()
    qtbot.waitUntil(lambda: "Not deleted" in window.statusBar().currentMessage(), timeout=TIMEOUT)
    assert "503" in window.statusBar().currentMessage()
    assert cid in shown_ids(window)
    assert demo_server.store.get_conversation(cid).deleted is False


def test_opening_a_connection_asks_for_its_list_while_the_key_is_checked(
    qtbot: Any, qloop: Any, demo_server: Any
) -> None:
    from dify_desktop.core.profiles import Profile
    from dify_desktop.demo.faults import Fault
    from dify_desktop.demo.seed import DEFAULT_USER
    from tests.ui.conftest import TIMEOUT, make_window

    window = make_window(qtbot)
    demo_server.faults.add(Fault(method="GET", path="/info", kind="delay", delay_s=0.5, times=1))
    profile = Profile(id="early", name="Early", base_url=demo_server.base_url)
    profile = profile.with_recent_user(DEFAULT_USER)
    window.ctx.tasks.spawn(window.open_profile(profile, demo_server.api_key))
    qtbot.waitUntil(lambda: bool(demo_server.requests("GET", "/conversations")), timeout=TIMEOUT)
    assert window.session is None  # still checking the key
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=TIMEOUT)
    assert window.model.user == DEFAULT_USER
    assert len(demo_server.requests("GET", "/conversations")) == 1  # that page, not asked again
