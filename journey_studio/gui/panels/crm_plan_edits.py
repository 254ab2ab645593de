"""The edits the CRM plan panel makes, each one undo step named in the consultant's words.

Every change is a model edit from :mod:`journey_studio.model.edits`, wrapped in a
:class:`~journey_studio.model.edits.Compound` whose label names the step in the undo
history ("Set win probability", "Mark stage won", ...). Marking a stage won or lost also
sets what goes with it in a CRM: closed, the forecast category, and 100 % or 0 %.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from journey_studio import model
from journey_studio.model import edits
from journey_studio.model.edits import Compound, Edit
from journey_studio.model.vocabulary import ForecastCategory

SET_LIFECYCLE_STATUS = QT_TRANSLATE_NOOP("Edits", "Set lifecycle status")
SET_CONVERTED_STATUS = QT_TRANSLATE_NOOP("Edits", "Set converted status")
RENAME_PIPELINE = QT_TRANSLATE_NOOP("Edits", "Rename pipeline")
SET_PIPELINE_TEAM = QT_TRANSLATE_NOOP("Edits", "Set pipeline team")
SET_PIPELINE_COLOUR = QT_TRANSLATE_NOOP("Edits", "Set pipeline colour")
RENAME_PIPELINE_STAGE = QT_TRANSLATE_NOOP("Edits", "Rename pipeline stage")
SET_PROBABILITY = QT_TRANSLATE_NOOP("Edits", "Set win probability")
SET_FORECAST = QT_TRANSLATE_NOOP("Edits", "Set forecast category")
SET_STALE_DAYS = QT_TRANSLATE_NOOP("Edits", "Set days before stale")
SET_ENTRY_CRITERIA = QT_TRANSLATE_NOOP("Edits", "Edit entry criteria")
SET_EXIT_CRITERIA = QT_TRANSLATE_NOOP("Edits", "Edit exit criteria")
SET_JOURNEY_STAGE = QT_TRANSLATE_NOOP("Edits", "Set journey stage")
SET_SIGNAL_FIELDS = QT_TRANSLATE_NOOP("Edits", "Set signal fields")
MARK_WON = QT_TRANSLATE_NOOP("Edits", "Mark stage won")
MARK_LOST = QT_TRANSLATE_NOOP("Edits", "Mark stage lost")
REOPEN_STAGE = QT_TRANSLATE_NOOP("Edits", "Reopen stage")

PIPELINE_COLOURS = ("#3C8D93", "#E07B39", "#5B7DB1", "#8E6BB8", "#C0392B", "#7F8C8D")
"""Colours given to new pipelines in turn."""

_STAGE_LABELS = {
    "name": RENAME_PIPELINE_STAGE,
    "probability": SET_PROBABILITY,
    "forecast_category": SET_FORECAST,
    "stale_after_days": SET_STALE_DAYS,
    "entry_criteria": SET_ENTRY_CRITERIA,
    "exit_criteria": SET_EXIT_CRITERIA,
    "stage_id": SET_JOURNEY_STAGE,
    "signal_fields": SET_SIGNAL_FIELDS,
}
_PIPELINE_LABELS = {
    "name": RENAME_PIPELINE,
    "team": SET_PIPELINE_TEAM,
    "colour": SET_PIPELINE_COLOUR,
}


def set_stage_field(stage_id: str, name: str, value: Any) -> Edit:
    """Set one field of a pipeline stage, as an undo step named after the field."""
    return Compound((edits.UpdatePipelineStage(stage_id, {name: value}),), _STAGE_LABELS[name])


def set_pipeline_field(pipeline_id: str, name: str, value: Any) -> Edit:
    return Compound((edits.UpdatePipeline(pipeline_id, {name: value}),), _PIPELINE_LABELS[name])


def set_lifecycle_status(stage_id: str, status: str) -> Edit:
    """Put a journey stage in a lifecycle status (Lead, MQL, ...)."""
    return Compound(
        (edits.UpdateStage(stage_id, {"lifecycle_status": status}),), SET_LIFECYCLE_STATUS
    )


def set_converted_status(workshop: model.Workshop, status: str) -> Edit:
    """Say which lifecycle status means "converted" (empty: none chosen)."""
    edit = edits.UpdateWorkshop(workshop.id, {"converted_status": status})
    return Compound((edit,), SET_CONVERTED_STATUS)


def _uses_probabilities(pipeline: model.Pipeline) -> bool:
    return any(stage.probability is not None for stage in pipeline.stages)


def mark_won(pipeline: model.Pipeline, stage: model.PipelineStage, won: bool) -> Edit:
    """Mark a stage won (closed, forecast Closed, 100 %) or, unmarked, lost."""
    if not won:
        return mark_closed(pipeline, stage, closed=True)
    values: dict[str, Any] = {
        "won": True,
        "closed": True,
        "forecast_category": ForecastCategory.CLOSED,
    }
    if _uses_probabilities(pipeline):
        values["probability"] = 100
    return Compound((edits.UpdatePipelineStage(stage.id, values),), MARK_WON)


def mark_closed(pipeline: model.Pipeline, stage: model.PipelineStage, closed: bool) -> Edit:
    """Mark a stage closed and lost (forecast Omitted, 0 %), or open it again."""
    if closed:
        values: dict[str, Any] = {
            "won": False,
            "closed": True,
            "forecast_category": ForecastCategory.OMITTED,
        }
        if _uses_probabilities(pipeline):
            values["probability"] = 0
        return Compound((edits.UpdatePipelineStage(stage.id, values),), MARK_LOST)
    values = {"won": False, "closed": False}
    if stage.forecast_category in (ForecastCategory.CLOSED, ForecastCategory.OMITTED):
        values["forecast_category"] = ForecastCategory.PIPELINE
    return Compound((edits.UpdatePipelineStage(stage.id, values),), REOPEN_STAGE)


def new_stage_position(pipeline: model.Pipeline, after_id: str | None) -> int:
    """Where a new stage goes: after the selected one, else before the closed stages."""
    ids = [stage.id for stage in pipeline.stages]
    if after_id in ids:
        return ids.index(after_id) + 1
    open_stages = [i for i, stage in enumerate(pipeline.stages) if not (stage.closed or stage.won)]
    return open_stages[-1] + 1 if open_stages else 0


def new_stage_like(pipeline: model.Pipeline, index: int, name: str) -> model.PipelineStage:
    """A new open stage at ``index``: the journey stage and probability of the one before."""
    before = pipeline.stages[index - 1] if 0 < index <= len(pipeline.stages) else None
    probability = None
    if _uses_probabilities(pipeline):
        probability = before.probability if before and before.probability is not None else 0
        if before is not None and (before.closed or before.won):
            probability = 0
    return model.PipelineStage(
        name, probability=probability, stage_id=before.stage_id if before else None
    )


def problems_in(workshop: model.Workshop, language: str) -> list[str]:
    """What a CRM admin would be missing, one sentence each, in ``language``."""
    from journey_studio.exporters.crm.plan import crm_plan, plan_problems  # not at start-up

    return plan_problems(replace(crm_plan(workshop), language=language))


def statuses_in_order(workshop: model.Workshop) -> list[str]:
    """The lifecycle statuses in journey order (with those only the picklist names)."""
    from journey_studio.exporters.crm.plan import crm_plan

    return [status.name for status in crm_plan(workshop).lifecycle_statuses]
