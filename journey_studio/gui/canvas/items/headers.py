"""The map's headers: phase bands (and the handoffs between teams), stage and channel
headers, and the corner with the journey's title."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLineF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen, QStaticText
from PySide6.QtWidgets import QGraphicsItem, QGraphicsObject, QStyleOptionGraphicsItem, QWidget

from journey_studio.gui import palette
from journey_studio.gui.canvas.items.base import MapRectItem
from journey_studio.gui.canvas.text import cached_font, static_line, static_lines, wrap_lines

if TYPE_CHECKING:
    from journey_studio.gui.icons import IconLibrary

HEADER_TEXT_SIZE = 11.0
PADDING = 8.0
ACCENT = 3.0
"""Height of the stage colour's bar along the bottom of a stage header."""


def _centred(static: QStaticText, area: QRectF) -> QPointF:
    size = static.size()
    return QPointF(
        area.x() + (area.width() - size.width()) / 2,
        area.y() + (area.height() - size.height()) / 2,
    )


class PhaseBandItem(MapRectItem):
    """The band above the stages one team owns (Marketing, Sales, ...), in its colour."""

    def __init__(
        self, name: str, colour: str, size: QSizeF, parent: QGraphicsItem | None = None
    ) -> None:
        super().__init__(size, parent)
        self._name = name
        self._fill = palette.colour(colour)
        self._ink = palette.text_on(self._fill)
        self._label = QStaticText()
        self.setToolTip(name)
        self._rebuild()

    @property
    def name(self) -> str:
        return self._name

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        painter.fillRect(self._rect, self._fill)
        painter.setPen(self._ink)
        painter.setFont(_header_font())
        painter.drawStaticText(_centred(self._label, self._rect), self._label)

    def _rebuild(self) -> None:
        self._label = static_line(self._name, _header_font(), self._rect.width() - 2 * PADDING)


class HandoffItem(QGraphicsObject):
    """Where one team hands the customer over to the next: a dashed line down the map and a
    marker on the phase bands. Positioned at (handoff x, top of the map)."""

    MARKER = 18.0

    def __init__(
        self,
        height: float,
        marker_y: float,
        from_team: str,
        to_team: str,
        parent: QGraphicsItem | None = None,
    ) -> None:
        super().__init__(parent)
        half = self.MARKER / 2 + 1.0
        self._height = height
        self._marker_y = marker_y
        self._rect = QRectF(-half, 0.0, 2 * half, height)
        self._arrows = _handoff_arrows(QPointF(0.0, marker_y), self.MARKER)
        self.from_team = from_team
        self.to_team = to_team
        self.setToolTip(self.tr("Handoff: %1 → %2").replace("%1", from_team).replace("%2", to_team))
        ink = QColor(palette.HANDOFF_HEX)
        self._line_pen = QPen(ink, 1.5, Qt.PenStyle.DashLine)
        self._ring_pen = QPen(ink, 1.5)
        self._arrow_pen = QPen(ink, 1.4)
        self._arrow_pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        self._arrow_pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        self._marker_fill = QColor(palette.MAP_HEX)

    def set_height(self, height: float) -> None:
        """Run the line down to a new map height."""
        if height == self._height:
            return
        self.prepareGeometryChange()
        self._height = height
        self._rect.setHeight(height)

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt override)
        return self._rect

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        half = self.MARKER / 2
        painter.setPen(self._line_pen)
        painter.drawLine(QLineF(0.0, self._marker_y + half, 0.0, self._height))
        painter.setPen(self._ring_pen)
        painter.setBrush(self._marker_fill)
        painter.drawEllipse(QPointF(0.0, self._marker_y), half, half)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(self._arrow_pen)
        painter.drawPath(self._arrows)


def _handoff_arrows(centre: QPointF, size: float) -> QPainterPath:
    """Two opposite arrows (⇄) in a circle of diameter ``size``: a relay."""
    path = QPainterPath()
    x, y = centre.x(), centre.y()
    reach, gap, head = size * 0.28, size * 0.12, size * 0.13
    path.moveTo(x - reach, y - gap)
    path.lineTo(x + reach, y - gap)
    path.moveTo(x + reach - head, y - gap - head)
    path.lineTo(x + reach, y - gap)
    path.lineTo(x + reach - head, y - gap + head)
    path.moveTo(x + reach, y + gap)
    path.lineTo(x - reach, y + gap)
    path.moveTo(x - reach + head, y + gap - head)
    path.lineTo(x - reach, y + gap)
    path.lineTo(x - reach + head, y + gap + head)
    return path


class StageHeaderItem(MapRectItem):
    """A stage's column header: its name on a tint of its colour."""

    def __init__(
        self,
        stage_id: str,
        name: str,
        colour: str,
        size: QSizeF,
        tooltip: str = "",
        parent: QGraphicsItem | None = None,
    ) -> None:
        super().__init__(size, parent)
        self.stage_id = stage_id
        self._name = name
        self._accent = palette.colour(colour)
        self._fill = palette.tint(self._accent, 0.85)
        self._lines: list[QStaticText] = []
        self.setToolTip(tooltip or name)
        self._rebuild()

    @property
    def name(self) -> str:
        return self._name

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        rect = self._rect
        painter.fillRect(rect, self._fill)
        accent = QRectF(rect.x(), rect.bottom() - ACCENT, rect.width(), ACCENT)
        painter.fillRect(accent, self._accent)
        painter.setPen(QColor(palette.INK_HEX))
        painter.setFont(_header_font())
        height = sum(line.size().height() for line in self._lines)
        y = (rect.height() - ACCENT - height) / 2
        for line in self._lines:
            size = line.size()
            painter.drawStaticText(QPointF((rect.width() - size.width()) / 2, y), line)
            y += size.height()

    def _rebuild(self) -> None:
        font = _header_font()
        lines, _ = wrap_lines(self._name, font, self._rect.width() - 2 * PADDING, 2)
        self._lines = [static_line(line, font) for line in lines]


class ChannelHeaderItem(MapRectItem):
    """A channel's row header: its icon and name."""

    ICON = 20.0

    def __init__(
        self,
        channel_id: str,
        name: str,
        icon: str,
        icons: IconLibrary,
        size: QSizeF,
        parent: QGraphicsItem | None = None,
    ) -> None:
        super().__init__(size, parent)
        self.channel_id = channel_id
        self._name = name
        self._icon = icon
        self._icons = icons
        self._label = QStaticText()
        self.setToolTip(name)
        self._rebuild()

    @property
    def name(self) -> str:
        return self._name

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        rect = self._rect
        painter.fillRect(rect, QColor(palette.HEADER_HEX))
        top = (rect.height() - self.ICON) / 2
        if self._icon:
            self._icons.paint(painter, self._icon, QRectF(PADDING + 2.0, top, self.ICON, self.ICON))
        painter.setPen(QColor(palette.INK_HEX))
        painter.setFont(_header_font())
        height = self._label.size().height()
        painter.drawStaticText(
            QPointF(self._text_left(), (rect.height() - height) / 2), self._label
        )

    def _text_left(self) -> float:
        return PADDING + 2.0 + self.ICON + PADDING

    def _rebuild(self) -> None:
        font = _header_font()
        width = self._rect.width() - self._text_left() - PADDING
        lines, _ = wrap_lines(self._name, font, width, 3)
        self._label = static_lines(lines, font)


class CornerItem(MapRectItem):
    """The top left corner: the journey's name and what kind of journey it is."""

    def __init__(
        self, title: str, subtitle: str, size: QSizeF, parent: QGraphicsItem | None = None
    ) -> None:
        super().__init__(size, parent)
        self._title_text = title
        self._subtitle_text = subtitle
        self._title = QStaticText()
        self._subtitle = QStaticText()
        self.setToolTip(f"{title}\n{subtitle}" if subtitle else title)
        self._rebuild()

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        rect = self._rect
        painter.fillRect(rect, QColor(palette.HEADER_HEX))
        title, subtitle = self._title.size(), self._subtitle.size()
        top = (rect.height() - title.height() - subtitle.height() - 2.0) / 2
        painter.setPen(QColor(palette.INK_HEX))
        painter.setFont(_title_font())
        painter.drawStaticText(QPointF(PADDING + 2.0, top), self._title)
        painter.setPen(QColor(palette.MUTED_INK_HEX))
        painter.setFont(_subtitle_font())
        painter.drawStaticText(QPointF(PADDING + 2.0, top + title.height() + 2.0), self._subtitle)

    def _rebuild(self) -> None:
        width = self._rect.width() - 2 * PADDING - 2.0
        lines, _ = wrap_lines(self._title_text, _title_font(), width, 2)
        self._title = static_lines(lines, _title_font())
        sub, _ = wrap_lines(self._subtitle_text, _subtitle_font(), width, 2)
        self._subtitle = static_lines(sub, _subtitle_font())


def _header_font() -> QFont:
    return cached_font(HEADER_TEXT_SIZE, bold=True)


def _title_font() -> QFont:
    return cached_font(13.0, bold=True)


def _subtitle_font() -> QFont:
    return cached_font(10.0)
