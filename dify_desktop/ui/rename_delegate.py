"""The inline rename editor: a line edit and an "Auto-generate" checkbox inside the row.

Keys: Tab / Shift+Tab move between the two (never to another row), Enter saves from anywhere in
the editor, Esc cancels. A name that cannot be sent is explained inside the editor, which stays
open with the text as typed.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from dify_desktop.api import MAX_NAME_LENGTH
from dify_desktop.core.rename import NameProblem, prepare_name
from dify_desktop.ui import sentences
from dify_desktop.ui.conversation_model import ConversationRole, EditorSeedRole

AnyIndex = QModelIndex | QPersistentModelIndex


_EDITOR_KEYS = (
    Qt.Key.Key_Escape,
    Qt.Key.Key_Return,
    Qt.Key.Key_Enter,
    Qt.Key.Key_Tab,
    Qt.Key.Key_Backtab,
)


class RenameEditor(QWidget):
    submitted = Signal()
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAutoFillBackground(True)
        self.setObjectName("renameEditor")
        self.line_edit = QLineEdit(self)
        self.line_edit.setObjectName("renameLineEdit")
        self.line_edit.setMaxLength(MAX_NAME_LENGTH * 4)  # checked properly on save, with a message
        self.line_edit.setPlaceholderText(self.tr("Conversation name"))
        self.line_edit.setAccessibleName(self.tr("New conversation name"))
        self.auto_generate = QCheckBox(self.tr("Auto-generate"), self)
        self.auto_generate.setObjectName("autoGenerateCheckBox")
        self.auto_generate.setToolTip(
            self.tr(
                "Ask Dify to name the conversation from its first question (needs a model in Dify)."
            )
        )
        self.problem = QLabel(self)
        self.problem.setObjectName("renameProblem")
        self.problem.setAccessibleName(self.tr("Why the name cannot be saved"))
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setStyleSheet(
            "color: palette(bright-text); background: #b3261e; padding: 0 4px;"
        )
        self.problem.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(2, 0, 2, 0)
        layout.setSpacing(6)
        layout.addWidget(self.line_edit, 1)
        layout.addWidget(self.auto_generate)
        layout.addWidget(self.problem)
        self.setFocusProxy(self.line_edit)
        self.auto_generate.toggled.connect(self._auto_toggled)
        self.line_edit.textEdited.connect(lambda _text: self.show_problem(""))
        for child in (self.line_edit, self.auto_generate):
            child.installEventFilter(self)

    def set_value(self, text: str, auto_generate: bool) -> None:
        self.line_edit.setText(text)
        self.line_edit.selectAll()
        self.auto_generate.setChecked(auto_generate)

    def value(self) -> tuple[str, bool]:
        return self.line_edit.text(), self.auto_generate.isChecked()

    def show_problem(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.setVisible(bool(message))

    def _auto_toggled(self, checked: bool) -> None:
        self.line_edit.setEnabled(not checked)
        self.show_problem("")
        if checked:
            self.auto_generate.setFocus()

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


class RenameDelegate(QStyledItemDelegate):
    """Opens :class:`RenameEditor` over the row and hands a valid result to the model."""

    #: (source row, typed text, auto-generate)
    renameRequested = Signal(QPersistentModelIndex, str, bool)
    #: (source row, typed text, auto-generate, why it was not sent) - an editor closed by the view
    renameRefused = Signal(QPersistentModelIndex, str, bool, str)

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        editor = RenameEditor(parent)
        editor.submitted.connect(lambda: self._submit(editor))
        editor.cancelled.connect(lambda: self._cancel(editor))
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
        rect = option.rect
        view = editor.parentWidget()
        if view is not None:
            rect.setRight(max(rect.right(), view.width() - 2))  # the whole row: room to type
        editor.setGeometry(rect)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        """Called when the view closes the editor on its own (another row clicked)."""
        assert isinstance(editor, RenameEditor)
        if editor.property("done"):
            return
        editor.setProperty("done", True)
        text, auto = editor.value()
        current = index.data(ConversationRole)
        if not auto and current is not None and text.strip() == current.name:
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
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def _cancel(self, editor: RenameEditor) -> None:
        editor.setProperty("done", True)
        self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.RevertModelCache)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The base class commits on Tab and Enter and closes on focus-out; the editor handles keys
        # itself, and focus moving between its own children must not close it.
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.FocusOut):
            return False
        return bool(super().eventFilter(watched, event))
