"""Text from the server, made safe to show: the one place that decides which characters are
controls and which bidi controls are dropped (``ui.text`` and the sentences build on it).

A name with U+202E (right-to-left override) or line breaks could reorder or hide the text around
it; control characters are shown as something visible instead.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping

# Embeddings, overrides and isolates (LRE RLE PDF LRO RLO, LRI RLI FSI PDI). Marks (LRM, RLM, ALM)
# are harmless and stay.
BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_DROP_BIDI = dict.fromkeys(map(ord, BIDI_CONTROLS))
#: U+2400... : a control character as a symbol (␊ for a newline)
CONTROL_PICTURES: Mapping[int, str] = {code: chr(0x2400 + code) for code in range(0x20)} | {
    0x7F: "\u2421"
}
_NO_PICTURES: Mapping[int, str] = {}


def is_control(ch: str) -> bool:
    # Format characters (Cf: joiners inside emoji, soft hyphens, tags in flags) stay; only the
    # bidi ones above are dropped.
    return unicodedata.category(ch) in ("Cc", "Zl", "Zp")


def sanitize(
    text: str,
    limit: int,
    *,
    one_line: bool = False,
    pictures: Mapping[int, str] = _NO_PICTURES,
) -> str:
    """``text`` without bidi controls, each control character shown as its entry in
    ``pictures`` (U+FFFD otherwise), cut to ``limit`` characters with an ellipsis. ``one_line``
    turns every run of whitespace (line breaks included) into one space first."""
    if not text:
        return ""
    cleaned = text.translate(_DROP_BIDI)
    if one_line:
        cleaned = " ".join(cleaned.split())
    if not cleaned.isprintable():
        cleaned = "".join(
            pictures.get(ord(ch), "\ufffd") if is_control(ch) else ch for ch in cleaned
        )
    return cleaned if len(cleaned) <= limit else cleaned[: limit - 1] + "…"


def server_text(text: str, limit: int = 1000) -> str:
    """Text the server sent, safe to embed in a sentence for the person: one line, no bidi
    controls, other control characters replaced by U+FFFD, at most ``limit`` characters."""
    return sanitize(text, limit, one_line=True)
