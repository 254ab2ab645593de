"""A second program opens the workbook: LibreOffice converts it to PDF and to CSV.

Skipped, saying why, where LibreOffice (``soffice``) is not installed.
"""

from __future__ import annotations

import csv
import shutil
import subprocess
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from openpyxl import load_workbook

from journey_studio.exporters.excel import export_workbook
from journey_studio.importers.excel import read_workbook
from journey_studio.model.serialization import workshop_to_dict
from journey_studio.templates import sample_workshop

if TYPE_CHECKING:
    from journey_studio.model.workshop import Workshop

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(
    SOFFICE is None, reason="LibreOffice (soffice) is not installed on this machine"
)
HOSTILE = [
    '=HYPERLINK("http://x","y")',
    "+cmd|' /C calc'!A0",
    "-1+2",
    "@SUM(1)",
    "\tJe commence par une tabulation",
    "\rJe commence par un retour",
    "Je lis <b>&amp; \"les guillemets\" d'un 'devis'",
]
ALL_SHEETS_AS_UTF8_CSV = (
    "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"
)


@pytest.fixture(scope="module")
def profile(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A LibreOffice profile of our own (another LibreOffice may be running), made once."""
    return (tmp_path_factory.mktemp("libreoffice") / "profile").as_uri()


def convert(
    source: Path, target_format: str, folder: Path, profile: str
) -> subprocess.CompletedProcess[str]:
    """Run LibreOffice headless."""
    assert SOFFICE is not None
    return subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            target_format,
            "--outdir",
            str(folder),
            str(source),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.fixture(scope="module")
def workshop() -> Workshop:
    workshop = sample_workshop()
    cards = list(workshop.journeys[0].cards.values())
    for card, text in zip(cards, HOSTILE, strict=False):
        card.text = text
    workshop.personas[0].name = HOSTILE[0]
    workshop.actions[0].text = HOSTILE[1]
    return workshop


def test_libreoffice_converts_the_workbook_to_pdf(
    workshop: Workshop, tmp_path: Path, profile: str
) -> None:
    path = tmp_path / "atelier.xlsx"
    export_workbook(workshop, path)
    result = convert(path, "pdf", tmp_path, profile)
    assert result.returncode == 0, result.stderr
    pdf = tmp_path / "atelier.pdf"
    assert pdf.exists(), result.stdout + result.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    pdftotext = shutil.which("pdftotext")
    if pdftotext:
        text = subprocess.run(
            [pdftotext, str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "Fidélisation / upsell" in text  # the last stage: nothing cut off the map
        assert "Légende" in text
        assert "journey-studio-xlsx/1" not in text  # the technical sheet stays hidden


def test_libreoffice_reads_hostile_texts_as_text(
    workshop: Workshop, tmp_path: Path, profile: str
) -> None:
    path = tmp_path / "atelier.xlsx"
    export_workbook(workshop, path)
    result = convert(path, ALL_SHEETS_AS_UTF8_CSV, tmp_path, profile)
    assert result.returncode == 0, result.stderr
    with (tmp_path / "atelier-Points de contact.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0][:5] == ["Parcours", "Étape", "Canal", "Ordre", "Point de contact"]
    texts = {row[4] for row in rows[1:]}
    assert set(HOSTILE) <= texts
    card_count = sum(len(j.cards) for j in workshop.journeys)
    assert len(rows) == card_count + 1


def test_a_workbook_saved_again_by_libreoffice_comes_back_whole(
    workshop: Workshop, tmp_path: Path, profile: str
) -> None:
    """The client opens the workbook in LibreOffice and saves it: nothing is lost, and no
    text has turned into a formula."""
    path = tmp_path / "atelier.xlsx"
    export_workbook(workshop, path)
    saved = tmp_path / "saved"
    result = convert(path, "xlsx", saved, profile)
    assert result.returncode == 0, result.stderr
    resaved = saved / "atelier.xlsx"
    book = load_workbook(resaved)
    texts = set()
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", f"{sheet.title}!{cell.coordinate} is a formula"
                texts.add(cell.value)
    assert set(HOSTILE) <= texts
    expected = workshop_to_dict(workshop, with_snapshots=False)
    found = workshop_to_dict(read_workbook(resaved), with_snapshots=False)
    for key in expected:
        assert found[key] == expected[key], key
