"""The print-grade PDF deliverable of a workshop (reportlab, imported only when used).

    from journey_studio.exporters.pdf import export_pdf
    report = export_pdf(workshop, Path("atelier.pdf"), paper="A3")

The deliverable holds a cover, the contents (also as PDF bookmarks), a legend, each
journey's map drawn from :mod:`journey_studio.layout` as the canvas draws it (on one page,
or tiled when its words would fall under 6 pt), the moments of truth and breaking points,
one page per persona with their filtered map, the stages and their CRM settings, the
pipelines, the action plan, and every touchpoint in full. Vector throughout, in the
workshop's language, with DejaVu Sans embedded.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from journey_studio.exporters.pdf.paper import DEFAULT_PAPER, PAPER_NAMES
from journey_studio.exporters.pdf.report import MapPlacement, PdfExportError, PdfReport, Section

if TYPE_CHECKING:
    from journey_studio.model.workshop import Workshop

__all__ = [
    "DEFAULT_PAPER",
    "PAPER_NAMES",
    "MapPlacement",
    "PdfExportError",
    "PdfReport",
    "Section",
    "export_pdf",
]


def export_pdf(
    workshop: Workshop,
    out: Path,
    *,
    paper: str = DEFAULT_PAPER,
    journey: str | None = None,
    persona: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> PdfReport:
    """Write the workshop's deliverable to ``out`` and say what was written.

    Args:
        workshop: the workshop to print.
        out: the PDF file; it is replaced only once the new one is complete.
        paper: ``A4``, ``A3`` (the default), ``A2``, ``A1`` or ``A0``, landscape.
        journey: print only this journey (its name, or ``current`` / ``target``).
        persona: show only this persona's touchpoints (its name, or the start of it).
        progress: told (pages drawn, pages in all) after each page; an exception raised
            from it abandons the export and leaves ``out`` as it was.

    Raises:
        PdfExportError: an unknown paper, journey or persona, or the file cannot be
            written; the message is one sentence for the consultant.
    """
    from journey_studio.exporters.pdf.document import export_pdf as write

    return write(
        workshop, Path(out), paper=paper, journey=journey, persona=persona, progress=progress
    )
