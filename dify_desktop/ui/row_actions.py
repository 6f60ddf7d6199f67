"""What the person can do to the list's current conversation: rename it (F2, a double click),
retry a rename, copy its id, delete it; and the context menu that offers them."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QContextMenuEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu

from dify_desktop.api import DifyError, NotFoundError
from dify_desktop.core.session import Session
from dify_desktop.ui.actions import make_action
from dify_desktop.ui.conversation_list import ConversationList
from dify_desktop.ui.conversation_model import Column, ConversationRole
from dify_desktop.ui.reporter import Reporter
from dify_desktop.ui.sentences import explain
from dify_desktop.ui.tasks import TaskGroup, Tasks
from dify_desktop.ui.text import isolated


class RowActions(QObject):
    #: Del with several rows selected (bulk_actions deletes them as a job)
    deleteSeveral = Signal()

    def __init__(self, tasks: Tasks, reporter: Reporter, conversations: ConversationList) -> None:
        super().__init__(conversations)
        self._tasks = tasks
        self.reporter = reporter
        self._list = conversations
        self.model = conversations.model
        self.view = conversations.view

        self.rename_action = make_action(
            self.view, self.tr("Rename…"), self.start_rename, QKeySequence(Qt.Key.Key_F2)
        )
        self.rename_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.view.addAction(self.rename_action)
        self.retry_action = make_action(self, self.tr("Retry rename"), self._retry_rename)
        self.copy_id_action = make_action(self, self.tr("Copy conversation id"), self._copy_id)
        self.delete_action = make_action(
            self, self.tr("Delete conversation…"), self._delete_current, "Del"
        )
        # Del works in the list only: in a text field it keeps its editing meaning.
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.view.addAction(self.delete_action)
        # The context menu from the keyboard (Menu key, Shift+F10), at the current row.
        self.menu_action = make_action(
            self.view,
            self.tr("Open the row's menu"),
            self._menu_from_keyboard,
            QKeySequence(Qt.Key.Key_Menu),
            "Shift+F10",
        )
        self.menu_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.view.addAction(self.menu_action)
        self.view.installEventFilter(self)  # ... and where the platform sends its own

        #: other parts' actions on the row, offered in the context menu too
        self.more_actions: list[QAction] = []

        conversations.delegate.renameRequested.connect(self._rename_requested)
        conversations.delegate.renameRefused.connect(self._rename_refused)
        self.model.renameReported.connect(self._rename_finished)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.doubleClicked.connect(self._double_clicked)
        #: what the context menu offers for the selection (bulk_actions fills it)
        self.extra_menu_actions: list[QAction] = []

    def window_actions(self) -> list[QAction]:
        """The actions whose shortcuts work anywhere in the window (F2 works in the list only)."""
        return [self.retry_action, self.copy_id_action, self.delete_action]

    # ---------------------------------------------------------------- renaming

    def start_rename(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            name_index = index.siblingAtColumn(Column.NAME)
            self.view.setCurrentIndex(name_index)
            self.view.edit(name_index)

    def _double_clicked(self, index: QModelIndex) -> None:
        self.view.setCurrentIndex(index.siblingAtColumn(Column.NAME))
        self.start_rename()

    def _rename_requested(self, index: QPersistentModelIndex, text: str, auto: bool) -> None:
        if not index.isValid():
            return
        problem = self.model.request_rename(self._list.source_row(index), text, auto)
        if problem:
            self._rename_refused(index, text, auto, problem)
        else:
            self._list.update_counts_soon()

    def _rename_refused(
        self, index: QPersistentModelIndex, text: str, auto: bool, problem: str
    ) -> None:
        if index.isValid():
            self.model.keep_typed(
                self._list.source_row(index), text, auto, self.tr("Not sent: {0}").format(problem)
            )
        self.reporter.warning(
            self.tr("Not renamed: {0} Press F2 to edit what you typed.").format(problem)
        )

    def _retry_rename(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            problem = self.model.retry(self._list.source_row(index))
            if problem:
                self.reporter.warning(problem)

    def _rename_finished(self, text: str, problem: bool) -> None:
        """``text`` names the conversation and says what happened (``sentences.rename_status``)."""
        if problem:
            self.reporter.error(text)
        else:
            self.reporter.info(text, timeout_ms=8000)
        self._list.update_counts_soon()

    # ---------------------------------------------------------------- the other actions

    def _context_menu(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        selection = self.view.selectionModel()
        if index.isValid() and not selection.isRowSelected(index.row()):
            self.view.setCurrentIndex(index.siblingAtColumn(Column.NAME))
        menu = QMenu(self.view.window())
        has_row = index.isValid()
        self._enable(has_row=has_row)
        menu.addActions([self.rename_action, self.copy_id_action, self.delete_action])
        if has_row and self.model.state(index.data(ConversationRole).id).typed is not None:
            menu.insertAction(self.copy_id_action, self.retry_action)
        if self.more_actions:
            menu.addSeparator()
            menu.addActions(self.more_actions)
        menu.addSeparator()
        menu.addActions(self.extra_menu_actions)
        menu.addSeparator()
        menu.addAction(self._list.refresh_action)
        # Disabled for a click beside the rows; Del and the window's actions work again after.
        menu.aboutToHide.connect(lambda: self._enable(has_row=True))
        menu.popup(self.view.viewport().mapToGlobal(pos))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.view
            and isinstance(event, QContextMenuEvent)
            and event.reason() == QContextMenuEvent.Reason.Keyboard
        ):
            self._menu_from_keyboard()  # at the current row, not where the mouse pointer is
            return True
        return False

    def _menu_from_keyboard(self) -> None:
        if QApplication.activePopupWidget() is not None:  # a menu is open already
            return
        index = self.view.currentIndex()
        self.view.scrollTo(index)
        rect = self.view.visualRect(index)
        self._context_menu(
            rect.center() if index.isValid() else self.view.viewport().rect().center()
        )

    def _enable(self, *, has_row: bool) -> None:
        for act in (self.rename_action, self.copy_id_action, self.delete_action):
            act.setEnabled(has_row)

    def _copy_id(self) -> None:
        conv = self._list.current_conversation()
        if conv is not None:
            QGuiApplication.clipboard().setText(conv.id)
            self.reporter.info(self.tr("Copied {0}").format(conv.id), timeout_ms=4000)

    def _delete_current(self) -> None:
        if len(self._list.selected_conversations()) > 1:
            self.deleteSeveral.emit()
            return
        current = self._list.current()
        if current is None:
            return
        conv, user = current.conversation, current.user
        shown = self.view.currentIndex().siblingAtColumn(Column.NAME).data()  # or "(no name)"
        name = isolated(str(shown or conv.id))
        # QMessageBox's type is made when first needed, not on the way to the first page.
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Delete conversation"),
            self.tr(
                "Delete the conversation “{0}” of end user “{1}”? "
                "It is deleted on the Dify server and cannot be restored."
            ).format(name, isolated(user)),
            QMessageBox.StandardButton.NoButton,
            self.view.window(),
        )
        box.setObjectName("deleteConfirmation")
        box.setTextFormat(Qt.TextFormat.PlainText)
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        delete.setAccessibleName(self.tr("Delete the conversation"))
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(delete)  # Enter deletes, as asked; Esc cancels
        box.setEscapeButton(cancel)
        box.exec()
        if box.clickedButton() is delete:
            self._tasks.spawn(self._delete(current.session, conv.id, name, user), TaskGroup.DELETE)

    async def _delete(self, session: Session, conversation_id: str, name: str, user: str) -> None:
        try:
            await session.delete(conversation_id, user)
        except NotFoundError:
            self.model.remove(conversation_id)
            self.reporter.warning(
                self.tr(
                    "“{0}” was already gone from the server (404: deleted elsewhere?); "
                    "its row is removed."
                ).format(name)
            )
            return
        except DifyError as exc:
            self.reporter.error(self.tr("Not deleted: {0}").format(explain(exc)))
            return
        self.model.remove(conversation_id)
        self.reporter.info(self.tr("Conversation “{0}” deleted.").format(name))
