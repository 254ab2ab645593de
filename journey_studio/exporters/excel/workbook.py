"""Write the whole workbook: the maps, the lists, the legend and the technical sheet.

The file is written next to its destination under a temporary name, then moved into place
in one step: an existing workbook is never left half-written.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from openpyxl import Workbook

from journey_studio.exporters.excel import words
from journey_studio.exporters.excel.cells import Styles, use_default_look
from journey_studio.exporters.excel.legend import data_layout, write_data, write_legend
from journey_studio.exporters.excel.map_sheet import write_map
from journey_studio.exporters.excel.names import unique_sheet_names
from journey_studio.exporters.excel.tables import quoted_sheet, write_lists, write_touchpoints

if TYPE_CHECKING:
    from journey_studio.model.workshop import Workshop


def workbook_language(workshop: Workshop, language: str | None) -> str:
    chosen = (language or workshop.language or "fr").strip().casefold()
    return chosen if chosen in words.LANGUAGES else "en"


def write_workbook(workshop: Workshop, out: Path, language: str | None = None) -> None:
    language = workbook_language(workshop, language)
    titles = {key: words.sheet_name(key, language) for key in words.SHEETS}
    map_titles = unique_sheet_names(
        [journey.name for journey in workshop.journeys],
        set(titles.values()),
        words.phrase("map_default", language),
    )
    book = Workbook(write_only=True)
    use_default_look(book)
    styles = Styles(book)

    for title, journey in zip(map_titles, workshop.journeys, strict=True):
        write_map(book, styles, title, workshop, journey, language)
    layout = data_layout(workshop)
    lists = {
        "stage": _range(titles["stages"], "A", 2, len(workshop.stages) + 1),
        "channel": _range(titles["data"], "C", *layout["channel"]),
        "journey": _range(titles["data"], "C", *layout["journey"]),
    }
    write_touchpoints(book, styles, titles["touchpoints"], workshop, language, lists)
    write_lists(book, styles, workshop, language, titles)
    write_legend(
        book, styles, titles["legend"], workshop, language, map_titles, titles["touchpoints"]
    )
    write_data(book, styles, titles["data"], workshop, language)
    book.properties.title = workshop.name
    book.properties.creator = "Journey Studio"
    _save(book, Path(out))


def _range(sheet: str, column: str, first: int, last: int) -> str:
    if last < first:
        return ""
    return f"{quoted_sheet(sheet)}!${column}${first}:${column}${last}"


def _save(book: Workbook, out: Path) -> None:
    temporary = out.with_name(f".{out.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        book.save(temporary)
        os.replace(temporary, out)
    except BaseException:
        _close_sheets(book)
        Path(temporary).unlink(missing_ok=True)
        raise


def _close_sheets(book: Workbook) -> None:
    """Close the sheets a failed save left open, so that nothing is written later."""
    for sheet in book.worksheets:
        with contextlib.suppress(Exception):
            sheet.close()
