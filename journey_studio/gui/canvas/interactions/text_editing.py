"""Type in place: a new card, a card's text, a stage or channel name, a link's label.

The tool lays an :class:`~journey_studio.gui.canvas.items.inline_editor.InlineTextEditor`
over what it edits. Enter (or a click elsewhere) ends it and hands the text to ``commit``,
which makes the edit; Escape cancels and nothing changes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt, QTimer

from journey_studio.gui.canvas.interactions.base import Interaction
from journey_studio.gui.canvas.items.inline_editor import InlineTextEditor, Suggest

if TYPE_CHECKING:
    from PySide6.QtWidgets import QGraphicsSceneMouseEvent

    from journey_studio.gui.canvas.editor import CanvasEditor


class TextEditing(Interaction):
    """Edit one piece of text over ``rect`` (scene coordinates)."""

    def __init__(
        self,
        editor: CanvasEditor,
        rect: QRectF,
        text: str,
        commit: Callable[[str], object],
        *,
        font_size: float = 10.0,
        suggest: Suggest | None = None,
    ) -> None:
        super().__init__(editor)
        self._rect = QRectF(rect)
        self._text = text
        self._commit = commit
        self._font_size = font_size
        self._suggest = suggest
        self.text_item: InlineTextEditor | None = None

    def start(self) -> None:
        item = InlineTextEditor(
            self._text, self._rect, font_size=self._font_size, suggest=self._suggest
        )
        self.scene.addItem(item)
        item.committed.connect(self._on_committed)
        item.cancelled.connect(self.cancel)
        self.text_item = item
        self.editor.view.setFocus(Qt.FocusReason.OtherFocusReason)
        item.setFocus(Qt.FocusReason.OtherFocusReason)
        item.select_all()

    def mouse_press(self, event: QGraphicsSceneMouseEvent) -> bool:
        item = self.text_item
        if item is not None and item.sceneBoundingRect().contains(event.scenePos()):
            return False  # the text item places the cursor
        if item is not None:
            item.commit()
        return False

    def mouse_move(self, event: QGraphicsSceneMouseEvent) -> bool:
        return False

    def mouse_release(self, event: QGraphicsSceneMouseEvent) -> bool:
        return False

    def mouse_double_click(self, event: QGraphicsSceneMouseEvent) -> bool:
        return False

    def _on_committed(self, text: str) -> None:
        self.end()
        self._commit(text)

    def cleanup(self) -> None:
        item = self.text_item
        self.text_item = None
        if item is None:
            return
        item.committed.disconnect(self._on_committed)
        item.cancelled.disconnect(self.cancel)
        item.finish_quietly()
        item.clearFocus()
        item.hide()
        # Not removed at once: this may run inside the item's own key or focus handler.
        scene = self.scene
        QTimer.singleShot(0, scene, lambda: _remove(scene, item))


def _remove(scene: object, item: InlineTextEditor) -> None:
    try:
        if item.scene() is scene:
            item.scene().removeItem(item)
    except RuntimeError:  # already deleted with the scene's items (another journey shown)
        pass
