"""The small dialog of *Add prefix…*: the prefix field has the cursor, Enter starts. The prefix
is kept exactly as typed (a trailing space matters)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget


class PrefixDialog(QDialog):
    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("prefixDialog")
        self.setWindowTitle(self.tr("Add prefix"))
        self.field = QLineEdit()
        self.field.setObjectName("prefixField")
        self.field.setPlaceholderText(self.tr("for example [T-1234] and a space"))
        label = QLabel(self.tr("&Prefix"))
        label.setBuddy(self.field)
        self.field.setAccessibleName(self.tr("Prefix"))
        intro = QLabel(
            self.tr("Added before the name of {0} conversation(s), unless already there.").format(
                count
            )
        )
        intro.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.start = buttons.addButton(
            self.tr("Add prefix"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.start.setAccessibleName(self.tr("Add the prefix"))
        self.start.setDefault(True)
        self.start.setEnabled(False)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.field.textChanged.connect(lambda text: self.start.setEnabled(bool(text)))
        form = QFormLayout(self)
        form.addRow(intro)
        form.addRow(label, self.field)
        form.addRow(buttons)
        self.field.setFocus()

    def prefix(self) -> str:
        return self.field.text()
