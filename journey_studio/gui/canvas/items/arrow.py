"""The arrow of a link between two cards ("what leads to what"): its geometry, prepared
once, and how it is drawn.

An :class:`Arrow` runs from the edge of one card to the edge of the other, in scene
coordinates, with its head and its optional label. The resting arrows of a map are drawn
together by the :class:`~journey_studio.gui.canvas.items.link_layer.LinkLayer`; a selected
one by its own :class:`~journey_studio.gui.canvas.items.link_item.CardLinkItem`, above
the cards. Both draw with :func:`draw_arrows`, so an arrow looks the same either way.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPolygonF, QStaticText

from journey_studio.gui import palette
from journey_studio.gui.canvas.items.accents import LINK_HEX, SELECTION_HEX
from journey_studio.gui.canvas.text import cached_font, static_line

HEAD = 9.0
"""Length of the arrow head."""
GAP = 3.0
"""Room left between the arrow's ends and the cards."""
LABEL_SIZE = 9.0
LABEL_WIDTH = 140.0
PICK_WIDTH = 10.0
"""How wide the arrow is for the mouse."""
DETAIL_THRESHOLD = 0.4
"""Below this scale the label is left out."""
INK_MARGIN = 4.0
"""Pens and antialiasing reach less far than this beyond the arrow's line."""


def edge_point(rect: QRectF, towards: QPointF, gap: float = GAP) -> QPointF:
    """Where the line from the centre of ``rect`` to ``towards`` leaves ``rect`` (plus a gap)."""
    centre = rect.center()
    dx, dy = towards.x() - centre.x(), towards.y() - centre.y()
    if dx == 0 and dy == 0:
        return centre
    half_w, half_h = rect.width() / 2 + gap, rect.height() / 2 + gap
    scale = min(
        half_w / abs(dx) if dx else math.inf,
        half_h / abs(dy) if dy else math.inf,
    )
    return QPointF(centre.x() + dx * scale, centre.y() + dy * scale)


def arrow_line(start: QRectF, end: QRectF) -> QLineF:
    """The arrow from card rect ``start`` to card rect ``end``, edge to edge."""
    return QLineF(edge_point(start, end.center()), edge_point(end, start.center()))


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


Ends = tuple[float, float, float, float]
"""A segment as x1, y1, x2, y2."""


def clip_line(line: QLineF, rect: QRectF) -> QLineF | None:
    """The part of ``line`` inside ``rect``, or None when it stays outside.

    A long arrow repainted for a small exposed area is drawn only there: the painter would
    otherwise stroke it end to end before clipping.
    """
    ends = (line.x1(), line.y1(), line.x2(), line.y2())
    clipped = clip_ends(ends, (rect.left(), rect.top(), rect.right(), rect.bottom()))
    return QLineF(*clipped) if clipped is not None else None


def clip_ends(ends: Ends, box: Ends) -> Ends | None:
    """The part of segment ``ends`` inside ``box`` (left, top, right, bottom), Liang-Barsky;
    plain floats, as it runs for every arrow near a repainted area."""
    x1, y1, x2, y2 = ends
    left, top, right, bottom = box
    dx, dy = x2 - x1, y2 - y1
    start, end = 0.0, 1.0
    for p, q in ((-dx, x1 - left), (dx, right - x1), (-dy, y1 - top), (dy, bottom - y1)):
        if p == 0:
            if q < 0:
                return None
            continue
        t = q / p
        if p < 0:
            start = max(start, t)
        else:
            end = min(end, t)
        if start > end:
            return None
    return x1 + start * dx, y1 + start * dy, x1 + end * dx, y1 + end * dy


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
    shape: QPainterPath
    """What the mouse can pick: a band along the line, and the label's box."""
    bounds: QRectF
    """Everything the arrow can ink."""

    @classmethod
    def between(cls, start: QRectF, end: QRectF, label: str = "") -> Arrow:
        """The arrow from card rect ``start`` to card rect ``end`` (scene coordinates)."""
        return cls.along(arrow_line(start, end), label)

    @classmethod
    def along(cls, line: QLineF, label: str = "", label_text: QStaticText | None = None) -> Arrow:
        if label_text is None:
            label_text = (
                static_line(label, cached_font(LABEL_SIZE), LABEL_WIDTH) if label else QStaticText()
            )
        head = arrow_head(line)
        shape = QPainterPath()
        shape.setFillRule(Qt.FillRule.WindingFill)
        shape.addPolygon(_band(line, PICK_WIDTH / 2))  # wider than the head
        shape.closeSubpath()
        bounds = shape.boundingRect()
        label_box = QRectF()
        if label:
            size = label_text.size()
            middle = line.center()
            label_box = QRectF(
                middle.x() - size.width() / 2 - 4.0,
                middle.y() - size.height() / 2 - 1.5,
                size.width() + 8.0,
                size.height() + 3.0,
            )
            shape.addRect(label_box)
            bounds = bounds.united(label_box.adjusted(-1.0, -1.0, 1.0, 1.0))
        return cls(
            line=QLineF(line),
            ends=(line.x1(), line.y1(), line.x2(), line.y2()),
            head=head,
            head_box=head.boundingRect(),
            label=label,
            label_text=label_text,
            label_box=label_box,
            shape=shape,
            bounds=bounds.adjusted(-2.0, -2.0, 2.0, 2.0),
        )

    def moved(self, start: QRectF, end: QRectF) -> Arrow:
        """This arrow between two other card rects (the label's text is kept as laid out)."""
        line = arrow_line(start, end)
        if line == self.line:
            return self
        return Arrow.along(line, self.label, self.label_text)

    def relabelled(self, label: str) -> Arrow:
        return self if label == self.label else Arrow.along(self.line, label)


@functools.cache
def _pen(selected: bool) -> QPen:
    pen = QPen(QColor(SELECTION_HEX if selected else LINK_HEX), 2.5 if selected else 1.6)
    # Flat ends: at these widths a round cap is not seen, and it makes Qt stroke the line
    # as curves, several times slower (~45 us instead of ~8 us for a line across a card).
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    return pen


def draw_arrows(
    painter: QPainter,
    arrows: Iterable[Arrow],
    exposed: QRectF,
    *,
    selected: bool = False,
    detail: float,
) -> None:
    """Draw what ``arrows`` ink inside ``exposed``, in one pass per kind of mark: the lines,
    then the heads, then the labels (readable above any line). The painter is antialiased
    and in scene units; ``detail`` is its level of detail: below :data:`DETAIL_THRESHOLD`
    labels are left out.
    """
    area = exposed.adjusted(-INK_MARGIN, -INK_MARGIN, INK_MARGIN, INK_MARGIN)
    box = (area.left(), area.top(), area.right(), area.bottom())
    lines: list[QLineF] = []
    heads: list[QPolygonF] = []
    labels: list[Arrow] = []
    with_labels = detail >= DETAIL_THRESHOLD
    for arrow in arrows:
        if arrow.ends[:2] == arrow.ends[2:]:
            continue
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
