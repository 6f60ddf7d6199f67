"""The GUI-thread collector: long-lived objects are frozen, and cycles among them are still
collected once a large part of them is let go (a list or a session replaced)."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator
from typing import Any

import pytest

from dify_desktop.core.collection import CollectionPolicy
from dify_desktop.ui.main_thread_gc import MainThreadGarbageCollector
from tests.ui.conftest import TIMEOUT


class Node:
    def __init__(self) -> None:
        self.me = self


@pytest.fixture
def collector(qapp: object) -> Iterator[CollectionPolicy]:
    """A second collector driven by hand (no timer); the session's keeps running."""
    yield CollectionPolicy()
    gc.unfreeze()
    gc.disable()  # the session's collector stays in charge


def middle_pass(collector: CollectionPolicy) -> None:
    """What the timer does while young objects are made, until it runs a middle pass."""
    for _ in range(collector.MIDDLE_EVERY):
        young = [[] for _ in range(2 * gc.get_threshold()[0])]
        collector.check()
        del young


def idle_second(collector: CollectionPolicy) -> None:
    """What the timer does while nothing happens."""
    for _ in range(collector.IDLE_CHECKS):
        collector.check()


def test_survivors_of_a_middle_pass_are_frozen(collector: CollectionPolicy) -> None:
    rows = [[n] for n in range(1000)]
    middle_pass(collector)
    assert gc.is_tracked(rows)
    assert rows not in gc.get_objects()  # in the permanent generation: no pass scans it
    assert gc.get_freeze_count() >= len(rows)


def test_a_cycle_frozen_while_alive_is_collected_after_a_list_is_let_go(
    collector: CollectionPolicy,
) -> None:
    node = Node()
    alive = weakref.ref(node)
    rows = [[n] for n in range(gc.get_freeze_count() + len(gc.get_objects()))]
    middle_pass(collector)
    idle_second(collector)
    del node
    middle_pass(collector)
    idle_second(collector)
    gc.collect(2)  # what the collector's young passes (and a plain collect) reach
    assert alive() is not None
    del rows  # more than a quarter of the long-lived objects
    middle_pass(collector)  # the next list arrives
    idle_second(collector)
    assert alive() is None


def test_stop_gives_collection_back_to_python(qapp: object) -> None:
    made = MainThreadGarbageCollector()
    try:
        assert not gc.isenabled()
    finally:
        made.stop()
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0
    gc.disable()  # the session's collector stays in charge


def test_a_collector_made_unstarted_collects_once_started(qtbot: Any) -> None:
    """The app's: no pass before its first page, its timer's passes from then on."""
    made = MainThreadGarbageCollector(started=False)
    checks: list[int] = []
    made.policy.check = lambda: checks.append(gc.get_count()[0])  # type: ignore[method-assign]
    try:
        assert not made.started and not gc.isenabled()
        made.start()
        qtbot.waitUntil(lambda: len(checks) >= 2, timeout=TIMEOUT)
    finally:
        made.stop()
        gc.disable()  # the session's collector stays in charge
