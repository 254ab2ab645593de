"""Print set-up shared by the sheets: landscape, fit to the page width, repeated titles.

Call it before the sheet's first row: a write-only sheet writes its properties with it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

    from journey_studio.model.workshop import Workshop

PAPER_SIZES = {"A4": 9, "A3": 8}
"""Excel's codes for the paper sizes."""
PRINTABLE_POINTS = {"A4": 842 - 58, "A3": 1191 - 58}
"""The width a landscape page leaves between its margins, in points."""
SMALLEST_SCALE = 0.75
"""A table printed smaller than this on A4 is printed on A3 instead."""


def column_points(width: float) -> float:
    """The width of a column ``width`` characters wide on paper at 100 %, in points
    (a character is 7 pixels at 96 dpi, and a column has 5 pixels of padding)."""
    return (width * 7 + 5) * 0.75


def column_width(points: float) -> float:
    """The width, in characters, of a column that takes ``points`` on paper at 100 %."""
    return (points / 0.75 - 5) / 7


def paper_for(widths: list[float]) -> str:
    """A4, or A3 when the columns (widths in characters) would print too small on A4."""
    points = sum(map(column_points, widths))
    return "A4" if PRINTABLE_POINTS["A4"] >= points * SMALLEST_SCALE else "A3"


def _header_text(text: str) -> str:
    """Text for a print header: ``&`` starts a code there, so it is doubled."""
    return text.replace("&", "&&")


def set_up_page(
    sheet: Worksheet,
    workshop: Workshop,
    *,
    landscape: bool = True,
    paper: str = "A4",
    title_rows: str | None = "1:1",
    title_columns: str | None = None,
) -> None:
    sheet.page_setup.orientation = "landscape" if landscape else "portrait"
    sheet.page_setup.paperSize = PAPER_SIZES[paper]
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_margins.left = sheet.page_margins.right = 0.4
    sheet.page_margins.top = sheet.page_margins.bottom = 0.6
    sheet.page_margins.header = sheet.page_margins.footer = 0.3
    if title_rows:
        sheet.print_title_rows = title_rows
    if title_columns:
        sheet.print_title_cols = title_columns
    left = workshop.name
    if workshop.client and workshop.client.casefold() not in workshop.name.casefold():
        left = f"{left} \u2014 {workshop.client}"
    sheet.oddHeader.left.text = _header_text(left)
    sheet.oddHeader.left.size = 8
    sheet.oddFooter.left.text = "&A"
    sheet.oddFooter.left.size = 8
    sheet.oddFooter.right.text = "&P / &N"
    sheet.oddFooter.right.size = 8
