"""Sparse sort keys: after any reordering, stored keys follow the model's order."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from journey_studio.model.workshop import Card, Journey
from journey_studio.storage.card_order import GAP, CardKeys, spaced_keys


def journey_with(ids: list[str]) -> Journey:
    journey = Journey("J")
    for order, card_id in enumerate(ids):
        journey.insert_card(Card(card_id, "s", "c", id=card_id), order)
    return journey


def test_moving_one_card_rekeys_only_that_card() -> None:
    ids = [f"card-{i}" for i in range(6)]
    keys = CardKeys(dict(zip(ids, spaced_keys(6), strict=True)))
    moved = ["card-0", "card-4", "card-1", "card-2", "card-3", "card-5"]
    changed = keys.rekey(journey_with(moved), [("s", "c")])
    assert list(changed) == ["card-4"]
    assert GAP < changed["card-4"] < 2 * GAP


def test_no_room_between_neighbours_renumbers_the_cell() -> None:
    keys = CardKeys({"a": 1, "b": 2})
    changed = keys.rekey(journey_with(["a", "new", "b"]), [("s", "c")])
    assert [keys.key(i) for i in ("a", "new", "b")] == spaced_keys(3)
    assert set(changed) == {"a", "new", "b"}


@given(
    st.lists(st.integers(-(10**6), 10**6) | st.none(), min_size=1, max_size=30),
    st.randoms(use_true_random=False),
)
def test_keys_always_increase_in_model_order(stored: list[int | None], rng) -> None:
    ids = [f"card-{i}" for i in range(len(stored))]
    keys = CardKeys({i: k for i, k in zip(ids, stored, strict=True) if k is not None})
    order = list(ids)
    rng.shuffle(order)
    keys.rekey(journey_with(order), [("s", "c")])
    placed = [keys.key(i) for i in order]
    assert placed == sorted(set(placed))
