"""The app's icon, for the window manager's task bar and title bars.

Set once the first page is shown, or before a dialog that comes first: loading it starts Qt's SVG
engine (~5 ms), which no frame on the way to the first page needs.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication


def app_icon() -> QIcon:
    assets = Path(__file__).parent / "assets"  # as ui.translations finds its files
    icon = QIcon()
    for name in ("dify-desktop.svg", "dify-desktop-256.png"):
        path = assets / name
        if path.is_file():
            icon.addFile(str(path))
    return icon


def set_app_icon() -> None:
    """Every window of the app shows the icon (once set, this does nothing)."""
    if QApplication.windowIcon().isNull():
        QApplication.setWindowIcon(app_icon())
