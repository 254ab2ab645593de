"""The Excel workbook of a workshop (``journey-studio export --format xlsx``).

One map sheet per journey (the channel x stage matrix), then the touchpoints (an Excel
table that can be edited and imported back), personas, stages and CRM, pipelines, CRM
fields, actions, a legend, and a hidden technical sheet. openpyxl is imported only when a
workbook is written.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from journey_studio.model.workshop import Workshop

__all__ = ["export_workbook"]


def export_workbook(workshop: Workshop, out: Path, *, language: str | None = None) -> None:
    """Write the workshop's workbook to ``out`` (.xlsx), replacing it in one step.

    ``language`` ("fr" or "en") chooses the sheet names and headers; by default the
    workshop's own language.
    """
    from journey_studio.exporters.excel.workbook import write_workbook

    write_workbook(workshop, Path(out), language)
