"""A journey's map sheet: the channel x stage matrix as the group built it on the wall.

Stages are columns, under a band of their phases (team) in the phase colours; channels are
rows (a channel with more touchpoints than Excel's tallest row holds spans several). Each
touchpoint is one line of its cell, after a sign of its rating (``+`` delight, ``−``
irritant, ``!!`` breaking point, ``•`` not rated) and coloured by it, with a star for a
moment of truth: the sheet reads in grey-scale print too, and the matrix importer reads it
back.
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Any, ClassVar

from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.cell_range import CellRange
from openpyxl.xml.functions import Element, SubElement, whitespace

from journey_studio.exporters.colours import MOMENT_OF_TRUTH, RATING_INK_COLOURS
from journey_studio.exporters.excel import words
from journey_studio.exporters.excel.cells import FONT_NAME, Look, Styles, argb, safe_text, text_on
from journey_studio.exporters.excel.measure import lines_needed
from journey_studio.exporters.excel.page import (
    PRINTABLE_POINTS,
    column_points,
    column_width,
    set_up_page,
)
from journey_studio.exporters.excel.rows import map_line
from journey_studio.model.vocabulary import Rating

if TYPE_CHECKING:
    from openpyxl.workbook import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

    from journey_studio.model.workshop import Card, Journey, Workshop

CHANNEL_WIDTH = 22
STAGE_WIDTH_MIN, STAGE_WIDTH_MAX = 32, 60
LINE_POINTS = 12.75
"""The height of one line of 10 pt text (as Excel spaces it)."""
HEADER_LINE_POINTS = 15.0
"""The height of one line of the 11 pt stage names."""
MAX_ROW_POINTS = 409.0
"""Excel's tallest row."""
HEADER_ROWS = 3
SMALLEST_MAP_SCALE = 0.6
"""A map fitted to the width of its page prints its 10-point text at 6 points or more."""
STAGE_WIDTH_FLOOR = 24
"""The narrowest stage column, when many stages must share the page."""


def stage_width(journey: Journey, stage_count: int, channel_count: int) -> float:
    """Wider columns for a busier map, so that rows stay within Excel's tallest row, but
    not so wide that the map, fitted to the width of an A3 page, prints its text smaller
    than 6 points (a busy map grows downwards instead, as on the wall)."""
    cells = max(1, stage_count * channel_count)
    per_cell = len(journey.cards) / cells
    room = PRINTABLE_POINTS["A3"] / SMALLEST_MAP_SCALE - column_points(CHANNEL_WIDTH)
    widest = column_width(room / max(1, stage_count))
    ceiling = max(STAGE_WIDTH_FLOOR, min(STAGE_WIDTH_MAX, widest))
    return float(min(ceiling, max(STAGE_WIDTH_MIN, 24 + 4 * per_cell)))


def write_map(
    book: Workbook,
    styles: Styles,
    title: str,
    workshop: Workshop,
    journey: Journey,
    language: str,
) -> None:
    sheet = styles.sheet(title)
    stages, channels = workshop.stages, workshop.channels
    last_column = 1 + len(stages)
    width = stage_width(journey, len(stages), len(channels))
    sheet.column_dimensions["A"].width = CHANNEL_WIDTH
    for index in range(2, last_column + 1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "B4"
    sheet.sheet_view.zoomScale = 90
    # Write-only sheets write their properties with the first row: set them up first.
    set_up_page(
        sheet,
        workshop,
        landscape=True,
        paper="A3",
        title_rows=f"1:{HEADER_ROWS}",
        title_columns="A:A",
    )

    heading = words.phrase("map_title", language).format(
        journey=journey.name, workshop=workshop.name
    )
    sheet.row_dimensions[1].height = 24
    sheet.append([styles.cell(sheet, heading, Look(bold=True, size=14, wrap=False))])
    if last_column > 1:
        sheet.merged_cells.add(CellRange(min_col=1, min_row=1, max_col=last_column, max_row=1))

    _phase_band(sheet, styles, workshop)
    header = [styles.cell(sheet, words.phrase("corner", language), _HEADER)]
    for stage in stages:
        look = Look(
            bold=True,
            size=11,
            colour=text_on(stage.colour),
            fill=stage.colour,
            horizontal="center",
            vertical="center",
            border=True,
        )
        header.append(styles.cell(sheet, stage.name, look))
    names = max([1, *(lines_needed([stage.name], width, size=11, bold=True) for stage in stages)])
    sheet.row_dimensions[3].height = max(30, names * HEADER_LINE_POINTS + 6)
    sheet.append(header)

    row_index = HEADER_ROWS + 1
    for number, channel in enumerate(channels):
        look = _CELL_SHADED if number % 2 else _CELL
        parts = [_chunks(journey.cell_cards(stage.id, channel.id), width) for stage in stages]
        rows = max([1, *(len(chunks) for chunks in parts)])
        for part in range(rows):
            label = channel.name if part == 0 else None
            row: list[object] = [styles.cell(sheet, label, _HEADER)]
            tallest = 1
            for chunks in parts:
                cards, lines = chunks[part] if part < len(chunks) else ([], 0)
                tallest = max(tallest, lines)
                row.append(styles.cell(sheet, _rich_text(cards), look))
            height = max(2 * LINE_POINTS, tallest * LINE_POINTS + 6)
            sheet.row_dimensions[row_index + part].height = min(MAX_ROW_POINTS, height)
            sheet.append(row)
        if rows > 1:
            sheet.merged_cells.add(
                CellRange(min_col=1, min_row=row_index, max_col=1, max_row=row_index + rows - 1)
            )
        row_index += rows


def _card_lines(card: Card, width: float) -> int:
    """The lines a card takes on the map: its sign, its text, its star (bold if breaking)."""
    text = " ".join(map_line(card))
    return lines_needed([text], width, bold=card.rating is Rating.BREAKING_POINT)


def _chunks(cards: list[Card], width: float) -> list[tuple[list[Card], int]]:
    """A cell's cards in runs that each fit in Excel's tallest row, with their lines.

    A channel whose cards do not fit in one row spans several (its name merged down
    them), as a wall of Post-its grows downwards; the matrix importer reads it back so.
    """
    most = int((MAX_ROW_POINTS - 6) // LINE_POINTS)
    chunks: list[tuple[list[Card], int]] = []
    run: list[Card] = []
    used = 0
    for card in cards:
        lines = _card_lines(card, width)
        if run and used + lines > most:
            chunks.append((run, used))
            run, used = [], 0
        run.append(card)
        used += lines
    if run:
        chunks.append((run, used))
    return chunks


_HEADER = Look(bold=True, size=11, fill="#EEF1F5", vertical="center", border=True)
_CELL = Look(fill="#FFFFFF", border=True)
_CELL_SHADED = Look(fill="#F6F8FA", border=True)
"""Every other channel row is shaded, so that a row reads across the map."""


def _phase_band(sheet: Worksheet, styles: Styles, workshop: Workshop) -> None:
    """Row 2: each run of stages of the same phase under one merged, coloured band."""
    row: list[object] = [None]
    runs: list[tuple[int, int]] = []
    for index, stage in enumerate(workshop.stages, 2):
        if runs and stage.phase == workshop.stages[runs[-1][0] - 2].phase:
            runs[-1] = (runs[-1][0], index)
            row.append(styles.cell(sheet, None, _band(workshop.stages[runs[-1][0] - 2].colour)))
            continue
        runs.append((index, index))
        row.append(styles.cell(sheet, stage.phase or None, _band(stage.colour)))
    sheet.row_dimensions[2].height = 18
    sheet.append(row)
    for first, last in runs:
        if last > first:
            sheet.merged_cells.add(CellRange(min_col=first, min_row=2, max_col=last, max_row=2))


def _band(colour: str) -> Look:
    return Look(
        bold=True,
        size=9,
        colour=text_on(colour),
        fill=colour,
        horizontal="center",
        vertical="center",
        wrap=False,
    )


_FONTS = {
    (rating, bold): InlineFont(
        rFont=FONT_NAME, sz=10, b=bold or None, color=argb(RATING_INK_COLOURS[rating])
    )
    for rating in Rating
    for bold in (False, True)
}
_STAR_FONT = InlineFont(rFont=FONT_NAME, sz=10, b=True, color=argb(MOMENT_OF_TRUTH))


class MapText(CellRichText):
    """A cell's touchpoints as rich text, written faster than openpyxl's own.

    openpyxl serialises each run's font anew; here each font's XML is made once and
    copied, which matters with thousands of runs. The XML is the same.
    """

    _run_properties: ClassVar[dict[int, Any]] = {}

    def __init__(self, blocks: list[TextBlock]) -> None:
        list.__init__(self, blocks)  # openpyxl's own __init__ re-merges the runs

    def to_tree(self) -> Any:
        container = Element("is")
        for block in self:
            run = SubElement(container, "r")
            run.append(copy.copy(self._properties(block.font)))
            text = SubElement(run, "t")
            text.text = block.text
            whitespace(text)
        return container

    @classmethod
    def _properties(cls, font: InlineFont) -> Any:
        found = cls._run_properties.get(id(font))
        if found is None:
            found = cls._run_properties[id(font)] = font.to_tree(tagname="rPr")
        return found


def _rich_text(cards: list[Card]) -> CellRichText | None:
    """The cell's touchpoints, one line each: a bold sign, then the text, in rating colours."""
    if not cards:
        return None
    blocks: list[TextBlock] = []
    for position, card in enumerate(cards):
        marker, _ = map_line(card)
        text = safe_text(card.text)
        ending = "\n" if position < len(cards) - 1 else ""
        breaking = card.rating is Rating.BREAKING_POINT
        blocks.append(TextBlock(_FONTS[(card.rating, True)], f"{marker} "))
        if card.moment_of_truth:
            blocks.append(TextBlock(_FONTS[(card.rating, breaking)], text))
            blocks.append(TextBlock(_STAR_FONT, f" {words.MOMENT_OF_TRUTH_MARK}{ending}"))
        else:
            blocks.append(TextBlock(_FONTS[(card.rating, breaking)], f"{text}{ending}"))
    return MapText(blocks)
