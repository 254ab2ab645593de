"""The command line as a consultant uses it: new, templates, check, --version, errors."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from journey_studio import __version__
from journey_studio.cli import main
from journey_studio.cli.commands import COMMANDS
from journey_studio.model.edits import AddCards
from journey_studio.model.workshop import Card
from journey_studio.storage import WorkshopFile


def run(*arguments: str) -> subprocess.CompletedProcess[str]:
    """The installed ``journey-studio`` entry point, as a separate process."""
    command = [str(Path(sys.executable).with_name("journey-studio")), *arguments]
    return subprocess.run(command, capture_output=True, text=True, check=False, timeout=120)


def test_new_then_check_a_french_saas_funnel(tmp_path: Path) -> None:
    target = tmp_path / "atelier.journey"
    created = run("new", str(target), "--template", "saas-funnel", "--lang", "fr")
    assert created.returncode == 0, created.stderr
    with sqlite3.connect(target) as connection:
        (application_id,) = connection.execute("pragma application_id").fetchone()
    assert application_id != 0
    checked = run("check", str(target))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "no problems" in checked.stdout
    with WorkshopFile.open(target, read_only=True) as opened:
        statuses = {s.lifecycle_status for s in opened.workshop.stages}
    assert {"Lead", "MQL", "SQL"} <= statuses


def test_templates_lists_every_template_in_both_languages() -> None:
    listed = run("templates")
    assert listed.returncode == 0
    lines = listed.stdout.splitlines()
    for name in ("b2b-lifecycle", "saas-funnel", "simple"):
        languages = {line.split()[1] for line in lines if line.split()[0] == name}
        assert languages == {"fr", "en"}


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["--version"])
    assert stopped.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_check_reports_cards_not_in_the_first_person(tmp_path: Path) -> None:
    target = tmp_path / "check.journey"
    assert run("new", str(target), "--template", "simple", "--lang", "fr").returncode == 0
    with WorkshopFile.open(target) as opened:
        workshop = opened.workshop
        journey = workshop.journeys[0]
        stage, channel = workshop.stages[0].id, workshop.channels[0].id
        cards = (
            Card("Je remplis le formulaire de contact", stage, channel, order=0),
            Card("Remplir le formulaire <&\"'=", stage, channel, order=1),
        )
        opened.apply(AddCards(journey.id, cards))
    checked = run("check", str(target), "--json")
    assert checked.returncode == 1
    report = json.loads(checked.stdout)
    assert report["ok"] is False
    phrasing = [f for f in report["findings"] if f["code"] == "phrasing"]
    assert [f["card_id"] for f in phrasing] == [cards[1].id]
    assert phrasing[0]["suggestion"]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "is empty"),
        (b"hello, I am a text file\n", "is not a Journey Studio workshop"),
        (bytes(range(256)) * 4, "is not a Journey Studio workshop"),
    ],
)
def test_check_refuses_what_is_not_a_workshop_in_one_sentence(
    tmp_path: Path, content: bytes, expected: str
) -> None:
    target = tmp_path / "bad.journey"
    target.write_bytes(content)
    checked = run("check", str(target))
    assert checked.returncode == 1
    assert expected in checked.stderr
    assert "Traceback" not in checked.stderr
    assert len(checked.stderr.strip().splitlines()) == 1
    assert target.read_bytes() == content


def test_errors_are_one_sentence_without_traceback(tmp_path: Path) -> None:
    existing = tmp_path / "kept.journey"
    existing.write_bytes(b"precious")
    cases = [
        run("new", str(existing), "--template", "simple"),
        run("new", str(tmp_path / "x.journey"), "--template", "no-such-template"),
        run("new", str(tmp_path / "x.txt"), "--template", "simple"),
        run("check", str(tmp_path / "missing.journey")),
    ]
    for result in cases:
        assert result.returncode != 0
        assert result.stderr.startswith("journey-studio: ")
        assert "Traceback" not in result.stderr
    assert existing.read_bytes() == b"precious"
    assert not (tmp_path / "x.journey").exists()


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_its_help(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main([command, "--help"])
    assert exited.value.code == 0
    assert f"journey-studio {command}" in capsys.readouterr().out
