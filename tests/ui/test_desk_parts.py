"""The window shows its first page before it builds the support desk's parts, then builds all of
them in the places it kept, with the session already shown, and nothing on screen moves."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QWidget

from dify_desktop.core.profiles import Profile
from dify_desktop.demo.seed import DEFAULT_USER
from dify_desktop.ui.actions import action_text, window_shortcuts
from dify_desktop.ui.main_window import TRANSCRIPT_HINTS, MainWindow
from tests.ui.conftest import TIMEOUT, make_window


def app_window(qtbot: Any) -> MainWindow:
    """The window as the app makes it when a first page is on its way."""
    return make_window(qtbot, wait_for_first_page=True)


def place(window: MainWindow, widget: QWidget) -> tuple[int, int, int, int]:
    corner = widget.mapTo(window, QPoint(0, 0))
    return corner.x(), corner.y(), widget.width(), widget.height()


def shown_first(window: MainWindow) -> list[tuple[str, QWidget]]:
    return [
        ("list", window.view),
        ("sort", window.sort_combo),
        ("filter", window.filter_edit),
        ("counts", window.counts_label),
        ("connection", window.connection_label),
        ("language", window.language_button),
    ]


def test_the_first_page_comes_before_the_desk_parts_then_all_of_them(
    qtbot: Any, qloop: Any, demo_server: Any
) -> None:
    window = app_window(qtbot)
    seen: dict[str, object] = {}

    def first_page() -> None:
        seen["rows"] = window.model.rowCount()
        seen["desk parts ready"] = window.desk_parts_ready
        seen["attributes"] = [n for n in ("search", "inbox", "bulk") if hasattr(window, n)]
        seen["places"] = {name: place(window, widget) for name, widget in shown_first(window)}
        seen["splits"] = (window.splitter.sizes(), window.list_column.sizes())

    window.firstPageShown.connect(first_page)
    profile = Profile(id="test-profile", name="Test app", base_url=demo_server.base_url)
    with qtbot.waitSignal(window.deskPartsReady, timeout=TIMEOUT):
        window.ctx.tasks.spawn(window.open_profile(profile, demo_server.api_key, DEFAULT_USER))

    assert seen["rows"] and seen["desk parts ready"] is False and seen["attributes"] == []
    assert window.desk_parts_ready
    # Every part is there, in its place, following the session the window already showed.
    assert window.splitter.widget(1) is window.messages
    assert window.list_column.widget(0) is window.search and window.search.isHidden()
    for button in (window.inbox_button, window.bulk.menu_button):
        assert button.isVisible() and button.accessibleName()
    assert window.history.isHidden() and window.history.parent() is window
    assert window.all_users.session is window.session
    keys = {text: [k.toString() for k in ks] for text, ks in window_shortcuts(window)}
    for action in (
        window.inbox.open_action,
        window.search.open_action,
        window.shortcuts_action,
        window.bulk.prefix_action,
        window.bulk.auto_action,
        window.bulk.cancel_action,
        window.undo.undo_action,
        window.pins.pin_action,
        window.history.revert_action,
        window.history.toggle_action,
        window.all_users.open_action,
        *window.hand_over.window_actions(),
    ):
        assert action_text(action) in keys, action.text()
    # ... and what was on screen with the first page did not move.
    assert {name: place(window, w) for name, w in shown_first(window)} == seen["places"]
    assert (window.splitter.sizes(), window.list_column.sizes()) == seen["splits"]
    window.close()


def test_a_window_with_no_first_page_coming_builds_them_on_request(qtbot: Any, qloop: Any) -> None:
    window = app_window(qtbot)
    assert not window.desk_parts_ready
    with qtbot.waitSignal(window.deskPartsReady, timeout=TIMEOUT):
        window.build_desk_parts_soon()  # what the app does when no end user is to be listed
    assert window.inbox_button.isVisible()
    window.close()


def test_the_transcript_slot_has_the_panes_size_hints(qtbot: Any) -> None:
    window = make_window(qtbot)
    pane = window.messages
    assert (pane.sizeHint(), pane.minimumSizeHint()) == TRANSCRIPT_HINTS
    window.close()
