"""Cells that are safe to hand to a client, and the workbook's few styles, made once.

Every text is written as text, never as a formula: a cell whose text begins with ``=``,
``+``, ``-``, ``@``, a tab or a carriage return also gets Excel's "quote prefix", so that
editing it in Excel (or saving it as CSV) keeps it text (formula injection). Characters
that XML cannot carry are dropped and texts are cut at Excel's 32,767 characters.

The sheets are written row by row (openpyxl's write-only mode). A plain value takes the
workbook's default look (Calibri 10, wrapped, top-aligned); a cell with a look of its own
is a :class:`StyledCell` whose style was registered once per workbook. How cells are
handed to openpyxl is most of the export's time on a 5,000-card map: see
:class:`RowWriter`.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.cell.rich_text import CellRichText
from openpyxl.styles import Alignment, Border, Color, Font, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils.indexed_list import IndexedList

from journey_studio.exporters.colours import INK, WHITE

if TYPE_CHECKING:
    from openpyxl.workbook import Workbook
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

    from journey_studio.exporters.excel.rows import Value

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""How a cell text can start that a spreadsheet (or a CSV reader) may take for a formula."""
EXCEL_MAX_TEXT = 32_767
FONT_NAME = "Calibri"
GRID = Side(style="thin", color="FFD5DAE1")
BOX = Border(left=GRID, right=GRID, top=GRID, bottom=GRID)


def argb(colour: str) -> str:
    """``#RRGGBB`` -> ``FFRRGGBB``, as openpyxl wants it (mid grey if it is not a colour)."""
    code = colour.lstrip("#")
    if len(code) != 6 or any(c not in "0123456789abcdefABCDEF" for c in code):
        code = "9AA3AE"
    return "FF" + code.upper()


def _luminance(colour: str) -> float:
    code = argb(colour)[2:]

    def channel(part: str) -> float:
        value = int(part, 16) / 255
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (channel(code[i : i + 2]) for i in (0, 2, 4))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def text_on(fill: str) -> str:
    """White or ink, whichever reads better on ``fill`` (WCAG relative luminance)."""
    luminance = _luminance(fill)
    with_white = 1.05 / (luminance + 0.05)
    with_ink = (luminance + 0.05) / (_luminance(INK) + 0.05)
    return WHITE if with_white >= with_ink else INK


def safe_text(text: str) -> str:
    """The text without the characters XML cannot carry, cut to Excel's limit."""
    if not text.isprintable() and ILLEGAL_CHARACTERS_RE.search(text):
        text = ILLEGAL_CHARACTERS_RE.sub("", text)
    return text[:EXCEL_MAX_TEXT]


def needs_quote(value: object) -> bool:
    """Whether a text (or rich text) could be taken for a formula."""
    if isinstance(value, str):
        return value.startswith(FORMULA_STARTS)
    if isinstance(value, CellRichText):
        return str(value).startswith(FORMULA_STARTS)
    return False


@dataclass(frozen=True, slots=True)
class Look:
    """How a cell looks: what openpyxl calls its style, as plain values."""

    bold: bool = False
    italic: bool = False
    size: float = 10
    colour: str = INK
    fill: str | None = None
    wrap: bool = True
    horizontal: str | None = None
    vertical: str = "top"
    border: bool = False
    number_format: str | None = None


@functools.cache
def _parts(look: Look) -> tuple[Font, PatternFill | None, Alignment]:
    """A look's font, fill and alignment, made once (openpyxl's style objects are slow to
    make, and each workbook needs the same few)."""
    font = Font(
        name=FONT_NAME, size=look.size, bold=look.bold, italic=look.italic, color=argb(look.colour)
    )
    fill = PatternFill("solid", fgColor=argb(look.fill)) if look.fill else None
    alignment = Alignment(wrap_text=look.wrap, horizontal=look.horizontal, vertical=look.vertical)
    return font, fill, alignment


class StyledCell(Cell):
    """A cell whose style is registered with the workbook once for all its cells.

    openpyxl looks up a cell's style in the workbook for every cell it writes; this one
    knows its style's number already.
    """

    __slots__ = ("_style_number",)

    @property
    def has_style(self) -> bool:
        return True

    @property
    def style_id(self) -> int:
        return self._style_number

    def __repr__(self) -> str:
        # openpyxl formats a cell into an error it raises and catches for every cell
        # given to ``append``: keep that cheap.
        return "<StyledCell>"


class Styles:
    """The looks of one workbook, each turned into an openpyxl style once."""

    def __init__(self, book: Workbook) -> None:
        self._book = book
        self._styles: dict[tuple[Look | None, bool], tuple[StyleArray, int]] = {}
        self._seen: dict[tuple[int, bool], tuple[Look | None, tuple[StyleArray, int]]] = {}
        self.default = book._cell_styles[0]

    def style(self, look: Look) -> tuple[StyleArray, int]:
        """The (array, number) of a look's style in this workbook."""
        return self._style(look, False)

    def _style(self, look: Look | None, quoted: bool) -> tuple[StyleArray, int]:
        # Looked up by identity first: hashing a Look for each of 50,000 cells adds up.
        # The look is kept with its entry, so its id cannot be reused meanwhile.
        seen = self._seen.get((id(look), quoted))
        if seen is None:
            found = self._styles.get((look, quoted)) or self._make(look, quoted)
            self._styles[(look, quoted)] = found
            seen = self._seen[(id(look), quoted)] = (look, found)
        return seen[1]

    def _make(self, look: Look | None, quoted: bool) -> tuple[StyleArray, int]:
        """Register the style of a look with the workbook: (its array, its number)."""
        template = Cell(None)
        template.parent = _Owner(self._book)  # type: ignore[assignment]
        template._style = StyleArray(self._book._cell_styles[0])  # the default look
        if look is not None:
            font, fill, alignment = _parts(look)
            template.font = font
            if fill is not None:
                template.fill = fill
            template.alignment = alignment
            if look.border:
                template.border = BOX
            if look.number_format:
                template.number_format = look.number_format
        if quoted:
            template.quotePrefix = True
        array = template._style
        return array, self._book._cell_styles.add(array)

    def cell(self, sheet: WriteOnlyWorksheet, value: object, look: Look | None = None) -> Cell:
        """A cell holding ``value`` (text stays text), looking as ``look`` says."""
        if isinstance(value, str):
            value = safe_text(value)
        array, number = self._style(look, needs_quote(value))
        cell = StyledCell.__new__(StyledCell)
        cell.parent = sheet
        cell.row = cell.column = 1
        cell._hyperlink = None
        cell._comment = None
        cell._style = array  # shared: openpyxl only reads it
        cell._style_number = number
        if isinstance(value, str | CellRichText):
            cell._value = value
            cell.data_type = "s"
        else:
            cell._value = None
            cell.data_type = "n"
            cell.value = value
        return cell

    def sheet(self, title: str) -> WriteOnlyWorksheet:
        """A new write-only sheet whose plain values are written by a :class:`RowWriter`."""
        sheet = self._book.create_sheet(title)
        sheet._values_to_row = RowWriter(self, sheet)  # see RowWriter
        return sheet

    def row(
        self, sheet: WriteOnlyWorksheet, values: Iterable[Value], looks: list[Look | None]
    ) -> list[Value | Cell | Styled]:
        """A row for ``append``; empty values stay empty unless their look has a fill."""
        out: list[Value | Cell | Styled] = []
        for value, look in zip(values, looks, strict=True):
            if value is None or value == "":
                out.append(self.cell(sheet, None, look) if look and look.fill else None)
            elif look is None:
                out.append(value)
            else:
                out.append(Styled(value, look))
        return out


class Styled:
    """A value and its look, for a sheet's :class:`RowWriter` to write."""

    __slots__ = ("look", "value")

    def __init__(self, value: Value, look: Look) -> None:
        self.value = value
        self.look = look


class RowWriter:
    """Turns the values of a row given to ``append`` into the cells openpyxl writes.

    It stands in for openpyxl's own (``WriteOnlyWorksheet._values_to_row``, which a sheet
    made by :meth:`Styles.sheet` is given instead), and differs in three ways: a plain
    value is written in the workbook's default style *by number* (LibreOffice gives a cell
    that names no style a look of its own, not the default style's); a :class:`Styled`
    value is written through one cell per look, reused as openpyxl reuses its own; and a
    cell made by :class:`Styles` is taken as it is (openpyxl tries to read it as a value
    first, and catches the error, for each cell). Texts that could be taken for a formula
    get the quote prefix, as everywhere.
    """

    def __init__(self, styles: Styles, sheet: WriteOnlyWorksheet) -> None:
        self._styles = styles
        self._sheet = sheet
        self._plain = self._reusable(styles.default, 0)
        self._by_look: dict[int, tuple[Look, StyledCell]] = {}

    def _reusable(self, array: StyleArray, number: int) -> StyledCell:
        cell = StyledCell.__new__(StyledCell)
        cell.parent = self._sheet
        cell._hyperlink = None
        cell._comment = None
        cell._style = array
        cell._style_number = number
        return cell

    def _styled(self, value: Value, look: Look) -> Cell:
        kind = value.__class__
        if kind is str:
            text = safe_text(value)  # type: ignore[arg-type]
            if text.startswith(FORMULA_STARTS):
                return self._styles.cell(self._sheet, text, look)
            value, data_type = text, "s"
        elif kind is int or kind is float:
            data_type = "n"
        else:
            return self._styles.cell(self._sheet, value, look)
        found = self._by_look.get(id(look))
        if found is None:
            found = self._by_look[id(look)] = (look, self._reusable(*self._styles.style(look)))
        cell = found[1]
        cell._value, cell.data_type = value, data_type
        return cell

    def __call__(self, values: Iterable[object], row: int) -> Iterator[Cell]:
        plain = self._plain
        for column, value in enumerate(values, 1):
            if value is None:
                continue
            kind = value.__class__
            if kind is Styled:
                cell = self._styled(value.value, value.look)  # type: ignore[attr-defined]
            elif kind is str:
                text = safe_text(value)  # type: ignore[arg-type]
                if text.startswith(FORMULA_STARTS):
                    cell = self._styles.cell(self._sheet, text)
                else:
                    plain._value, plain.data_type = text, "s"
                    cell = plain
            elif kind is int or kind is float:
                plain._value, plain.data_type = value, "n"
                cell = plain
            elif isinstance(value, Cell):
                cell = value
            else:  # dates and the rest: as openpyxl reads them, in the default style
                cell = self._styles.cell(self._sheet, value)
            cell.row, cell.column = row, column
            yield cell


def set_row_height(sheet: WriteOnlyWorksheet, row: int, points: float) -> None:
    """Give a row (not written yet) its height.

    A write-only sheet only reads a row's dimension as the attributes of its ``<row>``
    element; a plain mapping of them costs a tenth of openpyxl's ``RowDimension``, which
    counts when thousands of rows have a height of their own.
    """
    attributes = {"ht": f"{points:g}", "customHeight": "1"}
    dict.__setitem__(sheet.row_dimensions, row, attributes)


def use_default_look(book: Workbook) -> None:
    """Give the workbook's default style (every cell written as a plain value) the look of
    a list: Calibri 10, wrapped, aligned to the top. Call it before any style is made.

    So a touchpoints sheet of 5,000 rows needs no style of its own on its cells, which is
    what writing it would cost most. openpyxl has no public way to do this: the default
    cell format (which Excel applies) and the "Normal" style (which LibreOffice applies)
    are both set here.
    """
    font = Font(name=FONT_NAME, sz=10, family=2, color=Color(theme=1), scheme="minor")
    alignment = Alignment(wrap_text=True, vertical="top")
    book._fonts = IndexedList([font])
    normal = book._named_styles["Normal"]
    normal.font = font
    normal.alignment = alignment
    default = StyleArray()
    default.alignmentId = book._alignments.add(alignment)
    book._cell_styles = IndexedList([default])


class _Owner:
    """Stands for a worksheet while a style is registered (a style lives in the workbook)."""

    def __init__(self, book: Workbook) -> None:
        self.parent = book
