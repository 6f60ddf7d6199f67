"""The bare floor of start-up: PySide6 and a synchronous httpx request, nothing else.

No qasync, no ``httpx.AsyncClient``, no table model of our own: a ``QMainWindow`` of the app's
size holding a ``QTableWidget``, shown and painted first; then one synchronous
``GET /conversations?user=U&limit=100&sort_by=-updated_at`` (the app's first request for the
list), the rows put into the widget, and a line printed once the table has painted them.

    DIFY_API_KEY=KEY QT_QPA_PLATFORM=offscreen python benchmarks/bare_window.py \\
        --base-url http://127.0.0.1:PORT/v1 --user load-test-user
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import UTC, datetime

#: ``--app-import-cuts`` (a context side of benchmarks/startup.py): the two import-time costs the
#: app avoids, avoided here as well - httpx's command-line client (click, pygments, rich when
#: installed; as ``dify_desktop.api`` blocks it) and PySide6's import hook reading every later
#: module's source (``dify_desktop.ui.pyside_hook``).
APP_IMPORT_CUTS = "--app-import-cuts" in sys.argv
if APP_IMPORT_CUTS:
    sys.modules["httpx._main"] = None  # type: ignore[assignment]

import httpx  # noqa: E402 (after the cut above)
from PySide6.QtCore import QEvent, QObject  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget, QTableWidgetItem  # noqa: E402

if APP_IMPORT_CUTS:
    from dify_desktop.ui.pyside_hook import quicken_feature_check

    quicken_feature_check()

PAINTED = "bare window: first page painted"
HEADERS = ("Name", "Last update", "Created", "Status")


class PaintWatch(QObject):
    """Counts the paints of the table's viewport while it holds rows."""

    def __init__(self, table: QTableWidget) -> None:
        super().__init__()
        self.table = table
        self.painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.table.rowCount() > 0:
            self.painted = True
        return False


def stamp(value: object) -> str:
    return datetime.fromtimestamp(int(str(value or 0)), tz=UTC).strftime("%Y-%m-%d %H:%M")


def run() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--user", required=True)
    parser.add_argument("--app-import-cuts", action="store_true", help="see APP_IMPORT_CUTS")
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("bare")
    table = QTableWidget(0, len(HEADERS))
    table.setHorizontalHeaderLabels(HEADERS)
    table.verticalHeader().setVisible(False)
    window.setCentralWidget(table)
    window.resize(1100, 680)
    watch = PaintWatch(table)
    table.viewport().installEventFilter(watch)
    window.show()
    app.processEvents()  # the empty frame is painted before the network is touched
    key = os.environ.get("DIFY_API_KEY", "")
    with httpx.Client(
        base_url=args.base_url, headers={"Authorization": f"Bearer {key}"}, timeout=15.0
    ) as http:
        response = http.get(
            "/conversations", params={"user": args.user, "limit": 100, "sort_by": "-updated_at"}
        )
        response.raise_for_status()
        rows = response.json()["data"]
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        values = (row.get("name") or "", stamp(row.get("updated_at")), stamp(row.get("created_at")))
        for c, text in enumerate((*values, row.get("status") or "")):
            table.setItem(r, c, QTableWidgetItem(text))
    while not watch.painted:
        app.processEvents()
    print(f"{PAINTED}: {table.rowCount()} rows", flush=True)
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(run())
