"""A planned chapter: its pages and the maps among them (for the export's report)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from journey_studio.exporters.pdf.report import MapPlacement

if TYPE_CHECKING:
    from journey_studio.exporters.pdf.map_pages import PrintedMap
    from journey_studio.exporters.pdf.pages import PlannedPage


@dataclass(frozen=True, slots=True)
class PlacedMap:
    """A map in a chapter, ``offset`` pages after the chapter's first page."""

    journey: str
    persona: str | None
    offset: int
    printed: PrintedMap

    def placement(self, first_page: int) -> MapPlacement:
        plan = self.printed.plan
        return MapPlacement(
            journey=self.journey,
            persona=self.persona,
            first_page=first_page,
            page_count=len(self.printed.pages),
            scale=plan.scale,
            columns=plan.columns,
            rows=plan.rows,
            smallest_text_pt=self.printed.smallest_text_pt,
            smallest_badge_pt=self.printed.smallest_badge_pt,
        )


@dataclass(slots=True)
class Chapter:
    pages: list[PlannedPage]
    maps: list[PlacedMap] = field(default_factory=list)
