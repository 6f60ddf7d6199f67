"""Server text is shown as plain text everywhere: markup stays literal, bidi overrides cannot
reorder the interface, control characters cannot break lines or hide text, huge strings are
cut, emoji survive. The one exception, the assistant's answers, are rendered from Markdown with
HTML shown as text, nothing loaded and only http(s) links kept (tests/ui/test_transcript_safety.py).
(Conversation names in the list: tests/ui/test_list.py.)"""

from __future__ import annotations

import json
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from dify_desktop.demo.faults import Fault
from dify_desktop.ui.conversation_model import Column
from tests.faults.fault_kit import Wire, cell, fault_window, open_session, select, settled, wait_for
from tests.ui.conftest import make_window, open_editor

HTML = "<img src=x onerror=alert(1)> <a href='http://evil.example/'>click me</a> <b>bold</b>"
RLO = "invoice \u202egpj.exe\u202c ok"
CONTROL = "bell\x07 esc\x1b[31m nul\x00 end"
LONG = "W" * 10_000
EMOJI = "Family 👨‍👩‍👧 flag 🇯🇵 ok ✓"
HOSTILE = f"{RLO} {HTML} {CONTROL}\nsecond line {EMOJI} {LONG}"
BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067"  # FSI/PDI are ours (isolated())
USER = "cus_hostile_text"


def assert_plain_and_safe(text: str, *, limit: int) -> None:
    """What any widget may show of HOSTILE: literal markup, no overrides, no raw controls."""
    assert not any(ch in text for ch in BIDI_CONTROLS), ascii(text[:200])
    assert not any(ch in text for ch in "\x00\x07\x1b\n\r"), ascii(text[:200])
    assert "gpj.exe" in text
    assert len(text) <= limit, len(text)


@pytest.fixture
def window(qtbot: Any, qloop: Any, fault_server: Any, wire: Wire) -> Any:
    return fault_window(qtbot, wire, timeout=10.0)


def test_messages_pane_shows_messages_literally(qtbot: Any, window: Any, fault_server: Any) -> None:
    fault_server.store.add_conversation(
        USER,
        "Hostile messages",
        messages=[(HTML, RLO), (f"{CONTROL}\r\nnext line\ttab", LONG), (EMOJI, "fine")],
    )
    open_session(qtbot, window, fault_server, USER)
    assert window.messages.browser.isReadOnly()
    wait_for(qtbot, lambda: "Customer" in window.messages.toPlainText())
    text = window.messages.toPlainText()
    assert HTML in text  # the markup is text
    assert "\u202e" not in text and "invoice gpj.exe ok" in text
    assert not any(ch in text for ch in "\x00\x07\x1b\r\t")
    assert "bell␇ esc␛[31m nul␀ end\nnext line    tab" in text  # controls shown as symbols
    assert LONG in text  # long, but whole
    assert EMOJI in text
    rendered = window.messages.document().toHtml()
    assert "<img" not in rendered and 'href="http://evil' not in rendered
    assert "&lt;img src=x onerror=alert(1)&gt;" in rendered


HOSTILE_ANSWER = (
    f"# Title\n\n{HTML} <img src=file:///etc/passwd> ![x](file:///etc/hosts) "
    "![y](data:image/png;base64,AAAA) [tap](javascript:alert(1)) [web](https://example.com/a)"
    f" {RLO} {CONTROL}"
)


def test_answers_are_markdown_rendered_safely(qtbot: Any, window: Any, fault_server: Any) -> None:
    """The one exception: the answer's Markdown is rendered, its HTML stays text, nothing is
    loaded, only http(s) links stay links; overrides and controls as everywhere."""
    fault_server.store.add_conversation(USER, "Hostile answer", messages=[(HTML, HOSTILE_ANSWER)])
    open_session(qtbot, window, fault_server, USER)
    wait_for(qtbot, lambda: "Title" in window.messages.toPlainText())
    pane = window.messages
    text = pane.toPlainText()
    assert "# Title" not in text  # rendered: a heading
    assert HTML in text and "<img src=file:///etc/passwd>" in text  # HTML is text
    assert "[image not loaded: file:///etc/hosts]" in text
    assert "invoice gpj.exe ok" in text and not any(ch in text for ch in BIDI_CONTROLS)
    assert "bell␇ esc␛[31m nul␀ end" in text
    rendered = pane.document().toHtml()
    assert "<img" not in rendered and "javascript:" not in rendered
    assert 'href="file:' not in rendered
    assert 'href="https://example.com/a"' in rendered
    pane.window().grab()  # painted: still nothing asked for
    assert pane.browser.refused_resources == []


def test_status_bar_row_and_tooltips_show_a_hostile_error_literally(
    qtbot: Any, window: Any, fault_server: Any
) -> None:
    cid = fault_server.store.add_conversation(USER, HOSTILE)
    open_session(qtbot, window, fault_server, USER)
    fault_server.faults.add(
        Fault(
            method="POST",
            path="/conversations/*/name",
            kind="status",
            status=400,
            body=json.dumps({"code": "invalid_param", "message": HOSTILE, "status": 400}),
        )
    )
    select(window, cid)
    editor = open_editor(qtbot, window)
    editor.line_edit.setText(f"typed <b>{RLO}</b>")
    qtbot.keyClick(editor.line_edit, Qt.Key.Key_Return)
    wait_for(qtbot, lambda: settled(window, cid))
    status = window.statusBar().currentMessage()
    assert status.startswith("\u2068")  # the name, isolated, first
    assert_plain_and_safe(status, limit=1200)
    assert "Dify rejected the request (400)" in status and HTML in status
    assert_plain_and_safe(cell(window, cid, Column.NAME), limit=500)
    for column in (Column.NAME, Column.STATUS):
        tip = window.proxy.index(0, column).data(Qt.ItemDataRole.ToolTipRole)
        assert "<img" not in tip and "<a href" not in tip and "&lt;img" in tip
        assert not any(ch in tip for ch in BIDI_CONTROLS + "\x00\x1b")
        assert len(tip) < 15_000
    status_tip = window.proxy.index(0, Column.STATUS).data(Qt.ItemDataRole.ToolTipRole)
    assert "What you typed is kept: typed &lt;b&gt;" in status_tip


def test_window_title_and_connection_label_show_a_hostile_app_name_plainly(
    qtbot: Any, window: Any, fault_server: Any
) -> None:
    fault_server.store.app_name = HOSTILE
    open_session(qtbot, window, fault_server, None)
    title = window.windowTitle()
    assert title.endswith(" — Dify Desktop")
    assert_plain_and_safe(title, limit=80)
    assert "<img" in title  # literal (a title is never markup)
    label = window.connection_label
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert_plain_and_safe(label.text(), limit=100)


def inspect_modal(seen: dict[str, Any], answer: QMessageBox.StandardButton) -> None:
    """Read the message box once it is up, then answer it."""
    box = QApplication.activeModalWidget()
    if not isinstance(box, QMessageBox):
        QTimer.singleShot(10, lambda: inspect_modal(seen, answer))
        return
    seen["text"], seen["format"] = box.text(), box.textFormat()
    box.done(answer)


def test_delete_confirmation_names_a_hostile_conversation_plainly(
    qtbot: Any, window: Any, fault_server: Any
) -> None:
    cid = fault_server.store.add_conversation(USER, HOSTILE)
    open_session(qtbot, window, fault_server, USER)
    select(window, cid)
    seen: dict[str, Any] = {}
    QTimer.singleShot(0, lambda: inspect_modal(seen, QMessageBox.StandardButton.Cancel))
    window.row_actions.delete_action.trigger()
    assert seen["format"] == Qt.TextFormat.PlainText
    text = seen["text"]
    assert text.startswith("Delete the conversation “\u2068invoice gpj.exe ok <img")
    assert_plain_and_safe(text, limit=400)
    assert fault_server.store.get_conversation(cid).deleted is False  # cancelled


@pytest.mark.usefixtures("no_keyring")
def test_connection_dialog_names_a_hostile_app_plainly(
    qtbot: Any, qloop: Any, fault_server: Any
) -> None:
    fault_server.store.app_name = HOSTILE
    window = make_window(qtbot, ephemeral=False)
    window.connection.add_profile_action.trigger()
    dialog = window.connection.dialog
    dialog.name_edit.setText("Hostile")
    dialog.url_edit.setText(fault_server.base_url)
    dialog.key_edit.setText(fault_server.api_key)
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: dialog.session_only.isVisible())  # no keyring: the dialog stays
    assert dialog.status.textFormat() == Qt.TextFormat.PlainText
    assert dialog.status.text().startswith("Connected to \u2068invoice gpj.exe ok <img")
    assert_plain_and_safe(dialog.status.text(), limit=600)

    # An app without conversations is refused by name: the name is just as plain.
    fault_server.store.app_mode = "workflow"
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: "no conversations" in dialog.status.text())
    assert_plain_and_safe(dialog.status.text(), limit=600)
    fault_server.store.app_mode = f"<b>{RLO}</b>\n"  # a mode no client knows
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: "<b>" in dialog.status.text())
    assert_plain_and_safe(dialog.status.text(), limit=600)
