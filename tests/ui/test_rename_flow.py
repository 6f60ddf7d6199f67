"""The rename flow through real widgets against the demo server over loopback."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from dify_desktop.demo.faults import Fault
from dify_desktop.ui.conversation_model import Column, MessageRole
from tests.ui.conftest import TIMEOUT, editor_of, open_editor, row_texts


def first_row_id(window: Any) -> str:
    return window.proxy.index(0, 0).data(Qt.ItemDataRole.UserRole + 2)


def status(window: Any, row: int = 0) -> str:
    """The row's status column and, after a tab, its whole message (the tooltip's text)."""
    index = window.proxy.index(row, Column.STATUS)
    return f"{index.data() or ''}\t{index.data(MessageRole) or ''}"


def rename_requests(server: Any) -> int:
    return sum(1 for r in server.requests("POST") if r.path.endswith("/name"))


def test_start_state_is_keyboard_ready(window: Any) -> None:
    assert QApplication.focusWidget() is window.view
    assert window.view.currentIndex().row() == 0


def test_f2_type_enter_renames_on_the_server_and_in_the_row(
    qtbot: Any, window: Any, demo_server: Any
) -> None:
    cid = first_row_id(window)
    old_updated = demo_server.store.get_conversation(cid).updated_at
    editor = open_editor(qtbot, window)
    assert editor.line_edit.selectedText() == editor.line_edit.text() != ""
    qtbot.keyClicks(editor.line_edit, "  Refund for order #1234 ")
    editor.line_edit.insert("✓")  # as an input method types it (QTest sends ASCII only)
    qtbot.keyClicks(editor.line_edit, "  ")
    qtbot.keyClick(editor.line_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: row_texts(window, 0)[Column.STATUS] == "✓ Renamed", timeout=TIMEOUT)
    stored = demo_server.store.get_conversation(cid)
    assert stored.name == "Refund for order #1234 ✓"  # trimmed, everything else as typed
    assert row_texts(window, 0)[Column.NAME] == "Refund for order #1234 ✓"
    assert stored.updated_at >= old_updated
    # The row stays where it is, selected, until the next refresh.
    assert first_row_id(window) == cid
    assert window.view.currentIndex().row() == 0
    assert editor_of(window) is None


def test_tab_moves_to_the_checkbox_without_committing(
    qtbot: Any, window: Any, demo_server: Any
) -> None:
    before = rename_requests(demo_server)
    editor = open_editor(qtbot, window)
    qtbot.keyClicks(editor.line_edit, "Half typed")
    qtbot.keyClick(editor.line_edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is editor.auto_generate
    assert editor_of(window) is editor
    qtbot.keyClick(editor.auto_generate, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is editor.line_edit
    qtbot.keyClick(editor.line_edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: editor_of(window) is None, timeout=TIMEOUT)
    assert rename_requests(demo_server) == before
    assert window.view.currentIndex().row() == 0


def test_auto_generate_shows_the_generated_name(qtbot: Any, window: Any, demo_server: Any) -> None:
    cid = demo_server.store.add_conversation(
        "tester-auto",
        "New conversation",
        messages=[("How do I reset my router password?", "Hold the button.")],
    )
    window.conversations.open_user("tester-auto")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=TIMEOUT)
    window.view.setCurrentIndex(window.proxy.index(0, 0))
    editor = open_editor(qtbot, window)
    qtbot.keyClick(editor.line_edit, Qt.Key.Key_Tab)
    qtbot.keyClick(editor.auto_generate, Qt.Key.Key_Space)
    assert editor.auto_generate.isChecked() and not editor.line_edit.isEnabled()
    qtbot.keyClick(editor.auto_generate, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: row_texts(window, 0)[Column.STATUS] == "✓ Renamed", timeout=TIMEOUT)
    generated = demo_server.store.get_conversation(cid).name
    assert generated != "New conversation" and "router" in generated.lower()
    assert row_texts(window, 0)[Column.NAME] == generated


def test_auto_generate_that_silently_does_nothing_is_reported(
    qtbot: Any, window: Any, demo_server: Any
) -> None:
    demo_server.store.auto_generate_mode = "silent"
    name_before = row_texts(window, 0)[Column.NAME]
    editor = open_editor(qtbot, window)
    editor.auto_generate.setChecked(True)
    qtbot.keyClick(editor.auto_generate, Qt.Key.Key_Enter)
    qtbot.waitUntil(lambda: "could not generate" in status(window), timeout=TIMEOUT)
    assert row_texts(window, 0)[Column.NAME] == name_before
    assert "could not generate" in window.statusBar().currentMessage()


def test_auto_generate_without_messages_says_so(qtbot: Any, window: Any, demo_server: Any) -> None:
    demo_server.store.add_conversation("tester-empty", "Fresh chat")
    window.conversations.open_user("tester-empty")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=TIMEOUT)
    window.view.setCurrentIndex(window.proxy.index(0, 0))
    editor = open_editor(qtbot, window)
    editor.auto_generate.setChecked(True)
    qtbot.keyClick(editor.auto_generate, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "has messages" in status(window), timeout=TIMEOUT)
    assert row_texts(window, 0)[Column.NAME] == "Fresh chat"


def test_blank_and_too_long_names_are_explained_in_the_editor_and_not_sent(
    qtbot: Any, window: Any, demo_server: Any
) -> None:
    before = rename_requests(demo_server)
    editor = open_editor(qtbot, window)
    qtbot.keyClicks(editor.line_edit, "    ")
    qtbot.keyClick(editor.line_edit, Qt.Key.Key_Return)
    assert editor_of(window) is editor
    assert editor.problem.isVisible() and "Type a name" in editor.problem.text()
    editor.line_edit.setText("x" * 256)
    qtbot.keyClick(editor.line_edit, Qt.Key.Key_Return)
    assert "at most 255" in editor.problem.text() and editor.line_edit.text() == "x" * 256
    editor.line_edit.setText("  " + "y" * 255 + "  ")  # 255 after trimming is fine
    qtbot.keyClick(editor.line_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: row_texts(window, 0)[Column.STATUS] == "✓ Renamed", timeout=TIMEOUT)
    assert rename_requests(demo_server) == before + 1


def test_a_definite_error_restores_the_old_name_and_keeps_the_typed_text(
    qtbot: Any, window: Any, demo_server: Any
) -> None:
    cid = first_row_id(window)
    old = row_texts(window, 0)[Column.NAME]
    demo_server.faults.add(
        Fault(
            method="POST",
            path="/conversations/*/name",
            kind="status",
            status=503,
            body="<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>",
            content_type="text/html",
            times=1,
        )
    )
    editor = open_editor(qtbot, window)
    qtbot.keyClicks(editor.line_edit, "Typed with care")
    qtbot.keyClick(editor.line_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Not renamed" in status(window), timeout=TIMEOUT)
    assert "(503)" in row_texts(window, 0)[Column.STATUS] and "503" in status(window)
    assert row_texts(window, 0)[Column.NAME] == old
    assert demo_server.store.get_conversation(cid).name == old
    assert "503" in window.statusBar().currentMessage()
    # Reopening the editor offers what was typed; saving again works.
    editor = open_editor(qtbot, window)
    assert editor.line_edit.text() == "Typed with care"
    qtbot.keyClick(editor.line_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: row_texts(window, 0)[Column.STATUS] == "✓ Renamed", timeout=TIMEOUT)
    assert demo_server.store.get_conversation(cid).name == "Typed with care"


def test_an_uncertain_failure_rereads_and_shows_what_the_server_holds(
    qtbot: Any, window: Any, demo_server: Any
) -> None:
    cid = first_row_id(window)
    # The server saves the name, then the connection breaks before the answer arrives.
    demo_server.faults.add(
        Fault(method="POST", path="/conversations/*/name", kind="reset_mid_body", times=1)
    )
    editor = open_editor(qtbot, window)
    qtbot.keyClicks(editor.line_edit, "Saved but unconfirmed")
    qtbot.keyClick(editor.line_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "did save" in status(window), timeout=TIMEOUT)
    assert demo_server.store.get_conversation(cid).name == "Saved but unconfirmed"
    assert row_texts(window, 0)[Column.NAME] == "Saved but unconfirmed"


def test_an_uncertain_failure_that_did_not_save_keeps_the_typed_text(
    qtbot: Any, window: Any, demo_server: Any
) -> None:
    cid = first_row_id(window)
    old = row_texts(window, 0)[Column.NAME]
    demo_server.faults.add(Fault(method="POST", path="/conversations/*/name", kind="drop", times=1))
    editor = open_editor(qtbot, window)
    qtbot.keyClicks(editor.line_edit, "Lost on the wire")
    qtbot.keyClick(editor.line_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "old name" in status(window), timeout=TIMEOUT)
    assert demo_server.store.get_conversation(cid).name == old
    assert row_texts(window, 0)[Column.NAME] == old
    editor = open_editor(qtbot, window)
    assert editor.line_edit.text() == "Lost on the wire"


def test_saving_shows_and_escape_does_not_cancel_it(
    qtbot: Any, window: Any, demo_server: Any
) -> None:
    cid = first_row_id(window)
    demo_server.faults.add(
        Fault(method="POST", path="/conversations/*/name", kind="delay", delay_s=1.0, times=1)
    )
    editor = open_editor(qtbot, window)
    qtbot.keyClicks(editor.line_edit, "Slow save")
    qtbot.keyClick(editor.line_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: row_texts(window, 0)[Column.STATUS] == "Saving…", timeout=TIMEOUT)
    assert row_texts(window, 0)[Column.NAME] == "Slow save"
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    # Other rows stay usable while it saves.
    qtbot.keyClick(window.view, Qt.Key.Key_Down)
    assert window.view.currentIndex().row() == 1
    assert row_texts(window, 0)[Column.STATUS] == "Saving…"
    qtbot.waitUntil(lambda: row_texts(window, 0)[Column.STATUS] == "✓ Renamed", timeout=TIMEOUT)
    assert demo_server.store.get_conversation(cid).name == "Slow save"


def test_two_saves_of_one_row_run_in_order(qtbot: Any, window: Any, demo_server: Any) -> None:
    cid = first_row_id(window)
    demo_server.faults.add(
        Fault(method="POST", path="/conversations/*/name", kind="delay", delay_s=0.5, times=1)
    )
    row = window.proxy.mapToSource(window.proxy.index(0, 0)).row()
    assert window.model.request_rename(row, "First", False) is None
    assert window.model.request_rename(row, "Second", False) is None
    qtbot.waitUntil(lambda: window.model.saving_count() == 0, timeout=TIMEOUT)
    assert rename_requests(demo_server) == 2
    assert demo_server.store.get_conversation(cid).name == "Second"
    assert row_texts(window, 0)[Column.NAME] == "Second"
