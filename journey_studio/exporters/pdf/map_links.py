"""The arrows between cards ("what leads to what"), drawn as the canvas draws them
(``items/arrow.py``): a line from the edge of one card to the edge of the other, a filled
arrow head, and the link's label on a white pill at its middle."""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import TYPE_CHECKING

from journey_studio.exporters.pdf.fonts import LINE_SPACING, REGULAR
from journey_studio.exporters.pdf.style import INK, LINK, WHITE
from journey_studio.exporters.pdf.text import measure, one_line
from journey_studio.layout import Rect

if TYPE_CHECKING:
    from journey_studio.exporters.pdf.painter import Painter
    from journey_studio.model.workshop import CardLink

HEAD = 9.0
GAP = 3.0
LABEL_SIZE = 10.0
"""The canvas writes labels at 9 units; the PDF at 10, the cards' size (see the lanes)."""
LABEL_WIDTH = 140.0
WIDTH = 1.6

Point = tuple[float, float]


def edge_point(rect: Rect, towards: Point, gap: float = GAP) -> Point:
    """Where the line from the centre of ``rect`` to ``towards`` leaves it (plus a gap)."""
    cx, cy = rect.center
    dx, dy = towards[0] - cx, towards[1] - cy
    if dx == 0 and dy == 0:
        return (cx, cy)
    half_w, half_h = rect.width / 2 + gap, rect.height / 2 + gap
    scale = min(half_w / abs(dx) if dx else math.inf, half_h / abs(dy) if dy else math.inf)
    return (cx + dx * scale, cy + dy * scale)


def arrow(start: Rect, end: Rect) -> tuple[Point, Point]:
    """The arrow from card ``start`` to card ``end``, edge to edge."""
    return edge_point(start, end.center), edge_point(end, start.center)


def draw_links(
    painter: Painter,
    links: Iterable[CardLink],
    cards: dict[str, Rect],
    window: Rect | None = None,
) -> None:
    """Draw the links whose two cards are on the map (and which cross ``window``)."""
    label_font = measure(REGULAR, LABEL_SIZE)
    for link in links:
        start, end = cards.get(link.from_card_id), cards.get(link.to_card_id)
        if start is None or end is None:
            continue
        (x1, y1), (x2, y2) = arrow(start, end)
        if window is not None:
            box = Rect(
                min(x1, x2) - HEAD,
                min(y1, y2) - HEAD,
                abs(x2 - x1) + 2 * HEAD,
                abs(y2 - y1) + 2 * HEAD,
            )
            if not window.intersects(box):
                continue
        length = math.hypot(x2 - x1, y2 - y1)
        if length == 0:
            continue
        painter.line(x1, y1, x2, y2, LINK, WIDTH)  # flat ends, as on the canvas
        angle = math.atan2(y2 - y1, x2 - x1)
        wing = math.radians(26)
        left = (x2 - HEAD * math.cos(angle - wing), y2 - HEAD * math.sin(angle - wing))
        right = (x2 - HEAD * math.cos(angle + wing), y2 - HEAD * math.sin(angle + wing))
        painter.polygon([(x2, y2), left, right], LINK)
        label = one_line(link.label)
        if label:
            text = label_font.elided_chars(label, LABEL_WIDTH)
            width = label_font.width(text) + 8.0
            height = LINE_SPACING * LABEL_SIZE + 3.0
            mx, my = (x1 + x2) / 2, (y1 + y2) / 2
            painter.rounded_rect(
                mx - width / 2, my - height / 2, width, height, 4.0, fill=WHITE, stroke=LINK
            )
            painter.text(
                mx - width / 2 + 4.0, my - height / 2 + 1.5, text, REGULAR, LABEL_SIZE, INK
            )
