"""Select the cards a rectangle dragged over the map touches."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from journey_studio.gui.canvas.interactions.base import PressAndDrag
from journey_studio.gui.canvas.items.card_item import CardItem
from journey_studio.gui.canvas.items.feedback import RubberBandItem, point_rect

if TYPE_CHECKING:
    from PySide6.QtWidgets import QGraphicsSceneMouseEvent

    from journey_studio.gui.canvas.editor import CanvasEditor


class RubberBandSelection(PressAndDrag):
    """Press on empty space and drag: the cards the band touches are selected.

    Without Ctrl the selection starts empty (a click on empty space clears it); with Ctrl
    the band adds to it.
    """

    def __init__(self, editor: CanvasEditor, event: QGraphicsSceneMouseEvent, *, add: bool) -> None:
        super().__init__(editor, event)
        self._add = add
        self._band: RubberBandItem | None = None
        self._kept: set[str] = set()
        self._selected: set[str] = set()

    def start(self) -> None:
        if not self._add:
            self.scene.clearSelection()
        self._kept = set(self.scene.selected_card_ids())
        self._selected = set(self._kept)

    def mouse_move(self, event: QGraphicsSceneMouseEvent) -> bool:
        if not self.dragging:
            if not self.passed_drag_distance(event):
                return True
            self.dragging = True
            self._band = RubberBandItem()
            self.scene.addItem(self._band)
        assert self._band is not None
        rect = point_rect(self.press_pos, event.scenePos())
        self._band.set_rect(rect)
        touched = {
            item.card_id
            for item in self.scene.items(rect, Qt.ItemSelectionMode.IntersectsItemShape)
            if isinstance(item, CardItem)
        }
        wanted = touched | self._kept
        items = self.scene.item_for_card
        with self.scene.selection_batch():
            for card_id in self._selected - wanted:
                items[card_id].setSelected(False)
            for card_id in wanted - self._selected:
                items[card_id].setSelected(True)
        self._selected = wanted
        return True

    def mouse_release(self, event: QGraphicsSceneMouseEvent) -> bool:
        self.end()
        return True

    def restore(self) -> None:
        self.scene.select_cards(self._kept)

    def cleanup(self) -> None:
        if self._band is not None:
            self.scene.removeItem(self._band)
            self._band = None
