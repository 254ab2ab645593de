"""The neutral CRM plan: JSON and YAML that validate against the shipped schema and read back."""

from __future__ import annotations

import json

import pytest
import yaml
from crm_workshops import hostile_workshop
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from journey_studio.exporters.crm import (
    FORMATS,
    InvalidCrmPlan,
    crm_plan,
    export_json,
    export_yaml,
    read_plan,
)
from journey_studio.exporters.crm.neutral import plan_from_dict, plan_json, plan_yaml, schema_text
from journey_studio.model.vocabulary import CrmFieldType, CrmObject, ForecastCategory
from journey_studio.model.workshop import (
    CrmField,
    CrmLink,
    Pipeline,
    PipelineStage,
    Stage,
    Workshop,
)
from journey_studio.templates import workshop_from_template

TEMPLATES = [(t, lang) for t in ("b2b-lifecycle", "saas-funnel", "simple") for lang in ("fr", "en")]
SCHEMA = Draft202012Validator(json.loads(schema_text()))


def test_the_shipped_schema_is_a_valid_json_schema():
    Draft202012Validator.check_schema(json.loads(schema_text()))


@pytest.mark.parametrize(("template", "language"), TEMPLATES)
@pytest.mark.parametrize("kind", ["json", "yaml"])
def test_template_plans_round_trip_through_a_folder(template, language, kind, tmp_path):
    workshop = workshop_from_template(template, language)
    report = FORMATS[kind](workshop, tmp_path / "plan")

    assert report.files == tuple(sorted(["README.md", f"crm-plan.{kind}", "crm-plan.schema.json"]))
    plan_file = tmp_path / "plan" / f"crm-plan.{kind}"
    data = (
        json.loads(plan_file.read_text("utf-8"))
        if kind == "json"
        else yaml.safe_load(plan_file.read_text("utf-8"))
    )
    assert not list(SCHEMA.iter_errors(data))
    assert read_plan(tmp_path / "plan") == crm_plan(workshop)
    assert (tmp_path / "plan" / "crm-plan.schema.json").read_text("utf-8") == schema_text()


def test_an_output_named_like_a_plan_file_is_just_that_file(tmp_path):
    workshop = hostile_workshop()

    json_report = export_json(workshop, tmp_path / "plan.json")
    yaml_report = export_yaml(workshop, tmp_path / "plan.yml")

    assert json_report.files == ("plan.json",)
    assert yaml_report.files == ("plan.yml",)
    assert read_plan(tmp_path / "plan.json") == crm_plan(workshop)
    assert read_plan(tmp_path / "plan.yml") == crm_plan(workshop)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.json", "plan.yml"]


def test_hostile_texts_are_kept_in_json_and_yaml():
    plan = crm_plan(hostile_workshop("en"))

    text = plan_json(plan)
    assert '"name": "Négo <b>\\"top\\"</b> & l\'été"' in text
    assert "\\u" not in text, "accents are written as they are"
    assert plan_from_dict(json.loads(text)) == plan
    assert plan_from_dict(yaml.safe_load(plan_yaml(plan))) == plan


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ([], "The plan should be an object."),
        ({"format": "other"}, "This is not a CRM plan in the journey-studio/crm-plan/1 format."),
        (
            {
                "format": "journey-studio/crm-plan/1",
                "pipelines": [{"stages": [{"probability": 120}]}],
            },
            "The probability of stage None is not 0 to 100.",
        ),
        (
            {"format": "journey-studio/crm-plan/1", "crm_fields": [{"object": "planet"}]},
            "'object' should be one of lead, contact, account, opportunity, ticket, custom, "
            "found 'planet'.",
        ),
        ({"format": "journey-studio/crm-plan/1", "workshop": 3}, "'workshop' should be text"),
    ],
)
def test_data_that_is_not_a_plan_gets_one_clear_sentence(data, message):
    with pytest.raises(InvalidCrmPlan, match="^" + message.replace("(", r"\(").replace(")", r"\)")):
        plan_from_dict(data)


def test_unreadable_plan_files_are_refused_clearly(tmp_path):
    (tmp_path / "bad.json").write_text("{", encoding="utf-8")
    (tmp_path / "bad.yaml").write_text("a: [", encoding="utf-8")

    with pytest.raises(InvalidCrmPlan, match="is not valid JSON"):
        read_plan(tmp_path / "bad.json")
    with pytest.raises(InvalidCrmPlan, match="is not valid YAML"):
        read_plan(tmp_path / "bad.yaml")
    with pytest.raises(InvalidCrmPlan, match=r"holds no crm-plan\.json"):
        read_plan(tmp_path)


_text = st.text(max_size=40)
_name = _text.filter(lambda t: " ".join(t.split()) != "")


@st.composite
def _workshops(draw: st.DrawFn) -> Workshop:
    field = CrmField(
        draw(_text),
        draw(_text),
        object=draw(st.sampled_from(CrmObject)),
        type=draw(st.sampled_from(CrmFieldType)),
        allowed_values=draw(st.lists(_text, max_size=4)),
    )
    stages = [
        Stage(draw(_text), lifecycle_status=draw(_text), entry_criteria=draw(_text))
        for _ in range(draw(st.integers(1, 3)))
    ]
    pipeline_stages = [
        PipelineStage(
            draw(_text),
            probability=draw(st.none() | st.integers(0, 100)),
            closed=draw(st.booleans()),
            won=draw(st.booleans()),
            forecast_category=draw(st.sampled_from(ForecastCategory)),
            stale_after_days=draw(st.none() | st.integers(1, 400)),
            exit_criteria=draw(_text),
            stage_id=draw(st.sampled_from([None, *[s.id for s in stages]])),
            signal_fields=draw(st.lists(st.just(CrmLink(field.id, draw(_text))), max_size=1)),
        )
        for _ in range(draw(st.integers(0, 4)))
    ]
    return Workshop(
        draw(_text),
        language=draw(st.sampled_from(["fr", "en"])),
        converted_status=draw(_text),
        stages=stages,
        crm_fields=[field],
        pipelines=[Pipeline(draw(_text), team=draw(_text), stages=pipeline_stages)],
    )


@settings(max_examples=60)
@given(_workshops())
def test_any_plan_round_trips_and_validates(workshop):
    plan = crm_plan(workshop)
    data = json.loads(plan_json(plan))

    assert not list(SCHEMA.iter_errors(data))
    assert plan_from_dict(data) == plan
    assert plan_from_dict(yaml.safe_load(plan_yaml(plan))) == plan


def test_write_refuses_an_output_folder_that_does_not_exist(tmp_path):
    from journey_studio.exporters.crm import CrmExportError

    with pytest.raises(CrmExportError, match="does not exist; create it first"):
        export_json(workshop_from_template("simple", "en"), tmp_path / "missing" / "plan.json")
    assert not (tmp_path / "missing").exists()
