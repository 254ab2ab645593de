"""Workbooks that are damaged, hostile or not workbooks: one clear sentence, nothing changed."""

from __future__ import annotations

import struct
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import openpyxl
import pytest

from journey_studio.importers.excel import (
    WorkbookRejected,
    plan_touchpoints_import,
    read_workbook,
    workshop_from_xlsx,
)
from journey_studio.importers.excel.untrusted import Limits
from journey_studio.importers.matrix import read_matrix
from journey_studio.model.serialization import workshop_to_dict

if TYPE_CHECKING:
    from journey_studio.model.workshop import Workshop

BILLION_LAUGHS = (
    '<?xml version="1.0"?>\n'
    '<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
        for i in range(1, 10)
    )
    + "]>\n"
)


def rewrite(source: Path, target: Path, change: Callable[[str, bytes], bytes]) -> Path:
    """A copy of a zip with some parts rewritten."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for item in old.infolist():
            new.writestr(item.filename, change(item.filename, old.read(item.filename)))
    return target


TOUCHPOINTS_PART = "xl/worksheets/sheet3.xml"
"""The touchpoints sheet of the sample's workbook (after its two maps)."""


def rejected(path: Path, workshop: Workshop, match: str, **options) -> None:
    """Every way in refuses the file with one sentence, quickly, and changes nothing."""
    before = workshop_to_dict(workshop)
    for read in (
        lambda: read_workbook(path, **options),
        lambda: plan_touchpoints_import(path, workshop, **options),
        lambda: workshop_from_xlsx(path, **options),
    ):
        start = time.perf_counter()
        with pytest.raises(WorkbookRejected, match=match) as caught:
            read()
        assert time.perf_counter() - start < 5
        message = str(caught.value)
        assert "\n" not in message
        assert message.endswith(".")
    assert workshop_to_dict(workshop) == before


def test_openpyxl_parses_with_defusedxml() -> None:
    assert openpyxl.DEFUSEDXML is True


def test_a_billion_laughs_sheet_is_refused(
    sample: Workshop, exported: Path, tmp_path: Path
) -> None:
    def bomb(name: str, data: bytes) -> bytes:
        if name != TOUCHPOINTS_PART:
            return data
        text = data.decode()
        body = text[text.index("<worksheet") :]
        body = body.replace("<t>Je ", "<t>&lol9; Je ", 1)
        return (BILLION_LAUGHS + body).encode()

    path = rewrite(exported, tmp_path / "bomb.xlsx", bomb)
    rejected(path, sample, "XML bomb")


def test_a_bomb_hidden_beyond_the_first_look_is_caught_by_defusedxml(
    sample: Workshop, exported: Path, tmp_path: Path
) -> None:
    """The DTD comes after 100 KB of comment, past the quick scan: defusedxml refuses it."""

    def bomb(name: str, data: bytes) -> bytes:
        if name != TOUCHPOINTS_PART:
            return data
        text = data.decode()
        body = text[text.index("<worksheet") :]
        padding = "<!--" + "x" * 100_000 + "-->\n"
        head = BILLION_LAUGHS.replace("<!DOCTYPE", padding + "<!DOCTYPE")
        return (head + body.replace("<t>Je ", "<t>&lol9; Je ", 1)).encode()

    path = rewrite(exported, tmp_path / "hidden-bomb.xlsx", bomb)
    rejected(path, sample, "XML bomb")


def test_a_sheet_beyond_a_sane_size_is_refused_before_loading(
    sample: Workshop, exported: Path, tmp_path: Path
) -> None:
    def huge(name: str, data: bytes) -> bytes:
        if name != TOUCHPOINTS_PART:
            return data
        return data.replace(b"<sheetViews>", b'<dimension ref="A1:M250000"/><sheetViews>', 1)

    path = rewrite(exported, tmp_path / "huge.xlsx", huge)
    rejected(path, sample, "250,000 rows by 13 columns")


def test_a_sheet_that_lies_about_its_size_is_stopped_while_read(
    sample: Workshop, exported: Path, tmp_path: Path
) -> None:
    def small(name: str, data: bytes) -> bytes:
        if name != TOUCHPOINTS_PART:
            return data
        return data.replace(b"<sheetViews>", b'<dimension ref="A1:M2"/><sheetViews>', 1)

    path = rewrite(exported, tmp_path / "liar.xlsx", small)
    limits = Limits(max_rows=20)
    before = workshop_to_dict(sample)
    with pytest.raises(WorkbookRejected, match="more than 20 rows"):
        read_workbook(path, limits=limits)
    with pytest.raises(WorkbookRejected, match="more than 20 rows"):
        plan_touchpoints_import(path, sample, limits=limits)
    assert workshop_to_dict(sample) == before


def test_a_zip_that_would_unpack_to_gigabytes_is_refused(
    sample: Workshop, exported: Path, tmp_path: Path
) -> None:
    """The central directory says a part unpacks to 3.5 GB: refused without unpacking."""
    data = bytearray(exported.read_bytes())
    entry = data.index(b"PK\x01\x02")
    struct.pack_into("<I", data, entry + 24, 3_500_000_000)
    path = tmp_path / "zip-bomb.xlsx"
    path.write_bytes(bytes(data))
    rejected(path, sample, "would unpack to 3,3")


def test_size_limits_can_be_tightened(sample: Workshop, exported: Path) -> None:
    rejected(exported, sample, "would unpack to", limits=Limits(max_uncompressed_bytes=10_000))


def test_a_truncated_workbook(sample: Workshop, exported: Path, tmp_path: Path) -> None:
    path = tmp_path / "cut.xlsx"
    path.write_bytes(exported.read_bytes()[: exported.stat().st_size // 2])
    rejected(path, sample, "'cut.xlsx' is damaged or incomplete")


@pytest.mark.parametrize(
    ("content", "match"),
    [
        (b"Canal;Etape\nSite web;Decouverte\n", "'not-a-workbook.xlsx' is not an Excel workbook"),
        (b"", "is not an Excel workbook"),
        (b"SQLite format 3\x00" + bytes(100), "is not an Excel workbook"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), "old Excel 97-2003 file"),
    ],
)
def test_files_that_are_not_workbooks(
    content: bytes, match: str, sample: Workshop, tmp_path: Path
) -> None:
    path = tmp_path / "not-a-workbook.xlsx"
    path.write_bytes(content)
    rejected(path, sample, match)


def test_a_zip_that_is_not_a_workbook(sample: Workshop, tmp_path: Path) -> None:
    path = tmp_path / "archive.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("notes.txt", "bonjour")
    rejected(path, sample, "a zip file but not an Excel workbook")


def test_a_missing_file(sample: Workshop, tmp_path: Path) -> None:
    rejected(tmp_path / "absent.xlsx", sample, "There is no file")


def test_wrong_headers(sample: Workshop, exported: Path, editor) -> None:
    sheet = editor()
    sheet.sheet.cell(1, sheet.columns["Étape"]).value = "Phase du parcours"
    sheet.save()
    rejected(exported, sample, "'Points de contact' lacks the expected header 'Étape / Stage'")


def test_a_workbook_without_touchpoints_cannot_update_a_workshop(
    sample: Workshop, tmp_path: Path
) -> None:
    book = openpyxl.Workbook()
    book.active.append(["Canal", "Découverte"])
    book.active.append(["Site web", "Je lis"])
    path = tmp_path / "matrix.xlsx"
    book.save(path)
    before = workshop_to_dict(sample)
    with pytest.raises(WorkbookRejected, match="has no touchpoints sheet"):
        plan_touchpoints_import(path, sample)
    assert workshop_to_dict(sample) == before


def test_a_big_matrix_is_refused_before_it_is_loaded(tmp_path: Path) -> None:
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Matrice")
    sheet.append([None, "Découverte"])
    for number in range(3000):
        sheet.append([f"Canal {number}", "Je lis " * 20])
    path = tmp_path / "big.xlsx"
    book.save(path)
    with pytest.raises(WorkbookRejected, match=r"a journey matrix is read up to 0\.1 MB"):
        read_matrix(path, limits=Limits(max_styled_bytes=100_000))


def test_a_sheet_that_understates_its_size_loses_no_row(
    sample: Workshop, exported: Path, tmp_path: Path
) -> None:
    """openpyxl's streaming reader believes a sheet's declared size: ours does not."""

    def small(name: str, data: bytes) -> bytes:
        if name != TOUCHPOINTS_PART:
            return data
        return data.replace(b"<sheetViews>", b'<dimension ref="A1:M2"/><sheetViews>', 1)

    path = rewrite(exported, tmp_path / "understated.xlsx", small)
    back = read_workbook(path)
    assert sum(len(j.cards) for j in back.journeys) == sum(len(j.cards) for j in sample.journeys)
