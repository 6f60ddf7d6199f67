"""Any valid name survives a rename exactly.

A valid name: 1 to 255 code points, no leading or trailing whitespace (``str.strip`` would remove
it), no control characters (category Cc), otherwise any Unicode except surrogates - unassigned
code points, private use, noncharacters, combining marks, emoji sequences, line and paragraph
separators inside the name, bidi controls.

- Through the core (Session.rename) and the client, the demo server stores and lists it exactly.
- Through the window (typed into the inline editor), the row shows it exactly - for names without
  characters the row deliberately does not show literally: bidi embeddings/overrides/isolates
  (U+202A-202E, U+2066-2069; category Cf, so not "control characters") are dropped from display
  so a name cannot reorder the interface, and line/paragraph separators (U+2028/2029) are shown as
  a replacement symbol. For those the server still stores exactly what was typed (the app never
  edits a name between the trimmed text and the server); the row shows it without the controls.
  That case is tested separately below.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from dify_desktop.core.rename import Outcome, RenameRequest
from dify_desktop.core.session import Session, connect
from dify_desktop.demo.runner import DemoServer
from dify_desktop.ui.conversation_model import Column
from tests.faults.fault_kit import cell, open_session, select, wait_for
from tests.ui.conftest import make_window, open_editor

PROPERTY_USER = "cus_property_names"
BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


def valid_names(*, exclude_categories: tuple[str, ...] = (), exclude: str = "") -> Any:
    characters = st.characters(
        exclude_categories=("Cs", "Cc", *exclude_categories), exclude_characters=exclude
    )
    return st.text(characters, min_size=1, max_size=255).filter(lambda s: s == s.strip())


# ----------------------------------------------------------------------------- core + client


class CoreRig:
    def __init__(self) -> None:
        self.server = DemoServer()
        self.server.start()
        self.cid = self.server.store.add_conversation(PROPERTY_USER, "Before any rename")
        self.loop = asyncio.new_event_loop()
        self.session: Session = self.run(
            connect(self.server.base_url, self.server.api_key, timeout=10.0)
        )

    def run(self, coro: Any) -> Any:
        return self.loop.run_until_complete(coro)

    def close(self) -> None:
        self.run(self.session.close())
        self.loop.run_until_complete(self.loop.shutdown_asyncgens())
        self.loop.close()
        self.server.stop()


@pytest.fixture(scope="module")
def core_rig() -> Iterator[CoreRig]:
    rig = CoreRig()
    try:
        yield rig
    finally:
        rig.close()


@settings(max_examples=200, deadline=None)
@given(name=valid_names())
@example(name="😀" * 255)  # 255 code points, 510 UTF-16 units, 1020 UTF-8 bytes
@example(name="x")
@example(name="\u0301\u200d\ufeff\uffff\U0010fffd")  # lone mark, ZWJ, BOM, nonchars
@example(name="a\u2028b\u2029c\u202ed")  # separators and an override inside
def test_any_valid_name_comes_back_from_the_server_exactly(core_rig: CoreRig, name: str) -> None:
    async def round_trip() -> None:
        page = await core_rig.session.client.list_conversations(PROPERTY_USER, limit=1)
        before = page.data[0]
        result = await core_rig.session.rename(RenameRequest(before, PROPERTY_USER, name, False))
        assert result.outcome is Outcome.RENAMED, result
        assert result.conversation is not None and result.conversation.name == name
        listed = await core_rig.session.client.list_conversations(PROPERTY_USER, limit=1)
        assert listed.data[0].id == core_rig.cid and listed.data[0].name == name

    core_rig.run(round_trip())
    assert core_rig.server.store.get_conversation(core_rig.cid).name == name


# ----------------------------------------------------------------------------- the window


@pytest.fixture
def window(qtbot: Any, qloop: Any, demo_server: Any) -> Any:
    cid = demo_server.store.add_conversation(PROPERTY_USER, "Before any rename")
    win = make_window(qtbot)
    open_session(qtbot, win, demo_server, PROPERTY_USER)
    win.property_cid = cid
    return win


def rename_in_window(qtbot: Any, window: Any, typed: str) -> None:
    assert 1 <= len(typed) <= 255 and typed == typed.strip()
    cid = window.property_cid
    select(window, cid)
    editor = open_editor(qtbot, window)
    editor.line_edit.setText(typed)
    assert editor.line_edit.text() == typed  # the editor keeps what was typed, exactly
    qtbot.keyClick(editor.line_edit, Qt.Key.Key_Return)
    assert cell(window, cid, Column.STATUS) == "Saving…"
    wait_for(qtbot, lambda: cell(window, cid, Column.STATUS) == "✓ Renamed")


@settings(
    max_examples=50,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(name=valid_names(exclude_categories=("Zl", "Zp"), exclude=BIDI_CONTROLS))
@example(name="👨‍👩‍👧" * 51)  # 255 code points: 51 families of 3 people and 2 joiners
@example(name="<img src=x onerror=alert(1)>")
def test_any_valid_name_shows_in_the_row_exactly(
    qtbot: Any, window: Any, demo_server: Any, name: str
) -> None:
    cid = window.property_cid
    assume(name != demo_server.store.get_conversation(cid).name)
    rename_in_window(qtbot, window, name)
    assert demo_server.store.get_conversation(cid).name == name
    assert cell(window, cid, Column.NAME) == name


@pytest.mark.parametrize(
    "name",
    [
        "invoice \u202egpj.exe",  # right-to-left override
        "\u202bembedded\u202c and popped",
        "\u2067isolate\u2069 in the middle \u2066x\u2069",
        "\u202dforced LTR\u202c",
        "line\u2028separator and paragraph\u2029separator",
    ],
)
def test_names_with_bidi_controls_are_stored_exactly_and_shown_without_them(
    qtbot: Any, window: Any, demo_server: Any, name: str
) -> None:
    rename_in_window(qtbot, window, name)
    cid = window.property_cid
    assert demo_server.store.get_conversation(cid).name == name  # not edited on the way
    shown = cell(window, cid, Column.NAME)
    assert not any(ch in shown for ch in BIDI_CONTROLS + "\u2028\u2029")
    expected = "".join(ch for ch in name if ch not in BIDI_CONTROLS)
    assert shown == expected.replace("\u2028", "\ufffd").replace("\u2029", "\ufffd")
