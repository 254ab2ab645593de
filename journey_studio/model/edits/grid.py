"""Edits of the grid: stages (columns) and channels (rows).

Deleting a stage or a channel takes its cards with it, in every journey; the inverse puts
them all back where they were.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar

from journey_studio.model.edits.base import (
    Applied,
    Compound,
    Edit,
    EditError,
    Kind,
    UpdateFields,
    Validator,
    colour,
    insert_into,
    move_within,
    name_text,
    one_of,
    take_from,
    text,
)
from journey_studio.model.edits.cards import RemoveCards
from journey_studio.model.edits.crm import UpdatePersona, UpdatePipelineStage
from journey_studio.model.vocabulary import ChannelKind
from journey_studio.model.workshop import Channel, Kpi, Stage, Workshop


def _kpis(_workshop: Workshop, value: Any) -> list[Kpi]:
    if not isinstance(value, list | tuple) or not all(isinstance(k, Kpi) for k in value):
        raise EditError("Expected a list of KPIs.")
    for kpi in value:
        if not kpi.name.strip():
            raise EditError("A KPI needs a name.")
    return list(value)


def _without_cards(workshop: Workshop, *, stage_id: str = "", channel_id: str = "") -> list[Edit]:
    """The edits that take away every card of a stage or of a channel, in every journey."""
    parts: list[Edit] = []
    for journey in workshop.journeys:
        doomed = tuple(
            card.id
            for card in journey.cards.values()
            if card.stage_id == stage_id or card.channel_id == channel_id
        )
        if doomed:
            parts.append(RemoveCards(journey.id, doomed))
    return parts


def cards_on_stage(workshop: Workshop, stage_id: str) -> int:
    """How many cards, over all journeys, deleting this stage would take away."""
    return sum(
        1 for j in workshop.journeys for card in j.cards.values() if card.stage_id == stage_id
    )


def cards_on_channel(workshop: Workshop, channel_id: str) -> int:
    return sum(
        1 for j in workshop.journeys for card in j.cards.values() if card.channel_id == channel_id
    )


@dataclass(frozen=True)
class AddStage(Edit):
    title: ClassVar[str] = "Add stage"
    stage: Stage
    index: int | None = None

    def apply(self, workshop: Workshop) -> Applied:
        for name, validator in UpdateStage.fields.items():
            validator(workshop, getattr(self.stage, name))
        stage = copy.deepcopy(self.stage)
        changes = insert_into(workshop.stages, stage, self.index, Kind.STAGE)
        return Applied(RemoveStage(stage.id), changes)


@dataclass(frozen=True)
class _DetachStage(Edit):
    stage_id: str

    def apply(self, workshop: Workshop) -> Applied:
        stage, position, changes = take_from(workshop.stages, self.stage_id, Kind.STAGE)
        return Applied(AddStage(stage, position), changes)


@dataclass(frozen=True)
class RemoveStage(Edit):
    """Delete a stage with its cards; pipeline stages that pointed at it point nowhere."""

    title: ClassVar[str] = "Delete stage"
    stage_id: str

    def apply(self, workshop: Workshop) -> Applied:
        workshop.stage(self.stage_id)
        parts = _without_cards(workshop, stage_id=self.stage_id)
        for pipeline in workshop.pipelines:
            for pipeline_stage in pipeline.stages:
                if pipeline_stage.stage_id == self.stage_id:
                    parts.append(UpdatePipelineStage(pipeline_stage.id, {"stage_id": None}))
        parts.append(_DetachStage(self.stage_id))
        return Compound(tuple(parts), self.title).apply(workshop)


@dataclass(frozen=True)
class MoveStage(Edit):
    title: ClassVar[str] = "Reorder stages"
    stage_id: str
    index: int

    def apply(self, workshop: Workshop) -> Applied:
        old, changes = move_within(workshop.stages, self.stage_id, self.index, Kind.STAGE)
        return Applied(MoveStage(self.stage_id, old), changes)


@dataclass(frozen=True)
class UpdateStage(UpdateFields):
    """Set a stage's name, definition, criteria, lifecycle status, KPIs, phase or colour."""

    title: ClassVar[str] = "Edit stage"
    kind: ClassVar[Kind] = Kind.STAGE
    fields: ClassVar[Mapping[str, Validator]] = {
        "name": name_text,
        "definition": text,
        "entry_criteria": text,
        "exit_criteria": text,
        "lifecycle_status": text,
        "kpis": _kpis,
        "phase": text,
        "colour": colour,
    }
    stage_id: str
    values: Mapping[str, Any] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return "Rename stage" if set(self.values) == {"name"} else self.title

    @property
    def entity_id(self) -> str:
        return self.stage_id

    def target(self, workshop: Workshop) -> Stage:
        return workshop.stage(self.stage_id)


@dataclass(frozen=True)
class AddChannel(Edit):
    title: ClassVar[str] = "Add channel"
    channel: Channel
    index: int | None = None

    def apply(self, workshop: Workshop) -> Applied:
        for name, validator in UpdateChannel.fields.items():
            validator(workshop, getattr(self.channel, name))
        channel = copy.deepcopy(self.channel)
        changes = insert_into(workshop.channels, channel, self.index, Kind.CHANNEL)
        return Applied(RemoveChannel(channel.id), changes)


@dataclass(frozen=True)
class _DetachChannel(Edit):
    channel_id: str

    def apply(self, workshop: Workshop) -> Applied:
        channel, position, changes = take_from(workshop.channels, self.channel_id, Kind.CHANNEL)
        return Applied(AddChannel(channel, position), changes)


@dataclass(frozen=True)
class RemoveChannel(Edit):
    """Delete a channel with its cards; personas no longer prefer it."""

    title: ClassVar[str] = "Delete channel"
    channel_id: str

    def apply(self, workshop: Workshop) -> Applied:
        workshop.channel(self.channel_id)
        parts = _without_cards(workshop, channel_id=self.channel_id)
        for persona in workshop.personas:
            if self.channel_id in persona.preferred_channel_ids:
                kept = [c for c in persona.preferred_channel_ids if c != self.channel_id]
                parts.append(UpdatePersona(persona.id, {"preferred_channel_ids": kept}))
        parts.append(_DetachChannel(self.channel_id))
        return Compound(tuple(parts), self.title).apply(workshop)


@dataclass(frozen=True)
class MoveChannel(Edit):
    title: ClassVar[str] = "Reorder channels"
    channel_id: str
    index: int

    def apply(self, workshop: Workshop) -> Applied:
        old, changes = move_within(workshop.channels, self.channel_id, self.index, Kind.CHANNEL)
        return Applied(MoveChannel(self.channel_id, old), changes)


@dataclass(frozen=True)
class UpdateChannel(UpdateFields):
    title: ClassVar[str] = "Edit channel"
    kind: ClassVar[Kind] = Kind.CHANNEL
    fields: ClassVar[Mapping[str, Validator]] = {
        "name": name_text,
        "kind": one_of(ChannelKind),
        "icon": text,
    }
    channel_id: str
    values: Mapping[str, Any] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return "Rename channel" if set(self.values) == {"name"} else self.title

    @property
    def entity_id(self) -> str:
        return self.channel_id

    def target(self, workshop: Workshop) -> Channel:
        return workshop.channel(self.channel_id)
