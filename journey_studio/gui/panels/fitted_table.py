"""A table exactly as tall as its rows, for panels that scroll as a whole.

A table inside a scrolling panel should not scroll on its own vertically: it takes the
height of its header and rows (and of its horizontal scroll bar, when its columns are
wider than the panel). Cell widgets (spin boxes, check boxes, ...) size their columns.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QResizeEvent


class FittedTable(QTableWidget):
    """A table that fits its height to its rows; call :meth:`fit` after filling it."""

    def __init__(self, rows: int, columns: int, parent: QWidget | None = None) -> None:
        super().__init__(rows, columns, parent)
        self.verticalHeader().hide()
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)

    def fit_columns_to_widgets(self, columns: range | list[int]) -> None:
        """Make these columns as wide as their header and their cell widgets want."""
        header = self.horizontalHeader()
        for column in columns:
            width = header.sectionSizeHint(column)
            for row in range(self.rowCount()):
                widget = self.cellWidget(row, column)
                if widget is not None:
                    width = max(width, widget.sizeHint().width())
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)

    def fit(self) -> None:
        """Take the height of the header, the rows and, when needed, the scroll bar."""
        header = self.horizontalHeader()
        height = header.sizeHint().height() if not header.isHidden() else 0
        rows = self.rowCount()
        height += sum(self.rowHeight(r) for r in range(rows))
        if rows == 0:
            height += self.verticalHeader().defaultSectionSize()
        if header.length() > self.viewport().width() + 1:
            height += self.horizontalScrollBar().sizeHint().height()
        height += 2 * self.frameWidth()
        if self.height() != height or self.minimumHeight() != height:
            self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit()
