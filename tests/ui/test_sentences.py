"""ui.sentences: every structured problem and outcome of core has its sentence, word for word."""

from __future__ import annotations

import pytest

from dify_desktop.api import AppInfo, InvalidParamError, NotFoundError, ServerError
from dify_desktop.core.credentials import KeyringProblem, KeyringState
from dify_desktop.core.problems import Problem, ProblemId, problem
from dify_desktop.core.rename_tracking import RowNote, Verdict
from dify_desktop.core.session import AppWithoutConversations
from dify_desktop.ui import sentences

SAMPLE_PARAMS = {
    "detail": "bad",
    "retry_after": 3.0,
    "message": "broken",
    "status": 500,
    "name": "Bot",
    "mode": "workflow",
    "limit": 255,
    "length": 300,
    "proxy": "proxy.example:3128",
    "path": "/home/a/.local/share/dify-desktop/local.sqlite3",
    "kept": "/home/a/.local/share/dify-desktop/local.sqlite3.unreadable-20260101T000000Z",
    "loaded": "Refund",
    "now": "Refund (done)",
    "expected": "[T-1] Refund",
}


@pytest.mark.parametrize("problem_id", list(ProblemId))
def test_every_problem_has_a_sentence(problem_id: ProblemId) -> None:
    said = sentences.say(Problem(problem_id, SAMPLE_PARAMS))
    assert said.strip() and problem_id.value not in said and "{" not in said


@pytest.mark.parametrize("verdict", list(Verdict))
def test_every_rename_verdict_has_a_label_and_a_message(verdict: Verdict) -> None:
    note = RowNote(verdict, problem(ProblemId.TIMED_OUT), 502, RowNote(Verdict.UNCERTAIN), "Why.")
    label, message = sentences.rename_label(note), sentences.rename_message(note)
    assert label and message and "{" not in label + message


def test_keyring_problems_in_words() -> None:
    assert sentences.explain(KeyringProblem(KeyringState.MISSING)) == (
        "No system keyring is available (no Secret Service such as GNOME Keyring or "
        "KWallet is running)."
    )
    assert sentences.explain(KeyringProblem(KeyringState.LOCKED)) == (
        "The system keyring is locked and was not unlocked."
    )
    assert sentences.explain(KeyringProblem(KeyringState.BROKEN, "DBusError")) == (
        "The system keyring reported an error: DBusError"
    )


@pytest.mark.parametrize(
    ("mode", "kind"),
    [
        ("workflow", "a workflow"),
        ("completion", "a text generator"),
        ("odd\u202emode", "a “oddmode”"),
    ],
)
def test_an_app_without_conversations_is_named_with_its_kind(mode: str, kind: str) -> None:
    info = AppInfo.from_json({"name": "Acme\nflows", "mode": mode, "description": "", "tags": []})
    assert sentences.explain_connect(AppWithoutConversations(info)) == (
        f"“Acme flows” is {kind} app: it has no conversations to manage. "
        "Use the API key of a chat, Chatflow or agent app."
    )


def test_a_404_names_the_address_when_connecting_and_when_listing() -> None:
    hint = "Check the address: it usually ends in /v1, for example https://api.dify.ai/v1."
    gone = NotFoundError("no", status=404, code="not_found")
    assert sentences.explain_connect(gone) == (
        f"The server answered, but not like a Dify API (404). {hint}"
    )
    assert sentences.say(problem(ProblemId.LIST_NOT_FOUND)).endswith(hint)
    assert sentences.explain(gone) == (
        "Not found (404): the conversation was deleted, or belongs to another end user."
    )


def test_server_text_inside_a_sentence_is_one_clean_line() -> None:
    rejected = InvalidParamError("name\u202e is\n\tbad\x07", status=400, code="invalid_param")
    assert sentences.explain(rejected) == "Dify rejected the request (400): name is bad\ufffd"
    html = ServerError("502 Bad Gateway.", status=502, code="bad_gateway")
    assert sentences.explain(html) == (
        "502 Bad Gateway. The problem is on the server's side; try again later."
    )


def test_rename_stories_word_for_word() -> None:
    stopped = problem(ProblemId.STOPPED_WAITING)
    uncertain = RowNote(Verdict.UNCERTAIN, stopped)
    assert sentences.rename_message(uncertain) == (
        "You stopped waiting for the server. The name may or may not have been saved; "
        "showing what the server holds now."
    )
    assert sentences.rename_message(RowNote(Verdict.KEPT_OLD_NAME, stopped)) == (
        "You stopped waiting for the server. Checked: the server still has the old name, so it "
        "was not renamed. What you typed is kept: press F2 to retry."
    )
    reread = RowNote(Verdict.REREAD_FAILED, problem(ProblemId.TIMED_OUT), earlier=uncertain)
    assert sentences.rename_message(reread) == (
        f"{sentences.rename_message(uncertain)} Re-reading the server failed too: "
        "The server did not answer in time."
    )
    assert sentences.rename_label(reread) == "⚠ Unknown"
    assert sentences.rename_label(RowNote(Verdict.FAILED, status=503)) == "⚠ Not renamed (503)"
    assert sentences.rename_label(RowNote(Verdict.CONFIRMED)) == "✓ Renamed (confirmed)"


def test_rename_outcomes_from_the_server_in_words() -> None:
    assert sentences.rename_message(RowNote(Verdict.AUTO_UNCHANGED)) == (
        "Dify could not generate a name: the app has no model for it, or the model failed. "
        "The name was not changed."
    )
    assert sentences.rename_message(RowNote(Verdict.NO_MESSAGES)) == (
        "Dify can only generate a name once the conversation has messages."
    )
    failed = RowNote(Verdict.FAILED, problem(ProblemId.NOT_FOUND), 404)
    assert sentences.rename_message(failed) == (
        "Not renamed: Not found (404): the conversation was deleted, or belongs to another end "
        "user."
    )
    assert sentences.rename_label(failed) == "⚠ Not renamed (404)"
    unsure = RowNote(Verdict.UNCERTAIN, problem(ProblemId.CONNECTION_LOST))
    assert sentences.rename_message(unsure) == (
        "The connection broke before the answer arrived. The name may or may not have been "
        "saved; showing what the server holds now."
    )


def test_names_that_cannot_be_sent_in_words() -> None:
    assert sentences.say(problem(ProblemId.NAME_BLANK)) == "Type a name, or tick Auto-generate."
    too_long = problem(ProblemId.NAME_TOO_LONG, limit=255, length=256)
    assert sentences.say(too_long) == "Names can be at most 255 characters; this one has 256."
