"""Salesforce: an sf CLI project in source format, deployable with ``sf project deploy start``.

What the plan becomes (Metadata API version 66.0):

- ``standardValueSets/OpportunityStage``: every pipeline stage once, in pipeline order, with
  its probability (an integer), closed, won and forecast category. A name two pipelines use
  with different settings gets the pipeline's name added, since Salesforce has one global
  list of stages;
- ``standardValueSets/LeadStatus``: the lifecycle statuses up to the converted one;
- per pipeline, an Opportunity ``BusinessProcess`` (its sales process), a ``RecordType``
  using it and a ``PathAssistant`` whose steps give the stage's criteria as guidance and the
  stage's signal fields as key fields; the same for leads with the lifecycle statuses;
- a ``CustomField`` for every workshop field whose API name ends in ``__c``;
- ``manifest/package.xml`` naming all of it.

Limits: a standard picklist value holds 255 characters (Salesforce Help, "Picklist
Limitations"); developer names, custom field names and labels 40; a path step shows at most
five key fields and 1,000 characters of guidance. Longer names are shortened with
:mod:`journey_studio.exporters.crm.names` and reported.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING
from xml.etree import ElementTree as ET

from journey_studio.exporters.crm.bundle import Bundle, ExportReport, write_bundle
from journey_studio.exporters.crm.messages import colon, message, quoted
from journey_studio.exporters.crm.names import Names, developer_name, shorten, slug
from journey_studio.exporters.crm.plan import (
    CrmPlan,
    LifecycleStatus,
    PlanField,
    PlanPipeline,
    PlanStage,
    crm_plan,
    effective_probability,
)
from journey_studio.exporters.crm.readme import bullets, code, md, render_readme
from journey_studio.model.vocabulary import CrmFieldType, CrmObject, ForecastCategory

if TYPE_CHECKING:
    from journey_studio.model.workshop import Workshop

FORMAT = "salesforce"
CRM = "Salesforce"
NS = "http://soap.sforce.com/2006/04/metadata"
API_VERSION = "66.0"
SOURCE = "force-app/main/default"
VALUE_LIMIT = 255
NAME_LIMIT = 40
GUIDANCE_LIMIT = 1000
KEY_FIELDS_LIMIT = 5

OBJECTS = {
    CrmObject.LEAD: "Lead",
    CrmObject.CONTACT: "Contact",
    CrmObject.ACCOUNT: "Account",
    CrmObject.OPPORTUNITY: "Opportunity",
    CrmObject.TICKET: "Case",
}
_PLAIN = {"category", "count", "limit", "probability"}
"""The fields of the warning sentences that are not names, and so not quoted."""
_CUSTOM_NAME = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)*")


def export_salesforce(workshop: Workshop, out: Path) -> ExportReport:
    """Write the Salesforce project of ``workshop`` to the folder (or ``.zip``) ``out``."""
    return write_bundle(salesforce_bundle(crm_plan(workshop)), out)


# --- the values and names, decided before any file is written ------------------------------


@dataclass(frozen=True, slots=True)
class _Settings:
    probability: int
    closed: bool
    won: bool
    forecast: ForecastCategory


@dataclass
class _Process:
    """A pipeline as Salesforce gets it: developer name, label, and its stage values."""

    pipeline: PlanPipeline
    name: str
    label: str
    path_name: str
    values: list[tuple[str, PlanStage]] = field(default_factory=list)


@dataclass
class _Project:
    plan: CrmPlan
    bundle: Bundle
    stage_values: dict[str, tuple[str, _Settings]] = field(default_factory=dict)
    """Opportunity stage values by folded name: (full name, settings), in order."""
    processes: list[_Process] = field(default_factory=list)
    lead_statuses: list[tuple[str, LifecycleStatus, bool]] = field(default_factory=list)
    """(full name, status, converted), in order."""
    lead_process: str = ""
    lead_path: str = ""
    field_names: dict[tuple[str, str], str] = field(default_factory=dict)
    """Exported API name of each custom field, by (object, workshop API name)."""
    custom_fields: list[tuple[PlanField, str, str]] = field(default_factory=list)
    """(field, object, exported API name) of each custom field to write."""
    members: dict[str, list[str]] = field(default_factory=dict)

    def say(self, key: str, **names: object) -> None:
        language = self.plan.language
        quotes = {k: v if k in _PLAIN else quoted(language, str(v)) for k, v in names.items()}
        self.bundle.warn(message(language, key, crm=CRM, **quotes))

    def member(self, kind: str, name: str) -> None:
        self.members.setdefault(kind, []).append(name)


def salesforce_bundle(plan: CrmPlan) -> Bundle:
    """The files of the Salesforce project (see the module docstring)."""
    project = _Project(plan, Bundle(FORMAT))
    _decide_stage_values(project)
    _decide_lead_statuses(project)
    _decide_fields(project)
    _write_value_sets(project)
    _write_processes(project)
    _write_fields(project)
    _write_manifest(project)
    _write_readme(project)
    return project.bundle


def _settings(project: _Project, pipeline: PlanPipeline, stage: PlanStage) -> _Settings:
    if pipeline.has_probabilities and stage.probability is None:
        project.say(
            "probability_assumed",
            stage=stage.name,
            pipeline=pipeline.name,
            probability=effective_probability(pipeline, stage),
        )
    forecast = stage.forecast_category
    if stage.won:
        right = ForecastCategory.CLOSED
    elif stage.closed:
        right = ForecastCategory.OMITTED
    elif forecast is ForecastCategory.CLOSED:
        right = ForecastCategory.PIPELINE
    else:
        right = forecast
    if right is not forecast:
        project.say(
            "forecast_fixed", stage=stage.name, pipeline=pipeline.name, category=right.value
        )
    return _Settings(effective_probability(pipeline, stage), stage.closed, stage.won, right)


def _decide_stage_values(project: _Project) -> None:
    plan = project.plan
    values = Names(plan.language, CRM, "what_stage_value", VALUE_LIMIT)
    processes = Names(
        plan.language, CRM, "what_api_name", NAME_LIMIT, make=developer_name, separator="_"
    )
    labels = Names(plan.language, CRM, "what_label", NAME_LIMIT)
    paths = Names(
        plan.language, CRM, "what_api_name", NAME_LIMIT, make=developer_name, separator="_"
    )
    for pipeline in plan.pipelines:
        name = processes.claim(pipeline.name)
        process = _Process(
            pipeline, name, labels.claim(pipeline.name), paths.claim(f"{pipeline.name} Path")
        )
        used: set[str] = set()
        for stage in pipeline.stages:
            settings = _settings(project, pipeline, stage)
            full_name = shorten(stage.name, VALUE_LIMIT)
            known = project.stage_values.get(full_name.casefold())
            if known is None:
                full_name = values.claim(stage.name)
            elif known[1] != settings or full_name.casefold() in used:
                full_name = values.claim(f"{stage.name} ({pipeline.name})")
                project.say(
                    "stage_conflict", stage=stage.name, pipeline=pipeline.name, renamed=full_name
                )
            project.stage_values.setdefault(full_name.casefold(), (full_name, settings))
            used.add(full_name.casefold())
            process.values.append((full_name, stage))
        project.processes.append(process)
    project.bundle.warn(*values.warnings, *processes.warnings, *labels.warnings, *paths.warnings)


def _decide_lead_statuses(project: _Project) -> None:
    plan = project.plan
    statuses = list(plan.lifecycle_statuses)
    converted_at = next((i for i, s in enumerate(statuses) if s.converted), None)
    if converted_at is None and statuses:
        converted_at = len(statuses) - 1
        project.say("no_converted_status", status=statuses[-1].name)
    if converted_at is None:
        return
    names = Names(plan.language, CRM, "what_lead_status", VALUE_LIMIT)
    for position, status in enumerate(statuses[: converted_at + 1]):
        project.lead_statuses.append((names.claim(status.name), status, position == converted_at))
    process = message(plan.language, "lead_process")
    project.lead_process = developer_name(process, NAME_LIMIT)
    project.lead_path = developer_name(process + " Path", NAME_LIMIT)
    project.bundle.warn(*names.warnings)


def _object_of(project: _Project, crm_field: PlanField) -> str | None:
    if crm_field.object is CrmObject.CUSTOM:
        if crm_field.custom_object.lower().endswith("__c"):
            return crm_field.custom_object
        project.say("field_skipped", field=crm_field.label)
        return None
    return OBJECTS[crm_field.object]


def _decide_fields(project: _Project) -> None:
    scopes: dict[str, Names] = {}
    for crm_field in project.plan.fields:
        if not crm_field.api_name.lower().endswith("__c"):
            continue
        entity = _object_of(project, crm_field)
        if entity is None:
            continue
        names = scopes.setdefault(
            entity,
            Names(
                project.plan.language,
                CRM,
                "what_api_name",
                NAME_LIMIT,
                make=developer_name,
                separator="_",
            ),
        )
        base = crm_field.api_name[:-3]
        exported = names.claim(base) + "__c"
        if _CUSTOM_NAME.fullmatch(base) is None:
            project.say("field_renamed", original=crm_field.api_name, renamed=exported)
        project.field_names[(entity, crm_field.api_name)] = exported
        project.custom_fields.append((crm_field, entity, exported))
    for names in scopes.values():
        project.bundle.warn(*names.warnings)


# --- XML -------------------------------------------------------------------------------


def _element(tag: str) -> ET.Element:
    return ET.Element(f"{{{NS}}}{tag}")


def _add(parent: ET.Element, tag: str, value: object = None) -> ET.Element:
    child = ET.SubElement(parent, f"{{{NS}}}{tag}")
    if isinstance(value, bool):
        child.text = "true" if value else "false"
    elif value is not None:
        child.text = str(value)
    return child


def _write(project: _Project, path: str, root: ET.Element) -> None:
    project.bundle.add_xml(f"{SOURCE}/{path}", root, NS)


def _write_value_sets(project: _Project) -> None:
    root = _element("StandardValueSet")
    _add(root, "sorted", False)
    for full_name, settings in project.stage_values.values():
        value = _add(root, "standardValue")
        _add(value, "fullName", full_name)
        _add(value, "default", False)
        _add(value, "label", full_name)
        _add(value, "closed", settings.closed)
        _add(value, "forecastCategory", settings.forecast.value)
        _add(value, "probability", settings.probability)
        _add(value, "won", settings.won)
    if project.stage_values:
        _write(project, "standardValueSets/OpportunityStage.standardValueSet-meta.xml", root)
        project.member("StandardValueSet", "OpportunityStage")
    if not project.lead_statuses:
        return
    root = _element("StandardValueSet")
    _add(root, "sorted", False)
    for position, (full_name, _status, converted) in enumerate(project.lead_statuses):
        value = _add(root, "standardValue")
        _add(value, "fullName", full_name)
        _add(value, "default", position == 0)
        _add(value, "label", full_name)
        _add(value, "closed", converted)
        _add(value, "converted", converted)
    _write(project, "standardValueSets/LeadStatus.standardValueSet-meta.xml", root)
    project.member("StandardValueSet", "LeadStatus")


def _business_process(name: str, values: list[str]) -> ET.Element:
    root = _element("BusinessProcess")
    _add(root, "fullName", name)
    _add(root, "isActive", True)
    for position, value_name in enumerate(values):
        value = _add(root, "values")
        _add(value, "fullName", value_name)
        _add(value, "default", position == 0)
    return root


def _record_type(name: str, label: str) -> ET.Element:
    root = _element("RecordType")
    _add(root, "fullName", name)
    _add(root, "active", True)
    _add(root, "businessProcess", name)
    _add(root, "label", label)
    return root


@dataclass(frozen=True, slots=True)
class _Step:
    value: str
    stage: str
    entry: str
    exit: str
    key_fields: tuple[str, ...]


def _path(
    project: _Project,
    entity: str,
    field_name: str,
    label: str,
    record_type: str,
    steps: list[_Step],
) -> ET.Element:
    root = _element("PathAssistant")
    _add(root, "active", True)
    _add(root, "entityName", entity)
    _add(root, "fieldName", field_name)
    _add(root, "masterLabel", label)
    for step in steps:
        item = _add(root, "pathAssistantSteps")
        for key_field in step.key_fields:
            _add(item, "fieldNames", key_field)
        guidance = _guidance(project, step)
        if guidance:
            _add(item, "info", guidance)
        _add(item, "picklistValueName", step.value)
    _add(root, "recordTypeName", record_type)
    return root


def _guidance_html(language: str, entry: str, exit_: str) -> str:
    parts = []
    for key, text in (("entry_criteria", entry), ("exit_criteria", exit_)):
        if text:
            body = html.escape(text, quote=False).replace("\n", "<br>")
            label = html.escape(message(language, key), quote=False)
            parts.append(f"<p><b>{label}</b>{colon(language)}{body}</p>")
    return "".join(parts)


def _guidance(project: _Project, step: _Step) -> str:
    """The step's criteria as rich text, cut to fit the path's 1,000 characters."""
    language = project.plan.language
    full = _guidance_html(language, step.entry, step.exit)
    if len(full) <= GUIDANCE_LIMIT:
        return full
    low, high = 0, max(len(step.entry), len(step.exit))
    while low < high:
        middle = (low + high + 1) // 2
        if len(_cut_guidance(language, step, middle)) <= GUIDANCE_LIMIT:
            low = middle
        else:
            high = middle - 1
    project.say("guidance_cut", stage=step.stage, limit=GUIDANCE_LIMIT)
    return _cut_guidance(language, step, low)


def _cut_guidance(language: str, step: _Step, keep: int) -> str:
    def cut(text: str) -> str:
        return text if len(text) <= keep else text[:keep].rstrip() + "…"

    return _guidance_html(language, cut(step.entry), cut(step.exit))


def _key_fields(project: _Project, stage: PlanStage, entity: CrmObject) -> tuple[str, ...]:
    names: list[str] = []
    for signal in stage.signals:
        if signal.object is not entity:
            project.say(
                "key_field_elsewhere",
                field=signal.label,
                stage=stage.name,
                object=signal.object.value,
                entity=OBJECTS[entity],
            )
            continue
        name = project.field_names.get((OBJECTS[entity], signal.api_name), signal.api_name)
        if _CUSTOM_NAME.fullmatch(name.removesuffix("__c")) and name not in names:
            names.append(name)
    if len(names) > KEY_FIELDS_LIMIT:
        project.say("key_fields_capped", stage=stage.name, count=len(names), limit=KEY_FIELDS_LIMIT)
    return tuple(names[:KEY_FIELDS_LIMIT])


def _write_processes(project: _Project) -> None:
    for process in project.processes:
        if not process.values:
            continue
        values = [value for value, _stage in process.values]
        _write(
            project,
            f"objects/Opportunity/businessProcesses/{process.name}.businessProcess-meta.xml",
            _business_process(process.name, values),
        )
        _write(
            project,
            f"objects/Opportunity/recordTypes/{process.name}.recordType-meta.xml",
            _record_type(process.name, process.label),
        )
        steps = [
            _Step(
                value,
                stage.name,
                stage.entry_criteria,
                stage.exit_criteria,
                _key_fields(project, stage, CrmObject.OPPORTUNITY),
            )
            for value, stage in process.values
        ]
        path = _path(project, "Opportunity", "StageName", process.label, process.name, steps)
        _write(project, f"pathAssistants/{process.path_name}.pathAssistant-meta.xml", path)
        project.member("BusinessProcess", f"Opportunity.{process.name}")
        project.member("RecordType", f"Opportunity.{process.name}")
        project.member("PathAssistant", process.path_name)
    if not project.lead_statuses:
        return
    name = project.lead_process
    label = shorten(message(project.plan.language, "lead_process"), NAME_LIMIT)
    _write(
        project,
        f"objects/Lead/businessProcesses/{name}.businessProcess-meta.xml",
        _business_process(name, [value for value, _status, _converted in project.lead_statuses]),
    )
    _write(
        project, f"objects/Lead/recordTypes/{name}.recordType-meta.xml", _record_type(name, label)
    )
    steps = []
    for value, status, _converted in project.lead_statuses:
        stage = project.plan.journey_stage(status.stages[0]) if status.stages else None
        steps.append(
            _Step(
                value,
                status.name,
                stage.entry_criteria if stage else "",
                stage.exit_criteria if stage else "",
                (),
            )
        )
    path = _path(project, "Lead", "Status", label, name, steps)
    _write(project, f"pathAssistants/{project.lead_path}.pathAssistant-meta.xml", path)
    project.member("BusinessProcess", f"Lead.{name}")
    project.member("RecordType", f"Lead.{name}")
    project.member("PathAssistant", project.lead_path)


# --- custom fields ----------------------------------------------------------------------

_TYPES = {
    CrmFieldType.TEXT: "Text",
    CrmFieldType.NUMBER: "Number",
    CrmFieldType.CURRENCY: "Currency",
    CrmFieldType.PERCENT: "Percent",
    CrmFieldType.DATE: "Date",
    CrmFieldType.CHECKBOX: "Checkbox",
    CrmFieldType.PICKLIST: "Picklist",
    CrmFieldType.MULTI_PICKLIST: "MultiselectPicklist",
    CrmFieldType.EMAIL: "Email",
    CrmFieldType.PHONE: "Phone",
    CrmFieldType.URL: "Url",
}
_DIGITS = {
    CrmFieldType.NUMBER: (18, 0),
    CrmFieldType.CURRENCY: (18, 2),
    CrmFieldType.PERCENT: (5, 2),
}
"""(precision, scale) of the number types."""
_PICKLISTS = (CrmFieldType.PICKLIST, CrmFieldType.MULTI_PICKLIST)


def _custom_field(project: _Project, crm_field: PlanField, name: str, labels: Names) -> ET.Element:
    """A CustomField, its elements in the order the Metadata API schema sets."""
    kind = crm_field.type
    root = _element("CustomField")
    _add(root, "fullName", name)
    if kind is CrmFieldType.CHECKBOX:
        _add(root, "defaultValue", False)
    _add(root, "label", labels.claim(crm_field.label))
    if kind is CrmFieldType.TEXT:
        _add(root, "length", 255)
    if kind in _DIGITS:
        _add(root, "precision", _DIGITS[kind][0])
    if kind is not CrmFieldType.CHECKBOX:
        _add(root, "required", False)
    if kind in _DIGITS:
        _add(root, "scale", _DIGITS[kind][1])
    _add(root, "type", _TYPES[kind])
    if kind in _PICKLISTS:
        value_set = _add(root, "valueSet")
        _add(value_set, "restricted", True)
        definition = _add(value_set, "valueSetDefinition")
        _add(definition, "sorted", False)
        values = Names(project.plan.language, CRM, "what_option", VALUE_LIMIT)
        for allowed in crm_field.allowed_values:
            value_name = values.claim(allowed)
            value = _add(definition, "value")
            _add(value, "fullName", value_name)
            _add(value, "default", False)
            _add(value, "label", value_name)
        project.bundle.warn(*values.warnings)
    if kind is CrmFieldType.MULTI_PICKLIST:
        _add(root, "visibleLines", 4)
    return root


def _write_fields(project: _Project) -> None:
    labels: dict[str, Names] = {}
    for crm_field, entity, name in project.custom_fields:
        scope = labels.setdefault(
            entity, Names(project.plan.language, CRM, "what_label", NAME_LIMIT)
        )
        _write(
            project,
            f"objects/{entity}/fields/{name}.field-meta.xml",
            _custom_field(project, crm_field, name, scope),
        )
        project.member("CustomField", f"{entity}.{name}")
    for scope in labels.values():
        project.bundle.warn(*scope.warnings)


# --- project files ----------------------------------------------------------------------


def _write_manifest(project: _Project) -> None:
    root = _element("Package")
    for kind in sorted(project.members):
        types = _add(root, "types")
        for member in sorted(set(project.members[kind])):
            _add(types, "members", member)
        _add(types, "name", kind)
    _add(root, "version", API_VERSION)
    project.bundle.add_xml("manifest/package.xml", root, NS)
    project.bundle.add_json(
        "sfdx-project.json",
        {
            "name": slug(project.plan.workshop) or "journey-studio",
            "namespace": "",
            "packageDirectories": [{"default": True, "path": "force-app"}],
            "sfdcLoginUrl": "https://login.salesforce.com",
            "sourceApiVersion": API_VERSION,
        },
    )


def _write_readme(project: _Project) -> None:
    plan = project.plan
    language = plan.language
    converted = message(language, "converted_marker")
    after = plan.lifecycle_statuses[len(project.lead_statuses) :]
    text = render_readme(
        FORMAT,
        language,
        workshop=md(plan.workshop),
        api_version=API_VERSION,
        pipelines=bullets(
            (
                f"{md(p.pipeline.name)}{colon(language)}{code(p.name)}"
                for p in project.processes
                if p.values
            ),
            nested=True,
        ),
        stage_count=str(len(project.stage_values)),
        lead_statuses=bullets(
            (
                md(value) + (f" ({converted})" if is_converted else "")
                for value, _status, is_converted in project.lead_statuses
            ),
            nested=True,
        ),
        after_conversion=bullets(md(status.name) for status in after),
        fields=bullets(
            sorted(code(f"{entity}.{name}") for _field, entity, name in project.custom_fields),
            nested=True,
        ),
    )
    project.bundle.add_text("README.md", text)
