"""*Requests at once…* in the Connections menu: the limit is kept in the settings and a job
started afterwards never has more requests in flight than the new limit."""

from __future__ import annotations

import asyncio
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from dify_desktop.core.settings import REQUESTS_IN_FLIGHT
from dify_desktop.ui.request_limit_dialog import RequestLimitDialog
from tests.ui.bulk_ui_kit import (
    add_prefix,
    desk,
    names_in_list,
    names_on_server,
    select_all,
    wait_for_job_end,
)
from tests.ui.conftest import TIMEOUT

__all__ = ["desk"]


def test_a_new_limit_is_kept_and_a_job_then_keeps_to_it(
    qtbot: Any, desk: Any, demo_server: Any
) -> None:
    menu = desk.connections_button.menu()
    [action] = [a for a in menu.actions() if "Requests at once" in a.text()]
    action.trigger()
    qtbot.waitUntil(
        lambda: isinstance(QApplication.activeModalWidget(), RequestLimitDialog), timeout=TIMEOUT
    )
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, RequestLimitDialog)
    assert dialog.field.value() == REQUESTS_IN_FLIGHT.default
    qtbot.waitUntil(lambda: dialog.field.hasFocus(), timeout=TIMEOUT)
    qtbot.keyClicks(dialog.field, "2")  # the value is selected: typing replaces it
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: "At most 2 request" in desk.statusBar().currentMessage(), timeout=TIMEOUT
    )
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=TIMEOUT)
    assert int(desk.ctx.settings.value(REQUESTS_IN_FLIGHT.name)) == 2

    session = desk.session
    peak = 0

    async def watch() -> None:
        nonlocal peak
        while True:
            peak = max(peak, session.limiter.in_flight)
            await asyncio.sleep(0.002)

    watcher = asyncio.ensure_future(watch())
    demo_server.latency_ms = 40
    try:
        select_all(qtbot, desk)
        add_prefix(qtbot, desk, "[2] ")
        wait_for_job_end(qtbot, desk)
    finally:
        demo_server.latency_ms = 0
        watcher.cancel()
    assert peak == 2
    assert names_in_list(desk) == names_on_server(demo_server)
