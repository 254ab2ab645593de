"""The card palette: a "New card" to drag onto a cell of the map and write there.

:class:`NewCardSource` sits in the map's toolbar and looks like a small blank card. Dragged
onto a cell, it starts a new card at the end of that cell and the consultant types its text
in place (Enter adds it, Escape drops it). Clicked, it starts one in the cell of the
selected card (else the first cell), for those who work from the keyboard.
:func:`install_card_palette` registers the drop with the canvas editor and gives the
source its editor (a window paints its toolbar before it makes its map).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QMimeData, QPoint, Qt
from PySide6.QtGui import QDrag, QMouseEvent
from PySide6.QtWidgets import QApplication, QToolButton, QWidget

if TYPE_CHECKING:
    from journey_studio.gui.canvas.editor import CanvasEditor
    from journey_studio.model.workshop import Cell

NEW_CARD_MIME = "application/x-journey-studio-new-card"

_LOOK = """
QToolButton#new-card-source {
    background: #FFFFFF; color: #37474F; border: 1px solid #B0BEC5; border-radius: 5px;
    padding: 3px 10px; margin: 2px 4px;
}
QToolButton#new-card-source:hover { border-color: #1E88E5; }
QToolButton#new-card-source:pressed { background: #E3F2FD; }
"""


def new_card_mime_data() -> QMimeData:
    """What a "New card" drag carries."""
    data = QMimeData()
    data.setData(NEW_CARD_MIME, b"card")
    return data


class NewCardSource(QToolButton):
    """The "New card" of the palette: drag it onto the map, or click it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("new-card-source")
        self._editor: CanvasEditor | None = None
        self._pressed_at: QPoint | None = None
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setStyleSheet(_LOOK)
        self.clicked.connect(self.start_card_here)
        self.retranslate()

    def set_editor(self, editor: CanvasEditor) -> None:
        """Start cards in ``editor`` (until then a click or a drag does nothing)."""
        self._editor = editor

    def retranslate(self) -> None:
        self.setText(self.tr("+ New Card"))
        self.setToolTip(
            self.tr(
                "Drag onto a cell of the map to write a new card there "
                "(or click to write one beside the selected card)"
            )
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def start_card_here(self) -> None:
        """Begin a new card in the cell of the selected card, else in the first cell."""
        editor = self._editor
        cell = editor.paste_cell() if editor is not None else None
        if editor is not None and cell is not None:
            editor.create_card(cell)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self._pressed_at = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        start = self._pressed_at
        if start is None or self._editor is None or not event.buttons() & Qt.MouseButton.LeftButton:
            super().mouseMoveEvent(event)
            return
        if (event.position().toPoint() - start).manhattanLength() < (
            QApplication.startDragDistance()
        ):
            return
        self._pressed_at = None
        self.setDown(False)
        drag = QDrag(self)
        drag.setMimeData(new_card_mime_data())
        drag.setPixmap(self.grab())
        drag.setHotSpot(start)
        drag.exec(Qt.DropAction.CopyAction)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._pressed_at = None
        super().mouseReleaseEvent(event)


def install_card_palette(editor: CanvasEditor, source: NewCardSource) -> None:
    """Let the "New card" source start cards in ``editor`` and be dropped on its cells."""

    def drop(cell: Cell, _data: QMimeData) -> bool:
        if editor.document is None or editor.document.read_only:
            return False
        editor.create_card(cell)
        return True

    editor.add_cell_drop(NEW_CARD_MIME, drop)
    source.set_editor(editor)
