"""A consultant's own Excel matrix, built here as they build theirs, read into a workshop."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from openpyxl import Workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Color, Font, PatternFill
from support.synthetic import synthetic_workshop

from journey_studio.exporters.excel import export_workbook
from journey_studio.importers.excel import WorkbookRejected, workshop_from_xlsx
from journey_studio.importers.matrix import read_matrix
from journey_studio.importers.matrix.ratings import rating_of_rgb, split_sign
from journey_studio.model.invariants import broken_rules
from journey_studio.model.vocabulary import ChannelKind, JourneyKind, Rating

if TYPE_CHECKING:
    from journey_studio.model.workshop import Workshop


def fill(rgb: str) -> PatternFill:
    return PatternFill("solid", fgColor=rgb)


@pytest.fixture
def matrix(tmp_path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "Parcours actuel"
    sheet["A1"] = "Parcours client actuel — Boréal Énergie"
    sheet.merge_cells("A1:D1")
    sheet["B2"] = "Marketing"  # a band of phases over the stages
    sheet["C2"] = "Ventes"
    sheet.merge_cells("C2:D2")
    sheet["A3"] = "Canal / Étape"
    sheet["B3"] = "Découverte"
    sheet["C3"] = "Évaluation"
    sheet.merge_cells("C3:D3")  # one stage over two columns
    sheet["A4"] = "Site web"
    sheet["B4"] = CellRichText(
        [
            TextBlock(InlineFont(color="FF00B050"), "Je télécharge le livre blanc\n"),
            TextBlock(InlineFont(color="FFFFC000"), "Je remplis un formulaire trop long\n"),
            TextBlock(InlineFont(color="FFC00000"), "Je ne trouve pas les tarifs"),
        ]
    )
    sheet["C4"] = "J'attends un rappel"
    sheet["C4"].fill = fill("FFFF0000")
    sheet["D4"] = "Je compare les offres\n\n"
    # row 5 is left blank
    sheet["A6"] = "E-mail"
    sheet.merge_cells("A6:A7")  # a channel over two rows
    sheet["B6"] = "- Je reçois trop de newsletters"
    sheet["B7"] = "!! Je me désabonne ★"
    sheet["C6"] = "Je reçois une démonstration personnalisée"
    # A theme colour: accent 3 of the theme openpyxl writes (Office 2007's) is a green.
    sheet["C6"].fill = PatternFill("solid", fgColor=Color(theme=6, tint=0.4))
    sheet["C7"] = "• Je relis la proposition"
    sheet["C7"].font = Font(color="FF9C5700")  # Excel's "Neutral" text: amber
    sheet["A8"] = "Téléphone"
    sheet["A9"] = "Salon professionnel"
    sheet["B9"] = "+ Je rencontre l'équipe sur le stand"
    sheet["F4"] = "une note en marge"  # no stage above it
    path = tmp_path / "matrice.xlsx"
    book.save(path)
    return path


def cards_by_text(workshop: Workshop) -> dict[str, tuple[str, str, Rating, bool]]:
    stages = {s.id: s.name for s in workshop.stages}
    channels = {c.id: c.name for c in workshop.channels}
    return {
        card.text: (
            stages[card.stage_id],
            channels[card.channel_id],
            card.rating,
            card.moment_of_truth,
        )
        for card in workshop.journeys[0].cards.values()
    }


def test_a_consultants_matrix_becomes_the_current_journey(matrix: Path) -> None:
    workshop = read_matrix(matrix)
    assert workshop.name == "matrice"
    assert workshop.language == "fr"
    assert [s.name for s in workshop.stages] == ["Découverte", "Évaluation"]
    assert [c.name for c in workshop.channels] == [
        "Site web",
        "E-mail",
        "Téléphone",
        "Salon professionnel",
    ]
    kinds = [c.kind for c in workshop.channels]
    assert kinds == [
        ChannelKind.DIGITAL,
        ChannelKind.DIGITAL,
        ChannelKind.HUMAN,
        ChannelKind.PHYSICAL,
    ]
    (journey,) = workshop.journeys
    assert (journey.name, journey.kind) == ("Parcours actuel", JourneyKind.CURRENT)
    assert cards_by_text(workshop) == {
        "Je télécharge le livre blanc": ("Découverte", "Site web", Rating.DELIGHT, False),
        "Je remplis un formulaire trop long": ("Découverte", "Site web", Rating.IRRITANT, False),
        "Je ne trouve pas les tarifs": ("Découverte", "Site web", Rating.BREAKING_POINT, False),
        "J'attends un rappel": ("Évaluation", "Site web", Rating.BREAKING_POINT, False),
        "Je compare les offres": ("Évaluation", "Site web", Rating.NONE, False),
        "Je reçois trop de newsletters": ("Découverte", "E-mail", Rating.IRRITANT, False),
        "Je me désabonne": ("Découverte", "E-mail", Rating.BREAKING_POINT, True),
        "Je reçois une démonstration personnalisée": (
            "Évaluation",
            "E-mail",
            Rating.DELIGHT,
            False,
        ),
        "Je relis la proposition": ("Évaluation", "E-mail", Rating.IRRITANT, False),
        "Je rencontre l'équipe sur le stand": (
            "Découverte",
            "Salon professionnel",
            Rating.DELIGHT,
            False,
        ),
    }
    site, web_discovery = workshop.channels[0], workshop.stages[0]
    assert [c.text for c in journey.cell_cards(web_discovery.id, site.id)] == [
        "Je télécharge le livre blanc",
        "Je remplis un formulaire trop long",
        "Je ne trouve pas les tarifs",
    ]
    assert broken_rules(workshop) == []


def test_the_language_is_guessed_or_given(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append([None, "Discovery", "Purchase"])
    sheet.append(["Website", "I read a case study", "I pay online"])
    sheet.append(["Phone", "I call sales", None])
    path = tmp_path / "matrix.xlsx"
    book.save(path)
    english = read_matrix(path)
    assert english.language == "en"
    assert english.journeys[0].name == "Current journey"
    assert read_matrix(path, language="fr").language == "fr"
    assert workshop_from_xlsx(path).language == "en"


def test_our_own_map_sheet_reads_back_as_a_matrix(tmp_path: Path) -> None:
    workshop = synthetic_workshop(150, journeys=1, seed=3)
    path = tmp_path / "export.xlsx"
    export_workbook(workshop, path)
    back = read_matrix(path, sheet=workshop.journeys[0].name)
    assert [s.name for s in back.stages] == [s.name for s in workshop.stages]
    assert [c.name for c in back.channels] == [c.name for c in workshop.channels]

    def key(w: Workshop) -> Counter:
        stages = {s.id: s.name for s in w.stages}
        channels = {c.id: c.name for c in w.channels}
        return Counter(
            (
                stages[c.stage_id],
                channels[c.channel_id],
                c.order,
                c.text,
                c.rating,
                c.moment_of_truth,
            )
            for c in w.journeys[0].cards.values()
        )

    assert key(back) == key(workshop)


def test_a_sheet_that_is_no_matrix_is_refused(tmp_path: Path) -> None:
    book = Workbook()
    book.active["A1"] = "Notes de la réunion"
    book.active["A2"] = "Rien d'autre"
    path = tmp_path / "notes.xlsx"
    book.save(path)
    with pytest.raises(WorkbookRejected, match="No journey matrix was found"):
        read_matrix(path)
    with pytest.raises(WorkbookRejected, match="has no sheet 'Carte'"):
        read_matrix(path, sheet="Carte")


@pytest.mark.parametrize(
    ("colour", "rating"),
    [
        ("00B050", Rating.DELIGHT),
        ("92D050", Rating.DELIGHT),
        ("C6EFCE", Rating.DELIGHT),  # Excel's "Good"
        ("2E7D32", Rating.DELIGHT),
        ("FFC000", Rating.IRRITANT),
        ("FFEB9C", Rating.IRRITANT),  # Excel's "Neutral"
        ("F9A825", Rating.IRRITANT),
        ("ED7D31", Rating.IRRITANT),
        ("FFFF00", Rating.IRRITANT),
        ("FF0000", Rating.BREAKING_POINT),
        ("FFC7CE", Rating.BREAKING_POINT),  # Excel's "Bad"
        ("C62828", Rating.BREAKING_POINT),
        ("000000", None),
        ("FFFFFF", None),
        ("D9D9D9", None),
        ("4472C4", None),
        ("7030A0", None),
    ],
)
def test_colours_are_judged_by_hue(colour: str, rating: Rating | None) -> None:
    assert rating_of_rgb(colour) is rating


def test_signs() -> None:
    assert split_sign("!! Je pars") == (Rating.BREAKING_POINT, "Je pars")
    assert split_sign("+Je reviens") == (Rating.DELIGHT, "Je reviens")
    assert split_sign("\u2212 Je râle") == (Rating.IRRITANT, "Je râle")
    assert split_sign("• Je lis") == (None, "Je lis")
    assert split_sign("Je lis") == (None, "Je lis")
