"""The sentences of bulk jobs, history, undo and the local database (context ``job_texts``):
problems (merged into ``sentences.say``) and what each job item came to."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from dify_desktop.core.problems import Problem, ProblemId
from dify_desktop.core.rename import Outcome

if TYPE_CHECKING:  # core.bulk loads with the bulk actions, after the window's first page
    from dify_desktop.core.bulk import BulkItem, ItemKind

_translate = QCoreApplication.translate

SAY: dict[ProblemId, Callable[[Problem], str]] = {
    ProblemId.LOCAL_DB_LOCKED: lambda p: _translate(
        "job_texts",
        "The history file {path} is in use by another program: this window keeps its history "
        "in memory until it closes.",
    ).format(path=p["path"]),
    ProblemId.LOCAL_DB_KEPT_ASIDE: lambda p: _translate(
        "job_texts",
        "The history file could not be read; it was kept as {kept} and a new one was started.",
    ).format(kept=p["kept"]),
    ProblemId.LOCAL_DB_UNUSABLE: lambda p: _translate(
        "job_texts",
        "The history file {path} cannot be used: this window keeps its history in memory "
        "until it closes.",
    ).format(path=p["path"]),
    ProblemId.LOCAL_DB_WRITE_FAILED: lambda p: _translate(
        "job_texts", "A rename could not be written to the history ({detail})."
    ).format(detail=p["detail"]),
    ProblemId.PREFIX_PRESENT: lambda _p: _translate(
        "job_texts", "The name already starts with the prefix."
    ),
}

_UNCHANGED_WHY = {
    Outcome.AUTO_UNCHANGED: QT_TRANSLATE_NOOP("job_texts", "The server generated no new name."),
    Outcome.NO_MESSAGES: QT_TRANSLATE_NOOP(
        "job_texts", "No messages yet: there is nothing to name it from."
    ),
    Outcome.BLANK_RESTORED: QT_TRANSLATE_NOOP(
        "job_texts", "The server left the name blank; the old name was put back."
    ),
    Outcome.BLANK_NOTHING_TO_RESTORE: QT_TRANSLATE_NOOP(
        "job_texts", "The server left the name blank (it was blank before)."
    ),
}


def item_kind(kind: ItemKind) -> str:
    from dify_desktop.core.bulk import ItemKind

    return {
        ItemKind.RENAMED: _translate("job_texts", "Renamed"),
        ItemKind.UNCHANGED: _translate("job_texts", "Unchanged"),
        ItemKind.NOT_FOUND: _translate("job_texts", "Not found"),
        ItemKind.FAILED: _translate("job_texts", "Failed"),
        ItemKind.UNCERTAIN: _translate("job_texts", "Unknown"),
        ItemKind.DELETED: _translate("job_texts", "Deleted"),
    }[kind]


def item_reason(item: BulkItem, say: Callable[[Problem], str]) -> str:
    """Why the item came out as it did ("" for a plain success)."""
    from dify_desktop.core.bulk import ItemKind

    if item.problem is not None:
        return say(item.problem)
    if item.rename is not None and item.rename.outcome in _UNCHANGED_WHY:
        return _translate("job_texts", str(_UNCHANGED_WHY[item.rename.outcome]))
    if item.kind is ItemKind.NOT_FOUND:
        return _translate("job_texts", "Already gone from the server.")
    return ""


def outcome_label(outcome: Outcome) -> str:
    """A history entry's result, in a word or two."""
    return {
        Outcome.RENAMED: _translate("job_texts", "Renamed"),
        Outcome.AUTO_UNCHANGED: _translate("job_texts", "Unchanged"),
        Outcome.NO_MESSAGES: _translate("job_texts", "No messages"),
        Outcome.BLANK_RESTORED: _translate("job_texts", "Blanked, put back"),
        Outcome.BLANK_NOTHING_TO_RESTORE: _translate("job_texts", "Blanked"),
        Outcome.BLANK_NOT_RESTORED: _translate("job_texts", "Blanked, not put back"),
        Outcome.FAILED: _translate("job_texts", "Failed"),
        Outcome.UNCERTAIN: _translate("job_texts", "Unknown"),
    }[outcome]
