"""Big maps: tiled across pages so their words stay at 6 pt or more, with an assembly key."""

from __future__ import annotations

import math

import pytest
from pdf_reading import export, no_space, pdftotext
from support.synthetic import synthetic_workshop

from journey_studio.exporters.pdf.map_pages import MIN_SCALE, OVERLAP
from journey_studio.exporters.pdf.paper import MM, PAPER_NAMES, paper
from journey_studio.exporters.pdf.style import MIN_TEXT_PT, SMALLEST_MAP_TEXT
from journey_studio.exporters.pdf.tiling import column_letters, plan_map
from journey_studio.layout import Rect


def test_a_thousand_cards_are_tiled_on_a4(tmp_path) -> None:
    workshop = synthetic_workshop(1000, seed=1000)
    exported = export(workshop, tmp_path / "grand.pdf", paper="A4")
    maps = [m for m in exported.report.maps if m.persona is None]
    assert len(maps) == len(workshop.journeys)
    for placement, journey in zip(maps, workshop.journeys, strict=True):
        assert placement.tiled
        assert placement.page_count == 1 + placement.columns * placement.rows
        assert placement.smallest_text_pt >= MIN_TEXT_PT
        assert placement.smallest_text_pt == pytest.approx(SMALLEST_MAP_TEXT * placement.scale)
        key = pdftotext(exported.path, placement.first_page, placement.first_page)
        assert f"{placement.columns * placement.rows} pages" in key
        last = placement.first_page + placement.page_count - 1
        tiles = no_space(pdftotext(exported.path, placement.first_page + 1, last))
        # Every card of the journey shows (at least its first line) on some tile.
        shown = sum(1 for card in journey.cards.values() if no_space(card.text[:14]) in tiles)
        assert shown == len(journey.cards)
    flat = no_space(exported.text)
    cards = [card for journey in workshop.journeys for card in journey.cards.values()]
    assert all(no_space(card.text) in flat for card in cards)


@pytest.mark.parametrize("name", PAPER_NAMES)
def test_tiles_cover_the_whole_map_with_their_overlap(name) -> None:
    sheet = paper(name)
    body = sheet.body
    size = (5200.0, 9100.0)
    plan = plan_map(
        size, (body.width, body.height), min_scale=MIN_SCALE, max_scale=sheet.scale, overlap=OVERLAP
    )
    assert plan.scale >= MIN_SCALE
    assert plan.overlap == pytest.approx(10 * MM)
    assert plan.columns == math.ceil(
        (size[0] * plan.scale - OVERLAP) / (body.width - OVERLAP) - 1e-9
    )
    windows = {(t.column, t.row): t.window for t in plan.tiles}
    assert len(windows) == plan.columns * plan.rows
    right = max(w.right for w in windows.values())
    bottom = max(w.bottom for w in windows.values())
    assert right >= size[0] - 1e-6
    assert bottom >= size[1] - 1e-6
    for (column, row), window in windows.items():
        assert window.width * plan.scale == pytest.approx(body.width)
        if (column + 1, row) in windows:
            neighbour = windows[(column + 1, row)]
            assert (window.right - neighbour.x) * plan.scale == pytest.approx(OVERLAP)
        if (column, row + 1) in windows:
            below = windows[(column, row + 1)]
            assert (window.bottom - below.y) * plan.scale == pytest.approx(OVERLAP)


def test_a_map_that_fits_stays_on_one_page_at_most_its_paper_scale() -> None:
    plan = plan_map((600.0, 400.0), (1100.0, 700.0), min_scale=0.6, max_scale=1.2, overlap=28.0)
    assert not plan.tiled
    assert plan.scale == pytest.approx(1.2)
    assert plan.tiles[0].window == Rect(0.0, 0.0, 600.0, 400.0)
    plan = plan_map((1800.0, 1100.0), (1100.0, 700.0), min_scale=0.6, max_scale=1.2, overlap=28.0)
    assert not plan.tiled
    assert plan.scale == pytest.approx(min(1100 / 1800, 700 / 1100))


def test_tiles_are_named_like_spreadsheet_cells() -> None:
    assert [column_letters(i) for i in (0, 1, 25, 26, 27)] == ["A", "B", "Z", "AA", "AB"]
    plan = plan_map((3000.0, 2000.0), (700.0, 450.0), min_scale=0.6, max_scale=1.0, overlap=28.0)
    assert plan.tiles[0].label == "A1"
    assert plan.tiles[1].label == "B1"
    assert plan.tiles[plan.columns].label == "A2"
