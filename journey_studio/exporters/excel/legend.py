"""The legend sheet (what the colours and signs mean) and the hidden technical sheet."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from journey_studio.exporters.colours import MOMENT_OF_TRUTH, RATING_COLOURS, RATING_TEXT_COLOURS
from journey_studio.exporters.excel import rows, words
from journey_studio.exporters.excel.cells import Look, Styles, set_row_height, text_on
from journey_studio.exporters.excel.map_sheet import LINE_POINTS
from journey_studio.exporters.excel.measure import lines_needed
from journey_studio.exporters.excel.page import set_up_page
from journey_studio.exporters.excel.words import phrase, word
from journey_studio.model.vocabulary import Rating

if TYPE_CHECKING:
    from openpyxl.workbook import Workbook

    from journey_studio.model.workshop import Workshop

_TITLE = Look(bold=True, size=14, wrap=False)
_SECTION = Look(bold=True, size=11, wrap=False)
_LABEL = Look(bold=True, vertical="center")
_HELP = Look(vertical="center")
_TEXT_WIDTH = 90


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
    sheet.column_dimensions["B"].width = _TEXT_WIDTH
    sheet.sheet_view.showGridLines = False
    set_up_page(sheet, workshop, landscape=False, paper="A4", title_rows=None)

    written = 0

    def line(*cells: object) -> None:
        nonlocal written
        written += 1
        sheet.append(list(cells))

    def explained(first: object, text: str | None) -> None:
        """A line whose second cell explains the first, as tall as its text needs."""
        lines = lines_needed([text or ""], _TEXT_WIDTH)
        if lines > 1:
            set_row_height(sheet, written + 1, lines * LINE_POINTS + 3)
        line(first, styles.cell(sheet, text or None, _HELP))

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
        explained(styles.cell(sheet, phrase(key, language), _LABEL), value)
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
        explained(styles.cell(sheet, f"{marker}  {name}", look), phrase(help_key, language))
    star = Look(bold=True, fill=MOMENT_OF_TRUTH, colour=text_on(MOMENT_OF_TRUTH), vertical="center")
    explained(
        styles.cell(
            sheet, f"{words.MOMENT_OF_TRUTH_MARK}  {phrase('moment_of_truth', language)}", star
        ),
        phrase("moment_of_truth_help", language),
    )
    explained(None, phrase("emotion_help", language))
    line()

    phases: dict[str, tuple[str, list[str]]] = {}
    for stage in workshop.stages:
        phases.setdefault(stage.phase, (stage.colour, []))[1].append(stage.name)
    if phases:
        line(styles.cell(sheet, phrase("phases", language), _SECTION))
        for phase, (colour, names) in phases.items():
            look = Look(bold=True, fill=colour, colour=text_on(colour), vertical="center")
            explained(styles.cell(sheet, phase or "\u2014", look), ", ".join(names))
        line()

    line(styles.cell(sheet, phrase("sheets", language), _SECTION))
    for map_title in map_titles:
        explained(styles.cell(sheet, map_title, _LABEL), phrase("map_help", language))
    explained(styles.cell(sheet, touchpoints_title, _LABEL), phrase("touchpoints_help", language))


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
