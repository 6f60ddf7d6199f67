"""Keyboard only: Tab walks the window and each dialog in reading order from a known start and
comes back round (Shift+Tab the other way); the row's menu opens from the keyboard at the
current row; the messages pane is reached and left with Tab."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QMenu,
    QWidget,
)

from dify_desktop.ui.main_window import MainWindow
from dify_desktop.ui.message_log import MessageLog
from tests.ui.conftest import TIMEOUT, button_for, make_window


def focused() -> QWidget | None:
    widget = QApplication.focusWidget()
    parent = widget.parentWidget() if widget is not None else None
    return parent if isinstance(parent, QComboBox) else widget  # a combo's own line edit


def tab_chain(qtbot: Any, start: QWidget, *, backwards: bool = False) -> list[QWidget]:
    """The widgets Tab (Shift+Tab) visits from ``start`` until it comes back to it."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: focused() is start, timeout=TIMEOUT)
    key = Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab
    chain = [start]
    for _ in range(40):
        here = QApplication.focusWidget()
        assert here is not None
        qtbot.keyClick(here, key)
        now = focused()
        assert now is not None
        if now is start:
            return chain
        chain.append(now)
    raise AssertionError(f"Tab did not come back round: {names(chain)}")


def names(widgets: list[QWidget]) -> list[str]:
    return [w.accessibleName() or w.objectName() or type(w).__name__ for w in widgets]


def reading_order(window: MainWindow) -> list[QWidget]:
    """The window's controls as a person reads it: the top row left to right, the second row,
    the list, the messages, the status bar."""
    return [
        window.profile_combo,
        window.connections_button,
        window.inbox_button,
        window.bulk.menu_button,
        window.sort_combo,
        window.user_combo,
        window.filter_edit,
        button_for(window, window.refresh_action),
        button_for(window, window.stop_action),
        button_for(window, window.load_all_action),
        window.view,
        *window.messages.tab_stops(),
        window.status_bar.log_button,
        window.language_button,
    ]


def reachable(widgets: list[QWidget]) -> list[QWidget]:
    return [w for w in widgets if w.isEnabled() and w.isVisible()]


def test_tab_walks_the_window_in_reading_order_and_back(qtbot: Any, window: MainWindow) -> None:
    expected = reachable(reading_order(window))
    assert window.refresh_action.isEnabled() and window.view in expected
    start = expected.index(window.view)
    forwards = tab_chain(qtbot, window.view)
    assert names(forwards) == names(expected[start:] + expected[:start])
    backwards = tab_chain(qtbot, window.view, backwards=True)
    assert backwards == [forwards[0], *reversed(forwards[1:])]


def test_tab_reaches_every_field_of_a_window_with_connections(qtbot: Any, tmp_path: Path) -> None:
    """Not connected, not in a one-off mode: the Connection box takes part too."""
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = make_window(qtbot, ephemeral=False, settings=settings)
    expected = reachable(reading_order(window))
    assert expected[:3] == [window.profile_combo, window.connections_button, window.inbox_button]
    assert names(tab_chain(qtbot, window.profile_combo)) == names(expected)


def test_the_messages_pane_is_read_by_keyboard_and_left_with_tab(
    qtbot: Any, window: MainWindow
) -> None:
    pane = window.messages.browser
    qtbot.waitUntil(lambda: pane.toPlainText() != "", timeout=TIMEOUT)
    pane.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(pane, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    before = pane.textCursor().position()
    qtbot.keyClick(pane, Qt.Key.Key_Up)
    assert pane.textCursor().position() != before  # a caret to read with
    qtbot.keyClick(pane, Qt.Key.Key_Tab)
    after = reachable(reading_order(window))
    assert focused() is after[after.index(pane) + 1]
    assert "\t" not in pane.toPlainText()


def test_the_rows_menu_opens_from_the_keyboard_at_the_current_row(
    qtbot: Any, window: MainWindow
) -> None:
    for key, modifier in (
        (Qt.Key.Key_Menu, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier),
    ):
        window.view.setFocus()
        qtbot.keyClick(window.view, Qt.Key.Key_Down)
        row = window.view.currentIndex().row()
        assert row > 0
        qtbot.keyClick(window.view, key, modifier)
        qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        assert window.row_actions.rename_action in menu.actions()
        assert window.view.currentIndex().row() == row  # the menu is about the current row
        # The menu opens over that row, not where the mouse pointer happens to be.
        row_rect = window.view.visualRect(window.view.currentIndex())
        over = window.view.viewport().mapToGlobal(row_rect.center())
        assert menu.geometry().top() <= over.y() + row_rect.height()
        qtbot.keyClick(menu, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)


def test_the_message_log_tabs_between_its_list_and_close(qtbot: Any, window: MainWindow) -> None:
    window.status_bar.show_log()
    log = window.findChild(MessageLog)
    assert log is not None
    qtbot.waitExposed(log)
    close = log.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    assert tab_chain(qtbot, log.table) == [log.table, close]
    qtbot.keyClick(close, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not log.isVisible(), timeout=TIMEOUT)


def in_order(chain: list[QWidget], expected: list[QWidget]) -> bool:
    """``expected`` appear in ``chain`` in this order (fields added later may sit between)."""
    positions = [chain.index(w) for w in expected if w in chain]
    return len(positions) == len(expected) and positions == sorted(positions)


def test_the_connection_dialog_tabs_through_its_fields_then_its_buttons(
    qtbot: Any, tmp_path: Path
) -> None:
    from tests.ui.test_dialog_focus import open_dialog

    window, dialog = open_dialog(qtbot, tmp_path)
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    fields = [dialog.name_edit, dialog.url_edit, dialog.key_edit]
    assert in_order(tab_chain(qtbot, dialog.name_edit), [*fields, dialog.connect_button, cancel])
    dialog.url_edit.setText("http://support.example.internal/v1")  # the unencrypted-key box
    assert dialog.insecure_ok.isVisible()
    chain = tab_chain(qtbot, dialog.name_edit)
    assert in_order(chain, [*fields, dialog.insecure_ok, dialog.connect_button, cancel])
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=TIMEOUT)
    assert window.isVisible()
