"""The CRM plan derived from a workshop, and what ``check`` says a CRM admin would miss."""

from __future__ import annotations

import pytest
from crm_workshops import HOSTILE_CRITERIA, hostile_workshop

from journey_studio.exporters.crm import crm_plan, plan_problems
from journey_studio.exporters.crm.messages import has_both_languages, keys
from journey_studio.exporters.crm.plan import effective_probability
from journey_studio.model.vocabulary import CrmFieldType, ForecastCategory
from journey_studio.model.workshop import (
    CrmField,
    CrmLink,
    Pipeline,
    PipelineStage,
    Stage,
    Workshop,
)
from journey_studio.templates import workshop_from_template

STATUSES = {
    "en": ["Lead", "MQL", "SQL", "Opportunity", "Customer", "Active customer", "At-risk customer"],
    "fr": ["Lead", "MQL", "SQL", "Opportunité", "Client", "Client actif", "Client à risque"],
}


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("template", ["b2b-lifecycle", "saas-funnel", "simple"])
def test_template_statuses_follow_the_journey_and_the_lifecycle_picklist(template, language):
    plan = crm_plan(workshop_from_template(template, language))

    assert [s.name for s in plan.lifecycle_statuses] == STATUSES[language]
    assert plan.lifecycle_field == "lifecyclestage"
    at_risk = plan.lifecycle_statuses[-1]
    assert at_risk.stages == ()
    used = [s for s in plan.lifecycle_statuses if s.stages]
    assert all(stage in [st.name for st in plan.stages] for s in used for stage in s.stages)


def test_converted_status_is_inferred_from_the_first_deal_pipeline():
    b2b_workshop = workshop_from_template("b2b-lifecycle", "en")
    saas_workshop = workshop_from_template("saas-funnel", "en")
    assert (b2b_workshop.converted_status, saas_workshop.converted_status) == ("Opportunity", "SQL")
    b2b_workshop.converted_status = saas_workshop.converted_status = ""
    b2b = crm_plan(b2b_workshop)
    saas = crm_plan(saas_workshop)

    assert (b2b.converted_status, b2b.converted_inferred_from) == ("Opportunity", "Sales")
    assert (saas.converted_status, saas.converted_inferred_from) == ("SQL", "Sales")
    assert [s.name for s in saas.lifecycle_statuses if s.converted] == ["SQL"]
    assert any("SQL" in p and "Sales" in p for p in plan_problems(saas))


def test_the_workshop_converted_status_wins_whatever_its_case():
    workshop = workshop_from_template("b2b-lifecycle", "en")
    workshop.converted_status = "sql"
    plan = crm_plan(workshop)

    assert (plan.converted_status, plan.converted_inferred_from) == ("SQL", "")
    assert [s.name for s in plan.lifecycle_statuses if s.converted] == ["SQL"]
    assert not any("converted" in p for p in plan_problems(plan))


def test_an_unknown_converted_status_is_a_problem():
    workshop = workshop_from_template("simple", "en")
    workshop.converted_status = "Signed"

    problems = plan_problems(crm_plan(workshop))

    assert "The converted status “Signed” is not one of the lifecycle statuses." in problems


def test_pipeline_stages_carry_their_journey_stage_and_signal_fields():
    workshop = workshop_from_template("b2b-lifecycle", "fr")
    lifecycle = next(f for f in workshop.crm_fields if f.api_name == "lifecyclestage")
    stage = workshop.pipelines[0].stages[2]
    stage.signal_fields = [CrmLink(lifecycle.id, "MQL")]

    planned = crm_plan(workshop).pipelines[0].stages[2]

    assert planned.journey_stage == "Considération / Évaluation"
    assert [(s.api_name, s.value, s.label) for s in planned.signals] == [
        ("lifecyclestage", "MQL", "Statut du cycle de vie")
    ]


def test_the_plan_holds_no_ids_so_two_loads_give_equal_plans():
    first = crm_plan(workshop_from_template("saas-funnel", "fr"))
    second = crm_plan(workshop_from_template("saas-funnel", "fr"))

    assert first == second


def test_text_is_cleaned_once_for_every_format():
    plan = crm_plan(hostile_workshop())

    assert plan.stages[1].name == "Décision finale"
    criteria = plan.pipelines[0].stages[0].entry_criteria
    assert criteria == HOSTILE_CRITERIA.replace("\r\n", "\n").replace("\x07", "")
    assert plan.stages[0].kpis[1].target is None


def _deal_workshop(*stages: PipelineStage) -> Workshop:
    return Workshop("W", language="en", pipelines=[Pipeline("Sales", stages=list(stages))])


def test_a_deal_pipeline_without_won_or_lost_stage_is_reported():
    workshop = _deal_workshop(
        PipelineStage("Identified", probability=10, entry_criteria="a", exit_criteria="b")
    )

    problems = plan_problems(crm_plan(workshop))

    assert "The “Sales” pipeline has no closed won stage." in problems
    assert "The “Sales” pipeline has no closed lost stage." in problems


def test_a_pipeline_without_probabilities_needs_no_won_or_lost_stage():
    workshop = Workshop(
        "W",
        language="en",
        pipelines=[Pipeline("Onboarding", stages=[PipelineStage("Kick-off", entry_criteria="a")])],
    )

    problems = plan_problems(crm_plan(workshop))

    assert problems == ["In the “Onboarding” pipeline, the stage “Kick-off” has no exit criteria."]


def test_probabilities_going_down_along_open_stages_are_reported_in_french():
    workshop = _deal_workshop(
        PipelineStage("Négociation", probability=60, entry_criteria="a", exit_criteria="b"),
        PipelineStage("Proposition", probability=30, entry_criteria="a", exit_criteria="b"),
        PipelineStage("Gagnée", probability=100, closed=True, won=True, entry_criteria="a",
                      exit_criteria="b", forecast_category=ForecastCategory.CLOSED),
        PipelineStage("Perdue", probability=0, closed=True, entry_criteria="a",
                      exit_criteria="b", forecast_category=ForecastCategory.OMITTED),
    )  # fmt: skip
    workshop.language = "fr"

    problems = plan_problems(crm_plan(workshop))

    assert problems == [
        "Dans le pipeline «\u00a0Sales\u00a0», la probabilité de gain baisse de 60 % "
        "(«\u00a0Négociation\u00a0») à 30 % («\u00a0Proposition\u00a0»)."
    ]


def test_stages_without_criteria_and_inconsistent_closed_stages_are_reported():
    workshop = _deal_workshop(
        PipelineStage("Open", probability=10),
        PipelineStage("Won", probability=90, closed=True, won=True),
        PipelineStage("Lost", probability=5, closed=True, entry_criteria="x"),
    )

    problems = plan_problems(crm_plan(workshop))

    assert problems == [
        "In the “Sales” pipeline, the stage “Open” has neither entry nor exit criteria "
        "(who changes the stage, when, on what basis).",
        "In the “Sales” pipeline, the stage “Won” has neither entry nor exit criteria "
        "(who changes the stage, when, on what basis).",
        "In the “Sales” pipeline, the stage “Won” is won, so its forecast category should be "
        "Closed, not Pipeline.",
        "In the “Sales” pipeline, the won stage “Won” has a probability of 90% instead of 100%.",
        "In the “Sales” pipeline, the stage “Lost” has no exit criteria.",
        "In the “Sales” pipeline, the stage “Lost” is closed and lost, so its forecast category "
        "should be Omitted, not Pipeline.",
        "In the “Sales” pipeline, the lost stage “Lost” has a probability of 5% instead of 0%.",
    ]


def test_unused_statuses_and_a_missing_converted_status_are_reported():
    field = CrmField(
        "Lifecycle",
        "lifecyclestage",
        type=CrmFieldType.PICKLIST,
        allowed_values=["Lead", "MQL", "Customer", "Churned"],
    )
    workshop = Workshop(
        "W",
        language="en",
        stages=[
            Stage("Discovery", lifecycle_status="Lead"),
            Stage("Buy", lifecycle_status="Customer"),
        ],
        crm_fields=[field],
    )

    plan = crm_plan(workshop)

    assert [s.name for s in plan.lifecycle_statuses] == ["Lead", "MQL", "Customer", "Churned"]
    assert plan_problems(plan) == [
        "No lifecycle status is marked as converted.",
        "The lifecycle status “MQL” is used by no stage.",
        "The lifecycle status “Churned” is used by no stage.",
    ]


def test_a_status_named_by_a_pipeline_stage_counts_as_used():
    plan = crm_plan(workshop_from_template("saas-funnel", "en"))

    assert not any("At-risk customer" in p for p in plan_problems(plan))
    assert any("At-risk customer" in p for p in plan_problems(
        crm_plan(workshop_from_template("b2b-lifecycle", "en"))
    ))  # fmt: skip


def test_effective_probability_fills_the_gaps_a_crm_cannot_leave():
    workshop = _deal_workshop(
        PipelineStage("A", probability=20),
        PipelineStage("B"),
        PipelineStage("Won", closed=True, won=True),
        PipelineStage("Lost", closed=True),
    )
    pipeline = crm_plan(workshop).pipelines[0]

    assert [effective_probability(pipeline, s) for s in pipeline.stages] == [20, 20, 100, 0]


def test_every_message_exists_in_french_and_english():
    assert all(has_both_languages(key) for key in keys())
