"""Opening an end user's conversation in the main list, as the End user box does (Ctrl+L, type,
Enter), then making that conversation the current row once the list has loaded it, page after
page if need be. The keyboard goes to that row."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal

from dify_desktop.ui.conversation_list import ConversationList
from dify_desktop.ui.conversation_model import Column
from dify_desktop.ui.reporter import Reporter
from dify_desktop.ui.text import isolated


class ConversationOpener(QObject):
    #: the conversation is the list's current row; the message the person asked for (its id)
    conversationOpened = Signal(str)

    def __init__(self, conversations: ConversationList, reporter: Reporter) -> None:
        super().__init__(conversations)
        self._list = conversations
        self._reporter = reporter
        self._target: tuple[str, str] | None = None  # (conversation id, message id)
        model = conversations.model
        model.rowsInserted.connect(self._try)
        model.countsChanged.connect(self._try)  # a load ended (maybe without new rows)
        model.modelReset.connect(self._try)

    def open(self, user: str, conversation_id: str, message_id: str) -> None:
        self._target = (conversation_id, message_id)
        if self._list.model.user != user:
            self._list.open_user(user)
        if self._list.filter_edit.text():
            self._list.filter_edit.clear()  # the row may not match it
        self._list.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self._try()

    def _try(self) -> None:
        if self._target is None:
            return
        conversation_id, message_id = self._target
        model = self._list.model
        row = model.row_of(conversation_id)
        if row is not None:
            self._target = None
            index = self._list.proxy.mapFromSource(model.index(row, Column.NAME))
            view = self._list.view
            view.setCurrentIndex(index)
            view.scrollTo(index)
            view.setFocus(Qt.FocusReason.OtherFocusReason)
            self.conversationOpened.emit(message_id)
        elif model.canFetchMore():
            model.fetchMore()
        elif not model.loading and (model.complete or model.load_error or model.paused):
            self._target = None
            if model.complete:
                self._reporter.warning(
                    QCoreApplication.translate(
                        "FeedbackInbox", "The conversation {0} is no longer in this list."
                    ).format(isolated(conversation_id, 40))
                )
