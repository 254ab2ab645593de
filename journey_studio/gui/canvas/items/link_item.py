"""An arrow from one card to another ("what leads to what"), with its optional label.

The arrow runs from the edge of one card to the edge of the other, in scene coordinates
(the item stays at the origin). The scene gives it the two cards' rects with
:meth:`CardLinkItem.set_ends` whenever one of them moves; the path, the arrow head and the
label's place are prepared there, never in ``paint``.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QStaticText,
)
from PySide6.QtWidgets import QGraphicsItem, QGraphicsObject, QStyleOptionGraphicsItem, QWidget

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
EXPOSED_MARGIN = 4.0
"""Pens, round caps and antialiasing reach less far than this beyond the arrow's line."""
SELECTED_Z = 3.0
"""Above the cards (which sit at 2)."""


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


def clip_line(line: QLineF, rect: QRectF) -> QLineF | None:
    """The part of ``line`` inside ``rect`` (Liang-Barsky), or None when it stays outside.

    A long arrow repainted for a small exposed area is drawn only there: the painter would
    otherwise stroke it end to end before clipping.
    """
    x1, y1, dx, dy = line.x1(), line.y1(), line.dx(), line.dy()
    start, end = 0.0, 1.0
    for p, q in (
        (-dx, x1 - rect.left()),
        (dx, rect.right() - x1),
        (-dy, y1 - rect.top()),
        (dy, rect.bottom() - y1),
    ):
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
    return QLineF(x1 + start * dx, y1 + start * dy, x1 + end * dx, y1 + end * dy)


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


class CardLinkItem(QGraphicsObject):
    """The arrow of one link between two cards; selectable, to label or delete it."""

    def __init__(self, link_id: str, label: str = "", parent: QGraphicsItem | None = None) -> None:
        super().__init__(parent)
        self._link_id = link_id
        self._label_text = label
        self._line = QLineF()
        self._head = QPolygonF()
        self._shape = QPainterPath()
        self._bounds = QRectF()
        self._label = QStaticText()
        self._label_box = QRectF()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        # A long arrow's bounding rect covers many cards: told what is exposed, paint skips
        # the repaints of a card it only passes by (the common case after an edit).
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self._set_label_text(label)
        self._resting_z = 0.0

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
        return super().itemChange(change, value)

    @property
    def link_id(self) -> str:
        return self._link_id

    @property
    def label(self) -> str:
        return self._label_text

    def line(self) -> QLineF:
        """The arrow, from the edge of its first card to the edge of its second (scene)."""
        return QLineF(self._line)

    def set_label(self, label: str) -> None:
        if label == self._label_text:
            return
        self.prepareGeometryChange()
        self._set_label_text(label)
        self._rebuild()

    def set_ends(self, start: QRectF, end: QRectF) -> None:
        """Run the arrow between these two card rects (scene coordinates)."""
        line = arrow_line(start, end)
        if line == self._line:
            return
        self.prepareGeometryChange()
        self._line = line
        self._rebuild()

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt override)
        return self._bounds

    def shape(self) -> QPainterPath:
        return self._shape

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        if self._line.length() == 0:
            return
        exposed = option.exposedRect.adjusted(
            -EXPOSED_MARGIN, -EXPOSED_MARGIN, EXPOSED_MARGIN, EXPOSED_MARGIN
        )
        shown = clip_line(self._line, exposed) if self._shape.intersects(exposed) else None
        if shown is None and not (self._label_text and self._label_box.intersects(exposed)):
            return
        selected = self.isSelected()
        colour = QColor(SELECTION_HEX if selected else LINK_HEX)
        detail = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(colour, 2.5 if selected else 1.6)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        if shown is not None:
            painter.drawLine(shown)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawPolygon(self._head)
        if self._label_text and detail >= DETAIL_THRESHOLD:
            painter.setPen(QPen(colour, 1.0))
            painter.setBrush(QBrush(QColor(palette.MAP_HEX)))
            painter.drawRoundedRect(self._label_box, 4.0, 4.0)
            painter.setPen(QColor(palette.INK_HEX))
            painter.setFont(cached_font(LABEL_SIZE))
            painter.drawStaticText(self._label_box.topLeft() + QPointF(4.0, 1.5), self._label)

    def _set_label_text(self, label: str) -> None:
        self._label_text = label
        self.setToolTip(label)
        self._label = (
            static_line(label, cached_font(LABEL_SIZE), LABEL_WIDTH) if label else (QStaticText())
        )

    def _rebuild(self) -> None:
        self._head = arrow_head(self._line)
        self._shape = QPainterPath()
        self._shape.setFillRule(Qt.FillRule.WindingFill)
        self._shape.addPolygon(_band(self._line, PICK_WIDTH / 2))  # wider than the head
        self._shape.closeSubpath()
        bounds = self._shape.boundingRect()
        if self._label_text:
            size = self._label.size()
            middle = self._line.center()
            self._label_box = QRectF(
                middle.x() - size.width() / 2 - 4.0,
                middle.y() - size.height() / 2 - 1.5,
                size.width() + 8.0,
                size.height() + 3.0,
            )
            self._shape.addRect(self._label_box)
            bounds = bounds.united(self._label_box.adjusted(-1.0, -1.0, 1.0, 1.0))
        self._bounds = bounds.adjusted(-2.0, -2.0, 2.0, 2.0)
