"""The running header and footer of every page but the cover.

Header: the workshop and the client on the left, the chapter (or map) on the right.
Footer: the workshop's date and facilitator on the left, "Page x of y" on the right.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from journey_studio.exporters.pdf.fonts import BOLD, LINE_SPACING, REGULAR
from journey_studio.exporters.pdf.style import GRID_LINE, INK, MUTED
from journey_studio.exporters.pdf.text import measure, one_line

if TYPE_CHECKING:
    from journey_studio.exporters.pdf.pages import DrawContext, PlannedPage
    from journey_studio.model.workshop import Workshop


def draw_furniture(ctx: DrawContext, page: PlannedPage, workshop: Workshop) -> None:
    """Draw the header and footer of a page."""
    paper, painter, wording = ctx.paper, ctx.painter, ctx.wording
    size = paper.pt(7.5)
    header, footer = paper.header, paper.footer
    half = header.width / 2 - size

    top = header.y + (header.height - LINE_SPACING * size) / 2
    name = one_line(workshop.name)
    client = one_line(workshop.client)
    if client.casefold() in name.casefold():
        client = ""
    bold = measure(BOLD, size)
    name = bold.elided_chars(name, half * (0.7 if client else 1.0))
    painter.text(header.x, top, name, BOLD, size, INK)
    if client:
        regular = measure(REGULAR, size)
        used = bold.width(name)
        rest = regular.elided_chars(f" — {client}", half - used)
        painter.text(header.x + used, top, rest, REGULAR, size, MUTED)
    section = measure(REGULAR, size).elided_chars(one_line(page.section), half)
    painter.text(header.right, top, section, REGULAR, size, MUTED, "right")
    painter.line(header.x, header.bottom, header.right, header.bottom, GRID_LINE, 0.6)

    painter.line(footer.x, footer.y, footer.right, footer.y, GRID_LINE, 0.6)
    bottom = footer.y + (footer.height - LINE_SPACING * size) / 2
    facts = [wording.date(workshop.workshop_date), one_line(workshop.facilitator)]
    left = " · ".join(fact for fact in facts if fact)
    left = measure(REGULAR, size).elided_chars(left, half)
    painter.text(footer.x, bottom, left, REGULAR, size, MUTED)
    number = wording("page_of", page=ctx.page, total=ctx.page_count)
    painter.text(footer.right, bottom, number, BOLD, size, INK, "right")
    if page.footer_mark is not None:
        page.footer_mark(ctx)
