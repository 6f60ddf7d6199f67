"""Deleting a conversation from the keyboard: Del in the list asks first, naming the conversation
and its end user; Enter deletes, Esc cancels; Del in a text field keeps its editing meaning; a
conversation already gone from the server (404) is said to be gone and leaves the list."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from dify_desktop.demo.seed import DEFAULT_USER
from dify_desktop.ui.conversation_model import IdRole
from tests.ui.conftest import TIMEOUT, press_in_next_message_box

FSI, PDI = "\u2068", "\u2069"


def shown_ids(window: Any) -> list[str]:
    return [window.proxy.index(r, 0).data(IdRole) for r in range(window.proxy.rowCount())]


def test_del_in_the_list_asks_naming_the_conversation_and_esc_cancels(
    qtbot: Any, window: Any, demo_server: Any
) -> None:
    window.view.setCurrentIndex(window.proxy.index(1, 0))
    cid = shown_ids(window)[1]
    name = demo_server.store.get_conversation(cid).name
    seen: dict[str, Any] = {}
    press_in_next_message_box(Qt.Key.Key_Escape, seen)
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)
    assert f"“{FSI}{name}{PDI}”" in seen["text"]
    assert f"end user “{FSI}{DEFAULT_USER}{PDI}”" in seen["text"]
    assert sorted(seen["buttons"]) == ["Cancel", "Delete"] and seen["default"] == "Delete"
    assert cid in shown_ids(window)
    assert demo_server.store.get_conversation(cid).deleted is False


def test_del_then_enter_deletes(qtbot: Any, window: Any, demo_server: Any) -> None:
    window.view.setCurrentIndex(window.proxy.index(0, 0))
    cid = shown_ids(window)[0]
    press_in_next_message_box(Qt.Key.Key_Return)
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: cid not in shown_ids(window), timeout=TIMEOUT)
    assert demo_server.store.get_conversation(cid).deleted is True
    assert "deleted" in window.statusBar().currentMessage()


def test_del_in_the_filter_box_edits_the_text(qtbot: Any, window: Any, demo_server: Any) -> None:
    window.filter_edit.setFocus()
    qtbot.keyClicks(window.filter_edit, "abc")
    qtbot.keyClick(window.filter_edit, Qt.Key.Key_Home)
    qtbot.keyClick(window.filter_edit, Qt.Key.Key_Delete)
    assert window.filter_edit.text() == "bc"
    assert QApplication.activeModalWidget() is None
    assert demo_server.requests("DELETE") == []


def test_a_conversation_already_gone_says_so_and_leaves_the_list(
    qtbot: Any, window: Any, demo_server: Any
) -> None:
    window.view.setCurrentIndex(window.proxy.index(0, 0))
    cid = shown_ids(window)[0]
    name = demo_server.store.get_conversation(cid).name
    demo_server.store.delete_conversation(cid)  # deleted elsewhere meanwhile
    press_in_next_message_box(Qt.Key.Key_Return)
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: cid not in shown_ids(window), timeout=TIMEOUT)
    said = window.statusBar().currentMessage()
    assert said.startswith(f"“{FSI}{name}{PDI}” was already gone from the server (404")
    assert "Not deleted" not in said


def test_del_works_after_a_context_menu_opened_beside_the_rows(
    qtbot: Any, qloop: Any, demo_server: Any
) -> None:
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QMenu

    from tests.ui.conftest import connect, make_window

    cid = demo_server.store.add_conversation("cus_one_row", "The only one")
    window = make_window(qtbot)
    connect(qtbot, window, demo_server, "cus_one_row")
    viewport = window.view.viewport()
    window.view.customContextMenuRequested.emit(QPoint(5, viewport.height() - 5))  # no row there
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu), timeout=TIMEOUT)
    menu = QApplication.activePopupWidget()
    assert not window.row_actions.delete_action.isEnabled()  # nothing to delete there
    menu.close()
    window.view.setCurrentIndex(window.proxy.index(0, 0))
    seen: dict[str, Any] = {}
    press_in_next_message_box(Qt.Key.Key_Escape, seen)
    window.activateWindow()
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)
    assert "The only one" in seen["text"]
    assert cid in shown_ids(window)
