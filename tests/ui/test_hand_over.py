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


def when_dialog_is_up(kind: type, act: Any) -> None:
    """Run ``act(dialog)`` once a modal dialog of ``kind`` is up (its exec() runs its own loop)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind) or not dialog.isVisible():
            QTimer.singleShot(10, attempt)
            return
        act(dialog)

    QTimer.singleShot(0, attempt)


def test_export_writes_the_selected_conversations_and_keeps_existing_files(
    qtbot: Any, qloop: Any, demo_server: Any, tmp_path: Any
) -> None:
    from PySide6.QtTest import QTest

    from dify_desktop.ui.export_dialog import ExportDialog

    store = demo_server.store
    for n in range(3):
        store.add_conversation(USER, f"Ticket {n}", messages=[(f"question {n}", f"**answer** {n}")])
    window = make_window(qtbot)
    connect(qtbot, window, demo_server, USER)
    qtbot.waitUntil(lambda: window.proxy.rowCount() == 3, timeout=TIMEOUT)
    out = tmp_path / "tickets"
    out.mkdir()
    (out / "notes.txt").write_text("mine")
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    seen: dict[str, Any] = {}

    def fill(dialog: ExportDialog) -> None:
        seen["focus"] = dialog.focusWidget() is dialog.folder_edit
        dialog.folder_edit.setText(str(out))
        QTest.keyClick(dialog.json, Qt.Key.Key_Space)
        QTest.keyClick(dialog.folder_edit, Qt.Key.Key_Return)

    when_dialog_is_up(ExportDialog, fill)
    qtbot.keyClick(window.view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "Exported" in current_message(window), timeout=TIMEOUT)
    assert seen["focus"]
    files = sorted(p.name for p in out.iterdir() if p.suffix == ".json")
    assert len(files) == 3 and all("Ticket" in name for name in files)
    assert (out / "notes.txt").read_text() == "mine"
    assert current_message(window) == f"Exported 3 conversation(s) to {out}."
    assert window.focusWidget() is window.view  # the keyboard is back in the list
    window.close()


def test_export_to_a_file_instead_of_a_folder_says_so_and_keeps_the_dialog(
    qtbot: Any, qloop: Any, demo_server: Any, tmp_path: Any
) -> None:
    from dify_desktop.ui.export_dialog import ExportDialog

    demo_server.store.add_conversation(USER, "Ticket", messages=[("q", "a")])
    window = make_window(qtbot)
    connect(qtbot, window, demo_server, USER)
    qtbot.waitUntil(lambda: window.proxy.rowCount() == 1, timeout=TIMEOUT)
    window.view.setCurrentIndex(window.proxy.index(0, 0))
    a_file = tmp_path / "a-file"
    a_file.write_text("x")
    seen: dict[str, Any] = {}

    def fill(dialog: ExportDialog) -> None:
        from PySide6.QtTest import QTest

        dialog.folder_edit.setText(str(a_file))
        QTest.keyClick(dialog.folder_edit, Qt.Key.Key_Return)
        seen["problem"] = dialog.problem.text()
        seen["open"] = dialog.isVisible()
        seen["typed"] = dialog.folder_edit.text()
        dialog.reject()

    when_dialog_is_up(ExportDialog, fill)
    qtbot.keyClick(window.view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "problem" in seen, timeout=TIMEOUT)
    assert seen == {
        "problem": f"{a_file} is a file, not a folder.",
        "open": True,
        "typed": str(a_file),
    }
    assert a_file.read_text() == "x"
    window.close()
