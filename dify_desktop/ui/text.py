"""Server text made safe to show: plain text only, no control characters, no bidi overrides.

Qt item views draw DisplayRole as plain text, but tooltips, message boxes and labels guess at rich
text; and a name with U+202E (right-to-left override) or newlines could reorder or hide the text
around it. Everything the server sends goes through :func:`plain` before it reaches a widget, and
through :func:`isolated` when it is embedded in a sentence of ours.
"""

from __future__ import annotations

import html
import unicodedata

# Embeddings, overrides and isolates (LRE RLE PDF LRO RLO, LRI RLI FSI PDI). Marks (LRM, RLM, ALM)
# are harmless and stay.
_BIDI_CONTROLS = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))
_FSI, _PDI = "\u2068", "\u2069"
_CONTROL_PICTURES = {code: chr(0x2400 + code) for code in range(0x20)} | {0x7F: "\u2421"}


def plain(text: str, limit: int = 500) -> str:
    """One line of text: control characters shown as symbols (␊ for a newline), bidi overrides
    dropped, cut to ``limit`` characters with an ellipsis."""
    if not text:
        return ""
    cleaned = text.translate(_BIDI_CONTROLS)
    if not cleaned.isprintable():
        cleaned = "".join(
            _CONTROL_PICTURES.get(ord(ch), "\ufffd") if _is_control(ch) else ch for ch in cleaned
        )
    if len(cleaned) > limit:
        cleaned = cleaned[: limit - 1] + "…"
    return cleaned


def isolated(text: str, limit: int = 80) -> str:
    """:func:`plain` text wrapped in a bidi isolate, for embedding in our own sentences."""
    return f"{_FSI}{plain(text, limit)}{_PDI}"


def tooltip(text: str) -> str:
    """A tooltip that shows ``text`` literally (Qt renders tooltips as rich text when it can)."""
    return "<p style='white-space:pre-wrap'>" + html.escape(plain(text, 2000)) + "</p>"


def _is_control(ch: str) -> bool:
    # Format characters (Cf: joiners inside emoji, soft hyphens, tags in flags) stay; only the
    # bidi ones above are dropped.
    return unicodedata.category(ch) in ("Cc", "Zl", "Zp")


def block(text: str, limit: int = 20000) -> str:
    """Multi-line server text (a message) for a plain-text pane: newlines and tabs stay, other
    control characters and bidi overrides do not."""
    lines = text.replace("\r\n", "\n").split("\n")
    return "\n".join(plain(line.replace("\t", "    "), limit) for line in lines)[:limit]
