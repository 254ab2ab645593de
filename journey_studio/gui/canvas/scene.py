"""The scene that shows one journey's map.

:class:`MapScene` turns a :class:`~journey_studio.layout.MapLayout` into items: one per
header, lane, handoff and card (``item_for_card`` finds a card's item by its id). The grid
itself (cells, row shading, lines) is not items: it is drawn in :meth:`drawBackground` with
a few batched calls prepared once per layout.

The scene reads the workshop only when it is asked to show a journey; items hold Qt-free
values (:class:`~journey_studio.gui.canvas.items.card_item.CardFace`, ...) and paint
themselves. Later edits will update single items through the same conversions.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QCoreApplication, QLineF, QObject, QPointF, QRectF, QSizeF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from journey_studio.gui import palette
from journey_studio.gui.canvas.items.card_item import CardFace, CardItem, PersonaChip, initials
from journey_studio.gui.canvas.items.headers import (
    ChannelHeaderItem,
    CornerItem,
    HandoffItem,
    PhaseBandItem,
    StageHeaderItem,
)
from journey_studio.gui.canvas.items.lanes import (
    CrmLaneItem,
    EmotionLaneItem,
    stage_crm,
    stage_emotions,
)
from journey_studio.gui.icons import IconLibrary
from journey_studio.layout import DEFAULT_OPTIONS, LaneKind, LayoutOptions, MapLayout, Rect
from journey_studio.layout import layout_journey as compute_layout
from journey_studio.model.vocabulary import JourneyKind
from journey_studio.model.workshop import Card, Journey, Persona, Workshop

MARGIN = 40.0
"""Room around the map in the scene, so the map never touches the view's edge."""

Z_GRID_ITEMS = 0.0
Z_HANDOFF = 1.0
Z_CARDS = 2.0


def qrect(rect: Rect) -> QRectF:
    """A layout rect as a QRectF."""
    return QRectF(rect.x, rect.y, rect.width, rect.height)


def persona_chips(personas: Iterable[Persona]) -> dict[str, PersonaChip]:
    """Persona id -> how cards show that persona."""
    return {
        persona.id: PersonaChip(initials(persona.name), persona.colour, persona.name)
        for persona in personas
    }


def card_face(card: Card, chips: Mapping[str, PersonaChip]) -> CardFace:
    """What a card item shows for a card of the model (unknown personas are left out)."""
    return CardFace(
        text=card.text,
        rating=card.rating,
        moment_of_truth=card.moment_of_truth,
        personas=tuple(chips[pid] for pid in card.persona_ids if pid in chips),
        crm_links=len(card.crm_links),
    )


class MapScene(QGraphicsScene):
    """The map of one journey of a workshop.

    Signals:
        map_changed(): another journey (or none) is shown; the map's rect may differ.
    """

    map_changed = Signal()

    def __init__(self, icons: IconLibrary, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._icons = icons
        self._layout: MapLayout | None = None
        self._journey_id: str | None = None
        self.item_for_card: dict[str, CardItem] = {}
        """Card id -> its item, for the cards of the journey shown."""
        self.item_for_stage: dict[str, StageHeaderItem] = {}
        self.item_for_channel: dict[str, ChannelHeaderItem] = {}
        self.phase_band_items: list[PhaseBandItem] = []
        self.handoff_items: list[HandoffItem] = []
        self.emotion_lane: EmotionLaneItem | None = None
        self.crm_lane: CrmLaneItem | None = None
        self._map_rect = QRectF()
        self._shaded_rows: list[QRectF] = []
        self._grid_lines: list[QLineF] = []
        self._workspace = QBrush(QColor(palette.WORKSPACE_HEX))
        self._paper = QBrush(QColor(palette.MAP_HEX))
        self._shade = QBrush(QColor(palette.ROW_SHADE_HEX))
        self._grid_pen = QPen(QColor(palette.GRID_LINE_HEX), 0.0)
        self._grid_pen.setCosmetic(True)
        self._frame_pen = QPen(QColor(palette.CARD_BORDER_HEX), 0.0)
        self._frame_pen.setCosmetic(True)
        self.setSceneRect(QRectF(0.0, 0.0, 1.0, 1.0))

    @property
    def layout(self) -> MapLayout | None:
        """The layout of the journey shown, or None."""
        return self._layout

    @property
    def journey_id(self) -> str | None:
        return self._journey_id

    def map_rect(self) -> QRectF:
        """The map itself, without the margin around it (empty when nothing is shown)."""
        return QRectF(self._map_rect)

    def show_journey(
        self,
        workshop: Workshop,
        journey: Journey,
        options: LayoutOptions = DEFAULT_OPTIONS,
    ) -> MapLayout:
        """Replace the map with this journey's, laid out by :mod:`journey_studio.layout`."""
        layout = compute_layout(workshop, journey, options)
        self._clear_items()
        self._layout = layout
        self._journey_id = journey.id
        self._add_headers(workshop, journey, layout)
        self._add_lanes(workshop, journey, layout)
        self._add_cards(workshop, journey, layout)
        self._prepare_grid(layout)
        width, height = layout.size
        self._map_rect = QRectF(0.0, 0.0, width, height)
        self.setSceneRect(self._map_rect.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN))
        self.update()
        self.map_changed.emit()
        return layout

    def clear_map(self) -> None:
        """Show nothing."""
        self._clear_items()
        self._layout = None
        self._journey_id = None
        self._map_rect = QRectF()
        self._shaded_rows, self._grid_lines = [], []
        self.setSceneRect(QRectF(0.0, 0.0, 1.0, 1.0))
        self.update()
        self.map_changed.emit()

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: N802
        painter.fillRect(rect, self._workspace)
        if self._map_rect.isEmpty():
            return
        painter.fillRect(self._map_rect, self._paper)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._shade)
        painter.drawRects(self._shaded_rows)
        painter.setPen(self._grid_pen)
        painter.drawLines(self._grid_lines)
        painter.setPen(self._frame_pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(self._map_rect)

    def _clear_items(self) -> None:
        self.item_for_card = {}
        self.item_for_stage = {}
        self.item_for_channel = {}
        self.phase_band_items = []
        self.handoff_items = []
        self.emotion_lane = None
        self.crm_lane = None
        self.clear()

    def _place(self, item: QGraphicsItem, rect: Rect, z: float = Z_GRID_ITEMS) -> None:
        item.setPos(rect.x, rect.y)
        item.setZValue(z)
        self.addItem(item)

    def _add_headers(self, workshop: Workshop, journey: Journey, layout: MapLayout) -> None:
        stages = {stage.id: stage for stage in workshop.stages}
        channels = {channel.id: channel for channel in workshop.channels}
        previous: str | None = None
        for band in layout.phase_bands:
            item = PhaseBandItem(band.name, band.colour, _size(band.rect))
            self._place(item, band.rect)
            self.phase_band_items.append(item)
            if band.handoff and previous is not None:
                handoff = HandoffItem(
                    layout.size[1], band.rect.y + band.rect.height / 2, previous, band.name
                )
                handoff.setPos(band.rect.x, 0.0)
                handoff.setZValue(Z_HANDOFF)
                self.addItem(handoff)
                self.handoff_items.append(handoff)
            previous = band.name
        for stage_id, rect in layout.stage_headers.items():
            stage = stages[stage_id]
            tooltip = "\n".join(part for part in (stage.name, stage.definition) if part.strip())
            item = StageHeaderItem(stage_id, stage.name, stage.colour, _size(rect), tooltip)
            self._place(item, rect)
            self.item_for_stage[stage_id] = item
        for channel_id, rect in layout.channel_headers.items():
            channel = channels[channel_id]
            icon = self._icons.channel_icon(channel.icon)
            item = ChannelHeaderItem(channel_id, channel.name, icon, self._icons, _size(rect))
            self._place(item, rect)
            self.item_for_channel[channel_id] = item
        self._place(
            CornerItem(journey.name, _journey_subtitle(journey), _size(layout.corner)),
            layout.corner,
        )

    def _add_lanes(self, workshop: Workshop, journey: Journey, layout: MapLayout) -> None:
        stage_ids = list(layout.stage_headers)
        for lane in layout.lanes:
            origin = QPointF(lane.rect.x, lane.rect.y)
            columns = [qrect(lane.slots[stage_id]).translated(-origin) for stage_id in stage_ids]
            label = qrect(lane.label).translated(-origin)
            if lane.kind is LaneKind.EMOTION:
                emotion = EmotionLaneItem(
                    _size(lane.rect), label, columns, stage_emotions(journey, stage_ids)
                )
                self._place(emotion, lane.rect)
                self.emotion_lane = emotion
            elif lane.kind is LaneKind.CRM:
                crm = CrmLaneItem(_size(lane.rect), label, columns, stage_crm(workshop, stage_ids))
                self._place(crm, lane.rect)
                self.crm_lane = crm

    def _add_cards(self, workshop: Workshop, journey: Journey, layout: MapLayout) -> None:
        chips = persona_chips(workshop.personas)
        for card_id, rect in layout.cards.items():
            face = card_face(journey.cards[card_id], chips)
            item = CardItem(card_id, face, _size(rect), self._icons)
            self._place(item, rect, Z_CARDS)
            self.item_for_card[card_id] = item

    def _prepare_grid(self, layout: MapLayout) -> None:
        """The row shading and grid lines drawBackground draws, in a few batched calls."""
        width, height = layout.size
        grid = layout.grid
        stage_top = min((rect.y for rect in layout.stage_headers.values()), default=grid.y)
        self._shaded_rows = [
            QRectF(0.0, rect.y, width, rect.height)
            for index, rect in enumerate(layout.channel_headers.values())
            if index % 2 == 1
        ]
        lines = [QLineF(0.0, grid.y, width, grid.y)]
        lines += [
            QLineF(0.0, rect.bottom, width, rect.bottom) for rect in layout.channel_headers.values()
        ]
        lines += [QLineF(0.0, lane.rect.bottom, width, lane.rect.bottom) for lane in layout.lanes]
        lines += [
            QLineF(rect.x, stage_top, rect.x, height) for rect in layout.stage_headers.values()
        ]
        self._grid_lines = lines


def _size(rect: Rect) -> QSizeF:
    return QSizeF(rect.width, rect.height)


def _journey_subtitle(journey: Journey) -> str:
    kind = (
        QCoreApplication.translate("MapScene", "Target journey")
        if journey.kind is JourneyKind.TARGET
        else QCoreApplication.translate("MapScene", "Current journey")
    )
    return f"{kind} · {journey.segment}" if journey.segment.strip() else kind
