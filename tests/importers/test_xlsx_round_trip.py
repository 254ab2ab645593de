"""Workshop -> workbook -> new workshop gives the same workshop, ids and all."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.synthetic import synthetic_workshop

from journey_studio.exporters.excel import export_workbook
from journey_studio.importers.excel import (
    WorkbookRejected,
    plan_touchpoints_import,
    read_workbook,
    workshop_from_xlsx,
)
from journey_studio.model.invariants import broken_rules
from journey_studio.model.serialization import workshop_to_dict
from journey_studio.model.workshop import Kpi, Workshop

HOSTILE = ['=HYPERLINK("http://x","y")', "+cmd|' /C calc'!A0", "-1", "@x", "\tTab", "\rRetour"]


def same(first: Workshop, second: Workshop) -> None:
    """Equal as data (snapshots are not exported), with readable failures."""
    expected = workshop_to_dict(first, with_snapshots=False)
    found = workshop_to_dict(second, with_snapshots=False)
    for key in expected:
        assert found[key] == expected[key], key


def test_the_sample_comes_back_whole(sample: Workshop, exported: Path) -> None:
    back = read_workbook(exported)
    same(sample, back)
    assert broken_rules(back) == []


def test_any_workbook_entry_point_recognises_its_own_workbook(
    sample: Workshop, exported: Path
) -> None:
    same(sample, workshop_from_xlsx(exported))


@pytest.mark.parametrize(("cards", "journeys", "language"), [(300, 3, "en"), (400, 2, "fr")])
def test_synthetic_workshops_come_back_whole(
    cards: int, journeys: int, language: str, tmp_path: Path
) -> None:
    workshop = synthetic_workshop(cards, seed=cards, journeys=journeys, language=language)
    path = tmp_path / "synthetic.xlsx"
    export_workbook(workshop, path)
    same(workshop, read_workbook(path))


def test_a_workbook_in_the_other_language_comes_back_too(sample: Workshop, tmp_path: Path) -> None:
    path = tmp_path / "english.xlsx"
    export_workbook(sample, path, language="en")
    same(sample, read_workbook(path))


def test_awkward_values_come_back_exactly(tmp_path: Path) -> None:
    workshop = synthetic_workshop(30, journeys=2)
    cards = [c for j in workshop.journeys for c in j.cards.values()]
    for card, text in zip(cards, HOSTILE, strict=False):
        card.text = text
        card.notes = f"{text}\nsecond line"
    cards[-1].text = "  spaces around  "
    cards[-2].emotion = None
    workshop.stages[0].kpis = [
        Kpi("Taux : visiteur → lead", 2.5, "%"),
        Kpi("Délai", None, "jours"),
        Kpi("Score", 0.1 + 0.2, ""),
        Kpi("Sans cible"),
    ]
    workshop.personas[0].name = HOSTILE[1]
    workshop.actions[0].text = HOSTILE[0]
    workshop.actions[0].due = None
    workshop.pipelines[0].stages[0].probability = None
    workshop.workshop_date = None
    path = tmp_path / "awkward.xlsx"
    export_workbook(workshop, path)
    same(workshop, read_workbook(path))


def test_an_unchanged_workbook_changes_nothing(sample: Workshop, exported: Path) -> None:
    report = plan_touchpoints_import(exported, sample)
    assert report.ok
    assert report.edits == ()
    assert report.edit() is None
    assert (report.added, report.updated, report.moved) == (0, 0, 0)


def test_a_typo_in_a_new_file_is_reported_or_created_as_asked(
    sample: Workshop, exported: Path, editor
) -> None:
    card = next(iter(sample.journeys[0].cards.values()))
    sheet = editor()
    row = sheet.row_of(card.id)
    sheet.set(row, "Canal", "Site wbe")
    sheet.save()
    with pytest.raises(WorkbookRejected, match=f"row {row}, column C \\(Canal\\)") as caught:
        read_workbook(exported)
    (problem,) = caught.value.problems
    assert (problem.sheet, problem.row, problem.column) == ("Points de contact", row, "C (Canal)")
    created = read_workbook(exported, unknown="create")
    channel = next(c for c in created.channels if c.name == "Site wbe")
    assert created.card(card.id).channel_id == channel.id
    assert len(created.channels) == len(sample.channels) + 1


@pytest.mark.parametrize("language", ["fr", "en"])
def test_forecast_categories_read_as_the_crm_shows_them_and_come_back(
    sample: Workshop, tmp_path: Path, language: str
) -> None:
    from openpyxl import load_workbook

    from journey_studio.crm_words import forecast_category
    from journey_studio.exporters.excel.words import sheet_name
    from journey_studio.model.vocabulary import ForecastCategory

    stages = [stage for pipeline in sample.pipelines for stage in pipeline.stages]
    categories = list(ForecastCategory)
    assert len(stages) >= len(categories)
    for stage, category in zip(stages, categories, strict=False):
        stage.forecast_category = category
    path = tmp_path / f"{language}.xlsx"
    export_workbook(sample, path, language=language)
    sheet = load_workbook(path, read_only=True)[sheet_name("pipelines", language)]
    written = {cell for row in sheet.iter_rows(values_only=True) for cell in row}
    assert {forecast_category(category, language) for category in categories} <= written
    assert not {"BestCase", "MostLikely", "Forecast"} & written  # API values stay in the CRM
    same(sample, read_workbook(path))


def test_forecast_categories_are_read_from_their_api_values_and_older_words(
    sample: Workshop, exported: Path, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    from journey_studio.exporters.excel.words import sheet_name
    from journey_studio.model.vocabulary import ForecastCategory

    book = load_workbook(exported)
    sheet = book[sheet_name("pipelines", "fr")]
    header = [cell.value for cell in sheet[1]]
    column = header.index("Catégorie de prévision") + 1
    typed = {2: "BestCase", 3: "Engagement", 4: "clôturée"}
    for row, value in typed.items():
        sheet.cell(row, column).value = value
    edited = tmp_path / "edited.xlsx"
    book.save(edited)
    back = read_workbook(edited)
    stages = [stage for pipeline in back.pipelines for stage in pipeline.stages]
    assert [stage.forecast_category for stage in stages[:3]] == [
        ForecastCategory.BEST_CASE,
        ForecastCategory.FORECAST,
        ForecastCategory.CLOSED,
    ]
