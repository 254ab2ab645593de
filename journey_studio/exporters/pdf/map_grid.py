"""The grid and headers of a printed map (the scene's background and ``headers.py``).

Paper, every other channel row shaded, thin grid lines; the phase bands in their team's
colour; the stage headers on a tint of their colour with an accent bar; the channel headers
with their icon; the corner with the journey's name; and the handoffs between teams, a
dashed line down the map from a relay marker on the phase bands.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from journey_studio.exporters.pdf.fonts import BOLD, LINE_SPACING, REGULAR
from journey_studio.exporters.pdf.icons import load_icon
from journey_studio.exporters.pdf.style import (
    CARD_BORDER,
    GENERIC_CHANNEL_ICON,
    GRID_LINE,
    HANDOFF,
    HEADER,
    INK,
    MUTED,
    ROW_SHADE,
    WHITE,
    HeaderSizes,
    channel_icon_name,
    rgb,
    text_on,
    tint,
)
from journey_studio.exporters.pdf.text import measure, one_line, wrap_lines

if TYPE_CHECKING:
    from journey_studio.exporters.pdf.painter import Painter
    from journey_studio.layout import MapLayout, PhaseBand, Rect
    from journey_studio.model.workshop import Channel, Stage

H = HeaderSizes


def draw_background(painter: Painter, layout: MapLayout, line_width: float) -> None:
    """Paper, shaded rows and grid lines (the scene's ``drawBackground``)."""
    width, height = layout.size
    painter.rect(0.0, 0.0, width, height, fill=WHITE)
    for index, rect in enumerate(layout.channel_headers.values()):
        if index % 2 == 1:
            painter.rect(0.0, rect.y, width, rect.height, fill=ROW_SHADE)
    grid = layout.grid
    stage_top = min((rect.y for rect in layout.stage_headers.values()), default=grid.y)
    segments = [(0.0, grid.y, width, grid.y)]
    segments += [(0.0, rect.bottom, width, rect.bottom) for rect in layout.channel_headers.values()]
    segments += [(0.0, lane.rect.bottom, width, lane.rect.bottom) for lane in layout.lanes]
    segments += [(rect.x, stage_top, rect.x, height) for rect in layout.stage_headers.values()]
    painter.lines(segments, GRID_LINE, line_width)


def draw_frame(painter: Painter, layout: MapLayout, line_width: float) -> None:
    """The thin frame around the whole map."""
    width, height = layout.size
    painter.rect(0.0, 0.0, width, height, stroke=CARD_BORDER, line_width=line_width)


def draw_phase_band(painter: Painter, band: PhaseBand) -> None:
    """The band above the stages one team owns, in its colour, its name centred."""
    rect = band.rect
    fill = rgb(band.colour)
    painter.rect(rect.x, rect.y, rect.width, rect.height, fill=fill)
    font = measure(BOLD, H.TEXT)
    name = font.elided_chars(one_line(band.name), rect.width - 2 * H.PADDING)
    top = rect.y + (rect.height - LINE_SPACING * H.TEXT) / 2
    painter.text(rect.x + rect.width / 2, top, name, BOLD, H.TEXT, text_on(fill), "centre")


def draw_handoff(painter: Painter, band: PhaseBand, map_height: float) -> None:
    """Where one team hands the customer over to the next (``HandoffItem``)."""
    x = band.rect.x
    marker_y = band.rect.y + band.rect.height / 2
    half = H.HANDOFF_MARKER / 2
    painter.line(x, marker_y + half, x, map_height, HANDOFF, 1.5, dash=(6.0, 3.0))
    painter.circle(x, marker_y, half, fill=WHITE, stroke=HANDOFF, line_width=1.5)
    size = H.HANDOFF_MARKER
    reach, gap, head = size * 0.28, size * 0.12, size * 0.13
    y = marker_y
    strokes = (
        (x - reach, y - gap, x + reach, y - gap),
        (x + reach - head, y - gap - head, x + reach, y - gap),
        (x + reach, y - gap, x + reach - head, y - gap + head),
        (x + reach, y + gap, x - reach, y + gap),
        (x - reach + head, y + gap - head, x - reach, y + gap),
        (x - reach, y + gap, x - reach + head, y + gap + head),
    )
    for x1, y1, x2, y2 in strokes:
        painter.line(x1, y1, x2, y2, HANDOFF, 1.4, round_cap=True)


def draw_stage_header(painter: Painter, stage: Stage, rect: Rect) -> None:
    """A stage's column header: its name on a tint of its colour, an accent bar below."""
    accent = rgb(stage.colour)
    painter.rect(rect.x, rect.y, rect.width, rect.height, fill=tint(accent, 0.85))
    painter.rect(rect.x, rect.bottom - H.ACCENT, rect.width, H.ACCENT, fill=accent)
    font = measure(BOLD, H.TEXT)
    lines, _ = wrap_lines(one_line(stage.name), font, rect.width - 2 * H.PADDING, 2)
    height = len(lines) * LINE_SPACING * H.TEXT
    top = rect.y + (rect.height - H.ACCENT - height) / 2
    painter.centred_lines(rect.x, top, rect.width, lines, BOLD, H.TEXT, INK)


def draw_channel_header(painter: Painter, channel: Channel, rect: Rect) -> None:
    """A channel's row header: its icon and its name."""
    painter.rect(rect.x, rect.y, rect.width, rect.height, fill=HEADER)
    icon = channel_icon_name(channel.icon)
    if load_icon(icon) is None:
        icon = GENERIC_CHANNEL_ICON
    icon_left = rect.x + H.PADDING + 2.0
    painter.icon(icon, icon_left, rect.y + (rect.height - H.CHANNEL_ICON) / 2, H.CHANNEL_ICON)
    left = icon_left + H.CHANNEL_ICON + H.PADDING
    font = measure(BOLD, H.TEXT)
    lines, _ = wrap_lines(one_line(channel.name), font, rect.right - left - H.PADDING, 3)
    height = len(lines) * LINE_SPACING * H.TEXT
    painter.text_lines(left, rect.y + (rect.height - height) / 2, lines, BOLD, H.TEXT, INK)


def draw_corner(painter: Painter, rect: Rect, title: str, subtitle: str) -> None:
    """The top left corner: the journey's name and what kind of journey it is."""
    painter.rect(rect.x, rect.y, rect.width, rect.height, fill=HEADER)
    width = rect.width - 2 * H.PADDING - 2.0
    title_lines, _ = wrap_lines(one_line(title), measure(BOLD, H.TITLE), width, 2)
    sub_lines, _ = wrap_lines(one_line(subtitle), measure(REGULAR, H.SUBTITLE), width, 2)
    title_height = len(title_lines) * LINE_SPACING * H.TITLE
    sub_height = len(sub_lines) * LINE_SPACING * H.SUBTITLE
    top = rect.y + (rect.height - title_height - sub_height - 2.0) / 2
    left = rect.x + H.PADDING + 2.0
    painter.text_lines(left, top, title_lines, BOLD, H.TITLE, INK)
    painter.text_lines(left, top + title_height + 2.0, sub_lines, REGULAR, H.SUBTITLE, MUTED)
