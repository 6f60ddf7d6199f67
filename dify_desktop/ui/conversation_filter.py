"""The instant filter over the loaded conversations (by name or id); it never fetches more rows."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel

from dify_desktop.api import Conversation
from dify_desktop.ui.conversation_model import AnyIndex, ConversationModel


class ConversationFilter(QSortFilterProxyModel):
    """Filters the loaded rows by name or id. A filter never triggers fetching more rows.

    A row renamed while the filter is active stays shown (its status says it no longer matches,
    its name is greyed: the model marks it) until the filter changes: it does not vanish under
    the person's eyes."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self._shown: set[str] = set()  # ids shown under the current needle
        # Without a needle no change can hide a row: re-filtering every row on each dataChanged
        # (the clock's refresh of the time column) would cost one Python call per row.
        self.setDynamicSortFilter(False)

    def set_needle(self, text: str) -> None:
        self.beginFilterChange()
        self._needle = text.strip().casefold()
        self._shown = set()
        self.setDynamicSortFilter(bool(self._needle))
        model = self.sourceModel()
        assert isinstance(model, ConversationModel)
        model.outside_filter = self._outside if self._needle else None
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    @property
    def active(self) -> bool:
        return bool(self._needle)

    def _matches(self, conv: Conversation) -> bool:
        return self._needle in conv.name.casefold() or self._needle in conv.id.casefold()

    def _outside(self, conv: Conversation) -> bool:
        return not self._matches(conv)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if not self._needle:
            return True
        model = self.sourceModel()
        assert isinstance(model, ConversationModel)
        conv = model.conversation(source_row)
        if self._matches(conv):
            self._shown.add(conv.id)
            return True
        return conv.id in self._shown and not model.state(conv.id).idle

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not self._needle and super().canFetchMore(parent)

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if not self._needle:
            super().fetchMore(parent)
