"""The workshop aggregate and the things it holds.

Plain dataclasses: no Qt, no SQL. Lists are kept in display order; a card's ``order`` is its
place in its cell, kept dense (0, 1, 2, ...) by the journey. Every entity has a stable UUID.
Change them only through :mod:`journey_studio.model.edits`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TypeVar

from journey_studio.model.vocabulary import (
    ActionStatus,
    ChannelKind,
    CrmFieldType,
    CrmObject,
    ForecastCategory,
    JourneyKind,
    Level,
    Rating,
    new_id,
)

Cell = tuple[str, str]
"""A cell of the grid: (stage id, channel id)."""


@dataclass(slots=True)
class Kpi:
    """An indicator a stage is steered by, e.g. conversion rate, target 25 %."""

    name: str
    target: float | None = None
    unit: str = ""


@dataclass(slots=True)
class Stage:
    """A column of the map: a phase of the journey, tied to the CRM."""

    name: str
    id: str = field(default_factory=new_id)
    definition: str = ""
    entry_criteria: str = ""
    exit_criteria: str = ""
    lifecycle_status: str = ""
    kpis: list[Kpi] = field(default_factory=list)
    phase: str = ""
    """The team or phase band the stage belongs to (Marketing, Sales, ...)."""
    colour: str = "#5B7DB1"


@dataclass(slots=True)
class Channel:
    """A row of the map: website, email, phone, store, ..."""

    name: str
    id: str = field(default_factory=new_id)
    kind: ChannelKind = ChannelKind.DIGITAL
    icon: str = ""


@dataclass(slots=True)
class Persona:
    name: str
    id: str = field(default_factory=new_id)
    role: str = ""
    description: str = ""
    goals: list[str] = field(default_factory=list)
    frustrations: list[str] = field(default_factory=list)
    preferred_channel_ids: list[str] = field(default_factory=list)
    budget: str = ""
    colour: str = "#8E6BB8"
    attributes: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class CrmField:
    """A CRM field that captures a signal of the journey (UTM source, lead score, ...)."""

    label: str
    api_name: str
    id: str = field(default_factory=new_id)
    object: CrmObject = CrmObject.CONTACT
    custom_object: str = ""
    type: CrmFieldType = CrmFieldType.TEXT
    allowed_values: list[str] = field(default_factory=list)


@dataclass(slots=True)
class CrmLink:
    """A card's link to a CRM field, with an optional value ("lifecyclestage = MQL")."""

    field_id: str
    value: str = ""


@dataclass(slots=True)
class PipelineStage:
    name: str
    id: str = field(default_factory=new_id)
    probability: int | None = None
    """Win probability in percent (0 to 100)."""
    closed: bool = False
    won: bool = False
    forecast_category: ForecastCategory = ForecastCategory.PIPELINE
    stale_after_days: int | None = None
    entry_criteria: str = ""
    exit_criteria: str = ""
    stage_id: str | None = None
    """The journey stage this pipeline stage belongs to."""
    signal_fields: list[CrmLink] = field(default_factory=list)
    """The CRM fields (and values) whose change signals entry into this stage."""


@dataclass(slots=True)
class Pipeline:
    """A team's pipeline (Marketing, Sales, Onboarding, Customer Success) and its stages."""

    name: str
    id: str = field(default_factory=new_id)
    team: str = ""
    colour: str = "#3C8D93"
    stages: list[PipelineStage] = field(default_factory=list)


@dataclass(slots=True)
class Card:
    """A touchpoint, written in the first person: "I fill in a satisfaction survey"."""

    text: str
    stage_id: str
    channel_id: str
    id: str = field(default_factory=new_id)
    order: int = 0
    rating: Rating = Rating.NONE
    emotion: int | None = None
    """From -2 (very negative) to +2 (very positive); None when not set."""
    moment_of_truth: bool = False
    notes: str = ""
    owner_team: str = ""
    persona_ids: list[str] = field(default_factory=list)
    crm_links: list[CrmLink] = field(default_factory=list)

    @property
    def cell(self) -> Cell:
        return (self.stage_id, self.channel_id)


@dataclass(slots=True)
class CardLink:
    """An arrow from one card to another (what leads to what)."""

    from_card_id: str
    to_card_id: str
    id: str = field(default_factory=new_id)
    label: str = ""


@dataclass(slots=True, eq=False)
class Journey:
    """One map: the current or the target journey (optionally of a segment).

    Cards are kept by id and, for each cell, in their order. Compare journeys with ``==``:
    two journeys are equal when their fields, cards and links are.
    """

    name: str
    id: str = field(default_factory=new_id)
    kind: JourneyKind = JourneyKind.CURRENT
    segment: str = ""
    cards: dict[str, Card] = field(default_factory=dict)
    links: dict[str, CardLink] = field(default_factory=dict)
    _cells: dict[Cell, list[str]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        if self.cards and not self._cells:
            self.reindex()

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Journey):
            return NotImplemented
        return (
            self.id == other.id
            and self.name == other.name
            and self.kind == other.kind
            and self.segment == other.segment
            and self.cards == other.cards
            and self.links == other.links
        )

    def reindex(self) -> None:
        """Rebuild the cells from the cards' own stage, channel and order."""
        cells: dict[Cell, list[Card]] = {}
        for card in self.cards.values():
            cells.setdefault(card.cell, []).append(card)
        self._cells = {}
        for cell, cards in cells.items():
            cards.sort(key=lambda c: c.order)
            self._cells[cell] = [c.id for c in cards]
            for position, card in enumerate(cards):
                card.order = position

    def cell_card_ids(self, stage_id: str, channel_id: str) -> list[str]:
        """The ids of a cell's cards, in order (a copy)."""
        return list(self._cells.get((stage_id, channel_id), ()))

    def cell_cards(self, stage_id: str, channel_id: str) -> list[Card]:
        return [self.cards[i] for i in self._cells.get((stage_id, channel_id), ())]

    def cells(self) -> Iterator[tuple[Cell, list[str]]]:
        """The non-empty cells and their card ids in order."""
        for cell, ids in self._cells.items():
            yield cell, list(ids)

    def insert_card(self, card: Card, index: int) -> list[Card]:
        """Put a card into its cell at ``index``; returns the cards whose order changed."""
        ids = self._cells.setdefault(card.cell, [])
        index = max(0, min(index, len(ids)))
        ids.insert(index, card.id)
        self.cards[card.id] = card
        return self._renumber(ids, index)

    def take_card(self, card_id: str) -> list[Card]:
        """Take a card out of its cell; returns the other cards whose order changed."""
        card = self.cards.pop(card_id)
        ids = self._cells[card.cell]
        index = ids.index(card_id)
        del ids[index]
        if not ids:
            del self._cells[card.cell]
        return self._renumber(ids, index)

    def _renumber(self, ids: list[str], start: int) -> list[Card]:
        changed = []
        for position in range(start, len(ids)):
            card = self.cards[ids[position]]
            if card.order != position:
                card.order = position
                changed.append(card)
        return changed

    def links_of(self, card_ids: set[str]) -> list[CardLink]:
        """The links that start or end at one of these cards."""
        return [
            link
            for link in self.links.values()
            if link.from_card_id in card_ids or link.to_card_id in card_ids
        ]


@dataclass(slots=True)
class Action:
    """A line of the workshop's prioritised action plan."""

    text: str
    id: str = field(default_factory=new_id)
    card_id: str | None = None
    owner: str = ""
    priority: Level = Level.MEDIUM
    impact: Level = Level.MEDIUM
    effort: Level = Level.MEDIUM
    status: ActionStatus = ActionStatus.TODO
    due: str | None = None
    """ISO date (YYYY-MM-DD)."""


@dataclass(slots=True)
class Snapshot:
    """A named, frozen copy of the workshop (without its snapshots)."""

    name: str
    taken_at: str
    """ISO date and time."""
    content: dict[str, object]
    id: str = field(default_factory=new_id)


@dataclass(slots=True)
class Workshop:
    """The aggregate: everything one workshop file holds."""

    name: str
    id: str = field(default_factory=new_id)
    client: str = ""
    facilitator: str = ""
    workshop_date: str | None = None
    """ISO date (YYYY-MM-DD)."""
    language: str = "fr"
    description: str = ""
    converted_status: str = ""
    """The lifecycle status that means "converted" (a lead becomes a contact/opportunity)."""
    stages: list[Stage] = field(default_factory=list)
    channels: list[Channel] = field(default_factory=list)
    personas: list[Persona] = field(default_factory=list)
    crm_fields: list[CrmField] = field(default_factory=list)
    pipelines: list[Pipeline] = field(default_factory=list)
    journeys: list[Journey] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)
    snapshots: list[Snapshot] = field(default_factory=list)

    def stage(self, stage_id: str) -> Stage:
        return _find(self.stages, stage_id, "stage")

    def channel(self, channel_id: str) -> Channel:
        return _find(self.channels, channel_id, "channel")

    def persona(self, persona_id: str) -> Persona:
        return _find(self.personas, persona_id, "persona")

    def crm_field(self, field_id: str) -> CrmField:
        return _find(self.crm_fields, field_id, "CRM field")

    def pipeline(self, pipeline_id: str) -> Pipeline:
        return _find(self.pipelines, pipeline_id, "pipeline")

    def journey(self, journey_id: str) -> Journey:
        return _find(self.journeys, journey_id, "journey")

    def action(self, action_id: str) -> Action:
        return _find(self.actions, action_id, "action")

    def snapshot(self, snapshot_id: str) -> Snapshot:
        return _find(self.snapshots, snapshot_id, "snapshot")

    def pipeline_stage(self, pipeline_stage_id: str) -> tuple[Pipeline, PipelineStage]:
        for pipeline in self.pipelines:
            for stage in pipeline.stages:
                if stage.id == pipeline_stage_id:
                    return pipeline, stage
        raise UnknownEntity("pipeline stage", pipeline_stage_id)

    def journey_of_card(self, card_id: str) -> Journey:
        for journey in self.journeys:
            if card_id in journey.cards:
                return journey
        raise UnknownEntity("card", card_id)

    def journey_of_link(self, link_id: str) -> Journey:
        for journey in self.journeys:
            if link_id in journey.links:
                return journey
        raise UnknownEntity("link", link_id)

    def card(self, card_id: str) -> Card:
        return self.journey_of_card(card_id).cards[card_id]

    def journey_named(self, name: str) -> Journey:
        """The journey with this name (case-insensitive), or of this kind (current/target)."""
        wanted = name.strip().casefold()
        for journey in self.journeys:
            if journey.name.casefold() == wanted:
                return journey
        for journey in self.journeys:
            if journey.kind.value == wanted:
                return journey
        raise UnknownEntity("journey", name)


class UnknownEntity(LookupError):
    """Raised when an id names nothing in the workshop."""

    def __init__(self, what: str, key: str) -> None:
        super().__init__(f"There is no {what} {key!r} in this workshop.")
        self.what = what
        self.key = key


_Identified = TypeVar(
    "_Identified", Stage, Channel, Persona, CrmField, Pipeline, Journey, Action, Snapshot
)


def _find(items: list[_Identified], item_id: str, what: str) -> _Identified:
    for item in items:
        if item.id == item_id:
            return item
    raise UnknownEntity(what, item_id)
