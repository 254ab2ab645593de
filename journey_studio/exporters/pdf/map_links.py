"""The arrows between cards ("what leads to what"), drawn as the canvas draws them: placed
by :mod:`journey_studio.arrows`, a line from the edge of one card to the edge of the other
and a filled head, under the cards; the link's label on a white pill on the line, clear of
the cards where the line has room, above the cards."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from journey_studio.arrows import GAP, CardIndex, Ends, arrow_ends, label_centre
from journey_studio.exporters.pdf.fonts import LINE_SPACING, REGULAR
from journey_studio.exporters.pdf.style import INK, LINK, WHITE
from journey_studio.exporters.pdf.text import measure, one_line
from journey_studio.layout import Rect

if TYPE_CHECKING:
    from journey_studio.exporters.pdf.painter import Painter
    from journey_studio.model.workshop import CardLink

HEAD = 9.0
LABEL_SIZE = 10.0
"""The canvas writes labels at 9 units; the PDF at 10, the cards' size (see the lanes)."""
LABEL_WIDTH = 140.0
WIDTH = 1.6

__all__ = ["GAP", "HEAD", "PrintedArrow", "draw_link_labels", "draw_link_lines", "plan_arrows"]


@dataclass(frozen=True, slots=True)
class PrintedArrow:
    """One arrow of a printed map, placed once for all the pages that show a part of it."""

    ends: Ends
    label: str
    """The label as printed (elided to fit), or empty."""
    label_box: Rect | None
    reach: Rect
    """Everything the arrow can ink."""


def plan_arrows(links: Iterable[CardLink], cards: Mapping[str, Rect]) -> tuple[PrintedArrow, ...]:
    """The arrows of the links whose two cards are on the map, labels placed clear of the
    cards where their lines have room."""
    label_font = measure(REGULAR, LABEL_SIZE)
    index: CardIndex | None = None
    planned = []
    for link in links:
        start, end = cards.get(link.from_card_id), cards.get(link.to_card_id)
        if start is None or end is None:
            continue
        ends = arrow_ends(start, end)
        x1, y1, x2, y2 = ends
        if x1 == x2 and y1 == y2:
            continue
        reach = Rect(
            min(x1, x2) - HEAD, min(y1, y2) - HEAD, abs(x2 - x1) + 2 * HEAD, abs(y2 - y1) + 2 * HEAD
        )
        label, box = one_line(link.label), None
        if label:
            index = index or CardIndex(cards)
            label = label_font.elided_chars(label, LABEL_WIDTH)
            width, height = label_font.width(label) + 8.0, LINE_SPACING * LABEL_SIZE + 3.0
            mx, my = label_centre(ends, (width, height), index.near)
            box = Rect(mx - width / 2, my - height / 2, width, height)
            reach = _union(reach, box)
        planned.append(PrintedArrow(ends, label, box, reach))
    return tuple(planned)


def draw_link_lines(
    painter: Painter, arrows: Iterable[PrintedArrow], window: Rect | None = None
) -> None:
    """Draw the lines and heads of the arrows (before the cards: they run under them)."""
    for arrow in arrows:
        if window is not None and not window.intersects(arrow.reach):
            continue
        x1, y1, x2, y2 = arrow.ends
        painter.line(x1, y1, x2, y2, LINK, WIDTH)  # flat ends, as on the canvas
        angle = math.atan2(y2 - y1, x2 - x1)
        wing = math.radians(26)
        left = (x2 - HEAD * math.cos(angle - wing), y2 - HEAD * math.sin(angle - wing))
        right = (x2 - HEAD * math.cos(angle + wing), y2 - HEAD * math.sin(angle + wing))
        painter.polygon([(x2, y2), left, right], LINK)


def draw_link_labels(
    painter: Painter, arrows: Iterable[PrintedArrow], window: Rect | None = None
) -> None:
    """Draw the arrows' labels (after the cards)."""
    for arrow in arrows:
        box = arrow.label_box
        if box is None or (window is not None and not window.intersects(box)):
            continue
        painter.rounded_rect(box.x, box.y, box.width, box.height, 4.0, fill=WHITE, stroke=LINK)
        painter.text(box.x + 4.0, box.y + 1.5, arrow.label, REGULAR, LABEL_SIZE, INK)


def _union(one: Rect, other: Rect) -> Rect:
    left, top = min(one.x, other.x), min(one.y, other.y)
    return Rect(left, top, max(one.right, other.right) - left, max(one.bottom, other.bottom) - top)
