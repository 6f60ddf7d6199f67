"""Server text made safe to show: plain text only, no control characters, no bidi overrides.

Qt item views draw DisplayRole as plain text, but tooltips, message boxes and labels guess at rich
text. Everything the server sends goes through :func:`plain` before it reaches a widget, and
through :func:`isolated` when it is embedded in a sentence of ours. Which characters are dropped
or replaced is decided once, in :mod:`dify_desktop.core.untrusted`.
"""

from __future__ import annotations

import html

from dify_desktop.core.untrusted import CONTROL_PICTURES, sanitize

_FSI, _PDI = "\u2068", "\u2069"


def plain(text: str, limit: int = 500) -> str:
    """One line of text: control characters shown as symbols (␊ for a newline), bidi overrides
    dropped, cut to ``limit`` characters with an ellipsis."""
    return sanitize(text, limit, pictures=CONTROL_PICTURES)


def isolated(text: str, limit: int = 80) -> str:
    """:func:`plain` text wrapped in a bidi isolate, for embedding in our own sentences."""
    return f"{_FSI}{plain(text, limit)}{_PDI}"


def tooltip(text: str, limit: int = 2000) -> str:
    """A tooltip that shows ``text`` literally, its line breaks as line breaks (Qt renders
    tooltips as rich text when it can; a symbol such as ␊ is a box in most fonts)."""
    lines = html.escape(block(text, limit)).split("\n")
    return "<p style='white-space:pre-wrap'>" + "<br>".join(lines) + "</p>"


def block(text: str, limit: int = 20000) -> str:
    """Multi-line server text (a message) for a plain-text pane: newlines and tabs stay, other
    control characters and bidi overrides do not."""
    lines = text.replace("\r\n", "\n").split("\n")
    return "\n".join(plain(line.replace("\t", "    "), limit) for line in lines)[:limit]
