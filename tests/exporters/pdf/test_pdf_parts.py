"""The parts of the deliverable on their own: icons, words and numbers, text measuring,
and that nothing heavy is loaded before an export."""

from __future__ import annotations

import subprocess
import sys

import pytest

from journey_studio.assets import icon_names
from journey_studio.exporters.pdf.icons import load_icon
from journey_studio.exporters.pdf.svg_paths import CLOSE, CURVE, LINE, MOVE, path_ops
from journey_studio.exporters.pdf.text import clean, measure, wrap_lines, wrap_paragraphs
from journey_studio.exporters.pdf.wording import WORDS, Wording
from journey_studio.model.vocabulary import ActionStatus, ForecastCategory, Level, Rating


def test_every_packaged_icon_reads_into_vector_shapes() -> None:
    names = icon_names()
    assert {"rating-delight", "rating-irritant", "rating-breaking-point", "moment-of-truth"} <= set(
        names
    )
    for name in names:
        icon = load_icon(name)
        assert icon is not None, name
        assert icon.shapes, name
        min_x, min_y, width, height = icon.view_box
        assert width > 0
        assert height > 0
        for shape in icon.shapes:
            for op in shape.ops:
                if op[0] != CLOSE:
                    xs, ys = op[1::2], op[2::2]
                    assert all(min_x - 1 <= x <= min_x + width + 1 for x in xs), name
                    assert all(min_y - 1 <= y <= min_y + height + 1 for y in ys), name


def test_ratings_are_told_apart_by_shape_not_only_colour() -> None:
    star = load_icon("rating-delight")
    triangle = load_icon("rating-irritant")
    octagon = load_icon("rating-breaking-point")
    assert star
    assert triangle
    assert octagon
    assert len(star.shapes[0].ops) == 11  # ten points and a close
    assert len(octagon.shapes[0].ops) == 9
    assert len(octagon.shapes) == 3  # the octagon and the two strokes of its cross
    assert any(op[0] == CURVE for op in triangle.shapes[0].ops)  # rounded corners
    assert len(triangle.shapes) == 3  # the triangle, the bar and the dot of its "!"


def test_paths_read_relative_commands_and_arcs() -> None:
    ops = list(path_ops("M10 10h5v5H10z m2 2 l1 1"))
    assert ops[:5] == [(MOVE, 10, 10), (LINE, 15, 10), (LINE, 15, 15), (LINE, 10, 15), (CLOSE,)]
    assert ops[5:] == [(MOVE, 12, 12), (LINE, 13, 13)]
    arc = list(path_ops("M0 10 A10 10 0 0 1 10 0"))
    assert arc[-1][0] == CURVE
    assert arc[-1][-2:] == (10, 0)
    x1, y1 = arc[-1][1:3]
    assert x1 == pytest.approx(0.0, abs=1e-9)
    assert y1 == pytest.approx(10 - 10 * 0.5523, abs=1e-3)
    with pytest.raises(ValueError, match="cut short"):
        list(path_ops("M0 0 L5"))


def test_both_languages_have_every_word() -> None:
    assert set(WORDS["fr"]) == set(WORDS["en"])
    for language in ("fr", "en"):
        wording = Wording(language)
        for enum in (Rating, Level, ActionStatus, ForecastCategory):
            for value in enum:
                method = {
                    Rating: wording.rating,
                    Level: wording.level,
                    ActionStatus: wording.status,
                    ForecastCategory: wording.forecast,
                }[enum]
                assert method(value)


def test_numbers_dates_and_percentages_follow_the_language() -> None:
    fr, en = Wording("fr"), Wording("en")
    assert fr.percent(30) == "30\u202f%"
    assert en.percent(30) == "30%"
    assert fr.emotion(1.25) == "+1,2"
    assert en.emotion(-0.34) == "\u22120.3"
    assert fr.emotion(0) == "0,0"
    assert fr.number(12345.5, 1) == "12\u202f345,5"
    assert en.number(12345.5, 1) == "12,345.5"
    assert fr.date("2026-10-15") == "15 octobre 2026"
    assert en.date("2026-10-15") == "15 October 2026"
    assert fr.date("2026-05-01") == "1er mai 2026"
    assert fr.date("bientôt") == "bientôt"
    assert fr.date(None) == ""
    assert fr.quantity(2.5, "jours") == "2,5\u00a0jours"
    assert fr.quantity(25, "%") == "25\u202f%"
    assert fr.count("cards", 1) == "1 point de contact"
    assert fr.count("cards", 0) == "0 point de contact"
    assert en.count("cards", 0) == "0 touchpoints"
    assert Wording("de").language == "fr"
    assert Wording("en-GB").language == "en"


def test_text_wraps_at_spaces_breaks_long_words_and_elides() -> None:
    by = measure("JourneySans", 10.0)
    lines, cut = wrap_lines("Je reçois une relance commerciale chaque semaine", by, 104.0, 2)
    assert cut
    assert len(lines) == 2
    assert lines[-1].endswith("…")
    assert all(by.width(line) <= 104.0 for line in lines)
    lines, cut = wrap_lines("Supercalifragilisticexpialidocious!", by, 60.0, 5)
    assert not cut
    assert "".join(lines) == "Supercalifragilisticexpialidocious!"
    assert len(lines) > 1
    assert wrap_paragraphs("un\n\ndeux trois", by, 500.0) == ["un", "deux trois"]
    assert clean("a\x00b\x1fc\ud800d") == "a b c?d"


def test_kerning_makes_words_measure_as_on_the_canvas() -> None:
    """Qt's widths (DejaVu Sans, 10 px, measured once on the canvas): kerned pairs and
    advances cut to 1/64 px."""
    by = measure("JourneySans", 10.0)
    assert by.width("Je") == 9.078125
    assert by.width("rencontre") == pytest.approx(48.21875, abs=0.02)
    assert by.width("Je rencontre l'équipe") == pytest.approx(103.203125, abs=0.05)


def test_importing_the_exporter_loads_neither_reportlab_nor_qt() -> None:
    script = (
        "import sys, journey_studio.exporters.pdf as pdf\n"
        "assert callable(pdf.export_pdf)\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'reportlab', 'PySide6'}))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
