"""Small drawings that start a table cell or a heading: the map's badges, at text size.

The same shapes as on the cards (rating badge, moment-of-truth flag, persona chip), so a
reader recognises in the tables what they saw on the map.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Sequence
from typing import TYPE_CHECKING

from journey_studio.exporters.pdf.flow import Marker
from journey_studio.exporters.pdf.fonts import BOLD, LINE_SPACING
from journey_studio.exporters.pdf.style import (
    CRM,
    HANDOFF,
    INK,
    MOMENT_OF_TRUTH,
    MOMENT_OF_TRUTH_ICON,
    NEUTRAL,
    RATING_ICON,
    RGB,
    WHITE,
    darker,
    rating_colour,
    rating_ink,
    tint,
)
from journey_studio.exporters.pdf.text import measure
from journey_studio.model.vocabulary import Rating

if TYPE_CHECKING:
    from journey_studio.exporters.pdf.map_cards import Chip
    from journey_studio.exporters.pdf.painter import Painter


def badge(icon: str | None, fill: RGB, ink: RGB, size: float) -> Marker:
    """A rounded square in ``fill`` with the icon in ``ink``, as on the cards."""

    def draw(painter: Painter, x: float, y: float) -> None:
        painter.rounded_rect(x, y, size, size, size * 3 / 14, fill=fill)
        if icon is not None:
            inset = size / 7
            painter.icon(icon, x + inset, y + inset, size - 2 * inset, ink)

    return Marker(size, size, draw)


@functools.lru_cache(maxsize=1024)
def rating_badge(rating: Rating, size: float) -> Marker:
    """A rating's badge (a plain grey square when not rated)."""
    return badge(RATING_ICON[rating], rating_colour(rating), rating_ink(rating), size)


@functools.lru_cache(maxsize=1024)
def moment_of_truth_badge(size: float) -> Marker:
    return badge(MOMENT_OF_TRUTH_ICON, MOMENT_OF_TRUTH, WHITE, size)


@functools.lru_cache(maxsize=1024)
def dot(colour: RGB, size: float) -> Marker:
    """A round dot of colour (a stage's, a pipeline's, a persona's)."""

    def draw(painter: Painter, x: float, y: float) -> None:
        painter.circle(x + size / 2, y + size / 2, size / 2, fill=colour)

    return Marker(size, size, draw)


@functools.lru_cache(maxsize=1024)
def chip(persona: Chip, size: float) -> Marker:
    """A persona's chip: its initials on its colour."""

    def draw(painter: Painter, x: float, y: float) -> None:
        painter.circle(x + size / 2, y + size / 2, size / 2, fill=persona.fill)
        text = size * 7 / 13
        top = y + (size - LINE_SPACING * text) / 2
        painter.text(x + size / 2, top, persona.initials, BOLD, text, persona.ink, "centre")

    return Marker(size, size, draw)


@functools.lru_cache(maxsize=1024)
def icon(name: str, size: float, colour: RGB | None = None) -> Marker:
    """A packaged icon."""

    def draw(painter: Painter, x: float, y: float) -> None:
        if colour is None:
            painter.icon(name, x, y, size)
        else:
            painter.icon(name, x, y, size, colour)

    return Marker(size, size, draw)


def row(markers: Sequence[Marker], gap: float) -> Marker | None:
    """Markers side by side, or None when there are none."""
    markers = list(markers)
    if not markers:
        return None
    if len(markers) == 1:
        return markers[0]
    width = sum(marker.width for marker in markers) + gap * (len(markers) - 1)
    height = max(marker.height for marker in markers)

    def draw(painter: Painter, x: float, y: float) -> None:
        for marker in markers:
            marker.draw(painter, x, y + (height - marker.height) / 2)
            x += marker.width + gap

    return Marker(width, height, draw)


def handoff(size: float) -> Marker:
    """The relay marker of a handoff between teams: two opposite arrows in a ring."""

    def draw(painter: Painter, x: float, y: float) -> None:
        cx, cy, half = x + size / 2, y + size / 2, size / 2
        painter.circle(cx, cy, half - 0.5, fill=WHITE, stroke=HANDOFF, line_width=size / 12)
        reach, gap, head = size * 0.28, size * 0.12, size * 0.13
        width = size / 13
        for x1, y1, x2, y2 in (
            (cx - reach, cy - gap, cx + reach, cy - gap),
            (cx + reach - head, cy - gap - head, cx + reach, cy - gap),
            (cx + reach, cy - gap, cx + reach - head, cy - gap + head),
            (cx + reach, cy + gap, cx - reach, cy + gap),
            (cx - reach + head, cy + gap - head, cx - reach, cy + gap),
            (cx - reach, cy + gap, cx - reach + head, cy + gap + head),
        ):
            painter.line(x1, y1, x2, y2, HANDOFF, width, round_cap=True)

    return Marker(size, size, draw)


def emotion_curve(size: float) -> Marker:
    """A little emotion curve: down, then up, with its points."""
    width = size * 2.2

    def draw(painter: Painter, x: float, y: float) -> None:
        points = [
            (x + size * 0.25, y + size * 0.35),
            (x + width / 2, y + size * 0.75),
            (x + width - size * 0.25, y + size * 0.2),
        ]
        curves = []
        for (x0, y0), (x1, y1) in itertools.pairwise(points):
            bend = (x1 - x0) / 2
            curves.append((x0 + bend, y0, x1 - bend, y1, x1, y1))
        painter.cubic_path(points[0], curves, INK, size / 8)
        for (px, py), colour in zip(
            points,
            (NEUTRAL, rating_colour(Rating.BREAKING_POINT), rating_colour(Rating.DELIGHT)),
            strict=True,
        ):
            painter.circle(px, py, size * 0.16, fill=colour, stroke=WHITE, line_width=size / 16)

    return Marker(width, size, draw)


def pill(text: str, size: float) -> Marker:
    """A lifecycle status in the CRM lane's blue pill."""
    text_size = size * 0.62
    width = measure(BOLD, text_size).width(text) + size

    def draw(painter: Painter, x: float, y: float) -> None:
        painter.rounded_rect(x, y, width, size, size / 2, fill=tint(CRM, 0.86))
        top = y + (size - LINE_SPACING * text_size) / 2
        painter.text(x + size / 2, top, text, BOLD, text_size, darker(CRM, 130))

    return Marker(width, size, draw)
