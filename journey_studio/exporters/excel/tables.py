"""The list sheets: touchpoints, personas, stages, pipelines, CRM fields and actions.

Each is one header row and one row per thing, with the id last so that an edited sheet can
be imported back. The touchpoints sheet is an Excel table (filters, stripes) with drop-downs
for the rating, the emotion, the moment of truth, the stage, the channel and the journey,
and conditional colours that follow the rating when it is changed in Excel.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

from journey_studio.exporters.colours import RATING_COLOURS, RATING_TEXT_COLOURS
from journey_studio.exporters.excel import rows, words
from journey_studio.exporters.excel.cells import Look, Styles, argb, set_row_height, text_on
from journey_studio.exporters.excel.map_sheet import LINE_POINTS, MAX_ROW_POINTS
from journey_studio.exporters.excel.measure import WIDEST_EM, line_em, lines_needed
from journey_studio.exporters.excel.page import paper_for, set_up_page
from journey_studio.exporters.excel.words import Column, word
from journey_studio.model.vocabulary import Rating

if TYPE_CHECKING:
    from openpyxl.workbook import Workbook
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

    from journey_studio.exporters.excel.rows import Row
    from journey_studio.model.workshop import Workshop

HEADER = Look(bold=True, size=10, colour="#FFFFFF", fill="#37474F", vertical="center")
ID_KEYS = frozenset({"id", "pipeline_id", "card_id"})
"""Columns of ids, for importing back: kept in the sheet, left out of the printed page."""
NARROW = 13
"""Columns narrower than this hold a short value (order, rating, yes/no): centred."""
_CENTRED = Look(horizontal="center")


def quoted_sheet(name: str) -> str:
    """A sheet name as a formula refers to it."""
    return "'" + name.replace("'", "''") + "'"


def write_table_sheet(
    book: Workbook,
    styles: Styles,
    title: str,
    columns: Sequence[Column],
    values: Iterable[Row],
    workshop: Workshop,
    language: str,
    *,
    colour_keys: Sequence[str] = ("colour",),
    date_keys: Sequence[str] = (),
) -> tuple[WriteOnlyWorksheet, int]:
    """A sheet with a header row and one row per item; returns it and its number of rows."""
    sheet = styles.sheet(title)
    for index, column in enumerate(columns, 1):
        sheet.column_dimensions[get_column_letter(index)].width = column.width
    sheet.freeze_panes = "A2"
    headers = [c.header(language) for c in columns]
    header_lines = max(lines_needed([c.header(language)], c.width, bold=True) for c in columns)
    sheet.row_dimensions[1].height = max(30, header_lines * LINE_POINTS + 5)
    printed = [c for c in columns if c.key not in ID_KEYS] or list(columns)
    paper = paper_for([c.width for c in printed])
    set_up_page(sheet, workshop, landscape=True, paper=paper, title_rows="1:1")
    sheet.append(styles.row(sheet, headers, [HEADER] * len(columns)))
    date_format = "dd/mm/yyyy" if language == "fr" else "yyyy-mm-dd"
    date_look = Look(wrap=False, horizontal="center", number_format=date_format)
    # Plain values: the workbook's default style wraps them and aligns them to the top.
    looks: list[Look | None] = [
        date_look if c.key in date_keys else _CENTRED if c.width < NARROW else None for c in columns
    ]
    colour_at = [i for i, c in enumerate(columns) if c.key in colour_keys]
    # Texts that may take several lines: (column, width, length that surely fits one line,
    # the lines of the texts met so far: names, teams and personas repeat down a column).
    wrapped: list[tuple[int, float, int, dict[str, int]]] = [
        (i, c.width, int(line_em(c.width) / WIDEST_EM), {})
        for i, c in enumerate(columns)
        if c.width >= NARROW and c.key not in ID_KEYS and c.key not in date_keys
    ]
    count = 0
    for row in values:
        tallest = 1
        for index, width, fits, known in wrapped:
            text = row[index]
            if isinstance(text, str) and (len(text) > fits or "\n" in text):
                lines = known.get(text)
                if lines is None:
                    lines = known[text] = lines_needed([text], width)
                tallest = max(tallest, lines)
        if tallest > 1:
            set_row_height(sheet, count + 2, min(MAX_ROW_POINTS, tallest * LINE_POINTS + 3))
        cells = styles.row(sheet, row, looks)
        for index in colour_at:
            colour = row[index]
            if isinstance(colour, str) and colour:
                look = Look(fill=colour, colour=text_on(colour), horizontal="center")
                cells[index] = styles.cell(sheet, colour, look)
        sheet.append(cells)
        count += 1
    sheet.print_area = f"A1:{get_column_letter(len(printed))}{count + 1}"
    return sheet, count


def write_touchpoints(
    book: Workbook,
    styles: Styles,
    title: str,
    workshop: Workshop,
    language: str,
    lists: dict[str, str],
) -> None:
    """The touchpoints table; ``lists`` gives the ranges of stage, channel and journey names."""
    columns = words.TOUCHPOINT_COLUMNS
    sheet, count = write_table_sheet(
        book,
        styles,
        title,
        columns,
        rows.touchpoint_rows(workshop, language),
        workshop,
        language,
    )
    last_row = max(2, count + 1)
    letter = {c.key: get_column_letter(i) for i, c in enumerate(columns, 1)}
    reference = f"A1:{get_column_letter(len(columns))}{last_row}"
    table = Table(
        displayName="Touchpoints",
        ref=reference,
        tableColumns=[TableColumn(id=i, name=c.header(language)) for i, c in enumerate(columns, 1)],
        tableStyleInfo=TableStyleInfo(name="TableStyleLight1", showRowStripes=True),
        autoFilter=AutoFilter(ref=reference),  # made only with default columns otherwise
    )
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", "In write-only mode", UserWarning)
        sheet.add_table(table)

    # Drop-downs reach past the last card, so rows added in Excel get them too.
    reach = max(last_row, count + 1000)
    ratings = [word(words.RATINGS[r], language) for r in Rating if r is not Rating.NONE]
    _drop_down(
        sheet,
        f'"{",".join(ratings)}"',
        f"{letter['rating']}2:{letter['rating']}{reach}",
        words.phrase("rating_prompt", language),
    )
    yes_no = ",".join(word(words.YES_NO[b], language) for b in (True, False))
    column = letter["moment_of_truth"]
    _drop_down(sheet, f'"{yes_no}"', f"{column}2:{column}{reach}")
    for key in ("stage", "channel", "journey"):
        if lists.get(key):
            _drop_down(sheet, lists[key], f"{letter[key]}2:{letter[key]}{reach}", strict=False)
    emotion = DataValidation(
        type="whole",
        operator="between",
        formula1="-2",
        formula2="2",
        allow_blank=True,
        showErrorMessage=True,
        promptTitle=None,
        prompt=words.phrase("emotion_prompt", language),
        showInputMessage=True,
    )
    emotion.add(f"{letter['emotion']}2:{letter['emotion']}{reach}")
    sheet.data_validations.append(emotion)

    rating_column = letter["rating"]
    for rating in (Rating.DELIGHT, Rating.IRRITANT, Rating.BREAKING_POINT):
        label = word(words.RATINGS[rating], language).replace('"', '""')
        sheet.conditional_formatting.add(
            f"{rating_column}2:{rating_column}{reach}",
            FormulaRule(
                formula=[f'${rating_column}2="{label}"'],
                fill=PatternFill(
                    "solid",
                    fgColor=argb(RATING_COLOURS[rating]),
                    bgColor=argb(RATING_COLOURS[rating]),
                ),
                font=Font(bold=True, color=argb(RATING_TEXT_COLOURS[rating])),
            ),
        )


def _drop_down(
    sheet: WriteOnlyWorksheet, source: str, cells: str, prompt: str = "", *, strict: bool = True
) -> None:
    """A list drop-down; a non-strict one only warns, so a new stage can still be typed."""
    validation = DataValidation(
        type="list",
        formula1=source,
        allow_blank=True,
        showErrorMessage=True,
        errorStyle="stop" if strict else "warning",
        showInputMessage=bool(prompt),
        prompt=prompt or None,
    )
    validation.add(cells)
    sheet.data_validations.append(validation)


def write_lists(
    book: Workbook, styles: Styles, workshop: Workshop, language: str, titles: dict[str, str]
) -> None:
    """The personas, stages, pipelines, CRM fields and actions sheets, in that order."""
    write_table_sheet(
        book,
        styles,
        titles["personas"],
        words.PERSONA_COLUMNS,
        rows.persona_rows(workshop, language),
        workshop,
        language,
    )
    write_table_sheet(
        book,
        styles,
        titles["stages"],
        words.STAGE_COLUMNS,
        rows.stage_rows(workshop, language),
        workshop,
        language,
    )
    write_table_sheet(
        book,
        styles,
        titles["pipelines"],
        words.PIPELINE_COLUMNS,
        rows.pipeline_rows(workshop, language),
        workshop,
        language,
    )
    write_table_sheet(
        book,
        styles,
        titles["crm_fields"],
        words.CRM_FIELD_COLUMNS,
        rows.crm_field_rows(workshop),
        workshop,
        language,
    )
    write_table_sheet(
        book,
        styles,
        titles["actions"],
        words.ACTION_COLUMNS,
        rows.action_rows(workshop, language),
        workshop,
        language,
        date_keys=("due",),
    )
