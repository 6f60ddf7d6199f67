"""What a screen reader hears, read the way Orca reads it: through AT-SPI, from the running app in
a real X11 window (Xvfb), driven by keystrokes. Every control says what it is; the table, the End
user box, the filter and the messages pane by name; a row whose rename failed says so."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from dify_desktop.demo.faults import Fault
from tests.e2e.atspi_kit import AtspiBus, Node, find, nodes, summary, unnamed
from tests.e2e.x11_kit import App

USER = "atspi-reader"
ASSERTIVE = 2  # ATSPI_LIVE_ASSERTIVE


@pytest.fixture
def atspi() -> Iterator[AtspiBus]:
    bus = AtspiBus()
    yield bus
    bus.close()


def cells(tree: Node) -> list[str]:
    return [n["name"] for n in find(tree, "table cell")]


def first_ticket(tree: Node) -> str:
    return next(name for name in cells(tree) if name.startswith("Ticket"))


def list_has_keyboard(tree: Node) -> bool:
    """The window is active again and its list has the focus: keys reach it."""
    return any(n["active"] for n in find(tree, "frame")) and any(
        n["focused"] for n in find(tree, "table", "Conversations")
    )


def test_a_screen_reader_hears_every_control_and_a_failed_rename(
    x_display: str, demo_server: Any, tmp_path: Path, atspi: AtspiBus
) -> None:
    server = demo_server
    for i in range(3):
        server.store.add_conversation(
            USER,
            f"Ticket {i}",
            created_at=1_780_000_000 + i * 60,
            messages=[(f"Where is parcel {i}?", "On its way")],
        )
    app = App(
        x_display,
        tmp_path,
        ["--base-url", server.base_url, "--user", USER],
        {"DIFY_API_KEY": server.api_key, "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1", **atspi.env},
    )
    try:
        tree = atspi.wait_for(
            lambda t: any(
                "Where is parcel" in n.get("text", "")
                for n in find(t, "text", "Messages") + find(t, "label", "Messages")
            ),
            "the rows and the first one's messages",
        )
        assert not unnamed(tree)
        assert find(tree, "table", "Conversations")
        assert find(tree, "text", "Filter")
        user_boxes = [n for n in find(tree, "combo box") if n["labelled_by"] == ["End user"]]
        assert len(user_boxes) == 1
        assert [n["text"] for n in find(user_boxes[0], "text", "End user")] == [USER]
        name = first_ticket(tree)
        assert any(n["focused"] for n in nodes(tree) if n["role"] == "table cell")

        # The inline editor: its text box and its checkbox say what they are.
        server.faults.add(
            Fault(method="POST", path="/conversations/*/name", kind="status", status=500, times=1)
        )
        with atspi.focus_on("text", "New conversation name") as editor:
            app.keys("F2")
        assert find(editor["around"], "check box", "Auto-generate the name")
        assert not unnamed(editor["around"])
        app.type("Never saved")

        # The save fails: the row says so in words, with the reason, not in colour alone; and
        # the reader says it at once, interrupting (the keyboard is back in the list).
        with atspi.announced("Not renamed") as heard:
            app.keys("Return")
        assert "500" in heard["text"] and heard["politeness"] == ASSERTIVE
        tree = atspi.wait_for(
            lambda t: any("Not renamed" in c for c in cells(t)), "the failed row's words"
        )
        said = next(c for c in cells(tree) if "Not renamed" in c and c.startswith(name))
        assert "500" in said

        # The row's menu from the keyboard (a reader follows it by focus: Qt lists no popup in
        # the tree): every item named.
        with atspi.focus_on("menu item", "Rename…") as menu:
            app.keys("Menu", "Down")
        assert find(menu["around"], "menu item", "Retry rename"), summary(menu["around"])
        assert not unnamed(menu["around"])
        app.keys("Escape")
        atspi.wait_for(list_has_keyboard, "the keyboard back in the list")

        # The delete confirmation: its buttons say what they do.
        app.keys("Delete")
        tree = atspi.wait_for(
            lambda t: find(t, "push button", "Delete the conversation"), "the confirmation"
        )
        assert find(tree, "push button", "Cancel")
        assert not unnamed(tree)
        app.keys("Escape")
        atspi.wait_for(
            lambda t: not find(t, "push button", "Delete the conversation"), "the box closed"
        )
    finally:
        code = app.close()
    assert code == 0
    assert "Traceback" not in app.log()
    assert len(server.store.conversations_of(USER)) == 3  # Esc deleted nothing
