"""An ordered list of named things (personas, stages, journeys, ...) with its buttons.

The list shows the model and asks for changes through signals; it never changes its own
rows. Dragging a row within the list asks to move it; dragging it elsewhere carries the
MIME data the owner adds (a persona onto a card, for instance).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QDrag, QDragEnterEvent, QDragMoveEvent, QDropEvent, QFont, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

ROW_MIME = "application/x-journey-studio-row"
_ID_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True, slots=True)
class Row:
    """What one row shows."""

    id: str
    text: str
    icon: QIcon | None = None
    tooltip: str = ""
    bold: bool = False


ExtraMime = Callable[[str, QMimeData], None]
"""Adds what a drag of the row with this id carries beyond the list itself."""


class _RowList(QListWidget):
    """A list whose drops within itself ask for a move instead of moving rows."""

    move_requested = Signal(str, int)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.extra_mime: ExtraMime | None = None
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [ROW_MIME]

    def startDrag(self, supportedActions: Qt.DropAction) -> None:  # noqa: N802, N803
        item = self.currentItem()
        if item is None:
            return
        row_id = str(item.data(_ID_ROLE))
        mime = QMimeData()
        mime.setData(ROW_MIME, QByteArray(row_id.encode()))
        mime.setText(item.text())
        if self.extra_mime is not None:
            self.extra_mime(row_id, mime)
        drag = QDrag(self)
        drag.setMimeData(mime)
        drag.setPixmap(item.icon().pixmap(24, 24) if not item.icon().isNull() else drag.pixmap())
        drag.exec(Qt.DropAction.CopyAction | Qt.DropAction.MoveAction, Qt.DropAction.MoveAction)

    def _own_row(self, mime: QMimeData) -> bool:
        return mime.hasFormat(ROW_MIME)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.source() is self and self._own_row(event.mimeData()):
            super().dragEnterEvent(event)
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        if event.source() is self and self._own_row(event.mimeData()):
            super().dragMoveEvent(event)
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        if event.source() is not self or not self._own_row(event.mimeData()):
            event.ignore()
            return
        row_id = bytes(event.mimeData().data(ROW_MIME).data()).decode()
        old = next((r for r in range(self.count()) if self.item(r).data(_ID_ROLE) == row_id), -1)
        target = self._drop_row(event.position().toPoint())
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        if old < 0:
            return
        if target > old:
            target -= 1
        if target != old:
            self.move_requested.emit(row_id, target)

    def _drop_row(self, position: QPoint) -> int:
        index: QModelIndex = self.indexAt(position)
        indicator = self.dropIndicatorPosition()
        if not index.isValid() or indicator == QAbstractItemView.DropIndicatorPosition.OnViewport:
            return self.count()
        if indicator == QAbstractItemView.DropIndicatorPosition.BelowItem:
            return index.row() + 1
        return index.row()


class EntityList(QWidget):
    """An ordered list with Add, Delete, Move up and Move down buttons.

    Rows can be renamed in place when ``renamable`` (double-click or F2).

    Signals:
        current_changed(str): the id of the row now selected ("" for none).
        add_requested(): the Add button was clicked.
        remove_requested(str): Delete was clicked with this row selected.
        move_requested(str, int): move this row to this index.
        rename_requested(str, str): the row was renamed in place to this text.
        activated(str): the row was double-clicked or Enter was pressed on it (not renamable).
    """

    current_changed = Signal(str)
    add_requested = Signal()
    remove_requested = Signal(str)
    move_requested = Signal(str, int)
    rename_requested = Signal(str, str)
    activated = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, renamable: bool = False) -> None:
        super().__init__(parent)
        self._renamable = renamable
        self._filling = False
        self.list = _RowList(self)
        if not renamable:
            self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.add_button = QToolButton(self)
        self.remove_button = QToolButton(self)
        self.up_button = QToolButton(self)
        self.down_button = QToolButton(self)
        self.up_button.setArrowType(Qt.ArrowType.UpArrow)
        self.down_button.setArrowType(Qt.ArrowType.DownArrow)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.setSpacing(4)
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            button.setAutoRaise(False)
            buttons.addWidget(button)
        self.extra_buttons = buttons
        """Panels add their own buttons after the standard ones."""
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add_requested)
        self.remove_button.clicked.connect(self._remove)
        self.up_button.clicked.connect(lambda: self._step(-1))
        self.down_button.clicked.connect(lambda: self._step(1))
        self.list.move_requested.connect(self.move_requested)
        self.list.currentRowChanged.connect(self._on_current_row)
        self.list.itemChanged.connect(self._on_item_changed)
        self.list.itemActivated.connect(self._on_activated)
        self.retranslate()
        self._update_buttons()

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Add"))
        self.remove_button.setText(self.tr("Delete"))
        self.up_button.setToolTip(self.tr("Move up"))
        self.down_button.setToolTip(self.tr("Move down"))

    def set_extra_mime(self, extra: ExtraMime | None) -> None:
        self.list.extra_mime = extra

    def set_rows(self, rows: list[Row]) -> None:
        """Show these rows, keeping the selected one if it is still there."""
        current = self.current_id()
        self._filling = True
        self.list.blockSignals(True)
        self.list.clear()
        flags = (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )
        if self._renamable:
            flags |= Qt.ItemFlag.ItemIsEditable
        for row in rows:
            item = QListWidgetItem(row.text)
            item.setData(_ID_ROLE, row.id)
            item.setFlags(flags)
            if row.icon is not None:
                item.setIcon(row.icon)
            if row.tooltip:
                item.setToolTip(row.tooltip)
            if row.bold:
                font = QFont(self.list.font())
                font.setBold(True)
                item.setFont(font)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self._filling = False
        if current is not None and self.select(current, emit=False):
            pass
        elif current is not None:
            self.current_changed.emit("")
        self._update_buttons()

    def ids(self) -> list[str]:
        return [str(self.list.item(r).data(_ID_ROLE)) for r in range(self.list.count())]

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(_ID_ROLE))

    def select(self, row_id: str, *, emit: bool = True) -> bool:
        """Select the row with this id; False if there is none."""
        for row in range(self.list.count()):
            if self.list.item(row).data(_ID_ROLE) == row_id:
                if not emit:
                    self.list.blockSignals(True)
                self.list.setCurrentRow(row)
                self.list.blockSignals(False)
                self._update_buttons()
                return True
        return False

    def rename(self, row_id: str) -> None:
        """Start renaming a row in place."""
        if self._renamable and self.select(row_id):
            self.list.editItem(self.list.currentItem())

    def item(self, row_id: str) -> QListWidgetItem | None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(_ID_ROLE) == row_id:
                return item
        return None

    def _remove(self) -> None:
        current = self.current_id()
        if current is not None:
            self.remove_requested.emit(current)

    def _step(self, step: int) -> None:
        current = self.current_id()
        if current is None:
            return
        index = self.list.currentRow() + step
        if 0 <= index < self.list.count():
            self.move_requested.emit(current, index)

    def _on_current_row(self, row: int) -> None:
        self._update_buttons()
        if not self._filling:
            item = self.list.item(row) if row >= 0 else None
            self.current_changed.emit("" if item is None else str(item.data(_ID_ROLE)))

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        row_id, text = str(item.data(_ID_ROLE)), item.text()
        # Later: the rename rebuilds the rows, which must not happen inside the item's edit.
        QTimer.singleShot(0, self, lambda: self.rename_requested.emit(row_id, text))

    def _on_activated(self, item: QListWidgetItem) -> None:
        self.activated.emit(str(item.data(_ID_ROLE)))

    def _update_buttons(self) -> None:
        row = self.list.currentRow()
        has = row >= 0
        self.remove_button.setEnabled(has)
        self.up_button.setEnabled(has and row > 0)
        self.down_button.setEnabled(has and row < self.list.count() - 1)
