"""Fixtures of the PDF tests: the sample workshop's deliverable at A3 and A4.

The tests need poppler-utils (``pdftotext``, ``pdfinfo``...); without them they are skipped
with that reason.
"""

from __future__ import annotations

import shutil

import pytest
from pdf_reading import POPPLER, Exported, export

from journey_studio.templates import sample_workshop


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    missing = [tool for tool in POPPLER if shutil.which(tool) is None]
    if missing:
        skip = pytest.mark.skip(reason=f"poppler-utils is not installed ({', '.join(missing)})")
        for item in items:
            if "exporters/pdf" in str(item.path).replace("\\", "/"):
                item.add_marker(skip)


@pytest.fixture(scope="session")
def sample_a3(tmp_path_factory: pytest.TempPathFactory) -> Exported:
    folder = tmp_path_factory.mktemp("sample-a3")
    return export(sample_workshop(), folder / "atelier.pdf")


@pytest.fixture(scope="session")
def sample_a4(tmp_path_factory: pytest.TempPathFactory) -> Exported:
    folder = tmp_path_factory.mktemp("sample-a4")
    return export(sample_workshop(), folder / "atelier-a4.pdf", paper="A4")
