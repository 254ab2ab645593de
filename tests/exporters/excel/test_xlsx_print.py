"""The workbook on paper and on screen: rows tall enough for their text, legible print.

A spreadsheet does not work out a row's height when it opens a workbook: a row too short
cuts its wrapped text off, on screen and on paper. The line counts below are those
LibreOffice draws (with Carlito, which has Calibri's metrics) for the sample's texts.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from openpyxl import load_workbook
from openpyxl.utils import range_boundaries
from support.synthetic import synthetic_workshop

from journey_studio.exporters.excel import export_workbook
from journey_studio.exporters.excel.measure import lines_needed
from journey_studio.templates import sample_workshop

if TYPE_CHECKING:
    from journey_studio.model.workshop import Workshop

LINE = 12.75
"""Excel's height of one line of 10-point Calibri."""
PRINTABLE = {8: 1191 - 58, 9: 842 - 58}
"""Paper code (A3, A4) -> the width between the margins of a landscape page, in points."""
LIST_SHEETS = ["Points de contact", "Personas", "Étapes et CRM", "Pipelines", "Plan d'actions"]
ID_HEADERS = {"Identifiant", "Identifiant du pipeline", "Identifiant du point de contact"}


@pytest.fixture(scope="module")
def sample() -> Workshop:
    return sample_workshop()


@pytest.fixture(scope="module")
def book(sample: Workshop, tmp_path_factory: pytest.TempPathFactory):
    path = tmp_path_factory.mktemp("print") / "atelier.xlsx"
    export_workbook(sample, path)
    return load_workbook(path)


def row_of(sheet, text: str) -> int:
    for row in sheet.iter_rows(min_row=2):
        if any(cell.value == text for cell in row):
            return row[0].row
    raise LookupError(text)


def printed_points(widths: list[float]) -> float:
    """The width columns take on paper at 100 % (7 pixels a character, 5 of padding)."""
    return sum(width * 7 + 5 for width in widths) * 0.75


@pytest.mark.parametrize(
    ("sheet_name", "text", "lines"),
    [
        (
            "Plan d'actions",
            "Attribuer automatiquement chaque MQL à un commercial sédentaire avec un délai de "
            "rappel de 24 heures ouvrées et une alerte au-delà",
            3,
        ),
        ("Pipelines", "Réunion de lancement tenue, planning du projet validé par le client.", 3),
        (
            "Points de contact",
            "Je reçois trois newsletters par semaine sans rapport avec mon métier",
            2,
        ),
    ],
)
def test_a_row_is_tall_enough_for_its_wrapped_text(
    book, sheet_name: str, text: str, lines: int
) -> None:
    sheet = book[sheet_name]
    height = sheet.row_dimensions[row_of(sheet, text)].height
    assert height is not None
    assert height >= lines * LINE


def test_a_map_row_is_tall_enough_for_its_cards(sample: Workshop, book) -> None:
    journey = sample.journeys[0]
    sheet = book[journey.name]
    width = sheet.column_dimensions["B"].width
    for row, channel in enumerate(sample.channels, 4):
        for stage in sample.stages:
            cards = journey.cell_cards(stage.id, channel.id)
            texts = [card.text for card in cards]
            assert sheet.row_dimensions[row].height >= lines_needed(texts, width) * LINE


def test_wrapping_counts_lines_as_a_spreadsheet_does() -> None:
    assert lines_needed([""], 20) == 1
    assert lines_needed(["Je m'inscris"], 20) == 1
    assert lines_needed(["Je m'inscris", "Je parraine un ami"], 30) == 2
    assert lines_needed(["première ligne\nseconde ligne"], 30) == 2
    sentence = "Je reçois un devis par e-mail trois semaines après ma demande de rendez-vous"
    counts = [lines_needed([sentence], width) for width in (12, 20, 30, 45, 60, 90)]
    assert counts == sorted(counts, reverse=True)  # a wider column never needs more lines
    assert counts[0] > 4
    assert counts[-1] == 1
    assert lines_needed(["x" * 200], 20) >= 200 // 30  # a word longer than a line is broken
    assert lines_needed(["MMMM WWWW " * 6], 30) > lines_needed(["iiii llll " * 6], 30)
    assert lines_needed([sentence], 30, bold=True) >= lines_needed([sentence], 30)


def test_list_sheets_print_legibly_without_their_ids(book) -> None:
    """Ids stay in the sheet (to import it back) but off the paper; a wide table goes on
    A3 so that its text prints at three quarters of its size or more."""
    papers = {}
    for name in LIST_SHEETS:
        sheet = book[name]
        area = sheet.print_area
        assert area, name
        first_column, first_row, last_column, last_row = range_boundaries(
            area.split("!")[-1].replace("$", "")
        )
        assert (first_column, first_row, last_row) == (1, 1, sheet.max_row), name
        printed = list(sheet[1])[:last_column]
        headers = [cell.value for cell in printed]
        assert not ID_HEADERS & set(headers), name
        assert {cell.value for cell in sheet[1][last_column:]} <= ID_HEADERS, name
        widths = [sheet.column_dimensions[cell.column_letter].width for cell in printed]
        paper = sheet.page_setup.paperSize
        papers[name] = paper
        assert PRINTABLE[int(paper)] / printed_points(widths) >= 0.75, name
    assert papers["Points de contact"] == 8  # A3: thirteen columns do not fit A4
    assert papers["Plan d'actions"] == 9  # A4


def test_a_busy_map_with_many_stages_still_prints_at_six_points(tmp_path: Path) -> None:
    workshop = synthetic_workshop(3000, journeys=1)
    assert len(workshop.stages) >= 10
    path = tmp_path / "busy.xlsx"
    export_workbook(workshop, path)
    sheet = load_workbook(path)[workshop.journeys[0].name]
    assert sheet.page_setup.paperSize == 8
    widths = [sheet.column_dimensions["A"].width]
    widths += [sheet.column_dimensions[chr(66 + i)].width for i in range(len(workshop.stages))]
    scale = min(1.0, PRINTABLE[8] / printed_points(widths))
    assert round(10 * scale, 3) >= 6
