"""The window as a person sees it at a given scale and palette, measured (and photographed).

Run as a process, because ``QT_SCALE_FACTOR`` only takes effect before Qt starts:
``QT_SCALE_FACTOR=2 python -m tests.ui.window_probe [--dark] [--shot FILE]`` (offscreen, with the
screen given by ``QT_QPA_PLATFORM=offscreen:configfile=...``). It connects the window to a demo
server, puts rows in each rename state (renamed, not renamed, saving), and prints JSON: what is
clipped, how many rows show, the contrast of each row state's text against the list's background.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QStyleFactory,
    QWidget,
)

from dify_desktop.core.credentials import Credentials
from dify_desktop.core.profiles import Profile, ProfileStore
from dify_desktop.core.settings import MemorySettings
from dify_desktop.demo.faults import Fault
from dify_desktop.demo.runner import DemoServer
from dify_desktop.demo.seed import DEFAULT_USER
from dify_desktop.ui.context import AppContext
from dify_desktop.ui.conversation_model import Column
from dify_desktop.ui.main_window import MainWindow
from dify_desktop.ui.status_bar import MessageLabel

DARK = {
    QPalette.ColorRole.Window: "#2b2b2b",
    QPalette.ColorRole.WindowText: "#e8e8e8",
    QPalette.ColorRole.Base: "#1e1e1e",
    QPalette.ColorRole.AlternateBase: "#262626",
    QPalette.ColorRole.Text: "#e8e8e8",
    QPalette.ColorRole.Button: "#353535",
    QPalette.ColorRole.ButtonText: "#e8e8e8",
    QPalette.ColorRole.ToolTipBase: "#3a3a3a",
    QPalette.ColorRole.ToolTipText: "#e8e8e8",
    QPalette.ColorRole.PlaceholderText: "#9a9a9a",
    QPalette.ColorRole.Highlight: "#3d6fb4",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.BrightText: "#ffffff",
    QPalette.ColorRole.Link: "#8ab4f8",
}


def dark_palette() -> QPalette:
    """A dark desktop theme's palette (as KDE's Breeze Dark or GNOME's dark style give Qt)."""
    palette = QPalette()
    for role, color in DARK.items():
        palette.setColor(role, QColor(color))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#8c8c8c"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#8c8c8c"))
    return palette


def luminance(color: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.redF())
        + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def clipped(window: MainWindow) -> list[str]:
    """Visible controls narrower or lower than their text needs."""
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not window:
            continue
        if isinstance(widget, MessageLabel) or (isinstance(widget, QLabel) and widget.wordWrap()):
            continue  # elides on purpose (whole text in a tooltip) / wraps
        if isinstance(widget.parentWidget(), QComboBox):
            continue  # the combo's own line edit: the combo's size is what counts
        if isinstance(widget, QAbstractButton | QComboBox | QLabel | QLineEdit):
            need = widget.minimumSizeHint() if isinstance(widget, QComboBox) else widget.sizeHint()
            if isinstance(widget, QLineEdit):
                need = widget.minimumSizeHint()
            if widget.width() < need.width() or widget.height() < need.height():
                text = widget.text() if hasattr(widget, "text") else widget.objectName()
                found.append(f"{type(widget).__name__} {text!r}: {widget.size()} < {need}")
    return found


def visible_rows(window: MainWindow) -> int:
    view = window.view
    height = view.viewport().height()
    return sum(
        1
        for row in range(window.proxy.rowCount())
        if view.visualRect(window.proxy.index(row, 0)).top() >= 0
        and view.visualRect(window.proxy.index(row, 0)).bottom() < height
    )


async def wait(condition: Any, what: str, timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(what)
        await asyncio.sleep(0.02)  # lets the qasync loop run Qt and the requests


async def probe(window: MainWindow, server: DemoServer, shot: str | None) -> dict[str, Any]:
    profile = Profile(id="probe", name="Acme support", base_url=server.base_url)
    await window.open_profile(profile, server.api_key, DEFAULT_USER)
    model = window.model
    await wait(lambda: model.rowCount() >= 6 and not model.loading, "the rows")
    await wait(lambda: window.desk_parts_ready, "the desk parts")
    server.faults.add(Fault(method="POST", path="/conversations/*/name", status=500, times=1))
    model.request_rename(1, "Refund: second try", False)
    await wait(lambda: model.state(model.conversation(1).id).note is not None, "the failure")
    model.request_rename(0, "Parcel found", False)
    await wait(lambda: model.state(model.conversation(0).id).changed, "the rename")
    server.faults.add(
        Fault(method="POST", path="/conversations/*/name", kind="stall", delay_s=30, times=1)
    )
    model.request_rename(2, "Still saving", False)
    await wait(lambda: model.state(model.conversation(2).id).saving > 0, "the save")
    window.view.setCurrentIndex(window.proxy.index(3, 0))
    window.view.setFocus()
    await wait(lambda: window.messages.toPlainText() != "", "the messages")
    if shot:
        window.grab().save(shot)
    palette = window.view.palette()
    base = palette.color(QPalette.ColorRole.Base)
    states = {}
    for name, row in (("renamed", 0), ("failed", 1), ("saving", 2), ("idle", 3)):
        index = window.proxy.index(row, Column.NAME)
        status = window.proxy.index(row, Column.STATUS)
        colours = [
            model.data(model.index(row, column), Qt.ItemDataRole.ForegroundRole)
            for column in (Column.NAME, Column.STATUS)
        ]
        text = palette.color(QPalette.ColorRole.Text)
        states[name] = {
            "name": index.data(),
            "status": status.data() or "",
            "font": {
                "italic": bool(
                    index.data(Qt.ItemDataRole.FontRole)
                    and index.data(Qt.ItemDataRole.FontRole).italic()
                ),
                "bold": bool(
                    index.data(Qt.ItemDataRole.FontRole)
                    and index.data(Qt.ItemDataRole.FontRole).bold()
                ),
            },
            "contrast": min(contrast(c if isinstance(c, QColor) else text, base) for c in colours),
            "spoken": index.data(Qt.ItemDataRole.AccessibleTextRole),
        }
    screen = window.screen().availableGeometry()
    frame = window.frameGeometry()
    return {
        "screen": [screen.width(), screen.height()],
        "window": [frame.width(), frame.height()],
        "fits": screen.contains(frame),
        "clipped": clipped(window),
        "visible_rows": visible_rows(window),
        "states": states,
        "text_contrast": contrast(palette.color(QPalette.ColorRole.Text), base),
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--shot")
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    if args.dark:
        app.setStyle(QStyleFactory.create("Fusion"))
        app.setPalette(dark_palette())
    import qasync

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    server = DemoServer()
    server.start()
    settings = MemorySettings()
    context = AppContext(
        settings=settings,
        profiles=ProfileStore(settings),
        credentials=Credentials(),
        ephemeral=True,
    )
    window = MainWindow(context)
    window.show()
    try:
        result = loop.run_until_complete(probe(window, server, args.shot))
    finally:
        window.close()
        server.stop()
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
