"""Bulk actions on the list's selection - Add prefix… (Ctrl+Shift+P), Auto-generate names
(Ctrl+Shift+G), Delete… (Del on several rows) - each run as a job (core.bulk) with its progress,
Cancel, and a result list that stays until dismissed. Before a job the rows are re-read; rows
renamed on the server since they were loaded are skipped unless the person includes them."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox, QToolButton

from dify_desktop.api import Conversation, DifyError
from dify_desktop.core.bulk import Action, BulkItem, BulkJob, ItemKind, recheck
from dify_desktop.core.jobs import ItemState
from dify_desktop.core.session import Session
from dify_desktop.ui.actions import make_action
from dify_desktop.ui.ask import accepted, answer
from dify_desktop.ui.conversation_list import ConversationList
from dify_desktop.ui.job_progress import JobProgress
from dify_desktop.ui.job_results import JobResults
from dify_desktop.ui.prefix_dialog import PrefixDialog
from dify_desktop.ui.reporter import Reporter
from dify_desktop.ui.row_actions import RowActions
from dify_desktop.ui.sentences import explain
from dify_desktop.ui.tasks import TaskGroup, Tasks
from dify_desktop.ui.text import isolated


class BulkActions(QObject):
    def __init__(
        self,
        tasks: Tasks,
        reporter: Reporter,
        conversations: ConversationList,
        row_actions: RowActions,
        window: QMainWindow,
    ) -> None:
        super().__init__(window)
        self._tasks = tasks
        self.reporter = reporter
        self._list = conversations
        self._window = window
        self.view = conversations.view
        self.job: BulkJob | None = None

        self.prefix_action = self._list_action(
            self.tr("Add prefix…"), self.ask_prefix, "Ctrl+Shift+P"
        )
        self.auto_action = self._list_action(
            self.tr("Auto-generate names"), self.auto_generate, "Ctrl+Shift+G"
        )
        self.delete_action = make_action(self, self.tr("Delete selected…"), self.delete_selected)
        self.cancel_action = make_action(self, self.tr("Cancel job"), self.cancel, "Ctrl+Shift+X")
        self.cancel_action.setEnabled(False)
        row_actions.deleteSeveral.connect(self.delete_selected)
        row_actions.extra_menu_actions = [self.prefix_action, self.auto_action, self.delete_action]

        self.progress = JobProgress(self.cancel)
        self.results = JobResults(window)
        window.statusBar().addPermanentWidget(self.progress)
        self.menu_button = QToolButton()
        self.menu_button.setText(self.tr("Selection"))
        self.menu_button.setAccessibleName(self.tr("Selection menu"))
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.menu_button)
        menu.addActions([self.prefix_action, self.auto_action, self.delete_action])
        menu.addSeparator()
        menu.addAction(self.cancel_action)
        self.menu_button.setMenu(menu)
        window.addAction(self.cancel_action)
        window.installEventFilter(self)

    def _list_action(self, text: str, slot: object, key: str) -> QAction:
        """An action whose shortcut works while the list has the keyboard (not in text fields)."""
        act = make_action(self, text, slot, key)  # type: ignore[arg-type]
        act.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.view.addAction(act)
        return act

    # ---------------------------------------------------------------- starting

    def _targets(self) -> tuple[Session, str, list[Conversation]] | None:
        current = self._list.current()
        rows = self._list.selected_conversations()
        if current is None:
            return None
        if self.job is not None:
            self.reporter.warning(self.tr("A job is running: wait for it, or cancel it first."))
            return None
        return current.session, current.user, rows or [current.conversation]

    def ask_prefix(self) -> None:
        if self._targets() is not None:
            self._tasks.spawn(self._ask_prefix(), TaskGroup.OTHER)

    async def _ask_prefix(self) -> None:
        dialog = PrefixDialog(len(self._list.selected_conversations() or [None]), self._window)
        if await accepted(dialog):
            await self._start(Action.PREFIX, dialog.prefix())
        dialog.deleteLater()

    def auto_generate(self) -> None:
        if self._targets() is not None:
            self._tasks.spawn(self._start(Action.AUTO), TaskGroup.OTHER)

    def delete_selected(self) -> None:
        found = self._targets()
        if found is not None:
            self._tasks.spawn(self._confirm_delete(found[1], len(found[2])), TaskGroup.OTHER)

    async def _confirm_delete(self, user: str, count: int) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Delete conversations"),
            self.tr(
                "Delete {0} conversations of end user “{1}”? "
                "They are deleted on the Dify server and cannot be restored."
            ).format(count, isolated(user)),
            QMessageBox.StandardButton.NoButton,
            self._window,
        )
        box.setObjectName("bulkDeleteConfirmation")
        box.setTextFormat(Qt.TextFormat.PlainText)
        delete = box.addButton(
            self.tr("Delete {0}").format(count), QMessageBox.ButtonRole.DestructiveRole
        )
        delete.setAccessibleName(self.tr("Delete the conversations"))
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(delete)  # Enter deletes; Esc cancels
        box.setEscapeButton(cancel)
        if await answer(box) is delete:
            await self._start(Action.DELETE)

    async def _start(self, action: Action, prefix: str = "") -> None:
        found = self._targets()
        if found is None:
            return
        session, user, rows = found
        self.progress.checking(len(rows))
        try:
            server = await recheck(session, user, rows, self._list.sort_order())
        except DifyError as exc:
            self.progress.done()
            self.reporter.error(self.tr("The job did not start: {0}").format(explain(exc)))
            return
        for gone in server.gone:
            self._list.model.remove(gone.id)
        for _loaded, now in server.changed:
            self._list.model.replace(now)
        targets = server.unchanged()
        if server.changed and await self._include_changed(server.changed):
            targets = server.current
        if not targets:
            self.progress.done()
            self.reporter.info(self.tr("Nothing to do: no selected conversation is left."))
            return
        self.launch(BulkJob(
            session, user, action, targets, prefix=prefix, sort_by=self._list.sort_order(),
            on_progress=self.progress.show_progress, on_item=self.item_done,
        ))  # fmt: skip

    async def _include_changed(self, changed: list[tuple[Conversation, Conversation]]) -> bool:
        names = "\n".join(
            self.tr("“{0}” is now “{1}”").format(isolated(a.name), isolated(b.name))
            for a, b in changed[:10]
        )
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Renamed on the server"),
            self.tr(
                "{0} conversation(s) were renamed on the server since the list was loaded:\n{1}"
            ).format(len(changed), names),
            QMessageBox.StandardButton.NoButton,
            self._window,
        )
        box.setObjectName("changedOnServer")
        box.setTextFormat(Qt.TextFormat.PlainText)
        skip = box.addButton(self.tr("Skip them"), QMessageBox.ButtonRole.RejectRole)
        include = box.addButton(self.tr("Include them"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(skip)
        box.setEscapeButton(skip)
        return await answer(box) is include

    def launch(self, job: BulkJob) -> None:
        """Run ``job`` as a save: closing the window waits for its items in flight."""
        self.job = job
        self.cancel_action.setEnabled(True)
        self.results.start(_title(self, job.action))
        self.progress.show_progress(job.job.progress)
        self._tasks.spawn(self._run(job), TaskGroup.RENAME, name=f"job {job.id}")

    async def _run(self, job: BulkJob) -> None:
        try:
            results = await job.run()
        finally:
            self.job = None
            self.cancel_action.setEnabled(False)
            self.progress.done()
        for result in results:
            if result.value is not None:
                self.item_done(result.value)
        not_started = sum(1 for r in results if r.state is ItemState.NOT_STARTED)
        self.results.finish(job.job.progress, not_started)
        self._list.update_counts()

    def item_done(self, item: BulkItem) -> None:
        """Each row as the server holds it after its item."""
        model = self._list.model
        if item.kind in (ItemKind.DELETED, ItemKind.NOT_FOUND):
            model.remove(item.conversation.id)
        elif item.after is not None:
            model.replace(item.after)
        self.results.add(item)

    # ---------------------------------------------------------------- stopping

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The window closing: start no more items; it waits for the saves in flight.
        if watched is self._window and event.type() == QEvent.Type.Close:
            self.cancel()
        return False


def _title(part: QObject, action: Action) -> str:
    return {
        Action.PREFIX: part.tr("Add prefix: results"),
        Action.AUTO: part.tr("Auto-generate names: results"),
        Action.DELETE: part.tr("Delete: results"),
        Action.RENAME_TO: part.tr("Undo: results"),
    }[action]
