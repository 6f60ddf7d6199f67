"""The reporter: one channel with levels, the message that holds now, a short log; the status
bar is its view."""

from __future__ import annotations

from typing import Any

from dify_desktop.ui.main_window import MainWindow
from dify_desktop.ui.reporter import Level, Message, Reporter
from tests.ui.conftest import make_window


def test_messages_before_a_view_are_shown_by_it_and_arrive_in_order(qtbot: Any) -> None:
    from dify_desktop.ui.status_bar import StatusBar

    reporter = Reporter()
    reporter.info("connecting")
    reporter.error("could not connect")
    bar = StatusBar(reporter)  # made after them: it shows the one that holds
    qtbot.addWidget(bar)
    assert bar.currentMessage() == "could not connect"
    assert [(m.level, m.text) for m in reporter.messages()] == [
        (Level.INFO, "connecting"),
        (Level.ERROR, "could not connect"),
    ]
    seen: list[Message] = []
    reporter.shown.connect(seen.append)
    reporter.warning("not renamed")
    assert [m.text for m in seen] == ["not renamed"]
    assert bar.currentMessage() == "not renamed"


def test_last_reads_the_latest_message_at_a_level_or_above(qapp: Any) -> None:
    reporter = Reporter()
    assert reporter.last() == "" and reporter.last(Level.WARNING) == ""
    reporter.warning("first problem")
    reporter.info("copied")
    assert reporter.last(Level.WARNING) == "first problem"
    assert reporter.last() == "copied"
    reporter.error("second problem")
    reporter.info("deleted")
    assert reporter.last(Level.WARNING) == "second problem"
    assert reporter.last(Level.ERROR) == "second problem"
    assert reporter.last(Level.INFO) == "deleted"


def test_the_log_keeps_the_latest_messages_oldest_first(qapp: Any) -> None:
    reporter = Reporter()
    for n in range(Reporter.LOG_SIZE + 5):
        reporter.info(f"message {n}")
    log = reporter.messages()
    assert len(log) == Reporter.LOG_SIZE
    assert log[0].text == "message 5" and log[-1].text == f"message {Reporter.LOG_SIZE + 4}"


def test_the_status_bar_shows_what_the_parts_report(qtbot: Any, window: MainWindow) -> None:
    window.row_actions.copy_id_action.trigger()
    copied = window.reporter.last(Level.INFO)
    assert copied.startswith("Copied ") and window.statusBar().currentMessage() == copied
    assert window.reporter.last(Level.WARNING) == ""

    window.connection.add_profile_action.setEnabled(True)  # disabled in this mode; force it
    window.connection.add_profile_action.trigger()
    problem = "Connections cannot be changed in this mode."
    assert window.reporter.last(Level.WARNING) == problem
    assert window.statusBar().currentMessage() == problem
    assert [m.level for m in window.reporter.messages()[-2:]] == [Level.INFO, Level.WARNING]


def test_a_window_without_a_connection_says_so(qtbot: Any) -> None:
    window = make_window(qtbot)
    assert window.connection_label.text() == "Not connected"
    assert window.windowTitle() == "Dify Desktop"
    assert window.reporter.messages() == ()
