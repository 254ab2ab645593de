"""Where an arrow between two cards runs, and where its label sits.

Qt-free, so that the canvas (``gui/canvas/items/arrow.py``) and the PDF
(``exporters/pdf/map_links.py``) draw the same arrows: from the edge of one card to the edge
of the other, a few units clear of both, with the label on the line where it covers no card,
as near the middle as the cards allow (in the middle when no place on the line is clear).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping
from typing import NamedTuple

from journey_studio.layout import Rect

GAP = 3.0
"""Room left between the arrow's ends and the cards."""
LABEL_CLEARANCE = 2.0
"""Room kept between a label and the cards around it."""
SEARCH_STEP = 160.0
"""How far from the middle of an arrow a label is first looked for a place (then twice as
far, and so on)."""

Point = tuple[float, float]
Ends = tuple[float, float, float, float]
"""A segment: x1, y1, x2, y2."""
Box = tuple[float, float, float, float]
"""A rectangle by its sides: left, top, right, bottom."""


def edge_point(rect: Rect, towards: Point, gap: float = GAP) -> Point:
    """Where the line from the centre of ``rect`` to ``towards`` leaves it (plus a gap)."""
    cx, cy = rect.center
    dx, dy = towards[0] - cx, towards[1] - cy
    if dx == 0 and dy == 0:
        return (cx, cy)
    half_w, half_h = rect.width / 2 + gap, rect.height / 2 + gap
    scale = min(half_w / abs(dx) if dx else math.inf, half_h / abs(dy) if dy else math.inf)
    return (cx + dx * scale, cy + dy * scale)


def arrow_ends(start: Rect, end: Rect) -> Ends:
    """The arrow from card ``start`` to card ``end``, edge to edge."""
    return (*edge_point(start, end.center), *edge_point(end, start.center))


def span_inside(ends: Ends, box: Box) -> tuple[float, float] | None:
    """The stretch of the segment inside ``box``, as fractions of its length from its start
    (Liang-Barsky), or None when it stays outside."""
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
    return start, end


def clip_ends(ends: Ends, box: Box) -> Ends | None:
    """The part of the segment inside ``box``, or None."""
    span = span_inside(ends, box)
    if span is None:
        return None
    x1, y1, x2, y2 = ends
    dx, dy = x2 - x1, y2 - y1
    start, end = span
    return x1 + start * dx, y1 + start * dy, x1 + end * dx, y1 + end * dy


class LabelPlace(NamedTuple):
    """Where a label goes, and whether it is clear of the cards there."""

    centre: Point
    clear: bool


def label_centre(
    ends: Ends, size: tuple[float, float], cards_near: Callable[[Rect], Iterable[Rect]]
) -> Point:
    """Where the centre of a label ``size`` wide and high goes on the arrow ``ends`` (see
    :func:`place_label`)."""
    return place_label(ends, size, cards_near).centre


def place_label(
    ends: Ends, size: tuple[float, float], cards_near: Callable[[Rect], Iterable[Rect]]
) -> LabelPlace:
    """Where the centre of a label ``size`` wide and high goes on the arrow ``ends``.

    The point of the line nearest its middle where the label, kept
    :data:`LABEL_CLEARANCE` away, covers none of the cards (its own two included); the
    middle itself when no point of the line is clear. ``cards_near(area)`` gives the cards
    that overlap an area: the search asks for the stretch around the middle first, then
    for longer ones, so a long arrow across a big map looks at the few cards by its middle.
    """
    x1, y1, x2, y2 = ends
    half_w = size[0] / 2 + LABEL_CLEARANCE
    half_h = size[1] / 2 + LABEL_CLEARANCE
    length = math.hypot(x2 - x1, y2 - y1)
    reach = SEARCH_STEP
    while True:
        low, high = (
            (0.0, 1.0) if reach >= length / 2 else (0.5 - reach / length, 0.5 + reach / length)
        )
        stretch = (
            x1 + low * (x2 - x1),
            y1 + low * (y2 - y1),
            x1 + high * (x2 - x1),
            y1 + high * (y2 - y1),
        )
        blocked = []
        for card in cards_near(label_search_box(stretch, size)):
            # The label's centre may not enter the card grown by half the label.
            grown = (card.x - half_w, card.y - half_h, card.right + half_w, card.bottom + half_h)
            span = span_inside(ends, grown)
            if span is not None and span[0] < span[1]:
                blocked.append(span)
        at = _nearest_free(blocked, 0.5, low, high)
        if at is not None:
            return LabelPlace((x1 + at * (x2 - x1), y1 + at * (y2 - y1)), clear=True)
        if (low, high) == (0.0, 1.0):
            return LabelPlace(((x1 + x2) / 2, (y1 + y2) / 2), clear=False)
        reach *= 2


def stands_between(ends: Ends, centre: Point, size: tuple[float, float], area: Rect) -> bool:
    """Whether a card in ``area`` can keep a label (centred at ``centre`` on the arrow
    ``ends``) from a place nearer the middle of its arrow: whether it blocks some place no
    farther from the middle than the label is, on either side of the middle."""
    x1, y1, x2, y2 = ends
    dx, dy = x2 - x1, y2 - y1
    length_squared = dx * dx + dy * dy
    if length_squared == 0:
        return False
    at = ((centre[0] - x1) * dx + (centre[1] - y1) * dy) / length_squared
    half_w = size[0] / 2 + LABEL_CLEARANCE
    half_h = size[1] / 2 + LABEL_CLEARANCE
    grown = (area.x - half_w, area.y - half_h, area.right + half_w, area.bottom + half_h)
    span = span_inside(ends, grown)
    away = abs(at - 0.5)
    return span is not None and span[0] <= 0.5 + away and 0.5 - away <= span[1]


def label_search_box(ends: Ends, size: tuple[float, float]) -> Rect:
    """Where the cards that can stand in the way of a label centred on ``ends`` are."""
    x1, y1, x2, y2 = ends
    half_w = size[0] / 2 + LABEL_CLEARANCE
    half_h = size[1] / 2 + LABEL_CLEARANCE
    left, top = min(x1, x2) - half_w, min(y1, y2) - half_h
    return Rect(left, top, abs(x2 - x1) + 2 * half_w, abs(y2 - y1) + 2 * half_h)


class CardIndex:
    """The cards of a laid-out map filed by square tiles, to find those near an arrow."""

    TILE = 256.0

    def __init__(self, cards: Mapping[str, Rect]) -> None:
        self._tiles: dict[tuple[int, int], list[Rect]] = {}
        for rect in cards.values():
            for tile in self._tiles_of(rect):
                self._tiles.setdefault(tile, []).append(rect)

    def near(self, area: Rect) -> list[Rect]:
        """The cards that overlap ``area``."""
        found: dict[int, Rect] = {}
        for tile in self._tiles_of(area):
            for rect in self._tiles.get(tile, ()):
                if rect.intersects(area):
                    found[id(rect)] = rect
        return list(found.values())

    def _tiles_of(self, rect: Rect) -> Iterable[tuple[int, int]]:
        size = self.TILE
        columns = range(math.floor(rect.x / size), math.floor(rect.right / size) + 1)
        for row in range(math.floor(rect.y / size), math.floor(rect.bottom / size) + 1):
            for column in columns:
                yield column, row


def _nearest_free(
    blocked: list[tuple[float, float]], wanted: float, low: float, high: float
) -> float | None:
    """The fraction in ``low``..``high`` nearest ``wanted`` outside every open interval of
    ``blocked``, or None."""
    best: float | None = None
    free_from = low
    for start, end in sorted(blocked):
        if start > free_from:
            best = _closer(best, min(max(wanted, free_from), start, high), wanted)
        free_from = max(free_from, end)
        if free_from >= high:
            return best
    return _closer(best, min(max(wanted, free_from), high), wanted)


def _closer(best: float | None, candidate: float, wanted: float) -> float:
    if best is None or abs(candidate - wanted) < abs(best - wanted):
        return candidate
    return best
