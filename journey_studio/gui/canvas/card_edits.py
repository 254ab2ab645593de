"""The edits the canvas makes on selected cards: rate, mark, link personas, duplicate,
delete, create. Each function returns one edit (a ``Compound`` when several cards change,
so that one key press is one undo step), or None when there is nothing to change.

Qt-free apart from marking the undo labels for translation.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP

from journey_studio import model
from journey_studio.model import edits
from journey_studio.model.vocabulary import Rating, new_id

if TYPE_CHECKING:
    from journey_studio.model.edits import Edit

RATE_CARDS = QT_TRANSLATE_NOOP("Edits", "Rate cards")
MARK_MOMENTS = QT_TRANSLATE_NOOP("Edits", "Mark moments of truth")
UNMARK_MOMENTS = QT_TRANSLATE_NOOP("Edits", "Unmark moments of truth")
LINK_PERSONA = QT_TRANSLATE_NOOP("Edits", "Link persona")
UNLINK_PERSONA = QT_TRANSLATE_NOOP("Edits", "Unlink persona")
DUPLICATE_CARDS = QT_TRANSLATE_NOOP("Edits", "Duplicate cards")
DELETE = QT_TRANSLATE_NOOP("Edits", "Delete")
ADD_CARD = QT_TRANSLATE_NOOP("Edits", "Add card")


def one_step(steps: Sequence[Edit], label: str) -> Edit | None:
    """The edits as one undo step: None if there are none, the edit itself if only one."""
    if not steps:
        return None
    if len(steps) == 1:
        return steps[0]
    return edits.Compound(tuple(steps), label)


def rate(journey: model.Journey, card_ids: Sequence[str], rating: Rating) -> Edit | None:
    """Give these cards a rating (those that have it already are left alone)."""
    steps = [
        edits.UpdateCard(card_id, {"rating": rating})
        for card_id in card_ids
        if card_id in journey.cards and journey.cards[card_id].rating is not rating
    ]
    return one_step(steps, RATE_CARDS)


def toggle_moment_of_truth(journey: model.Journey, card_ids: Sequence[str]) -> Edit | None:
    """Mark the cards as moments of truth, or unmark them all if they all are."""
    cards = [journey.cards[i] for i in card_ids if i in journey.cards]
    mark = not all(card.moment_of_truth for card in cards)
    steps = [
        edits.UpdateCard(card.id, {"moment_of_truth": mark})
        for card in cards
        if card.moment_of_truth is not mark
    ]
    return one_step(steps, MARK_MOMENTS if mark else UNMARK_MOMENTS)


def has_persona(journey: model.Journey, card_ids: Sequence[str], persona_id: str) -> bool:
    """Whether every one of these cards is linked to the persona."""
    cards = [journey.cards[i] for i in card_ids if i in journey.cards]
    return bool(cards) and all(persona_id in card.persona_ids for card in cards)


def toggle_persona(journey: model.Journey, card_ids: Sequence[str], persona_id: str) -> Edit | None:
    """Link the persona to the cards that lack it, or unlink it if they all have it."""
    cards = [journey.cards[i] for i in card_ids if i in journey.cards]
    if has_persona(journey, card_ids, persona_id):
        steps: list[Edit] = [edits.UnlinkPersona(card.id, persona_id) for card in cards]
        return one_step(steps, UNLINK_PERSONA)
    steps = [
        edits.LinkPersona(card.id, persona_id)
        for card in cards
        if persona_id not in card.persona_ids
    ]
    return one_step(steps, LINK_PERSONA)


def duplicate(journey: model.Journey, card_ids: Sequence[str]) -> tuple[Edit, list[str]] | None:
    """Copies of the cards, each right after its original in its cell; and the copies' ids."""
    by_cell: dict[model.Cell, list[model.Card]] = {}
    for card_id in card_ids:
        card = journey.cards.get(card_id)
        if card is not None:
            by_cell.setdefault(card.cell, []).append(card)
    copies: list[model.Card] = []
    for cards in by_cell.values():
        for shift, card in enumerate(sorted(cards, key=lambda c: c.order)):
            twin = copy.deepcopy(card)
            twin.id = new_id()
            twin.order = card.order + 1 + shift
            copies.append(twin)
    if not copies:
        return None
    edit = edits.AddCards(journey.id, tuple(copies))
    return edits.Compound((edit,), DUPLICATE_CARDS), [card.id for card in copies]


def delete(
    journey: model.Journey, card_ids: Sequence[str], link_ids: Sequence[str] = ()
) -> Edit | None:
    """Delete cards (with their links) and links, in one step."""
    cards = tuple(i for i in card_ids if i in journey.cards)
    doomed = set(cards)
    steps: list[Edit] = [
        edits.RemoveCardLink(journey.id, link_id)
        for link_id in link_ids
        if link_id in journey.links
        and journey.links[link_id].from_card_id not in doomed
        and journey.links[link_id].to_card_id not in doomed
    ]
    if cards:
        steps.append(edits.RemoveCards(journey.id, cards))
    return one_step(steps, DELETE)


def new_card(
    journey: model.Journey, cell: model.Cell, text: str, index: int | None = None
) -> edits.AddCards:
    """A new card with this text at ``index`` in a cell (at its end by default)."""
    size = len(journey.cell_card_ids(*cell))
    order = size if index is None else max(0, min(index, size))
    card = model.Card(text=text, stage_id=cell[0], channel_id=cell[1], order=order)
    return edits.AddCards(journey.id, (card,))
