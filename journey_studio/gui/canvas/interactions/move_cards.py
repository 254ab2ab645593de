"""Drag one or many cards to another cell, or to another place in their cell.

While the mouse moves, the cards follow it and a drop indicator shows the target cell and
the insertion line; nothing changes in the model. On release the cards are put back where
they were and one ``move_cards`` edit is made: the scene then moves them to their new place
(as it would for an undo). Escape, or a drop off the grid, leaves everything as it was.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF

from journey_studio.gui.canvas.interactions.base import PressAndDrag
from journey_studio.gui.canvas.items.feedback import DropIndicatorItem
from journey_studio.gui.canvas.scene import Z_CARDS, Z_LIFTED, DropTarget
from journey_studio.model import edits

if TYPE_CHECKING:
    from PySide6.QtWidgets import QGraphicsSceneMouseEvent

    from journey_studio.gui.canvas.editor import CanvasEditor

LIFTED_OPACITY = 0.85


class MoveCardsInteraction(PressAndDrag):
    """Press on a selected card, drag, release: one "Move card(s)" step.

    A release before the mouse went past the drag distance is a click: it selects only the
    pressed card (unless Ctrl toggled it).
    """

    def __init__(
        self,
        editor: CanvasEditor,
        event: QGraphicsSceneMouseEvent,
        card_id: str,
        *,
        toggled: bool,
    ) -> None:
        super().__init__(editor, event)
        self._card_id = card_id
        self._toggled = toggled
        self._moving: list[str] = []
        self._origins: dict[str, QPointF] = {}
        self._indicator: DropIndicatorItem | None = None
        self._target: DropTarget | None = None

    @property
    def moving(self) -> list[str]:
        """The cards being dragged, in reading order."""
        return list(self._moving)

    @property
    def target(self) -> DropTarget | None:
        """Where the cards would go if released now."""
        return self._target

    def mouse_move(self, event: QGraphicsSceneMouseEvent) -> bool:
        if not self.dragging:
            if not self.passed_drag_distance(event):
                return True
            self._lift()
        delta = event.scenePos() - self.press_pos
        items = self.scene.item_for_card
        for card_id, origin in self._origins.items():
            items[card_id].setPos(origin + delta)
        self.scene.refresh_links_of(self._moving)
        self._target = self.scene.drop_target(event.scenePos(), self._moving)
        assert self._indicator is not None
        if self._target is None:
            self._indicator.clear()
        else:
            self._indicator.set_target(self._target.area, self._target.line)
        return True

    def mouse_release(self, event: QGraphicsSceneMouseEvent) -> bool:
        if not self.dragging:
            if not self._toggled:
                self.scene.select_cards([self._card_id])
            self.end()
            return True
        target = self._target
        moving = list(self._moving)
        self.restore()
        self.end()
        journey = self.scene.journey
        if target is None or journey is None or self._changes_nothing(target, moving):
            return True
        stage_id, channel_id = target.cell
        self.editor.apply(edits.move_cards(journey.id, moving, stage_id, channel_id, target.index))
        return True

    def _lift(self) -> None:
        self.dragging = True
        selected = self.scene.selected_card_ids()
        if self._card_id not in selected:
            selected = self.scene.in_reading_order([*selected, self._card_id])
        self._moving = selected
        items = self.scene.item_for_card
        for card_id in self._moving:
            item = items[card_id]
            self._origins[card_id] = QPointF(item.pos())
            item.setZValue(Z_LIFTED)
            item.setOpacity(LIFTED_OPACITY)
        self._indicator = DropIndicatorItem()
        self.scene.addItem(self._indicator)

    def _changes_nothing(self, target: DropTarget, moving: list[str]) -> bool:
        journey = self.scene.journey
        assert journey is not None
        now = journey.cell_card_ids(*target.cell)
        others = [card_id for card_id in now if card_id not in set(moving)]
        index = max(0, min(target.index, len(others)))
        return now == [*others[:index], *moving, *others[index:]]

    def restore(self) -> None:
        items = self.scene.item_for_card
        for card_id, origin in self._origins.items():
            item = items.get(card_id)
            if item is not None:
                item.setPos(origin)
                item.setZValue(Z_CARDS)
                item.setOpacity(0.22 if item.dimmed else 1.0)
        self.scene.refresh_links_of(self._origins)
        self._origins = {}

    def cleanup(self) -> None:
        if self._indicator is not None:
            self.scene.removeItem(self._indicator)
            self._indicator = None
