from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from dify_desktop.core.credentials import Credentials
from dify_desktop.core.profiles import Profile, ProfileStore
from dify_desktop.core.settings import MemorySettings
from dify_desktop.ui.context import AppContext
from dify_desktop.ui.main_window import MainWindow
from dify_desktop.ui.rename_delegate import RenameEditor

TIMEOUT = 15_000  # ms: a guard against hanging, never a measure of speed


def make_window(
    qtbot: Any,
    *,
    ephemeral: bool = True,
    settings: Any = None,
    wait_for_first_page: bool = False,
) -> MainWindow:
    """A shown window; with ``wait_for_first_page`` made as the app makes it when a first page is
    on its way (its desk parts come after that page), else with its desk parts already built."""
    settings = settings if settings is not None else MemorySettings()
    context = AppContext(
        settings=settings,
        profiles=ProfileStore(settings),
        credentials=Credentials(),
        ephemeral=ephemeral,
    )
    window = MainWindow(context, wait_for_first_page=wait_for_first_page)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    if not wait_for_first_page:
        # the desk parts (search, inbox, bulk jobs...) are built on the loop's next turn
        qtbot.waitUntil(lambda: window.desk_parts_ready, timeout=TIMEOUT)
    return window


def connect(qtbot: Any, window: MainWindow, server: Any, user: str | None) -> None:
    profile = Profile(id="test-profile", name="Test app", base_url=server.base_url)
    window.ctx.tasks.spawn(window.open_profile(profile, server.api_key, user))
    qtbot.waitUntil(lambda: window.session is not None, timeout=TIMEOUT)
    if user:
        qtbot.waitUntil(
            lambda: not window.model.loading and window.model.user == user, timeout=TIMEOUT
        )


@pytest.fixture
def window(qtbot: Any, qloop: Any, demo_server: Any) -> Iterator[MainWindow]:
    from dify_desktop.demo.seed import DEFAULT_USER

    win = make_window(qtbot)
    connect(qtbot, win, demo_server, DEFAULT_USER)
    qtbot.waitUntil(lambda: win.model.rowCount() > 0, timeout=TIMEOUT)
    yield win
    win.close()


def editor_of(window: MainWindow) -> RenameEditor | None:
    editors = [e for e in window.view.findChildren(RenameEditor) if e.isVisible()]
    return editors[0] if editors else None


def open_editor(qtbot: Any, window: MainWindow) -> RenameEditor:
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: editor_of(window) is not None, timeout=TIMEOUT)
    editor = editor_of(window)
    assert editor is not None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.line_edit, timeout=TIMEOUT)
    return editor


def row_texts(window: MainWindow, row: int) -> list[str]:
    return [
        window.proxy.index(row, column).data(Qt.ItemDataRole.DisplayRole) or ""
        for column in range(window.proxy.columnCount())
    ]


def answer_next_message_box(answer: Any, seen: dict[str, Any] | None = None) -> None:
    """Answer the next modal message box once it is up (it runs its own event loop)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    def attempt() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, attempt)
            return
        if seen is not None:
            seen["text"] = box.text()
        box.done(answer)

    QTimer.singleShot(0, attempt)


def press_in_next_message_box(key: Any, seen: dict[str, Any] | None = None) -> None:
    """Press ``key`` in the next modal message box once it is up, as the person would."""
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QMessageBox

    def attempt() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not box.isVisible():
            QTimer.singleShot(10, attempt)
            return
        if seen is not None:
            seen["text"] = box.text()
            seen["buttons"] = [b.text().replace("&", "") for b in box.buttons()]
            default = box.defaultButton()
            seen["default"] = default.text().replace("&", "") if default else ""
        QTest.keyClick(box, key)

    QTimer.singleShot(0, attempt)


def button_for(window: MainWindow, action: Any) -> Any:
    """The button that shows ``action`` above the list (Refresh, Stop, Load all)."""
    return next(b for b in window.list_buttons if b.defaultAction() is action)
