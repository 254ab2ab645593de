"""Importing Excel workbooks (``journey-studio import IN.xlsx``, File > Import).

Two kinds of workbook come in: one Journey Studio wrote (perhaps edited in Excel), read
back whole or, into an open workshop, as edits of its touchpoints; and a consultant's own
matrix (channels down the first column, stages across the first row), see
:mod:`journey_studio.importers.matrix`. Workbooks are untrusted: see
:mod:`journey_studio.importers.excel.untrusted`. openpyxl is imported only when a workbook
is read.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from journey_studio.importers.excel.report import ImportProblem, ImportReport, WorkbookRejected

if TYPE_CHECKING:
    from journey_studio.importers.excel.names import Unknown
    from journey_studio.importers.excel.untrusted import Limits
    from journey_studio.model.workshop import Workshop

__all__ = [
    "ImportProblem",
    "ImportReport",
    "WorkbookRejected",
    "plan_touchpoints_import",
    "read_workbook",
    "workshop_from_xlsx",
]


def plan_touchpoints_import(
    path: Path, workshop: Workshop, *, unknown: Unknown = "report", limits: Limits | None = None
) -> ImportReport:
    """The edits that bring an edited touchpoints sheet into ``workshop`` (left unchanged).

    Rows with an id update their card, rows without one add a card; ``unknown`` says whether
    a stage, channel or journey the workshop lacks is created ("create") or reported
    ("report"). Apply ``report.edit()`` when ``report.ok``. Raises WorkbookRejected when the
    file is not a readable Journey Studio workbook.
    """
    from journey_studio.importers.excel import untrusted, workbook

    return workbook.plan_touchpoints_import(
        Path(path), workshop, unknown=unknown, limits=limits or untrusted.DEFAULT_LIMITS
    )


def read_workbook(
    path: Path, *, unknown: Unknown = "report", limits: Limits | None = None
) -> Workshop:
    """A new workshop from a workbook Journey Studio wrote; raises WorkbookRejected.

    ``unknown="create"`` creates the stages, channels and journeys that the sheets name
    but do not define, instead of reporting them.
    """
    from journey_studio.importers.excel import untrusted, workbook

    return workbook.read_workbook(
        Path(path), unknown=unknown, limits=limits or untrusted.DEFAULT_LIMITS
    )


def workshop_from_xlsx(
    path: Path,
    *,
    language: str | None = None,
    unknown: Unknown = "report",
    limits: Limits | None = None,
) -> Workshop:
    """A new workshop from any workbook: ours (read whole), else a consultant's matrix.

    ``language`` ("fr"/"en") is used for a matrix; by default it is guessed from its text.
    ``unknown`` is as for :func:`read_workbook`. Raises WorkbookRejected with one sentence
    when the workbook cannot be imported.
    """
    from journey_studio.importers import matrix
    from journey_studio.importers.excel import untrusted, workbook

    path = Path(path)
    chosen = limits or untrusted.DEFAULT_LIMITS
    with untrusted.opened_workbook(path, limits=chosen) as (book, _):
        ours = workbook.is_our_workbook(book)
    if ours:
        return workbook.read_workbook(path, unknown=unknown, limits=chosen)
    return matrix.read_matrix(path, language=language, limits=chosen)
