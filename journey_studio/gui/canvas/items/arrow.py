"""The arrow of a link between two cards ("what leads to what"): its geometry, prepared
once, and how it is drawn.

An :class:`Arrow` runs from the edge of one card to the edge of the other, in scene
coordinates, with its head and its optional label, placed by :mod:`journey_studio.arrows`
(where the PDF's arrows are placed too). The resting arrows of a map are drawn by two
:class:`~journey_studio.gui.canvas.items.link_layer.LinkLayer` items, the lines under the
cards and the labels above them; a selected arrow by its own
:class:`~journey_studio.gui.canvas.items.link_item.CardLinkItem`, above the cards. All draw
with :func:`draw_arrows`, so an arrow looks the same either way.
"""

from __future__ import annotations

import enum
import functools
import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPolygonF, QStaticText

from journey_studio import arrows
from journey_studio.arrows import Ends, clip_ends
from journey_studio.gui import palette
from journey_studio.gui.canvas.items.accents import LINK_HEX, SELECTION_HEX
from journey_studio.gui.canvas.text import cached_font, static_line
from journey_studio.layout import Rect

HEAD = 9.0
"""Length of the arrow head."""
GAP = arrows.GAP
LABEL_SIZE = 9.0
LABEL_WIDTH = 140.0
PICK_WIDTH = 10.0
"""How wide the arrow is for the mouse."""
DETAIL_THRESHOLD = 0.4
"""Below this scale the label is left out."""
INK_MARGIN = 4.0
"""Pens and antialiasing reach less far than this beyond the arrow's line."""

CardsNear = Callable[[Rect], Iterable[Rect]]
"""The rects of the cards in an area of the map (what a label keeps clear of)."""


class ArrowPart(enum.Flag):
    """What of an arrow is drawn: its line and head, its label."""

    LINE = enum.auto()
    LABEL = enum.auto()


def _no_cards(area: Rect) -> Iterable[Rect]:
    return ()


def _rect(rect: QRectF) -> Rect:
    return Rect(rect.x(), rect.y(), rect.width(), rect.height())


def edge_point(rect: QRectF, towards: QPointF, gap: float = GAP) -> QPointF:
    """Where the line from the centre of ``rect`` to ``towards`` leaves ``rect`` (plus a gap)."""
    return QPointF(*arrows.edge_point(_rect(rect), (towards.x(), towards.y()), gap))


def arrow_line(start: QRectF, end: QRectF) -> QLineF:
    """The arrow from card rect ``start`` to card rect ``end``, edge to edge."""
    return QLineF(*arrows.arrow_ends(_rect(start), _rect(end)))


def arrow_head(line: QLineF, length: float = HEAD) -> QPolygonF:
    """A filled triangle at the end of ``line``, pointing along it."""
    if line.length() == 0:
        return QPolygonF()
    angle = math.atan2(line.dy(), line.dx())
    tip = line.p2()
    wing = math.radians(26)
    left = QPointF(
        tip.x() - length * math.cos(angle - wing), tip.y() - length * math.sin(angle - wing)
    )
    right = QPointF(
        tip.x() - length * math.cos(angle + wing), tip.y() - length * math.sin(angle + wing)
    )
    return QPolygonF([tip, left, right])


def _band(line: QLineF, half_width: float) -> QPolygonF:
    """The rectangle ``half_width`` either side of ``line`` (what the mouse can pick)."""
    length = line.length()
    if length == 0:
        return QPolygonF()
    nx, ny = -line.dy() / length * half_width, line.dx() / length * half_width
    p1, p2 = line.p1(), line.p2()
    return QPolygonF(
        [
            QPointF(p1.x() + nx, p1.y() + ny),
            QPointF(p2.x() + nx, p2.y() + ny),
            QPointF(p2.x() - nx, p2.y() - ny),
            QPointF(p1.x() - nx, p1.y() - ny),
        ]
    )


@dataclass(frozen=True, eq=False)
class Arrow:
    """One arrow, ready to draw: nothing is computed in ``paint``."""

    line: QLineF
    ends: Ends
    """The line as plain floats."""
    head: QPolygonF
    head_box: QRectF
    label: str
    label_text: QStaticText
    label_box: QRectF
    """Where the label's rounded box is (empty without a label)."""
    label_clear: bool
    """Whether the label keeps clear of the cards (False: no place on the line is clear,
    and it sits at the middle, over a card)."""
    shape: QPainterPath
    """What the mouse can pick: a band along the line, and the label's box."""
    bounds: QRectF
    """Everything the arrow can ink."""

    @classmethod
    def between(
        cls, start: QRectF, end: QRectF, label: str = "", cards_near: CardsNear | None = None
    ) -> Arrow:
        """The arrow from card rect ``start`` to card rect ``end`` (scene coordinates); its
        label kept clear of the cards ``cards_near`` finds, where the line has room."""
        return cls.along(arrow_line(start, end), label, cards_near=cards_near)

    @classmethod
    def along(
        cls,
        line: QLineF,
        label: str = "",
        label_text: QStaticText | None = None,
        cards_near: CardsNear | None = None,
    ) -> Arrow:
        if label_text is None:
            label_text = (
                static_line(label, cached_font(LABEL_SIZE), LABEL_WIDTH) if label else QStaticText()
            )
        ends = (line.x1(), line.y1(), line.x2(), line.y2())
        head = arrow_head(line)
        shape = QPainterPath()
        shape.setFillRule(Qt.FillRule.WindingFill)
        shape.addPolygon(_band(line, PICK_WIDTH / 2))  # wider than the head
        shape.closeSubpath()
        bounds = shape.boundingRect()
        label_box = QRectF()
        label_clear = True
        if label:
            text = label_text.size()
            size = (text.width() + 8.0, text.height() + 3.0)
            (x, y), label_clear = arrows.place_label(ends, size, cards_near or _no_cards)
            label_box = QRectF(x - size[0] / 2, y - size[1] / 2, *size)
            # A union, not a second subpath: where the box crosses the band their windings
            # may cancel out and leave a hole the mouse falls through.
            box = QPainterPath()
            box.addRect(label_box)
            shape = shape.united(box)
            bounds = bounds.united(label_box.adjusted(-1.0, -1.0, 1.0, 1.0))
        return cls(
            line=QLineF(line),
            ends=ends,
            head=head,
            head_box=head.boundingRect(),
            label=label,
            label_text=label_text,
            label_box=label_box,
            label_clear=label_clear,
            shape=shape,
            bounds=bounds.adjusted(-2.0, -2.0, 2.0, 2.0),
        )

    def moved(self, start: QRectF, end: QRectF, cards_near: CardsNear | None = None) -> Arrow:
        """This arrow between two card rects, its label placed again among the cards as they
        are now (its text kept as laid out); itself when nothing changed."""
        return self._same_or(
            Arrow.along(arrow_line(start, end), self.label, self.label_text, cards_near)
        )

    def relabelled(self, label: str, cards_near: CardsNear | None = None) -> Arrow:
        if label == self.label:
            return self
        return Arrow.along(self.line, label, cards_near=cards_near)

    def _same_or(self, other: Arrow) -> Arrow:
        same = other.line == self.line and other.label_box == self.label_box
        return self if same else other


@functools.cache
def _pen(selected: bool) -> QPen:
    pen = QPen(QColor(SELECTION_HEX if selected else LINK_HEX), 2.5 if selected else 1.6)
    # Flat ends: at these widths a round cap is not seen, and it makes Qt stroke the line
    # as curves, several times slower (~45 us instead of ~8 us for a line across a card).
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    return pen


def draw_arrows(
    painter: QPainter,
    drawn: Iterable[Arrow],
    exposed: QRectF,
    *,
    parts: ArrowPart = ArrowPart.LINE | ArrowPart.LABEL,
    selected: bool = False,
    detail: float,
) -> None:
    """Draw the ``parts`` of the arrows ``drawn`` that ink ``exposed``, in one pass per kind
    of mark: the lines, then the heads, then the labels (readable above any line). The
    painter is antialiased and in scene units; ``detail`` is its level of detail: below
    :data:`DETAIL_THRESHOLD` labels are left out.
    """
    area = exposed.adjusted(-INK_MARGIN, -INK_MARGIN, INK_MARGIN, INK_MARGIN)
    box = (area.left(), area.top(), area.right(), area.bottom())
    lines: list[QLineF] = []
    heads: list[QPolygonF] = []
    labels: list[Arrow] = []
    with_lines = ArrowPart.LINE in parts
    with_labels = ArrowPart.LABEL in parts and detail >= DETAIL_THRESHOLD
    for arrow in drawn:
        if arrow.ends[:2] == arrow.ends[2:]:
            continue
        if with_lines:
            shown = clip_ends(arrow.ends, box)
            if shown is not None:
                lines.append(QLineF(*shown))
            if arrow.head_box.intersects(area):
                heads.append(arrow.head)
        if with_labels and arrow.label and arrow.label_box.intersects(area):
            labels.append(arrow)
    pen = _pen(selected)
    if lines:
        painter.setPen(pen)
        painter.drawLines(lines)
    if heads:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(pen.color())
        for head in heads:
            painter.drawPolygon(head)
    if labels:
        frame = QPen(pen.color(), 1.0)
        paper = QBrush(QColor(palette.MAP_HEX))
        ink = QColor(palette.INK_HEX)
        painter.setFont(cached_font(LABEL_SIZE))
        for arrow in labels:
            painter.setPen(frame)
            painter.setBrush(paper)
            painter.drawRoundedRect(arrow.label_box, 4.0, 4.0)
            painter.setPen(ink)
            painter.drawStaticText(arrow.label_box.topLeft() + QPointF(4.0, 1.5), arrow.label_text)
