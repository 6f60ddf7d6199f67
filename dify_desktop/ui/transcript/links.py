"""Links in answers: opened only when clicked, only http and https, after the person has seen
the full address, in the system browser."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from dify_desktop.ui.text import plain
from dify_desktop.ui.transcript.texts import translate

OPENABLE_SCHEMES = frozenset({"http", "https"})


def openable(url: QUrl) -> bool:
    return url.isValid() and url.scheme().lower() in OPENABLE_SCHEMES and bool(url.host())


def confirm_and_open(parent: QWidget, url: QUrl) -> bool:
    """Ask, showing the whole address; open it in the system browser if the person agrees.
    Whether it was opened."""
    if not openable(url):
        return False
    # Fully encoded: percent escapes and an ASCII host, so nothing in it can pose as another.
    address = plain(url.toString(QUrl.ComponentFormattingOption.FullyEncoded), 4000)
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("transcript", "Open link"),
        translate("transcript", "Open this address in your web browser?") + "\n\n" + address,
        QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setAccessibleName(translate("transcript", "Open link"))
    if box.exec() != QMessageBox.StandardButton.Open:
        return False
    return QDesktopServices.openUrl(url)
