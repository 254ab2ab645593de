"""One journey's map drawn from its layout, in map units, as the canvas stacks it.

The grid first, then the headers and lanes, the handoffs above them, the arrows between
cards, the cards over the arrows, and the arrows' labels on top (as on the canvas).
A tile of a big map draws only the cards it shows. A thumbnail (the page-assembly key) draws
the map as the canvas does when zoomed far out: headers and cards as coloured blocks.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from journey_studio.exporters.pdf.map_grid import (
    draw_background,
    draw_channel_header,
    draw_corner,
    draw_frame,
    draw_handoff,
    draw_phase_band,
    draw_stage_header,
)
from journey_studio.exporters.pdf.map_lanes import (
    draw_crm_lane,
    draw_emotion_lane,
    stage_crm,
    stage_emotions,
)
from journey_studio.exporters.pdf.map_links import (
    PrintedArrow,
    draw_link_labels,
    draw_link_lines,
    plan_arrows,
)
from journey_studio.exporters.pdf.style import HEADER, rating_colour, rgb, tint
from journey_studio.layout import LaneKind, MapLayout, Rect

if TYPE_CHECKING:
    from journey_studio.exporters.pdf.map_cards import CardPrinter
    from journey_studio.exporters.pdf.painter import Painter
    from journey_studio.exporters.pdf.wording import Wording
    from journey_studio.model.workshop import Journey, Workshop


@dataclass(frozen=True, slots=True)
class MapContent:
    """A journey's map, ready to draw: the journey (maybe one persona's cards only) and its
    layout, with the title and subtitle of its corner."""

    workshop: Workshop
    journey: Journey
    layout: MapLayout
    title: str
    subtitle: str
    arrows: tuple[PrintedArrow, ...] = field(init=False)
    """The arrows between its cards, placed once for every page that shows a part."""

    def __post_init__(self) -> None:
        arrows = plan_arrows(self.journey.links.values(), self.layout.cards)
        object.__setattr__(self, "arrows", arrows)


def draw_map(
    painter: Painter,
    content: MapContent,
    cards: CardPrinter,
    wording: Wording,
    *,
    line_width: float,
    window: Rect | None = None,
) -> None:
    """Draw the whole map (or the cards in ``window`` only) in the current map units.

    ``line_width`` is the grid lines' width in map units (hairlines on paper).
    """
    workshop, journey, layout = content.workshop, content.journey, content.layout
    draw_background(painter, layout, line_width)
    draw_frame(painter, layout, line_width)
    for band in layout.phase_bands:
        draw_phase_band(painter, band)
    stages = {stage.id: stage for stage in workshop.stages}
    channels = {channel.id: channel for channel in workshop.channels}
    for stage_id, rect in layout.stage_headers.items():
        draw_stage_header(painter, stages[stage_id], rect)
    for channel_id, rect in layout.channel_headers.items():
        draw_channel_header(painter, channels[channel_id], rect)
    draw_corner(painter, layout.corner, content.title, content.subtitle)
    stage_ids = list(layout.stage_headers)
    for lane in layout.lanes:
        if lane.kind is LaneKind.EMOTION:
            emotions = stage_emotions(journey, stage_ids)
            draw_emotion_lane(painter, lane, stage_ids, emotions, wording)
        else:
            draw_crm_lane(painter, lane, stage_ids, stage_crm(workshop, stage_ids), wording)
    previous = None
    for band in layout.phase_bands:
        if band.handoff and previous is not None:
            draw_handoff(painter, band, layout.size[1])
        previous = band
    draw_link_lines(painter, content.arrows, window)
    for card_id, rect in layout.cards.items():
        if window is None or window.intersects(rect):
            cards.draw(journey.cards[card_id], rect)
    draw_link_labels(painter, content.arrows, window)


def draw_thumbnail(painter: Painter, content: MapContent, line_width: float) -> None:
    """The map as blocks of colour: phase bands, stage headers, channel headers, cards."""
    layout = content.layout
    draw_background(painter, layout, line_width)
    draw_frame(painter, layout, line_width)
    stages = {stage.id: stage for stage in content.workshop.stages}
    for band in layout.phase_bands:
        rect = band.rect
        painter.rect(rect.x, rect.y, rect.width, rect.height, fill=rgb(band.colour))
    for stage_id, rect in layout.stage_headers.items():
        fill = tint(rgb(stages[stage_id].colour), 0.6)
        painter.rect(rect.x, rect.y, rect.width, rect.height, fill=fill)
    for rect in layout.channel_headers.values():
        painter.rect(rect.x, rect.y, rect.width, rect.height, fill=HEADER)
    corner = layout.corner
    painter.rect(corner.x, corner.y, corner.width, corner.height, fill=HEADER)
    for lane in layout.lanes:
        label = lane.label
        painter.rect(label.x, label.y, label.width, label.height, fill=HEADER)
    journey = content.journey
    for card_id, rect in layout.cards.items():
        colour = rating_colour(journey.cards[card_id].rating)
        painter.rect(rect.x, rect.y, rect.width, rect.height, fill=colour)
