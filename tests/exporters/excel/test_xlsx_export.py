"""The Excel workbook as a consultant and Excel see it, read back with openpyxl."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.cell.rich_text import CellRichText
from support.synthetic import synthetic_workshop

from journey_studio.exporters.colours import (
    RATING_COLOURS,
    RATING_INK_COLOURS,
    RATING_TEXT_COLOURS,
)
from journey_studio.exporters.excel import export_workbook
from journey_studio.exporters.excel.names import clean_sheet_name, unique_sheet_names
from journey_studio.model.vocabulary import Rating
from journey_studio.model.workshop import Card, Journey, Workshop
from journey_studio.templates import sample_workshop

HOSTILE = ['=HYPERLINK("http://x","y")', "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\tTab"]

FRENCH_SHEETS = [
    "Parcours actuel",
    "Parcours cible",
    "Points de contact",
    "Personas",
    "Étapes et CRM",
    "Pipelines",
    "Champs CRM",
    "Plan d'actions",
    "Légende",
    "Journey Studio",
]


@pytest.fixture(scope="module")
def sample() -> Workshop:
    return sample_workshop()


@pytest.fixture(scope="module")
def sample_book(sample: Workshop, tmp_path_factory: pytest.TempPathFactory):
    path = tmp_path_factory.mktemp("xlsx") / "atelier.xlsx"
    export_workbook(sample, path)
    return load_workbook(path, rich_text=True)


def headers(sheet) -> list[str]:
    return [cell.value for cell in sheet[1]]


def test_sheets_are_named_in_the_workshops_language(sample_book) -> None:
    assert sample_book.sheetnames == FRENCH_SHEETS
    assert sample_book["Journey Studio"].sheet_state == "hidden"
    assert all(sample_book[name].sheet_state == "visible" for name in FRENCH_SHEETS[:-1])


def test_english_on_request(sample: Workshop, tmp_path: Path) -> None:
    path = tmp_path / "workshop.xlsx"
    export_workbook(sample, path, language="en")
    book = load_workbook(path)
    assert book.sheetnames[2:] == [
        "Touchpoints",
        "Personas",
        "Stages & CRM",
        "Pipelines",
        "CRM fields",
        "Actions",
        "Legend",
        "Journey Studio",
    ]
    assert headers(book["Touchpoints"])[:6] == [
        "Journey",
        "Stage",
        "Channel",
        "Order",
        "Touchpoint",
        "Rating",
    ]
    ratings = {row[5] for row in book["Touchpoints"].iter_rows(min_row=2, values_only=True)}
    assert ratings == {None, "Delight", "Irritant", "Breaking point"}


def test_touchpoints_sheet_has_every_attribute_of_every_card(sample: Workshop, sample_book) -> None:
    sheet = sample_book["Points de contact"]
    assert headers(sheet) == [
        "Parcours",
        "Étape",
        "Canal",
        "Ordre",
        "Point de contact",
        "Évaluation",
        "Émotion",
        "Moment de vérité",
        "Personas",
        "Champs CRM",
        "Équipe responsable",
        "Notes",
        "Identifiant",
    ]
    rows = {row[12]: row for row in sheet.iter_rows(min_row=2, values_only=True)}
    cards = {c.id: (j, c) for j in sample.journeys for c in j.cards.values()}
    assert set(rows) == set(cards)
    labels = {f.id: f.label for f in sample.crm_fields}
    for card_id, (journey, card) in cards.items():
        row = rows[card_id]
        assert row[0] == journey.name
        assert row[1] == sample.stage(card.stage_id).name
        assert row[2] == sample.channel(card.channel_id).name
        assert row[3] == card.order + 1
        assert row[4] == card.text
        assert row[6] == card.emotion
        assert row[7] == ("Oui" if card.moment_of_truth else "Non")
        assert (row[8] or "").split("\n") == [sample.persona(p).name for p in card.persona_ids] or (
            not card.persona_ids and row[8] is None
        )
        expected_crm = [
            f"{labels[link.field_id]} = {link.value}" if link.value else labels[link.field_id]
            for link in card.crm_links
        ]
        assert (row[9].split("\n") if row[9] else []) == expected_crm
        assert (row[10] or "") == card.owner_team
        assert (row[11] or "") == card.notes


def test_touchpoints_are_an_excel_table_with_filters_drop_downs_and_frozen_header(
    sample: Workshop, sample_book
) -> None:
    sheet = sample_book["Points de contact"]
    count = sum(len(j.cards) for j in sample.journeys)
    table = sheet.tables["Touchpoints"]
    assert table.ref == f"A1:M{count + 1}"
    assert table.autoFilter is not None
    assert table.autoFilter.ref == table.ref
    assert [c.name for c in table.tableColumns] == headers(sheet)
    assert sheet.freeze_panes == "A2"
    lists = {str(dv.sqref).split(":")[0]: dv for dv in sheet.data_validations.dataValidation}
    rating = lists["F2"]
    assert rating.type == "list"
    assert rating.formula1 == '"Enchantement,Irritant,Point de rupture"'
    assert lists["G2"].type == "whole"
    assert (lists["G2"].formula1, lists["G2"].formula2) == ("-2", "2")
    assert lists["H2"].formula1 == '"Oui,Non"'
    assert lists["B2"].formula1 == "'Étapes et CRM'!$A$2:$A$6"
    assert lists["B2"].errorStyle == "warning"  # a new stage can still be typed
    data = sample_book["Journey Studio"]
    assert lists["C2"].formula1 == "'Journey Studio'!$C$10:$C$16"
    assert [data.cell(r, 3).value for r in range(10, 17)] == [c.name for c in sample.channels]
    assert lists["A2"].formula1 == "'Journey Studio'!$C$17:$C$18"
    assert [data.cell(r, 3).value for r in (17, 18)] == [j.name for j in sample.journeys]
    rules = [rule for cf in sheet.conditional_formatting for rule in cf.rules]
    assert {rule.formula[0] for rule in rules} == {
        '$F2="Enchantement"',
        '$F2="Irritant"',
        '$F2="Point de rupture"',
    }


def test_every_list_sheet_prints_landscape_fit_to_width_with_its_titles(sample_book) -> None:
    for name in FRENCH_SHEETS[:-2]:
        sheet = sample_book[name]
        assert sheet.page_setup.orientation == "landscape", name
        assert sheet.page_setup.fitToWidth == 1, name
        assert sheet.page_setup.fitToHeight == 0, name
        assert sheet.sheet_properties.pageSetUpPr.fitToPage, name
        assert sheet.print_title_rows, name
    assert sample_book["Parcours actuel"].print_title_rows == "$1:$3"
    assert sample_book["Parcours actuel"].print_title_cols == "$A:$A"


def test_map_is_the_channel_by_stage_matrix_in_phase_colours(sample: Workshop, sample_book) -> None:
    journey = sample.journeys[0]
    sheet = sample_book[journey.name]
    assert sheet["A1"].value.startswith(journey.name)
    assert [sheet.cell(3, 2 + i).value for i in range(len(sample.stages))] == [
        s.name for s in sample.stages
    ]
    for index, stage in enumerate(sample.stages):
        header = sheet.cell(3, 2 + index)
        assert header.fill.fgColor.rgb == "FF" + stage.colour.lstrip("#").upper()
    assert [sheet.cell(4 + i, 1).value for i in range(len(sample.channels))] == [
        c.name for c in sample.channels
    ]
    assert sheet.freeze_panes == "B4"
    signs = {Rating.DELIGHT: "+", Rating.IRRITANT: "\u2212", Rating.BREAKING_POINT: "!!"}
    for row, channel in enumerate(sample.channels, 4):
        for column, stage in enumerate(sample.stages, 2):
            cards = journey.cell_cards(stage.id, channel.id)
            value = sheet.cell(row, column).value
            if not cards:
                assert value is None
                continue
            lines = str(value).split("\n")
            assert len(lines) == len(cards)
            for line, card in zip(lines, cards, strict=True):
                assert line.startswith(signs.get(card.rating, "\u2022") + " ")
                assert card.text in line
                assert line.endswith("\u2605") == card.moment_of_truth
            assert isinstance(value, CellRichText)
            for block in value:
                if block.text.strip() in ("\u2605",):
                    continue
                colours = {"FF" + RATING_INK_COLOURS[c.rating].lstrip("#") for c in cards}
                assert block.font.color.rgb in colours


def test_map_sheets_are_named_safely_and_uniquely(tmp_path: Path) -> None:
    workshop = synthetic_workshop(20, journeys=3)
    workshop.journeys[0].name = "Parcours [actuel]: A/B?*"
    workshop.journeys[1].name = "Points de contact"
    workshop.journeys[2].name = "x" * 40
    path = tmp_path / "names.xlsx"
    export_workbook(workshop, path)
    names = load_workbook(path).sheetnames
    assert names[:3] == ["Parcours -actuel-- A-B--", "Points de contact (2)", "x" * 31]


def test_sheet_name_cleaning() -> None:
    assert clean_sheet_name("'History'", "Carte") == "Carte"
    assert clean_sheet_name("  ", "Carte") == "Carte"
    assert unique_sheet_names(["Carte", "carte", "Carte"], {"Légende"}, "Carte") == [
        "Carte",
        "carte (2)",
        "Carte (3)",
    ]


def test_hostile_texts_stay_text(tmp_path: Path) -> None:
    workshop = synthetic_workshop(12, journeys=1)
    cards = list(workshop.journeys[0].cards.values())
    for card, text in zip(cards, HOSTILE, strict=False):
        card.text = text
        card.notes = text
    workshop.personas[0].name = HOSTILE[0]
    workshop.stages[0].name = HOSTILE[1]
    workshop.actions[0].text = HOSTILE[0]
    path = tmp_path / "hostile.xlsx"
    export_workbook(workshop, path)
    book = load_workbook(path)
    found = []
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", f"{sheet.title}!{cell.coordinate} is a formula"
                if isinstance(cell.value, str) and cell.value in HOSTILE:
                    assert cell.data_type == "s"
                    assert cell.quotePrefix, f"{sheet.title}!{cell.coordinate}"
                    found.append(cell.value)
    assert set(found) == set(HOSTILE)
    touchpoints = book["Points de contact"]
    texts = [row[4] for row in touchpoints.iter_rows(min_row=2, values_only=True)]
    assert set(HOSTILE) <= set(texts)


def test_text_xml_cannot_carry_is_dropped_not_fatal(tmp_path: Path) -> None:
    workshop = synthetic_workshop(5, journeys=1)
    card = next(iter(workshop.journeys[0].cards.values()))
    card.text = "Je saisis\x00 un\x07 code"
    path = tmp_path / "controls.xlsx"
    export_workbook(workshop, path)
    texts = [
        r[4]
        for r in load_workbook(path)["Points de contact"].iter_rows(min_row=2, values_only=True)
    ]
    assert "Je saisis un code" in texts


def test_an_empty_workshop_still_makes_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "empty.xlsx"
    export_workbook(Workshop(name="Vide"), path)
    book = load_workbook(path)
    assert book.sheetnames == FRENCH_SHEETS[2:]
    assert book["Points de contact"].tables["Touchpoints"].ref == "A1:M2"


def test_replaces_an_existing_file_in_one_step(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "atelier.xlsx"
    path.write_bytes(b"the previous workbook")
    workshop = Workshop(name="Atelier", journeys=[Journey(name="Parcours")])
    export_workbook(workshop, path)
    assert load_workbook(path).sheetnames[0] == "Parcours"
    assert [p.name for p in tmp_path.iterdir()] == ["atelier.xlsx"]

    import journey_studio.exporters.excel.workbook as workbook_module

    def fail(*_args, **_kwargs):
        raise OSError("disk full")

    before = path.read_bytes()
    monkeypatch.setattr(workbook_module.os, "replace", fail)
    with pytest.raises(OSError, match="disk full"):
        export_workbook(workshop, path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["atelier.xlsx"]


def test_a_folder_that_is_not_there_fails_cleanly(sample: Workshop, tmp_path: Path) -> None:
    """The save fails before any sheet is written; no sheet is left half-open (an open
    write-only sheet would complain when collected, which the test run turns into an error)."""
    import gc

    with pytest.raises(OSError, match="absent"):
        export_workbook(sample, tmp_path / "absent" / "atelier.xlsx")
    gc.collect()
    assert list(tmp_path.iterdir()) == []


def test_rating_colours_match_the_canvas_and_read_well() -> None:
    palette = pytest.importorskip("journey_studio.gui.palette")
    assert dict(RATING_COLOURS) == dict(palette.RATING_HEX)

    def luminance(colour: str) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        red, green, blue = (int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
        return 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue)

    def contrast(first: str, second: str) -> float:
        high, low = sorted((luminance(first), luminance(second)), reverse=True)
        return (high + 0.05) / (low + 0.05)

    for rating in Rating:
        assert contrast(RATING_COLOURS[rating], RATING_TEXT_COLOURS[rating]) >= 4.5
        assert contrast(RATING_INK_COLOURS[rating], "#FFFFFF") >= 4.5


def test_importing_the_exporter_does_not_load_openpyxl() -> None:
    script = (
        "import sys, journey_studio.exporters.excel, journey_studio.exporters.colours, "
        "journey_studio.importers.excel, journey_studio.importers.matrix\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('openpyxl', 'lxml')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_a_busy_map_spreads_a_channel_over_rows_rather_than_cut_text(tmp_path: Path) -> None:
    workshop = synthetic_workshop(1200, journeys=1)
    journey = workshop.journeys[0]
    path = tmp_path / "big.xlsx"
    export_workbook(workshop, path)
    sheet = load_workbook(path)[journey.name]
    heights = [sheet.row_dimensions[r].height for r in range(4, sheet.max_row + 1)]
    assert all(h is not None and 26 <= h <= 409 for h in heights)
    assert sheet.max_row > 3 + len(workshop.channels)  # some channels span several rows
    widths = [sheet.column_dimensions[chr(66 + i)].width for i in range(len(workshop.stages))]
    assert all(24 <= w <= 60 for w in widths)
    spans = {str(r) for r in sheet.merged_cells.ranges if r.min_col == r.max_col == 1}
    assert spans
    labels = [sheet.cell(r, 1).value for r in range(4, sheet.max_row + 1)]
    assert [label for label in labels if label] == [c.name for c in workshop.channels]
    for column, stage in enumerate(workshop.stages, 2):
        for channel in workshop.channels:
            top = 4 + labels.index(channel.name)
            rows = range(
                top,
                top
                + next(
                    (i for i, label in enumerate(labels[top - 4 + 1 :], 1) if label),
                    len(labels) - top + 4,
                ),
            )
            lines = [
                line
                for r in rows
                if sheet.cell(r, column).value
                for line in str(sheet.cell(r, column).value).split("\n")
            ]
            cards = journey.cell_cards(stage.id, channel.id)
            assert len(lines) == len(cards)
            assert all(card.text in line for line, card in zip(lines, cards, strict=True))


def test_a_card_in_every_rating_round_trips_its_marker(tmp_path: Path) -> None:
    workshop = synthetic_workshop(0, journeys=1)
    journey = workshop.journeys[0]
    stage, channel = workshop.stages[0], workshop.channels[0]
    for order, rating in enumerate(Rating):
        card = Card(f"Je teste {rating.value}", stage.id, channel.id, order=order, rating=rating)
        journey.insert_card(card, order)
    path = tmp_path / "markers.xlsx"
    export_workbook(workshop, path)
    value = load_workbook(path)[journey.name].cell(4, 2).value
    assert value.split("\n") == [
        "\u2022 Je teste none",
        "+ Je teste delight",
        "\u2212 Je teste irritant",
        "!! Je teste breaking_point",
    ]


def test_plain_cells_are_wrapped_and_top_aligned_by_their_style(sample_book) -> None:
    """Excel and LibreOffice both show a plain cell in the workbook's default style."""
    sheet = sample_book["Points de contact"]
    text = sheet["E2"]
    assert text.value
    assert text.alignment.wrap_text is True
    assert text.alignment.vertical == "top"
    assert text.font.sz == 10
    order = sheet["D2"]
    assert order.alignment.horizontal == "center"
    assert order.alignment.vertical == "top"
    heights = [sheet.row_dimensions[r].height for r in range(2, sheet.max_row + 1)]
    assert any(h and h > 15 for h in heights)  # rows of several lines are made tall enough
