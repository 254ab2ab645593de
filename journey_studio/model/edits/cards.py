"""Edits of touchpoint cards and of the links between them."""

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
    check_index,
    flag,
    one_of,
    text,
    whole_number,
)
from journey_studio.model.edits.plan import UpdateAction
from journey_studio.model.vocabulary import EMOTION_MAX, EMOTION_MIN, Rating
from journey_studio.model.workshop import Card, CardLink, CrmLink, Journey, Workshop


def _card_refs(cards: list[Card]) -> list[tuple[Kind, str]]:
    return [(Kind.CARD, card.id) for card in cards]


def check_card(workshop: Workshop, card: Card) -> None:
    """Raise EditError (or UnknownEntity) unless the card can go on this workshop's map."""
    workshop.stage(card.stage_id)
    workshop.channel(card.channel_id)
    check_index(card.order)
    if card.emotion is not None and not (
        isinstance(card.emotion, int)
        and not isinstance(card.emotion, bool)
        and EMOTION_MIN <= card.emotion <= EMOTION_MAX
    ):
        raise EditError(f"An emotion goes from {EMOTION_MIN} to {EMOTION_MAX}.")
    for name, validator in UpdateCard.fields.items():
        validator(workshop, getattr(card, name))
    if len(set(card.persona_ids)) != len(card.persona_ids):
        raise EditError("A persona is linked twice to the card.")
    for persona_id in card.persona_ids:
        workshop.persona(persona_id)
    field_ids = [link.field_id for link in card.crm_links]
    if len(set(field_ids)) != len(field_ids):
        raise EditError("A CRM field is linked twice to the card.")
    for link in card.crm_links:
        workshop.crm_field(link.field_id)
        if not isinstance(link.value, str):
            raise EditError("A CRM field's value is text.")


def _known_card_ids(workshop: Workshop) -> set[str]:
    return {card_id for journey in workshop.journeys for card_id in journey.cards}


def known_link_ids(workshop: Workshop) -> set[str]:
    """The ids of every link between cards, in every journey."""
    return {link_id for journey in workshop.journeys for link_id in journey.links}


def _insert_links(journey: Journey, placed: list[tuple[int | None, CardLink]]) -> None:
    """Put links into the journey's list of links, each at its index (None: at the end).

    ``placed`` is sorted by index, so links taken away together come back exactly in place.
    """
    if all(index is None for index, _ in placed):
        journey.links.update((link.id, link) for _, link in placed)
        return
    entries = list(journey.links.items())
    for index, link in placed:
        position = len(entries) if index is None else max(0, min(index, len(entries)))
        entries.insert(position, (link.id, link))
    journey.links.clear()
    journey.links.update(entries)


@dataclass(frozen=True)
class AddCards(Edit):
    """Put cards (and links between them) on a journey, each at its ``order`` in its cell.

    ``link_indexes``, when given, says where each link goes among the journey's links (the
    undo of a delete puts them back in place); by default they go last.
    """

    title: ClassVar[str] = "Add cards"
    journey_id: str
    cards: tuple[Card, ...]
    links: tuple[CardLink, ...] = ()
    link_indexes: tuple[int, ...] = ()

    def apply(self, workshop: Workshop) -> Applied:
        journey = workshop.journey(self.journey_id)
        existing = _known_card_ids(workshop)
        new_ids = [card.id for card in self.cards]
        if len(set(new_ids)) != len(new_ids) or existing.intersection(new_ids):
            raise EditError("A card with the same id is already in the workshop.")
        for card in self.cards:
            check_card(workshop, card)
        ends = set(journey.cards) | set(new_ids)
        taken = known_link_ids(workshop)
        for link in self.links:
            if link.from_card_id not in ends or link.to_card_id not in ends:
                raise EditError("A link must join two cards of the same journey.")
            if link.from_card_id in journey.cards and link.to_card_id in journey.cards:
                # Undoing the edit takes the new cards away with their links: no other link.
                raise EditError("A link added with cards must start or end at one of them.")
            if link.id in taken:
                raise EditError(f"There is already a link with id {link.id!r}.")
            taken.add(link.id)
        if self.link_indexes and len(self.link_indexes) != len(self.links):
            raise EditError("Give a place for every link, or for none.")
        for index in self.link_indexes:
            check_index(index)
        refs: list[tuple[Kind, str]] = []
        for card in sorted(self.cards, key=lambda c: c.order):
            placed = copy.deepcopy(card)
            refs += _card_refs(journey.insert_card(placed, card.order))
            refs.append((Kind.CARD, placed.id))
        indexes: tuple[int | None, ...] = self.link_indexes or (None,) * len(self.links)
        placed_links = sorted(
            ((index, copy.deepcopy(link)) for index, link in zip(indexes, self.links, strict=True)),
            key=lambda pair: (pair[0] is None, pair[0] or 0),
        )
        _insert_links(journey, placed_links)
        refs += [(Kind.CARD_LINK, link.id) for link in self.links]
        inverse = RemoveCards(self.journey_id, tuple(new_ids))
        return Applied(inverse, Changes.of(refs))


@dataclass(frozen=True)
class RemoveCards(Edit):
    """Take cards off a journey, with the links that touch them; actions keep no dangling card."""

    title: ClassVar[str] = "Delete cards"
    journey_id: str
    card_ids: tuple[str, ...]

    def apply(self, workshop: Workshop) -> Applied:
        journey = workshop.journey(self.journey_id)
        missing = [i for i in self.card_ids if i not in journey.cards]
        if missing:
            raise EditError(f"There is no card {missing[0]!r} in this journey.")
        removed_ids = set(self.card_ids)
        if len(removed_ids) != len(self.card_ids):
            raise EditError("A card is listed twice.")
        links = journey.links_of(removed_ids)
        if links:
            positions = {link_id: position for position, link_id in enumerate(journey.links)}
            link_indexes = tuple(positions[link.id] for link in links)
        else:
            link_indexes = ()
        cards = [copy.deepcopy(journey.cards[i]) for i in self.card_ids]
        upserted: list[tuple[Kind, str]] = []
        deleted: list[tuple[Kind, str]] = []
        for link in links:
            del journey.links[link.id]
            deleted.append((Kind.CARD_LINK, link.id))
        restore_actions: list[Edit] = []
        for action in workshop.actions:
            if action.card_id in removed_ids:
                restore_actions.append(UpdateAction(action.id, {"card_id": action.card_id}))
                action.card_id = None
                upserted.append((Kind.ACTION, action.id))
        for card in sorted(cards, key=lambda c: -c.order):
            upserted += _card_refs(journey.take_card(card.id))
            deleted.append((Kind.CARD, card.id))
        restore: Edit = AddCards(self.journey_id, tuple(cards), tuple(links), link_indexes)
        if restore_actions:
            restore = Compound((restore, *restore_actions), self.title)
        gone = set(deleted)
        return Applied(restore, Changes.of([r for r in upserted if r not in gone], gone))


@dataclass(frozen=True)
class MoveCard(Edit):
    """Move a card to another cell, or to another place in its cell."""

    title: ClassVar[str] = "Move card"
    journey_id: str
    card_id: str
    stage_id: str
    channel_id: str
    index: int

    def apply(self, workshop: Workshop) -> Applied:
        journey = workshop.journey(self.journey_id)
        card = _card_in(journey, self.card_id)
        workshop.stage(self.stage_id)
        workshop.channel(self.channel_id)
        check_index(self.index)
        back = MoveCard(self.journey_id, card.id, card.stage_id, card.channel_id, card.order)
        # Within one cell a card can be renumbered twice and end where it was: not a change.
        was = {i: position for position, i in enumerate(journey.cell_card_ids(*card.cell))}
        changed = journey.take_card(card.id)
        card.stage_id, card.channel_id = self.stage_id, self.channel_id
        changed += journey.insert_card(card, self.index)
        refs = {(Kind.CARD, c.id) for c in changed if was.get(c.id) != c.order}
        refs.add((Kind.CARD, card.id))
        return Applied(back, Changes.of(refs))


@dataclass(frozen=True)
class MoveCards(Edit):
    """Move several cards of a journey, in the given order, side by side into one cell.

    They end up at ``index``, ``index + 1``, ... counted among the cell's other cards (as for
    :class:`MoveCard`, which counts among the cell's cards other than the one it moves).
    """

    title: ClassVar[str] = "Move cards"
    journey_id: str
    card_ids: tuple[str, ...]
    stage_id: str
    channel_id: str
    index: int

    def apply(self, workshop: Workshop) -> Applied:
        journey = workshop.journey(self.journey_id)
        workshop.stage(self.stage_id)
        workshop.channel(self.channel_id)
        check_index(self.index)
        moving = set(self.card_ids)
        others = [
            i for i in journey.cell_card_ids(self.stage_id, self.channel_id) if i not in moving
        ]
        start = max(0, min(self.index, len(others)))
        places = tuple(
            (card_id, self.stage_id, self.channel_id, start + offset)
            for offset, card_id in enumerate(self.card_ids)
        )
        return _PlaceCards(self.journey_id, places, self.title).apply(workshop)


@dataclass(frozen=True)
class _PlaceCards(Edit):
    """Put cards of a journey at given places: (card id, stage id, channel id, order).

    All the cards leave their cells first, then each goes to its place by increasing order,
    so a set of places read off a sound map puts the cards back exactly there.
    """

    journey_id: str
    places: tuple[tuple[str, str, str, int], ...]
    label: str = "Move cards"

    @property
    def name(self) -> str:
        return self.label

    def apply(self, workshop: Workshop) -> Applied:
        journey = workshop.journey(self.journey_id)
        ids = [card_id for card_id, _, _, _ in self.places]
        if len(set(ids)) != len(ids):
            raise EditError("A card is listed twice.")
        for card_id, stage_id, channel_id, order in self.places:
            _card_in(journey, card_id)
            workshop.stage(stage_id)
            workshop.channel(channel_id)
            check_index(order)
        moving = [journey.cards[card_id] for card_id in ids]
        cells = {card.cell for card in moving} | {(s, c) for _, s, c, _ in self.places}
        was = {
            card.id: (card.stage_id, card.channel_id, card.order)
            for cell in cells
            for card in journey.cell_cards(*cell)
        }
        back = tuple((c.id, c.stage_id, c.channel_id, c.order) for c in moving)
        for card in moving:
            journey.take_card(card.id)
        for card, (_, stage_id, channel_id, order) in sorted(
            zip(moving, self.places, strict=True), key=lambda pair: pair[1][3]
        ):
            card.stage_id, card.channel_id = stage_id, channel_id
            journey.insert_card(card, order)
        changed = set(ids)
        for card_id, old in was.items():
            card = journey.cards[card_id]
            if (card.stage_id, card.channel_id, card.order) != old:
                changed.add(card_id)
        refs = [(Kind.CARD, card_id) for card_id in changed]
        return Applied(_PlaceCards(self.journey_id, back, self.label), Changes.of(refs))


def move_cards(
    journey_id: str, card_ids: list[str], stage_id: str, channel_id: str, index: int
) -> Edit:
    """One step that moves several cards, in the given order, to a cell from ``index`` on."""
    if len(card_ids) == 1:
        return MoveCard(journey_id, card_ids[0], stage_id, channel_id, index)
    return MoveCards(journey_id, tuple(card_ids), stage_id, channel_id, index)


def _card_in(journey: Journey, card_id: str) -> Card:
    card = journey.cards.get(card_id)
    if card is None:
        raise EditError(f"There is no card {card_id!r} in this journey.")
    return card


@dataclass(frozen=True)
class UpdateCard(UpdateFields):
    """Set a card's text, rating, emotion, moment of truth, notes or owner team."""

    title: ClassVar[str] = "Edit card"
    kind: ClassVar[Kind] = Kind.CARD
    fields: ClassVar[Mapping[str, Validator]] = {
        "text": text,
        "rating": one_of(Rating),
        "emotion": whole_number(EMOTION_MIN, EMOTION_MAX, optional=True),
        "moment_of_truth": flag,
        "notes": text,
        "owner_team": text,
    }
    card_id: str
    values: Mapping[str, Any] = field(default_factory=dict)

    @property
    def entity_id(self) -> str:
        return self.card_id

    @property
    def name(self) -> str:
        keys = set(self.values)
        names = {
            frozenset({"text"}): "Edit card text",
            frozenset({"rating"}): "Rate card",
            frozenset({"emotion"}): "Set emotion",
            frozenset({"moment_of_truth"}): "Mark moment of truth",
            frozenset({"notes"}): "Edit notes",
        }
        return names.get(frozenset(keys), self.title)

    def target(self, workshop: Workshop) -> Card:
        return workshop.card(self.card_id)


@dataclass(frozen=True)
class LinkPersona(Edit):
    """Link a persona to a card (at ``index`` among its personas, else last)."""

    title: ClassVar[str] = "Link persona"
    card_id: str
    persona_id: str
    index: int | None = None

    def apply(self, workshop: Workshop) -> Applied:
        card = workshop.card(self.card_id)
        workshop.persona(self.persona_id)
        if self.persona_id in card.persona_ids:
            raise EditError("This persona is already linked to the card.")
        check_index(self.index, optional=True)
        position = len(card.persona_ids) if self.index is None else self.index
        card.persona_ids.insert(position, self.persona_id)
        inverse = UnlinkPersona(self.card_id, self.persona_id)
        return Applied(inverse, Changes.of([(Kind.CARD, card.id)]))


@dataclass(frozen=True)
class UnlinkPersona(Edit):
    title: ClassVar[str] = "Unlink persona"
    card_id: str
    persona_id: str

    def apply(self, workshop: Workshop) -> Applied:
        card = workshop.card(self.card_id)
        if self.persona_id not in card.persona_ids:
            raise EditError("This persona is not linked to the card.")
        position = card.persona_ids.index(self.persona_id)
        del card.persona_ids[position]
        inverse = LinkPersona(self.card_id, self.persona_id, position)
        return Applied(inverse, Changes.of([(Kind.CARD, card.id)]))


@dataclass(frozen=True)
class LinkCrmField(Edit):
    """Link a CRM field to a card with an optional value, or change the value of the link."""

    title: ClassVar[str] = "Link CRM field"
    card_id: str
    field_id: str
    value: str = ""
    index: int | None = None

    def apply(self, workshop: Workshop) -> Applied:
        card = workshop.card(self.card_id)
        workshop.crm_field(self.field_id)
        if not isinstance(self.value, str):
            raise EditError("A CRM field's value is text.")
        check_index(self.index, optional=True)
        for link in card.crm_links:
            if link.field_id == self.field_id:
                inverse: Edit = LinkCrmField(self.card_id, self.field_id, link.value)
                link.value = self.value
                return Applied(inverse, Changes.of([(Kind.CARD, card.id)]))
        position = len(card.crm_links) if self.index is None else self.index
        card.crm_links.insert(position, CrmLink(self.field_id, self.value))
        inverse = UnlinkCrmField(self.card_id, self.field_id)
        return Applied(inverse, Changes.of([(Kind.CARD, card.id)]))


@dataclass(frozen=True)
class UnlinkCrmField(Edit):
    title: ClassVar[str] = "Unlink CRM field"
    card_id: str
    field_id: str

    def apply(self, workshop: Workshop) -> Applied:
        card = workshop.card(self.card_id)
        for position, link in enumerate(card.crm_links):
            if link.field_id == self.field_id:
                del card.crm_links[position]
                inverse = LinkCrmField(self.card_id, self.field_id, link.value, position)
                return Applied(inverse, Changes.of([(Kind.CARD, card.id)]))
        raise EditError("This CRM field is not linked to the card.")


@dataclass(frozen=True)
class AddCardLink(Edit):
    """Draw an arrow from one card to another of the same journey.

    ``index`` is its place among the journey's links (by default the last).
    """

    title: ClassVar[str] = "Link cards"
    journey_id: str
    link: CardLink
    index: int | None = None

    def apply(self, workshop: Workshop) -> Applied:
        journey = workshop.journey(self.journey_id)
        if self.link.from_card_id not in journey.cards or self.link.to_card_id not in journey.cards:
            raise EditError("A link must join two cards of the same journey.")
        if self.link.from_card_id == self.link.to_card_id:
            raise EditError("A card cannot be linked to itself.")
        if self.link.id in known_link_ids(workshop):
            raise EditError(f"There is already a link with id {self.link.id!r}.")
        check_index(self.index, optional=True)
        _insert_links(journey, [(self.index, copy.deepcopy(self.link))])
        inverse = RemoveCardLink(self.journey_id, self.link.id)
        return Applied(inverse, Changes.of([(Kind.CARD_LINK, self.link.id)]))


@dataclass(frozen=True)
class RemoveCardLink(Edit):
    title: ClassVar[str] = "Delete link"
    journey_id: str
    link_id: str

    def apply(self, workshop: Workshop) -> Applied:
        journey = workshop.journey(self.journey_id)
        if self.link_id not in journey.links:
            raise EditError(f"There is no link {self.link_id!r} in this journey.")
        position = list(journey.links).index(self.link_id)
        link = journey.links.pop(self.link_id)
        inverse = AddCardLink(self.journey_id, link, position)
        return Applied(inverse, Changes.of(deleted=[(Kind.CARD_LINK, link.id)]))


@dataclass(frozen=True)
class UpdateCardLink(UpdateFields):
    title: ClassVar[str] = "Label link"
    kind: ClassVar[Kind] = Kind.CARD_LINK
    fields: ClassVar[Mapping[str, Validator]] = {"label": text}
    link_id: str
    values: Mapping[str, Any] = field(default_factory=dict)

    @property
    def entity_id(self) -> str:
        return self.link_id

    def target(self, workshop: Workshop) -> CardLink:
        return workshop.journey_of_link(self.link_id).links[self.link_id]
