"""Sparse sort keys that keep cards in order within their cell, as stored.

The model numbers a cell's cards 0, 1, 2, ...; storing those numbers would mean rewriting
every card after the one moved. On disk each card has a sort key instead, spaced by
:data:`GAP`: moving or adding a card gives it a key between its neighbours' and leaves the
others alone. Only when two neighbours' keys are too close is the whole cell renumbered.
Reading sorts by key, so a file with dense keys (0, 1, 2) is read the same way.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from journey_studio.model.workshop import Cell, Journey

GAP = 1 << 16


def spaced_keys(count: int) -> list[int]:
    """Fresh keys for a cell of ``count`` cards."""
    return [(position + 1) * GAP for position in range(count)]


class CardKeys:
    """The sort key of every stored card, and the keys an edit's cards need."""

    def __init__(self, keys: dict[str, int]) -> None:
        self._keys = keys

    def key(self, card_id: str) -> int:
        return self._keys[card_id]

    def forget(self, card_ids: Iterable[str]) -> None:
        for card_id in card_ids:
            self._keys.pop(card_id, None)

    def rekey(self, journey: Journey, cells: Iterable[Cell]) -> dict[str, int]:
        """Give the cards of these cells keys in their model order; returns the keys changed.

        The cards whose stored keys already increase (the longest such run) keep them.
        """
        changed: dict[str, int] = {}
        for stage_id, channel_id in cells:
            ids = journey.cell_card_ids(stage_id, channel_id)
            changed.update(self._rekey_cell(ids))
        self._keys.update(changed)
        return changed

    def _rekey_cell(self, ids: Sequence[str]) -> dict[str, int]:
        current = [self._keys.get(card_id) for card_id in ids]
        kept = _longest_increasing(current)
        wanted: list[int | None] = [current[i] if i in kept else None for i in range(len(ids))]
        placed = _fill_between(wanted)
        if placed is None:
            placed = spaced_keys(len(ids))
        return {
            card_id: key
            for card_id, key, old in zip(ids, placed, current, strict=True)
            if key != old
        }


def _longest_increasing(keys: Sequence[int | None]) -> set[int]:
    """Positions of a longest strictly increasing run of keys (None never belongs to it)."""
    tails: list[int] = []
    tail_positions: list[int] = []
    previous: list[int] = [-1] * len(keys)
    for position, key in enumerate(keys):
        if key is None:
            continue
        slot = bisect_left(tails, key)
        if slot == len(tails):
            tails.append(key)
            tail_positions.append(position)
        else:
            tails[slot] = key
            tail_positions[slot] = position
        previous[position] = tail_positions[slot - 1] if slot else -1
    chosen: set[int] = set()
    position = tail_positions[-1] if tail_positions else -1
    while position != -1:
        chosen.add(position)
        position = previous[position]
    return chosen


def _fill_between(wanted: list[int | None]) -> list[int] | None:
    """Evenly spaced keys for the gaps between the kept ones; None if there is no room."""
    result: list[int] = []
    position = 0
    low: int | None = None
    while position < len(wanted):
        if wanted[position] is not None:
            low = wanted[position]
            result.append(low)
            position += 1
            continue
        end = position
        while end < len(wanted) and wanted[end] is None:
            end += 1
        run = end - position
        high = wanted[end] if end < len(wanted) else None
        if low is None and high is None:
            start, step = 0, GAP
        elif low is None:
            assert high is not None
            start, step = high - GAP * (run + 1), GAP
        elif high is None:
            start, step = low, GAP
        else:
            step = (high - low) // (run + 1)
            if step < 1:
                return None
            start = low
        result += [start + step * (offset + 1) for offset in range(run)]
        position = end
    return result
