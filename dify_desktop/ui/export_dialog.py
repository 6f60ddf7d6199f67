"""*Export…*: where the selected conversations go (a folder) and in which format."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from dify_desktop.core.export.formats import FORMATS


class ExportDialog(QDialog):
    def __init__(
        self, count: int, folder: str, format_: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export conversations"))
        intro = QLabel(
            self.tr(
                "%n conversation(s), every message in time order, one file each. Existing "
                "files are never replaced.",
                "",
                count,
            )
        )
        intro.setWordWrap(True)
        self.folder_edit = QLineEdit(folder)
        self.folder_edit.setObjectName("exportFolder")
        self.folder_edit.setAccessibleName(self.tr("Folder"))
        self.folder_edit.setPlaceholderText(self.tr("A folder (created if missing)"))
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.choose_button.setAccessibleName(self.tr("Choose the folder"))
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self._choose)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.choose_button)
        self.markdown = QRadioButton(self.tr("Markdown (.md), for people and tickets"))
        self.json = QRadioButton(self.tr("JSON (.json), every field as the server sent it"))
        (self.json if format_ == "json" else self.markdown).setChecked(True)
        self.problem = QLabel()
        self.problem.setObjectName("exportProblem")
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Export"))
        ok.setDefault(True)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)

        form = QFormLayout()
        folder_label = QLabel(self.tr("&Folder:"))
        folder_label.setBuddy(self.folder_edit)
        form.addRow(folder_label, folder_row)
        formats = QVBoxLayout()
        formats.addWidget(self.markdown)
        formats.addWidget(self.json)
        form.addRow(QLabel(self.tr("Format:")), formats)
        column = QVBoxLayout(self)
        column.addWidget(intro)
        column.addLayout(form)
        column.addWidget(self.problem)
        column.addWidget(buttons)
        self.folder_edit.setFocus()
        self.folder_edit.selectAll()

    @property
    def folder(self) -> Path:
        return Path(self.folder_edit.text().strip()).expanduser()

    @property
    def format(self) -> str:
        return FORMATS[1] if self.json.isChecked() else FORMATS[0]

    def _choose(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Export to folder"), self.folder_edit.text()
        )
        if chosen:
            self.folder_edit.setText(chosen)

    def _accept(self) -> None:
        text = self.folder_edit.text().strip()
        problem = ""
        if not text:
            problem = self.tr("Choose a folder for the files.")
        elif self.folder.exists() and not self.folder.is_dir():
            problem = self.tr("{0} is a file, not a folder.").format(str(self.folder))
        if problem:
            self.problem.setText(problem)
            self.problem.show()
            self.folder_edit.setFocus()
            self.folder_edit.selectAll()
            return
        self.accept()
