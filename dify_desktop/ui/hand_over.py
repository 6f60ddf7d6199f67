"""Handing conversations over to a ticket: *Copy transcript* (the current conversation as plain
text) and *Export…* (the selected ones to Markdown or JSON files), from the context menu and
the keyboard. The words around the content are this part's, translated; what the server said
is copied as it is."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QDialog

from dify_desktop.api import Conversation, DifyError
from dify_desktop.api.models import epoch_to_utc
from dify_desktop.core.export.formats import Labels, render, to_text
from dify_desktop.core.export.gather import VARIABLE_MODES, gather
from dify_desktop.core.export.naming import create_exclusively
from dify_desktop.core.jobs import ItemResult, ItemState, Job
from dify_desktop.core.session import Session
from dify_desktop.core.settings import EXPORT_FOLDER, EXPORT_FORMAT, Settings
from dify_desktop.ui.actions import make_action
from dify_desktop.ui.conversation_list import ConversationList, Current
from dify_desktop.ui.conversation_model import ConversationRole
from dify_desktop.ui.dialogs import activate
from dify_desktop.ui.export_dialog import ExportDialog
from dify_desktop.ui.job_progress import JobProgress
from dify_desktop.ui.reporter import Reporter
from dify_desktop.ui.sentences import explain
from dify_desktop.ui.tasks import TaskGroup, Tasks
from dify_desktop.ui.text import isolated
from dify_desktop.ui.times import exact_time

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Written:
    """One conversation's export: its file (None when it failed, and why)."""

    path: Path | None
    problem: str = ""
    incomplete: bool = False


class HandOver(QObject):
    def __init__(
        self,
        tasks: Tasks,
        reporter: Reporter,
        conversations: ConversationList,
        settings: Settings,
    ) -> None:
        super().__init__(conversations)
        self._tasks = tasks
        self._reporter = reporter
        self._list = conversations
        self._settings = settings
        #: the export's progress and Cancel, for the window's status bar
        self.progress = JobProgress(self.cancel_export)
        self._job: Job[Conversation, Written] | None = None
        self.copy_transcript_action = make_action(
            self, self.tr("Copy transcript"), self.copy_transcript, "Ctrl+Shift+C"
        )
        self.copy_transcript_action.setToolTip(
            self.tr("Every message of the current conversation as plain text, for a ticket")
        )
        self.export_action = make_action(self, self.tr("Export…"), self.export_selected, "Ctrl+E")
        self.export_action.setToolTip(
            self.tr("The selected conversations to Markdown or JSON files, one file each")
        )

    def window_actions(self) -> list[QAction]:
        return [self.copy_transcript_action, self.export_action]

    def labels(self) -> Labels:
        return Labels(
            conversation=self.tr("Conversation"),
            end_user=self.tr("End user"),
            created=self.tr("Started"),
            updated=self.tr("Last update"),
            variables=self.tr("Variables"),
            customer=self.tr("Customer"),
            assistant=self.tr("Assistant"),
            like=self.tr("Liked"),
            dislike=self.tr("Disliked"),
            error=self.tr("Error"),
            untitled=self.tr("(no name)"),
            incomplete=self.tr(
                "Some messages could not be reached: more than 100 share one second, and the "
                "server pages by the second."
            ),
        )

    def copy_transcript(self) -> None:
        current = self._list.current()
        if current is None:
            self._reporter.info(self.tr("Select a conversation to copy its transcript."))
            return
        self._reporter.info(
            self.tr("Reading every message of {0}…").format(isolated(current.conversation.name))
        )
        self._tasks.spawn(self._copy(current), TaskGroup.MESSAGES)

    async def _copy(self, current: Current) -> None:
        session, user, conversation = current
        try:
            exported = await gather(
                session.client,
                conversation,
                user,
                with_variables=session.app.mode in VARIABLE_MODES,
            )
        except DifyError as exc:
            self._reporter.error(self.tr("The transcript was not copied: {0}").format(explain(exc)))
            return
        text = to_text(exported, self.labels(), lambda at: exact_time(epoch_to_utc(at)))
        QGuiApplication.clipboard().setText(text)
        count = len(exported.messages)
        if exported.incomplete:
            self._reporter.warning(
                self.tr(
                    "Copied %n message(s); some could not be reached (more than 100 in one "
                    "second).",
                    "",
                    count,
                )
            )
        else:
            self._reporter.info(self.tr("Copied the transcript: %n message(s).", "", count))

    # ---------------------------------------------------------------- export

    def selected(self) -> list[Conversation]:
        """The selected rows' conversations (the current one when none is selected)."""
        rows = self._list.view.selectionModel().selectedRows()
        found = [r.data(ConversationRole) for r in rows]
        chosen = [c for c in found if isinstance(c, Conversation)]
        current = self._list.current_conversation()
        return chosen or ([current] if current is not None else [])

    def export_selected(self) -> None:
        session, user = self._list.session, self._list.model.user
        conversations = self.selected()
        if session is None or not user or not conversations:
            self._reporter.info(self.tr("Select the conversations to export."))
            return
        if self._job is not None:
            self._reporter.info(self.tr("An export is already running."))
            return
        dialog = ExportDialog(
            len(conversations),
            str(EXPORT_FOLDER.read(self._settings) or Path.home()),
            str(EXPORT_FORMAT.read(self._settings)),
            self._list.window(),
        )
        activate(dialog)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        folder, format_ = dialog.folder, dialog.format
        self._settings.setValue(EXPORT_FOLDER.name, str(folder))
        self._settings.setValue(EXPORT_FORMAT.name, format_)
        self._tasks.spawn(
            self._export(session, user, conversations, folder, format_), TaskGroup.OTHER
        )

    def cancel_export(self) -> None:
        if self._job is not None:
            self._job.cancel()

    async def _export(
        self,
        session: Session,
        user: str,
        conversations: list[Conversation],
        folder: Path,
        format_: str,
    ) -> None:
        labels = self.labels()

        async def one(conversation: Conversation) -> Written:
            try:
                exported = await gather(
                    session.client,
                    conversation,
                    user,
                    with_variables=session.app.mode in VARIABLE_MODES,
                )
                data = render(exported, format_, labels).encode("utf-8")
                path = await asyncio.to_thread(
                    create_exclusively,
                    folder,
                    exported.created_at,
                    exported.name,
                    exported.id,
                    format_,
                    data,
                )
            except DifyError as exc:
                return Written(None, explain(exc))
            except OSError as exc:
                return Written(None, str(exc.strerror or exc))
            return Written(path, incomplete=exported.incomplete)

        try:
            await asyncio.to_thread(folder.mkdir, parents=True, exist_ok=True)
        except OSError as exc:
            self._reporter.error(
                self.tr("Nothing was exported: the folder {0} cannot be made ({1}).").format(
                    str(folder), exc.strerror or exc
                )
            )
            return
        self._job = Job(
            conversations,
            one,
            concurrency=session.limiter.size,
            failed=lambda written: written.path is None,
            on_progress=self.progress.show_progress,
            on_result=self._item_done,
        )
        try:
            results = await self._job.run()
        finally:
            self.progress.done()
            self._job = None
        written = sum(r.state is ItemState.DONE for r in results)
        incomplete = [r for r in results if r.value is not None and r.value.incomplete]
        text = self.tr("Exported %n conversation(s) to {0}.", "", written).format(str(folder))
        failed = len(results) - written
        if failed:
            text += " " + self.tr("%n were not exported (see Messages).", "", failed)
        if incomplete:
            text += " " + self.tr(
                "%n file(s) miss messages that could not be reached (more than 100 in one second).",
                "",
                len(incomplete),
            )
        if failed or incomplete:
            self._reporter.warning(text)
        else:
            self._reporter.info(text)

    def _item_done(self, result: ItemResult[Conversation, Written]) -> None:
        if result.state is ItemState.FAILED:
            reason = result.value.problem if result.value is not None else str(result.error)
            self._reporter.warning(
                self.tr("{0} was not exported: {1}").format(isolated(result.item.name), reason)
            )
