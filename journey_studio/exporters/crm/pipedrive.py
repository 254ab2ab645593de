"""Pipedrive: API v2 bodies, one file per pipeline with its stages in order.

``pipelines/NN-NAME.json`` holds ``{"pipeline": ..., "stages": [...]}``: the body of
``POST /api/v2/pipelines`` (name, is_deal_probability_enabled) and, for each open stage,
the body of ``POST /api/v2/stages`` (name, deal_probability as an integer percentage when
the pipeline uses probabilities, is_deal_rot_enabled and days_to_rotten from the workshop's
"stale after N days"). A stage names its pipeline by id, which only exists once the
pipeline is created: the files carry ``"pipeline_id": 0`` (no pipeline has that id), and
the deploy, or the admin's script, replaces it with the id the pipeline got back.

Pipedrive has no closed stages: a deal is marked won or lost with its own buttons, so the
workshop's closed stages are left out and reported. It documents no limit on names.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from journey_studio.exporters.crm.bundle import Bundle, ExportReport, write_bundle
from journey_studio.exporters.crm.messages import colon, message, quoted, quoted_list
from journey_studio.exporters.crm.names import slug
from journey_studio.exporters.crm.plan import (
    CrmPlan,
    PlanPipeline,
    crm_plan,
    effective_probability,
)
from journey_studio.exporters.crm.readme import bullets, code, md, render_readme

if TYPE_CHECKING:
    from journey_studio.model.workshop import Workshop

FORMAT = "pipedrive"
CRM = "Pipedrive"
API = "https://api.pipedrive.com"
TOKEN_VARIABLE = "PIPEDRIVE_API_TOKEN"
PIPELINE_ID_PLACEHOLDER = 0
"""The ``pipeline_id`` of every stage body in the files, replaced when deploying."""


def export_pipedrive(workshop: Workshop, out: Path) -> ExportReport:
    """Write the Pipedrive bodies of ``workshop`` to the folder (or ``.zip``) ``out``."""
    return write_bundle(pipedrive_bundle(crm_plan(workshop)), out)


def pipedrive_bundle(plan: CrmPlan) -> Bundle:
    """The files of the Pipedrive export (see the module docstring)."""
    bundle = Bundle(FORMAT)
    files = pipedrive_files(plan, bundle)
    for path, content in files:
        bundle.add_json(path, content)
    bundle.add_text(
        "README.md",
        render_readme(
            FORMAT,
            plan.language,
            workshop=md(plan.workshop),
            pipelines=bullets(
                f"{md(content['pipeline']['name'])}{colon(plan.language)}{code(path)}"
                for path, content in files
            ),
            commands="\n\n".join(_commands(path) for path, _content in files) or "#",
            token=TOKEN_VARIABLE,
        ),
    )
    return bundle


def pipedrive_files(plan: CrmPlan, bundle: Bundle) -> list[tuple[str, dict[str, Any]]]:
    """(path, content) of each pipeline file, in order; warnings go to ``bundle``."""
    files = []
    for number, pipeline in enumerate(plan.pipelines, start=1):
        if not pipeline.stages:
            continue
        files.append(
            (
                f"pipelines/{number:02d}-{slug(pipeline.name)}.json",
                {
                    "pipeline": {
                        "is_deal_probability_enabled": pipeline.has_probabilities,
                        "name": pipeline.name,
                    },
                    "stages": _stages(plan, pipeline, bundle),
                },
            )
        )
    return files


def _stages(plan: CrmPlan, pipeline: PlanPipeline, bundle: Bundle) -> list[dict[str, Any]]:
    language = plan.language
    closed = [stage.name for stage in pipeline.stages if stage.closed]
    if closed:
        bundle.warn(
            message(
                language,
                "closed_not_exported",
                crm=CRM,
                stages=quoted_list(language, closed),
                pipeline=quoted(language, pipeline.name),
            )
        )
    if not pipeline.open_stages:
        bundle.warn(
            message(
                language,
                "pipeline_without_stages",
                crm=CRM,
                pipeline=quoted(language, pipeline.name),
            )
        )
    stages = []
    for stage in pipeline.open_stages:
        body: dict[str, Any] = {"name": stage.name, "pipeline_id": PIPELINE_ID_PLACEHOLDER}
        if pipeline.has_probabilities:
            body["deal_probability"] = effective_probability(pipeline, stage)
            if stage.probability is None:
                bundle.warn(
                    message(
                        language,
                        "probability_assumed",
                        crm=CRM,
                        stage=quoted(language, stage.name),
                        pipeline=quoted(language, pipeline.name),
                        probability=body["deal_probability"],
                    )
                )
        days = stage.stale_after_days
        body["is_deal_rot_enabled"] = days is not None and days >= 1
        if days is not None and days >= 1:
            body["days_to_rotten"] = days
        stages.append(body)
    return stages


def _commands(path: str) -> str:
    header = f'--header "x-api-token: ${TOKEN_VARIABLE}" --header "Content-Type: application/json"'
    return (
        f"PIPELINE_ID=$(jq .pipeline {path} | curl --silent --request POST \\\n"
        f"    {API}/api/v2/pipelines {header} --data @- | jq .data.id)\n"
        "jq --compact-output --argjson id \"$PIPELINE_ID\" '.stages[] | .pipeline_id = $id' \\\n"
        f"    {path} | while read -r stage; do\n"
        f'  curl --request POST {API}/api/v2/stages {header} --data "$stage"\n'
        "done"
    )
