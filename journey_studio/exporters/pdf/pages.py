"""The plan of the deliverable: its pages, what each draws, and the bookmarks they open.

Every part of the document (cover, legend, maps, tables...) is first planned as a list of
:class:`PlannedPage` without drawing anything, so the number of pages, the contents and the
"page x of y" footers are known before the first page is drawn.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from journey_studio.exporters.pdf.map_cards import CardPrinter
    from journey_studio.exporters.pdf.painter import Painter
    from journey_studio.exporters.pdf.paper import Box, Paper
    from journey_studio.exporters.pdf.wording import Wording


@dataclass(frozen=True, slots=True)
class Bookmark:
    """An entry of the contents and of the PDF's outline, opened by a page."""

    title: str
    level: int
    """0 for a chapter, 1 inside it."""
    in_contents: bool = True


@dataclass(slots=True)
class DrawContext:
    """What a page draws with."""

    painter: Painter
    paper: Paper
    wording: Wording
    cards: CardPrinter
    page: int
    """This page's number, from 1."""
    page_count: int
    pages_of: dict[str, int]
    """Bookmark key -> its page, for the contents."""

    @property
    def body(self) -> Box:
        return self.paper.body


PageDrawing = Callable[[DrawContext], None]


@dataclass(slots=True)
class PlannedPage:
    """One page of the plan."""

    section: str
    """The running header's right side (the chapter, or the map's name)."""
    draw: PageDrawing
    bookmarks: list[Bookmark] = field(default_factory=list)
    furniture: bool = True
    """Whether the running header and footer are drawn (not on the cover)."""
    footer_mark: PageDrawing | None = None
    """Drawn in the middle of the footer (a tiled map's position key)."""
