"""The transcript pane: every message of the list's current conversation, newest at the bottom;
older pages load as the person scrolls up (the view stays where it was)."""

from __future__ import annotations

import asyncio
import logging

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QTextCursor, QTextDocument, QTextDocumentFragment
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from dify_desktop.api import DifyError
from dify_desktop.core.session import Session
from dify_desktop.core.transcript import (
    FeedbackComments,
    TranscriptFeed,
    load_variables,
)
from dify_desktop.ui.accessibility import readable_pane
from dify_desktop.ui.conversation_list import ConversationList
from dify_desktop.ui.sentences import explain
from dify_desktop.ui.tasks import TaskGroup, Tasks
from dify_desktop.ui.transcript import texts
from dify_desktop.ui.transcript.browser import SafeBrowser
from dify_desktop.ui.transcript.render import Renderer
from dify_desktop.ui.transcript.variables import VariablesSection

log = logging.getLogger(__name__)

#: scrolled this close to the top (pixels), the older messages are asked for
NEAR_TOP = 40
#: messages rendered between two turns of the event loop
RENDER_STEP = 20


def _no_comment(_message_id: str) -> None:
    return None


class TranscriptPane(QWidget):
    #: how long the current row must stay current before its messages are asked for
    DELAY_MS = 250
    PAGE_SIZE = 100
    #: a batch of messages was added to the view (the first page, or older ones)
    messagesShown = Signal()
    #: :meth:`show_message` reached its message (its id)
    messageReached = Signal(str)

    def __init__(
        self, tasks: Tasks, conversations: ConversationList, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._list = conversations
        self.setObjectName("messagesPane")
        self.browser = SafeBrowser(self)
        self.browser.setObjectName("transcriptText")
        readable_pane(
            self.browser, self.tr("Messages"), self.tr("The selected conversation's messages")
        )
        self.browser.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.status = QLabel(self)
        self.status.setObjectName("transcriptStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Transcript status"))
        self.retry_button = QPushButton(self.tr("&Retry loading"), self)
        self.retry_button.setAccessibleName(self.tr("Retry loading the messages"))
        self.retry_button.clicked.connect(self.load_older)
        self.retry_button.hide()
        self.variables = VariablesSection(self)
        self._renderer = Renderer(self.palette())
        top = QHBoxLayout()
        top.setContentsMargins(4, 0, 4, 0)
        top.addWidget(self.status, 1)
        top.addWidget(self.retry_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.variables)
        layout.addWidget(self.browser, 1)
        # No focus proxy: the pane itself must not sit in the window's Tab chain (tab_stops())

        self._feed: TranscriptFeed | None = None
        self._comments: FeedbackComments | None = None
        self._loading: asyncio.Task[None] | None = None
        self._wanted: str | None = None
        self._generation = 0
        self._show_state(loading=False)
        self._timer = QTimer(self, singleShot=True, interval=self.DELAY_MS)
        self._timer.timeout.connect(self._open)
        #: the view shows the newest message and keeps it shown when the pane changes size
        self._at_bottom = True
        self.browser.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.browser.verticalScrollBar().rangeChanged.connect(self._range_changed)
        conversations.currentChanged.connect(self._current_changed)

    # -- what the window and the tests read (the pane used to be the text view itself)

    def toPlainText(self) -> str:
        return self.browser.toPlainText()

    def placeholderText(self) -> str:
        return self.browser.placeholderText()

    def document(self) -> QTextDocument:
        return self.browser.document()

    @property
    def feed(self) -> TranscriptFeed | None:
        return self._feed

    @property
    def loading(self) -> bool:
        return self._loading is not None

    # -- following the list

    def _current_changed(self) -> None:
        """Another row (or none): what was shown belongs to the last one and goes at once."""
        self._timer.stop()
        self._generation += 1
        if self._loading is not None:
            self._loading.cancel()
            self._loading = None
        self._feed = None
        self._comments = None
        self._wanted = None
        self._at_bottom = True
        self.browser.clear()
        self.browser.refused_resources.clear()
        self.status.clear()
        self.retry_button.hide()
        self.variables.show_variables(())
        current = self._list.current()
        self._show_state(loading=current is not None)
        if current is not None:
            self._timer.start()

    def _show_state(self, *, loading: bool) -> None:
        self.browser.setPlaceholderText(
            self.tr("Loading the messages…")
            if loading
            else self.tr("Select a conversation to read it.")
        )

    def _open(self) -> None:
        current = self._list.current()
        if current is None:
            return
        session, user, conv = current
        self._feed = TranscriptFeed(
            session.client,
            conv.id,
            user,
            guard=session.user_request,
            page_size=self.PAGE_SIZE,
        )
        self._comments = FeedbackComments(session.client)
        self._tasks.spawn(self._show_variables(session, conv.id, user), TaskGroup.MESSAGES)
        self.load_older()

    async def _show_variables(self, session: Session, conversation_id: str, user: str) -> None:
        generation = self._generation
        try:
            variables = await load_variables(
                session.client, conversation_id, user, guard=session.user_request
            )
        except DifyError as exc:
            if generation == self._generation:
                self.variables.show_unavailable(explain(exc))
            return
        if generation == self._generation:
            self.variables.show_variables(variables)

    # -- loading

    def _range_changed(self, _minimum: int, maximum: int) -> None:
        if self._at_bottom:
            self.browser.verticalScrollBar().setValue(maximum)

    def _scrolled(self, value: int) -> None:
        bar = self.browser.verticalScrollBar()
        self._at_bottom = value >= bar.maximum()
        if value <= bar.minimum() + NEAR_TOP and bar.maximum() > 0:
            self.load_older()

    def load_older(self) -> None:
        """Ask for the next older page, unless one is on its way or none is left."""
        feed = self._feed
        if feed is None or self._loading is not None or feed.exhausted:
            return
        self.retry_button.hide()
        if feed.messages:
            self.status.setText(texts.loading_older())
        self._loading = self._tasks.spawn(self._load(feed), TaskGroup.MESSAGES)

    async def _load(self, feed: TranscriptFeed) -> None:
        try:
            batch = await feed.load_older()
            comments = self._comments
            rated = {m.id for m in batch if m.feedback_rating and not m.feedback_content}
            if rated and comments is not None:
                try:
                    await comments.find(rated)
                except DifyError as exc:  # the messages matter more than their comments
                    log.info("feedback comments not loaded: %s", exc)
        except DifyError as exc:
            if feed is self._feed:
                self._loading = None
                self._failed(feed, exc)
            return
        built = self._renderer.batch(comments.comment if comments is not None else _no_comment)
        for start in range(0, len(batch), RENDER_STEP):
            built.add(batch[start : start + RENDER_STEP])
            await asyncio.sleep(0)  # let the window breathe between steps
            if feed is not self._feed:
                return
        self._loading = None
        if batch:
            self._insert(built.fragment())
        self._after_batch(feed)

    def _failed(self, feed: TranscriptFeed, exc: DifyError) -> None:
        reason = explain(exc)
        if feed.messages:
            self.status.setText(texts.load_failed(reason, len(feed.messages)))
        else:
            self.browser.setPlaceholderText(texts.first_load_failed(reason))
            self.status.setText(texts.first_load_failed(reason))
        self.retry_button.show()

    def _insert(self, fragment: QTextDocumentFragment) -> None:
        bar = self.browser.verticalScrollBar()
        first = self.browser.document().isEmpty()
        from_bottom = bar.maximum() - bar.value()
        cursor = QTextCursor(self.browser.document())
        cursor.movePosition(QTextCursor.MoveOperation.Start)
        cursor.insertFragment(fragment)
        if not first:
            cursor.insertBlock(self._renderer.customer_block, self._renderer.heading)
        if first:
            self.browser.moveCursor(QTextCursor.MoveOperation.End)
            bar.setValue(bar.maximum())
        else:
            bar.setValue(bar.maximum() - from_bottom)
        self.messagesShown.emit()

    def _after_batch(self, feed: TranscriptFeed) -> None:
        if not feed.messages:
            self.browser.setPlaceholderText(texts.no_messages())
        self._say_outcome(feed)
        wanted = self._wanted
        if wanted is not None and feed.has(wanted):
            self._wanted = None
            self._reach(wanted)
            return
        if wanted is not None and feed.exhausted:
            self._wanted = None
            self._say_outcome(feed, texts.message_not_found())
            return
        bar = self.browser.verticalScrollBar()
        if not feed.exhausted and (wanted is not None or bar.maximum() == 0):
            # looking for a message, or nothing to scroll yet: keep going back
            QTimer.singleShot(0, self.load_older)

    def _say_outcome(self, feed: TranscriptFeed, extra: str = "") -> None:
        said = texts.status_text(feed.outcome, len(feed.messages), feed.unreachable_seconds)
        self.status.setText(f"{said} {extra}" if extra else said)

    def tab_stops(self) -> list[QWidget]:
        """Where Tab stops in the pane, in reading order (hidden ones are skipped by Qt)."""
        return [self.browser, self.retry_button, self.variables.toggle, self.variables.table]

    # -- going to a message (the feedback inbox opens a conversation there)

    def show_message(self, message_id: str) -> None:
        """Scroll to ``message_id`` of the current conversation, loading older pages until it
        is there; :attr:`messageReached` when it is shown."""
        feed = self._feed
        if feed is not None and feed.has(message_id):
            self._reach(message_id)
            return
        if feed is not None and feed.exhausted:
            self._say_outcome(feed, texts.message_not_found())
            return
        self._wanted = message_id
        if feed is not None and self._loading is None:
            self.load_older()

    def _reach(self, message_id: str) -> None:
        self.browser.scrollToAnchor(message_id)
        self.messageReached.emit(message_id)

    def shutdown(self) -> None:
        self._timer.stop()
