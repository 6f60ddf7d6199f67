"""Where the keyboard is: Ctrl+L, after connecting, after opening an end user; and which end
users the End user box offers."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from dify_desktop.core.credentials import Credentials
from dify_desktop.core.profiles import ProfileStore
from dify_desktop.core.settings import MemorySettings
from dify_desktop.demo.seed import DEFAULT_USER, SEED_USERS
from dify_desktop.ui.context import AppContext
from dify_desktop.ui.main_window import MainWindow
from tests.ui.conftest import TIMEOUT, connect, make_window


def user_edit(window: MainWindow) -> QLineEdit:
    edit = window.user_combo.lineEdit()
    assert edit is not None
    return edit


def in_user_box(window: MainWindow) -> bool:
    """The editable combo has the focus and passes the keys to its line edit."""
    return QApplication.focusWidget() in (window.user_combo, user_edit(window))


def offered(window: MainWindow) -> list[str]:
    return [window.user_combo.itemText(i) for i in range(window.user_combo.count())]


def test_ctrl_l_puts_the_cursor_in_the_end_user_box_from_anywhere(
    qtbot: Any, window: MainWindow
) -> None:
    for start in (window.view, window.filter_edit):
        start.setFocus()
        qtbot.waitUntil(lambda s=start: QApplication.focusWidget() is s, timeout=TIMEOUT)
        qtbot.keyClick(start, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        assert in_user_box(window)
        assert user_edit(window).selectedText() == DEFAULT_USER  # typing replaces it


def test_after_connecting_the_cursor_is_in_the_end_user_box(
    qtbot: Any, qloop: Any, demo_server: Any
) -> None:
    window = make_window(qtbot)
    window.view.setFocus()
    connect(qtbot, window, demo_server, None)
    qtbot.waitUntil(lambda: in_user_box(window), timeout=TIMEOUT)
    window.close()


def test_enter_in_the_end_user_box_opens_the_user_and_moves_the_focus_to_the_list(
    qtbot: Any, qloop: Any, demo_server: Any
) -> None:
    window = make_window(qtbot)
    connect(qtbot, window, demo_server, None)
    qtbot.waitUntil(lambda: in_user_box(window), timeout=TIMEOUT)
    qtbot.keyClicks(user_edit(window), DEFAULT_USER)
    qtbot.keyClick(user_edit(window), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.view, timeout=TIMEOUT)
    assert window.view.currentIndex().row() == 0  # arrows and F2 work at once
    window.close()


def test_an_end_user_seen_for_the_first_time_is_offered_at_once(
    qtbot: Any, window: MainWindow
) -> None:
    other = SEED_USERS[1]
    assert other not in offered(window)
    window.conversations.open_user(other)
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: other in offered(window), timeout=TIMEOUT)
    assert offered(window)[0] == other  # the most recent first
    assert window.user_combo.currentText() == other  # the box still says who is shown


def test_the_demo_offers_its_built_in_end_users(qtbot: Any, qloop: Any, demo_server: Any) -> None:
    settings = MemorySettings()
    context = AppContext(
        settings=settings,
        profiles=ProfileStore(settings),
        credentials=Credentials(),
        ephemeral=True,
        demo=True,
        suggested_users=SEED_USERS,
    )
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    connect(qtbot, window, demo_server, None)
    qtbot.waitUntil(lambda: window.session is not None, timeout=TIMEOUT)
    assert set(SEED_USERS) <= set(offered(window))
    window.close()
