"""A message's level in words, and a tooltip that shows a sentence as written (the status bar
and the message log)."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from dify_desktop.ui.reporter import Level


def level_name(level: Level) -> str:
    names = {
        Level.INFO: QCoreApplication.translate("MessageLog", "Information"),
        Level.WARNING: QCoreApplication.translate("MessageLog", "Warning"),
        Level.ERROR: QCoreApplication.translate("MessageLog", "Error"),
    }
    return names[level]


def rich_tooltip(text: str) -> str:
    """A tooltip that shows our own (possibly multi-line) sentence literally."""
    return "<p style='white-space:pre-wrap'>" + html.escape(text) + "</p>"
