"""The neutral CRM plan: the whole plan as JSON or YAML, for any other CRM or a script.

The format (``"format": "journey-studio/crm-plan/1"``) is described by the JSON Schema
packaged as ``resources/crm/crm-plan.schema.json``, which every export also carries. Keys
are sorted; lists keep the workshop's order. No ids: names are the keys, as the consultant
wrote them.

``--format json`` or ``yaml`` with an output ending in ``.json``, ``.yaml`` or ``.yml``
writes just the plan file; any other output is a folder (or a zip) with the plan, its
schema and a README. :func:`read_plan` reads a plan file (or such a folder) back, and
:func:`plan_from_dict` checks the data on the way: a plan read back equals the plan written.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import TYPE_CHECKING, Any

from journey_studio import assets
from journey_studio.exporters.crm.bundle import (
    Bundle,
    ExportReport,
    json_text,
    write_bundle,
    write_file,
)
from journey_studio.exporters.crm.plan import (
    CrmPlan,
    JourneyStage,
    Kpi,
    LifecycleStatus,
    PlanField,
    PlanPipeline,
    PlanStage,
    Signal,
    crm_plan,
)
from journey_studio.exporters.crm.readme import md, render_readme
from journey_studio.model.vocabulary import CrmFieldType, CrmObject, ForecastCategory

if TYPE_CHECKING:
    from journey_studio.model.workshop import Workshop

PLAN_FORMAT = "journey-studio/crm-plan/1"
SCHEMA_RESOURCE = ("crm", "crm-plan.schema.json")
PLAN_FILES = {"json": "crm-plan.json", "yaml": "crm-plan.yaml"}
SINGLE_FILE_SUFFIXES = {"json": (".json",), "yaml": (".yaml", ".yml")}

Data = dict[str, Any]


class InvalidCrmPlan(ValueError):
    """The data is not a CRM plan; the message says where."""


# --- writing ---------------------------------------------------------------------------


def export_json(workshop: Workshop, out: Path) -> ExportReport:
    """Write the plan as JSON: a file if ``out`` ends in ``.json``, else a folder or zip."""
    return _export(crm_plan(workshop), Path(out), "json")


def export_yaml(workshop: Workshop, out: Path) -> ExportReport:
    """Write the plan as YAML: a file if ``out`` ends in ``.yaml``/``.yml``, else a folder."""
    return _export(crm_plan(workshop), Path(out), "yaml")


def plan_json(plan: CrmPlan) -> str:
    return json_text(plan_to_dict(plan))


def plan_yaml(plan: CrmPlan) -> str:
    import yaml

    return yaml.safe_dump(
        plan_to_dict(plan), allow_unicode=True, sort_keys=True, default_flow_style=False
    )


def schema_text() -> str:
    """The JSON Schema of the neutral format, as packaged."""
    return assets.resource_text(*SCHEMA_RESOURCE)


def _export(plan: CrmPlan, out: Path, kind: str) -> ExportReport:
    text = plan_json(plan) if kind == "json" else plan_yaml(plan)
    if out.suffix.lower() in SINGLE_FILE_SUFFIXES[kind]:
        write_file(text.encode("utf-8"), out)
        return ExportReport(kind, out, (out.name,))
    bundle = Bundle(kind)
    bundle.add_text(PLAN_FILES[kind], text)
    bundle.add_text("crm-plan.schema.json", schema_text())
    bundle.add_text(
        "README.md",
        render_readme("neutral", plan.language, workshop=md(plan.workshop), plan=PLAN_FILES[kind]),
    )
    return write_bundle(bundle, out)


def plan_to_dict(plan: CrmPlan) -> Data:
    """The plan as JSON-ready data (see ``crm-plan.schema.json``)."""
    return {
        "format": PLAN_FORMAT,
        "workshop": plan.workshop,
        "language": plan.language,
        "converted_status": plan.converted_status,
        "converted_inferred_from": plan.converted_inferred_from,
        "lifecycle_field": plan.lifecycle_field,
        "lifecycle_statuses": [
            {"name": s.name, "stages": list(s.stages), "converted": s.converted}
            for s in plan.lifecycle_statuses
        ],
        "stages": [
            {
                "name": stage.name,
                "lifecycle_status": stage.lifecycle_status,
                "entry_criteria": stage.entry_criteria,
                "exit_criteria": stage.exit_criteria,
                "kpis": [
                    {"name": kpi.name, "target": _number(kpi.target), "unit": kpi.unit}
                    for kpi in stage.kpis
                ],
            }
            for stage in plan.stages
        ],
        "pipelines": [
            {
                "name": pipeline.name,
                "team": pipeline.team,
                "colour": pipeline.colour,
                "stages": [
                    _stage_to_dict(stage, order)
                    for order, stage in enumerate(pipeline.stages, start=1)
                ],
            }
            for pipeline in plan.pipelines
        ],
        "crm_fields": [
            {
                "label": f.label,
                "api_name": f.api_name,
                "object": f.object.value,
                "custom_object": f.custom_object,
                "type": f.type.value,
                "allowed_values": list(f.allowed_values),
            }
            for f in plan.fields
        ],
    }


def _number(value: float | None) -> float | None:
    return value if value is None or math.isfinite(value) else None


def _stage_to_dict(stage: PlanStage, order: int) -> Data:
    return {
        "name": stage.name,
        "order": order,
        "probability": stage.probability,
        "closed": stage.closed,
        "won": stage.won,
        "forecast_category": stage.forecast_category.value,
        "stale_after_days": stage.stale_after_days,
        "entry_criteria": stage.entry_criteria,
        "exit_criteria": stage.exit_criteria,
        "journey_stage": stage.journey_stage,
        "signals": [
            {
                "api_name": signal.api_name,
                "label": signal.label,
                "object": signal.object.value,
                "value": signal.value,
            }
            for signal in stage.signals
        ],
    }


# --- reading ---------------------------------------------------------------------------


def read_plan(path: Path) -> CrmPlan:
    """The plan in a ``.json``/``.yaml`` file, or in an export folder holding one."""
    path = Path(path)
    if path.is_dir():
        found = [path / name for name in PLAN_FILES.values() if (path / name).is_file()]
        if not found:
            raise InvalidCrmPlan(f"The folder {path} holds no crm-plan.json or crm-plan.yaml.")
        path = found[0]
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise InvalidCrmPlan(f"Journey Studio could not read {path}: {error}.") from error
    if path.suffix.lower() in (".yaml", ".yml"):
        import yaml

        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError as error:
            raise InvalidCrmPlan(f"{path} is not valid YAML ({error}).") from error
    else:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            raise InvalidCrmPlan(f"{path} is not valid JSON ({error}).") from error
    return plan_from_dict(data)


def plan_from_dict(data: object) -> CrmPlan:
    """The plan these data describe; :class:`InvalidCrmPlan` says what is wrong."""
    root = _object(data, "the plan")
    if root.get("format") != PLAN_FORMAT:
        raise InvalidCrmPlan(f"This is not a CRM plan in the {PLAN_FORMAT} format.")
    return CrmPlan(
        workshop=_text(root, "workshop"),
        language=_text(root, "language"),
        converted_status=_text(root, "converted_status"),
        converted_inferred_from=_text(root, "converted_inferred_from"),
        lifecycle_field=_text(root, "lifecycle_field"),
        lifecycle_statuses=tuple(
            LifecycleStatus(
                name=_text(s, "name"),
                stages=tuple(_texts(s, "stages")),
                converted=_flag(s, "converted"),
            )
            for s in _objects(root, "lifecycle_statuses")
        ),
        stages=tuple(
            JourneyStage(
                name=_text(s, "name"),
                lifecycle_status=_text(s, "lifecycle_status"),
                entry_criteria=_text(s, "entry_criteria"),
                exit_criteria=_text(s, "exit_criteria"),
                kpis=tuple(
                    Kpi(_text(k, "name"), _optional_number(k, "target"), _text(k, "unit"))
                    for k in _objects(s, "kpis")
                ),
            )
            for s in _objects(root, "stages")
        ),
        pipelines=tuple(
            PlanPipeline(
                name=_text(p, "name"),
                team=_text(p, "team"),
                colour=_text(p, "colour"),
                stages=tuple(_stage_from_dict(s) for s in _objects(p, "stages")),
            )
            for p in _objects(root, "pipelines")
        ),
        fields=tuple(
            PlanField(
                label=_text(f, "label"),
                api_name=_text(f, "api_name"),
                object=_choice(CrmObject, f, "object"),
                custom_object=_text(f, "custom_object"),
                type=_choice(CrmFieldType, f, "type"),
                allowed_values=tuple(_texts(f, "allowed_values")),
            )
            for f in _objects(root, "crm_fields")
        ),
    )


def _stage_from_dict(data: Data) -> PlanStage:
    probability = _optional_int(data, "probability")
    if probability is not None and not 0 <= probability <= 100:
        raise InvalidCrmPlan(f"The probability of stage {data.get('name')!r} is not 0 to 100.")
    return PlanStage(
        name=_text(data, "name"),
        probability=probability,
        closed=_flag(data, "closed"),
        won=_flag(data, "won"),
        forecast_category=_choice(ForecastCategory, data, "forecast_category"),
        stale_after_days=_optional_int(data, "stale_after_days"),
        entry_criteria=_text(data, "entry_criteria"),
        exit_criteria=_text(data, "exit_criteria"),
        journey_stage=_text(data, "journey_stage"),
        signals=tuple(
            Signal(
                api_name=_text(s, "api_name"),
                label=_text(s, "label"),
                object=_choice(CrmObject, s, "object"),
                value=_text(s, "value"),
            )
            for s in _objects(data, "signals")
        ),
    )


def _object(value: object, where: str) -> Data:
    if not isinstance(value, dict):
        raise InvalidCrmPlan(f"{where.capitalize()} should be an object.")
    return value


def _objects(data: Data, key: str) -> list[Data]:
    items = data.get(key, [])
    if not isinstance(items, list):
        raise InvalidCrmPlan(f"{key!r} should be a list.")
    return [_object(item, f"each item of {key!r}") for item in items]


def _text(data: Data, key: str) -> str:
    value = data.get(key, "")
    if not isinstance(value, str):
        raise InvalidCrmPlan(f"{key!r} should be text, found {value!r}.")
    return value


def _texts(data: Data, key: str) -> list[str]:
    values = data.get(key, [])
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise InvalidCrmPlan(f"{key!r} should be a list of texts.")
    return values


def _flag(data: Data, key: str) -> bool:
    value = data.get(key, False)
    if not isinstance(value, bool):
        raise InvalidCrmPlan(f"{key!r} should be true or false, found {value!r}.")
    return value


def _optional_int(data: Data, key: str) -> int | None:
    value = data.get(key)
    if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
        raise InvalidCrmPlan(f"{key!r} should be a whole number or null, found {value!r}.")
    return value


def _optional_number(data: Data, key: str) -> float | None:
    value = data.get(key)
    if value is not None and (isinstance(value, bool) or not isinstance(value, int | float)):
        raise InvalidCrmPlan(f"{key!r} should be a number or null, found {value!r}.")
    return None if value is None else float(value)


def _choice(kind: Any, data: Data, key: str) -> Any:
    value = data.get(key)
    try:
        return kind(value)
    except ValueError:
        choices = ", ".join(member.value for member in kind)
        raise InvalidCrmPlan(f"{key!r} should be one of {choices}, found {value!r}.") from None
