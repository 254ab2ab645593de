"""How a journey's map goes onto paper: scaled onto one page, or tiled across several.

Pure arithmetic. A map is scaled to fit the page's body, but never so small that its words
fall under the minimum size (6 pt): then it is printed at the smallest scale that keeps them
readable, cut into tiles (columns A, B, ... and rows 1, 2, ...) that overlap a little so the
consultant can trim and glue them into a poster.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from journey_studio.layout import Rect


@dataclass(frozen=True, slots=True)
class Tile:
    """One page of a tiled map."""

    column: int
    row: int
    window: Rect
    """The part of the map this page shows, in map units (it may run past the map)."""

    @property
    def label(self) -> str:
        """``A1`` for the top left page, ``B1`` to its right, ``A2`` below it."""
        return f"{column_letters(self.column)}{self.row + 1}"


@dataclass(frozen=True, slots=True)
class MapPlan:
    """Where one map goes: its scale and its pages (one tile when it fits on one page)."""

    scale: float
    """Points per map unit."""
    columns: int
    rows: int
    tiles: tuple[Tile, ...]
    """Row by row, left to right."""
    overlap: float
    """Points each tile repeats of its left and upper neighbours."""

    @property
    def tiled(self) -> bool:
        return len(self.tiles) > 1


def column_letters(index: int) -> str:
    """0 -> ``A``, 25 -> ``Z``, 26 -> ``AA``, as spreadsheet columns."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def plan_map(
    map_size: tuple[float, float],
    area: tuple[float, float],
    *,
    min_scale: float,
    max_scale: float,
    overlap: float,
) -> MapPlan:
    """Scale a map of ``map_size`` (map units) onto pages whose body is ``area`` (points).

    One page at the largest scale up to ``max_scale`` when that is at least ``min_scale``;
    otherwise as few tiles as ``min_scale`` allows, then the scale grown as far as the same
    tiles allow, so the pages are used to the full.
    """
    width, height = max(map_size[0], 1.0), max(map_size[1], 1.0)
    area_width, area_height = area
    if area_width <= overlap or area_height <= overlap or min_scale <= 0:
        raise ValueError("The page is too small for a map.")
    fit = min(area_width / width, area_height / height)
    if fit >= min_scale:
        scale = min(fit, max(max_scale, min_scale))
        window = Rect(0.0, 0.0, width, height)
        return MapPlan(scale, 1, 1, (Tile(0, 0, window),), 0.0)
    step_width, step_height = area_width - overlap, area_height - overlap
    columns = max(1, math.ceil((width * min_scale - overlap) / step_width))
    rows = max(1, math.ceil((height * min_scale - overlap) / step_height))
    scale = min(
        (columns * step_width + overlap) / width,
        (rows * step_height + overlap) / height,
        max(max_scale, min_scale),
    )
    scale = max(scale, min_scale)
    tiles = tuple(
        Tile(
            column,
            row,
            Rect(
                column * step_width / scale,
                row * step_height / scale,
                area_width / scale,
                area_height / scale,
            ),
        )
        for row in range(rows)
        for column in range(columns)
    )
    return MapPlan(scale, columns, rows, tiles, overlap)
