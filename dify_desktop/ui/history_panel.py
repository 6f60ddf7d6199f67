"""The rename history of the open profile (Ctrl+H): newest first, filtered by end user and
conversation; *Revert* puts back the name before the chosen entry, *Clear history…* forgets the
profile's history after a confirmation. Names are shown as plain text."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dify_desktop.core.history import Entry
from dify_desktop.core.profiles import Profile
from dify_desktop.core.rename import Origin
from dify_desktop.ui import job_texts
from dify_desktop.ui.accessibility import name_control
from dify_desktop.ui.actions import make_action
from dify_desktop.ui.ask import answer
from dify_desktop.ui.local_data import LocalData
from dify_desktop.ui.reporter import Reporter
from dify_desktop.ui.tasks import TaskGroup, Tasks
from dify_desktop.ui.text import plain
from dify_desktop.ui.undo_controller import UndoController

SHOWN = 500


class HistoryPanel(QDockWidget):
    def __init__(
        self,
        tasks: Tasks,
        reporter: Reporter,
        local: LocalData,
        undo: UndoController,
        window: QMainWindow,
    ) -> None:
        super().__init__(self.tr("Rename history"), window)
        self.setObjectName("historyPanel")
        self._tasks = tasks
        self.reporter = reporter
        self._local = local
        self._undo = undo
        self._profile: str | None = None
        self._entries: list[Entry] = []

        self.user_filter = QLineEdit()
        self.conversation_filter = QLineEdit()
        for field, text in (
            (self.user_filter, self.tr("End user")),
            (self.conversation_filter, self.tr("Conversation id")),
        ):
            field.setPlaceholderText(text)
            field.setClearButtonEnabled(True)  # before naming: the button is named too
            name_control(field, text)
            field.textChanged.connect(self._refilter)
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("historyTable")
        name_control(self.table, self.tr("Renames"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Time"), self.tr("End user"), self.tr("Old name"), self.tr("New name"),
             self.tr("How"), self.tr("Result")]
        )  # fmt: skip
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.revert_button = QPushButton(self.tr("Revert"))
        self.revert_button.setAccessibleName(self.tr("Revert the chosen rename"))
        self.revert_button.setToolTip(
            self.tr("Put back the name before this rename (Ctrl+Shift+R)")
        )
        self.revert_button.clicked.connect(self.revert)
        self.clear_button = QPushButton(self.tr("Clear history…"))
        self.clear_button.setAccessibleName(self.tr("Clear the rename history"))
        self.clear_button.clicked.connect(self.clear)
        self.revert_action = make_action(self, self.tr("Revert"), self.revert, "Ctrl+Shift+R")
        self.revert_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.revert_action)
        self.toggle_action = make_action(self, self.tr("Rename history"), self.toggle, "Ctrl+H")

        body = QWidget()
        column = QVBoxLayout(body)
        filters = QHBoxLayout()
        label = QLabel(self.tr("&Filter"))
        label.setBuddy(self.user_filter)
        filters.addWidget(label)
        filters.addWidget(self.user_filter)
        filters.addWidget(self.conversation_filter)
        column.addLayout(filters)
        column.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.revert_button)
        buttons.addStretch(1)
        buttons.addWidget(self.clear_button)
        column.addLayout(buttons)
        self.setWidget(body)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self)
        window.addAction(self.toggle_action)
        self.hide()
        self._reload = QTimer(self, singleShot=True, interval=200)
        self._reload.timeout.connect(self.reload)
        local.recorded.connect(lambda _entry: self._reload.start())
        local.settled.connect(lambda _entry: self._reload.start())

    def follow(self, _session: object, profile: Profile | None, _user: object) -> None:
        self._profile = profile.id if profile else None
        self.reload()

    def toggle(self) -> None:
        self.setVisible(not self.isVisible())
        if self.isVisible():
            self.reload()
            self.table.setFocus()

    def reload(self) -> None:
        if self.isVisible():
            self._tasks.spawn(self._load(), TaskGroup.OTHER)

    async def _load(self) -> None:
        history = await self._local.opened()
        profile = self._profile
        entries = await history.entries(profile, limit=SHOWN) if profile else []
        if profile == self._profile:
            self._entries = entries
            self._refilter()

    def shown(self) -> list[Entry]:
        user, conv = self.user_filter.text().strip(), self.conversation_filter.text().strip()
        return [
            e
            for e in self._entries
            if (not user or e.user == user) and (not conv or e.conversation_id == conv)
        ]

    def _refilter(self) -> None:
        entries = self.shown()
        self.table.setRowCount(len(entries))
        for row, e in enumerate(entries):
            cells = (
                datetime.fromtimestamp(e.time).strftime("%Y-%m-%d %H:%M:%S"),
                plain(e.user, 80),
                plain(e.old_name, 120),
                plain(e.new_name if e.new_name is not None else (e.sent_name or ""), 120),
                _how(self, e),
                job_texts.outcome_label(e.outcome),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(plain(e.conversation_id))
                self.table.setItem(row, column, item)

    def revert(self) -> None:
        row = self.table.currentRow()
        entries = self.shown()
        if not 0 <= row < len(entries):
            return
        entry = entries[row]
        if not entry.changed_name:
            self.reporter.info(self.tr("That rename changed nothing: nothing to revert."))
            return
        self._tasks.spawn(self._undo.put_back([entry], Origin.REVERT), TaskGroup.OTHER)

    def clear(self) -> None:
        if self._profile is not None:
            self._tasks.spawn(self._clear(self._profile), TaskGroup.OTHER)

    async def _clear(self, profile: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Clear history"),
            self.tr(
                "Forget the rename history of this connection? The conversations are not changed."
            ),
            QMessageBox.StandardButton.NoButton,
            self.window(),
        )
        box.setObjectName("clearHistoryConfirmation")
        clear = box.addButton(self.tr("Clear history"), QMessageBox.ButtonRole.DestructiveRole)
        clear.setAccessibleName(self.tr("Clear the rename history"))
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        if await answer(box) is clear:
            history = await self._local.opened()
            await history.clear(profile)
            self.reload()


def _how(part: QDockWidget, entry: Entry) -> str:
    if entry.origin is Origin.SINGLE:
        return part.tr("Auto-generate") if entry.auto else part.tr("Typed")
    return {
        Origin.BULK: part.tr("Bulk auto-generate") if entry.auto else part.tr("Bulk"),
        Origin.UNDO: part.tr("Undo"),
        Origin.REVERT: part.tr("Revert"),
    }[entry.origin]
