"""Odoo: the pipelines as ``crm.stage`` records, in a module Odoo installs and as CSV files.

Each pipeline becomes a sales team (``crm.team``) and its stages ``crm.stage`` records
reserved to that team: name, sequence, is_won, fold (closed lost stages are folded),
requirements (the entry and exit criteria, shown as the stage's tooltip), team_ids and
rotting_threshold_days (the workshop's "stale after N days"). Odoo computes win
probabilities per lead since version 13, so stages carry none.

- ``journey_crm_stages/``: a module (manifest and ``data/crm_stage_data.xml``) to put in the
  addons path and install; the records are ``noupdate`` so the admin's later changes stay;
- ``import/crm.team.csv`` and ``import/crm.stage.csv``: the same records for the import
  wizard, with the same external ids, so importing after installing updates, not doubles.

External ids are made from the names ("stage_ventes_negociation"), never from the
workshop's ids, so the same workshop always gives the same ids. Written for Odoo 19, whose
``crm.stage`` has ``team_ids`` and ``rotting_threshold_days``; the README says what to
change for Odoo 17 and 18.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from xml.etree import ElementTree as ET

from journey_studio.exporters.crm.bundle import Bundle, ExportReport, write_bundle
from journey_studio.exporters.crm.messages import colon, message
from journey_studio.exporters.crm.names import UNLIMITED, Names, developer_name
from journey_studio.exporters.crm.plan import CrmPlan, PlanStage, crm_plan
from journey_studio.exporters.crm.readme import bullets, code, md, render_readme

if TYPE_CHECKING:
    from journey_studio.model.workshop import Workshop

FORMAT = "odoo"
CRM = "Odoo"
MODULE = "journey_crm_stages"
STAGE_FIELDS = (
    "name",
    "sequence",
    "is_won",
    "fold",
    "requirements",
    "team_ids",
    "rotting_threshold_days",
)
"""The ``crm.stage`` fields the export writes, in the order it writes them."""


@dataclass(frozen=True, slots=True)
class _Team:
    xml_id: str
    name: str


@dataclass(frozen=True, slots=True)
class _Stage:
    xml_id: str
    stage: PlanStage
    sequence: int
    team: _Team
    requirements: str


def export_odoo(workshop: Workshop, out: Path) -> ExportReport:
    """Write the Odoo module and CSV files of ``workshop`` to the folder (or ``.zip``) ``out``."""
    return write_bundle(odoo_bundle(crm_plan(workshop)), out)


def odoo_bundle(plan: CrmPlan) -> Bundle:
    """The files of the Odoo export (see the module docstring)."""
    bundle = Bundle(FORMAT)
    teams, stages = _records(plan, bundle)
    bundle.add_text(f"{MODULE}/__init__.py", "")
    bundle.add_text(f"{MODULE}/__manifest__.py", _manifest(plan))
    bundle.add_xml(f"{MODULE}/data/crm_stage_data.xml", _data_file(teams, stages))
    bundle.add_text("import/crm.team.csv", _csv(["id", "name"], _team_rows(teams)))
    bundle.add_text(
        "import/crm.stage.csv",
        _csv(
            ["id", *STAGE_FIELDS[:5], "team_ids/id", "rotting_threshold_days"],
            _stage_rows(stages),
        ),
    )
    bundle.add_text(
        "README.md",
        render_readme(
            FORMAT,
            plan.language,
            workshop=md(plan.workshop),
            module=MODULE,
            teams=bullets(
                f"{md(team.name)} ({code(team.xml_id)}){colon(plan.language)}"
                + ", ".join(md(s.stage.name) for s in stages if s.team is team)
                for team in teams
            ),
        ),
    )
    return bundle


def _records(plan: CrmPlan, bundle: Bundle) -> tuple[list[_Team], list[_Stage]]:
    ids = Names(
        plan.language,
        CRM,
        "what_external_id",
        UNLIMITED,
        make=lambda text, limit: developer_name(text, limit, lower=True),
        separator="_",
    )
    teams: list[_Team] = []
    stages: list[_Stage] = []
    for pipeline in plan.pipelines:
        if not pipeline.stages:
            continue
        team = _Team(ids.claim(f"team {pipeline.name}"), pipeline.name)
        teams.append(team)
        for position, stage in enumerate(pipeline.stages, start=1):
            xml_id = ids.claim(f"stage {pipeline.name} {stage.name}")
            stages.append(
                _Stage(xml_id, stage, position * 10, team, _requirements(plan.language, stage))
            )
    bundle.warn(*ids.warnings)
    return teams, stages


def _requirements(language: str, stage: PlanStage) -> str:
    lines = [
        f"{message(language, key)}{colon(language)}{text}"
        for key, text in (
            ("entry_criteria", stage.entry_criteria),
            ("exit_criteria", stage.exit_criteria),
        )
        if text
    ]
    return "\n".join(lines)


def _field(record: ET.Element, name: str, text: str | None = None, **attributes: str) -> None:
    element = ET.SubElement(record, "field", {"name": name, **attributes})
    element.text = text


def _data_file(teams: list[_Team], stages: list[_Stage]) -> ET.Element:
    root = ET.Element("odoo", {"noupdate": "1"})
    for team in teams:
        record = ET.SubElement(root, "record", {"id": team.xml_id, "model": "crm.team"})
        _field(record, "name", team.name)
    for item in stages:
        stage = item.stage
        record = ET.SubElement(root, "record", {"id": item.xml_id, "model": "crm.stage"})
        _field(record, "name", stage.name)
        _field(record, "sequence", str(item.sequence))
        _field(record, "is_won", eval=str(stage.won))
        _field(record, "fold", eval=str(stage.lost))
        if item.requirements:
            _field(record, "requirements", item.requirements)
        _field(record, "team_ids", eval=f"[(6, 0, [ref('{item.team.xml_id}')])]")
        if stage.stale_after_days:
            _field(record, "rotting_threshold_days", str(stage.stale_after_days))
    return root


def _team_rows(teams: list[_Team]) -> list[list[str]]:
    return [[f"{MODULE}.{team.xml_id}", team.name] for team in teams]


def _stage_rows(stages: list[_Stage]) -> list[list[str]]:
    return [
        [
            f"{MODULE}.{item.xml_id}",
            item.stage.name,
            str(item.sequence),
            str(item.stage.won),
            str(item.stage.lost),
            item.requirements,
            f"{MODULE}.{item.team.xml_id}",
            str(item.stage.stale_after_days or ""),
        ]
        for item in stages
    ]


def _csv(header: list[str], rows: list[list[str]]) -> str:
    """CSV as the import wizard reads it: comma, double quotes when needed, ``\\n`` ends."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue()


def _manifest(plan: CrmPlan) -> str:
    """The module's ``__manifest__.py``: a Python dict literal, every string through repr."""
    title = {"fr": "Étapes CRM", "en": "CRM stages"}.get(plan.language, "CRM stages")
    entries: list[tuple[str, object]] = [
        ("name", f"{title}{colon(plan.language)}{plan.workshop}"),
        ("version", "1.0"),
        ("category", "Sales/CRM"),
        ("summary", "Journey Studio"),
        ("depends", ["crm"]),
        ("data", ["data/crm_stage_data.xml"]),
        ("license", "LGPL-3"),
        ("installable", True),
    ]
    lines = ["{"] + [f"    {key!r}: {value!r}," for key, value in entries] + ["}"]
    return "\n".join(lines)
