"""The dialog that lists what is wrong in an imported workbook: sheet, row, column, problem."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from PySide6.QtGui import QShowEvent


class ProblemRow(NamedTuple):
    """One problem at one place of a workbook (row and column empty for a whole sheet)."""

    sheet: str
    row: str
    column: str
    message: str


class ProblemsDialog(QDialog):
    """A table of problems, one a line, under a sentence saying nothing was changed."""

    def __init__(
        self, title: str, summary: str, rows: Sequence[ProblemRow], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("import-problems")
        self.setWindowTitle(title)
        self.summary = QLabel(summary, self)
        self.summary.setWordWrap(True)
        self.table = QTableWidget(len(rows), 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Sheet"), self.tr("Row"), self.tr("Column"), self.tr("Problem")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for number, row in enumerate(rows):
            for column, text in enumerate(row):
                self.table.setItem(number, column, QTableWidgetItem(text))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setDefault(True)
        close.setFocus()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(760, 380)
        layout.activate()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.table.resizeRowsToContents()
