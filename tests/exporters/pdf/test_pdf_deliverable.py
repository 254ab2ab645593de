"""The sample workshop's deliverable, read back as a client's PDF reader would read it."""

from __future__ import annotations

import re
import subprocess

import pytest
from pdf_reading import (
    Exported,
    chapter_text,
    no_space,
    outline,
    pdfinfo,
    pdftotext,
    run,
    squash,
)

from journey_studio.exporters.pdf import export_pdf
from journey_studio.templates import sample_workshop

A3 = (1190.55, 841.89)
A4 = (841.89, 595.28)


def _cards(exported: Exported):
    return [card for journey in exported.workshop.journeys for card in journey.cards.values()]


def test_every_card_prints_in_full_with_its_accents(sample_a3: Exported) -> None:
    text, flat = squash(sample_a3.text), no_space(sample_a3.text)
    for card in _cards(sample_a3):
        assert squash(card.text) in text or no_space(card.text) in flat, card.text
    assert sample_a3.report.card_count == len(_cards(sample_a3))
    for word in ("Découverte", "Évaluation", "Décision / négociation", "Fidélisation", "é", "ç"):
        assert word in sample_a3.text


def test_each_map_shows_its_cards_as_the_canvas_does(sample_a3: Exported) -> None:
    """On its own page a map shows every card, cut with an ellipsis where the canvas cuts."""
    from journey_studio.exporters.pdf.map_cards import CardText
    from journey_studio.layout import DEFAULT_OPTIONS

    lines_of = CardText(DEFAULT_OPTIONS).lines
    for placement, journey in zip(sample_a3.report.maps, sample_a3.workshop.journeys, strict=False):
        assert placement.journey == journey.name
        page = pdftotext(sample_a3.path, placement.first_page, placement.first_page)
        shown = squash(page)
        for card in journey.cards.values():
            lines, cut = lines_of(card)
            assert squash(" ".join(lines)) in shown, card.text
            assert cut == lines[-1].endswith("…")
    assert sample_a3.report.elided_cards > 0


def test_pages_are_landscape_at_the_chosen_size(sample_a3: Exported, sample_a4: Exported) -> None:
    for exported, (width, height), name in ((sample_a3, A3, "A3"), (sample_a4, A4, "A4")):
        info = pdfinfo(exported.path)
        assert int(info["Pages"]) == exported.report.page_count
        size = re.match(r"([\d.]+) x ([\d.]+) pts", info["Page size"])
        assert size is not None
        assert float(size[1]) == pytest.approx(width, abs=0.1)
        assert float(size[2]) == pytest.approx(height, abs=0.1)
        assert exported.report.paper == name
        sizes = run("pdfinfo", "-f", "1", "-l", str(exported.report.page_count), str(exported.path))
        assert len(set(re.findall(r"size:\s+([\d.]+ x [\d.]+)", sizes))) == 1


def test_the_sample_maps_fit_one_a3_page_each_with_words_at_six_points(sample_a3: Exported) -> None:
    journeys = [m for m in sample_a3.report.maps if m.persona is None]
    assert len(journeys) == 2
    for placement in journeys:
        assert not placement.tiled
        assert placement.page_count == 1
        assert placement.smallest_text_pt >= 6.0
        assert placement.smallest_text_pt == pytest.approx(10.0 * placement.scale)


def test_the_sample_maps_are_tiled_on_a4(sample_a4: Exported) -> None:
    for placement in (m for m in sample_a4.report.maps if m.persona is None):
        assert placement.tiled
        assert placement.page_count == 1 + placement.columns * placement.rows
        assert placement.smallest_text_pt >= 6.0
        key = pdftotext(sample_a4.path, placement.first_page, placement.first_page)
        assert "Assemblage de la carte" in key
        assert "A1" in key
        assert "B2" in key


def test_cover_header_and_footer_carry_the_workshop(sample_a3: Exported) -> None:
    workshop = sample_a3.workshop
    cover = pdftotext(sample_a3.path, 1, 1)
    for fact in (workshop.name, workshop.client, workshop.facilitator, "15 octobre 2026"):
        assert fact in cover
    total = sample_a3.report.page_count
    for page in (2, total // 2, total):
        text = pdftotext(sample_a3.path, page, page)
        assert f"Page {page} sur {total}" in text
        assert workshop.name in text
        assert "Camille Roussel" in text
    assert "Page 1 sur" not in cover


def test_bookmarks_open_every_chapter_at_its_page(sample_a3: Exported) -> None:
    items = outline(sample_a3.path)
    sections = sample_a3.report.sections
    assert [(i.level, i.title, i.page) for i in items] == [
        (s.level, s.title, s.page) for s in sections
    ]
    chapters = [item.title for item in items if item.level == 0]
    assert chapters == [
        "Atelier parcours cible — Logicia",
        "Sommaire",
        "Légende",
        "Cartes des parcours",
        "Moments de vérité et points de rupture",
        "Personas",
        "Étapes et CRM",
        "Pipelines",
        "Plan d'actions",
        "Inventaire des points de contact",
    ]
    contents = pdftotext(sample_a3.path, 2, 2)
    for section in sections:
        if section.level == 0 and section.title not in ("Sommaire", sample_a3.workshop.name):
            assert re.search(re.escape(section.title) + r"[ .]*" + str(section.page), contents)


def test_each_persona_has_a_page_with_their_map(sample_a3: Exported) -> None:
    workshop = sample_a3.workshop
    persona_maps = [m for m in sample_a3.report.maps if m.persona is not None]
    assert {m.persona for m in persona_maps} == {p.name for p in workshop.personas}
    for placement in persona_maps:
        assert placement.smallest_text_pt >= 6.0
        page = pdftotext(sample_a3.path, placement.first_page, placement.first_page)
        persona = next(p for p in workshop.personas if p.name == placement.persona)
        assert persona.role in page
        journey = next(j for j in workshop.journeys if j.name == placement.journey)
        theirs = [c for c in journey.cards.values() if persona.id in c.persona_ids]
        others = [c for c in journey.cards.values() if persona.id not in c.persona_ids]
        assert theirs
        flat = no_space(page)
        for card in theirs:
            assert no_space(card.text[:12]) in flat
        missing = [card for card in others if no_space(card.text[:25]) not in flat]
        assert len(missing) >= len(others) - 2


def test_moments_of_truth_and_breaking_points_list_their_actions(sample_a3: Exported) -> None:
    workshop = sample_a3.workshop
    chapter = squash(chapter_text(sample_a3, "Moments de vérité et points de rupture"))
    acted = {action.card_id: action for action in workshop.actions if action.card_id}
    for journey in workshop.journeys:
        for card in journey.cards.values():
            if card.moment_of_truth or card.rating.value == "breaking_point":
                assert squash(card.text) in chapter
                if card.id in acted:
                    assert squash(acted[card.id].text) in chapter


def test_stages_pipelines_and_action_plan_are_printed(sample_a3: Exported) -> None:
    workshop = sample_a3.workshop
    text = squash(sample_a3.text)
    for stage in workshop.stages:
        for part in (stage.definition, stage.entry_criteria, stage.lifecycle_status):
            assert squash(part) in text
    for pipeline in workshop.pipelines:
        for stage in pipeline.stages:
            assert stage.name in text
            if stage.probability is not None:
                # A narrow no-break space before "%"; pdftotext gives it as a space.
                assert re.search(rf"\b{stage.probability}\s%", sample_a3.text)
    for action in workshop.actions:
        assert squash(action.text) in text


def test_fonts_are_embedded_subsets_that_map_back_to_unicode(sample_a3: Exported) -> None:
    lines = run("pdffonts", str(sample_a3.path)).splitlines()[2:]
    assert lines
    for line in lines:
        name, *_rest = line.split()
        assert "DejaVuSans" in name
        assert re.search(r"\byes\s+yes\s+yes\b", line), line


def test_metadata_names_the_workshop(sample_a3: Exported) -> None:
    info = pdfinfo(sample_a3.path)
    assert info["Title"] == sample_a3.workshop.name
    assert info["Author"] == sample_a3.workshop.facilitator
    assert info["Subject"] == sample_a3.workshop.client
    assert info["Creator"].startswith("Journey Studio")


def test_the_same_workshop_gives_the_same_bytes(tmp_path) -> None:
    workshop = sample_workshop()
    first = export_pdf(workshop, tmp_path / "a.pdf", journey="target")
    second = export_pdf(workshop, tmp_path / "b.pdf", journey="target")
    assert first.page_count == second.page_count
    assert (tmp_path / "a.pdf").read_bytes() == (tmp_path / "b.pdf").read_bytes()


def test_the_pages_look_printed_in_the_canvas_colours(sample_a3: Exported, tmp_path) -> None:
    """Rendered, the target map shows the rating colours and the phases' colours."""
    from PIL import Image

    page = next(m for m in sample_a3.report.maps if m.journey == "Parcours cible").first_page
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "60",
            "-f",
            str(page),
            "-l",
            str(page),
            str(sample_a3.path),
            str(tmp_path / "page"),
        ],
        check=True,
    )
    (png,) = tmp_path.glob("page*.png")
    colours = Image.open(png).convert("RGB").getcolors(maxcolors=1 << 20)
    assert colours is not None
    seen = {rgb: count for count, rgb in colours}

    def present(hex_code: str, at_least: int) -> bool:
        target = tuple(int(hex_code[i : i + 2], 16) for i in (1, 3, 5))
        near = sum(
            count
            for rgb, count in seen.items()
            if max(abs(a - b) for a, b in zip(rgb, target, strict=True)) <= 6
        )
        return near >= at_least

    for hex_code in ("#2E7D32", "#F9A825", "#C62828", "#5E35B1", "#4C72B0", "#DD8452"):
        assert present(hex_code, 20), hex_code
