"""The contents: every chapter and what it holds, with its page; each line is a link."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from journey_studio.exporters.pdf.fonts import BOLD, LINE_SPACING, REGULAR
from journey_studio.exporters.pdf.pages import DrawContext, PlannedPage
from journey_studio.exporters.pdf.style import GRID_LINE, INK, MUTED
from journey_studio.exporters.pdf.text import measure

if TYPE_CHECKING:
    from journey_studio.exporters.pdf.paper import Paper


@dataclass(slots=True)
class Entry:
    """A line of the contents; its page and link target are known once all pages are."""

    title: str
    level: int
    key: str
    page: int = 0


def _row_height(paper: Paper) -> float:
    return paper.pt(17.0)


def _title_height(paper: Paper) -> float:
    return paper.pt(17.0) * 2.2


def contents_page_count(paper: Paper, entries: int) -> int:
    """How many pages the contents take."""
    per_page = max(1, int((paper.body.height - _title_height(paper)) // _row_height(paper)))
    return max(1, math.ceil(entries / per_page))


def contents_pages(paper: Paper, title: str, entries: list[Entry]) -> list[PlannedPage]:
    """The contents pages listing ``entries``."""
    per_page = max(1, int((paper.body.height - _title_height(paper)) // _row_height(paper)))
    count = contents_page_count(paper, len(entries))
    pages = []
    for index in range(count):
        chunk = entries[index * per_page : (index + 1) * per_page]
        pages.append(
            PlannedPage(
                title,
                lambda ctx, chunk=chunk, first=index == 0: _draw(ctx, title, chunk, first),
            )
        )
    return pages


def _draw(ctx: DrawContext, title: str, entries: list[Entry], first: bool) -> None:
    paper, painter, body = ctx.paper, ctx.painter, ctx.body
    size = paper.pt(17.0)
    y = body.y
    if first:
        painter.text(body.x, y, title, BOLD, size, INK)
    y += _title_height(paper)
    width = min(body.width, paper.pt(520.0))
    left = body.x + (body.width - width) / 2
    row = _row_height(paper)
    for entry in entries:
        chapter = entry.level == 0
        font = BOLD if chapter else REGULAR
        text_size = paper.pt(10.5 if chapter else 9.0)
        indent = 0.0 if chapter else paper.pt(16.0)
        number = str(entry.page)
        by = measure(font, text_size)
        number_width = by.width(number)
        room = width - indent - number_width - paper.pt(24.0)
        text = by.elided_chars(entry.title, room)
        top = y + (row - LINE_SPACING * text_size) / 2
        colour = INK if chapter else MUTED
        painter.text(left + indent, top, text, font, text_size, colour)
        painter.text(left + width, top, number, font, text_size, INK, "right")
        leader_start = left + indent + by.width(text) + paper.pt(6.0)
        leader_end = left + width - number_width - paper.pt(6.0)
        if leader_end > leader_start:
            baseline = top + text_size * 0.85
            painter.line(
                leader_start, baseline, leader_end, baseline, GRID_LINE, 0.8, dash=(0.8, 2.4)
            )
        ctx.painter.canvas.linkRect(
            "", entry.key, (left, -(y + row), left + width, -y), relative=1, thickness=0
        )
        y += row
