"""Edits of personas, CRM fields, pipelines and pipeline stages."""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar

from journey_studio.model.edits.base import (
    Applied,
    Changes,
    Compound,
    Edit,
    EditError,
    Kind,
    UpdateFields,
    Validator,
    colour,
    flag,
    insert_into,
    move_within,
    name_text,
    one_of,
    take_from,
    text,
    texts,
    whole_number,
)
from journey_studio.model.edits.cards import UnlinkCrmField, UnlinkPersona
from journey_studio.model.vocabulary import CrmFieldType, CrmObject, ForecastCategory
from journey_studio.model.workshop import (
    CrmField,
    CrmLink,
    Persona,
    Pipeline,
    PipelineStage,
    Workshop,
)


def _channel_ids(workshop: Workshop, value: Any) -> list[str]:
    ids = texts(workshop, value)
    for channel_id in ids:
        workshop.channel(channel_id)
    if len(set(ids)) != len(ids):
        raise EditError("A channel is listed twice.")
    return ids


def _attributes(_workshop: Workshop, value: Any) -> dict[str, str]:
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items()
    ):
        raise EditError("Attributes are a mapping of texts to texts.")
    return dict(value)


def _optional_stage(workshop: Workshop, value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise EditError(f"Expected a stage id, got {value!r}.")
    workshop.stage(value)
    return value


def _signal_fields(workshop: Workshop, value: Any) -> list[CrmLink]:
    if not isinstance(value, list | tuple) or not all(isinstance(v, CrmLink) for v in value):
        raise EditError("Expected a list of CRM field links.")
    ids = [link.field_id for link in value]
    for field_id in ids:
        workshop.crm_field(field_id)
    if len(set(ids)) != len(ids):
        raise EditError("A CRM field is listed twice.")
    return list(value)


PERSONA_FIELDS: Mapping[str, Validator] = {
    "name": name_text,
    "role": text,
    "description": text,
    "goals": texts,
    "frustrations": texts,
    "preferred_channel_ids": _channel_ids,
    "budget": text,
    "colour": colour,
    "attributes": _attributes,
}


def _check_fields(workshop: Workshop, entity: object, fields: Mapping[str, Validator]) -> None:
    for name, validator in fields.items():
        validator(workshop, getattr(entity, name))


@dataclass(frozen=True)
class AddPersona(Edit):
    title: ClassVar[str] = "Add persona"
    persona: Persona
    index: int | None = None

    def apply(self, workshop: Workshop) -> Applied:
        _check_fields(workshop, self.persona, PERSONA_FIELDS)
        persona = copy.deepcopy(self.persona)
        changes = insert_into(workshop.personas, persona, self.index, Kind.PERSONA)
        return Applied(RemovePersona(persona.id), changes)


@dataclass(frozen=True)
class _DetachPersona(Edit):
    persona_id: str

    def apply(self, workshop: Workshop) -> Applied:
        persona, position, changes = take_from(workshop.personas, self.persona_id, Kind.PERSONA)
        return Applied(AddPersona(persona, position), changes)


@dataclass(frozen=True)
class RemovePersona(Edit):
    """Delete a persona; the cards it was linked to lose the link (restored on undo)."""

    title: ClassVar[str] = "Delete persona"
    persona_id: str

    def apply(self, workshop: Workshop) -> Applied:
        workshop.persona(self.persona_id)
        parts: list[Edit] = [
            UnlinkPersona(card.id, self.persona_id)
            for journey in workshop.journeys
            for card in journey.cards.values()
            if self.persona_id in card.persona_ids
        ]
        parts.append(_DetachPersona(self.persona_id))
        return Compound(tuple(parts), self.title).apply(workshop)


@dataclass(frozen=True)
class MovePersona(Edit):
    title: ClassVar[str] = "Reorder personas"
    persona_id: str
    index: int

    def apply(self, workshop: Workshop) -> Applied:
        old, changes = move_within(workshop.personas, self.persona_id, self.index, Kind.PERSONA)
        return Applied(MovePersona(self.persona_id, old), changes)


@dataclass(frozen=True)
class UpdatePersona(UpdateFields):
    title: ClassVar[str] = "Edit persona"
    kind: ClassVar[Kind] = Kind.PERSONA
    fields: ClassVar[Mapping[str, Validator]] = PERSONA_FIELDS
    persona_id: str
    values: Mapping[str, Any] = field(default_factory=dict)

    @property
    def entity_id(self) -> str:
        return self.persona_id

    def target(self, workshop: Workshop) -> Persona:
        return workshop.persona(self.persona_id)


CRM_FIELD_FIELDS: Mapping[str, Validator] = {
    "label": name_text,
    "api_name": name_text,
    "object": one_of(CrmObject),
    "custom_object": text,
    "type": one_of(CrmFieldType),
    "allowed_values": texts,
}


@dataclass(frozen=True)
class AddCrmField(Edit):
    title: ClassVar[str] = "Add CRM field"
    crm_field: CrmField
    index: int | None = None

    def apply(self, workshop: Workshop) -> Applied:
        _check_fields(workshop, self.crm_field, CRM_FIELD_FIELDS)
        crm_field = copy.deepcopy(self.crm_field)
        changes = insert_into(workshop.crm_fields, crm_field, self.index, Kind.CRM_FIELD)
        return Applied(RemoveCrmField(crm_field.id), changes)


@dataclass(frozen=True)
class _DetachCrmField(Edit):
    field_id: str

    def apply(self, workshop: Workshop) -> Applied:
        crm_field, position, changes = take_from(workshop.crm_fields, self.field_id, Kind.CRM_FIELD)
        return Applied(AddCrmField(crm_field, position), changes)


@dataclass(frozen=True)
class RemoveCrmField(Edit):
    """Delete a CRM field; the cards linked to it lose the link (restored on undo)."""

    title: ClassVar[str] = "Delete CRM field"
    field_id: str

    def apply(self, workshop: Workshop) -> Applied:
        workshop.crm_field(self.field_id)
        parts: list[Edit] = [
            UnlinkCrmField(card.id, self.field_id)
            for journey in workshop.journeys
            for card in journey.cards.values()
            if any(link.field_id == self.field_id for link in card.crm_links)
        ]
        for pipeline in workshop.pipelines:
            for stage in pipeline.stages:
                kept = [s for s in stage.signal_fields if s.field_id != self.field_id]
                if len(kept) != len(stage.signal_fields):
                    parts.append(UpdatePipelineStage(stage.id, {"signal_fields": kept}))
        parts.append(_DetachCrmField(self.field_id))
        return Compound(tuple(parts), self.title).apply(workshop)


@dataclass(frozen=True)
class MoveCrmField(Edit):
    title: ClassVar[str] = "Reorder CRM fields"
    field_id: str
    index: int

    def apply(self, workshop: Workshop) -> Applied:
        old, changes = move_within(workshop.crm_fields, self.field_id, self.index, Kind.CRM_FIELD)
        return Applied(MoveCrmField(self.field_id, old), changes)


@dataclass(frozen=True)
class UpdateCrmField(UpdateFields):
    title: ClassVar[str] = "Edit CRM field"
    kind: ClassVar[Kind] = Kind.CRM_FIELD
    fields: ClassVar[Mapping[str, Validator]] = CRM_FIELD_FIELDS
    field_id: str
    values: Mapping[str, Any] = field(default_factory=dict)

    @property
    def entity_id(self) -> str:
        return self.field_id

    def target(self, workshop: Workshop) -> CrmField:
        return workshop.crm_field(self.field_id)


PIPELINE_STAGE_FIELDS: Mapping[str, Validator] = {
    "name": name_text,
    "probability": whole_number(0, 100, optional=True),
    "closed": flag,
    "won": flag,
    "forecast_category": one_of(ForecastCategory),
    "stale_after_days": whole_number(1, 3650, optional=True),
    "entry_criteria": text,
    "exit_criteria": text,
    "stage_id": _optional_stage,
    "signal_fields": _signal_fields,
}

PIPELINE_FIELDS: Mapping[str, Validator] = {"name": name_text, "team": text, "colour": colour}


@dataclass(frozen=True)
class AddPipeline(Edit):
    """Add a pipeline with the stages it already holds."""

    title: ClassVar[str] = "Add pipeline"
    pipeline: Pipeline
    index: int | None = None

    def apply(self, workshop: Workshop) -> Applied:
        _check_fields(workshop, self.pipeline, PIPELINE_FIELDS)
        known = {s.id for p in workshop.pipelines for s in p.stages}
        ids = [s.id for s in self.pipeline.stages]
        if len(set(ids)) != len(ids) or known.intersection(ids):
            raise EditError("A pipeline stage with the same id is already in the workshop.")
        for stage in self.pipeline.stages:
            _check_fields(workshop, stage, PIPELINE_STAGE_FIELDS)
        pipeline = copy.deepcopy(self.pipeline)
        changes = insert_into(workshop.pipelines, pipeline, self.index, Kind.PIPELINE)
        stages = Changes.of((Kind.PIPELINE_STAGE, s.id) for s in pipeline.stages)
        return Applied(RemovePipeline(pipeline.id), changes.then(stages))


@dataclass(frozen=True)
class RemovePipeline(Edit):
    title: ClassVar[str] = "Delete pipeline"
    pipeline_id: str

    def apply(self, workshop: Workshop) -> Applied:
        pipeline, position, changes = take_from(workshop.pipelines, self.pipeline_id, Kind.PIPELINE)
        stages = Changes.of(deleted=((Kind.PIPELINE_STAGE, s.id) for s in pipeline.stages))
        return Applied(AddPipeline(pipeline, position), changes.then(stages))


@dataclass(frozen=True)
class MovePipeline(Edit):
    title: ClassVar[str] = "Reorder pipelines"
    pipeline_id: str
    index: int

    def apply(self, workshop: Workshop) -> Applied:
        old, changes = move_within(workshop.pipelines, self.pipeline_id, self.index, Kind.PIPELINE)
        return Applied(MovePipeline(self.pipeline_id, old), changes)


@dataclass(frozen=True)
class UpdatePipeline(UpdateFields):
    title: ClassVar[str] = "Edit pipeline"
    kind: ClassVar[Kind] = Kind.PIPELINE
    fields: ClassVar[Mapping[str, Validator]] = PIPELINE_FIELDS
    pipeline_id: str
    values: Mapping[str, Any] = field(default_factory=dict)

    @property
    def entity_id(self) -> str:
        return self.pipeline_id

    def target(self, workshop: Workshop) -> Pipeline:
        return workshop.pipeline(self.pipeline_id)


@dataclass(frozen=True)
class AddPipelineStage(Edit):
    title: ClassVar[str] = "Add pipeline stage"
    pipeline_id: str
    stage: PipelineStage
    index: int | None = None

    def apply(self, workshop: Workshop) -> Applied:
        pipeline = workshop.pipeline(self.pipeline_id)
        if any(s.id == self.stage.id for p in workshop.pipelines for s in p.stages):
            raise EditError(f"There is already a pipeline stage with id {self.stage.id!r}.")
        _check_fields(workshop, self.stage, PIPELINE_STAGE_FIELDS)
        stage = copy.deepcopy(self.stage)
        changes = insert_into(pipeline.stages, stage, self.index, Kind.PIPELINE_STAGE)
        return Applied(RemovePipelineStage(stage.id), changes)


@dataclass(frozen=True)
class RemovePipelineStage(Edit):
    title: ClassVar[str] = "Delete pipeline stage"
    pipeline_stage_id: str

    def apply(self, workshop: Workshop) -> Applied:
        pipeline, _ = workshop.pipeline_stage(self.pipeline_stage_id)
        stage, position, changes = take_from(
            pipeline.stages, self.pipeline_stage_id, Kind.PIPELINE_STAGE
        )
        return Applied(AddPipelineStage(pipeline.id, stage, position), changes)


@dataclass(frozen=True)
class MovePipelineStage(Edit):
    title: ClassVar[str] = "Reorder pipeline stages"
    pipeline_stage_id: str
    index: int

    def apply(self, workshop: Workshop) -> Applied:
        pipeline, _ = workshop.pipeline_stage(self.pipeline_stage_id)
        old, changes = move_within(
            pipeline.stages, self.pipeline_stage_id, self.index, Kind.PIPELINE_STAGE
        )
        return Applied(MovePipelineStage(self.pipeline_stage_id, old), changes)


@dataclass(frozen=True)
class UpdatePipelineStage(UpdateFields):
    title: ClassVar[str] = "Edit pipeline stage"
    kind: ClassVar[Kind] = Kind.PIPELINE_STAGE
    fields: ClassVar[Mapping[str, Validator]] = PIPELINE_STAGE_FIELDS
    pipeline_stage_id: str
    values: Mapping[str, Any] = field(default_factory=dict)

    @property
    def entity_id(self) -> str:
        return self.pipeline_stage_id

    def target(self, workshop: Workshop) -> PipelineStage:
        return workshop.pipeline_stage(self.pipeline_stage_id)[1]
