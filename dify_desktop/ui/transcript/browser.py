"""The text view of the transcript: selectable and copyable, never loading anything, its links
opened only through :func:`~dify_desktop.ui.transcript.links.confirm_and_open`."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QTextBrowser, QWidget

from dify_desktop.ui.transcript.links import confirm_and_open


class SafeBrowser(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setUndoRedoEnabled(False)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        #: every resource the document asked for (none is ever loaded): for tests and logs
        self.refused_resources: list[str] = []
        self.anchorClicked.connect(self._open)

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        self.refused_resources.append(name.toString() if isinstance(name, QUrl) else name)
        return None

    def setSource(self, name: QUrl | str, kind: Any = None) -> None:
        """Never navigates (Qt would load the link's target into the view)."""

    def _open(self, url: QUrl) -> None:
        confirm_and_open(self, url)
