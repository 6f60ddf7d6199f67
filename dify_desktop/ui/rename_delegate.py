"""The inline rename editor: a line edit and an "Auto-generate" checkbox inside the row.

Keys: Tab / Shift+Tab move between the two (never to another row), Enter saves from anywhere in
the editor, Esc cancels - and so does clicking away (another row, another control): only Enter
saves. A name that cannot be sent is explained below the text box, which keeps its width; the
editor stays open with the text as typed. A name is one line: pasted line breaks and tabs become
spaces, and the editor says so.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStyleOptionViewItem,
    QWidget,
)

from dify_desktop.core.rename import NameProblem, one_line, prepare_name, tidy
from dify_desktop.ui import sentences
from dify_desktop.ui.conversation_model import ConversationRole, EditorSeedRole
from dify_desktop.ui.row_delegate import RowDelegate

AnyIndex = QModelIndex | QPersistentModelIndex


_EDITOR_KEYS = (
    Qt.Key.Key_Escape,
    Qt.Key.Key_Return,
    Qt.Key.Key_Enter,
    Qt.Key.Key_Tab,
    Qt.Key.Key_Backtab,
)


_PROBLEM_STYLE = "color: palette(bright-text); background: #b3261e; padding: 2px 4px;"
_NOTE_STYLE = "color: palette(tooltip-text); background: palette(tooltip-base); padding: 2px 4px;"


class RenameEditor(QWidget):
    submitted = Signal()
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAutoFillBackground(True)
        self.setObjectName("renameEditor")
        self.setAccessibleName(self.tr("Rename the conversation"))
        self._row = QRect()  # the row the editor covers; its message goes below (or above) it
        self._top = QWidget(self)
        self.line_edit = QLineEdit(self._top)
        self.line_edit.setObjectName("renameLineEdit")
        # No silent cut: the length check on save counts everything that was pasted.
        self.line_edit.setMaxLength(2**31 - 1)
        self.line_edit.setPlaceholderText(self.tr("Conversation name"))
        self.line_edit.setAccessibleName(self.tr("New conversation name"))
        self.auto_generate = QCheckBox(self.tr("Auto-generate"), self._top)
        self.auto_generate.setObjectName("autoGenerateCheckBox")
        self.auto_generate.setAccessibleName(self.tr("Auto-generate the name"))
        self.auto_generate.setToolTip(
            self.tr(
                "Ask Dify to name the conversation from its first question (needs a model in Dify)."
            )
        )
        self.problem = QLabel(self)
        self.problem.setObjectName("renameProblem")
        self.problem.setAccessibleDescription(self.tr("About the name"))
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.problem.setAutoFillBackground(True)
        self.problem.hide()
        layout = QHBoxLayout(self._top)
        layout.setContentsMargins(2, 0, 2, 0)
        layout.setSpacing(6)
        layout.addWidget(self.line_edit, 1)
        layout.addWidget(self.auto_generate)
        self.setFocusProxy(self.line_edit)
        self.auto_generate.toggled.connect(self._auto_toggled)
        self.line_edit.textEdited.connect(self._edited)
        for child in (self.line_edit, self.auto_generate):
            child.installEventFilter(self)

    def set_value(self, text: str, auto_generate: bool) -> None:
        self.line_edit.setText(text)
        self.line_edit.selectAll()
        self.auto_generate.setChecked(auto_generate)

    def value(self) -> tuple[str, bool]:
        return self.line_edit.text(), self.auto_generate.isChecked()

    def show_problem(self, message: str) -> None:
        self._say(message, _PROBLEM_STYLE)

    def show_note(self, message: str) -> None:
        self._say(message, _NOTE_STYLE)

    def place(self, row: QRect) -> None:
        """Cover ``row``, with room for the message below it (above when the view ends first)."""
        self._row = QRect(row)
        rect = QRect(row)
        if not self.problem.isHidden():
            extra = self.problem.heightForWidth(max(1, row.width() - 4))
            view = self.parentWidget()
            if view is not None and row.bottom() + extra > view.height():
                rect.setTop(row.top() - extra)
            else:
                rect.setBottom(row.bottom() + extra)
        self.setGeometry(rect)
        self._lay_out()

    def _say(self, message: str, style: str) -> None:
        self.problem.setStyleSheet(style)
        self.problem.setText(message)
        self.problem.setVisible(bool(message))
        self.line_edit.setAccessibleDescription(message)  # heard in the field being typed in
        if self._row.isValid():
            self.place(self._row)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._lay_out()

    def _lay_out(self) -> None:
        row_height = self._row.height() if self._row.isValid() else self.height()
        row_top = self._row.top() - self.y() if self._row.isValid() else 0
        self._top.setGeometry(0, row_top, self.width(), row_height)
        if not self.problem.isHidden():
            label_top = row_height if row_top == 0 else 0
            self.problem.setGeometry(2, label_top, self.width() - 4, self.height() - row_height)

    def _edited(self, text: str) -> None:
        flat = one_line(text)
        if flat == text:
            self.show_problem("")
            return
        cursor = len(one_line(text[: self.line_edit.cursorPosition()]))
        self.line_edit.setText(flat)
        self.line_edit.setCursorPosition(cursor)
        self.show_note(sentences.line_breaks_became_spaces())

    def _auto_toggled(self, checked: bool) -> None:
        self.line_edit.setEnabled(not checked)
        self.show_problem("")
        if checked:
            self.auto_generate.setFocus()

    def focus_left(self, now: QWidget | None) -> bool:
        """Whether focus moving to ``now`` leaves the editor (not when the window lost focus, nor
        for a popup such as the text box's own context menu)."""
        if now is None or now is self or self.isAncestorOf(now):
            return False
        return now.window().windowType() != Qt.WindowType.Popup

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() in _EDITOR_KEYS
        ):
            event.accept()  # ours, not the window's shortcuts
            return True
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            if watched is self.line_edit and key == Qt.Key.Key_Tab:
                self.auto_generate.setFocus(Qt.FocusReason.TabFocusReason)
            elif self.line_edit.isEnabled():
                self.line_edit.setFocus(Qt.FocusReason.BacktabFocusReason)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submitted.emit()
            return True
        if key == Qt.Key.Key_Escape:
            self.cancelled.emit()
            return True
        return False


class RenameDelegate(RowDelegate):
    """Opens :class:`RenameEditor` over the row and hands a valid result to the model."""

    #: (source row, typed text, auto-generate)
    renameRequested = Signal(QPersistentModelIndex, str, bool)
    #: (source row, typed text, auto-generate, why it was not sent)
    renameRefused = Signal(QPersistentModelIndex, str, bool, str)

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        editor = RenameEditor(parent)
        editor.submitted.connect(lambda: self._submit(editor))
        editor.cancelled.connect(lambda: self._cancel(editor))

        def focus_changed(_old: QWidget | None, now: QWidget | None) -> None:
            if editor.isVisible() and not editor.property("done") and editor.focus_left(now):
                self._cancel(editor)  # clicking away cancels, as Esc does

        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(focus_changed)
            editor.destroyed.connect(lambda: _disconnect(app, focus_changed))
        return editor

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, RenameEditor)
        if editor.property("seeded"):
            return  # Qt calls this again on dataChanged: never overwrite what is being typed
        text, auto = index.data(EditorSeedRole) or ("", False)
        editor.set_value(text, auto)
        editor.setProperty("seeded", True)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> None:
        assert isinstance(editor, RenameEditor)
        rect = QRect(option.rect)
        view = editor.parentWidget()
        if view is not None:
            rect.setRight(max(rect.right(), view.width() - 2))  # the whole row: room to type
        editor.place(rect)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        """Hands over what Enter submitted. The view calls this too when it closes the editor
        on its own (another row clicked): that saves nothing - only Enter does."""
        assert isinstance(editor, RenameEditor)
        if editor.property("done") or not editor.property("submitted"):
            return
        editor.setProperty("done", True)
        text, auto = editor.value()
        current = index.data(ConversationRole)
        if not auto and current is not None and tidy(text) == current.name:
            return  # nothing changed: no request, no new update time
        problem = self.problem_with(text, auto)
        persistent = QPersistentModelIndex(index)
        if problem:
            self.renameRefused.emit(persistent, text, auto, problem)
        else:
            self.renameRequested.emit(persistent, text, auto)

    @staticmethod
    def problem_with(text: str, auto: bool) -> str:
        if auto:
            return ""
        try:
            prepare_name(text)
        except NameProblem as refused:
            return sentences.say(refused.problem)
        return ""

    def _submit(self, editor: RenameEditor) -> None:
        text, auto = editor.value()
        problem = self.problem_with(text, auto)
        if problem:
            editor.show_problem(problem)
            editor.line_edit.setFocus()
            return
        editor.setProperty("submitted", True)
        self.commitData.emit(editor)
        self._close(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def _cancel(self, editor: RenameEditor) -> None:
        editor.setProperty("done", True)
        self._close(editor, QAbstractItemDelegate.EndEditHint.RevertModelCache)

    def _close(self, editor: RenameEditor, hint: QAbstractItemDelegate.EndEditHint) -> None:
        # The view takes the keyboard back only from an editor that has it itself: from the
        # Auto-generate box it would pass on to the next control in the window.
        focused = QApplication.focusWidget()
        had_keyboard = focused is not None and editor.isAncestorOf(focused)
        self.closeEditor.emit(editor, hint)
        view = self.parent()
        if had_keyboard and isinstance(view, QWidget) and not view.hasFocus():
            view.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The base class commits on Tab and Enter and closes on focus-out; the editor handles keys
        # itself, and focus moving between its own children must not close it.
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.FocusOut):
            return False
        return bool(super().eventFilter(watched, event))


def _disconnect(app: QApplication, slot: object) -> None:
    with contextlib.suppress(RuntimeError, TypeError):  # the application is already gone
        app.focusChanged.disconnect(slot)
