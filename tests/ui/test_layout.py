"""The window's layout through its real widgets: every control visible at the default size and
at the smallest one, labels beside their boxes, column widths, whole names, readable times."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QWidget,
)

from dify_desktop.core.credentials import Credentials
from dify_desktop.core.profiles import Profile, ProfileStore
from dify_desktop.core.settings import MemorySettings
from dify_desktop.demo.seed import DEFAULT_USER
from dify_desktop.ui.context import AppContext
from dify_desktop.ui.conversation_model import Column
from dify_desktop.ui.main_window import MainWindow, default_size
from dify_desktop.ui.times import exact_time, relative_time
from tests.ui.conftest import TIMEOUT, connect, make_window


def button_of(window: MainWindow, action: Any) -> QToolButton | None:
    shown = [
        b for b in window.findChildren(QToolButton) if b.defaultAction() is action and b.isVisible()
    ]
    return shown[0] if shown else None


def controls(window: MainWindow) -> dict[str, QWidget | None]:
    return {
        "profile": window.profile_combo,
        "end user": window.user_combo,
        "sort": window.sort_combo,
        "filter": window.filter_edit,
        "refresh": button_of(window, window.refresh_action),
        "stop": button_of(window, window.stop_action),
        "load all": button_of(window, window.load_all_action),
    }


def inside_window(window: MainWindow, widget: QWidget) -> bool:
    top_left = widget.mapTo(window, QPoint(0, 0))
    return window.rect().contains(QRect(top_left, widget.size()))


def assert_all_shown(window: MainWindow) -> None:
    for name, widget in controls(window).items():
        assert widget is not None and widget.isVisible(), f"{name} is hidden"
        assert inside_window(window, widget), f"{name} is outside the window"


def test_every_control_is_shown_at_the_default_size_in_the_demo(
    qtbot: Any, qloop: Any, demo_server: Any
) -> None:
    settings = MemorySettings()
    context = AppContext(settings, ProfileStore(settings), Credentials(), ephemeral=True, demo=True)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    profile = Profile(id="demo", name="Demo", base_url=demo_server.base_url)
    window.ctx.tasks.spawn(window.open_profile(profile, demo_server.api_key, DEFAULT_USER))
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=TIMEOUT)
    assert default_size(QSize(1920, 1040)).toTuple() == (1100, 680)  # room for the default
    assert window.size() == default_size(window.screen().availableGeometry().size())
    assert_all_shown(window)
    window.close()


def test_at_the_smallest_size_nothing_hides_and_labels_stay_beside_their_boxes(
    qtbot: Any, window: MainWindow
) -> None:
    window.resize(200, 150)
    qtbot.waitUntil(lambda: window.size().width() > 200, timeout=TIMEOUT)  # a minimum holds
    minimum = window.size()
    assert minimum.height() >= 300  # room for a few rows
    assert_all_shown(window)
    assert window.view.columnWidth(Column.NAME) >= 22 * window.view.fontMetrics().averageCharWidth()
    for field in (window.profile_combo, window.user_combo, window.sort_combo):
        labels = [label for label in window.findChildren(QLabel) if label.buddy() is field]
        assert len(labels) == 1, f"{field.objectName()} has no label"
        label = labels[0]
        assert label.isVisible()
        label_box = QRect(label.mapTo(window, QPoint(0, 0)), label.size())
        field_box = QRect(field.mapTo(window, QPoint(0, 0)), field.size())
        assert 0 <= field_box.left() - label_box.right() <= 12  # right beside it
        assert abs(field_box.center().y() - label_box.center().y()) <= 4  # on the same line


def test_the_name_column_takes_the_room(window: MainWindow) -> None:
    name, status = window.view.columnWidth(Column.NAME), window.view.columnWidth(Column.STATUS)
    assert name >= 2 * status
    assert name >= 280
    metrics = window.view.fontMetrics()
    for column in (Column.UPDATED, Column.CREATED):  # the date and the time fit
        assert window.view.columnWidth(column) > metrics.horizontalAdvance("2026-03-27 16:32")


def test_the_profile_combo_shows_the_whole_name(qtbot: Any, qloop: Any, demo_server: Any) -> None:
    window = make_window(qtbot)
    profile = Profile(id="long", name="Support desk (production)", base_url=demo_server.base_url)
    window.ctx.tasks.spawn(window.open_profile(profile, demo_server.api_key, None))
    qtbot.waitUntil(lambda: window.session is not None, timeout=TIMEOUT)
    text_width = window.profile_combo.fontMetrics().horizontalAdvance(profile.name)
    window.resize(200, 150)  # even at the smallest size
    # the text and the arrow (once the layout has taken the new name in)
    qtbot.waitUntil(lambda: window.profile_combo.width() > text_width + 20, timeout=TIMEOUT)
    window.close()


def test_rows_older_than_a_month_show_the_time_too(
    qtbot: Any, qloop: Any, demo_server: Any
) -> None:
    user = "layout-old-rows"
    old = int(datetime(2024, 5, 6, 14, 37, tzinfo=UTC).timestamp())
    for minutes in (0, 7):
        demo_server.store.add_conversation(
            user, f"Old {minutes}", created_at=old + minutes * 60, updated_at=old + minutes * 60
        )
    window = make_window(qtbot)
    connect(qtbot, window, demo_server, user)
    qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=TIMEOUT)
    shown = [window.proxy.index(r, Column.UPDATED).data() for r in range(2)]
    exact = [
        window.proxy.index(r, Column.UPDATED).data(Qt.ItemDataRole.ToolTipRole) for r in (0, 1)
    ]
    assert shown[0] != shown[1]  # seven minutes apart: the sort order can be read
    assert [s[:16] for s in exact] == shown  # the local time to the minute; the tooltip, exact
    window.close()


def test_relative_time_turns_exact_after_a_month() -> None:
    now = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)
    when = now - timedelta(days=40, minutes=13)
    assert relative_time(when, now) == exact_time(when)[:16]
    assert relative_time(now - timedelta(days=3), now) == "3 days ago"


def test_every_control_has_an_accessible_name(window: MainWindow) -> None:
    kinds = (QComboBox, QLineEdit, QToolButton, QAbstractItemView, QPlainTextEdit)
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, kinds) or not widget.isVisible():
            continue
        if isinstance(widget.parentWidget(), QComboBox | QAbstractItemView):
            continue  # the combo's own line edit, the view's editors: named by their owner
        if isinstance(widget, QToolButton) and widget.defaultAction() is not None:
            assert widget.accessibleName() or widget.defaultAction().text()
            continue
        assert widget.accessibleName(), f"{type(widget).__name__} {widget.objectName()!r}"
