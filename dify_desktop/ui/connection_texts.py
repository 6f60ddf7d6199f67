"""What the connection dialog says: about the API key (where the key it would keep lives, and
what happens to a key pasted when there is no keyring; context ``"connection_texts"``), and its
other sentences (context ``"sentences"``)."""

from __future__ import annotations

import enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from dify_desktop.core.credentials import KeyringProblem
from dify_desktop.core.profiles import StoreRecovery
from dify_desktop.core.untrusted import server_text
from dify_desktop.ui.sentences import explain
from dify_desktop.ui.text import isolated

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


# ----------------------------------------------------------------- the dialog's other sentences
# (context "sentences", where they were first written: their translations stay)

MODE_NAMES = {
    "advanced-chat": QT_TRANSLATE_NOOP("sentences", "Chatflow"),
    "chat": QT_TRANSLATE_NOOP("sentences", "Chatbot"),
    "agent-chat": QT_TRANSLATE_NOOP("sentences", "Agent"),
    "agent": QT_TRANSLATE_NOOP("sentences", "Agent"),
    "workflow": QT_TRANSLATE_NOOP("sentences", "Workflow"),
    "completion": QT_TRANSLATE_NOOP("sentences", "Text generator"),
}


def mode_name(mode: str) -> str:
    name = MODE_NAMES.get(mode)
    return _translate("sentences", str(name)) if name else server_text(mode, 40)


def connection_intro() -> str:
    return _translate(
        "sentences",
        "Dify Desktop works with one Dify chat app per profile. Find the app's API key in "
        "Dify under the app's “API Access”.",
    )


def insecure_warning() -> str:
    return _translate(
        "sentences",
        "Warning: this address uses plain http:// to another computer. The API key "
        "would travel unencrypted; anyone on the network could read it.",
    )


def profile_name_missing() -> str:
    return _translate("sentences", "Give the profile a name (for example the app's name).")


def key_missing() -> str:
    return _translate("sentences", "Paste the app's API key.")


def insecure_not_confirmed() -> str:
    return _translate(
        "sentences",
        "Tick the box to confirm sending the key over unencrypted http://, or use https://.",
    )


def checking_key() -> str:
    return _translate("sentences", "Checking the key with the server…")


def no_saved_key() -> str:
    return _translate("sentences", "No saved key was found for this profile: paste the key.")


def keyring_failed_paste_again(problem: KeyringProblem) -> str:
    return _translate("sentences", "{problem} Paste the key again.").format(
        problem=explain(problem)
    )


def connected(app_name: str, mode: str) -> str:
    return _translate("sentences", "Connected to {app} ({mode}).").format(
        app=isolated(app_name), mode=mode_name(mode)
    )


def connected_key_not_saved(app_name: str, mode: str, problem: KeyringProblem) -> str:
    return _translate(
        "sentences",
        "Connected to {app} ({mode}), but the key cannot be saved: {problem} You can use the "
        "key for this session only: it is kept in memory and never written to a file.",
    ).format(app=isolated(app_name), mode=mode_name(mode), problem=explain(problem))


def profiles_moved_aside(recovery: StoreRecovery) -> str:
    ids = ", ".join(recovery.profile_ids) or _translate("sentences", "none found")
    backup = (
        _translate("sentences", " A copy of the whole settings file is in {path}.").format(
            path=recovery.settings_backup
        )
        if recovery.settings_backup
        else ""
    )
    return _translate(
        "sentences",
        "The saved connections could not be read, so they were moved aside to {path} (nothing "
        "was deleted).{backup} Their API keys are still in the system keyring under their "
        "profile ids ({ids}), listed in that file. New connections can be added.",
    ).format(path=recovery.moved_aside, backup=backup, ids=ids)
