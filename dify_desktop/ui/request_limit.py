"""*Requests at once…* (Connections menu): the one limit on the app's writes in flight
(``core.limiter``), kept in the settings and applied at once to the open connection."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from dify_desktop.core.session import Session
from dify_desktop.core.settings import REQUESTS_IN_FLIGHT, Settings, requests_in_flight
from dify_desktop.ui.actions import make_action
from dify_desktop.ui.reporter import Reporter
from dify_desktop.ui.tasks import TaskGroup, Tasks


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
        from dify_desktop.ui.ask import accepted  # the dialogs' Qt types: when first opened
        from dify_desktop.ui.request_limit_dialog import RequestLimitDialog

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
