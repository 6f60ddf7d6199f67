"""Real captures of the app for the README: the list, the inline editor, an error shown, the
feedback inbox, a transcript, a search.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_screenshots.py

Runs the real window against the demo server (with one injected fault for the error shot) and
saves PNGs under docs/screenshots/.
"""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import qasync
from PySide6.QtWidgets import QApplication

OUT = Path(__file__).parent / "screenshots"


async def wait_for(condition, timeout: float = 15.0) -> None:  # type: ignore[no-untyped-def]
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        if loop.time() > deadline:
            raise TimeoutError("the window did not reach the expected state")
        await asyncio.sleep(0.02)


async def main() -> None:
    from dify_desktop.core.credentials import Credentials
    from dify_desktop.core.profiles import Profile, ProfileStore
    from dify_desktop.core.settings import MemorySettings
    from dify_desktop.demo.faults import Fault
    from dify_desktop.demo.runner import DemoServer
    from dify_desktop.demo.seed import DEFAULT_USER, SEED_USERS
    from dify_desktop.ui.context import AppContext
    from dify_desktop.ui.conversation_model import Column
    from dify_desktop.ui.main_window import MainWindow, app_icon
    from dify_desktop.ui.rename_delegate import RenameEditor

    OUT.mkdir(exist_ok=True)
    server = DemoServer()
    server.start()
    settings = MemorySettings()
    context = AppContext(
        settings,
        ProfileStore(settings),
        Credentials(),
        ephemeral=True,
        demo=True,
        suggested_users=SEED_USERS,
    )
    QApplication.instance().setWindowIcon(app_icon())  # type: ignore[union-attr]
    window = MainWindow(context)
    window.resize(1180, 640)
    window.show()
    window.activateWindow()  # an active window shows its selection in the active colours
    try:
        profile = Profile(id="demo", name="Demo", base_url=server.base_url)
        await window.open_profile(profile, server.api_key, DEFAULT_USER)
        await wait_for(lambda: window.model.rowCount() > 0)
        window.view.setCurrentIndex(window.proxy.index(1, 0))
        await asyncio.sleep(0.6)  # let the message pane load and paint
        window.grab().save(str(OUT / "list.png"))

        window.row_actions.start_rename()
        await wait_for(lambda: bool(window.view.findChildren(RenameEditor)))
        editor = window.view.findChildren(RenameEditor)[0]
        editor.line_edit.setText("Refund for damaged headphones (order 4471)")
        await asyncio.sleep(0.1)
        window.grab().save(str(OUT / "rename-editor.png"))
        editor.cancelled.emit()

        server.faults.add(
            Fault(
                method="POST",
                path="/conversations/*/name",
                kind="status",
                status=502,
                body="<html><body><h1>502 Bad Gateway</h1></body></html>",
                content_type="text/html",
                times=1,
            )
        )
        row = window.proxy.mapToSource(window.proxy.index(1, 0)).row()
        window.model.request_rename(row, "Refund for damaged headphones (order 4471)", False)
        await wait_for(lambda: "Not renamed" in (window.proxy.index(1, Column.STATUS).data() or ""))
        await asyncio.sleep(0.1)
        window.grab().save(str(OUT / "rename-error.png"))

        window.inbox.open_inbox()
        inbox = window.inbox
        await wait_for(lambda: inbox.model.complete and not inbox.model.loading)
        inbox.resize(1180, 520)
        inbox.view.setCurrentIndex(inbox.proxy.index(1, 0))
        await asyncio.sleep(0.1)
        inbox.grab().save(str(OUT / "feedback-inbox.png"))

        # the transcript: a long conversation, answers rendered from Markdown, its variables
        from dify_desktop.demo.seed_transcripts import TRANSCRIPT_USER

        server.faults.clear()
        window.resize(1180, 760)
        window.splitter.setSizes([420, 760])
        await window.open_profile(profile, server.api_key, TRANSCRIPT_USER)
        await wait_for(
            lambda: window.model.user == TRANSCRIPT_USER and window.model.rowCount() == 2
        )
        long_row = next(
            r
            for r in range(window.proxy.rowCount())
            if str(window.proxy.index(r, 0).data()).startswith("Long conversation")
        )
        window.view.setCurrentIndex(window.proxy.index(long_row, 0))
        pane = window.transcript
        await wait_for(lambda: pane.feed is not None and bool(pane.feed.messages))
        await wait_for(lambda: pane.variables.isVisible())
        pane.variables.toggle.setChecked(True)
        await asyncio.sleep(0.3)
        window.grab().save(str(OUT / "transcript.png"))

        # search inside the conversations: the index built, the words marked in the results
        window.resize(1180, 700)
        await window.open_profile(profile, server.api_key, DEFAULT_USER)
        await wait_for(lambda: window.model.user == DEFAULT_USER and window.model.rowCount() > 0)
        window.search.open()
        await wait_for(lambda: "Every conversation" in window.search.state.text(), timeout=60)
        window.search.field.setText("refund")
        await wait_for(lambda: window.search.model.rowCount() > 0)
        window.list_column.setSizes([330, 370])
        await asyncio.sleep(0.3)
        window.grab().save(str(OUT / "search.png"))
    finally:
        window.close()
        server.stop()
    print(f"saved 4 screenshots in {OUT}")


if __name__ == "__main__":
    app = QApplication(sys.argv[:1])
    with asyncio.Runner(loop_factory=lambda: qasync.QEventLoop(app)) as runner:
        runner.run(main())
