"""The printed map is the canvas's map: same colours, same lines of text, same lanes.

These tests read the canvas's own modules (Qt, offscreen) to check that the PDF's Qt-free
copies stay equal to them.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from support.synthetic import card_texts, synthetic_workshop

from journey_studio.exporters.colours import RATING_COLOURS
from journey_studio.exporters.pdf import style
from journey_studio.exporters.pdf.map_cards import CardText, initials
from journey_studio.exporters.pdf.map_lanes import stage_crm, stage_emotions
from journey_studio.layout import DEFAULT_OPTIONS
from journey_studio.model.vocabulary import Rating
from journey_studio.model.workshop import Card
from journey_studio.templates import sample_workshop

palette = pytest.importorskip("journey_studio.gui.palette")


def test_colours_are_the_palettes() -> None:
    for rating in Rating:
        assert RATING_COLOURS[rating] == palette.RATING_HEX[rating]
        assert style.RATING_ICON[rating] == palette.RATING_ICON[rating]
    for name in (
        "MOMENT_OF_TRUTH_HEX",
        "CRM_HEX",
        "INK_HEX",
        "MUTED_INK_HEX",
        "CARD_HEX",
        "CARD_BORDER_HEX",
        "GRID_LINE_HEX",
        "MAP_HEX",
        "ROW_SHADE_HEX",
        "HEADER_HEX",
        "HANDOFF_HEX",
        "NEUTRAL_HEX",
    ):
        assert getattr(style, name) == getattr(palette, name), name


def test_links_are_drawn_like_the_canvas_arrows() -> None:
    accents = pytest.importorskip("journey_studio.gui.canvas.items.accents")
    link_item = pytest.importorskip("journey_studio.gui.canvas.items.arrow")
    from PySide6.QtCore import QRectF

    from journey_studio.arrows import arrow_ends
    from journey_studio.exporters.pdf import map_links
    from journey_studio.layout import Rect

    assert style.LINK_HEX == accents.LINK_HEX
    assert (map_links.HEAD, map_links.GAP) == (link_item.HEAD, link_item.GAP)
    start, end = Rect(10.0, 20.0, 120.0, 70.0), Rect(300.0, 180.0, 120.0, 70.0)
    line = link_item.arrow_line(QRectF(10.0, 20.0, 120.0, 70.0), QRectF(300.0, 180.0, 120.0, 70.0))
    x1, y1, x2, y2 = arrow_ends(start, end)
    assert (x1, y1, x2, y2) == pytest.approx((line.x1(), line.y1(), line.x2(), line.y2()))


def test_printed_labels_keep_clear_of_the_cards_where_their_arrows_have_room() -> None:
    from journey_studio.exporters.pdf.map_links import plan_arrows
    from journey_studio.layout import layout_journey
    from journey_studio.model.workshop import CardLink

    workshop = synthetic_workshop(400, seed=7)
    journey = workshop.journeys[0]
    layout = layout_journey(workshop, journey, DEFAULT_OPTIONS)
    ids = list(layout.cards)
    links = [CardLink(ids[i], ids[-1 - i], label="si pas de réponse") for i in range(30)]
    arrows = plan_arrows(links, layout.cards)
    assert len(arrows) == 30
    clear = 0
    for arrow in arrows:
        assert arrow.label_box is not None
        x1, y1, x2, y2 = arrow.ends
        middle = ((x1 + x2) / 2, (y1 + y2) / 2)
        covered = [r for r in layout.cards.values() if r.intersects(arrow.label_box)]
        centre = arrow.label_box.center
        assert not covered or centre == pytest.approx(middle)  # clear, or nowhere to go
        clear += not covered
    assert clear >= 20  # most long arrows find room


def test_tint_and_ink_choice_are_the_palettes() -> None:
    from PySide6.QtGui import QColor

    for hex_code in ("#2E7D32", "#F9A825", "#C62828", "#9AA3AE", "#CCB974", "#64B5CD", "#1565C0"):
        qt = QColor(hex_code)
        assert style.text_on(style.rgb(hex_code)) == pytest.approx(
            palette.text_on(qt).getRgbF()[:3], abs=1e-6
        )
        tinted = palette.tint(qt, 0.85)
        assert style.tint(style.rgb(hex_code), 0.85) == pytest.approx(
            tinted.getRgbF()[:3], abs=1 / 255
        )
    darker = QColor(style.CRM_HEX).darker(130)
    assert style.darker(style.CRM, 130) == pytest.approx(darker.getRgbF()[:3], abs=1 / 255)


def test_card_sizes_are_the_card_items() -> None:
    card_item = pytest.importorskip("journey_studio.gui.canvas.items.card_item")
    sizes = style.CardSizes
    for name in ("RADIUS", "STRIPE", "PADDING", "FOOTER", "CHIP", "CHIP_STEP", "MAX_CHIPS"):
        assert getattr(sizes, name) == getattr(card_item, name), name
    assert sizes.TEXT == card_item.TEXT_SIZE
    assert sizes.CHIP_TEXT == card_item.CHIP_TEXT_SIZE
    assert sizes.SMALL_TEXT == card_item.SMALL_TEXT_SIZE
    for name in ("Claire Martin", "Karim", "Jean-Luc Picard", "  ", "Zoé d'Arc"):
        assert initials(name) == card_item.initials(name)


def test_cards_wrap_and_elide_into_the_canvas_lines(qapp) -> None:
    """Where the canvas gets DejaVu Sans (Linux), every card shows the same lines."""
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QFontInfo

    from journey_studio.gui.canvas.items.card_item import CardFace, CardItem
    from journey_studio.gui.canvas.text import cached_font
    from journey_studio.gui.icons import IconLibrary

    if QFontInfo(cached_font(10.0)).family() != "DejaVu Sans":
        pytest.skip("the canvas's font here is not DejaVu Sans")
    texts = [c.text for j in sample_workshop().journeys for c in j.cards.values()]
    texts += list(card_texts("fr")) + list(card_texts("en"))
    printed = CardText(DEFAULT_OPTIONS)
    icons = IconLibrary()
    size = QSizeF(DEFAULT_OPTIONS.card_width, DEFAULT_OPTIONS.card_height)
    different = []
    for text in texts:
        canvas = CardItem("card", CardFace(text), size, icons).text_lines()
        lines, _ = printed.lines(Card(text, "s", "c"))
        if canvas != lines:
            different.append((text, canvas, lines))
    assert not different, different[:3]


def test_lane_values_are_the_canvas_lanes() -> None:
    lanes = pytest.importorskip("journey_studio.gui.canvas.items.lanes")
    for workshop in (sample_workshop(), synthetic_workshop(300, seed=3)):
        stage_ids = [stage.id for stage in workshop.stages]
        for journey in workshop.journeys:
            ours = stage_emotions(journey, stage_ids)
            theirs = lanes.stage_emotions(journey, stage_ids)
            assert [(e.mean, e.cards) for e in ours] == [(e.mean, e.cards) for e in theirs]
        ours_crm = stage_crm(workshop, stage_ids)
        theirs_crm = lanes.stage_crm(workshop, stage_ids)
        assert [
            (s.lifecycle_status, [(p.name, p.probability) for p in s.steps]) for s in ours_crm
        ] == [(s.lifecycle_status, [(p.name, p.probability) for p in s.steps]) for s in theirs_crm]
