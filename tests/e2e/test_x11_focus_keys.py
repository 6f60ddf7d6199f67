"""The focus rules with real keystrokes in a real X11 window (Xvfb, no window manager): Ctrl+L
to the End user box, Enter opens the user and hands the keyboard to the list."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.e2e.x11_kit import App, wait_for

FIRST, OTHER = "x11-focus-first", "x11-focus-other"


def test_ctrl_l_type_a_user_enter_then_f2_renames_in_that_list(
    x_display: str, demo_server: Any, tmp_path: Path
) -> None:
    server = demo_server
    for user in (FIRST, OTHER):
        for i in range(2):
            server.store.add_conversation(
                user, f"{user} {i}", created_at=1_780_000_000 + i * 60, messages=[("Q", "A")]
            )
    app = App(
        x_display,
        tmp_path,
        ["--base-url", server.base_url, "--user", FIRST],
        {"DIFY_API_KEY": server.api_key},
    )
    try:

        def pages() -> int:
            return app.log().count("GET /conversations -> 200")

        def messages() -> int:
            return app.log().count("GET /messages -> 200")

        wait_for(lambda: pages() == 1, "the first page")
        # The first user's first row is current once its messages are asked for (a later
        # switch cancels that request when it comes first: wait, so each list asks once).
        wait_for(lambda: messages() == 1, "the first user's rows shown")
        app.keys("ctrl+l")  # the box's text is selected: typing replaces it
        app.type(OTHER)
        app.keys("Return")
        wait_for(lambda: pages() == 2, "the other user's list")
        # Its first row is current once its messages are asked for: the rows are shown.
        wait_for(lambda: messages() == 2, "the rows shown")
        app.keys("F2")  # the list has the keyboard, its first row is current
        app.type("Renamed after Ctrl+L")
        app.keys("Return")
        wait_for(
            lambda: (
                "Renamed after Ctrl+L" in [c.name for c in server.store.conversations_of(OTHER)]
            ),
            "the rename of the other user's conversation",
        )
        assert all(c.name.startswith(FIRST) for c in server.store.conversations_of(FIRST))
    finally:
        code = app.close()
    assert code == 0
    assert "Traceback" not in app.log()
