"""The legend sheet (what the colours and signs mean) and the hidden technical sheet."""

from __future__ import annotations

import datetime

from openpyxl.workbook import Workbook

from journey_studio.exporters.colours import MOMENT_OF_TRUTH, RATING_COLOURS, RATING_TEXT_COLOURS
from journey_studio.exporters.excel import rows, words
from journey_studio.exporters.excel.cells import Look, Styles, text_on
from journey_studio.exporters.excel.page import set_up_page
from journey_studio.exporters.excel.words import phrase, word
from journey_studio.model.vocabulary import Rating
from journey_studio.model.workshop import Workshop

_TITLE = Look(bold=True, size=14, wrap=False)
_SECTION = Look(bold=True, size=11, wrap=False)
_LABEL = Look(bold=True)
_HELP = Look()


def write_legend(
    book: Workbook,
    styles: Styles,
    title: str,
    workshop: Workshop,
    language: str,
    map_titles: list[str],
    touchpoints_title: str,
) -> None:
    sheet = styles.sheet(title)
    sheet.column_dimensions["A"].width = 26
    sheet.column_dimensions["B"].width = 90
    sheet.sheet_view.showGridLines = False
    set_up_page(sheet, workshop, landscape=False, paper="A4", title_rows=None)

    def line(*cells: object) -> None:
        sheet.append(list(cells))

    line(styles.cell(sheet, phrase("legend_title", language), _TITLE))
    line()
    date = workshop.workshop_date
    if date:
        shown = datetime.date.fromisoformat(date)
        date = shown.strftime("%d/%m/%Y") if language == "fr" else shown.isoformat()
    for key, value in (
        ("workshop", workshop.name),
        ("client", workshop.client),
        ("facilitator", workshop.facilitator),
        ("date", date),
    ):
        line(
            styles.cell(sheet, phrase(key, language), _LABEL),
            styles.cell(sheet, value or None, _HELP),
        )
    line()
    line(styles.cell(sheet, phrase("ratings", language), _SECTION))
    for rating, help_key in (
        (Rating.DELIGHT, "delight_help"),
        (Rating.IRRITANT, "irritant_help"),
        (Rating.BREAKING_POINT, "breaking_point_help"),
        (Rating.NONE, "none_help"),
    ):
        name = word(words.RATINGS[rating], language) or phrase("not_rated", language)
        look = Look(
            bold=True,
            fill=RATING_COLOURS[rating],
            colour=RATING_TEXT_COLOURS[rating],
            vertical="center",
        )
        marker = words.RATING_MARKERS[rating]
        line(
            styles.cell(sheet, f"{marker}  {name}", look),
            styles.cell(sheet, phrase(help_key, language), _HELP),
        )
    star = Look(bold=True, fill=MOMENT_OF_TRUTH, colour=text_on(MOMENT_OF_TRUTH))
    line(
        styles.cell(
            sheet, f"{words.MOMENT_OF_TRUTH_MARK}  {phrase('moment_of_truth', language)}", star
        ),
        styles.cell(sheet, phrase("moment_of_truth_help", language), _HELP),
    )
    line(None, styles.cell(sheet, phrase("emotion_help", language), _HELP))
    line()

    phases: dict[str, tuple[str, list[str]]] = {}
    for stage in workshop.stages:
        phases.setdefault(stage.phase, (stage.colour, []))[1].append(stage.name)
    if phases:
        line(styles.cell(sheet, phrase("phases", language), _SECTION))
        for phase, (colour, names) in phases.items():
            look = Look(bold=True, fill=colour, colour=text_on(colour))
            line(
                styles.cell(sheet, phase or "\u2014", look),
                styles.cell(sheet, ", ".join(names), _HELP),
            )
        line()

    line(styles.cell(sheet, phrase("sheets", language), _SECTION))
    for map_title in map_titles:
        line(
            styles.cell(sheet, map_title, _LABEL),
            styles.cell(sheet, phrase("map_help", language), _HELP),
        )
    line(
        styles.cell(sheet, touchpoints_title, _LABEL),
        styles.cell(sheet, phrase("touchpoints_help", language), _HELP),
    )


def write_data(
    book: Workbook, styles: Styles, title: str, workshop: Workshop, language: str
) -> None:
    """The hidden sheet that carries what the others do not show (ids, kinds, links)."""
    sheet = styles.sheet(title)
    sheet.sheet_state = "hidden"
    for index, width in enumerate((12, 38, 38, 38, 38, 30), 0):
        sheet.column_dimensions["ABCDEF"[index]].width = width
    for values in rows.data_rows(workshop, language):
        sheet.append([None if v in (None, "") else v for v in values])


def data_layout(workshop: Workshop) -> dict[str, tuple[int, int]]:
    """Where the channel and journey names sit in the technical sheet (column C):
    key -> (first row, last row)."""
    first_channel = 10
    last_channel = first_channel + len(workshop.channels) - 1
    first_journey = last_channel + 1
    return {
        "channel": (first_channel, last_channel),
        "journey": (first_journey, first_journey + len(workshop.journeys) - 1),
    }
