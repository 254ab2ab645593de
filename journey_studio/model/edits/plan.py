"""Edits of the workshop itself, its journeys, its action plan and its snapshots."""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

from journey_studio.model.edits.base import (
    Applied,
    Changes,
    Compound,
    Edit,
    EditError,
    Kind,
    UpdateFields,
    Validator,
    insert_into,
    move_within,
    name_text,
    one_of,
    optional_date,
    take_from,
    text,
)
from journey_studio.model.vocabulary import ActionStatus, JourneyKind, Level

if TYPE_CHECKING:
    from journey_studio.model.workshop import Action, Journey, Snapshot, Workshop


def _language(_workshop: Workshop, value: Any) -> str:
    if value not in ("fr", "en"):
        raise EditError("The workshop's language is 'fr' or 'en'.")
    return str(value)


@dataclass(frozen=True)
class UpdateWorkshop(UpdateFields):
    """Set the workshop's name, client, facilitator, date, language or description."""

    title: ClassVar[str] = "Edit workshop details"
    kind: ClassVar[Kind] = Kind.WORKSHOP
    fields: ClassVar[Mapping[str, Validator]] = {
        "name": name_text,
        "client": text,
        "facilitator": text,
        "workshop_date": optional_date,
        "language": _language,
        "description": text,
        "converted_status": text,
    }
    workshop_id: str
    values: Mapping[str, Any] = field(default_factory=dict)

    @property
    def entity_id(self) -> str:
        return self.workshop_id

    def target(self, workshop: Workshop) -> Workshop:
        if workshop.id != self.workshop_id:
            raise EditError("This edit belongs to another workshop.")
        return workshop


def _check_journey(workshop: Workshop, journey: Journey) -> None:
    from journey_studio.model.edits.cards import check_card, known_link_ids  # cards imports us

    for name, validator in UpdateJourney.fields.items():
        validator(workshop, getattr(journey, name))
    stage_ids = {s.id for s in workshop.stages}
    channel_ids = {c.id for c in workshop.channels}
    persona_ids = {p.id for p in workshop.personas}
    field_ids = {f.id for f in workshop.crm_fields}
    taken = {card_id for other in workshop.journeys for card_id in other.cards}
    for card_id, card in journey.cards.items():
        if card.id in taken or card.id != card_id:
            raise EditError("A card with the same id is already in the workshop.")
        if card.stage_id not in stage_ids or card.channel_id not in channel_ids:
            raise EditError("Every card must sit in one of the workshop's stages and channels.")
        if not set(card.persona_ids) <= persona_ids:
            raise EditError("A card is linked to a persona the workshop does not have.")
        if not {link.field_id for link in card.crm_links} <= field_ids:
            raise EditError("A card is linked to a CRM field the workshop does not have.")
        check_card(workshop, card)
    taken_links = known_link_ids(workshop)
    for link_id, link in journey.links.items():
        if link.from_card_id not in journey.cards or link.to_card_id not in journey.cards:
            raise EditError("A link must join two cards of the same journey.")
        if link.id in taken_links or link.id != link_id:
            raise EditError(f"There is already a link with id {link.id!r}.")


@dataclass(frozen=True)
class AddJourney(Edit):
    """Add a journey (current or target), with the cards it already holds."""

    title: ClassVar[str] = "Add journey"
    journey: Journey
    index: int | None = None

    def apply(self, workshop: Workshop) -> Applied:
        _check_journey(workshop, self.journey)
        journey = copy.deepcopy(self.journey)
        journey.reindex()
        changes = insert_into(workshop.journeys, journey, self.index, Kind.JOURNEY)
        contents = [(Kind.CARD, i) for i in journey.cards] + [
            (Kind.CARD_LINK, i) for i in journey.links
        ]
        return Applied(RemoveJourney(journey.id), changes.then(Changes.of(contents)))


@dataclass(frozen=True)
class RemoveJourney(Edit):
    title: ClassVar[str] = "Delete journey"
    journey_id: str

    def apply(self, workshop: Workshop) -> Applied:
        journey = workshop.journey(self.journey_id)
        relinks: list[Edit] = []
        upserted: list[tuple[Kind, str]] = []
        for action in workshop.actions:
            if action.card_id is not None and action.card_id in journey.cards:
                relinks.append(UpdateAction(action.id, {"card_id": action.card_id}))
                action.card_id = None
                upserted.append((Kind.ACTION, action.id))
        removed, position, changes = take_from(workshop.journeys, self.journey_id, Kind.JOURNEY)
        contents = [(Kind.CARD, i) for i in removed.cards] + [
            (Kind.CARD_LINK, i) for i in removed.links
        ]
        restore: Edit = AddJourney(removed, position)
        if relinks:
            restore = Compound((restore, *relinks), self.title)
        return Applied(restore, Changes.of(upserted).then(changes).then(Changes.of((), contents)))


@dataclass(frozen=True)
class MoveJourney(Edit):
    title: ClassVar[str] = "Reorder journeys"
    journey_id: str
    index: int

    def apply(self, workshop: Workshop) -> Applied:
        old, changes = move_within(workshop.journeys, self.journey_id, self.index, Kind.JOURNEY)
        return Applied(MoveJourney(self.journey_id, old), changes)


@dataclass(frozen=True)
class UpdateJourney(UpdateFields):
    title: ClassVar[str] = "Edit journey"
    kind: ClassVar[Kind] = Kind.JOURNEY
    fields: ClassVar[Mapping[str, Validator]] = {
        "name": name_text,
        "kind": one_of(JourneyKind),
        "segment": text,
    }
    journey_id: str
    values: Mapping[str, Any] = field(default_factory=dict)

    @property
    def entity_id(self) -> str:
        return self.journey_id

    def target(self, workshop: Workshop) -> Journey:
        return workshop.journey(self.journey_id)


def _optional_card(workshop: Workshop, value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise EditError(f"Expected a card id, got {value!r}.")
    workshop.card(value)
    return value


@dataclass(frozen=True)
class AddAction(Edit):
    title: ClassVar[str] = "Add action"
    action: Action
    index: int | None = None

    def apply(self, workshop: Workshop) -> Applied:
        if not isinstance(self.action.text, str) or not self.action.text.strip():
            raise EditError("An action needs a text.")
        for name, validator in UpdateAction.fields.items():
            validator(workshop, getattr(self.action, name))
        action = copy.deepcopy(self.action)
        changes = insert_into(workshop.actions, action, self.index, Kind.ACTION)
        return Applied(RemoveAction(action.id), changes)


@dataclass(frozen=True)
class RemoveAction(Edit):
    title: ClassVar[str] = "Delete action"
    action_id: str

    def apply(self, workshop: Workshop) -> Applied:
        action, position, changes = take_from(workshop.actions, self.action_id, Kind.ACTION)
        return Applied(AddAction(action, position), changes)


@dataclass(frozen=True)
class MoveAction(Edit):
    title: ClassVar[str] = "Reorder actions"
    action_id: str
    index: int

    def apply(self, workshop: Workshop) -> Applied:
        old, changes = move_within(workshop.actions, self.action_id, self.index, Kind.ACTION)
        return Applied(MoveAction(self.action_id, old), changes)


@dataclass(frozen=True)
class UpdateAction(UpdateFields):
    title: ClassVar[str] = "Edit action"
    kind: ClassVar[Kind] = Kind.ACTION
    fields: ClassVar[Mapping[str, Validator]] = {
        "text": name_text,
        "card_id": _optional_card,
        "owner": text,
        "priority": one_of(Level),
        "impact": one_of(Level),
        "effort": one_of(Level),
        "status": one_of(ActionStatus),
        "due": optional_date,
    }
    action_id: str
    values: Mapping[str, Any] = field(default_factory=dict)

    @property
    def entity_id(self) -> str:
        return self.action_id

    def target(self, workshop: Workshop) -> Action:
        return workshop.action(self.action_id)


@dataclass(frozen=True)
class TakeSnapshot(Edit):
    """Keep a named, frozen copy of the workshop as it is now."""

    title: ClassVar[str] = "Take snapshot"
    snapshot: Snapshot
    index: int | None = None

    def apply(self, workshop: Workshop) -> Applied:
        for name, validator in UpdateSnapshot.fields.items():
            validator(workshop, getattr(self.snapshot, name))
        if not isinstance(self.snapshot.content, dict):
            raise EditError("A snapshot holds a copy of the workshop's data.")
        snapshot = copy.deepcopy(self.snapshot)
        changes = insert_into(workshop.snapshots, snapshot, self.index, Kind.SNAPSHOT)
        return Applied(RemoveSnapshot(snapshot.id), changes)


@dataclass(frozen=True)
class RemoveSnapshot(Edit):
    title: ClassVar[str] = "Delete snapshot"
    snapshot_id: str

    def apply(self, workshop: Workshop) -> Applied:
        snapshot, position, changes = take_from(workshop.snapshots, self.snapshot_id, Kind.SNAPSHOT)
        return Applied(TakeSnapshot(snapshot, position), changes)


@dataclass(frozen=True)
class UpdateSnapshot(UpdateFields):
    title: ClassVar[str] = "Rename snapshot"
    kind: ClassVar[Kind] = Kind.SNAPSHOT
    fields: ClassVar[Mapping[str, Validator]] = {"name": name_text}
    snapshot_id: str
    values: Mapping[str, Any] = field(default_factory=dict)

    @property
    def entity_id(self) -> str:
        return self.snapshot_id

    def target(self, workshop: Workshop) -> Snapshot:
        return workshop.snapshot(self.snapshot_id)
