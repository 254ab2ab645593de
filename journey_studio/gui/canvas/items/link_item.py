"""The item of one link between two cards: what the mouse picks, selects and labels.

At rest the arrow is drawn by the map's
:class:`~journey_studio.gui.canvas.items.link_layer.LinkLayer` items (its line under the
cards, its label above them) and the item draws nothing (Qt then has nothing to paint for
it, however much of the map its bounding rect covers). Selected, the item draws the arrow
itself, above the cards, in the selection colour, and the layers leave it out. The scene
gives the item the two cards' rects with :meth:`CardLinkItem.set_ends` whenever one of them
moves, and a way to find the cards its label should keep clear of.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QLineF, QRectF
from PySide6.QtGui import QPainter, QPainterPath
from PySide6.QtWidgets import QGraphicsItem, QGraphicsObject, QStyleOptionGraphicsItem, QWidget

from journey_studio.gui.canvas.items.arrow import Arrow, CardsNear, draw_arrows

if TYPE_CHECKING:
    from journey_studio.gui.canvas.items.link_layer import LinkLayer

SELECTED_Z = 3.0
"""Above the cards (which sit at 2)."""

_DRAWS_NOTHING = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents


class CardLinkItem(QGraphicsObject):
    """One link between two cards; selectable, to label or delete it."""

    def __init__(
        self,
        link_id: str,
        layers: Sequence[LinkLayer],
        label: str = "",
        parent: QGraphicsItem | None = None,
    ) -> None:
        super().__init__(parent)
        self._link_id = link_id
        self._layers = tuple(layers)
        self._arrow = Arrow.along(QLineF(), label)
        self._resting_z = 0.0
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setFlag(_DRAWS_NOTHING)
        # Selected, the arrow may be long: told what is exposed, paint draws only that part.
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self.setToolTip(label)

    def itemChange(  # noqa: N802 (Qt override)
        self, change: QGraphicsItem.GraphicsItemChange, value: object
    ) -> object:
        if change == QGraphicsItem.GraphicsItemChange.ItemSelectedHasChanged:
            # Selected, the arrow comes above the cards it crosses, to be seen whole.
            if value:
                self._resting_z = self.zValue()
                self.setZValue(SELECTED_Z)
            else:
                self.setZValue(self._resting_z)
            self.setFlag(_DRAWS_NOTHING, not value)
            for layer in self._layers:
                layer.lift(self._link_id, bool(value))
        elif change == QGraphicsItem.GraphicsItemChange.ItemSceneHasChanged:
            if value is None:
                for layer in self._layers:
                    layer.remove(self._link_id)
            else:
                self._show()
        return super().itemChange(change, value)

    @property
    def link_id(self) -> str:
        return self._link_id

    @property
    def label(self) -> str:
        return self._arrow.label

    def line(self) -> QLineF:
        """The arrow, from the edge of its first card to the edge of its second (scene)."""
        return QLineF(self._arrow.line)

    def label_box(self) -> QRectF:
        """Where the label is (empty without one)."""
        return QRectF(self._arrow.label_box)

    @property
    def label_clear(self) -> bool:
        """Whether the label keeps clear of the cards (no label: True)."""
        return self._arrow.label_clear

    def set_label(self, label: str, cards_near: CardsNear | None = None) -> None:
        self._change(self._arrow.relabelled(label, cards_near))
        self.setToolTip(label)

    def set_ends(self, start: QRectF, end: QRectF, cards_near: CardsNear | None = None) -> None:
        """Run the arrow between these two card rects (scene coordinates), its label clear of
        the cards ``cards_near`` finds where the line has room."""
        self._change(self._arrow.moved(start, end, cards_near))

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt override)
        return self._arrow.bounds

    def shape(self) -> QPainterPath:
        return self._arrow.shape

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        detail = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        draw_arrows(painter, [self._arrow], option.exposedRect, selected=True, detail=detail)

    def _change(self, arrow: Arrow) -> None:
        if arrow is self._arrow:
            return
        self.prepareGeometryChange()
        self._arrow = arrow
        self._show()

    def _show(self) -> None:
        if self.scene() is not None:
            for layer in self._layers:
                layer.put(self._link_id, self._arrow)
