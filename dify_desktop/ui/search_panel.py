"""Search inside conversations (Ctrl+Shift+F): the current end user's conversations whose
messages say the words. Opening the panel brings the local index up to date in the background
(a job with progress and Cancel); results come from what is indexed so far and follow it."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dify_desktop.api import Conversation, DifyError
from dify_desktop.core.indexing import Indexed, UserIndex, clear_index
from dify_desktop.core.jobs import ItemResult, Progress
from dify_desktop.core.local_db import LocalDb
from dify_desktop.core.search_index import Hit
from dify_desktop.core.session import Session
from dify_desktop.ui.accessibility import name_control
from dify_desktop.ui.actions import make_action
from dify_desktop.ui.connection_controller import ConnectionController
from dify_desktop.ui.conversation_list import ConversationList
from dify_desktop.ui.reporter import Reporter
from dify_desktop.ui.search_results import HitDelegate, HitModel, HitRole
from dify_desktop.ui.sentences import explain
from dify_desktop.ui.tasks import TaskGroup, Tasks

log = logging.getLogger(__name__)

#: typing pauses this long before the index is asked
QUERY_DELAY_MS = 200
#: while indexing, results are asked again at most this often
REFRESH_RESULTS_MS = 600


class SearchPanel(QWidget):
    #: (end user, conversation id, message id): open that conversation at that message
    openMessage = Signal(str, str, str)
    #: the panel was closed (Esc): the window gives the keyboard back to the list
    closed = Signal()

    def __init__(
        self,
        tasks: Tasks,
        reporter: Reporter,
        database: Callable[[], Awaitable[LocalDb]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("searchPanel")
        self._tasks = tasks
        self._reporter = reporter
        self._database = database
        self._index: UserIndex | None = None
        self._target: tuple[Session, str, str] | None = None
        self._indexing: asyncio.Task[None] | None = None
        self._first_problem: str | None = None

        self.field = QLineEdit()
        self.field.setObjectName("searchField")
        self.field.setClearButtonEnabled(True)
        self.field.setPlaceholderText(self.tr("Words said in the conversations (Ctrl+Shift+F)"))
        name_control(self.field, self.tr("Search in messages"))
        self.field.setAccessibleDescription(
            self.tr("Finds this end user's conversations whose messages contain every word")
        )
        self.state = QLabel()
        self.state.setObjectName("searchState")
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        self.state.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Indexing progress"))
        self.progress.setMaximumWidth(self.fontMetrics().averageCharWidth() * 22)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel indexing"))
        self.cancel_button.clicked.connect(self.cancel_indexing)
        self.clear_button = QPushButton(self.tr("Clear index…"))
        self.clear_button.setAccessibleName(self.tr("Clear the search index"))
        self.clear_button.setToolTip(
            self.tr("Forget every indexed transcript of every connection (the history stays)")
        )
        self.clear_button.clicked.connect(self.clear_index)
        self.model = HitModel(self)
        self.results = QListView()
        self.results.setObjectName("searchResults")
        name_control(self.results, self.tr("Search results"))
        self.results.setModel(self.model)
        self.results.setItemDelegate(HitDelegate(self.results))
        self.results.setUniformItemSizes(True)
        self.results.activated.connect(self._open)
        self.results.doubleClicked.connect(self._open)

        progress_row = QHBoxLayout()
        progress_row.addWidget(self.state, 1)
        progress_row.addWidget(self.progress)
        progress_row.addWidget(self.cancel_button)
        progress_row.addWidget(self.clear_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(6, 4, 6, 4)
        column.addWidget(self.field)
        column.addLayout(progress_row)
        column.addWidget(self.results, 1)
        self.setTabOrder(self.field, self.results)
        self._show_progress(None)

        self.open_action = make_action(
            self, self.tr("Search in messages…"), self.open, "Ctrl+Shift+F"
        )
        self._query_timer = QTimer(self, singleShot=True, interval=QUERY_DELAY_MS)
        self._query_timer.timeout.connect(self._search)
        self._results_timer = QTimer(self, singleShot=True, interval=REFRESH_RESULTS_MS)
        self._results_timer.timeout.connect(self._search)
        self.field.textChanged.connect(lambda _text: self._query_timer.start())
        self.field.returnPressed.connect(self._to_results)
        self.hide()

    # ---------------------------------------------------------------- what is open

    def follow(self, session: Session | None, profile_id: str | None, user: str | None) -> None:
        """The window's open session, profile and end user (any of them None: nothing to search)."""
        target = (session, profile_id, user) if session and profile_id and user else None
        if target == self._target:
            return
        self.cancel_indexing()
        self._target = target
        self._index = None
        self.model.show([])
        self._show_progress(None)
        if self.isVisible():
            self._start()

    def watch(self, conversations: ConversationList, connection: ConnectionController) -> None:
        """Follow the window's open profile and end user; Ctrl+Shift+F opens the panel; closing
        it gives the keyboard back to the list."""

        def changed(*_args: object) -> None:
            profile = connection.profile
            self.follow(
                conversations.session, profile.id if profile else None, conversations.model.user
            )

        connection.sessionChanged.connect(changed)
        conversations.model.modelReset.connect(changed)
        self.closed.connect(lambda: conversations.view.setFocus(Qt.FocusReason.OtherFocusReason))

    def window_actions(self) -> list[QAction]:
        return [self.open_action]

    def open(self) -> None:
        """Ctrl+Shift+F: show the panel, the cursor in its field, and bring the index up to date."""
        self.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()
        self._start()

    def shutdown(self) -> None:
        """The window is closing: no more timers, no new indexing items."""
        self._query_timer.stop()
        self._results_timer.stop()
        self.cancel_indexing()

    def close_panel(self) -> None:
        self.cancel_indexing()
        self.hide()
        self.closed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_panel()
            return
        super().keyPressEvent(event)

    # ---------------------------------------------------------------- indexing

    def _start(self) -> None:
        if self._target is None:
            self.state.setText(self.tr("Open an end user's conversations to search them."))
            return
        if self._indexing is not None and not self._indexing.done():
            return
        self._indexing = self._tasks.spawn(self._refresh(*self._target), TaskGroup.OTHER)

    async def _refresh(self, session: Session, profile_id: str, user: str) -> None:
        if self._index is None:
            self._index = UserIndex(await self._database(), session, profile_id, user)
        index = self._index
        self.state.setText(self.tr("Checking which conversations changed…"))
        self.progress.setRange(0, 0)
        self.progress.show()
        try:
            stale = await index.stale(await index.listed())
        except DifyError as exc:
            self._show_progress(None)
            self.state.setText(self.tr("The index could not be updated: {0}").format(explain(exc)))
            self._search()
            return
        self._first_problem = None
        job = index.prepare(stale, on_progress=self._on_progress, on_result=self._on_result)
        self._show_progress(job.progress)
        await job.run()
        self._search()

    def cancel_indexing(self) -> None:
        if self._index is not None and self._index.job is not None:
            self._index.job.cancel()

    def _on_progress(self, progress: Progress) -> None:
        self._show_progress(progress)
        if not self._results_timer.isActive():
            self._results_timer.start()

    def _on_result(self, result: ItemResult[Conversation, Indexed]) -> None:
        problem = result.value.problem if result.value is not None else None
        if problem is not None and self._first_problem is None:
            self._first_problem = explain(problem)

    def _show_progress(self, progress: Progress | None) -> None:
        running = progress is not None and not progress.finished
        self.progress.setVisible(running)
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running and not (progress and progress.cancelled))
        if progress is None:
            self.state.clear()
            return
        self.progress.setRange(0, max(progress.total, 1))
        self.progress.setValue(progress.done + progress.failed)
        if running:
            text = self.tr("Indexing {0} of {1} conversations…").format(
                progress.done + progress.failed, progress.total
            )
        elif progress.failed or progress.cancelled:
            text = self.tr("{0} of {1} changed conversations were indexed.").format(
                progress.done, progress.total
            )
            if progress.cancelled:
                text += " " + self.tr("Indexing stopped.")
        else:
            text = self.tr("Every conversation of this end user is searched.")
        if progress.failed:
            text += " " + self.tr(
                "%n could not be read ({0}); they are tried again next time.", "", progress.failed
            ).format(self._first_problem or "")
        self.state.setText(text)
        self.progress.setAccessibleDescription(text)

    def clear_index(self) -> None:
        """*Clear search index*, after a confirmation (Enter confirms, Esc keeps it)."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Clear the search index"),
            self.tr(
                "Forget every transcript indexed for searching, for every connection? They are "
                "fetched again the next time you search. The rename history stays."
            ),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        clear = box.addButton(self.tr("Clear index"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(clear)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is clear:
            self.cancel_indexing()
            self._tasks.spawn(self._clear(), TaskGroup.OTHER)

    async def _clear(self) -> None:
        await clear_index(await self._database())
        self.model.show([])
        self._index = None
        self.state.setText(self.tr("The search index is empty."))
        self._reporter.info(self.tr("The search index was cleared."))

    # ---------------------------------------------------------------- searching

    def _search(self) -> None:
        index, query = self._index, self.field.text()
        if index is None or not query.strip():
            self.model.show([])
            return
        self._tasks.spawn(self._show_hits(index, query), TaskGroup.OTHER)

    async def _show_hits(self, index: UserIndex, query: str) -> None:
        hits = await index.search(query)
        if index is not self._index or query != self.field.text():
            return  # a newer question or another user
        self.model.show(hits)
        self.results.setAccessibleDescription(self.tr("%n conversation(s) found", "", len(hits)))
        if hits and not self.results.currentIndex().isValid():
            self.results.setCurrentIndex(self.model.index(0, 0))

    def _to_results(self) -> None:
        self._query_timer.stop()
        self._search()
        self.results.setFocus(Qt.FocusReason.OtherFocusReason)

    def _open(self, index: QModelIndex) -> None:
        hit = index.data(HitRole)
        if isinstance(hit, Hit) and self._index is not None:
            self.openMessage.emit(self._index.user, hit.conversation_id, hit.message_id)
