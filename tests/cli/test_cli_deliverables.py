"""``journey-studio export --format xlsx|png|svg`` and ``journey-studio import``, run
in-process as a consultant types them."""

from __future__ import annotations

import hashlib
import os
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

from journey_studio.cli import main
from journey_studio.model.vocabulary import JourneyKind, Rating
from journey_studio.model.workshop import Card, Workshop
from journey_studio.storage import WorkshopFile, write_workshop
from journey_studio.templates import sample_workshop

HOSTILE_TEXTS = (
    '=HYPERLINK("http://evil.example","clic")',
    "+33 6 12 34 56 78, je rappelle",
    "-1 point, je râle",
    "@SOMME(A1:A9) <b>&\"'</b>",
)
running_as_root = hasattr(os, "geteuid") and os.geteuid() == 0


def run(capsys: pytest.CaptureFixture[str], *arguments: str | Path) -> tuple[int, str, str]:
    code = main([str(argument) for argument in arguments])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def read(path: Path) -> Workshop:
    with WorkshopFile.open(path, read_only=True) as opened:
        return opened.workshop


def fingerprint(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def assert_one_sentence(err: str) -> None:
    lines = err.strip().splitlines()
    assert lines[-1].startswith("journey-studio: ")
    assert lines[-1].endswith(".")
    assert "Traceback" not in err


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    """The sample workshop with a few hostile touchpoints, as a file."""
    workshop = sample_workshop()
    journey = next(j for j in workshop.journeys if j.kind is JourneyKind.CURRENT)
    stage, channel = workshop.stages[0].id, workshop.channels[0].id
    for index, text in enumerate(HOSTILE_TEXTS):
        card = Card(text, stage, channel, order=100 + index, rating=Rating.IRRITANT)
        journey.cards[card.id] = card
    journey.reindex()
    path = tmp_path / "Atelier été.journey"
    write_workshop(path, workshop)
    return path


@pytest.fixture
def workbook(sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    out = tmp_path / "livrable.xlsx"
    code, _, err = run(capsys, "export", sample, "--format", "xlsx", "-o", out)
    assert code == 0, err
    return out


def test_a_workbook_imports_back_into_the_same_workshop(
    sample: Path, workbook: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "retour.journey"

    code, stdout, err = run(capsys, "import", workbook, "-o", out)

    assert code == 0, err
    assert stdout.startswith(f"Created {out} ")
    before, after = read(sample), read(out)
    assert [j.id for j in after.journeys] == [j.id for j in before.journeys]
    for old, new in zip(before.journeys, after.journeys, strict=True):
        assert new.cards.keys() == old.cards.keys()
        for card_id, card in old.cards.items():
            assert new.cards[card_id].text == card.text
            assert new.cards[card_id].rating == card.rating
            assert new.cards[card_id].persona_ids == card.persona_ids
            assert new.cards[card_id].crm_links == card.crm_links
        assert new.links == old.links
    assert after == before


def test_hostile_touchpoints_stay_text_in_the_workbook(workbook: Path) -> None:
    import openpyxl

    book = openpyxl.load_workbook(workbook)
    found = {
        cell.value: cell.data_type
        for sheet in book.worksheets
        for row in sheet.iter_rows()
        for cell in row
        if cell.value in HOSTILE_TEXTS
    }
    assert set(found) == set(HOSTILE_TEXTS)
    assert all(kind != "f" for kind in found.values())


def test_into_updates_a_changed_touchpoint_and_adds_a_new_row(
    sample: Path, workbook: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import openpyxl

    book = openpyxl.load_workbook(workbook)
    sheet = book["Points de contact"]
    header = [cell.value for cell in sheet[1]]
    text_column = header.index("Point de contact")
    second = sheet[2]
    changed_id = second[header.index("Identifiant")].value
    second[text_column].value = "Je télécharge le guide « planification » révisé"
    new_row = [None] * len(header)
    new_row[header.index("Parcours")] = second[header.index("Parcours")].value
    new_row[header.index("Étape")] = second[header.index("Étape")].value
    new_row[header.index("Canal")] = second[header.index("Canal")].value
    new_row[text_column] = "Je pose une question au chatbot & j'ai <vite> une réponse"
    sheet.append(new_row)
    table = sheet.tables["Touchpoints"]
    table.ref = f"A1:{table.ref.split(':')[1][0]}{sheet.max_row}"
    book.save(workbook)
    cards_before = sum(len(j.cards) for j in read(sample).journeys)

    code, stdout, err = run(capsys, "import", workbook, "--into", sample)

    assert code == 0, err
    assert "1 added" in stdout
    assert "1 updated" in stdout
    after = read(sample)
    cards = {card_id: card for j in after.journeys for card_id, card in j.cards.items()}
    assert cards[changed_id].text == "Je télécharge le guide « planification » révisé"
    assert len(cards) == cards_before + 1
    texts = [card.text for card in cards.values()]
    assert "Je pose une question au chatbot & j'ai <vite> une réponse" in texts


def test_into_with_problems_lists_each_one_and_changes_nothing(
    sample: Path, workbook: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import openpyxl

    book = openpyxl.load_workbook(workbook)
    sheet = book["Points de contact"]
    header = [cell.value for cell in sheet[1]]
    sheet[2][header.index("Étape")].value = "Étape inconnue"
    sheet[3][header.index("Canal")].value = "Pigeon voyageur"
    sheet[4][header.index("Point de contact")].value = "Je lis un texte modifié"
    book.save(workbook)
    before = fingerprint(sample)

    code, stdout, err = run(capsys, "import", workbook, "--into", sample)

    assert code == 1
    assert stdout == ""
    assert_one_sentence(err)
    assert "Étape inconnue" in err
    assert "Pigeon voyageur" in err
    assert ", row 2" in err
    assert ", row 3" in err
    assert fingerprint(sample) == before


def broken_inputs(folder: Path, workbook: Path) -> dict[str, Path]:
    import openpyxl

    truncated = folder / "tronqué.xlsx"
    truncated.write_bytes(workbook.read_bytes()[: workbook.stat().st_size // 2])
    text = folder / "notes.xlsx"
    text.write_text("Ceci n'est pas un classeur.\n", encoding="utf-8")
    wrong = folder / "mauvais.xlsx"
    book = openpyxl.Workbook()
    book.active.title = "Points de contact"
    book.active.append(["Colonne A", "Colonne B", "Colonne C"])
    book.active.append(["x", "y", "z"])
    book.save(wrong)
    return {"truncated": truncated, "not a workbook": text, "wrong headers": wrong}


@pytest.mark.parametrize("case", ["truncated", "not a workbook", "wrong headers"])
def test_a_bad_workbook_is_one_sentence_and_creates_nothing(
    workbook: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str
) -> None:
    folder = tmp_path / "entrées"
    folder.mkdir()
    source = broken_inputs(folder, workbook)[case]
    out = tmp_path / "nouveau.journey"
    listing = sorted(p.name for p in tmp_path.iterdir())

    code, stdout, err = run(capsys, "import", source, "-o", out)

    assert code == 1
    assert stdout == ""
    assert_one_sentence(err)
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == listing


@pytest.mark.parametrize("case", ["truncated", "not a workbook", "wrong headers"])
def test_a_bad_workbook_leaves_the_workshop_it_goes_into_alone(
    sample: Path, workbook: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str
) -> None:
    folder = tmp_path / "entrées"
    folder.mkdir()
    source = broken_inputs(folder, workbook)[case]
    before = fingerprint(sample)

    code, _, err = run(capsys, "import", source, "--into", sample)

    assert code == 1
    assert_one_sentence(err)
    assert fingerprint(sample) == before


def test_import_never_overwrites_an_existing_workshop(
    sample: Path, workbook: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = fingerprint(sample)

    code, _, err = run(capsys, "import", workbook, "-o", sample)

    assert code == 1
    assert_one_sentence(err)
    assert "--into" in err
    assert fingerprint(sample) == before


@pytest.mark.parametrize("name", ["parcours.ojf", "parcours.mmd"])
def test_open_formats_are_not_available_yet(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    source = tmp_path / name
    source.write_text("journey\n", encoding="utf-8")

    code, _, err = run(capsys, "import", source, "-o", tmp_path / "nouveau.journey")

    assert code == 1
    assert_one_sentence(err)
    assert "not available in this version" in err
    assert not (tmp_path / "nouveau.journey").exists()


def test_a_consultant_matrix_becomes_a_new_workshop(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import openpyxl

    matrix = tmp_path / "matrice.xlsx"
    book = openpyxl.Workbook()
    book.active.append([None, "Découverte", "Achat"])
    book.active.append(["Site web", "Je découvre l'offre", "Je paie en ligne"])
    book.active.append(["Téléphone", None, "J'appelle le service client"])
    book.save(matrix)
    out = tmp_path / "matrice.journey"

    code, stdout, err = run(capsys, "import", matrix, "-o", out, "--lang", "fr")

    assert code == 0, err
    assert "3 touchpoints in 1 journey" in stdout
    texts = {card.text for journey in read(out).journeys for card in journey.cards.values()}
    assert texts == {"Je découvre l'offre", "Je paie en ligne", "J'appelle le service client"}


def test_the_workbook_export_wants_an_xlsx_name(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "export", sample, "--format", "xlsx", "-o", tmp_path / "a.xls")

    assert code == 1
    assert_one_sentence(err)
    assert list(tmp_path.glob("a.*")) == []


@pytest.mark.skipif(running_as_root, reason="root writes through chmod")
def test_a_workbook_to_a_read_only_folder_is_one_sentence(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "livrables"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        code, _, err = run(capsys, "export", sample, "--format", "xlsx", "-o", folder / "a.xlsx")
    finally:
        folder.chmod(0o755)
    assert code == 1
    assert_one_sentence(err)
    assert list(folder.iterdir()) == []


def test_png_and_svg_exports_write_the_map(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    png, svg = tmp_path / "carte.png", tmp_path / "carte.svg"

    code, stdout, err = run(capsys, "export", sample, "--format", "png", "-o", png, "--scale", "1")
    assert code == 0, err
    assert stdout.startswith(f"Wrote {png} (")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"

    code, stdout, err = run(
        capsys, "export", sample, "--format", "svg", "-o", svg, "--journey", "current",
        "--persona", "Karim",
    )  # fmt: skip
    assert code == 0, err
    title = ET.parse(svg).getroot().find("{http://www.w3.org/2000/svg}title")
    assert title is not None
    assert title.text is not None
    assert title.text.endswith(read(sample).journey_named("current").name)


@pytest.mark.parametrize(
    ("arguments", "words"),
    [
        (("--format", "png", "-o", "carte.svg"), ".png"),
        (("--format", "svg", "-o", "carte.svg", "--journey", "Parcours rêvé"), "no journey"),
        (("--format", "png", "-o", "carte.png", "--persona", "Personne"), "no persona"),
        (("--format", "png", "-o", "carte.png", "--scale", "0"), "scale"),
    ],
)
def test_image_export_mistakes_are_one_sentence(
    sample: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    arguments: tuple[str, ...],
    words: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, err = run(capsys, "export", sample, *arguments)

    assert code == 1
    assert_one_sentence(err)
    assert words in err
    assert [p.name for p in tmp_path.iterdir()] == [sample.name]


def test_the_workbook_is_a_real_xlsx_package(workbook: Path) -> None:
    assert "xl/workbook.xml" in zipfile.ZipFile(workbook).namelist()
