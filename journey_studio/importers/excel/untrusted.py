"""Opening a workbook that came from somewhere else, without trusting it.

Before openpyxl parses anything, the file itself is checked: it must be a complete zip
holding a workbook, its declared uncompressed size must be sane (a "zip bomb" declares
gigabytes), no XML part may declare a DTD (which is how "billion laughs" XML bombs expand),
and every sheet's declared dimension must stay within :class:`Limits`. openpyxl then parses
with defusedxml, which refuses entity declarations a second time, and the readers count
the rows they actually get (a dimension can lie). Each refusal is one sentence.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from journey_studio.importers.excel.report import WorkbookRejected

if TYPE_CHECKING:
    from openpyxl.workbook import Workbook

_OLD_EXCEL = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP = b"PK"
_DTD = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)
_DIMENSION = re.compile(rb"<(?:\w+:)?dimension\s+ref=\"([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?\"")
_HEAD_BYTES = 64 * 1024
_MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PACKAGE_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"


@dataclass(frozen=True, slots=True)
class Limits:
    """How big a workbook Journey Studio agrees to read."""

    max_rows: int = 100_000
    max_columns: int = 1_000
    max_uncompressed_bytes: int = 256 * 1024 * 1024
    """All the parts of the zip together, as the zip declares them."""
    max_parts: int = 10_000
    max_styled_bytes: int = 48 * 1024 * 1024
    """The sheets together, when the workbook is loaded whole (for colours and merges)."""


DEFAULT_LIMITS = Limits()


@dataclass(frozen=True, slots=True)
class SheetSize:
    name: str
    part: str
    rows: int
    columns: int
    xml_bytes: int


def megabytes(size: int) -> str:
    value = size / 2**20
    return f"{value:,.1f} MB" if value < 10 else f"{value:,.0f} MB"


def column_number(letters: str) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - 64
    return number


def check_package(path: Path, limits: Limits = DEFAULT_LIMITS) -> list[SheetSize]:
    """Check the file before any parsing; returns the sheets' declared sizes.

    Raises :class:`WorkbookRejected` with one sentence if the file is not a complete
    workbook, is hostile, or is too big.
    """
    name = path.name
    try:
        with path.open("rb") as stream:
            head = stream.read(8)
    except FileNotFoundError:
        raise WorkbookRejected(f"There is no file {str(path)!r}.") from None
    except IsADirectoryError:
        raise WorkbookRejected(f"{str(path)!r} is a folder, not an Excel workbook.") from None
    except OSError as error:
        raise WorkbookRejected(f"{name!r} cannot be read ({error.strerror}).") from None
    if head.startswith(_OLD_EXCEL):
        raise WorkbookRejected(
            f"{name!r} is an old Excel 97-2003 file (.xls); open it in Excel or LibreOffice "
            "and save it as an Excel workbook (.xlsx) first."
        )
    if not head.startswith(_ZIP):
        raise WorkbookRejected(f"{name!r} is not an Excel workbook (.xlsx).")
    try:
        with zipfile.ZipFile(path) as archive:
            return _check_archive(archive, name, limits)
    except zipfile.BadZipFile:
        raise WorkbookRejected(
            f"{name!r} is damaged or incomplete (was it fully copied or downloaded?)."
        ) from None
    except (OSError, EOFError, RuntimeError, ValueError) as error:
        if isinstance(error, WorkbookRejected):
            raise
        raise WorkbookRejected(f"{name!r} is damaged and cannot be read ({error}).") from None


def _check_archive(archive: zipfile.ZipFile, name: str, limits: Limits) -> list[SheetSize]:
    parts = archive.infolist()
    if len(parts) > limits.max_parts:
        raise WorkbookRejected(
            f"{name!r} holds {len(parts):,} parts; a workbook Journey Studio reads has at most "
            f"{limits.max_parts:,}."
        )
    names = {part.filename for part in parts}
    if "xl/workbook.xml" not in names or "[Content_Types].xml" not in names:
        raise WorkbookRejected(f"{name!r} is a zip file but not an Excel workbook (.xlsx).")
    total = sum(part.file_size for part in parts)
    if total > limits.max_uncompressed_bytes:
        raise WorkbookRejected(
            f"{name!r} would unpack to {megabytes(total)}; Journey Studio reads workbooks "
            f"of up to {megabytes(limits.max_uncompressed_bytes)}."
        )
    for part in parts:
        if part.filename.endswith((".xml", ".rels", ".vml")) and _DTD.search(_head(archive, part)):
            raise WorkbookRejected(
                f"{name!r} contains an XML declaration (DTD) that no Excel workbook needs; "
                "it is refused as a possible XML bomb."
            )
    sizes = []
    for sheet_name, part_name in _sheet_parts(archive, names):
        part = archive.getinfo(part_name)
        match = _DIMENSION.search(_head(archive, part))
        rows = columns = 0
        if match:
            last_column, last_row = (
                match.group(3) or match.group(1),
                match.group(4) or match.group(2),
            )
            rows, columns = int(last_row), column_number(last_column.decode())
        if rows > limits.max_rows or columns > limits.max_columns:
            raise WorkbookRejected(
                f"The sheet {sheet_name!r} of {name!r} is {rows:,} rows by {columns:,} columns; "
                f"Journey Studio reads sheets of up to {limits.max_rows:,} rows and "
                f"{limits.max_columns:,} columns."
            )
        sizes.append(SheetSize(sheet_name, part_name, rows, columns, part.file_size))
    return sizes


def _head(archive: zipfile.ZipFile, part: zipfile.ZipInfo) -> bytes:
    """The first bytes of a part (where a DTD or a dimension is), decompressed lazily."""
    with archive.open(part) as stream:
        return stream.read(_HEAD_BYTES)


def _sheet_parts(archive: zipfile.ZipFile, names: set[str]) -> list[tuple[str, str]]:
    """(sheet name, part name) of each worksheet, read with defusedxml."""
    from defusedxml.ElementTree import fromstring

    def small(part_name: str) -> bytes:
        part = archive.getinfo(part_name)
        if part.file_size > 16 * 2**20:
            raise WorkbookRejected("The workbook's table of sheets is implausibly large.")
        return archive.read(part)

    try:
        book = fromstring(small("xl/workbook.xml"))
        rels_name = "xl/_rels/workbook.xml.rels"
        rels = fromstring(small(rels_name)) if rels_name in names else None
    except WorkbookRejected:
        raise
    except Exception as error:  # defusedxml and ElementTree errors: a damaged workbook
        raise WorkbookRejected(
            f"The workbook's table of sheets cannot be read ({error})."
        ) from None
    targets: dict[str, str] = {}
    if rels is not None:
        for rel in rels.iter(f"{{{_PACKAGE_REL_NS}}}Relationship"):
            target = rel.get("Target", "")
            path = (
                target.lstrip("/")
                if target.startswith("/")
                else posixpath.normpath(posixpath.join("xl", target))
            )
            targets[rel.get("Id", "")] = path
    found = []
    for sheet in book.iter(f"{{{_MAIN_NS}}}sheet"):
        part_name = targets.get(sheet.get(f"{{{_REL_NS}}}id", ""), "")
        if part_name in names:
            found.append((sheet.get("name", "?"), part_name))
    return found


def require_defusedxml() -> None:
    """Refuse to parse untrusted XML if openpyxl would not use defusedxml."""
    import openpyxl

    if not getattr(openpyxl, "DEFUSEDXML", False):
        raise WorkbookRejected(
            "Journey Studio cannot check this workbook safely: the defusedxml package is "
            "missing from this installation."
        )


@contextmanager
def opened_workbook(
    path: Path,
    *,
    limits: Limits = DEFAULT_LIMITS,
    read_only: bool = True,
    rich_text: bool = False,
) -> Iterator[tuple[Workbook, list[SheetSize]]]:
    """The workbook, checked, then loaded by openpyxl; any failure is one sentence.

    ``read_only`` streams the cells (values, no merges); otherwise the whole workbook is
    loaded, with its colours and merged cells, which is allowed only for small sheets.
    """
    sizes = check_package(path, limits)
    if not read_only:
        loaded = sum(size.xml_bytes for size in sizes)
        if loaded > limits.max_styled_bytes:
            raise WorkbookRejected(
                f"The sheets of {path.name!r} hold {megabytes(loaded)} of cells; a journey "
                f"matrix is read up to {megabytes(limits.max_styled_bytes)}."
            )
    require_defusedxml()
    # The file is opened here, not by openpyxl, so that it is closed whatever happens
    # (openpyxl leaves it open when a workbook fails to load).
    with path.open("rb") as stream:
        book = _load(stream, path, read_only=read_only, rich_text=rich_text)
        try:
            yield book, sizes
        except WorkbookRejected:
            raise
        except _READ_ERRORS as error:  # a read-only sheet is parsed as it is read
            raise _damaged(path, error) from None
        finally:
            book.close()


def _load(stream: BinaryIO, path: Path, *, read_only: bool, rich_text: bool) -> Workbook:
    import warnings

    from openpyxl import load_workbook

    try:
        with warnings.catch_warnings():
            # openpyxl warns about features it drops (data validation extensions, ...).
            warnings.simplefilter("ignore")
            return load_workbook(
                stream, read_only=read_only, data_only=True, keep_links=False, rich_text=rich_text
            )
    except (*_READ_ERRORS, KeyError, TypeError, AttributeError, IndexError) as error:
        raise _damaged(path, error) from None


def _causes(error: BaseException) -> Iterator[BaseException]:
    """The error and those it was raised from (openpyxl wraps what its parser raised)."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def _damaged(path: Path, error: BaseException) -> WorkbookRejected:
    if any(type(e).__module__.startswith("defusedxml") for e in _causes(error)):
        return WorkbookRejected(
            f"{path.name!r} contains XML entity declarations; it is refused as a possible XML bomb."
        )
    if isinstance(error, zipfile.BadZipFile | EOFError):
        return WorkbookRejected(
            f"{path.name!r} is damaged or incomplete (was it fully copied or downloaded?)."
        )
    reason = _reason(error, path)
    return WorkbookRejected(f"{path.name!r} is damaged and cannot be read ({reason}).")


def _reason(error: BaseException, path: Path) -> str:
    lines = str(error).replace(str(path), path.name).strip().splitlines()
    return lines[0].rstrip(".")[:200] if lines else type(error).__name__


def _parse_errors() -> tuple[type[BaseException], ...]:
    import xml.etree.ElementTree as ElementTree
    import zlib

    errors: list[Any] = [
        zipfile.BadZipFile,
        EOFError,
        zlib.error,
        ValueError,
        ElementTree.ParseError,
        OSError,
    ]
    try:
        from defusedxml import DefusedXmlException

        errors.append(DefusedXmlException)
    except ImportError:  # pragma: no cover - defusedxml is a dependency
        pass
    try:
        from lxml.etree import LxmlError

        errors.append(LxmlError)
    except ImportError:  # pragma: no cover - lxml is optional
        pass
    return tuple(errors)


_READ_ERRORS = _parse_errors()
