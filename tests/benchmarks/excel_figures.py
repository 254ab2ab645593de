"""Excel figures: exporting a workshop's workbook, against openpyxl alone writing the same cells.

The baseline, measured in the same run on the same workshop, is openpyxl's own write-only
mode (as the export uses) writing what the export writes for every card, the way a careful
openpyxl user would (each font, fill and border made once, one ``WriteOnlyCell`` per styled
cell):

- one map sheet per journey: the stage headers in their phase colours, the channel names,
  and per cell the cards as the same rich-text runs (a bold sign, the text, the star of a
  moment of truth, each in its rating's colour) on the same shaded fill with a border, the
  same column widths and row heights;
- the touchpoints sheet: its styled header and one row per card with the same values.

Its cells (the values and rich texts) are prepared before it is timed; the export is timed
from the workshop to the file on disk, and also writes what the baseline leaves out (the
table, drop-downs, conditional colours, the other sheets, the legend), so the ratio is an
upper bound on what the export adds to openpyxl. A second, plainer baseline (the same
texts as plain strings, no style at all) is reported too, as ``xlsx_ratio_vs_plain_*``.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from bench_tools import Figure, median_seconds
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from support.synthetic import synthetic_workshop

from journey_studio.exporters.colours import MOMENT_OF_TRUTH, RATING_INK_COLOURS
from journey_studio.exporters.excel import export_workbook, words
from journey_studio.exporters.excel.rows import touchpoint_rows
from journey_studio.model.vocabulary import Rating

if TYPE_CHECKING:
    from journey_studio.model.workshop import Card, Workshop

Cells = list[list[object]]


@dataclass
class MapCells:
    """One journey's map: stage headers (name, colour), then per channel its cells."""

    stages: list[tuple[str, str]]
    rows: list[tuple[str, list[CellRichText | None]]] = field(default_factory=list)
    heights: list[float] = field(default_factory=list)


def _argb(colour: str) -> str:
    return "FF" + colour.lstrip("#").upper()


_RUN_FONTS = {
    (rating, bold): InlineFont(
        rFont="Calibri", sz=10, b=bold or None, color=_argb(RATING_INK_COLOURS[rating])
    )
    for rating in Rating
    for bold in (False, True)
}
_STAR = InlineFont(rFont="Calibri", sz=10, b=True, color=_argb(MOMENT_OF_TRUTH))


def rich_text(cards: list[Card]) -> CellRichText | None:
    """The runs the export writes for a cell's cards."""
    if not cards:
        return None
    runs: list[TextBlock] = []
    for position, card in enumerate(cards):
        ending = "\n" if position < len(cards) - 1 else ""
        bold = card.rating is Rating.BREAKING_POINT
        marker = f"{words.RATING_MARKERS[card.rating]} "
        runs.append(TextBlock(_RUN_FONTS[(card.rating, True)], marker))
        if card.moment_of_truth:
            runs.append(TextBlock(_RUN_FONTS[(card.rating, bold)], card.text))
            runs.append(TextBlock(_STAR, f" {words.MOMENT_OF_TRUTH_MARK}{ending}"))
        else:
            runs.append(TextBlock(_RUN_FONTS[(card.rating, bold)], f"{card.text}{ending}"))
    return CellRichText(runs)


def same_cells(workshop: Workshop) -> tuple[Cells, list[MapCells]]:
    """The touchpoints rows and, per journey, its map's cells."""
    touchpoints: Cells = [list(row) for row in touchpoint_rows(workshop, workshop.language)]
    maps: list[MapCells] = []
    for journey in workshop.journeys:
        sheet = MapCells([(stage.name, stage.colour) for stage in workshop.stages])
        for channel in workshop.channels:
            cards = [journey.cell_cards(stage.id, channel.id) for stage in workshop.stages]
            sheet.rows.append((channel.name, [rich_text(cell) for cell in cards]))
            most = max([1, *(len(cell) for cell in cards)])
            sheet.heights.append(min(409.0, 2 * most * 12.75 + 6))
        maps.append(sheet)
    return touchpoints, maps


def openpyxl_alone(path: Path, touchpoints: Cells, maps: list[MapCells]) -> None:
    """openpyxl writing the map and touchpoints cells, with their fonts, fills and borders."""
    book = Workbook(write_only=True)
    grid = Side(style="thin", color="FFD5DAE1")
    box = Border(left=grid, right=grid, top=grid, bottom=grid)
    wrapped = Alignment(wrap_text=True, vertical="top")
    centred = Alignment(wrap_text=True, horizontal="center", vertical="center")
    fills = [PatternFill("solid", fgColor="FFFFFFFF"), PatternFill("solid", fgColor="FFF6F8FA")]
    label_font = Font(name="Calibri", size=11, bold=True)
    label_fill = PatternFill("solid", fgColor="FFEEF1F5")
    stage_looks = {
        colour: (
            Font(name="Calibri", size=11, bold=True, color="FFFFFFFF"),
            PatternFill("solid", fgColor=_argb(colour)),
        )
        for sheet in maps
        for _, colour in sheet.stages
    }
    for sheet_cells in maps:
        sheet = book.create_sheet()
        sheet.column_dimensions["A"].width = 22
        for index in range(len(sheet_cells.stages)):
            sheet.column_dimensions[get_column_letter(index + 2)].width = 40
        header = []
        for name, colour in sheet_cells.stages:
            cell = WriteOnlyCell(sheet, name)
            cell.font, cell.fill = stage_looks[colour]
            cell.alignment, cell.border = centred, box
            header.append(cell)
        sheet.append([None, *header])
        for number, ((channel, cells), height) in enumerate(
            zip(sheet_cells.rows, sheet_cells.heights, strict=True), 2
        ):
            sheet.row_dimensions[number].height = height
            label = WriteOnlyCell(sheet, channel)
            label.font, label.fill, label.border = label_font, label_fill, box
            row = [label]
            for value in cells:
                cell = WriteOnlyCell(sheet, value)
                cell.fill, cell.border, cell.alignment = fills[number % 2], box, wrapped
                row.append(cell)
            sheet.append(row)
    sheet = book.create_sheet()
    header_font = Font(name="Calibri", size=10, bold=True, color="FFFFFFFF")
    header_fill = PatternFill("solid", fgColor="FF37474F")
    header = []
    for value in touchpoints[0] if touchpoints else []:
        cell = WriteOnlyCell(sheet, str(value))
        cell.font, cell.fill = header_font, header_fill
        header.append(cell)
    sheet.append(header)
    for row in touchpoints:
        sheet.append(row)
    book.save(path)


def plain_openpyxl(path: Path, touchpoints: Cells, maps: list[MapCells]) -> None:
    """The plainer baseline: the same texts as plain strings, with no style at all."""
    book = Workbook(write_only=True)
    for sheet_cells in maps:
        sheet = book.create_sheet()
        sheet.append([None, *(name for name, _ in sheet_cells.stages)])
        for channel, cells in sheet_cells.rows:
            sheet.append([channel, *(str(cell) if cell else None for cell in cells)])
    sheet = book.create_sheet()
    for row in touchpoints:
        sheet.append(row)
    book.save(path)


def figures(sizes: list[int]) -> list[Figure]:
    results: list[Figure] = []
    with tempfile.TemporaryDirectory() as folder:
        for size in sizes:
            workshop = synthetic_workshop(size, seed=size)
            touchpoints, maps = same_cells(workshop)
            repeat = 3 if size >= 5000 else 7
            ours = Path(folder) / f"export-{size}.xlsx"
            bare = Path(folder) / f"bare-{size}.xlsx"
            plain = Path(folder) / f"plain-{size}.xlsx"
            # Alternate them, so that a busy moment of a shared machine hits all three.
            export_times, bare_times, plain_times = [], [], []
            for _ in range(repeat):
                bare_times.append(
                    median_seconds(partial(openpyxl_alone, bare, touchpoints, maps), repeat=1)
                )
                export_times.append(
                    median_seconds(partial(export_workbook, workshop, ours), repeat=1)
                )
                plain_times.append(
                    median_seconds(partial(plain_openpyxl, plain, touchpoints, maps), repeat=1)
                )
            export = sorted(export_times)[len(export_times) // 2]
            baseline = sorted(bare_times)[len(bare_times) // 2]
            plainest = sorted(plain_times)[len(plain_times) // 2]
            results += [
                Figure(f"xlsx_s_{size}", export, "s", "export the whole workbook"),
                Figure(
                    f"xlsx_ratio_vs_openpyxl_{size}",
                    export / baseline,
                    "x",
                    "vs openpyxl alone writing the same styled cells (goal <= 1.5)",
                ),
                Figure(
                    f"xlsx_ratio_vs_plain_{size}",
                    export / plainest,
                    "x",
                    "vs openpyxl writing the same texts unstyled (for reference)",
                ),
            ]
    return results
