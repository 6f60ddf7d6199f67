"""What the connection dialog says about the API key: where the key it would keep lives, and
what happens to a key pasted when there is no keyring (context ``"connection_texts"``)."""

from __future__ import annotations

import enum

from PySide6.QtCore import QCoreApplication

from dify_desktop.core.credentials import KeyringProblem
from dify_desktop.ui.sentences import explain

_translate = QCoreApplication.translate


class StoredKey(enum.Enum):
    """Where the key of the profile being edited is, if it has a usable one."""

    NONE = "none"  # none, or the one it had was refused: a key must be pasted
    KEYRING = "keyring"  # in the system keyring
    SESSION = "session"  # in memory, for this session only


def key_placeholder(stored: StoredKey) -> str:
    if stored is StoredKey.KEYRING:
        return _translate("connection_texts", "leave empty to keep the saved key")
    if stored is StoredKey.SESSION:
        return _translate("connection_texts", "leave empty to keep this session's key")
    return "app-…"


def session_only_intro(problem: KeyringProblem) -> str:
    """The dialog's first text when the keyring cannot be used: the one time it is said."""
    return _translate(
        "connection_texts",
        "{problem} The key you paste is used for this session only: it is kept in memory and "
        "never written to a file.",
    ).format(problem=explain(problem))


def use_for_session_label() -> str:
    return _translate("connection_texts", "Use the key for this session only")
