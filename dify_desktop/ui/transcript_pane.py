"""The messages pane: the latest messages of the list's current conversation, as plain text."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from dify_desktop.api import DifyError
from dify_desktop.core.session import Session
from dify_desktop.ui.conversation_list import ConversationList
from dify_desktop.ui.sentences import explain
from dify_desktop.ui.tasks import TaskGroup, Tasks
from dify_desktop.ui.text import block
from dify_desktop.ui.times import short_time


class TranscriptPane(QPlainTextEdit):
    #: how long the current row must stay current before its messages are asked for
    DELAY_MS = 250

    def __init__(
        self, tasks: Tasks, conversations: ConversationList, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._list = conversations
        self.setObjectName("messagesPane")
        self.setReadOnly(True)
        self._show_state(loading=False)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self._timer = QTimer(self, singleShot=True, interval=self.DELAY_MS)
        self._timer.timeout.connect(self._load)
        conversations.currentChanged.connect(self._current_changed)

    def _current_changed(self) -> None:
        """Another row (or none): what was shown belongs to the last one and goes at once."""
        self._timer.stop()
        self.clear()
        current = self._list.current()
        self._show_state(loading=current is not None)
        if current is not None:
            self._timer.start()

    def _show_state(self, *, loading: bool) -> None:
        self.setPlaceholderText(
            self.tr("Loading the messages…")
            if loading
            else self.tr("Select a conversation to read it.")
        )

    def _load(self) -> None:
        current = self._list.current()
        if current is not None:
            session, user, conv = current
            self._tasks.spawn(self._show(session, conv.id, user), TaskGroup.MESSAGES)

    async def _show(self, session: Session, conversation_id: str, user: str) -> None:
        segments: list[tuple[str, bool]] = []  # (plain text, is a heading)
        try:
            page = await session.messages(conversation_id, user)
        except DifyError as exc:
            segments.append(
                (self.tr("Could not load the messages: {0}").format(explain(exc)), False)
            )
        else:
            if page.has_more:
                shown = self.tr("(only the latest {0} messages are shown)").format(len(page.data))
                segments.append((f"{shown}\n\n", False))
            for message in page.data:
                when = short_time(message.created_at)
                segments.append((self.tr("Customer · {0}").format(when) + "\n", True))
                segments.append((f"{block(message.query)}\n\n", False))
                segments.append((self.tr("Assistant") + "\n", True))
                segments.append((f"{block(message.answer)}\n\n", False))
            if not page.data:
                segments.append((self.tr("This conversation has no messages yet."), False))
        current = self._list.current()
        if current is None or current.conversation.id != conversation_id:
            return
        # Inserted as plain text with a character format: nothing in it is read as markup.
        self.clear()
        cursor = self.textCursor()
        heading, body = QTextCharFormat(), QTextCharFormat()
        heading.setFontWeight(QFont.Weight.Bold)
        for text, is_heading in segments:
            cursor.insertText(text, heading if is_heading else body)
        self.moveCursor(QTextCursor.MoveOperation.End)
        self.ensureCursorVisible()

    def shutdown(self) -> None:
        self._timer.stop()
