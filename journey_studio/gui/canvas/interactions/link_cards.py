"""Draw an arrow from one card to another: press on a card with Shift (or with the link
tool on), drag to the other card, release. One "Link cards" step."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLineF

from journey_studio.gui.canvas.interactions.base import PressAndDrag
from journey_studio.gui.canvas.items.arrow import arrow_line, edge_point
from journey_studio.gui.canvas.items.feedback import LinkPreviewItem
from journey_studio.model import edits
from journey_studio.model.workshop import CardLink

if TYPE_CHECKING:
    from PySide6.QtWidgets import QGraphicsSceneMouseEvent

    from journey_studio.gui.canvas.editor import CanvasEditor


class LinkCardsInteraction(PressAndDrag):
    """A dashed arrow follows the mouse from the first card; it snaps onto a card under it."""

    def __init__(
        self, editor: CanvasEditor, event: QGraphicsSceneMouseEvent, from_card_id: str
    ) -> None:
        super().__init__(editor, event)
        self.from_card_id = from_card_id
        self._preview: LinkPreviewItem | None = None
        self._to: str | None = None

    def start(self) -> None:
        self._preview = LinkPreviewItem()
        self.scene.addItem(self._preview)

    def mouse_move(self, event: QGraphicsSceneMouseEvent) -> bool:
        assert self._preview is not None
        point = event.scenePos()
        start = self.scene.card_rect(self.from_card_id)
        target = self.scene.card_at(point)
        self._to = target if target != self.from_card_id else None
        if self._to is not None:
            line = arrow_line(start, self.scene.card_rect(self._to))
        elif start.contains(point):
            line = QLineF()
        else:
            line = QLineF(edge_point(start, point), point)
        self._preview.set_line(line)
        return True

    def mouse_release(self, event: QGraphicsSceneMouseEvent) -> bool:
        self.mouse_move(event)
        target = self._to
        self.end()
        journey = self.scene.journey
        if target is not None and journey is not None:
            link = CardLink(self.from_card_id, target)
            self.editor.apply(edits.AddCardLink(journey.id, link))
        return True

    def cleanup(self) -> None:
        if self._preview is not None:
            self.scene.removeItem(self._preview)
            self._preview = None
