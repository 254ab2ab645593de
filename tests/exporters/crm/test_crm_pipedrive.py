"""The Pipedrive export: API v2 pipeline and stage bodies its documented schema accepts."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from crm_workshops import hostile_workshop

from journey_studio.exporters.crm import export_pipedrive
from journey_studio.templates import workshop_from_template

if TYPE_CHECKING:
    from journey_studio.model.workshop import Workshop

TEMPLATES = [(t, lang) for t in ("b2b-lifecycle", "saas-funnel", "simple") for lang in ("fr", "en")]


def _export(workshop: Workshop, out: Path) -> tuple[dict[str, dict], tuple[str, ...]]:
    report = export_pipedrive(workshop, out)
    files = {
        p.relative_to(out).as_posix(): json.loads(p.read_text(encoding="utf-8"))
        for p in sorted(out.rglob("*.json"))
    }
    assert sorted([*files, "README.md"]) == list(report.files)
    return files, report.warnings


def _check(files: dict[str, dict], validator) -> None:
    for path, content in files.items():
        assert set(content) == {"pipeline", "stages"}, path
        errors = list(validator("pipeline").iter_errors(content["pipeline"]))
        for stage in content["stages"]:
            errors += validator("stage").iter_errors(stage)
        assert not errors, (path, [e.message for e in errors])


@pytest.mark.parametrize(("template", "language"), TEMPLATES)
def test_template_bodies_validate_against_pipedrive_v2_schema(
    template, language, tmp_path, pipedrive_validator
):
    files, _warnings = _export(workshop_from_template(template, language), tmp_path / "pd")

    _check(files, pipedrive_validator)
    assert len(files) == 4 if template != "simple" else len(files) == 1


def test_sales_pipeline_stages_in_order_with_probability_and_rot(tmp_path):
    files, warnings = _export(workshop_from_template("b2b-lifecycle", "en"), tmp_path / "pd")

    sales = files["pipelines/02-sales.json"]
    assert sales["pipeline"] == {"is_deal_probability_enabled": True, "name": "Sales"}
    assert sales["stages"] == [
        {
            "name": name,
            "pipeline_id": 0,
            "deal_probability": probability,
            "is_deal_rot_enabled": True,
            "days_to_rotten": days,
        }
        for name, probability, days in [
            ("Identified", 10, 14),
            ("Proposal sent", 30, 21),
            ("Negotiation", 60, 30),
            ("Verbal agreement", 80, 10),
        ]
    ]
    marketing = files["pipelines/01-marketing.json"]
    assert marketing["pipeline"]["is_deal_probability_enabled"] is False
    assert all("deal_probability" not in stage for stage in marketing["stages"])
    assert (
        "Pipedrive: the closed stages “Won”, “Lost” of the “Sales” pipeline do not become "
        "stages; Pipedrive marks a deal won or lost with its own buttons." in warnings
    )


def test_no_v1_names_and_no_rot_without_a_stale_delay(tmp_path, pipedrive_validator):
    files, warnings = _export(hostile_workshop(), tmp_path / "pd")

    _check(files, pipedrive_validator)
    text = json.dumps(files)
    assert "rotten_flag" not in text
    assert "rotten_days" not in text
    sales = files["pipelines/01-nego-b-top-b-l-ete.json"]
    assert sales["pipeline"]["name"] == 'Négo <b>"top"</b> & l\'été'
    assert sales["stages"][1]["is_deal_rot_enabled"] is False
    assert "days_to_rotten" not in sales["stages"][1]
    renewals = files["pipelines/02-pipeline-des-renouvellements-et-extensions-grands-comptes.json"]
    assert renewals["stages"] == [
        {
            "name": "À renouveler",
            "pipeline_id": 0,
            "deal_probability": 0,
            "is_deal_rot_enabled": True,
            "days_to_rotten": 30,
        }
    ]
    assert any("À renouveler" in w and "0 %" in w for w in warnings)
