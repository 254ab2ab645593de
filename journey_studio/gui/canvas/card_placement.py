"""What the map must redo after cards changed: a few cells, or the whole layout.

An edit names the cards it wrote (:class:`~journey_studio.model.edits.Changes`). Most edits
leave every row and column of the grid as it is: then only the cells those cards left or
entered are placed again (:meth:`~journey_studio.layout.MapLayout.place_cell_cards`), which
costs the same on a 50-card map and on a 5,000-card one. When a column must widen or
narrow, or a row grow or shrink, the whole map is laid out again. Qt-free.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from journey_studio.layout import MapLayout
    from journey_studio.model.workshop import Cell, Journey


@dataclass
class CardUpdate:
    """The work an edit of cards leaves for the scene."""

    relayout: bool = False
    """A row or column changes size: lay the whole journey out again."""
    added: list[str] = field(default_factory=list)
    """Cards that need an item."""
    removed: list[str] = field(default_factory=list)
    """Cards whose item goes away."""
    refaced: list[str] = field(default_factory=list)
    """Cards whose content may have changed."""
    cells: dict[Cell, list[str]] = field(default_factory=dict)
    """Cells to place again, with their cards in order."""
    stages: set[str] = field(default_factory=set)
    """Stages whose cards changed (for the emotion lane)."""


def plan_card_update(
    layout: MapLayout,
    journey: Journey,
    placed: Mapping[str, Cell],
    upserted: Collection[str],
    deleted: Collection[str],
) -> CardUpdate:
    """What to redo after the cards ``upserted`` and ``deleted`` changed.

    Args:
        layout: the layout the map was last drawn with.
        journey: the journey shown, as it is now.
        placed: card id -> the cell its item sits in now.
        upserted: ids of cards written by the edit (of any journey).
        deleted: ids of cards taken away by the edit (of any journey).
    """
    update = CardUpdate()
    cells: set[Cell] = set()
    for card_id in upserted:
        card = journey.cards.get(card_id)
        old = placed.get(card_id)
        if card is None or card.cell not in layout.cells:
            if old is not None:
                update.removed.append(card_id)
                cells.add(old)
            continue
        if old is None:
            update.added.append(card_id)
        else:
            update.refaced.append(card_id)
            cells.add(old)
        cells.add(card.cell)
    for card_id in deleted:
        old = placed.get(card_id)
        if old is not None and card_id not in journey.cards:
            update.removed.append(card_id)
            cells.add(old)
    update.stages = {stage_id for stage_id, _ in cells}
    if not grid_still_fits(layout, journey, cells):
        update.relayout = True
        return update
    update.cells = {cell: journey.cell_card_ids(*cell) for cell in cells}
    return update


def grid_still_fits(layout: MapLayout, journey: Journey, cells: Collection[Cell]) -> bool:
    """Whether a full layout of ``journey`` would keep every column and row the size it has
    in ``layout``, given that only ``cells`` changed. Looks at their columns and rows only."""
    if not cells:
        return True
    stage_ids = list(layout.stage_headers)
    channel_ids = list(layout.channel_headers)
    widest = layout.options.max_cards_per_row

    def count(stage_id: str, channel_id: str) -> int:
        return len(journey.cell_card_ids(stage_id, channel_id))

    for stage_id in {stage_id for stage_id, _ in cells}:
        fullest = max((count(stage_id, channel_id) for channel_id in channel_ids), default=0)
        if min(widest, max(1, fullest)) != layout.cards_per_row[stage_id]:
            return False
    for channel_id in {channel_id for _, channel_id in cells}:
        rows = max(
            (
                math.ceil(count(stage_id, channel_id) / layout.cards_per_row[stage_id])
                for stage_id in stage_ids
            ),
            default=0,
        )
        if max(1, rows) != layout.card_rows[channel_id]:
            return False
    return True
