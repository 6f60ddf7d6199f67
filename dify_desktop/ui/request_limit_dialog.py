"""The *Requests at once…* dialog (``ui.request_limit`` opens it)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from dify_desktop.core.settings import REQUESTS_IN_FLIGHT, REQUESTS_IN_FLIGHT_RANGE


class RequestLimitDialog(QDialog):
    def __init__(self, current: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("requestLimitDialog")
        self.setWindowTitle(self.tr("Requests at once"))
        self.field = QSpinBox()
        self.field.setObjectName("requestLimitField")
        self.field.setRange(REQUESTS_IN_FLIGHT_RANGE.start, REQUESTS_IN_FLIGHT_RANGE.stop - 1)
        self.field.setValue(current)
        self.field.setAccessibleName(self.tr("Requests at once"))
        label = QLabel(self.tr("&Requests at once"))
        label.setBuddy(self.field)
        intro = QLabel(
            self.tr(
                "How many renames, deletes and other requests of this window may run at the same"
                " time ({0}–{1}, {2} unless changed). Fewer is gentler on a busy server; more"
                " finishes bulk jobs sooner."
            ).format(
                REQUESTS_IN_FLIGHT_RANGE.start,
                REQUESTS_IN_FLIGHT_RANGE.stop - 1,
                REQUESTS_IN_FLIGHT.default,
            )
        )
        intro.setWordWrap(True)
        buttons = QDialogButtonBox()
        save = buttons.addButton(QDialogButtonBox.StandardButton.Ok)
        save.setAccessibleName(self.tr("Use this limit"))
        save.setDefault(True)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(intro)
        form.addRow(label, self.field)
        form.addRow(buttons)
        self.field.setFocus()
        self.field.selectAll()
