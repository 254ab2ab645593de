"""The HubSpot export: v3 pipeline bodies that HubSpot's pipeline input schema accepts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from crm_workshops import LONG_STAGE, hostile_workshop
from hypothesis import given
from hypothesis import strategies as st

from journey_studio.exporters.crm import export_hubspot
from journey_studio.exporters.crm.bundle import MARKER
from journey_studio.exporters.crm.hubspot import hubspot_probability
from journey_studio.model.workshop import Pipeline, PipelineStage, Workshop
from journey_studio.templates import workshop_from_template

TEMPLATES = [(t, lang) for t in ("b2b-lifecycle", "saas-funnel", "simple") for lang in ("fr", "en")]


def _export(workshop: Workshop, out: Path) -> tuple[dict[str, object], tuple[str, ...]]:
    report = export_hubspot(workshop, out)
    files = {
        p.relative_to(out).as_posix(): json.loads(p.read_text(encoding="utf-8"))
        for p in sorted(out.rglob("*.json"))
    }
    assert (out / "README.md").is_file()
    assert (out / MARKER).is_file()
    return files, report.warnings


def _check_pipelines(files: dict[str, object], validator) -> None:
    for path, body in files.items():
        if not path.startswith("pipelines/"):
            continue
        definition = "dealPipeline" if "-deals-" in path else "ticketPipeline"
        errors = list(validator(definition).iter_errors(body))
        assert not errors, (path, [e.message for e in errors])
        labels = [stage["label"] for stage in body["stages"]]
        assert len(labels) == len(set(labels)), "stage labels are unique within a pipeline"
        assert [stage["displayOrder"] for stage in body["stages"]] == list(range(len(labels)))


@pytest.mark.parametrize(("template", "language"), TEMPLATES)
def test_template_pipelines_validate_against_hubspot_schema(
    template, language, tmp_path, hubspot_validator
):
    files, _warnings = _export(workshop_from_template(template, language), tmp_path / "hs")

    _check_pipelines(files, hubspot_validator)
    assert any(path.startswith("pipelines/") for path in files)


def test_deal_pipelines_carry_probabilities_as_strings_and_others_are_ticket_pipelines(tmp_path):
    files, warnings = _export(workshop_from_template("b2b-lifecycle", "en"), tmp_path / "hs")

    assert sorted(p for p in files if p.startswith("pipelines/")) == [
        "pipelines/01-tickets-marketing.json",
        "pipelines/02-deals-sales.json",
        "pipelines/03-tickets-onboarding.json",
        "pipelines/04-deals-customer-success.json",
    ]
    sales = files["pipelines/02-deals-sales.json"]
    assert sales["label"] == "Sales"
    assert [(s["label"], s["metadata"]) for s in sales["stages"]] == [
        ("Identified", {"probability": "0.1"}),
        ("Proposal sent", {"probability": "0.3"}),
        ("Negotiation", {"probability": "0.6"}),
        ("Verbal agreement", {"probability": "0.8"}),
        ("Won", {"probability": "1.0"}),
        ("Lost", {"probability": "0.0"}),
    ]
    onboarding = files["pipelines/03-tickets-onboarding.json"]
    assert [s["metadata"]["ticketState"] for s in onboarding["stages"]] == ["OPEN"] * 4 + [
        "CLOSED"
    ] * 2
    assert warnings == (
        "HubSpot: the 85% probability of the stage “Renewal proposal sent” (“Customer Success” "
        "pipeline) is rounded to 0.9.",
    )


def test_lifecycle_options_keep_hubspot_internal_values(tmp_path):
    files, _warnings = _export(workshop_from_template("saas-funnel", "fr"), tmp_path / "hs")

    options = files["properties/contacts/lifecyclestage.json"]["options"]
    assert [(o["label"], o["value"]) for o in options] == [
        ("Lead", "lead"),
        ("MQL", "marketingqualifiedlead"),
        ("SQL", "salesqualifiedlead"),
        ("Opportunité", "opportunity"),
        ("Client", "customer"),
        ("Client actif", "client_actif"),
        ("Client à risque", "client_a_risque"),
    ]


def test_custom_properties_skip_hubspot_defaults(tmp_path):
    files, _warnings = _export(workshop_from_template("b2b-lifecycle", "en"), tmp_path / "hs")

    properties = sorted(p for p in files if p.startswith("properties/"))
    assert properties == [
        "properties/companies/health_score.json",
        "properties/contacts/leadsource.json",
        "properties/contacts/lifecyclestage.json",
        "properties/contacts/nps.json",
        "properties/contacts/utm_source.json",
        "properties/deals/loss_reason.json",
    ]
    reason = files["properties/deals/loss_reason.json"]
    assert (reason["type"], reason["fieldType"], reason["groupName"]) == (
        "enumeration",
        "select",
        "dealinformation",
    )
    assert reason["options"][0] == {"displayOrder": 0, "label": "Price", "value": "price"}


def test_hostile_texts_stay_as_written_in_json(tmp_path, hubspot_validator):
    files, warnings = _export(hostile_workshop(), tmp_path / "hs")

    _check_pipelines(files, hubspot_validator)
    deals = files["pipelines/01-deals-nego-b-top-b-l-ete.json"]
    assert deals["label"] == 'Négo <b>"top"</b> & l\'été'
    assert deals["stages"][0]["label"] == "Qualifiée & <chaude>"
    assert deals["stages"][1]["label"] == " ".join(LONG_STAGE.split()), "no documented limit"
    assert any("15 %" in w and "0.2" in w for w in warnings)
    reason = files["properties/deals/motif_perte.json"]
    assert [o["label"] for o in reason["options"]] == [
        "Prix < 10 €",
        "Prix & délai",
        'Délai "trop" long',
    ]
    raw = (tmp_path / "hs" / "pipelines/01-deals-nego-b-top-b-l-ete.json").read_text("utf-8")
    assert '"label": "Négo <b>\\"top\\"</b> & l\'été"' in raw


def test_duplicate_stage_labels_are_made_unique_and_reported(tmp_path, hubspot_validator):
    workshop = Workshop(
        "W",
        language="en",
        pipelines=[
            Pipeline(
                "Sales",
                stages=[
                    PipelineStage("Demo", probability=20),
                    PipelineStage("demo", probability=40),
                    PipelineStage("Won", probability=100, closed=True, won=True),
                ],
            )
        ],
    )

    files, warnings = _export(workshop, tmp_path / "hs")

    _check_pipelines(files, hubspot_validator)
    labels = [s["label"] for s in files["pipelines/01-deals-sales.json"]["stages"]]
    assert labels == ["Demo", "demo 2", "Won"]
    assert "HubSpot: the stage label “demo” is already taken; it becomes “demo 2”." in warnings


@given(st.integers(min_value=0, max_value=100))
def test_probability_is_a_tenth_string_that_rounds_half_up(percent):
    text = hubspot_probability(percent)

    assert text in {f"{t / 10:.1f}" for t in range(11)}
    assert abs(float(text) * 100 - percent) <= 5
    if percent % 10 == 5:
        assert float(text) * 100 > percent
