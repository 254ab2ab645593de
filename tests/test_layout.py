"""Tests of the map's geometry: headers, cells, cards, phase bands and lanes."""

from __future__ import annotations

import itertools
import random
from collections.abc import Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from journey_studio.layout import (
    LaneKind,
    LayoutOptions,
    MapLayout,
    Rect,
    cell_card_rects,
    layout_journey,
)
from journey_studio.model.workshop import Card, Channel, Journey, Stage, Workshop

OPTIONS = LayoutOptions(
    card_width=100,
    card_height=50,
    card_gap=5,
    cell_padding=10,
    max_cards_per_row=2,
    min_stage_width=80,
    stage_header_height=40,
    channel_header_width=120,
    phase_band_height=20,
    emotion_lane_height=60,
    crm_lane_height=30,
)
ONE_CARD_WIDE = 10 + 100 + 10
TWO_CARDS_WIDE = 10 + 100 + 5 + 100 + 10


def card_height(rows: int) -> float:
    return 10 + rows * 50 + (rows - 1) * 5 + 10


def make_workshop(
    stage_count: int = 3,
    channel_count: int = 2,
    placements: Sequence[tuple[int, int]] = (),
    phases: Sequence[str] | None = None,
) -> tuple[Workshop, Journey]:
    """A workshop whose journey has one card per placement (stage index, channel index)."""
    phases = phases or [""] * stage_count
    stages = [Stage(f"Stage {i}", phase=phases[i], colour=f"#00000{i}") for i in range(stage_count)]
    channels = [Channel(f"Channel {i}") for i in range(channel_count)]
    cards = []
    filled: dict[tuple[int, int], int] = {}
    for number, (stage, channel) in enumerate(placements):
        order = filled.get((stage, channel), 0)
        filled[(stage, channel)] = order + 1
        cards.append(
            Card(f"I do thing {number}", stages[stage].id, channels[channel].id, order=order)
        )
    journey = Journey("Current", cards={card.id: card for card in cards})
    return Workshop("Workshop", stages=stages, channels=channels, journeys=[journey]), journey


def lay_out(
    placements: Sequence[tuple[int, int]] = (),
    options: LayoutOptions = OPTIONS,
    *,
    stage_count: int = 3,
    channel_count: int = 2,
    phases: Sequence[str] | None = None,
) -> tuple[Workshop, Journey, MapLayout]:
    workshop, journey = make_workshop(stage_count, channel_count, placements, phases)
    return workshop, journey, layout_journey(workshop, journey, options)


def cell_of(workshop: Workshop, stage: int, channel: int) -> tuple[str, str]:
    return (workshop.stages[stage].id, workshop.channels[channel].id)


def assert_cards_inside_cells_without_overlap(journey: Journey, layout: MapLayout) -> None:
    assert layout.cards.keys() == journey.cards.keys()
    for card in journey.cards.values():
        assert layout.cells[card.cell].contains_rect(layout.cards[card.id])
    for a, b in itertools.combinations(layout.cards.values(), 2):
        assert not a.intersects(b), (a, b)


# Rect


def test_layout_coordinates_are_floats_even_from_whole_number_options():
    _, _, layout = lay_out([(0, 0)] * 3, phases=["A", "A", "B"])
    rects = [*layout.cells.values(), *layout.cards.values(), *layout.stage_headers.values()]
    rects += [*layout.channel_headers.values(), layout.grid, layout.corner]
    rects += [band.rect for band in layout.phase_bands] + [lane.rect for lane in layout.lanes]
    values = [value for rect in rects for value in (rect.x, rect.y, rect.width, rect.height)]
    assert all(type(value) is float for value in values)


def test_rect_edges_and_center():
    rect = Rect(10, 20, 30, 40)
    assert (rect.right, rect.bottom, rect.center) == (40, 60, (25, 40))


def test_rect_contains_its_top_left_edges_but_not_its_bottom_right_ones():
    rect = Rect(0, 0, 10, 10)
    assert rect.contains((0, 0))
    assert rect.contains((9.99, 9.99))
    assert not rect.contains((10, 5))
    assert not rect.contains((5, 10))
    assert not rect.contains((-0.01, 5))


def test_rects_sharing_an_edge_do_not_intersect():
    rect = Rect(0, 0, 10, 10)
    assert not rect.intersects(Rect(10, 0, 10, 10))
    assert not rect.intersects(Rect(0, 10, 10, 10))
    assert rect.intersects(Rect(9, 9, 10, 10))
    assert rect.contains_rect(Rect(0, 0, 10, 10))
    assert not rect.contains_rect(Rect(1, 1, 10, 10))


# Options


@pytest.mark.parametrize(
    ("wrong", "message"),
    [
        ({"card_width": 0}, "Cards need a width and a height"),
        ({"card_height": -1}, "Cards need a width and a height"),
        ({"max_cards_per_row": 0}, "at least one card per row"),
        ({"card_gap": -2}, "The card gap cannot be negative"),
    ],
)
def test_options_refuse_sizes_that_make_no_map(wrong, message):
    with pytest.raises(ValueError, match=message):
        LayoutOptions(**wrong)


# Grid


def test_every_cell_is_aligned_with_its_stage_and_channel_headers():
    workshop, _, layout = lay_out([(0, 0), (0, 0), (0, 0), (2, 1)])
    for stage, channel in itertools.product(workshop.stages, workshop.channels):
        cell = layout.cells[(stage.id, channel.id)]
        column, row = layout.stage_headers[stage.id], layout.channel_headers[channel.id]
        assert (cell.x, cell.width) == (column.x, column.width)
        assert (cell.y, cell.height) == (row.y, row.height)
        assert column.bottom <= cell.y
        assert row.right <= cell.x


def test_columns_and_rows_follow_each_other_without_gaps():
    workshop, _, layout = lay_out([(1, 1)], stage_count=4, channel_count=3)
    columns = [layout.stage_headers[stage.id] for stage in workshop.stages]
    rows = [layout.channel_headers[channel.id] for channel in workshop.channels]
    assert columns[0].x == OPTIONS.channel_header_width
    assert rows[0].y == OPTIONS.stage_header_height
    assert all(a.right == b.x for a, b in itertools.pairwise(columns))
    assert all(a.bottom == b.y for a, b in itertools.pairwise(rows))
    width, height = columns[-1].right - columns[0].x, rows[-1].bottom - rows[0].y
    assert layout.grid == Rect(columns[0].x, rows[0].y, width, height)


def test_an_empty_grid_still_has_every_cell():
    workshop, _, layout = lay_out([], stage_count=3, channel_count=4)
    assert len(layout.cells) == 12
    assert layout.cards == {}
    assert all(rect.width == ONE_CARD_WIDE for rect in layout.stage_headers.values())
    assert all(rect.height == card_height(1) for rect in layout.channel_headers.values())
    assert layout.cell_at(layout.cells[cell_of(workshop, 2, 3)].center) == cell_of(workshop, 2, 3)


def test_a_workshop_without_stages_or_channels_lays_out_to_headers_only():
    _, _, layout = lay_out([], stage_count=0, channel_count=0)
    assert layout.cells == {}
    assert layout.size == (120, 40 + 60 + 30)
    assert layout.cell_at((130, 50)) is None


def test_a_column_is_never_narrower_than_the_minimal_stage_width():
    options = LayoutOptions(min_stage_width=300)
    _, _, layout = lay_out([(0, 0), (0, 0)], options=options)
    assert all(rect.width == 300 for rect in layout.stage_headers.values())


def test_a_column_grows_to_its_fullest_cell_up_to_the_cards_per_row():
    workshop, _, layout = lay_out([(0, 0), (1, 0), (1, 1), (1, 1), (2, 1), (2, 1), (2, 1)])
    widths = [layout.stage_headers[stage.id].width for stage in workshop.stages]
    assert widths == [ONE_CARD_WIDE, TWO_CARDS_WIDE, TWO_CARDS_WIDE]
    expected = zip(workshop.stages, [1, 2, 2], strict=True)
    assert layout.cards_per_row == {stage.id: n for stage, n in expected}


def test_a_row_grows_to_its_tallest_cell():
    # 5 cards two by two need 3 rows; 1 card in a one-card-wide column needs 1.
    workshop, _, layout = lay_out([(0, 0)] + [(1, 0)] * 5 + [(2, 1)] * 2)
    heights = [layout.channel_headers[channel.id].height for channel in workshop.channels]
    assert heights == [card_height(3), card_height(1)]
    assert layout.card_rows == {workshop.channels[0].id: 3, workshop.channels[1].id: 1}


def test_rows_count_card_rows_with_each_columns_own_cards_per_row():
    # Three cards in a column whose fullest cell holds 3: two rows of two.
    options = LayoutOptions(max_cards_per_row=3)
    workshop, _, layout = lay_out([(0, 0)] * 3 + [(0, 1)] * 5, options=options)
    assert layout.cards_per_row[workshop.stages[0].id] == 3
    assert layout.card_rows == {workshop.channels[0].id: 1, workshop.channels[1].id: 2}


# Cards


def test_cards_lie_inside_their_cell_and_never_overlap():
    _, journey, layout = lay_out([(0, 0)] * 5 + [(1, 0)] * 2 + [(2, 1)] * 3 + [(0, 1)])
    assert_cards_inside_cells_without_overlap(journey, layout)


def test_cards_wrap_row_by_row_at_the_cards_per_row_in_card_order():
    workshop, journey, layout = lay_out([(0, 0)] * 5)
    cell = layout.cells[cell_of(workshop, 0, 0)]
    ordered = journey.cell_cards(*cell_of(workshop, 0, 0))
    positions = [(layout.cards[card.id].x, layout.cards[card.id].y) for card in ordered]
    left, second, top = cell.x + 10, cell.x + 10 + 100 + 5, cell.y + 10
    assert positions == [
        (left, top),
        (second, top),
        (left, top + 55),
        (second, top + 55),
        (left, top + 110),
    ]


def test_cards_take_their_place_from_their_order_not_from_the_dict():
    workshop, _ = make_workshop(placements=[])
    stage_id, channel_id = cell_of(workshop, 0, 0)
    cards = [Card(f"I do {i}", stage_id, channel_id, order=i) for i in range(3)]
    journey = Journey("Current", cards={card.id: card for card in reversed(cards)})
    layout = layout_journey(workshop, journey, OPTIONS)
    xs_then_ys = [(layout.cards[c.id].y, layout.cards[c.id].x) for c in cards]
    assert xs_then_ys == sorted(xs_then_ys)


def test_cards_of_a_column_line_up_across_channels():
    workshop, _, layout = lay_out([(1, 0)] * 3 + [(1, 1)] * 1)
    lefts = {rect.x for rect in layout.cards.values()}
    cell = layout.cells[cell_of(workshop, 1, 0)]
    assert lefts == {cell.x + 10, cell.x + 10 + 105}


def test_cards_are_centred_in_a_column_wider_than_they_need():
    options = LayoutOptions(card_width=100, min_stage_width=200, cell_padding=10)
    _, journey, layout = lay_out([(0, 0)], options=options)
    (card,) = journey.cards.values()
    cell = layout.cells[card.cell]
    assert layout.cards[card.id].x - cell.x == cell.right - layout.cards[card.id].right == 50


def test_cards_outside_the_workshops_stages_and_channels_are_left_out():
    workshop, journey = make_workshop(placements=[(0, 0)])
    stray = Card("I do something elsewhere", "no-such-stage", workshop.channels[0].id)
    journey.insert_card(stray, 0)
    layout = layout_journey(workshop, journey, OPTIONS)
    assert stray.id not in layout.cards
    assert len(layout.cards) == 1


# One cell


def test_placing_one_cell_gives_the_same_rects_as_the_full_layout():
    _, journey, layout = lay_out([(0, 0)] * 4 + [(1, 1)] * 3 + [(2, 0)])
    for (stage_id, channel_id), rect in layout.cells.items():
        ids = journey.cell_card_ids(stage_id, channel_id)
        placed = layout.place_cell_cards(stage_id, channel_id, ids)
        assert placed == {card_id: layout.cards[card_id] for card_id in ids}
        per_row = layout.cards_per_row[stage_id]
        assert cell_card_rects(rect, ids, per_row, OPTIONS) == placed


def test_after_a_card_is_added_the_one_cell_update_matches_a_new_full_layout():
    workshop, journey, layout = lay_out([(0, 0)] * 3 + [(0, 1)])
    stage_id, channel_id = cell_of(workshop, 0, 1)
    assert layout.cell_fits(stage_id, channel_id, 2)
    journey.insert_card(Card("I call back", stage_id, channel_id), 0)
    placed = layout.place_cell_cards(
        stage_id, channel_id, journey.cell_card_ids(stage_id, channel_id)
    )
    fresh = layout_journey(workshop, journey, OPTIONS)
    assert fresh.cells == layout.cells
    assert placed == {card_id: fresh.cards[card_id] for card_id in placed}


def test_cell_fits_says_when_a_column_or_a_row_would_have_to_grow():
    workshop, _, layout = lay_out([(0, 0)] * 4 + [(1, 0)])
    assert layout.cell_fits(*cell_of(workshop, 0, 0), 4)
    assert not layout.cell_fits(*cell_of(workshop, 0, 0), 5)  # a third row of cards
    assert layout.cell_fits(*cell_of(workshop, 0, 1), 2)
    assert not layout.cell_fits(*cell_of(workshop, 0, 1), 3)  # a second row of cards
    assert layout.cell_fits(*cell_of(workshop, 1, 0), 1)
    assert not layout.cell_fits(*cell_of(workshop, 1, 0), 2)  # one card wide -> two
    assert not layout.cell_fits(*cell_of(workshop, 1, 1), 2)


# Lookup


def test_cell_at_finds_the_cell_under_a_point():
    _, _, layout = lay_out([(0, 0)] * 3 + [(2, 1)], stage_count=4, channel_count=3)
    for key, rect in layout.cells.items():
        assert layout.cell_at(rect.center) == key
        assert layout.cell_at((rect.x, rect.y)) == key
        assert layout.cell_at((rect.right - 0.01, rect.bottom - 0.01)) == key
    grid = layout.grid
    outside = [
        (0, 0),
        (grid.x - 1, grid.y + 1),
        (grid.right, grid.y),
        (grid.x, grid.bottom),
        (grid.x + 1, grid.y - 1),
        (-5, -5),
    ]
    for point in outside:
        assert layout.cell_at(point) is None


@settings(max_examples=150, deadline=None)
@given(
    st.floats(-200, 2000, allow_nan=False),
    st.floats(-200, 2000, allow_nan=False),
    st.floats(0.5, 1500, allow_nan=False),
    st.floats(0.5, 1500, allow_nan=False),
)
def test_cells_in_finds_the_cells_that_overlap_an_area(left, top, width, height):
    _, _, layout = lay_out([(0, 0)] * 3 + [(2, 1)], stage_count=4, channel_count=3)
    area = Rect(left, top, width, height)
    expected = [key for key, rect in layout.cells.items() if rect.intersects(area)]
    assert sorted(layout.cells_in(area)) == sorted(expected)


def test_a_point_on_the_line_between_two_cells_belongs_to_the_right_and_lower_one():
    workshop, _, layout = lay_out([])
    left = layout.cells[cell_of(workshop, 0, 0)]
    assert layout.cell_at((left.right, left.y + 1)) == cell_of(workshop, 1, 0)
    assert layout.cell_at((left.x + 1, left.bottom)) == cell_of(workshop, 0, 1)


def test_card_at_finds_the_card_under_a_point_and_nothing_in_the_gaps():
    workshop, journey, layout = lay_out([(0, 0)] * 3 + [(1, 1)])
    for card_id, rect in layout.cards.items():
        assert layout.card_at(rect.center) == card_id
    first = layout.cards[journey.cell_card_ids(*cell_of(workshop, 0, 0))[0]]
    assert layout.card_at((first.right + 1, first.y + 1)) is None  # the gap between cards
    assert layout.card_at(layout.cells[cell_of(workshop, 2, 0)].center) is None  # empty cell
    assert layout.card_at((1, 1)) is None


# Phase bands


def test_phase_bands_group_consecutive_stages_of_the_same_phase():
    phases = ["Marketing", "marketing ", "Sales", "Sales", "Sales"]
    workshop, _, layout = lay_out([], stage_count=5, phases=phases)
    marketing, sales = layout.phase_bands
    headers = [layout.stage_headers[stage.id] for stage in workshop.stages]
    assert (marketing.name, marketing.colour) == ("Marketing", workshop.stages[0].colour)
    assert marketing.stage_ids == (workshop.stages[0].id, workshop.stages[1].id)
    assert marketing.rect == Rect(headers[0].x, 0, headers[1].right - headers[0].x, 20)
    assert (sales.name, sales.colour) == ("Sales", workshop.stages[2].colour)
    assert sales.rect == Rect(headers[2].x, 0, headers[4].right - headers[2].x, 20)
    assert all(header.y == 20 for header in headers)


def test_a_handoff_starts_where_another_team_takes_over():
    phases = ["Marketing", "Sales", "", "Sales", "", "Customer Success", "Customer Success"]
    workshop, _, layout = lay_out([], stage_count=7, phases=phases)
    bands = layout.phase_bands
    assert [band.name for band in bands] == ["Marketing", "Sales", "Sales", "Customer Success"]
    assert [band.handoff for band in bands] == [False, True, False, True]
    assert bands[1].handoff_x == layout.stage_headers[workshop.stages[1].id].x
    assert bands[3].handoff_x == layout.stage_headers[workshop.stages[5].id].x
    assert bands[0].handoff_x is None


def test_without_phases_there_is_no_band_row():
    _, _, layout = lay_out([])
    assert layout.phase_bands == ()
    assert all(header.y == 0 for header in layout.stage_headers.values())
    assert layout.corner == Rect(0, 0, 120, 40)


# Lanes


def test_lanes_lie_under_the_grid_and_span_it():
    workshop, _, layout = lay_out([(1, 1)] * 3)
    emotion, crm = layout.lanes
    assert (emotion.kind, crm.kind) == (LaneKind.EMOTION, LaneKind.CRM)
    assert emotion.rect == Rect(0, layout.grid.bottom, layout.size[0], 60)
    assert crm.rect == Rect(0, emotion.rect.bottom, layout.size[0], 30)
    assert crm.rect.bottom == layout.size[1]
    for lane in layout.lanes:
        assert lane.label == Rect(0, lane.rect.y, 120, lane.rect.height)
        assert list(lane.slots) == [stage.id for stage in workshop.stages]
        for stage_id, slot in lane.slots.items():
            header = layout.stage_headers[stage_id]
            assert (slot.x, slot.width) == (header.x, header.width)
            assert (slot.y, slot.height) == (lane.rect.y, lane.rect.height)


def test_lanes_can_be_hidden():
    options = LayoutOptions(show_emotion_lane=False)
    _, _, layout = lay_out([], options=options)
    assert [lane.kind for lane in layout.lanes] == [LaneKind.CRM]
    _, _, layout = lay_out([], options=LayoutOptions(show_emotion_lane=False, show_crm_lane=False))
    assert layout.lanes == ()
    assert layout.size[1] == layout.grid.bottom


def test_everything_lies_inside_the_bounds():
    _, _, layout = lay_out([(0, 0)] * 5 + [(2, 1)], phases=["A", "A", "B"])
    rects = [
        *layout.stage_headers.values(),
        *layout.channel_headers.values(),
        *layout.cells.values(),
        *layout.cards.values(),
        *(band.rect for band in layout.phase_bands),
        *(lane.rect for lane in layout.lanes),
        layout.corner,
    ]
    assert all(layout.bounds.contains_rect(rect) for rect in rects)


# Determinism


def test_the_same_journey_always_lays_out_the_same():
    rng = random.Random(7)
    placements = [(rng.randrange(3), rng.randrange(2)) for _ in range(40)]
    workshop, journey = make_workshop(placements=placements)
    first = layout_journey(workshop, journey)
    second = layout_journey(workshop, journey)
    assert first == second
    assert list(first.cards) == list(second.cards)
    shuffled = list(journey.cards.values())
    random.Random(3).shuffle(shuffled)
    again = Journey(journey.name, id=journey.id, cards={card.id: card for card in shuffled})
    assert layout_journey(workshop, again) == first


# Property


@settings(database=None, max_examples=150)
@given(
    stage_count=st.integers(1, 4),
    channel_count=st.integers(1, 3),
    per_row=st.integers(1, 3),
    gap=st.sampled_from([0, 3, 8]),
    padding=st.sampled_from([0, 10]),
    data=st.data(),
)
def test_cards_never_overlap_and_stay_in_their_cell(
    stage_count, channel_count, per_row, gap, padding, data
):
    placements = data.draw(
        st.lists(
            st.tuples(st.integers(0, stage_count - 1), st.integers(0, channel_count - 1)),
            max_size=30,
        )
    )
    options = LayoutOptions(
        card_gap=gap, cell_padding=padding, max_cards_per_row=per_row, min_stage_width=50
    )
    workshop, journey = make_workshop(stage_count, channel_count, placements)
    layout = layout_journey(workshop, journey, options)
    assert_cards_inside_cells_without_overlap(journey, layout)
    for card_id, rect in layout.cards.items():
        assert layout.card_at(rect.center) == card_id
