"""The feedback inbox: every end user's likes and dislikes of the open app, newest first, each
with the end user who gave it. Enter (or a double click) opens that user's conversation in the
main list; the window composes that (:class:`FeedbackInbox.openMessage`).

A window of its own beside the main one (Ctrl+I): it keeps its rows and its place while hidden,
and hides when it opens a conversation, so that the keyboard is in the list at once.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dify_desktop.core.inbox import EndUserCaches, InboxEntry, InboxFeed, RatingFilter
from dify_desktop.core.profiles import Profile
from dify_desktop.core.session import Session
from dify_desktop.ui import feedback_inbox_texts as texts
from dify_desktop.ui.accessibility import name_control
from dify_desktop.ui.actions import make_action
from dify_desktop.ui.dialogs import activate
from dify_desktop.ui.feedback_inbox_model import Column, EntryRole, FeedbackInboxModel, RatingProxy
from dify_desktop.ui.tasks import Tasks

#: opens the inbox from anywhere in the window
INBOX_SHORTCUT = "Ctrl+I"
_OPEN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class FeedbackInbox(QDialog):
    #: open this end user's conversation at this message: (user, conversation id, message id)
    openMessage = Signal(str, str, str)

    def __init__(self, tasks: Tasks, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("feedbackInbox")
        self.setWindowTitle(self.tr("Feedback inbox"))
        self.setModal(False)
        self._caches = EndUserCaches()  # end users stay known across profile switches
        self._session: Session | None = None
        self._profile_id: str | None = None
        self._stale = True

        self.model = FeedbackInboxModel(tasks, self)
        self.proxy = RatingProxy(self)
        self.proxy.setSourceModel(self.model)
        self._make_widgets()
        self.open_action = make_action(
            self, self.tr("Feedback inbox…"), self.open_inbox, INBOX_SHORTCUT
        )
        self.open_action.setToolTip(
            self.tr("Every user's likes and dislikes; Enter opens the conversation (Ctrl+I)")
        )

        self.model.loadingChanged.connect(self._update_state)
        self.model.loadFailed.connect(self._update_state)
        self.model.rowsInserted.connect(self._rows_arrived)
        self.proxy.layoutChanged.connect(self._update_state)
        self.proxy.modelReset.connect(self._update_state)
        self._update_state()
        self.resize(960, 520)

    def _make_widgets(self) -> None:
        self.rating_combo = QComboBox()
        self.rating_combo.setObjectName("inboxRating")
        for rating, label in texts.filter_labels().items():
            self.rating_combo.addItem(label, rating)
        self.rating_combo.currentIndexChanged.connect(lambda _i: self._rating_chosen())
        show_label = QLabel(self.tr("&Show"))
        show_label.setBuddy(self.rating_combo)
        name_control(self.rating_combo, self.tr("Show"))

        self.reload_button = QPushButton(self.tr("&Reload"))
        self.reload_button.setObjectName("inboxReload")
        self.reload_button.setAutoDefault(False)
        self.reload_button.setAccessibleName(self.tr("Reload the feedback"))
        self.reload_button.clicked.connect(self.reload)

        self.view = QTableView()
        self.view.setObjectName("inboxView")
        name_control(self.view, self.tr("Feedback"))
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        self.view.setShowGrid(False)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(Column.COMMENT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.MESSAGE, QHeaderView.ResizeMode.Stretch)
        metrics = self.view.fontMetrics()
        chars = metrics.averageCharWidth()
        self.view.setColumnWidth(Column.RATING, chars * 12)
        self.view.setColumnWidth(Column.USER, chars * 38)  # a UUID, as many products send
        sample = texts.time_text(datetime(2026, 12, 28, 23, 58, tzinfo=UTC))
        self.view.setColumnWidth(Column.TIME, metrics.horizontalAdvance(sample) + chars * 3)
        self.view.doubleClicked.connect(self._open_index)
        self.view.installEventFilter(self)

        self.state_label = QLabel()
        self.state_label.setObjectName("inboxState")
        self.state_label.setTextFormat(Qt.TextFormat.PlainText)
        self.state_label.setWordWrap(True)
        self.state_label.setAccessibleName(self.tr("Feedback inbox state"))
        self.note_label = QLabel()
        self.note_label.setObjectName("inboxNote")
        self.note_label.setTextFormat(Qt.TextFormat.PlainText)
        self.note_label.setWordWrap(True)
        self.note_label.setAccessibleName(self.tr("Why the conversation did not open"))
        self.note_label.hide()

        top = QHBoxLayout()
        top.addWidget(show_label)
        top.addWidget(self.rating_combo)
        top.addStretch(1)
        top.addWidget(self.reload_button)
        rows = QVBoxLayout(self)
        rows.addLayout(top)
        rows.addWidget(self.view, 1)
        rows.addWidget(self.note_label)
        rows.addWidget(self.state_label)

    def window_actions(self) -> list[QAction]:
        """The actions whose shortcuts work anywhere in the main window."""
        return [self.open_action]

    # ---------------------------------------------------------------- what is shown

    def show_session(
        self, session: Session | None, profile: Profile | None, _user: str | None
    ) -> None:
        """Follow the window's session: another app's feedback is loaded when next shown."""
        profile_id = profile.id if profile is not None else None
        if session is self._session and profile_id == self._profile_id:
            return  # only the end user changed
        self._session, self._profile_id = session, profile_id
        self._stale = True
        self.model.open(None)
        if self.isVisible():
            self.reload()

    def open_inbox(self) -> None:
        if self._stale:
            self.reload()
        self.show()
        activate(self)
        self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def reload(self) -> None:
        self._stale = False
        self.note_label.hide()
        session, profile_id = self._session, self._profile_id
        feed = (
            InboxFeed(session, self._caches.of(profile_id))
            if session is not None and profile_id is not None
            else None
        )
        self.model.open(feed)
        self._update_state()

    def _rating_chosen(self) -> None:
        rating = self.rating_combo.currentData()
        assert isinstance(rating, RatingFilter)
        self.proxy.set_rating(rating)
        if not self.view.currentIndex().isValid() and self.proxy.rowCount() > 0:
            self.view.setCurrentIndex(self.proxy.index(0, Column.RATING))
        self.model.fetchMore()  # a filter that hides most rows still fills the view
        self._update_state()

    def _rows_arrived(self) -> None:
        if not self.view.currentIndex().isValid() and self.proxy.rowCount() > 0:
            self.view.setCurrentIndex(self.proxy.index(0, Column.RATING))
        self._update_state()

    def _update_state(self) -> None:
        model = self.model
        self.state_label.setText(
            texts.state_text(
                connected=model.connected or self._session is not None,
                loading=model.loading,
                shown=self.proxy.rowCount(),
                loaded=model.rowCount(),
                complete=model.complete,
                error=model.error,
            )
        )
        self.reload_button.setEnabled(self._session is not None)

    # ---------------------------------------------------------------- opening

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.view
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _OPEN_KEYS
        ):
            self._open_index(self.view.currentIndex())
            return True  # not the dialog's default button
        return super().eventFilter(watched, event)

    def _open_index(self, index: QModelIndex) -> None:
        entry = index.data(EntryRole) if index.isValid() else None
        if not isinstance(entry, InboxEntry):
            return
        if not entry.can_open or entry.user is None:
            self.note_label.setText(texts.cannot_open_text(entry))
            self.note_label.show()
            return
        self.note_label.hide()
        self.hide()  # the window gets the keyboard back (FocusReturn); the list then takes it
        feedback = entry.feedback
        self.openMessage.emit(entry.user, feedback.conversation_id, feedback.message_id)
