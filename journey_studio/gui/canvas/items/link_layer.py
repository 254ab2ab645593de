"""The arrows between cards, drawn together: their lines in one item under the cards,
their labels in another above them.

A map's arrows are long: a link from a card at the top of one stage to a card at the bottom
of another crosses the map, and its bounding rect covers hundreds of cards. With one
painted item per arrow, every repaint near any of those cards (an edit, a drag) would visit
every such arrow; on a 5,000-card map, dozens of them per edit. The layer keeps each arrow
in the square tiles its line, head and label touch, and asked to paint an area, draws the
arrows of the tiles under that area only: a repaint costs the same on any size of map.
The labels have a layer of their own, above the cards: a label is placed clear of the cards
when its line has room (:func:`journey_studio.arrows.label_centre`), and when it has not,
it is better read over a card's edge than lost under it.

The arrows' own :class:`~journey_studio.gui.canvas.items.link_item.CardLinkItem` items are
what the mouse picks and selects; a selected arrow is drawn by its item, above the cards,
and the layer leaves it out meanwhile (:meth:`LinkLayer.lift`).
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterator

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from journey_studio.gui.canvas.items.arrow import INK_MARGIN, Arrow, ArrowPart, draw_arrows

TILE = 128.0
"""The side of the square tiles arrows are filed under, in scene units."""

Tile = tuple[int, int]


def _span(low: float, high: float) -> range:
    """The tile indexes that the interval ``low``..``high`` overlaps."""
    return range(math.floor(low / TILE), math.floor(high / TILE) + 1)


def tiles_of_rect(rect: QRectF) -> Iterator[Tile]:
    """The tiles ``rect`` overlaps."""
    if rect.isEmpty():
        return
    for row in _span(rect.top(), rect.bottom()):
        for column in _span(rect.left(), rect.right()):
            yield column, row


def tiles_along(line: QLineF, margin: float) -> Iterator[Tile]:
    """The tiles a line ``margin`` thick on either side touches (a few more at most).

    Row by row: the part of the line within the row (grown by the margin) spans a run of
    columns; a long diagonal arrow touches about as many tiles as it is long in tiles, not
    the whole rectangle it is the diagonal of.
    """
    x1, y1, x2, y2 = line.x1(), line.y1(), line.x2(), line.y2()
    dx, dy = x2 - x1, y2 - y1
    for row in _span(min(y1, y2) - margin, max(y1, y2) + margin):
        if dy == 0:
            start, end = 0.0, 1.0
        else:
            top = (row * TILE - margin - y1) / dy
            bottom = ((row + 1) * TILE + margin - y1) / dy
            start, end = max(0.0, min(top, bottom)), min(1.0, max(top, bottom))
            if start > end:
                continue
        xa, xb = x1 + start * dx, x1 + end * dx
        for column in _span(min(xa, xb) - margin, max(xa, xb) + margin):
            yield column, row


def arrow_tiles(arrow: Arrow, part: ArrowPart) -> set[Tile]:
    """Every tile where this part of ``arrow`` can ink something."""
    tiles: set[Tile] = set()
    if ArrowPart.LINE in part:
        tiles.update(tiles_along(arrow.line, INK_MARGIN))
        tiles.update(tiles_of_rect(arrow.head_box.adjusted(-1.0, -1.0, 1.0, 1.0)))
    if ArrowPart.LABEL in part and arrow.label:
        tiles.update(tiles_of_rect(arrow.label_box.adjusted(-1.0, -1.0, 1.0, 1.0)))
    return tiles


class LinkLayer(QGraphicsItem):
    """One part (lines or labels) of every resting arrow of the map, in one item."""

    def __init__(
        self,
        part: ArrowPart = ArrowPart.LINE | ArrowPart.LABEL,
        parent: QGraphicsItem | None = None,
    ) -> None:
        super().__init__(parent)
        self._part = part
        self._arrows: dict[str, Arrow] = {}
        self._rank: dict[str, int] = {}
        """The order arrows are drawn in (the order they came), where they overlap."""
        self._ranks = itertools.count()
        self._tiles_of: dict[str, set[Tile]] = {}
        self._links_in: dict[Tile, set[str]] = {}
        self._lifted: set[str] = set()
        self._bounds = QRectF()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def arrow(self, link_id: str) -> Arrow | None:
        return self._arrows.get(link_id)

    @property
    def part(self) -> ArrowPart:
        return self._part

    def put(self, link_id: str, arrow: Arrow) -> None:
        """Show ``arrow`` for this link (in place of the one it had)."""
        old = self._arrows.get(link_id)
        if old is arrow:
            return
        if old is not None:
            self._unfile(link_id)
            self.update(old.bounds)
        if not self._bounds.contains(arrow.bounds):
            self.prepareGeometryChange()
            self._bounds = self._bounds.united(arrow.bounds) if self._arrows else arrow.bounds
        self._arrows[link_id] = arrow
        if link_id not in self._rank:
            self._rank[link_id] = next(self._ranks)
        tiles = arrow_tiles(arrow, self._part)
        self._tiles_of[link_id] = tiles
        for tile in tiles:
            self._links_in.setdefault(tile, set()).add(link_id)
        self.update(arrow.bounds)

    def remove(self, link_id: str) -> None:
        arrow = self._arrows.pop(link_id, None)
        if arrow is None:
            return
        self._unfile(link_id)
        self._lifted.discard(link_id)
        del self._rank[link_id]
        self.update(arrow.bounds)

    def lift(self, link_id: str, lifted: bool) -> None:
        """Leave this link's arrow out (its item draws it, selected) or draw it again."""
        if lifted == (link_id in self._lifted):
            return
        if lifted:
            self._lifted.add(link_id)
        else:
            self._lifted.discard(link_id)
        arrow = self._arrows.get(link_id)
        if arrow is not None:
            self.update(arrow.bounds)

    def links_in(self, rect: QRectF) -> list[str]:
        """The links whose arrows this layer draws in ``rect``, in the order they are drawn."""
        found = self.links_near(rect) - self._lifted
        return sorted(found, key=self._rank.__getitem__)

    def links_near(self, rect: QRectF) -> set[str]:
        """The links filed under the tiles ``rect`` touches, selected ones too: those whose
        part drawn by this layer may pass there."""
        found: set[str] = set()
        for tile in tiles_of_rect(rect.adjusted(-INK_MARGIN, -INK_MARGIN, INK_MARGIN, INK_MARGIN)):
            found.update(self._links_in.get(tile, ()))
        return found

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt override)
        return self._bounds

    def shape(self) -> QPainterPath:
        """Nothing to pick: the arrows' own items are."""
        return QPainterPath()

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        exposed = option.exposedRect
        links = self.links_in(exposed)
        if not links:
            return
        detail = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        arrows = self._arrows
        drawn = [arrows[link_id] for link_id in links]
        draw_arrows(painter, drawn, exposed, parts=self._part, detail=detail)

    def _unfile(self, link_id: str) -> None:
        for tile in self._tiles_of.pop(link_id, ()):
            links = self._links_in.get(tile)
            if links is not None:
                links.discard(link_id)
                if not links:
                    del self._links_in[tile]
