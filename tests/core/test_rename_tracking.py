"""Rename tracking without Qt: a real session against the demo server over loopback, and a
listener that records what the list would be told."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass, field, replace
from datetime import timedelta
from typing import Any

import pytest
import pytest_asyncio

from dify_desktop.api import Conversation
from dify_desktop.core.problems import ProblemId
from dify_desktop.core.rename import NameProblem, Outcome, RenameResult
from dify_desktop.core.rename_tracking import RenameTracker, RowNote, Verdict
from dify_desktop.core.session import Session, connect
from dify_desktop.demo.faults import Fault

USER = "tracking-user"
SORT = "-updated_at"
RENAME_PATH = "/conversations/*/name"


@dataclass
class Recorder:
    """A :class:`RowListener` that keeps what it is told; ``rows`` is what the list shows."""

    rows: dict[str, Conversation] = field(default_factory=dict)
    changed: list[str] = field(default_factory=list)
    finished: list[tuple[str, RowNote]] = field(default_factory=list)
    rejected: int = 0

    def current(self, conversation_id: str) -> Conversation | None:
        return self.rows.get(conversation_id)

    def row_changed(self, conversation_id: str) -> None:
        self.changed.append(conversation_id)

    def conversation_changed(self, conversation: Conversation) -> None:
        if conversation.id in self.rows:
            self.rows[conversation.id] = conversation

    def rename_finished(self, conversation_id: str, note: RowNote) -> None:
        self.finished.append((conversation_id, note))

    def key_rejected(self) -> None:
        self.rejected += 1

    def verdicts(self) -> list[Verdict]:
        return [note.verdict for _, note in self.finished]


@dataclass
class Rig:
    server: Any
    session: Session
    recorder: Recorder
    tracker: RenameTracker

    async def listed(self, name: str = "Old name") -> Conversation:
        cid = self.server.store.add_conversation(USER, name, messages=[("Where is it?", "Here.")])
        found = await self.session.reread(USER, {cid}, SORT)
        self.recorder.rows[cid] = found[cid]
        return found[cid]

    async def rename(self, conv: Conversation, typed: str, auto: bool = False) -> None:
        request = self.tracker.begin(conv, USER, typed, auto)
        await self.tracker.save(self.session, request, SORT)

    def stored_name(self, cid: str) -> str:
        return str(self.server.store.get_conversation(cid).name)

    def fault(self, **fields: Any) -> None:
        self.server.faults.add(Fault(**fields))


@pytest_asyncio.fixture
async def rig(demo_server: Any) -> AsyncIterator[Rig]:
    session = await connect(demo_server.base_url, demo_server.api_key, known_users=(USER,))
    recorder = Recorder()
    try:
        yield Rig(demo_server, session, recorder, RenameTracker(recorder))
    finally:
        demo_server.faults.clear()
        await session.close()


@pytest.mark.asyncio
async def test_a_save_shows_the_pending_name_then_the_servers_answer(rig: Rig) -> None:
    conv = await rig.listed()
    request = rig.tracker.begin(conv, USER, "  New name ", False)
    saving = rig.tracker.state(conv.id)
    assert (saving.saving, saving.pending_name, saving.note) == (1, "New name", None)
    assert rig.tracker.saving_count() == 1
    await rig.tracker.save(rig.session, request, SORT)
    done = rig.tracker.state(conv.id)
    assert (done.saving, done.pending_name, done.typed, done.changed) == (0, None, None, True)
    assert done.note == RowNote(Verdict.RENAMED)
    assert rig.recorder.rows[conv.id].name == "New name" == rig.stored_name(conv.id)
    assert rig.recorder.verdicts() == [Verdict.RENAMED]
    assert rig.recorder.changed.count(conv.id) >= 2  # saving, then renamed


@pytest.mark.asyncio
async def test_a_name_that_cannot_be_sent_changes_nothing(rig: Rig) -> None:
    conv = await rig.listed()
    with pytest.raises(NameProblem) as refused:
        rig.tracker.begin(conv, USER, "   ", False)
    assert refused.value.problem.id is ProblemId.NAME_BLANK
    with pytest.raises(NameProblem) as too_long:
        rig.tracker.begin(conv, USER, "n" * 256, False)
    assert too_long.value.problem.id is ProblemId.NAME_TOO_LONG
    assert dict(too_long.value.problem.params) == {"limit": 255, "length": 256}
    assert rig.tracker.peek(conv.id) is None and rig.recorder.changed == []


@pytest.mark.asyncio
async def test_a_definite_failure_keeps_what_was_typed(rig: Rig) -> None:
    conv = await rig.listed()
    rig.fault(
        method="POST", path=RENAME_PATH, status=503, body="<h1>down</h1>", content_type="text/html"
    )
    await rig.rename(conv, "Typed with care")
    state = rig.tracker.state(conv.id)
    assert state.note is not None and state.note.verdict is Verdict.FAILED
    assert state.note.status == 503 and state.note.problem is not None
    assert state.note.problem.id is ProblemId.SERVER_TROUBLE
    assert (state.typed, state.typed_auto, state.changed) == ("Typed with care", False, False)
    assert rig.stored_name(conv.id) == "Old name"
    assert rig.recorder.verdicts() == [Verdict.FAILED]  # no re-read: nothing happened there


@pytest.mark.asyncio
async def test_a_refused_key_is_reported_once(rig: Rig) -> None:
    conv = await rig.listed()
    rig.fault(method="POST", path=RENAME_PATH, status=401)
    await rig.rename(conv, "Anything")
    assert rig.recorder.rejected == 1
    note = rig.tracker.state(conv.id).note
    assert note is not None and note.problem is not None
    assert (note.verdict, note.problem.id) == (Verdict.FAILED, ProblemId.KEY_REFUSED)


@pytest.mark.asyncio
async def test_an_uncertain_save_that_did_save_is_confirmed(rig: Rig) -> None:
    conv = await rig.listed()
    rig.fault(method="POST", path=RENAME_PATH, kind="reset_mid_body")
    await rig.rename(conv, "Saved but unconfirmed")
    assert rig.recorder.verdicts() == [Verdict.UNCERTAIN, Verdict.CONFIRMED]
    state = rig.tracker.state(conv.id)
    assert state.note is not None and state.note.problem is not None
    assert state.note.problem.id is ProblemId.CONNECTION_LOST  # the cause stays named
    assert (state.typed, state.changed) == (None, True)
    assert rig.recorder.rows[conv.id].name == "Saved but unconfirmed"


@pytest.mark.asyncio
async def test_the_observers_learn_what_the_re_read_settled(rig: Rig) -> None:
    told: list[RenameResult] = []

    async def observe(result: RenameResult) -> None:
        told.append(result)

    rig.session.observe_renames(observe)
    saved, lost = await rig.listed("One"), await rig.listed("Two")
    rig.fault(method="POST", path=f"/conversations/{saved.id}/name", kind="reset_mid_body")
    rig.fault(method="POST", path=f"/conversations/{lost.id}/name", kind="drop")
    await rig.rename(saved, "Saved")
    await rig.rename(lost, "Lost")
    assert [(r.request.conversation.id, r.outcome, r.settles) for r in told] == [
        (saved.id, Outcome.UNCERTAIN, False),
        (saved.id, Outcome.RENAMED, True),
        (lost.id, Outcome.UNCERTAIN, False),
        (lost.id, Outcome.FAILED, True),
    ]
    assert told[1].conversation is not None and told[1].conversation.name == "Saved"


@pytest.mark.asyncio
async def test_an_uncertain_save_that_did_not_save_keeps_the_typed_text(rig: Rig) -> None:
    conv = await rig.listed()
    rig.fault(method="POST", path=RENAME_PATH, kind="drop")
    await rig.rename(conv, "Lost on the wire")
    assert rig.recorder.verdicts() == [Verdict.UNCERTAIN, Verdict.KEPT_OLD_NAME]
    state = rig.tracker.state(conv.id)
    assert state.typed == "Lost on the wire" and not state.changed
    assert rig.stored_name(conv.id) == "Old name"


@pytest.mark.asyncio
async def test_a_reread_that_finds_another_name_says_so(rig: Rig) -> None:
    conv = await rig.listed()
    rig.server.store.rename_direct(conv.id, "Renamed elsewhere")
    rig.fault(method="POST", path=RENAME_PATH, kind="drop")
    await rig.rename(conv, "Mine")
    assert rig.recorder.verdicts() == [Verdict.UNCERTAIN, Verdict.HAS_OTHER_NAME]
    assert rig.recorder.rows[conv.id].name == "Renamed elsewhere"
    assert rig.tracker.state(conv.id).typed == "Mine"


@pytest.mark.asyncio
async def test_an_uncertain_save_whose_reread_fails_too(rig: Rig) -> None:
    conv = await rig.listed()
    rig.fault(method="POST", path=RENAME_PATH, kind="drop")
    rig.fault(method="GET", path="/conversations", status=500, times=None)
    await rig.rename(conv, "Nobody knows")
    assert rig.recorder.verdicts() == [Verdict.UNCERTAIN, Verdict.REREAD_FAILED]
    state = rig.tracker.state(conv.id)
    note = state.note
    assert note is not None and note.is_problem and note.problem is not None
    assert note.problem.id is ProblemId.SERVER_ERROR and note.problem["status"] == 500
    assert note.earlier is not None and note.earlier.verdict is Verdict.UNCERTAIN
    assert note.earlier.problem is not None
    assert note.earlier.problem.id is ProblemId.CONNECTION_LOST
    assert state.typed == "Nobody knows" and not state.changed
    assert rig.recorder.rows[conv.id].name == "Old name"  # nothing is claimed


@pytest.mark.asyncio
async def test_a_reread_that_finds_the_conversation_gone(rig: Rig) -> None:
    conv = await rig.listed()
    rig.server.store.delete_conversation(conv.id)  # deleted elsewhere while the editor was open
    rig.fault(method="POST", path=RENAME_PATH, kind="drop")
    await rig.rename(conv, "Too late")
    assert rig.recorder.verdicts() == [Verdict.UNCERTAIN, Verdict.GONE]
    state = rig.tracker.state(conv.id)
    assert state.note == RowNote(Verdict.GONE) and state.note.is_problem
    assert state.typed == "Too late"


@pytest.mark.asyncio
async def test_stop_makes_a_running_save_uncertain_and_the_reread_settles_it(rig: Rig) -> None:
    conv = await rig.listed()
    # The route runs at once (the name is saved); only the answer is held back.
    rig.fault(method="POST", path=RENAME_PATH, kind="delay", delay_s=5.0)
    request = rig.tracker.begin(conv, USER, "Saved, then stopped", False)
    save = asyncio.ensure_future(rig.tracker.save(rig.session, request, SORT))
    await asyncio.to_thread(rig.server.wait_for_requests, "POST", f"/conversations/{conv.id}/name")
    assert rig.tracker.stop() == 1
    await save
    assert rig.recorder.verdicts() == [Verdict.UNCERTAIN, Verdict.CONFIRMED]
    first = rig.recorder.finished[0][1]
    assert first.problem is not None and first.problem.id is ProblemId.STOPPED_WAITING
    assert rig.tracker.saving_count() == 0 and rig.tracker.stop() == 0


@pytest.mark.asyncio
async def test_closing_cancels_a_save_for_real(rig: Rig) -> None:
    conv = await rig.listed()
    rig.fault(method="POST", path=RENAME_PATH, kind="delay", delay_s=5.0)
    request = rig.tracker.begin(conv, USER, "Never mind", False)
    save = asyncio.ensure_future(rig.tracker.save(rig.session, request, SORT))
    await asyncio.to_thread(rig.server.wait_for_requests, "POST", f"/conversations/{conv.id}/name")
    save.cancel()
    with pytest.raises(asyncio.CancelledError):
        await save
    assert rig.tracker.saving_count() == 0 and rig.recorder.finished == []


@pytest.mark.asyncio
async def test_auto_generate_that_does_nothing_is_not_a_rename(rig: Rig) -> None:
    conv = await rig.listed()
    rig.server.store.auto_generate_mode = "silent"
    try:
        await rig.rename(conv, "", auto=True)
    finally:
        rig.server.store.auto_generate_mode = "model"
    state = rig.tracker.state(conv.id)
    assert state.note == RowNote(Verdict.AUTO_UNCHANGED) and state.pending_name is None
    assert not state.changed


@pytest.mark.asyncio
async def test_a_list_asked_for_before_an_answer_does_not_bring_the_old_name_back(
    rig: Rig,
) -> None:
    stale = await rig.listed()
    asked_before = rig.tracker.clock()
    await rig.rename(stale, "Answered")
    answer = rig.recorder.rows[stale.id]
    assert rig.tracker.newest(stale, asked_before) == answer
    newer = replace(stale, name="Newer elsewhere", updated_at=answer.updated_at + timedelta(1))
    assert rig.tracker.newest(newer, asked_before) == newer
    # A list asked for after the answer is at least as fresh: the answer is forgotten.
    assert rig.tracker.newest(stale, rig.tracker.clock()) == stale
    assert rig.tracker.newest(stale, asked_before) == stale


@pytest.mark.asyncio
async def test_a_new_list_keeps_only_rows_still_saving_or_holding_typed_text(rig: Rig) -> None:
    saving, typed, done = await rig.listed("a"), await rig.listed("b"), await rig.listed("c")
    await rig.rename(done, "Done")
    assert rig.tracker.state(done.id).changed
    rig.tracker.begin(saving, USER, "Saving", False)
    rig.tracker.keep_typed(typed.id, "Kept", True, "why")
    rig.tracker.reset(keep=True)
    assert rig.tracker.state(saving.id).saving == 1
    kept = rig.tracker.state(typed.id)
    assert (kept.typed, kept.typed_auto, kept.note) == (
        "Kept",
        True,
        RowNote(Verdict.NOT_SENT, text="why"),
    )
    assert rig.tracker.peek(done.id) is None
    rig.tracker.reset(keep=False)
    assert rig.tracker.saving_count() == 0 and rig.tracker.peek(typed.id) is None


@pytest.mark.asyncio
async def test_auto_generate_that_blanks_the_name_puts_the_old_one_back_exactly(rig: Rig) -> None:
    conv = await rig.listed(" Padded old name  ")
    rig.server.store.auto_generate_mode = "blank"
    await rig.rename(conv, "", auto=True)
    assert rig.stored_name(conv.id) == " Padded old name  "
    assert rig.recorder.rows[conv.id].name == " Padded old name  "
    note = RowNote(Verdict.BLANK_RESTORED, old_name=" Padded old name  ")
    assert rig.tracker.state(conv.id).note == note and note.is_problem
    assert rig.tracker.state(conv.id).typed is None


@pytest.mark.asyncio
async def test_a_blanked_name_that_was_blank_before_has_nothing_to_put_back(rig: Rig) -> None:
    conv = await rig.listed("")
    rig.server.store.auto_generate_mode = "blank"
    await rig.rename(conv, "", auto=True)
    state = rig.tracker.state(conv.id)
    assert state.note == RowNote(Verdict.BLANK_NOTHING_TO_RESTORE, old_name="")
    assert state.typed is None and rig.stored_name(conv.id) == ""


@pytest.mark.asyncio
async def test_a_failed_put_back_keeps_the_old_name_to_retry_exactly(rig: Rig) -> None:
    conv = await rig.listed(" Padded old name  ")
    rig.server.store.auto_generate_mode = "blank"
    rig.fault(method="POST", path=RENAME_PATH, kind="delay")  # the auto-generate goes through
    rig.fault(method="POST", path=RENAME_PATH, status=503)  # putting the name back does not
    await rig.rename(conv, "", auto=True)
    state = rig.tracker.state(conv.id)
    assert state.note is not None and state.note.verdict is Verdict.BLANK_NOT_RESTORED
    assert state.note.status == 503 and state.note.old_name == " Padded old name  "
    assert (state.typed, state.typed_auto, state.typed_exact) == (" Padded old name  ", False, True)
    assert rig.stored_name(conv.id) == "" == rig.recorder.rows[conv.id].name
    request = rig.tracker.begin(rig.recorder.rows[conv.id], USER, state.typed, False, exact=True)
    assert rig.tracker.state(conv.id).pending_name == " Padded old name  "
    await rig.tracker.save(rig.session, request, SORT)
    assert rig.stored_name(conv.id) == " Padded old name  "
    assert rig.tracker.state(conv.id).note == RowNote(Verdict.RENAMED)


@pytest.mark.asyncio
async def test_line_breaks_and_tabs_in_a_typed_name_are_sent_as_spaces(rig: Rig) -> None:
    conv = await rig.listed()
    request = rig.tracker.begin(conv, USER, " Two\r\nlines\tand\x0bmore ", False)
    assert rig.tracker.state(conv.id).pending_name == "Two lines and more"
    await rig.tracker.save(rig.session, request, SORT)
    assert rig.stored_name(conv.id) == "Two lines and more"
    assert rig.tracker.state(conv.id).note == RowNote(Verdict.RENAMED)
