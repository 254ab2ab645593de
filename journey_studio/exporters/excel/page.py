"""Print set-up shared by the sheets: landscape, fit to the page width, repeated titles.

Call it before the sheet's first row: a write-only sheet writes its properties with it.
"""

from __future__ import annotations

from openpyxl.worksheet.worksheet import Worksheet

from journey_studio.model.workshop import Workshop

PAPER_SIZES = {"A4": 9, "A3": 8}
"""Excel's codes for the paper sizes."""


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
