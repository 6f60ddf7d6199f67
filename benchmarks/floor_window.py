"""The floor of this stack: a bare PySide6 window that fetches the same first page with httpx.

Same stack as the app (PySide6 widgets, the qasync event loop, ``httpx.AsyncClient``), nothing
else: no settings, no keyring, no logging set-up, no ``GET /info``, no tie handling, no rename
machinery. It shows a ``QMainWindow`` of the app's size holding a ``QTableView`` on a minimal
table model with the app's four columns, sends the request the app sends for its first page
(``GET /conversations?user=U&limit=100&sort_by=-updated_at``) and prints a line once the view
has painted the rows, then shuts down the way the app does (close the client, leave the loop).

    DIFY_API_KEY=KEY QT_QPA_PLATFORM=offscreen python benchmarks/floor_window.py \\
        --base-url http://127.0.0.1:PORT/v1 --user load-test-user

``--all`` then loads the rest the loss-free way (the app's cursor rule: continue from the row
before the page's trailing tie group, skip ids already shown), so the window holds the same rows
as the app's "Load all", and ``--rss`` prints the process's resident memory after a full garbage
collection, as JSON, for the memory benchmark's context.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import sys
from datetime import UTC, datetime
from typing import Any

import httpx
import qasync
from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

PAINTED = "floor window: first page painted"
HEADERS = ("Name", "Last update", "Created", "Status")


class RowsModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[dict[str, Any]] = []

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if column == 0:
            return row.get("name") or ""
        if column in (1, 2):
            stamp = row.get("updated_at" if column == 1 else "created_at") or 0
            return datetime.fromtimestamp(stamp, tz=UTC).strftime("%Y-%m-%d %H:%M")
        return row.get("status") or ""

    def append(self, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        first = len(self.rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self.rows.extend(rows)
        self.endInsertRows()


class PaintWatch(QObject):
    """Sets ``painted`` after the first paint of the view's viewport that showed rows."""

    def __init__(self, model: RowsModel, painted: asyncio.Event) -> None:
        super().__init__()
        self._model = model
        self._painted = painted

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Paint
            and self._model.rowCount() > 0
            and not self._painted.is_set()
        ):
            # The filter runs before the paint: mark the moment right after it.
            QTimer.singleShot(0, self._painted.set)
        return False


async def fetch_page(
    http: httpx.AsyncClient, user: str, last_id: str | None
) -> tuple[list[dict[str, Any]], bool]:
    params: dict[str, str | int] = {"user": user, "limit": 100, "sort_by": "-updated_at"}
    if last_id:
        params["last_id"] = last_id
    response = await http.get("/conversations", params=params)
    response.raise_for_status()
    body = response.json()
    return body["data"], bool(body["has_more"])


def next_cursor(rows: list[dict[str, Any]]) -> str:
    """The row before the page's trailing group of equal timestamps (Dify continues strictly
    beyond the cursor's timestamp, so continuing from the last row would skip the group's rest)."""
    last = rows[-1]["updated_at"]
    start = len(rows) - 1
    while start > 0 and rows[start - 1]["updated_at"] == last:
        start -= 1
    return str(rows[start - 1]["id"] if start > 0 else rows[-1]["id"])


async def main(args: argparse.Namespace, key: str) -> int:
    window = QMainWindow()
    window.setWindowTitle("floor")
    model = RowsModel()
    view = QTableView()
    view.setModel(model)
    view.verticalHeader().setVisible(False)
    window.setCentralWidget(view)
    window.resize(1100, 680)
    painted = asyncio.Event()
    watch = PaintWatch(model, painted)
    view.viewport().installEventFilter(watch)
    window.show()
    async with httpx.AsyncClient(
        base_url=args.base_url, headers={"Authorization": f"Bearer {key}"}, timeout=15.0
    ) as http:
        rows, has_more = await fetch_page(http, args.user, None)
        model.append(rows)
        await painted.wait()
        print(f"{PAINTED}: {model.rowCount()} rows", flush=True)
        if args.all:
            seen = {row["id"] for row in rows}
            while rows and (has_more or len(rows) == 100):
                rows, has_more = await fetch_page(http, args.user, next_cursor(rows))
                fresh = [row for row in rows if row["id"] not in seen]
                seen.update(row["id"] for row in fresh)
                model.append(fresh)
                if not fresh and not has_more:
                    break
    if args.rss:
        import psutil

        gc.collect()
        await asyncio.sleep(0.2)  # let the view settle (layout, paint)
        gc.collect()
        rss = psutil.Process(os.getpid()).memory_info().rss
        print(json.dumps({"rows": model.rowCount(), "rss_bytes": rss}), flush=True)
    window.close()
    return 0


def run() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--user", required=True)
    parser.add_argument("--all", action="store_true", help="follow last_id to the end")
    parser.add_argument("--rss", action="store_true", help="print the RSS after loading (JSON)")
    args = parser.parse_args()
    key = os.environ.get("DIFY_API_KEY", "")
    app = QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    with asyncio.Runner(loop_factory=lambda: qasync.QEventLoop(app)) as runner:
        return runner.run(main(args, key))


if __name__ == "__main__":
    sys.exit(run())
