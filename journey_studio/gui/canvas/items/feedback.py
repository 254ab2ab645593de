"""What the canvas shows while the mouse works: the drop target of a drag, the rubber band,
the arrow being drawn. Each is one light item that a mouse tool adds, moves and removes;
it never touches the model."""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsObject, QStyleOptionGraphicsItem, QWidget

from journey_studio.gui.canvas.items.accents import DROP_HEX, LINK_HEX, SELECTION_HEX
from journey_studio.gui.canvas.items.arrow import arrow_head

Z_FEEDBACK = 50.0
LINE_WIDTH = 3.0
CAP = 4.0
"""Radius of the dots at both ends of an insertion line."""


class DropIndicatorItem(QGraphicsObject):
    """Where a drag would drop: the target area tinted and the insertion line drawn across.

    Both are optional: a card drag shows a cell and a line; a header drag only a line.
    """

    def __init__(self, parent: QGraphicsItem | None = None) -> None:
        super().__init__(parent)
        self._area = QRectF()
        self._line = QLineF()
        self._bounds = QRectF()
        self.setZValue(Z_FEEDBACK)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def area(self) -> QRectF:
        return QRectF(self._area)

    def line(self) -> QLineF:
        """The insertion line (scene coordinates); null when nothing would be dropped."""
        return QLineF(self._line)

    def set_target(self, area: QRectF, line: QLineF) -> None:
        if area == self._area and line == self._line:
            return
        self.prepareGeometryChange()
        self._area = QRectF(area)
        self._line = QLineF(line)
        bounds = QRectF(self._area)
        if not self._line.isNull():
            ends = QRectF(self._line.p1(), self._line.p2()).normalized()
            bounds = bounds.united(ends) if not bounds.isNull() else ends
        margin = CAP + LINE_WIDTH
        self._bounds = bounds.adjusted(-margin, -margin, margin, margin)

    def clear(self) -> None:
        self.set_target(QRectF(), QLineF())

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt override)
        return self._bounds

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        colour = QColor(DROP_HEX)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self._area.isNull():
            fill = QColor(colour)
            fill.setAlpha(28)
            border = QPen(colour, 1.5, Qt.PenStyle.DashLine)
            border.setCosmetic(True)
            painter.setPen(border)
            painter.setBrush(fill)
            painter.drawRect(self._area.adjusted(1.0, 1.0, -1.0, -1.0))
        if not self._line.isNull():
            pen = QPen(colour, LINE_WIDTH)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.drawLine(self._line)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawEllipse(self._line.p1(), CAP, CAP)
            painter.drawEllipse(self._line.p2(), CAP, CAP)


class RubberBandItem(QGraphicsObject):
    """The rectangle dragged over empty space to select the cards it touches."""

    def __init__(self, parent: QGraphicsItem | None = None) -> None:
        super().__init__(parent)
        self._rect = QRectF()
        self.setZValue(Z_FEEDBACK)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def rect(self) -> QRectF:
        return QRectF(self._rect)

    def set_rect(self, rect: QRectF) -> None:
        rect = rect.normalized()
        if rect == self._rect:
            return
        self.prepareGeometryChange()
        self._rect = rect

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt override)
        return self._rect.adjusted(-2.0, -2.0, 2.0, 2.0)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        colour = QColor(SELECTION_HEX)
        fill = QColor(colour)
        fill.setAlpha(36)
        pen = QPen(colour, 1.0)
        pen.setCosmetic(True)
        painter.setPen(pen)
        painter.setBrush(fill)
        painter.drawRect(self._rect)


class LinkPreviewItem(QGraphicsObject):
    """The dashed arrow that follows the mouse while a link between two cards is drawn."""

    def __init__(self, parent: QGraphicsItem | None = None) -> None:
        super().__init__(parent)
        self._line = QLineF()
        self._head = QPolygonF()
        self.setZValue(Z_FEEDBACK)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def line(self) -> QLineF:
        return QLineF(self._line)

    def set_line(self, line: QLineF) -> None:
        if line == self._line:
            return
        self.prepareGeometryChange()
        self._line = QLineF(line)
        self._head = arrow_head(self._line, 11.0)

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt override)
        ends = QRectF(self._line.p1(), self._line.p2()).normalized()
        return ends.united(self._head.boundingRect()).adjusted(-4.0, -4.0, 4.0, 4.0)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        colour = QColor(LINK_HEX)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(colour, 2.0, Qt.PenStyle.DashLine))
        painter.drawLine(self._line)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawPolygon(self._head)
        painter.drawEllipse(self._line.p1(), 3.5, 3.5)


def point_rect(point: QPointF, other: QPointF) -> QRectF:
    """The rectangle with these two corners."""
    return QRectF(point, other).normalized()
