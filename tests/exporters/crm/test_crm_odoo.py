"""The Odoo export: a module's data file naming only real ``crm.stage`` fields, and CSVs."""

from __future__ import annotations

import ast
import csv
import io
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from crm_workshops import HOSTILE_CRITERIA, hostile_workshop
from lxml import etree

from journey_studio.exporters.crm import export_odoo
from journey_studio.templates import workshop_from_template

if TYPE_CHECKING:
    from journey_studio.model.workshop import Workshop

CRM_STAGE_FIELDS = {
    "name",
    "sequence",
    "is_won",
    "requirements",
    "fold",
    "team_id",
    "team_ids",
    "rotting_threshold_days",
    "color",
}
"""The fields of ``crm.stage`` (odoo/odoo addons/crm/models/crm_stage.py, 17 to 19)."""
TEMPLATES = [(t, lang) for t in ("b2b-lifecycle", "saas-funnel", "simple") for lang in ("fr", "en")]
DATA = "journey_crm_stages/data/crm_stage_data.xml"


def _export(workshop: Workshop, out: Path) -> dict[str, str]:
    report = export_odoo(workshop, out)
    return {path: (out / path).read_text(encoding="utf-8") for path in report.files}


def _records(data: str, model: str) -> list[etree._Element]:
    root = etree.fromstring(data.encode("utf-8"))
    assert root.tag == "odoo"
    return [r for r in root.iter("record") if r.get("model") == model]


def _csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def _check(files: dict[str, str]) -> None:
    teams = _records(files[DATA], "crm.team")
    stages = _records(files[DATA], "crm.stage")
    ids = [r.get("id") for r in teams + stages]
    assert len(ids) == len(set(ids))
    assert all(i.replace("_", "").isalnum() and i.islower() for i in ids)
    assert {r.get("model") for r in etree.fromstring(files[DATA].encode()).iter("record")} == {
        "crm.team",
        "crm.stage",
    }
    for team in teams:
        assert [f.get("name") for f in team.findall("field")] == ["name"]
    team_ids = {t.get("id") for t in teams}
    for stage in stages:
        names = [f.get("name") for f in stage.findall("field")]
        assert set(names) <= CRM_STAGE_FIELDS, names
        assert "probability" not in names
        (team_field,) = stage.findall("field[@name='team_ids']")
        assert team_field.get("eval") in {f"[(6, 0, [ref('{t}')])]" for t in team_ids}
    stage_rows = _csv(files["import/crm.stage.csv"])
    team_rows = _csv(files["import/crm.team.csv"])
    assert [row["id"] for row in team_rows] == [f"journey_crm_stages.{t.get('id')}" for t in teams]
    assert [row["id"] for row in stage_rows] == [
        f"journey_crm_stages.{s.get('id')}" for s in stages
    ]
    for row, stage in zip(stage_rows, stages, strict=True):
        assert row["name"] == stage.findtext("field[@name='name']")
        assert row["requirements"] == stage.findtext("field[@name='requirements']", default="")
        assert {key.removesuffix("/id") for key in row} - {"id"} <= CRM_STAGE_FIELDS
    manifest = ast.literal_eval(files["journey_crm_stages/__manifest__.py"])
    assert manifest["depends"] == ["crm"]
    assert manifest["data"] == ["data/crm_stage_data.xml"]


@pytest.mark.parametrize(("template", "language"), TEMPLATES)
def test_template_data_names_only_real_crm_stage_fields(template, language, tmp_path):
    _check(_export(workshop_from_template(template, language), tmp_path / "odoo"))


def test_stages_are_per_team_with_stable_ids_won_and_folded(tmp_path):
    files = _export(workshop_from_template("b2b-lifecycle", "en"), tmp_path / "odoo")

    stages = {s.get("id"): s for s in _records(files[DATA], "crm.stage")}
    won = stages["stage_sales_won"]
    assert won.find("field[@name='is_won']").get("eval") == "True"
    assert won.find("field[@name='fold']").get("eval") == "False"
    lost = stages["stage_sales_lost"]
    assert lost.find("field[@name='fold']").get("eval") == "True"
    assert lost.find("field[@name='team_ids']").get("eval") == "[(6, 0, [ref('team_sales')])]"
    identified = stages["stage_sales_identified"]
    assert identified.findtext("field[@name='rotting_threshold_days']") == "14"
    assert identified.findtext("field[@name='sequence']") == "10"
    again = _export(workshop_from_template("b2b-lifecycle", "en"), tmp_path / "again")
    assert again == files


def test_hostile_texts_are_escaped_and_read_back_intact(tmp_path):
    files = _export(hostile_workshop(), tmp_path / "odoo")

    _check(files)
    stages = _records(files[DATA], "crm.stage")
    first = stages[0]
    assert first.findtext("field[@name='name']") == "Qualifiée & <chaude>"
    criteria = HOSTILE_CRITERIA.replace("\r\n", "\n").replace("\x07", "")
    assert first.findtext("field[@name='requirements']") == (
        f"Critères d'entrée\u00a0: {criteria}\nCritères de sortie\u00a0: Proposition\nenvoyée"
    )
    rows = _csv(files["import/crm.stage.csv"])
    assert rows[0]["requirements"] == first.findtext("field[@name='requirements']")
    teams = _csv(files["import/crm.team.csv"])
    assert teams[0]["name"] == 'Négo <b>"top"</b> & l\'été'
    manifest = ast.literal_eval(files["journey_crm_stages/__manifest__.py"])
    assert manifest["name"] == 'Étapes CRM\u00a0: Atelier <Cible> & "test"'
