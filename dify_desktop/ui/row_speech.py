"""What a screen reader hears about a row of the conversation list beyond its cells' text: its
states in words (saving, not renamed and why, renamed, checking the server), which the list
otherwise shows with italics and colour. The model answers ``AccessibleTextRole`` with them."""

from __future__ import annotations

from dify_desktop.core.rename_tracking import RowState
from dify_desktop.ui import sentences


def states(state: RowState) -> list[str]:
    """The row's states, said after its name ("" = not in that state). A new state (pinned…) is
    one more entry."""
    return [
        sentences.saving_label() if state.saving else "",
        sentences.rename_message(state.note) if state.note and not state.saving else "",
    ]


def status(state: RowState) -> str | None:
    """The status cell: the whole story of the last rename, not the short label (None: the
    cell's own text)."""
    if state.note and not state.saving:
        return sentences.rename_message(state.note)
    return None


def kept_text(state: RowState) -> str | None:
    """Text the person typed that was not saved, kept for F2 / Retry rename."""
    if state.typed is None:
        return None
    if state.typed_exact:
        return sentences.name_to_put_back(state.typed)
    return sentences.typed_is_kept(state.typed)
