"""What an export wrote, for the command line, the editor and the tests (no reportlab)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


class PdfExportError(Exception):
    """The deliverable cannot be written; the message is one sentence for the consultant.

    Nothing was written: an existing file at the destination is left as it was.
    """


@dataclass(frozen=True, slots=True)
class MapPlacement:
    """How one map was printed."""

    journey: str
    """The journey's name."""
    persona: str | None
    """The persona whose cards alone are shown, or None for the whole map."""
    first_page: int
    """1-based; a tiled map starts with its page-assembly key."""
    page_count: int
    scale: float
    """Points per map unit (the canvas's units)."""
    columns: int
    rows: int
    smallest_text_pt: float
    """The printed size of the map's smallest words (card text, headers, lanes)."""
    smallest_badge_pt: float
    """The printed size of the badges' labels (persona initials, CRM link counts)."""

    @property
    def tiled(self) -> bool:
        return self.columns * self.rows > 1


@dataclass(frozen=True, slots=True)
class Section:
    """An entry of the contents (and of the PDF's bookmarks)."""

    title: str
    page: int
    level: int
    """0 for a chapter, 1 for what it holds (a journey's map, a persona)."""


@dataclass(frozen=True, slots=True)
class PdfReport:
    """The deliverable written by :func:`journey_studio.exporters.pdf.export_pdf`."""

    path: Path
    paper: str
    page_size: tuple[float, float]
    """Width and height in points (landscape)."""
    page_count: int
    sections: tuple[Section, ...]
    maps: tuple[MapPlacement, ...]
    """The journeys' maps, then the personas' maps."""
    card_count: int
    """Touchpoints printed (each in full in the inventory, and on its map)."""
    elided_cards: int
    """Cards whose text the map cuts with an ellipsis, as the canvas does."""
    missing_characters: str
    """Characters of the workshop the embedded fonts cannot draw (they print as boxes)."""
