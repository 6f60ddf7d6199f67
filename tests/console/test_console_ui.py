"""The "All end users" view and the Dify account dialog through real widgets, against the demo
server: sign in, find across end users, open a row in the normal view, web-app rows explained,
a refused session asking to sign in again without losing the rows."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from dify_desktop.demo.console_seed import WEB_APP_USER
from dify_desktop.demo.console_state import DEMO_EMAIL, DEMO_PASSWORD
from dify_desktop.demo.console_state import ConsoleApp as DemoApp
from dify_desktop.demo.runner import DemoServer
from dify_desktop.demo.seed import DEFAULT_USER
from dify_desktop.ui.account_dialog import AccountDialog
from dify_desktop.ui.all_users_view import AllUsersView, Column
from tests.ui.conftest import TIMEOUT, connect, make_window


def dialog_of(window: Any) -> AccountDialog:
    found = [d for d in window.findChildren(AccountDialog) if d.isVisible()]
    assert len(found) == 1
    return found[0]


def sign_in(qtbot: Any, window: Any) -> AllUsersView:
    qtbot.keyClick(
        window,
        Qt.Key.Key_A,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: bool(window.findChildren(AccountDialog)), timeout=TIMEOUT)
    dialog = dialog_of(window)
    assert dialog.password.echoMode() == dialog.password.EchoMode.Password
    dialog.email.setText(DEMO_EMAIL)
    qtbot.keyClicks(dialog.password, DEMO_PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.password.text() == ""  # sent once, not kept
    qtbot.waitUntil(lambda: window.all_users.view is not None, timeout=TIMEOUT)
    view = window.all_users.view
    qtbot.waitUntil(lambda: view.isVisible() and view.model.rowCount() > 0, timeout=TIMEOUT)
    return view


def test_find_and_open_in_the_normal_view(qtbot: Any, qloop: Any, server: DemoServer) -> None:
    window = make_window(qtbot)
    connect(qtbot, window, server, None)
    view = sign_in(qtbot, window)
    assert QApplication.focusWidget() is view.search
    for control in (view.search, view.dates, view.since, view.until, view.table, view.status):
        assert control.accessibleName()
    every = [c for c in server.store.conversations.values() if not c.deleted]
    assert view.model.rowCount() == 50 and view.model.canFetchMore()
    view.table.scrollToBottom()
    qtbot.waitUntil(lambda: view.model.rowCount() > 50, timeout=TIMEOUT)
    assert view.model.rowCount() <= len(every)

    qtbot.keyClicks(view.search, "order 88213")
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1 and not view.model.loading, timeout=TIMEOUT)
    index = view.model.index(0, Column.USER)
    qtbot.waitUntil(lambda: "(" in view.model.data(index), timeout=TIMEOUT)  # marked
    assert WEB_APP_USER in view.model.data(index)
    assert "web app" in view.model.data(index, Qt.ItemDataRole.ToolTipRole)
    view.table.setFocus()
    view.table.setCurrentIndex(index)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert "web app" in view.status.text()
    assert window.model.user is None  # nothing opened for a user the service API cannot reach

    target = next(c for c in server.store.conversations_of(DEFAULT_USER) if "headphones" in c.name)
    view.search.clear()
    qtbot.keyClicks(view.search, "HEADPHONES")
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: (
            view.model.rowCount() >= 1
            and view.model.conversation(0).id == target.id
            and not view.model.loading
        ),
        timeout=TIMEOUT,
    )
    view.table.setCurrentIndex(view.model.index(0, 0))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.model.user == DEFAULT_USER, timeout=TIMEOUT)
    qtbot.waitUntil(
        lambda: (
            window.conversations.current_conversation() is not None
            and window.conversations.current_conversation().id == target.id
        ),
        timeout=TIMEOUT,
    )
    window.close()


def test_a_refused_session_keeps_the_rows_and_asks_again(
    qtbot: Any, qloop: Any, server: DemoServer
) -> None:
    window = make_window(qtbot)
    connect(qtbot, window, server, None)
    view = sign_in(qtbot, window)
    shown = view.model.rowCount()
    server.console.expire_access_tokens()
    server.console.revoke_refresh_tokens()
    qtbot.keyClicks(view.search, "order")
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "sign in again" in view.status.text(), timeout=TIMEOUT)
    assert view.model.rowCount() == shown
    qtbot.waitUntil(lambda: bool(window.findChildren(AccountDialog)), timeout=TIMEOUT)
    window.close()


def test_the_person_chooses_between_apps_of_the_same_name(
    qtbot: Any, qloop: Any, server: DemoServer
) -> None:
    twin = DemoApp("1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9", server.store.app_name, "advanced-chat")
    server.console.other_apps.insert(0, twin)
    window = make_window(qtbot)
    connect(qtbot, window, server, None)
    qtbot.keyClick(
        window,
        Qt.Key.Key_D,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: bool(window.findChildren(AccountDialog)), timeout=TIMEOUT)
    dialog = dialog_of(window)
    for label in (dialog.email, dialog.password, dialog.apps, dialog.status):
        assert label.accessibleName()
    dialog.email.setText(DEMO_EMAIL)
    dialog.password.setText(DEMO_PASSWORD)
    dialog.sign_in_button.click()
    qtbot.waitUntil(lambda: dialog.apps.isVisible(), timeout=TIMEOUT)
    assert dialog.apps.count() == 2
    dialog.apps.setCurrentIndex(
        next(i for i in range(2) if server.store.app_id in dialog.apps.itemText(i))
    )
    dialog.use_app_button.click()
    qtbot.waitUntil(lambda: window.all_users.view is not None, timeout=TIMEOUT)
    view = window.all_users.view
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=TIMEOUT)
    assert window.all_users.account.app_id == server.store.app_id
    window.close()


def test_dates_narrow_the_search_and_sign_out_forgets(
    qtbot: Any, qloop: Any, server: DemoServer
) -> None:
    window = make_window(qtbot)
    connect(qtbot, window, server, None)
    view = sign_in(qtbot, window)
    view.since.setDate(view.since.date().fromString("2026-03-18", "yyyy-MM-dd"))
    view.until.setDate(view.until.date().fromString("2026-03-18", "yyyy-MM-dd"))
    view.dates.click()
    qtbot.waitUntil(
        lambda: (
            not view.model.loading
            and view.model.rowCount() > 0
            and all(
                view.model.conversation(r).updated_at.date().isoformat() == "2026-03-18"
                for r in range(view.model.rowCount())
            )
        ),
        timeout=TIMEOUT,
    )
    day = [
        c
        for c in server.store.conversations.values()
        if not c.deleted and _day(c.updated_at) == "2026-03-18"
    ]
    assert view.model.rowCount() == len(day)
    qtbot.keyClick(
        view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.waitUntil(lambda: bool(window.findChildren(AccountDialog)), timeout=TIMEOUT)
    dialog = next(d for d in window.findChildren(AccountDialog) if d.isVisible())
    assert DEMO_EMAIL in dialog.status.text()
    dialog.sign_out_button.click()
    qtbot.waitUntil(lambda: window.all_users.account.email is None, timeout=TIMEOUT)
    assert not dialog.sign_out_button.isEnabled()
    assert server.console.live_refresh_tokens()  # the server is not asked to change anything
    window.close()


def _day(epoch: int) -> str:
    import datetime as dt

    return dt.datetime.fromtimestamp(epoch, dt.UTC).date().isoformat()
