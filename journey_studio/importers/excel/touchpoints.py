"""Turning an edited touchpoints sheet into edits of a workshop.

A row with the id of a card updates that card (only the columns the sheet has); a row
without an id (or with an id the workshop does not know) adds a card. Stage, channel and
order place the card in its cell: the cards of each cell the sheet touches end up in the
order of the sheet's "Order" column (then of the rows), cards the sheet does not mention
keep their place. Cards are never deleted by an import.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from journey_studio.importers.excel.vocabulary import RATINGS, normal
from journey_studio.model.edits import (
    AddCards,
    AddJourney,
    Edit,
    LinkCrmField,
    LinkPersona,
    MoveCard,
    UnlinkCrmField,
    UnlinkPersona,
    UpdateCard,
)
from journey_studio.model.vocabulary import EMOTION_MAX, EMOTION_MIN, Rating, new_id
from journey_studio.model.workshop import Card, Cell, CrmLink, Journey, Workshop

if TYPE_CHECKING:
    from journey_studio.importers.excel.names import Names
    from journey_studio.importers.excel.tables import Row, Table

_LAST = 10**9
"""The sort key of a row without an order: after every ordered one."""


@dataclass
class Wanted:
    """What one row asks for."""

    row: Row
    card_id: str
    existing: Card | None
    journey_id: str
    stage_id: str
    channel_id: str
    order: int | None
    """0-based place in the cell, None when the row gives none."""
    values: dict[str, Any] = field(default_factory=dict)
    persona_ids: list[str] | None = None
    crm_links: list[CrmLink] | None = None

    @property
    def cell(self) -> Cell:
        return (self.stage_id, self.channel_id)


@dataclass
class Plan:
    edits: list[Edit] = field(default_factory=list)
    added: int = 0
    updated: int = 0
    moved: int = 0
    untouched: int = 0
    """Cards of the workshop that no row mentions."""


def plan_touchpoints(workshop: Workshop, table: Table, names: Names) -> Plan:
    """The edits that make ``workshop`` say what the sheet says (problems go to the rows)."""
    cards = {
        card.id: (journey, card) for journey in workshop.journeys for card in journey.cards.values()
    }
    wanted: list[Wanted] = []
    seen: set[str] = set()
    for row in table.rows:
        before = len(row.problems)
        item = _read_row(row, cards, names, seen)
        if item is not None and len(row.problems) == before:
            wanted.append(item)
    plan = Plan()
    if table.problems:
        return plan
    for item in wanted:
        if item.existing is not None and _update(item, plan.edits):
            plan.updated += 1
    mentioned = {item.card_id for item in wanted}
    plan.untouched = sum(1 for card_id in cards if card_id not in mentioned)
    for journey in [*workshop.journeys, *_new_journeys(names)]:
        mine = [item for item in wanted if item.journey_id == journey.id]
        if mine:
            _place(journey, mine, mentioned, plan)
    return plan


def _new_journeys(names: Names) -> list[Journey]:
    return [edit.journey for edit in names.edits if isinstance(edit, AddJourney)]


def _read_row(
    row: Row, cards: dict[str, tuple[Journey, Card]], names: Names, seen: set[str]
) -> Wanted | None:
    table = row.table
    card_id = row.identifier("id")
    if card_id:
        if card_id in seen:
            row.problem("id", "This id is on another row too; each touchpoint has one row.")
            return None
        seen.add(card_id)
    found = cards.get(card_id) if card_id else None
    text = row.text("text")
    if found is None and not text.strip():
        row.problem("text", "A new touchpoint needs a text.")
        return None
    journey_id = names.journey(row, "journey")
    stage_id = names.stage(row, "stage")
    channel_id = names.channel(row, "channel")
    order = row.whole_number("order", 1, None) if table.has("order") else None
    values: dict[str, Any] = {}
    if table.has("text"):
        values["text"] = text
    if table.has("rating"):
        rating = RATINGS.get(normal(row.text("rating")))
        if rating is None:
            row.problem(
                "rating",
                f"{row.text('rating')!r} is not a rating (Enchantement, "
                "Irritant, Point de rupture, or empty).",
            )
        else:
            values["rating"] = rating
    if table.has("emotion"):
        values["emotion"] = row.whole_number("emotion", EMOTION_MIN, EMOTION_MAX)
    if table.has("moment_of_truth"):
        values["moment_of_truth"] = bool(row.yes_no("moment_of_truth"))
    for key in ("notes", "owner_team"):
        if table.has(key):
            values[key] = row.text(key)
    persona_ids = names.persona_ids(row, "personas") if table.has("personas") else None
    crm_links = names.crm_links(row, "crm") if table.has("crm") else None
    if journey_id is None or stage_id is None or channel_id is None:
        return None
    if found is not None and found[0].id != journey_id:
        row.problem(
            "journey",
            f"This touchpoint belongs to the journey {found[0].name!r}; to copy it to another "
            "journey, add a row without an id.",
        )
        return None
    return Wanted(
        row=row,
        card_id=card_id or new_id(),
        existing=found[1] if found else None,
        journey_id=journey_id,
        stage_id=stage_id,
        channel_id=channel_id,
        order=None if order is None else order - 1,
        values=values,
        persona_ids=persona_ids,
        crm_links=crm_links,
    )


def _update(item: Wanted, edits: list[Edit]) -> bool:
    """Add the edits that change an existing card's fields and links; True if any."""
    card = item.existing
    assert card is not None
    changed = {key: value for key, value in item.values.items() if getattr(card, key) != value}
    count = len(edits)
    if changed:
        edits.append(UpdateCard(card.id, changed))
    if item.persona_ids is not None and item.persona_ids != card.persona_ids:
        edits += [UnlinkPersona(card.id, persona_id) for persona_id in card.persona_ids]
        edits += [LinkPersona(card.id, persona_id) for persona_id in item.persona_ids]
    wanted_links = [(link.field_id, link.value) for link in item.crm_links or ()]
    if item.crm_links is not None and wanted_links != [
        (link.field_id, link.value) for link in card.crm_links
    ]:
        edits += [UnlinkCrmField(card.id, link.field_id) for link in card.crm_links]
        edits += [LinkCrmField(card.id, field_id, value) for field_id, value in wanted_links]
    return len(edits) > count


def _place(journey: Journey, items: list[Wanted], mentioned: set[str], plan: Plan) -> None:
    """Move the journey's existing cards to their cells and places, then add the new ones.

    For each cell the sheet touches, the wanted order is the sheet's (by "Order", then by
    row), with the cards no row mentions kept at their current place. Existing cards are
    moved one by one into the places 0, 1, 2, ... of that order (skipping those already
    there, on a simulation of the cells); the new cards then go in at their final places.
    """
    by_cell: dict[Cell, list[tuple[tuple[int, int, int], str, Wanted | None]]] = {}
    for item in items:
        key = (_LAST if item.order is None else item.order, 1, item.row.number)
        by_cell.setdefault(item.cell, []).append((key, item.card_id, item))
    for cell, entries in by_cell.items():
        for position, card_id in enumerate(journey.cell_card_ids(*cell)):
            if card_id not in mentioned:
                entries.append(((position, 0, 0), card_id, None))
        entries.sort(key=lambda entry: entry[0])

    simulated: dict[Cell, list[str]] = dict(journey.cells())
    where = {card_id: cell for cell, ids in simulated.items() for card_id in ids}
    new_cards: list[Card] = []
    for cell, entries in by_cell.items():
        existing_place = 0
        for final_place, (_, card_id, item) in enumerate(entries):
            if item is not None and item.existing is None:
                new_cards.append(_new_card(item, final_place))
                continue
            now = where[card_id]
            ids = simulated.setdefault(cell, [])
            if now != cell or ids.index(card_id) != existing_place:
                simulated[now].remove(card_id)
                ids = simulated.setdefault(cell, [])
                ids.insert(min(existing_place, len(ids)), card_id)
                where[card_id] = cell
                plan.edits.append(MoveCard(journey.id, card_id, cell[0], cell[1], existing_place))
                plan.moved += 1
            existing_place += 1
    if new_cards:
        plan.edits.append(AddCards(journey.id, tuple(new_cards)))
        plan.added += len(new_cards)


def _new_card(item: Wanted, order: int) -> Card:
    values = item.values
    return Card(
        text=values.get("text", ""),
        stage_id=item.stage_id,
        channel_id=item.channel_id,
        id=item.card_id,
        order=order,
        rating=values.get("rating", Rating.NONE),
        emotion=values.get("emotion"),
        moment_of_truth=values.get("moment_of_truth", False),
        notes=values.get("notes", ""),
        owner_team=values.get("owner_team", ""),
        persona_ids=list(item.persona_ids or ()),
        crm_links=list(item.crm_links or ()),
    )
