"""What the "All end users" view and the Dify account dialog say (context ``AllUsers``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from dify_desktop.api import AuthenticationError, DifyError, SignInRequired
from dify_desktop.core.credentials import KeyringProblem
from dify_desktop.ui.sentences import explain
from dify_desktop.ui.text import plain

translate = QCoreApplication.translate


def sso_note() -> str:
    return translate(
        "AllUsers",
        "Accounts that sign in to Dify only through SSO (Google, GitHub, a company login) have no "
        "password and cannot be used here. The password is used once to sign in and never stored.",
    )


def read_only_note() -> str:
    return translate(
        "AllUsers",
        "The account is only used to find conversations of every end user. Renaming and "
        "deleting still go through the app key.",
    )


def sign_in_problem(error: DifyError | KeyringProblem) -> str:
    if isinstance(error, SignInRequired):
        return session_ended()
    if isinstance(error, AuthenticationError) and error.code == "authentication_failed":
        return translate("AllUsers", "Dify refused the e-mail address or the password.")
    return explain(error)


def session_ended() -> str:
    return translate(
        "AllUsers", "The Dify account's session has ended: sign in again (Ctrl+Shift+D)."
    )


def signed_in_as(email: str) -> str:
    return translate("AllUsers", "Signed in as {0}.").format(plain(email, 120))


def not_signed_in() -> str:
    return translate("AllUsers", "Not signed in.")


def no_matching_app(name: str, mode: str) -> str:
    return translate(
        "AllUsers", "No app of this account's workspace is named “{0}” with mode {1}."
    ).format(plain(name, 80), plain(mode, 40))


def several_apps() -> str:
    return translate(
        "AllUsers", "Several apps have this app's name and mode: choose the one this profile is."
    )


def connect_first() -> str:
    return translate(
        "AllUsers", "Connect to an app first: the account finds conversations of that app."
    )


def web_app_row() -> str:
    return translate(
        "AllUsers",
        "Made in Dify's own web app: its end user is not one your product sends, so the service "
        "API cannot open, rename or delete it. Use Dify's console for this conversation.",
    )


def console_row() -> str:
    return translate(
        "AllUsers", "Made by an account in Dify's console (debugging): it has no end user."
    )


def web_app_mark() -> str:
    return translate("AllUsers", "web app")


def counts(shown: int, more: bool) -> str:
    if more:
        return translate("AllUsers", "{0} found so far, more as you scroll").format(shown)
    return translate("AllUsers", "{0} found").format(shown)


def searching() -> str:
    return translate("AllUsers", "Searching…")


def feedback(likes: int, dislikes: int) -> str:
    return (
        translate("AllUsers", "👍 {0} 👎 {1}").format(likes, dislikes) if likes or dislikes else ""
    )
