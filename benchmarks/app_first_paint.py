"""Run the app exactly as ``dify-desktop ARGS`` does, and print a line when its list has painted
its first rows (the same moment :mod:`floor_window` reports), one when the window's frame was
first painted and one when the app first sent a request (was the frame there before the network
was touched?).

    DIFY_API_KEY=KEY QT_QPA_PLATFORM=offscreen python benchmarks/app_first_paint.py \\
        --base-url http://127.0.0.1:PORT/v1 --user load-test-user --smoke-test

Nothing of the app is changed: ``dify_desktop.app.main`` (the coroutine that ``run()`` calls once
the QApplication and the qasync loop exist) is wrapped so that the list view, when the window
builds it, gets an event filter on its viewport (a filter on the whole QApplication would cost
~20 ms of start-up by itself). The filter looks for the first ``Paint`` event while the list
holds rows, and marks the moment right after that paint with a zero-timer. The app's own
smoke-test line comes on the same loop turn after that paint (``MainWindow.firstPageShown`` waits
for the list's next paint), so either line may be printed first; the desk parts are built after
both.
"""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer

import dify_desktop.app
from dify_desktop.cli import main as cli_main

PAINTED = "app: first page painted"
FRAME = "app: window frame painted"
REQUEST = "app: first request sent"


class FrameWatch(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.done and event.type() == QEvent.Type.Paint:
            self.done = True
            QTimer.singleShot(0, lambda: print(FRAME, flush=True))
        return False


def _mark_first_request() -> None:
    import httpx

    send = httpx.AsyncClient.send
    sent = [False]

    async def first_send(self: Any, *args: Any, **kwargs: Any) -> Any:
        if not sent[0]:
            sent[0] = True
            print(REQUEST, flush=True)
        return await send(self, *args, **kwargs)

    httpx.AsyncClient.send = first_send  # type: ignore[method-assign]


class PaintWatch(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.done or event.type() != QEvent.Type.Paint:
            return False
        view = watched.parent()
        if view is not None:
            model = view.model()  # type: ignore[attr-defined]
            if model.rowCount() > 0:
                self.done = True
                rows = model.rowCount()
                QTimer.singleShot(0, lambda: print(f"{PAINTED}: {rows} rows", flush=True))
        return False


_original_main = dify_desktop.app.main
_watch = PaintWatch()
_frame = FrameWatch()


async def _watched_main(app: Any, *args: Any) -> int:
    # The original main() starts with this import; doing it here first changes no order.
    from dify_desktop.ui import conversation_list, main_window

    make_view = conversation_list.ConversationList._make_view

    def watched_make_view(self: Any) -> Any:
        view = make_view(self)
        view.viewport().installEventFilter(_watch)
        return view

    conversation_list.ConversationList._make_view = watched_make_view  # type: ignore[method-assign]
    init = main_window.MainWindow.__init__

    def watched_init(self: Any, *args: Any, **kwargs: Any) -> None:
        init(self, *args, **kwargs)
        self.installEventFilter(_frame)

    main_window.MainWindow.__init__ = watched_init  # type: ignore[method-assign]
    _mark_first_request()
    result: int = await _original_main(app, *args)
    return result


dify_desktop.app.main = _watched_main  # type: ignore[assignment]

if __name__ == "__main__":
    sys.exit(cli_main(sys.argv[1:]))
