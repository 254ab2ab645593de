"""Geometry of a journey map: where every header, cell, card and lane goes.

The Qt canvas, the PDF export and the image export all draw the rectangles computed here, so
they show the same map. Pure arithmetic on the model: no Qt, no I/O. The origin is the top
left corner of the map and y grows downwards (the PDF flips it).

From top to bottom the map has: a row of phase bands (only when some stage has a phase), the
stage headers, one row per channel (its header on the left, then one cell per stage), and the
emotion and CRM lanes. Cards have a fixed size and wrap row by row inside their cell, in card
order. A stage column is as wide as its fullest cell needs (at most ``max_cards_per_row`` cards
side by side), a channel row as tall as its tallest cell. Coordinates are rounded to hundredths.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum
from itertools import groupby
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from journey_studio.model.workshop import Cell, Journey, Stage, Workshop

Point = tuple[float, float]
"""A position on the map: (x, y)."""


def _round(value: float) -> float:
    return round(float(value), 2)


@dataclass(frozen=True, slots=True)
class Rect:
    """An axis-aligned rectangle; (x, y) is its top left corner."""

    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def bottom(self) -> float:
        return self.y + self.height

    @property
    def center(self) -> Point:
        return (self.x + self.width / 2, self.y + self.height / 2)

    def contains(self, point: Point) -> bool:
        """Whether the point is inside: left and top edges are in, right and bottom edges out,
        so a point on the line between two cells belongs to one of them only."""
        px, py = point
        return self.x <= px < self.x + self.width and self.y <= py < self.y + self.height

    def contains_rect(self, other: Rect) -> bool:
        """Whether the other rectangle lies wholly inside this one (edges may touch)."""
        return (
            self.x <= other.x
            and self.y <= other.y
            and other.right <= self.right
            and other.bottom <= self.bottom
        )

    def intersects(self, other: Rect) -> bool:
        """Whether the two overlap with some area; sharing an edge is not overlapping."""
        return (
            self.x < other.right
            and other.x < self.right
            and self.y < other.bottom
            and other.y < self.bottom
        )


@dataclass(frozen=True, slots=True)
class LayoutOptions:
    """Sizes of the map's parts, in the canvas's units (points in the PDF)."""

    card_width: float = 120.0
    card_height: float = 70.0
    card_gap: float = 8.0
    """Space between two cards of a cell, across and down."""
    cell_padding: float = 10.0
    """Space between a cell's edges and its cards."""
    max_cards_per_row: int = 2
    """At most this many cards side by side in a cell."""
    min_stage_width: float = 160.0
    """The narrowest a stage column gets, even when all its cells are empty."""
    stage_header_height: float = 48.0
    channel_header_width: float = 140.0
    phase_band_height: float = 28.0
    emotion_lane_height: float = 120.0
    crm_lane_height: float = 90.0
    show_emotion_lane: bool = True
    show_crm_lane: bool = True

    def __post_init__(self) -> None:
        if self.card_width <= 0 or self.card_height <= 0:
            raise ValueError("Cards need a width and a height greater than zero.")
        if self.max_cards_per_row < 1:
            raise ValueError("A cell needs room for at least one card per row.")
        for name in (
            "card_gap",
            "cell_padding",
            "min_stage_width",
            "stage_header_height",
            "channel_header_width",
            "phase_band_height",
            "emotion_lane_height",
            "crm_lane_height",
        ):
            if getattr(self, name) < 0:
                raise ValueError(f"The {name.replace('_', ' ')} cannot be negative.")

    def cell_width(self, cards_per_row: int) -> float:
        """The width of a cell holding this many cards side by side."""
        cards = cards_per_row * self.card_width + (cards_per_row - 1) * self.card_gap
        return _round(cards + 2 * self.cell_padding)

    def cell_height(self, card_rows: int) -> float:
        """The height of a cell holding this many rows of cards."""
        cards = card_rows * self.card_height + (card_rows - 1) * self.card_gap
        return _round(cards + 2 * self.cell_padding)


DEFAULT_OPTIONS = LayoutOptions()


class LaneKind(Enum):
    EMOTION = "emotion"
    """The emotion curve of the journey, stage by stage."""
    CRM = "crm"
    """Lifecycle statuses, pipeline stages and their probabilities, stage by stage."""


@dataclass(frozen=True, slots=True)
class PhaseBand:
    """Consecutive stages of one phase (the team owning them), drawn above their headers."""

    name: str
    colour: str
    """The colour of the band's first stage."""
    rect: Rect
    stage_ids: tuple[str, ...]
    handoff: bool
    """True when another team owned the stages before this band: the customer is handed over
    at the band's left edge (stages without a phase in between do not count as a team)."""

    @property
    def handoff_x(self) -> float | None:
        """Where the handoff line goes, or None when the band starts no handoff."""
        return self.rect.x if self.handoff else None


@dataclass(frozen=True, slots=True)
class Lane:
    """A band under the grid that shows one thing per stage (emotion, CRM)."""

    kind: LaneKind
    rect: Rect
    """The whole lane, from the left edge of the map to its right edge."""
    label: Rect
    """The part under the channel headers, for the lane's title."""
    slots: Mapping[str, Rect]
    """Stage id -> the part of the lane under that stage's column."""


@dataclass(frozen=True, slots=True)
class MapLayout:
    """Every rectangle of one journey's map. Built by :func:`layout_journey`; read only."""

    options: LayoutOptions
    size: tuple[float, float]
    """Width and height of the whole map."""
    corner: Rect
    """Top left, above the channel headers and beside the stage headers: the map's title."""
    phase_bands: tuple[PhaseBand, ...]
    stage_headers: Mapping[str, Rect]
    channel_headers: Mapping[str, Rect]
    grid: Rect
    """All the cells together."""
    cells: Mapping[Cell, Rect]
    """Every (stage id, channel id) pair, empty cells too."""
    cards: Mapping[str, Rect]
    cell_cards: Mapping[Cell, tuple[str, ...]]
    """The card ids of each non-empty cell, in order."""
    cards_per_row: Mapping[str, int]
    """Stage id -> how many cards sit side by side in that stage's cells."""
    card_rows: Mapping[str, int]
    """Channel id -> how many rows of cards that channel's cells have room for."""
    lanes: tuple[Lane, ...]
    _stage_ids: tuple[str, ...] = field(repr=False, compare=False)
    _stage_lefts: tuple[float, ...] = field(repr=False, compare=False)
    _channel_ids: tuple[str, ...] = field(repr=False, compare=False)
    _channel_tops: tuple[float, ...] = field(repr=False, compare=False)

    @property
    def bounds(self) -> Rect:
        return Rect(0.0, 0.0, *self.size)

    def cell_at(self, point: Point) -> Cell | None:
        """The (stage id, channel id) of the cell under the point, or None outside the grid."""
        x, y = point
        column = bisect_right(self._stage_lefts, x) - 1
        row = bisect_right(self._channel_tops, y) - 1
        if column < 0 or row < 0:
            return None
        cell = (self._stage_ids[column], self._channel_ids[row])
        return cell if self.cells[cell].contains(point) else None

    def cells_in(self, area: Rect) -> list[Cell]:
        """The cells that overlap ``area``."""
        columns = range(
            max(0, bisect_right(self._stage_lefts, area.x) - 1),
            bisect_left(self._stage_lefts, area.right),
        )
        rows = range(
            max(0, bisect_right(self._channel_tops, area.y) - 1),
            bisect_left(self._channel_tops, area.bottom),
        )
        found = []
        for row in rows:
            for column in columns:
                cell = (self._stage_ids[column], self._channel_ids[row])
                if self.cells[cell].intersects(area):
                    found.append(cell)
        return found

    def card_at(self, point: Point) -> str | None:
        """The id of the card under the point, or None (a gap, an empty cell, off the grid)."""
        cell = self.cell_at(point)
        if cell is None:
            return None
        for card_id in self.cell_cards.get(cell, ()):
            if self.cards[card_id].contains(point):
                return card_id
        return None

    def cell_fits(self, stage_id: str, channel_id: str, card_count: int) -> bool:
        """Whether a full layout would keep this cell's column and row as they are with
        ``card_count`` cards in it. If so, :meth:`place_cell_cards` is enough after an edit;
        if not, lay the whole journey out again. (A cell that empties may leave its row or
        column larger than a full layout would until then.)"""
        per_row = self.cards_per_row[stage_id]
        widens = card_count > per_row and per_row < self.options.max_cards_per_row
        return not widens and math.ceil(card_count / per_row) <= self.card_rows[channel_id]

    def place_cell_cards(
        self, stage_id: str, channel_id: str, card_ids: Sequence[str]
    ) -> dict[str, Rect]:
        """The rects of one cell's cards, e.g. after a card was added to it or moved in it."""
        return cell_card_rects(
            self.cells[(stage_id, channel_id)],
            card_ids,
            self.cards_per_row[stage_id],
            self.options,
        )


def cell_card_rects(
    cell: Rect,
    card_ids: Sequence[str],
    cards_per_row: int,
    options: LayoutOptions = DEFAULT_OPTIONS,
) -> dict[str, Rect]:
    """Place a cell's cards, in the given order, ``cards_per_row`` to a row.

    The block of cards is centred across the cell and starts at its top padding. This is the
    very function the full layout uses, so a single cell updated with it matches a full
    layout exactly.
    """
    width, height = float(options.card_width), float(options.card_height)
    gap = options.card_gap
    block = cards_per_row * width + (cards_per_row - 1) * gap
    left = cell.x + max(options.cell_padding, (cell.width - block) / 2)
    top = cell.y + options.cell_padding
    xs = [_round(left + column * (width + gap)) for column in range(cards_per_row)]
    rects: dict[str, Rect] = {}
    y = 0.0
    for index, card_id in enumerate(card_ids):
        row, column = divmod(index, cards_per_row)
        if column == 0:
            y = _round(top + row * (height + gap))
        rects[card_id] = Rect(xs[column], y, width, height)
    return rects


def layout_journey(
    workshop: Workshop,
    journey: Journey,
    options: LayoutOptions = DEFAULT_OPTIONS,
) -> MapLayout:
    """Lay one journey of the workshop out on its grid of stages and channels.

    Cards whose stage or channel is not in the workshop are left out.
    """
    stages, channels = workshop.stages, workshop.channels
    stage_ids = {stage.id for stage in stages}
    channel_ids = {channel.id for channel in channels}
    filled = {
        cell: tuple(ids)
        for cell, ids in journey.cells()
        if cell[0] in stage_ids and cell[1] in channel_ids
    }

    fullest = dict.fromkeys(stage_ids, 1)
    for (stage_id, _), ids in filled.items():
        fullest[stage_id] = max(fullest[stage_id], len(ids))
    cards_per_row = {
        stage.id: min(options.max_cards_per_row, fullest[stage.id]) for stage in stages
    }
    card_rows = dict.fromkeys((channel.id for channel in channels), 1)
    for (stage_id, channel_id), ids in filled.items():
        rows = math.ceil(len(ids) / cards_per_row[stage_id])
        card_rows[channel_id] = max(card_rows[channel_id], rows)

    has_phases = any(stage.phase.strip() for stage in stages)
    band_height = _round(options.phase_band_height) if has_phases else 0.0
    header_width = _round(options.channel_header_width)
    header_height = _round(options.stage_header_height)
    grid_top = _round(band_height + header_height)

    stage_headers: dict[str, Rect] = {}
    x = header_width
    for stage in stages:
        width = max(_round(options.min_stage_width), options.cell_width(cards_per_row[stage.id]))
        stage_headers[stage.id] = Rect(x, band_height, width, header_height)
        x = _round(x + width)
    channel_headers: dict[str, Rect] = {}
    y = grid_top
    for channel in channels:
        height = options.cell_height(card_rows[channel.id])
        channel_headers[channel.id] = Rect(0.0, y, header_width, height)
        y = _round(y + height)
    map_width, grid_bottom = x, y

    cells: dict[Cell, Rect] = {}
    cards: dict[str, Rect] = {}
    for stage in stages:
        column = stage_headers[stage.id]
        for channel in channels:
            row = channel_headers[channel.id]
            cell = Rect(column.x, row.y, column.width, row.height)
            cells[(stage.id, channel.id)] = cell
            ids = filled.get((stage.id, channel.id))
            if ids:
                cards.update(cell_card_rects(cell, ids, cards_per_row[stage.id], options))

    lanes: list[Lane] = []
    for kind, lane_height, shown in (
        (LaneKind.EMOTION, options.emotion_lane_height, options.show_emotion_lane),
        (LaneKind.CRM, options.crm_lane_height, options.show_crm_lane),
    ):
        if shown:
            h = _round(lane_height)
            slots = {sid: Rect(r.x, y, r.width, h) for sid, r in stage_headers.items()}
            label = Rect(0.0, y, header_width, h)
            lanes.append(Lane(kind, Rect(0.0, y, map_width, h), label, slots))
            y = _round(y + h)

    return MapLayout(
        options=options,
        size=(map_width, y),
        corner=Rect(0.0, 0.0, header_width, grid_top),
        phase_bands=_phase_bands(stages, stage_headers, band_height),
        stage_headers=stage_headers,
        channel_headers=channel_headers,
        grid=Rect(
            header_width,
            grid_top,
            _round(map_width - header_width),
            _round(grid_bottom - grid_top),
        ),
        cells=cells,
        cards=cards,
        cell_cards=filled,
        cards_per_row=cards_per_row,
        card_rows=card_rows,
        lanes=tuple(lanes),
        _stage_ids=tuple(stage_headers),
        _stage_lefts=tuple(rect.x for rect in stage_headers.values()),
        _channel_ids=tuple(channel_headers),
        _channel_tops=tuple(rect.y for rect in channel_headers.values()),
    )


def _phase_bands(
    stages: Sequence[Stage], stage_headers: Mapping[str, Rect], height: float
) -> tuple[PhaseBand, ...]:
    """Group consecutive stages of the same phase (ignoring case and spaces) into bands."""
    bands: list[PhaseBand] = []
    previous_team: str | None = None
    for team, group in groupby(stages, key=lambda stage: stage.phase.strip().casefold()):
        members = list(group)
        if not team:
            continue
        first, last = stage_headers[members[0].id], stage_headers[members[-1].id]
        bands.append(
            PhaseBand(
                name=members[0].phase.strip(),
                colour=members[0].colour,
                rect=Rect(first.x, 0.0, _round(last.right - first.x), height),
                stage_ids=tuple(stage.id for stage in members),
                handoff=previous_team is not None and previous_team != team,
            )
        )
        previous_team = team
    return tuple(bands)
