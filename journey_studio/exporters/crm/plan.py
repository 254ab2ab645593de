"""The CRM plan: what a workshop asks of the CRM, in one Qt-free value every export reads.

:func:`crm_plan` derives it from a :class:`~journey_studio.model.workshop.Workshop`:

- the **lifecycle statuses** in journey order (Lead, MQL, SQL, Opportunity, Customer, ...),
  each once, with the journey stages that use it and which one means "converted". Statuses
  that only appear in the workshop's lifecycle picklist field (how the templates express
  "At-risk customer") are slotted in after the status that precedes them in the picklist;
- the **journey stages** with their status, criteria and KPIs;
- the **pipelines** with their stages: order, probability, closed, won, forecast category,
  days before stale, entry and exit criteria, the journey stage each belongs to, and the
  CRM fields (with values) whose change signals the stage;
- the **CRM fields** the workshop names.

The plan holds no ids: everything is named as the consultant named it, so the same workshop
loaded twice gives equal plans. Text is cleaned once here for every format: names on one
line, new lines as ``\\n``, no control characters that XML cannot carry.

:func:`plan_problems` lists what a CRM admin would be missing, one sentence each, in the
workshop's language; ``journey-studio check`` reports them.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from journey_studio.exporters.crm.messages import message, quoted
from journey_studio.model.vocabulary import CrmFieldType, CrmObject, ForecastCategory

if TYPE_CHECKING:
    from journey_studio.model.workshop import PipelineStage, Workshop

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
_SPACES = re.compile(r"\s+")
_LINE_BREAKS = re.compile("\r\n|[\r\x85\u2028\u2029]")
_NAMES = {"stage", "first", "second"}
"""The fields of the problem sentences that are names, and so quoted."""


@dataclass(frozen=True, slots=True)
class Kpi:
    name: str
    target: float | None = None
    unit: str = ""


@dataclass(frozen=True, slots=True)
class LifecycleStatus:
    """A value of the lifecycle status (Lead, MQL, ...), in journey order."""

    name: str
    stages: tuple[str, ...] = ()
    """The journey stages that put a contact in this status (none for a picklist-only one)."""
    converted: bool = False


@dataclass(frozen=True, slots=True)
class JourneyStage:
    """A column of the map, as the CRM sees it."""

    name: str
    lifecycle_status: str = ""
    entry_criteria: str = ""
    exit_criteria: str = ""
    kpis: tuple[Kpi, ...] = ()


@dataclass(frozen=True, slots=True)
class Signal:
    """A CRM field whose value signals a pipeline stage ("lifecyclestage = MQL")."""

    api_name: str
    label: str
    object: CrmObject
    value: str = ""


@dataclass(frozen=True, slots=True)
class PlanStage:
    """A stage of a pipeline."""

    name: str
    probability: int | None = None
    """Win probability in percent, or None when the workshop gives none."""
    closed: bool = False
    won: bool = False
    forecast_category: ForecastCategory = ForecastCategory.PIPELINE
    stale_after_days: int | None = None
    entry_criteria: str = ""
    exit_criteria: str = ""
    journey_stage: str = ""
    """The name of the journey stage it belongs to, or empty."""
    signals: tuple[Signal, ...] = ()

    @property
    def lost(self) -> bool:
        return self.closed and not self.won


@dataclass(frozen=True, slots=True)
class PlanPipeline:
    """A team's pipeline and its stages, in order."""

    name: str
    team: str = ""
    colour: str = ""
    stages: tuple[PlanStage, ...] = ()

    @property
    def has_probabilities(self) -> bool:
        """Whether this is a deal pipeline: at least one stage carries a win probability."""
        return any(stage.probability is not None for stage in self.stages)

    @property
    def open_stages(self) -> tuple[PlanStage, ...]:
        return tuple(stage for stage in self.stages if not stage.closed)


@dataclass(frozen=True, slots=True)
class PlanField:
    """A CRM field the workshop names (UTM source, lead score, NPS, ...)."""

    label: str
    api_name: str
    object: CrmObject = CrmObject.CONTACT
    custom_object: str = ""
    type: CrmFieldType = CrmFieldType.TEXT
    allowed_values: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CrmPlan:
    """Everything the CRM exports need, derived from one workshop."""

    workshop: str
    language: str = "fr"
    converted_status: str = ""
    """The status that means "converted", or empty when there is none."""
    converted_inferred_from: str = ""
    """When the workshop names no converted status: the pipeline it was inferred from."""
    lifecycle_field: str = ""
    """The API name of the picklist field that holds the lifecycle status, if any."""
    lifecycle_statuses: tuple[LifecycleStatus, ...] = ()
    stages: tuple[JourneyStage, ...] = ()
    pipelines: tuple[PlanPipeline, ...] = ()
    fields: tuple[PlanField, ...] = ()

    def status(self, name: str) -> LifecycleStatus | None:
        wanted = name.casefold()
        return next((s for s in self.lifecycle_statuses if s.name.casefold() == wanted), None)

    def journey_stage(self, name: str) -> JourneyStage | None:
        return next((stage for stage in self.stages if stage.name == name), None)


# --- text -------------------------------------------------------------------------------


def clean_text(text: str) -> str:
    """Criteria and other long text: every line break as ``\\n``, no control characters."""
    text = _LINE_BREAKS.sub("\n", text)
    return _CONTROL.sub("", text).strip()


def clean_name(text: str) -> str:
    """A name: one line, single spaces, no control characters."""
    return _SPACES.sub(" ", _CONTROL.sub("", text)).strip()


# --- building the plan --------------------------------------------------------------------


def crm_plan(workshop: Workshop) -> CrmPlan:
    """The CRM plan of a workshop (see the module docstring)."""
    language = workshop.language
    stages = tuple(
        JourneyStage(
            name=clean_name(stage.name) or message(language, "unnamed_stage", number=number),
            lifecycle_status=clean_name(stage.lifecycle_status),
            entry_criteria=clean_text(stage.entry_criteria),
            exit_criteria=clean_text(stage.exit_criteria),
            kpis=tuple(
                Kpi(clean_name(kpi.name), _finite(kpi.target), clean_name(kpi.unit))
                for kpi in stage.kpis
            ),
        )
        for number, stage in enumerate(workshop.stages, start=1)
    )
    stage_names = {
        stage.id: planned.name for stage, planned in zip(workshop.stages, stages, strict=True)
    }
    fields = tuple(
        PlanField(
            label=clean_name(field.label) or clean_name(field.api_name),
            api_name=clean_name(field.api_name),
            object=field.object,
            custom_object=clean_name(field.custom_object),
            type=field.type,
            allowed_values=_unique(clean_name(value) for value in field.allowed_values),
        )
        for field in workshop.crm_fields
    )
    fields_by_id = dict(zip((field.id for field in workshop.crm_fields), fields, strict=True))
    pipelines = tuple(
        PlanPipeline(
            name=clean_name(pipeline.name) or message(language, "unnamed_pipeline", number=number),
            team=clean_name(pipeline.team),
            colour=pipeline.colour,
            stages=tuple(
                _plan_stage(stage, position, stage_names, fields_by_id, language)
                for position, stage in enumerate(pipeline.stages, start=1)
            ),
        )
        for number, pipeline in enumerate(workshop.pipelines, start=1)
    )
    lifecycle_field = _lifecycle_field(stages, fields)
    names = _status_order(stages, lifecycle_field)
    converted, inferred_from = _converted(workshop.converted_status, names, pipelines, stages)
    statuses = tuple(
        LifecycleStatus(
            name=name,
            stages=tuple(
                s.name for s in stages if s.lifecycle_status.casefold() == name.casefold()
            ),
            converted=name == converted,
        )
        for name in names
    )
    return CrmPlan(
        workshop=clean_name(workshop.name),
        language=language,
        converted_status=converted,
        converted_inferred_from=inferred_from,
        lifecycle_field=lifecycle_field.api_name if lifecycle_field else "",
        lifecycle_statuses=statuses,
        stages=stages,
        pipelines=pipelines,
        fields=fields,
    )


def _plan_stage(
    stage: PipelineStage,
    position: int,
    stage_names: dict[str, str],
    fields_by_id: dict[str, PlanField],
    language: str,
) -> PlanStage:
    signals = []
    for link in stage.signal_fields:
        field = fields_by_id.get(link.field_id)
        if field is not None:
            signals.append(
                Signal(field.api_name, field.label, field.object, clean_name(link.value))
            )
    return PlanStage(
        name=clean_name(stage.name) or message(language, "unnamed_stage", number=position),
        probability=stage.probability,
        closed=stage.closed or stage.won,
        won=stage.won,
        forecast_category=stage.forecast_category,
        stale_after_days=stage.stale_after_days,
        entry_criteria=clean_text(stage.entry_criteria),
        exit_criteria=clean_text(stage.exit_criteria),
        journey_stage=stage_names.get(stage.stage_id or "", ""),
        signals=tuple(signals),
    )


def _finite(value: float | None) -> float | None:
    return None if value is None or not math.isfinite(value) else float(value)


def _unique(names: Iterable[str]) -> tuple[str, ...]:
    """Non-empty names, each once (the first spelling wins, case-insensitively)."""
    seen: set[str] = set()
    kept = []
    for name in names:
        if name and name.casefold() not in seen:
            seen.add(name.casefold())
            kept.append(name)
    return tuple(kept)


def _lifecycle_field(
    stages: tuple[JourneyStage, ...], fields: tuple[PlanField, ...]
) -> PlanField | None:
    """The picklist field whose values include every status the stages use, if any."""
    used = {stage.lifecycle_status.casefold() for stage in stages if stage.lifecycle_status}
    if not used:
        return None
    for field in fields:
        values = {value.casefold() for value in field.allowed_values}
        if field.type is CrmFieldType.PICKLIST and used <= values:
            return field
    return None


def _status_order(stages: tuple[JourneyStage, ...], picklist: PlanField | None) -> list[str]:
    """The statuses in stage order, with the picklist's other values slotted in."""
    order = list(_unique(stage.lifecycle_status for stage in stages))
    if picklist is None:
        return order
    anchor = -1
    for value in picklist.allowed_values:
        folded = [name.casefold() for name in order]
        if value.casefold() in folded:
            anchor = folded.index(value.casefold())
        else:
            anchor += 1
            order.insert(anchor, value)
    return order


def _converted(
    named: str,
    statuses: list[str],
    pipelines: tuple[PlanPipeline, ...],
    stages: tuple[JourneyStage, ...],
) -> tuple[str, str]:
    """The converted status and, when inferred, the pipeline it was inferred from.

    The workshop's own choice wins. Otherwise a lead is taken to be converted when it
    enters the first deal pipeline: the status of the journey stage of that pipeline's
    first stage with a win probability.
    """
    named = clean_name(named)
    if named:
        match = next((s for s in statuses if s.casefold() == named.casefold()), named)
        return match, ""
    by_name = {stage.name: stage for stage in stages}
    for pipeline in pipelines:
        for stage in pipeline.stages:
            journey_stage = by_name.get(stage.journey_stage)
            if stage.probability is not None and journey_stage and journey_stage.lifecycle_status:
                status = journey_stage.lifecycle_status
                return next(s for s in statuses if s.casefold() == status.casefold()), pipeline.name
    return "", ""


# --- what an admin would miss ------------------------------------------------------------


def plan_problems(plan: CrmPlan) -> list[str]:
    """What a CRM admin would be missing, one sentence each, in the workshop's language."""
    language = plan.language

    def q(text: str) -> str:
        return quoted(language, text)

    problems: list[str] = []
    if not plan.converted_status:
        if plan.lifecycle_statuses:
            problems.append(message(language, "converted_missing"))
    elif plan.converted_inferred_from:
        problems.append(
            message(
                language,
                "converted_inferred",
                status=q(plan.converted_status),
                pipeline=q(plan.converted_inferred_from),
            )
        )
    elif plan.status(plan.converted_status) is None:
        problems.append(message(language, "converted_unknown", status=q(plan.converted_status)))
    used = {s.casefold() for p in plan.pipelines for st in p.stages for s in _stage_statuses(st)}
    for status in plan.lifecycle_statuses:
        if not status.stages and status.name.casefold() not in used:
            problems.append(message(language, "status_unused", status=q(status.name)))
    for pipeline in plan.pipelines:
        problems += _pipeline_problems(pipeline, language)
    return problems


def _stage_statuses(stage: PlanStage) -> list[str]:
    """The statuses a pipeline stage stands for: its own name and its signal values."""
    return [stage.name] + [signal.value for signal in stage.signals if signal.value]


def _pipeline_problems(pipeline: PlanPipeline, language: str) -> list[str]:
    def say(key: str, **names: object) -> str:
        quotes = {k: quoted(language, v) if k in _NAMES else v for k, v in names.items()}
        return message(language, key, pipeline=quoted(language, pipeline.name), **quotes)

    if not pipeline.stages:
        return [say("pipeline_empty")]
    problems: list[str] = []
    if pipeline.has_probabilities:
        if not any(stage.won for stage in pipeline.stages):
            problems.append(say("pipeline_no_won"))
        if not any(stage.lost for stage in pipeline.stages):
            problems.append(say("pipeline_no_lost"))
        previous: PlanStage | None = None
        for stage in pipeline.open_stages:
            if stage.probability is None:
                problems.append(say("probability_missing", stage=stage.name))
                continue
            if previous is not None and stage.probability < (previous.probability or 0):
                problems.append(
                    say(
                        "probability_down",
                        before=previous.probability,
                        after=stage.probability,
                        first=previous.name,
                        second=stage.name,
                    )
                )
            previous = stage
    seen: set[str] = set()
    for stage in pipeline.stages:
        if stage.name.casefold() in seen:
            problems.append(say("stage_duplicate", stage=stage.name))
        seen.add(stage.name.casefold())
        problems += _stage_problems(stage, say)
    return problems


def _stage_problems(stage: PlanStage, say: Callable[..., str]) -> list[str]:
    problems = []
    if not stage.entry_criteria and not stage.exit_criteria:
        problems.append(say("stage_no_criteria", stage=stage.name))
    elif not stage.entry_criteria:
        problems.append(say("stage_no_entry", stage=stage.name))
    elif not stage.exit_criteria:
        problems.append(say("stage_no_exit", stage=stage.name))
    category = stage.forecast_category
    if stage.won and category is not ForecastCategory.CLOSED:
        problems.append(say("won_forecast", stage=stage.name, category=category.value))
    if stage.lost and category is not ForecastCategory.OMITTED:
        problems.append(say("lost_forecast", stage=stage.name, category=category.value))
    if stage.won and stage.probability not in (None, 100):
        problems.append(say("won_probability", stage=stage.name, probability=stage.probability))
    if stage.lost and stage.probability not in (None, 0):
        problems.append(say("lost_probability", stage=stage.name, probability=stage.probability))
    return problems


def effective_probability(pipeline: PlanPipeline, stage: PlanStage) -> int:
    """The probability a CRM that needs one gets: the stage's own, else a derived one.

    Won stages 100, lost ones 0, an open stage without one takes the previous open stage's
    (0 for the first).
    """
    if stage.probability is not None:
        return stage.probability
    if stage.won:
        return 100
    if stage.closed:
        return 0
    known = 0
    for other in pipeline.open_stages:
        if other is stage:
            return known
        if other.probability is not None:
            known = other.probability
    return known
