"""Reorder stages or channels by dragging their headers: one "Reorder" step on release."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF

from journey_studio.gui.canvas.interactions.base import PressAndDrag
from journey_studio.gui.canvas.items.feedback import DropIndicatorItem
from journey_studio.gui.canvas.items.headers import ChannelHeaderItem, StageHeaderItem
from journey_studio.gui.canvas.scene import Z_GRID_ITEMS, Z_LIFTED
from journey_studio.model import edits

if TYPE_CHECKING:
    from PySide6.QtWidgets import QGraphicsSceneMouseEvent

    from journey_studio.gui.canvas.editor import CanvasEditor


class MoveHeaderInteraction(PressAndDrag):
    """The header follows the mouse along its axis; a line shows where it would go."""

    def __init__(
        self,
        editor: CanvasEditor,
        event: QGraphicsSceneMouseEvent,
        header: StageHeaderItem | ChannelHeaderItem,
    ) -> None:
        super().__init__(editor, event)
        self._header = header
        self._origin = QPointF(header.pos())
        self._indicator: DropIndicatorItem | None = None
        self._index: int | None = None

    @property
    def index(self) -> int | None:
        """Where the stage or channel would go if released now."""
        return self._index

    def mouse_move(self, event: QGraphicsSceneMouseEvent) -> bool:
        if not self.dragging:
            if not self.passed_drag_distance(event):
                return True
            self.dragging = True
            self._header.setZValue(Z_LIFTED)
            self._header.setOpacity(0.85)
            self._indicator = DropIndicatorItem()
            self.scene.addItem(self._indicator)
        delta = event.scenePos() - self.press_pos
        assert self._indicator is not None
        if isinstance(self._header, StageHeaderItem):
            self._header.setPos(self._origin + QPointF(delta.x(), 0.0))
            self._index, line = self.scene.stage_drop(event.scenePos().x(), self._header.stage_id)
        else:
            self._header.setPos(self._origin + QPointF(0.0, delta.y()))
            self._index, line = self.scene.channel_drop(
                event.scenePos().y(), self._header.channel_id
            )
        self._indicator.set_target(self._indicator.area(), line)
        return True

    def mouse_release(self, event: QGraphicsSceneMouseEvent) -> bool:
        index = self._index if self.dragging else None
        header = self._header
        self.restore()
        self.end()
        if index is None:
            return True
        workshop = self.scene.workshop
        assert workshop is not None
        if isinstance(header, StageHeaderItem):
            now = [stage.id for stage in workshop.stages].index(header.stage_id)
            if index != now:
                self.editor.apply(edits.MoveStage(header.stage_id, index))
        else:
            now = [channel.id for channel in workshop.channels].index(header.channel_id)
            if index != now:
                self.editor.apply(edits.MoveChannel(header.channel_id, index))
        return True

    def restore(self) -> None:
        self._header.setPos(self._origin)
        self._header.setZValue(Z_GRID_ITEMS)
        self._header.setOpacity(1.0)

    def cleanup(self) -> None:
        if self._indicator is not None:
            self.scene.removeItem(self._indicator)
            self._indicator = None
