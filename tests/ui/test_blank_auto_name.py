"""Auto-generate that blanks the name (Dify 1.14/1.15 on an empty model reply, the demo's
``blank`` mode): the previous name is put back through the API, exactly as it was."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from dify_desktop.demo.faults import Fault
from dify_desktop.ui.conversation_model import Column, MessageRole
from tests.ui.conftest import TIMEOUT, open_editor, row_texts

USER = "blank-user"
OLD = "  Refund for order 1234 "  # spaces included: put back untrimmed


def status(window: Any) -> str:
    index = window.proxy.index(0, Column.STATUS)
    return f"{index.data() or ''}\t{index.data(MessageRole) or ''}"


def auto_generate_blank(qtbot: Any, window: Any, demo_server: Any, old: str) -> str:
    cid = demo_server.store.add_conversation(
        USER, old, messages=[("Where is my refund?", "It is on its way.")]
    )
    demo_server.store.auto_generate_mode = "blank"
    window.conversations.open_user(USER)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=TIMEOUT)
    window.view.setCurrentIndex(window.proxy.index(0, 0))
    editor = open_editor(qtbot, window)
    editor.auto_generate.setChecked(True)
    qtbot.keyClick(editor.auto_generate, Qt.Key.Key_Return)
    return str(cid)


def test_a_blanked_name_is_put_back_exactly(qtbot: Any, window: Any, demo_server: Any) -> None:
    cid = auto_generate_blank(qtbot, window, demo_server, OLD)
    qtbot.waitUntil(lambda: "put back" in status(window), timeout=TIMEOUT)
    assert demo_server.store.get_conversation(cid).name == OLD
    assert row_texts(window, 0)[Column.NAME] == OLD
    assert "empty name" in status(window)
    line = window.statusBar().currentMessage()
    assert line.startswith(f"\u2068{OLD}\u2069: ") and "put back" in line


def test_a_blank_name_that_was_blank_before_says_nothing_to_put_back(
    qtbot: Any, window: Any, demo_server: Any
) -> None:
    with qtbot.waitSignal(window.model.renameReported, timeout=TIMEOUT) as reported:
        cid = auto_generate_blank(qtbot, window, demo_server, "")
    line, is_problem = reported.args
    assert "nothing to put back" in status(window) and "empty name" in status(window)
    assert is_problem and line.startswith("Conversation") and cid in line
    assert "nothing to put back" in line and not line.startswith(":")
    assert demo_server.store.get_conversation(cid).name == ""


def fail_the_put_back(demo_server: Any) -> None:
    """The first rename (auto-generate) goes through; the one putting the name back fails."""
    demo_server.faults.add(Fault(method="POST", path="/conversations/*/name", kind="delay"))
    demo_server.faults.add(Fault(method="POST", path="/conversations/*/name", status=503))


def test_a_failed_put_back_is_shown_and_retried(qtbot: Any, window: Any, demo_server: Any) -> None:
    fail_the_put_back(demo_server)
    with qtbot.waitSignal(window.model.renameReported, timeout=TIMEOUT) as reported:
        cid = auto_generate_blank(qtbot, window, demo_server, OLD)
    assert "(503)" in row_texts(window, 0)[Column.STATUS]
    assert "put it back" in status(window)
    assert demo_server.store.get_conversation(cid).name == ""
    line, is_problem = reported.args
    assert is_problem and line.startswith(f"\u2068{OLD}\u2069: ")
    tip = window.proxy.index(0, Column.STATUS).data(Qt.ItemDataRole.ToolTipRole)
    assert "previous name, to put back" in tip
    # Retry rename puts it back, untrimmed.
    window.view.setFocus()
    window.row_actions.retry_action.trigger()
    qtbot.waitUntil(lambda: row_texts(window, 0)[Column.STATUS] == "✓ Renamed", timeout=TIMEOUT)
    assert demo_server.store.get_conversation(cid).name == OLD
    assert row_texts(window, 0)[Column.NAME] == OLD


def test_f2_offers_the_previous_name_and_enter_puts_it_back_exactly(
    qtbot: Any, window: Any, demo_server: Any
) -> None:
    fail_the_put_back(demo_server)
    with qtbot.waitSignal(window.model.renameReported, timeout=TIMEOUT):
        cid = auto_generate_blank(qtbot, window, demo_server, OLD)
    editor = open_editor(qtbot, window)
    assert editor.line_edit.text() == OLD and not editor.auto_generate.isChecked()
    qtbot.keyClick(editor.line_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: row_texts(window, 0)[Column.STATUS] == "✓ Renamed", timeout=TIMEOUT)
    assert demo_server.store.get_conversation(cid).name == OLD
