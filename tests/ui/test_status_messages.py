"""The status bar: a message belongs to the state it describes and goes when that state ends;
long text is elided (the whole of it in a tooltip and in the message log)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from dify_desktop.core.profiles import Profile
from dify_desktop.demo.faults import Fault
from dify_desktop.demo.seed import DEFAULT_USER
from dify_desktop.ui.reporter import Level, Reporter
from tests.faults.fault_kit import closed_port
from tests.ui.conftest import TIMEOUT, connect, make_window


def test_a_load_error_goes_when_a_load_works(qtbot: Any, window: Any, demo_server: Any) -> None:
    demo_server.faults.add(Fault(method="GET", path="/conversations", status=500, times=1))
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_F5)
    qtbot.waitUntil(
        lambda: "Could not load" in window.statusBar().currentMessage(), timeout=TIMEOUT
    )
    qtbot.keyClick(window.view, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: not window.model.loading, timeout=TIMEOUT)
    assert window.statusBar().currentMessage() == ""
    qtbot.waitUntil(lambda: window.counts_label.text().startswith("all "), timeout=TIMEOUT)
    assert "Could not load" in window.reporter.last(Level.ERROR)  # the log keeps it


def test_a_failed_connection_is_forgotten_once_a_profile_connects(
    qtbot: Any, qloop: Any, demo_server: Any
) -> None:
    window = make_window(qtbot)
    down = Profile(id="down", name="Down app", base_url=f"http://127.0.0.1:{closed_port()}/v1")
    window.ctx.tasks.spawn(window.open_profile(down, "app-key-for-the-test"))
    qtbot.waitUntil(lambda: "Cannot reach" in window.statusBar().currentMessage(), timeout=TIMEOUT)
    said = window.statusBar().currentMessage()
    assert said.startswith("Could not connect to Down app")
    assert "Not connected." in window.empty.text() and said in window.empty.text()
    connect(qtbot, window, demo_server, DEFAULT_USER)
    assert window.statusBar().currentMessage() == ""
    assert window.connection_label.text().startswith("Test app")


def test_a_long_message_is_elided_with_a_gap_before_the_counts(qtbot: Any, window: Any) -> None:
    long = "The server said something long: " + " ".join(f"word{i}" for i in range(120))
    window.reporter.error(long)
    bar = window.statusBar()
    label = bar.message_label
    assert bar.currentMessage() == long
    assert label.text() != long and label.text().endswith("…")
    assert long.replace("<", "&lt;") in label.toolTip()
    right_of_message = label.mapTo(window, label.rect().topRight()).x()
    left_of_counts = window.counts_label.mapTo(window, window.counts_label.rect().topLeft()).x()
    assert right_of_message < left_of_counts
    assert label.fontMetrics().horizontalAdvance(label.text()) <= label.contentsRect().width()


def test_the_message_log_lists_every_message_with_its_time_and_level(
    qtbot: Any, window: Any
) -> None:
    from dify_desktop.ui.message_log import MessageLog

    window.reporter.error("First problem")
    window.reporter.info("Copied something")
    qtbot.mouseClick(window.statusBar().message_label, Qt.MouseButton.LeftButton)
    log = window.findChild(MessageLog, "messageLog")
    assert log is not None and log.isVisible()
    rows = log.rows()
    assert [(level, text) for _time, level, text in rows[-2:]] == [
        ("Error", "First problem"),
        ("Information", "Copied something"),
    ]
    assert all(len(time) == 8 and time.count(":") == 2 for time, _level, _text in rows)
    window.reporter.warning("Arrives while open")
    assert log.rows()[-1][1:] == ("Warning", "Arrives while open")
    assert window.statusBar().log_button.accessibleName()
    log.close()


def test_a_topic_keeps_its_message_until_cleared(qapp: Any, qtbot: Any) -> None:
    from dify_desktop.ui.reporter import Topic

    reporter = Reporter()
    reporter.error("cannot load", topic=Topic.LOADING)
    reporter.info("copied", timeout_ms=1)
    current = reporter.current()
    assert current is not None and current.text == "copied"
    # The information goes after its timeout: the state that still holds shows again.
    qtbot.waitUntil(
        lambda: reporter.current() is not None and reporter.current().text == "cannot load"
    )  # type: ignore[union-attr]
    reporter.warning("not renamed")  # no topic: until the next message
    reporter.error("stopped", topic=Topic.LOADING)  # a new word on the topic replaces the old
    assert [m.text for m in (reporter.current(), reporter.current(Topic.LOADING)) if m] == [
        "stopped",
        "stopped",
    ]
    reporter.clear(Topic.LOADING)
    assert reporter.current() is None
    assert [m.text for m in reporter.messages()] == [
        "cannot load",
        "copied",
        "not renamed",
        "stopped",
    ]


def test_a_long_count_never_widens_the_window(qtbot: Any, window: Any) -> None:
    width = window.width()
    long = "1,234,567 loaded, more available (loading…) · 16 saving · 9,999 selected " * 3
    window.counts_label.setText(long)
    QApplication.sendPostedEvents()  # the layout requests the new text made, all of them
    QApplication.processEvents()
    assert window.width() == width
    assert window.counts_label.text() == long  # read whole by a reader and by text()
    grabbed = window.counts_label.grab()  # drawn elided in the room it has
    assert grabbed.width() < window.counts_label.fontMetrics().horizontalAdvance(long)
