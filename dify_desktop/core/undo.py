"""Undo and revert: put back the names a rename action of the app set, after checking the server.

An action is one rename or a whole job (:class:`LastAction` follows the history and keeps the
window's most recent one). :func:`plan` re-reads the server and says, for every conversation,
what will change and whether someone renamed it since the app did (a conflict: both names are
in the :class:`Step`); :func:`carry_out` runs the plan as a job whose renames are recorded too.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from dify_desktop.api import Conversation
from dify_desktop.core.bulk import Action, BulkItem, BulkJob
from dify_desktop.core.history import Entry
from dify_desktop.core.jobs import Progress
from dify_desktop.core.rename import Origin, name_problem
from dify_desktop.core.session import Session


@dataclass(frozen=True, slots=True)
class Step:
    entry: Entry
    #: what the server holds now (None: the conversation is gone)
    current: Conversation | None

    @property
    def conflict(self) -> bool:
        """Someone renamed it since the app did: the server's name is not the one the app set."""
        return self.current is not None and self.current.name != self.entry.new_name

    @property
    def possible(self) -> bool:
        """The old name can be put back (it exists and the API accepts it)."""
        return self.current is not None and name_problem(self.entry.old_name) is None

    @property
    def needed(self) -> bool:
        return self.current is not None and self.current.name != self.entry.old_name


@dataclass(frozen=True, slots=True)
class Plan:
    user: str
    steps: list[Step]

    def to_run(self, *, include_conflicts: bool) -> list[Step]:
        return [
            s
            for s in self.steps
            if s.possible and s.needed and (include_conflicts or not s.conflict)
        ]

    @property
    def conflicts(self) -> list[Step]:
        return [s for s in self.steps if s.conflict and s.possible and s.needed]

    @property
    def gone(self) -> list[Step]:
        return [s for s in self.steps if s.current is None]

    @property
    def impossible(self) -> list[Step]:
        """Old names the API would refuse (a blank one): they cannot be put back."""
        return [s for s in self.steps if s.current is not None and not s.possible]


class LastAction:
    """The most recent rename action of one window (undo and revert are not actions to undo)."""

    def __init__(self) -> None:
        self._key: object = None
        self._entries: list[Entry] = []

    def note(self, entry: Entry) -> None:
        if entry.origin in (Origin.UNDO, Origin.REVERT):
            return
        key = entry.job or ("single", entry.id)
        if key != self._key:
            self._key, self._entries = key, []
        self._entries.append(entry)

    def settle(self, entry: Entry) -> None:
        """An entry a re-read has settled (uncertain -> renamed or failed): updated if it belongs
        to the last action, which it does not become otherwise."""
        self._entries = [entry if e.id == entry.id else e for e in self._entries]

    def entries(self) -> list[Entry]:
        """The action's renames that changed a name (what undo would put back)."""
        return [e for e in self._entries if e.changed_name]

    def forget(self) -> None:
        self._key, self._entries = None, []


async def plan(session: Session, entries: Sequence[Entry], sort_by: str) -> Plan:
    """Re-read the server for the conversations of ``entries`` (one end user's) and say what
    putting each old name back will change. For a conversation renamed several times in the
    action the earliest old name wins."""
    if not entries:
        return Plan("", [])
    user = entries[0].user
    earliest: dict[str, Entry] = {}
    latest: dict[str, Entry] = {}
    for entry in sorted(entries, key=lambda e: e.id):
        earliest.setdefault(entry.conversation_id, entry)
        latest[entry.conversation_id] = entry
    found = await session.reread(user, set(earliest), sort_by)
    steps = []
    for cid, first in earliest.items():
        last = latest[cid]
        merged = Entry(
            last.id, last.time, last.profile, user, cid, first.old_name, last.sent_name,
            last.new_name, last.origin, last.auto, last.job, last.outcome,
        )  # fmt: skip
        steps.append(Step(merged, found.get(cid)))
    return Plan(user, steps)


def carry_out(
    session: Session,
    chosen: Sequence[Step],
    user: str,
    origin: Origin,
    *,
    sort_by: str = "-updated_at",
    on_progress: Callable[[Progress], None] | None = None,
    on_item: Callable[[BulkItem], None] | None = None,
) -> BulkJob:
    """The job that puts back the old names of ``chosen`` (``origin`` UNDO or REVERT); run it
    with :meth:`BulkJob.run`."""
    current = [s.current for s in chosen if s.current is not None]
    return BulkJob(
        session,
        user,
        Action.RENAME_TO,
        current,
        sort_by=sort_by,
        on_progress=on_progress,
        on_item=on_item,
        origin=origin,
        targets={s.entry.conversation_id: s.entry.old_name for s in chosen},
    )
