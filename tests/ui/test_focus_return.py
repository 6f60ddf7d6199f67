"""The one rule for all dialogs (ui/dialogs.py) through real widgets: the keyboard goes back to the
control that had it; code that moves it on purpose after the dialog still wins. (Without a window
manager — where it matters most — see tests/e2e/test_x11_dialog_focus.py.)"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication, QMessageBox

from dify_desktop.ui.dialogs import FocusReturn
from dify_desktop.ui.main_window import MainWindow
from tests.ui.conftest import TIMEOUT, answer_next_message_box


def ask(window: MainWindow) -> int:
    box = QMessageBox(QMessageBox.Icon.Question, "Title", "Text?", parent=window)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    answer_next_message_box(QMessageBox.StandardButton.Cancel)
    return box.exec()


def test_the_window_installs_one_focus_return(window: MainWindow) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert len(app.findChildren(FocusReturn)) == 1
    assert FocusReturn.install(app) is app.findChild(FocusReturn)


def test_a_message_box_gives_the_keyboard_back_to_the_control_that_had_it(
    qtbot: Any, window: MainWindow
) -> None:
    window.filter_edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.filter_edit, timeout=TIMEOUT)
    assert ask(window) == QMessageBox.StandardButton.Cancel
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.filter_edit, timeout=TIMEOUT)
    assert QApplication.activeWindow() is window


def test_focus_moved_on_purpose_after_a_dialog_stays_where_it_was_moved(
    qtbot: Any, window: MainWindow
) -> None:
    window.filter_edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.filter_edit, timeout=TIMEOUT)
    ask(window)
    window.view.setFocus()  # what a part does after its dialog, e.g. to show the result
    QApplication.processEvents()  # what is queued runs: a late restore would show here
    assert QApplication.focusWidget() is window.view
