"""Pins (Ctrl+D in the list): pinned conversations come first among the loaded rows and show a
pin; pins are kept per profile and end user in the local database. Once the whole list is loaded,
a pin whose conversation is no longer there is named."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt

from dify_desktop.api import Conversation
from dify_desktop.core.pins import Pin
from dify_desktop.core.profiles import Profile
from dify_desktop.ui.actions import make_action
from dify_desktop.ui.conversation_list import ConversationList
from dify_desktop.ui.local_data import LocalData
from dify_desktop.ui.reporter import Reporter
from dify_desktop.ui.tasks import TaskGroup, Tasks
from dify_desktop.ui.text import isolated


class PinsController(QObject):
    def __init__(
        self, tasks: Tasks, reporter: Reporter, conversations: ConversationList, local: LocalData
    ) -> None:
        super().__init__(conversations)
        self._tasks = tasks
        self.reporter = reporter
        self._list = conversations
        self._local = local
        self._profile: str | None = None
        self._pins: dict[str, Pin] = {}
        self._told_gone: set[tuple[str, str]] = set()
        self.pin_action = make_action(self, self.tr("Pin or unpin"), self.toggle, "Ctrl+D")
        self.pin_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        conversations.view.addAction(self.pin_action)
        conversations.model.modelReset.connect(self._reload)
        conversations.model.countsChanged.connect(self._check_gone)

    def follow(self, _session: object, profile: Profile | None, _user: object) -> None:
        self._profile = profile.id if profile else None
        self._reload()

    def _reload(self) -> None:
        self._tasks.spawn(self._load(), TaskGroup.OTHER)

    async def _load(self) -> None:
        user, profile = self._list.model.user, self._profile
        await self._local.opened()
        pins = self._local.pins
        found = await pins.pinned(profile, user) if pins and profile and user else {}
        if (user, profile) == (self._list.model.user, self._profile):
            self._pins = found
            self._list.model.set_pinned(frozenset(found))
            self._check_gone()

    def toggle(self) -> None:
        rows = self._list.selected_conversations()
        user, profile = self._list.model.user, self._profile
        if rows and user and profile:
            self._tasks.spawn(self._toggle(profile, user, rows), TaskGroup.OTHER)

    async def _toggle(self, profile: str, user: str, convs: list[Conversation]) -> None:
        await self._local.opened()
        pins = self._local.pins
        assert pins is not None
        pin = any(c.id not in self._pins for c in convs)  # pin all, unless all are pinned
        for conv in convs:
            if pin:
                await pins.pin(profile, user, conv)
            else:
                await pins.unpin(profile, user, conv.id)
        await self._load()
        self.reporter.info(
            (self.tr("Pinned {0}") if pin else self.tr("Unpinned {0}")).format(len(convs)),
            timeout_ms=4000,
        )

    def _check_gone(self) -> None:
        model = self._list.model
        if not model.complete or not model.user:
            return
        gone = [p for cid, p in self._pins.items() if model.row_of(cid) is None]
        fresh = [p for p in gone if (model.user, p.conversation_id) not in self._told_gone]
        if not fresh:
            return
        self._told_gone |= {(model.user, p.conversation_id) for p in fresh}
        names = ", ".join(f"“{isolated(p.name or p.conversation_id, 40)}”" for p in fresh[:5])
        self.reporter.warning(
            self.tr(
                "{0} pinned conversation(s) are no longer on the server: {1}. Their pins were "
                "removed."
            ).format(len(fresh), names)
        )
        if self._profile is not None:
            self._tasks.spawn(self._unpin(self._profile, model.user, fresh), TaskGroup.OTHER)

    async def _unpin(self, profile: str, user: str, gone: list[Pin]) -> None:
        pins = self._local.pins
        if pins is not None:
            for pin in gone:
                await pins.unpin(profile, user, pin.conversation_id)
