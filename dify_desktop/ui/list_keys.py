"""What the list's widgets do beyond Qt's own: Esc in the filter box clears it, and scrolling
past the last row continues a load the person stopped."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QLineEdit

from dify_desktop.ui.conversation_filter import ConversationFilter
from dify_desktop.ui.conversation_model import ConversationModel

#: the keys that ask for rows below the last one
_DOWN_KEYS = (Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_End)


class EscClearsFilter(QObject):
    """Esc in a filter box that holds text clears it (before the window's Esc shortcut, which
    stops loading, sees it); in an empty box Esc keeps the window's meaning."""

    def __init__(self, edit: QLineEdit) -> None:
        super().__init__(edit)
        self._edit = edit
        edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress)
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
            and self._edit.text()
        ):
            event.accept()  # an accepted ShortcutOverride sends the key to the box
            if event.type() == QEvent.Type.KeyPress:
                self._edit.clear()
                return True
        return False


class ResumeOnScroll(QObject):
    """A stopped load continues when the person scrolls (wheel, scroll bar, keys) past the last
    row. Nothing else continues it by itself: Qt's own fetching waits while it is stopped."""

    def __init__(
        self, view: QAbstractItemView, model: ConversationModel, proxy: ConversationFilter
    ) -> None:
        super().__init__(view)
        self._view, self._model, self._proxy = view, model, proxy
        view.verticalScrollBar().actionTriggered.connect(self._scrolled)
        view.installEventFilter(self)

    def _scrolled(self, _action: int) -> None:
        bar = self._view.verticalScrollBar()
        if bar.sliderPosition() >= bar.maximum():
            self._resume()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _DOWN_KEYS
            and self._view.currentIndex().row() == self._proxy.rowCount() - 1
        ):
            self._resume()
        return False

    def _resume(self) -> None:
        # A filter never fetches (it searches what is loaded; "Load all" searches everything).
        if self._model.paused and not self._proxy.active:
            self._model.resume()
