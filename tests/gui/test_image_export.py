"""The map as a PNG picture or an SVG drawing, as the canvas draws it."""

from __future__ import annotations

import math
import os
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from journey_studio.gui import palette
from journey_studio.gui.image_export import (
    BORDER,
    MAX_PIXELS,
    MAX_SIDE_PIXELS,
    ImageExportError,
    export_image,
    png_scale,
    render_image,
)
from journey_studio.layout import layout_journey
from journey_studio.model.vocabulary import JourneyKind, Rating
from journey_studio.model.workshop import Card, Journey, Workshop

SVG = "{http://www.w3.org/2000/svg}"
HOSTILE = "Je lis <b>\"promo\" & 'remise'</b> =SOMME(A1)"
running_as_root = hasattr(os, "geteuid") and os.geteuid() == 0


def current(workshop: Workshop) -> Journey:
    return next(j for j in workshop.journeys if j.kind is JourneyKind.CURRENT)


def target(workshop: Workshop) -> Journey:
    return next(j for j in workshop.journeys if j.kind is JourneyKind.TARGET)


@pytest.fixture
def workshop(small_workshop: Workshop) -> Workshop:
    """The small workshop, every card short enough to show whole, one card hostile."""
    journey = current(small_workshop)
    for card in journey.cards.values():
        if len(card.text) > 60:
            card.text = "Je remplis un long formulaire"
    first = next(iter(journey.cards.values()))
    hostile = Card(HOSTILE, first.stage_id, first.channel_id, order=9, rating=Rating.DELIGHT)
    journey.cards[hostile.id] = hostile
    journey.reindex()
    return small_workshop


def pixel(image: QImage, x: float, y: float, scale: float) -> QColor:
    """The colour at a point of the map (map units) in an exported PNG."""
    return image.pixelColor(math.floor((x + BORDER) * scale), math.floor((y + BORDER) * scale))


def near(colour: QColor, hex_code: str, tolerance: int = 12) -> bool:
    expected = QColor(hex_code)
    return all(
        abs(a - b) <= tolerance
        for a, b in zip(colour.getRgb()[:3], expected.getRgb()[:3], strict=True)
    )


def svg_texts(path: Path) -> list[str]:
    root = ET.parse(path).getroot()
    return [element.text or "" for element in root.iter(f"{SVG}text")]


def test_a_png_is_the_map_at_scale_with_each_card_in_its_rating_colour(
    qapp, workshop: Workshop, tmp_path: Path
) -> None:
    journey = current(workshop)
    out = export_image(workshop, tmp_path / "carte.png", journey_id=journey.id, scale=2.0)

    image = QImage(str(out))
    layout = layout_journey(workshop, journey)
    width, height = layout.size
    assert (image.width(), image.height()) == (
        math.ceil((width + 2 * BORDER) * 2),
        math.ceil((height + 2 * BORDER) * 2),
    )
    assert image.pixelColor(1, 1) == QColor("#FFFFFF")
    assert round(image.dotsPerMeterX() * 0.0254) == 300
    for card in journey.cards.values():
        rect = layout.cards[card.id]
        stripe = pixel(image, rect.x + 3, rect.y + rect.height / 2, 2.0)
        assert near(stripe, palette.RATING_HEX[card.rating]), card.text
        face = pixel(image, rect.x + rect.width - 8, rect.y + 3, 2.0)
        assert near(face, palette.CARD_HEX), card.text


def test_the_default_image_is_the_target_journey(qapp, workshop: Workshop, tmp_path: Path):
    out = tmp_path / "cible.svg"
    export_image(workshop, out)

    title = ET.parse(out).getroot().find(f"{SVG}title")
    assert title is not None
    assert title.text == f"{workshop.name} – {target(workshop).name}"
    assert "Je réserve une démo en ligne" in " ".join(svg_texts(out))


def test_an_svg_holds_every_card_text_as_text_escaped(
    qapp, workshop: Workshop, tmp_path: Path
) -> None:
    journey = current(workshop)
    out = export_image(workshop, tmp_path / "carte.svg", journey_id=journey.id)

    flat = " ".join(" ".join(svg_texts(out)).split())
    for card in journey.cards.values():
        assert " ".join(card.text.split()) in flat
    raw = out.read_text(encoding="utf-8")
    assert "&lt;b&gt;" in raw
    assert "&amp;" in raw
    assert "<b>" not in raw
    assert "Évaluation" in flat


def test_the_persona_filter_fades_the_other_cards(qapp, workshop: Workshop, tmp_path: Path) -> None:
    journey = current(workshop)
    karim = next(p for p in workshop.personas if p.name == "Karim")
    out = export_image(
        workshop, tmp_path / "karim.png", journey_id=journey.id, persona_id=karim.id, scale=1.0
    )

    image = QImage(str(out))
    layout = layout_journey(workshop, journey)
    for card in journey.cards.values():
        rect = layout.cards[card.id]
        stripe = pixel(image, rect.x + 3, rect.y + rect.height / 2, 1.0)
        full = palette.RATING_HEX[card.rating]
        if karim.id in card.persona_ids:
            assert near(stripe, full), card.text
        else:
            assert not near(stripe, full, tolerance=30), card.text
            assert stripe.lightness() > QColor(full).lightness(), card.text


@pytest.mark.parametrize("name", ["carte.jpg", "carte", "carte.png.txt"])
def test_only_png_and_svg_are_written(qapp, workshop: Workshop, tmp_path: Path, name: str) -> None:
    with pytest.raises(ImageExportError) as raised:
        export_image(workshop, tmp_path / name)

    assert isinstance(raised.value, ValueError)
    message = str(raised.value)
    assert ".png" in message
    assert ".svg" in message
    assert message.count(". ") == 0
    assert message.endswith(".")
    assert list(tmp_path.iterdir()) == []


def test_an_unknown_journey_or_persona_is_one_sentence(qapp, workshop: Workshop, tmp_path: Path):
    with pytest.raises(ImageExportError, match="no journey"):
        export_image(workshop, tmp_path / "a.png", journey_id="nope")
    with pytest.raises(ImageExportError, match="no persona"):
        export_image(workshop, tmp_path / "a.png", persona_id="nope")
    assert list(tmp_path.iterdir()) == []


def test_an_existing_image_is_replaced_whole(qapp, workshop: Workshop, tmp_path: Path):
    out = tmp_path / "carte.png"
    out.write_bytes(b"old")

    export_image(workshop, out, scale=1.0)

    assert QImage(str(out)).width() > 100
    assert [p.name for p in tmp_path.iterdir()] == ["carte.png"]


def test_a_missing_folder_is_one_sentence(qapp, workshop: Workshop, tmp_path: Path):
    with pytest.raises(ImageExportError, match="does not exist"):
        export_image(workshop, tmp_path / "absent" / "carte.svg")


@pytest.mark.skipif(
    running_as_root, reason="root writes through chmod, so a read-only folder cannot be simulated"
)
@pytest.mark.parametrize("name", ["carte.png", "carte.svg"])
def test_a_read_only_folder_is_one_sentence_and_keeps_the_old_image(
    qapp, workshop: Workshop, tmp_path: Path, name: str
) -> None:
    folder = tmp_path / "livrables"
    folder.mkdir()
    out = folder / name
    out.write_bytes(b"old")
    folder.chmod(0o555)
    try:
        with pytest.raises(ImageExportError, match="read-only"):
            export_image(workshop, out)
    finally:
        folder.chmod(0o755)
    assert out.read_bytes() == b"old"
    assert [p.name for p in folder.iterdir()] == [name]


def test_a_very_large_map_is_drawn_at_a_lower_scale() -> None:
    assert png_scale(1000.0, 800.0, 2.0) == 2.0
    wide = png_scale(40_000.0, 500.0, 2.0)
    assert 40_000.0 * wide <= MAX_SIDE_PIXELS
    big = png_scale(12_000.0, 12_000.0, 2.0)
    assert (12_000.0 * big) ** 2 <= MAX_PIXELS * 1.0001


def test_the_report_says_the_scale_used(qapp, workshop: Workshop, tmp_path: Path) -> None:
    written = render_image(workshop, tmp_path / "carte.png", scale=1.5)

    assert written.scale == 1.5
    assert not written.scaled_down
    assert (written.width, written.height) == (
        QImage(str(written.path)).width(),
        QImage(str(written.path)).height(),
    )
