"""Workbooks to import: the sample's, exported for each test, and a way to edit them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from openpyxl import load_workbook

from journey_studio.exporters.excel import export_workbook
from journey_studio.templates import sample_workshop

if TYPE_CHECKING:
    from journey_studio.model.workshop import Workshop

TOUCHPOINTS = "Points de contact"


@pytest.fixture
def sample() -> Workshop:
    return sample_workshop()


@pytest.fixture
def exported(sample: Workshop, tmp_path: Path) -> Path:
    path = tmp_path / "atelier.xlsx"
    export_workbook(sample, path)
    return path


class SheetEditor:
    """Changes a sheet of a workbook as a consultant would in Excel (here with openpyxl)."""

    def __init__(self, path: Path, sheet: str = TOUCHPOINTS) -> None:
        self.book = load_workbook(path)
        self.path = path
        self.sheet = self.book[sheet]
        self.columns = {cell.value: cell.column for cell in self.sheet[1]}

    def row_of(self, card_id: str) -> int:
        for row in range(2, self.sheet.max_row + 1):
            if self.sheet.cell(row, self.columns["Identifiant"]).value == card_id:
                return row
        raise LookupError(card_id)

    def set(self, row: int, header: str, value: Any) -> None:
        self.sheet.cell(row, self.columns[header]).value = value

    def get(self, row: int, header: str) -> Any:
        return self.sheet.cell(row, self.columns[header]).value

    def append(self, values: dict[str, Any]) -> int:
        row = self.sheet.max_row + 1
        for header, value in values.items():
            self.set(row, header, value)
        return row

    def save(self) -> None:
        self.book.save(self.path)


@pytest.fixture
def editor(exported: Path) -> Callable[..., SheetEditor]:
    return lambda sheet=TOUCHPOINTS: SheetEditor(exported, sheet)
