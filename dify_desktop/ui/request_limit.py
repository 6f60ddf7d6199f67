"""*Requests at once…* (Connections menu): the one limit on the app's writes in flight
(``core.limiter``), kept in the settings and applied at once to the open connection."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from dify_desktop.core.session import Session
from dify_desktop.core.settings import (
    REQUESTS_IN_FLIGHT,
    REQUESTS_IN_FLIGHT_RANGE,
    Settings,
    requests_in_flight,
)
from dify_desktop.ui.actions import make_action
from dify_desktop.ui.ask import accepted
from dify_desktop.ui.reporter import Reporter
from dify_desktop.ui.tasks import TaskGroup, Tasks


class RequestLimitDialog(QDialog):
    def __init__(self, current: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("requestLimitDialog")
        self.setWindowTitle(self.tr("Requests at once"))
        self.field = QSpinBox()
        self.field.setObjectName("requestLimitField")
        self.field.setRange(REQUESTS_IN_FLIGHT_RANGE.start, REQUESTS_IN_FLIGHT_RANGE.stop - 1)
        self.field.setValue(current)
        self.field.setAccessibleName(self.tr("Requests at once"))
        label = QLabel(self.tr("&Requests at once"))
        label.setBuddy(self.field)
        intro = QLabel(
            self.tr(
                "How many renames, deletes and other requests of this window may run at the same"
                " time ({0}–{1}, {2} unless changed). Fewer is gentler on a busy server; more"
                " finishes bulk jobs sooner."
            ).format(
                REQUESTS_IN_FLIGHT_RANGE.start,
                REQUESTS_IN_FLIGHT_RANGE.stop - 1,
                REQUESTS_IN_FLIGHT.default,
            )
        )
        intro.setWordWrap(True)
        buttons = QDialogButtonBox()
        save = buttons.addButton(QDialogButtonBox.StandardButton.Ok)
        save.setAccessibleName(self.tr("Use this limit"))
        save.setDefault(True)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(intro)
        form.addRow(label, self.field)
        form.addRow(buttons)
        self.field.setFocus()
        self.field.selectAll()


class RequestLimit(QObject):
    def __init__(
        self,
        settings: Settings,
        tasks: Tasks,
        reporter: Reporter,
        session: Callable[[], Session | None],
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self._settings = settings
        self._tasks = tasks
        self._reporter = reporter
        self._session = session
        self._window = window
        self.action = make_action(self, self.tr("Requests at once…"), self.ask)

    def ask(self) -> None:
        self._tasks.spawn(self._ask(), TaskGroup.OTHER)

    async def _ask(self) -> None:
        dialog = RequestLimitDialog(requests_in_flight(self._settings), self._window)
        if await accepted(dialog):
            self.set_limit(dialog.field.value())
        dialog.deleteLater()

    def set_limit(self, size: int) -> None:
        self._settings.setValue(REQUESTS_IN_FLIGHT.name, size)
        self._settings.sync()
        session = self._session()
        if session is not None:
            session.limiter.resize(size)
        self._reporter.info(self.tr("At most %n request(s) at once from now on.", "", size))
