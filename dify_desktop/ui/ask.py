"""Asking the person without blocking the event loop: a dialog opened window-modal, awaited."""

from __future__ import annotations

import asyncio

from PySide6.QtWidgets import QAbstractButton, QDialog, QMessageBox


async def answer(box: QMessageBox) -> QAbstractButton | None:
    """Open ``box`` and wait for the button the person chose (None when it was closed)."""
    chosen: asyncio.Future[QAbstractButton | None] = asyncio.get_running_loop().create_future()

    def finished(_result: int) -> None:
        if not chosen.done():
            chosen.set_result(box.clickedButton())

    box.finished.connect(finished)
    box.open()
    try:
        return await chosen
    finally:
        box.finished.disconnect(finished)
        box.deleteLater()


async def accepted(dialog: QDialog) -> bool:
    """Open ``dialog`` and wait: True when it was accepted."""
    done: asyncio.Future[bool] = asyncio.get_running_loop().create_future()

    def finished(result: int) -> None:
        if not done.done():
            done.set_result(result == QDialog.DialogCode.Accepted)

    dialog.finished.connect(finished)
    dialog.open()
    try:
        return await done
    finally:
        dialog.finished.disconnect(finished)
