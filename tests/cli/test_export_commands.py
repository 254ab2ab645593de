"""``journey-studio export`` and ``deploy`` as a consultant runs them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from journey_studio.storage import write_workshop
from journey_studio.templates import workshop_from_template

ENTRY_POINT = str(Path(sys.executable).with_name("journey-studio"))


def run(*arguments: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [ENTRY_POINT, *arguments],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
        env=env,
    )


@pytest.fixture(scope="module")
def workshop_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("export") / "atelier.journey"
    write_workshop(path, workshop_from_template("b2b-lifecycle", "fr"))
    return path


@pytest.mark.parametrize("name", ["salesforce", "hubspot", "pipedrive", "odoo"])
def test_crm_exports_write_a_zip_with_a_readme(workshop_file: Path, tmp_path: Path, name: str):
    out = tmp_path / f"{name}.zip"
    result = run("export", str(workshop_file), "--format", name, "-o", str(out))
    assert result.returncode == 0, result.stderr
    names = zipfile.ZipFile(out).namelist()
    assert any(n.lower().endswith("readme.md") for n in names)


def test_the_neutral_json_export_is_deterministic(workshop_file: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    for out in (first, second):
        assert run("export", str(workshop_file), "--format", "json", "-o", str(out)).returncode == 0
    assert first.read_bytes() == second.read_bytes()
    assert json.loads(first.read_text(encoding="utf-8"))


def test_a_failed_export_leaves_the_existing_output_alone(workshop_file: Path, tmp_path: Path):
    out = tmp_path / "busy"
    out.mkdir()
    (out / "keep.txt").write_text("mine", encoding="utf-8")
    result = run("export", str(workshop_file), "--format", "salesforce", "-o", str(out))
    assert result.returncode == 1
    assert result.stderr.startswith("journey-studio: ")
    assert "Traceback" not in result.stderr
    assert (out / "keep.txt").read_text(encoding="utf-8") == "mine"


def test_deploy_without_a_token_says_which_variable_to_set(workshop_file: Path) -> None:
    environment = {k: v for k, v in os.environ.items() if not k.endswith("_TOKEN")}
    result = run("deploy", str(workshop_file), "--to", "pipedrive", env=environment)
    assert result.returncode == 1
    assert "PIPEDRIVE_API_TOKEN" in result.stderr


def test_deploy_dry_run_prints_the_requests_and_sends_nothing(workshop_file: Path) -> None:
    environment = dict(os.environ, HUBSPOT_TOKEN="secret-token-value")
    result = run("deploy", str(workshop_file), "--to", "hubspot", "--dry-run", env=environment)
    assert result.returncode == 0, result.stderr
    assert "/crm/v3/pipelines/deals" in result.stdout
    assert "secret-token-value" not in result.stdout + result.stderr


def test_the_pdf_deliverable_holds_every_card_text(tmp_path: Path) -> None:
    from journey_studio.templates import sample_workshop

    source = tmp_path / "sample.journey"
    workshop = sample_workshop()
    write_workshop(source, workshop)
    out = tmp_path / "livrable.pdf"
    result = run("export", str(source), "--format", "pdf", "-o", str(out), "--paper", "a4")
    assert result.returncode == 0, result.stderr
    assert "A4" in result.stdout
    text = subprocess.run(
        ["pdftotext", "-raw", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = " ".join(text.split())
    for journey in workshop.journeys:
        for card in journey.cards.values():
            assert " ".join(card.text.split()) in flat
