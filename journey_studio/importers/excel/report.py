"""What an import says back: the workbook refused outright, or the problems row by row.

A workbook that cannot be read at all (not a workbook, damaged, hostile, far too big, the
wrong headers) raises :class:`WorkbookRejected` with one sentence. A workbook that can be
read gives an :class:`ImportReport`: the edits to apply in one step, or, if anything is
wrong, no edits and every problem with its sheet, row and column.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from journey_studio.model.edits import Compound, Edit


class WorkbookRejected(ValueError):
    """The workbook cannot be imported; ``args[0]`` is one sentence that says why.

    ``problems`` holds every problem found when the workbook was read but was not valid.
    """

    def __init__(self, message: str, problems: tuple[ImportProblem, ...] = ()) -> None:
        super().__init__(message)
        self.problems = problems


@dataclass(frozen=True, slots=True)
class ImportProblem:
    """Something wrong at one place of the workbook."""

    sheet: str
    row: int | None
    """The row number as Excel shows it (1 is the header), None for the whole sheet."""
    column: str | None
    """The column as Excel shows it with its header, e.g. ``B (Étape)``; None for the row."""
    message: str

    def __str__(self) -> str:
        place = self.sheet
        if self.row is not None:
            place += f", row {self.row}"
        if self.column:
            place += f", column {self.column}"
        return f"{place}: {self.message}"


@dataclass(frozen=True)
class ImportReport:
    """The outcome of reading an edited workbook against a workshop.

    When :attr:`ok`, :meth:`edit` is the one undoable step that makes the change; otherwise
    there are no edits at all, and :attr:`problems` says what to fix.
    """

    edits: tuple[Edit, ...] = ()
    problems: tuple[ImportProblem, ...] = ()
    notes: tuple[str, ...] = ()
    """What the consultant should know but which does not stop the import."""
    added: int = 0
    updated: int = 0
    moved: int = 0
    created: tuple[str, ...] = field(default=())
    """The stages, channels and journeys the import creates, e.g. ``stage 'Onboarding'``."""

    @property
    def ok(self) -> bool:
        return not self.problems

    def edit(self, label: str = "Import from Excel") -> Compound | None:
        """All the edits as one step, or None when there is nothing to do (or problems)."""
        if not self.ok or not self.edits:
            return None
        return Compound(self.edits, label)

    def summary(self) -> str:
        """One sentence for the consultant."""
        if not self.ok:
            count = len(self.problems)
            first = self.problems[0]
            more = f"; and {count - 1} more problem{'s' if count > 2 else ''}" if count > 1 else ""
            return f"Nothing was imported: {str(first).rstrip('.')}{more}."
        parts = [f"{self.added} added", f"{self.updated} updated", f"{self.moved} moved"]
        if self.created:
            parts.append("created " + ", ".join(self.created))
        return "Touchpoints: " + ", ".join(parts) + "."
