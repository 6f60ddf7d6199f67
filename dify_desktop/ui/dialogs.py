"""Focus rules for windows and dialogs.

Without a window manager (kiosks, Xvfb) nobody gives the keyboard back when a dialog closes: the
X server sends it to the root window, and the window's shortcuts (F2, Ctrl+F, Ctrl+Q…) stay dead
until a click. :class:`FocusReturn` watches every dialog of the application, whoever opens it and
however (``exec()``, ``open()``, ``QMessageBox.question``): when one closes, the window it came
from is activated again and the control that had the keyboard gets it back. Nothing needs to be
done to open a new dialog; one rule serves them all.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import Shiboken

#: platforms that cannot raise a window (Qt warns on every call)
_NO_RAISE = frozenset({"offscreen", "minimal", "vnc"})


def activate(window: QWidget) -> None:
    """Bring ``window`` to the front and give it the keyboard, with what the platform offers."""
    if QGuiApplication.platformName() not in _NO_RAISE:
        window.raise_()
    window.activateWindow()


class FocusReturn(QObject):
    """Give the keyboard back to where it was when a dialog opened (install once per app)."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        # a dialog's address -> (the window it came from, the control that had the keyboard);
        # by address because a dialog made in C++ (QMessageBox.question) has no lasting wrapper
        self._origins: dict[int, tuple[QWidget, QWidget | None]] = {}
        app.installEventFilter(self)
        for widget in app.topLevelWidgets():  # installed late: the dialogs already open
            if widget.isVisible() and _is_dialog(widget):
                self._opened(widget)

    @classmethod
    def install(cls, app: QApplication) -> FocusReturn:
        existing = app.findChild(FocusReturn)
        return existing if isinstance(existing, FocusReturn) else cls(app)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.Show, QEvent.Type.Hide) and _is_dialog(watched):
            assert isinstance(watched, QWidget)
            if kind == QEvent.Type.Show:
                self._opened(watched)
            else:
                self._closed(watched)
        return False

    def _opened(self, dialog: QWidget) -> None:
        parent = dialog.parentWidget()
        active = QApplication.activeWindow()
        origin = active if active is not None and active is not dialog else None
        if origin is None and parent is not None:
            origin = parent.window()
        if origin is None:
            return
        self._origins[_address(dialog)] = (origin, origin.focusWidget())

    def _closed(self, dialog: QWidget) -> None:
        origin = self._origins.pop(_address(dialog), None)
        if origin is None:
            return
        window, control = origin
        # The control at once, while the dialog hides: code that runs after it (after exec()
        # returns, or on finished) may still move the focus on purpose, and then it wins. The
        # window is activated after the platform has taken the dialog's activation away; Qt then
        # gives the keyboard to the window's focus widget, whichever that is by then.
        _return_focus_to(window, control)
        QTimer.singleShot(0, self, lambda: _activate_again(window))


def _is_dialog(obj: QObject) -> bool:
    """A dialog, or a popup (a menu, a combo box's list): without a window manager, closing
    one leaves the window without the keyboard just the same."""
    return (
        isinstance(obj, QWidget)
        and obj.isWindow()
        and obj.windowType() in (Qt.WindowType.Dialog, Qt.WindowType.Sheet, Qt.WindowType.Popup)
    )


def _address(widget: QWidget) -> int:
    return int(Shiboken.getCppPointer(widget)[0])


def _return_focus_to(window: QWidget, control: QWidget | None) -> None:
    if not Shiboken.isValid(window) or not window.isVisible():
        return
    if (
        control is not None
        and Shiboken.isValid(control)
        and control.window() is window
        and control.isVisible()
        and control.isEnabled()
    ):
        control.setFocus(Qt.FocusReason.ActiveWindowFocusReason)


def _activate_again(window: QWidget) -> None:
    if not Shiboken.isValid(window) or not window.isVisible():
        return
    modal = QApplication.activeModalWidget()
    if modal is not None and modal is not window:  # another dialog is up: it keeps the keyboard
        return
    if QApplication.activeWindow() is not window:
        activate(window)
