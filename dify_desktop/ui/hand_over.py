"""Handing conversations over to a ticket: *Copy transcript* (the current conversation as plain
text) and *Export…* (the selected ones to Markdown or JSON files), from the context menu and
the keyboard. The words around the content are this part's, translated; what the server said
is copied as it is."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QGuiApplication

from dify_desktop.api import DifyError
from dify_desktop.api.models import epoch_to_utc
from dify_desktop.core.export.formats import Labels, to_text
from dify_desktop.core.export.gather import VARIABLE_MODES, gather
from dify_desktop.ui.actions import make_action
from dify_desktop.ui.conversation_list import ConversationList, Current
from dify_desktop.ui.reporter import Reporter
from dify_desktop.ui.sentences import explain
from dify_desktop.ui.tasks import TaskGroup, Tasks
from dify_desktop.ui.text import isolated
from dify_desktop.ui.times import exact_time

log = logging.getLogger(__name__)


class HandOver(QObject):
    def __init__(self, tasks: Tasks, reporter: Reporter, conversations: ConversationList) -> None:
        super().__init__(conversations)
        self._tasks = tasks
        self._reporter = reporter
        self._list = conversations
        self.copy_transcript_action = make_action(
            self, self.tr("Copy transcript"), self.copy_transcript, "Ctrl+Shift+C"
        )
        self.copy_transcript_action.setToolTip(
            self.tr("Every message of the current conversation as plain text, for a ticket")
        )

    def window_actions(self) -> list[QAction]:
        return [self.copy_transcript_action]

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
