"""Reading a list sheet: a header row, then one row per thing, columns found by header.

Columns may be moved, added or removed (only the required ones must be there); blank rows
are skipped; every value keeps its sheet, row and column so that a problem can say where
it is. Cell values are turned into text, numbers, yes/no and dates forgivingly.
"""

from __future__ import annotations

import datetime
import re
import uuid
from collections.abc import Iterable, Iterator, Mapping
from contextlib import closing
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from journey_studio.importers.excel.report import ImportProblem, WorkbookRejected
from journey_studio.importers.excel.vocabulary import NO, YES, Words, normal

if TYPE_CHECKING:
    from journey_studio.importers.excel.untrusted import Limits


def column_letter(number: int) -> str:
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


@dataclass
class Table:
    """A list sheet as read: which column holds which key, and the rows."""

    sheet: str
    columns: dict[str, int]
    """Key -> column number (1 for A)."""
    headers: dict[str, str]
    """Key -> the header as written in the sheet."""
    problems: list[ImportProblem]
    """Where the problems of every row go (shared by the sheets of one import)."""
    rows: list[Row] = field(default_factory=list)

    def has(self, key: str) -> bool:
        return key in self.columns


@dataclass
class Row:
    """One row of a list sheet, with the means to report a problem on it."""

    table: Table
    number: int
    values: tuple[Any, ...]

    @property
    def problems(self) -> list[ImportProblem]:
        return self.table.problems

    def raw(self, key: str) -> Any:
        column = self.table.columns.get(key)
        if column is None or column > len(self.values):
            return None
        return self.values[column - 1]

    def problem(self, key: str | None, message: str) -> None:
        column = None
        if key is not None and key in self.table.columns:
            number = self.table.columns[key]
            column = f"{column_letter(number)} ({self.table.headers[key]})"
        self.problems.append(ImportProblem(self.table.sheet, self.number, column, message))

    def text(self, key: str) -> str:
        """The cell as text, exactly as typed (empty when the cell or column is missing)."""
        return as_text(self.raw(key))

    def name(self, key: str) -> str:
        """The cell as a name: trimmed."""
        return self.text(key).strip()

    def lines(self, key: str) -> list[str]:
        """The cell's lines, trimmed, without empty ones."""
        return [line.strip() for line in self.text(key).splitlines() if line.strip()]

    def whole_number(self, key: str, low: int | None = None, high: int | None = None) -> int | None:
        """A whole number or None; reports a problem (and returns None) when it is not one."""
        value = self.raw(key)
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        number: float | None = None
        if isinstance(value, bool):
            number = None
        elif isinstance(value, int | float):
            number = float(value)
        elif isinstance(value, str):
            try:
                number = float(value.strip().replace(",", ".").replace("\u2212", "-"))
            except ValueError:
                number = None
        if number is None or not number.is_integer():
            self.problem(key, f"{as_text(value)!r} is not a whole number.")
            return None
        result = int(number)
        if (low is not None and result < low) or (high is not None and result > high):
            self.problem(key, f"{result} is out of range ({low} to {high}).")
            return None
        return result

    def yes_no(self, key: str) -> bool | None:
        """True, False, or None (with a problem) when the cell is neither yes nor no."""
        value = self.raw(key)
        if isinstance(value, bool):
            return value
        word = normal(as_text(value))
        if word in YES:
            return True
        if word in NO:
            return False
        self.problem(key, f"{as_text(value)!r} is neither yes (Oui) nor no (Non).")
        return None

    def choice(self, key: str, choices: Mapping[str, Any], what: str) -> Any:
        """A value from a closed list (by its French or English word); None when the cell is
        empty, or (with a problem) when it is not in the list."""
        value = self.text(key)
        if not value.strip():
            return None
        found = choices.get(normal(value))
        if found is None:
            self.problem(key, f"{value!r} is not a {what}.")
        return found

    def date(self, key: str) -> str | None:
        """An ISO date (YYYY-MM-DD) from a date cell or a typed date, None if empty."""
        value = self.raw(key)
        if value is None or value == "":
            return None
        if isinstance(value, datetime.datetime):
            return value.date().isoformat()
        if isinstance(value, datetime.date):
            return value.isoformat()
        text = as_text(value).strip()
        for pattern in ("%Y-%m-%d", "%d/%m/%Y", "%d/%m/%y", "%d.%m.%Y"):
            try:
                return datetime.datetime.strptime(text, pattern).date().isoformat()
            except ValueError:
                continue
        self.problem(key, f"{text!r} is not a date (for example 30/11/2026).")
        return None

    def identifier(self, key: str = "id") -> str:
        """The row's id, checked: empty, or an id Journey Studio made (a UUID)."""
        value = self.name(key)
        if value and not is_identifier(value):
            self.problem(
                key,
                f"{value!r} is not an id made by Journey Studio; empty the cell to add a new one.",
            )
            return ""
        return value

    def colour(self, key: str, default: str) -> str:
        value = self.name(key)
        if not value:
            return default
        if _COLOUR.fullmatch(value):
            return value
        self.problem(key, f"{value!r} is not a colour such as #4C72B0.")
        return default


_COLOUR = re.compile(r"#[0-9A-Fa-f]{6}")


def is_identifier(value: str) -> bool:
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return True


def as_text(value: Any) -> str:
    """A cell value as text: numbers without a useless ``.0``, dates as ISO dates."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime.datetime):
        if value.time() == datetime.time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value)


def read_table(
    sheet: Any,
    title: str,
    headers: Mapping[str, Words],
    required: Iterable[str],
    limits: Limits,
    problems: list[ImportProblem],
) -> Table:
    """Read a list sheet (an openpyxl worksheet, read-only or not).

    Raises :class:`WorkbookRejected` when the first row lacks a required header, or when the
    sheet turns out bigger than ``limits``.
    """
    # A read-only sheet trusts the size the sheet declares, which may be wrong: read it all.
    if hasattr(sheet, "reset_dimensions"):
        sheet.reset_dimensions()
    # It also holds its file open until its rows are closed: close them always.
    with closing(sheet.iter_rows(values_only=True)) as rows:
        return _read_rows(rows, title, headers, required, limits, problems)


def _read_rows(
    rows: Iterator[tuple[Any, ...]],
    title: str,
    headers: Mapping[str, Words],
    required: Iterable[str],
    limits: Limits,
    problems: list[ImportProblem],
) -> Table:
    header_row: tuple[Any, ...] = next(rows, ())
    columns: dict[str, int] = {}
    written: dict[str, str] = {}
    for number, value in enumerate(header_row, 1):
        word = normal(as_text(value))
        for key, names in headers.items():
            if word in names and key not in columns:
                columns[key] = number
                written[key] = as_text(value).strip()
                break
    missing = [key for key in required if key not in columns]
    if missing:
        wanted = ", ".join(repr(getattr(headers[key], "display", key)) for key in missing)
        plural = "s" if len(missing) > 1 else ""
        raise WorkbookRejected(
            f"The sheet {title!r} lacks the expected header{plural} {wanted} in its first row; "
            "restore it, or export the workbook again from Journey Studio."
        )
    table = Table(title, columns, written, problems)
    for number, values in enumerate(rows, 2):
        if number > limits.max_rows + 1:
            raise WorkbookRejected(
                f"The sheet {title!r} has more than {limits.max_rows:,} rows; Journey Studio "
                f"reads sheets of up to {limits.max_rows:,} rows."
            )
        if len(values) > limits.max_columns:
            raise WorkbookRejected(
                f"The sheet {title!r} has more than {limits.max_columns:,} columns."
            )
        if all(v is None or (isinstance(v, str) and not v.strip()) for v in values):
            continue
        table.rows.append(Row(table, number, values))
    return table
