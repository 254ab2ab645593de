"""Where arrows between cards run and where their labels sit (shared by canvas and PDF)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from journey_studio.arrows import (
    LABEL_CLEARANCE,
    CardIndex,
    arrow_ends,
    clip_ends,
    label_centre,
    label_search_box,
    place_label,
    stands_between,
)
from journey_studio.layout import Rect

LABEL = (60.0, 15.0)


def _among(cards: list[Rect]):
    """What ``label_centre`` asks: the cards that overlap an area."""
    return lambda area: [card for card in cards if card.intersects(area)]


def _label_box(centre: tuple[float, float], size=LABEL) -> Rect:
    return Rect(centre[0] - size[0] / 2, centre[1] - size[1] / 2, *size)


def _grown(card: Rect, room: float = LABEL_CLEARANCE - 1e-6) -> Rect:
    """The card with the room a label keeps from it (by default less a hair, for rounding)."""
    return Rect(card.x - room, card.y - room, card.width + 2 * room, card.height + 2 * room)


def test_an_arrow_runs_edge_to_edge_a_little_clear_of_both_cards() -> None:
    x1, y1, x2, y2 = arrow_ends(Rect(0, 0, 100, 50), Rect(300, 0, 100, 50))
    assert (x1, y1, x2, y2) == (103.0, 25.0, 297.0, 25.0)


def test_a_label_with_nothing_in_its_way_is_at_the_middle() -> None:
    ends = (0.0, 0.0, 400.0, 0.0)
    assert label_centre(ends, LABEL, _among([Rect(0, 100, 50, 50)])) == (200.0, 0.0)


def test_a_label_steps_aside_along_its_line_to_the_nearest_clear_place() -> None:
    ends = (0.0, 0.0, 400.0, 0.0)
    card = Rect(180, -20, 60, 40)  # over the middle, nearer its left side
    x, y = label_centre(ends, LABEL, _among([card]))
    assert y == 0.0
    assert x == pytest.approx(180 - LABEL_CLEARANCE - LABEL[0] / 2)
    assert not _label_box((x, y)).intersects(_grown(card))


def test_a_label_with_no_clear_place_stays_at_the_middle() -> None:
    ends = (0.0, 0.0, 100.0, 0.0)
    assert label_centre(ends, LABEL, _among([Rect(-50, -50, 200, 100)])) == (50.0, 0.0)


coordinate = st.floats(min_value=0, max_value=1000, allow_nan=False)
cards = st.lists(
    st.builds(Rect, coordinate, coordinate, st.just(120.0), st.just(70.0)), max_size=12
)


@settings(max_examples=300, deadline=None)
@given(coordinate, coordinate, coordinate, coordinate, cards)
def test_a_label_is_on_its_line_and_clear_of_the_cards_or_at_the_middle(
    x1, y1, x2, y2, around
) -> None:
    ends = (x1, y1, x2, y2)
    middle = ((x1 + x2) / 2, (y1 + y2) / 2)
    centre = label_centre(ends, LABEL, _among(around))
    clear = not any(_label_box(centre).intersects(_grown(card)) for card in around)
    assert clear or centre == middle
    if not any(_label_box(middle).intersects(_grown(c, LABEL_CLEARANCE + 1e-6)) for c in around):
        assert centre == pytest.approx(middle)
    # On the line: as far from both ends as the ends are apart.
    along = ((centre[0] - x1) ** 2 + (centre[1] - y1) ** 2) ** 0.5
    along += ((x2 - centre[0]) ** 2 + (y2 - centre[1]) ** 2) ** 0.5
    assert along == pytest.approx(((x2 - x1) ** 2 + (y2 - y1) ** 2) ** 0.5, abs=1e-6)


@settings(max_examples=200, deadline=None)
@given(cards, coordinate, coordinate, st.floats(1, 600), st.floats(1, 600))
def test_the_card_index_finds_the_cards_that_overlap_an_area(
    around, left, top, width, height
) -> None:
    area = Rect(left, top, width, height)
    found = CardIndex({str(i): card for i, card in enumerate(around)}).near(area)
    assert sorted(map(repr, found)) == sorted(repr(c) for c in around if c.intersects(area))


def test_the_search_box_holds_every_place_the_label_can_take() -> None:
    ends = (10.0, 300.0, 210.0, 100.0)
    box = label_search_box(ends, LABEL)
    for t in (0.0, 0.5, 1.0):
        centre = (10.0 + 200.0 * t, 300.0 - 200.0 * t)
        assert box.contains_rect(_label_box(centre))


def test_a_segment_is_cut_to_the_box_it_crosses() -> None:
    assert clip_ends((-50.0, 50.0, 150.0, 50.0), (0.0, 0.0, 100.0, 100.0)) == (
        0.0,
        50.0,
        100.0,
        50.0,
    )
    assert clip_ends((-50.0, 150.0, 150.0, 150.0), (0.0, 0.0, 100.0, 100.0)) is None


def test_a_card_stands_between_a_label_and_the_middle_only_as_near_as_the_label() -> None:
    ends = (0.0, 0.0, 400.0, 0.0)
    aside = (120.0, 0.0)  # kept left of the middle (200, 0)
    assert stands_between(ends, aside, LABEL, Rect(170, -10, 40, 20))  # on the way
    assert stands_between(ends, aside, LABEL, Rect(290, -10, 40, 20))  # as near, past it
    assert not stands_between(ends, aside, LABEL, Rect(360, -10, 40, 20))  # farther than the label
    assert not stands_between(ends, aside, LABEL, Rect(160, 60, 40, 20))  # off the line
    assert not stands_between((5.0, 5.0, 5.0, 5.0), aside, LABEL, Rect(0, 0, 10, 10))


def test_a_card_beyond_the_middle_may_also_keep_a_label_from_a_nearer_place() -> None:
    ends = (100.0, 0.0, 100.0, 1000.0)
    size = (40.0, 14.0)
    above, below = Rect(60, 449, 80, 72), Rect(60, 529, 80, 62)  # both about the middle
    centre = label_centre(ends, size, _among([above, below]))
    assert centre[1] < 449  # pushed above both
    without_below = label_centre(ends, size, _among([above]))
    assert abs(without_below[1] - 500) < abs(centre[1] - 500)  # nearer once `below` is gone
    assert stands_between(ends, centre, size, below)


def test_a_label_says_whether_it_found_a_clear_place() -> None:
    ends = (0.0, 0.0, 100.0, 0.0)
    assert place_label(ends, LABEL, _among([])).clear
    assert not place_label(ends, LABEL, _among([Rect(-50, -50, 200, 100)])).clear
