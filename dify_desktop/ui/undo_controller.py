"""Ctrl+Z (in the list) undoes the window's most recent rename action - one rename or a whole
job - and *Revert* puts back the name before one history entry. Both re-read the server first
and confirm what will change (Enter confirms); a conversation someone else renamed since the app
did is named with both names and left alone unless the person includes it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox

from dify_desktop.api import DifyError
from dify_desktop.core.history import Entry
from dify_desktop.core.profiles import Profile
from dify_desktop.core.rename import Origin
from dify_desktop.core.undo import LastAction, Plan, carry_out, plan
from dify_desktop.ui.actions import make_action
from dify_desktop.ui.ask import answer
from dify_desktop.ui.bulk_actions import BulkActions
from dify_desktop.ui.conversation_list import ConversationList
from dify_desktop.ui.local_data import LocalData, entry_of
from dify_desktop.ui.reporter import Reporter
from dify_desktop.ui.sentences import explain
from dify_desktop.ui.tasks import TaskGroup, Tasks
from dify_desktop.ui.text import isolated

#: conversations named one by one in a confirmation; more are counted
NAMED = 8


class UndoController(QObject):
    def __init__(
        self,
        tasks: Tasks,
        reporter: Reporter,
        conversations: ConversationList,
        local: LocalData,
        bulk: BulkActions,
    ) -> None:
        super().__init__(conversations)
        self._tasks = tasks
        self.reporter = reporter
        self._list = conversations
        self._bulk = bulk
        self.last = LastAction()
        self._profile: str | None = None
        local.recorded.connect(lambda value: self.last.note(entry_of(value)))
        local.settled.connect(lambda value: self.last.settle(entry_of(value)))
        self.undo_action = make_action(self, self.tr("Undo last rename"), self.undo, "Ctrl+Z")
        # In a text field Ctrl+Z keeps its editing meaning.
        self.undo_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        conversations.view.addAction(self.undo_action)

    def follow(self, _session: object, profile: Profile | None, _user: object) -> None:
        """Another profile: this window's last action was made elsewhere."""
        profile_id = profile.id if profile else None
        if profile_id != self._profile:
            self._profile = profile_id
            self.last.forget()

    def undo(self) -> None:
        entries = self.last.entries()
        if not entries:
            self.reporter.info(self.tr("Nothing to undo in this window."), timeout_ms=4000)
            return
        self._tasks.spawn(self.put_back(entries, Origin.UNDO), TaskGroup.OTHER)

    async def put_back(self, entries: Sequence[Entry], origin: Origin) -> None:
        """Re-read, confirm, and run the job that puts the old names back."""
        session = self._list.session
        if session is None or self._bulk.job is not None:
            self.reporter.warning(self.tr("Not now: not connected, or a job is running."))
            return
        try:
            found = await plan(session, entries, self._list.sort_order())
        except DifyError as exc:
            self.reporter.error(self.tr("Could not check the server: {0}").format(explain(exc)))
            return
        include = await self._confirm(found, origin)
        if include is None:
            return
        steps = found.to_run(include_conflicts=include)
        if not steps:
            self.reporter.info(self.tr("Nothing to change: the names are already back."))
            return
        if origin is Origin.UNDO:
            self.last.forget()
        job = carry_out(
            session, steps, found.user, origin, sort_by=self._list.sort_order(),
            on_progress=self._bulk.progress.show_progress, on_item=self._bulk.item_done,
        )  # fmt: skip
        self._bulk.launch(job)

    async def _confirm(self, found: Plan, origin: Origin) -> bool | None:
        """Say what will change; None when the person cancels, else whether to include the
        conversations someone else renamed since."""
        ready = found.to_run(include_conflicts=False)
        lines = [
            self.tr("“{0}” → “{1}”").format(
                _name(s.current.name if s.current else ""), _name(s.entry.old_name)
            )
            for s in ready[:NAMED]
        ]
        if len(ready) > NAMED:
            lines.append(self.tr("… and {0} more").format(len(ready) - NAMED))
        for step in found.conflicts[:NAMED]:
            lines.append(
                self.tr("“{0}”: the app set “{1}”, someone renamed it “{2}” since").format(
                    _name(step.entry.old_name), _name(step.entry.new_name or ""),
                    _name(step.current.name if step.current else ""),
                )
            )  # fmt: skip
        if found.gone:
            lines.append(self.tr("{0} no longer on the server").format(len(found.gone)))
        if found.impossible:
            lines.append(
                self.tr("{0} had no name before, which cannot be put back").format(
                    len(found.impossible)
                )
            )
        title = self.tr("Undo") if origin is Origin.UNDO else self.tr("Revert")
        box = QMessageBox(
            QMessageBox.Icon.Question,
            title,
            self.tr("Rename {0} conversation(s) back:").format(len(ready))
            + "\n"
            + "\n".join(lines),
            QMessageBox.StandardButton.NoButton,
            self._list.window(),
        )
        box.setObjectName("undoConfirmation")
        box.setTextFormat(Qt.TextFormat.PlainText)
        go = box.addButton(title, QMessageBox.ButtonRole.AcceptRole)
        go.setAccessibleName(title)
        both = None
        if found.conflicts:
            both = box.addButton(self.tr("Include renamed ones"), QMessageBox.ButtonRole.ActionRole)
            both.setAccessibleName(self.tr("Also rename back those renamed since"))
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(go if ready or both is None else both)
        box.setEscapeButton(cancel)
        chosen = await answer(box)
        if chosen is go:
            return False
        if both is not None and chosen is both:
            return True
        return None


def _name(text: str) -> str:
    return isolated(text, 60)
