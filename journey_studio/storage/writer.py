"""Writing what an edit changed: the rows it names, and nothing else.

:class:`ChangeWriter` remembers each card as last written (its row, its persona and CRM
field links, its sort key in the cell), so that moving a card writes that card's row,
rating it writes one row, and the other cards of the cell are left alone. Statements are
built once and reused; rows of one kind are written in one batch.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from sqlalchemy import Connection, bindparam, delete, insert, select, update

from journey_studio.model.edits import Changes, Kind
from journey_studio.storage.card_order import CardKeys
from journey_studio.storage.mapping import (
    TABLES,
    WRITE_ORDER,
    Row,
    card_crm_field_rows,
    card_persona_rows,
    card_row,
    row_of,
)
from journey_studio.storage.schema import (
    card_crm_field_table,
    card_persona_table,
    card_table,
    pipeline_stage_table,
)

if TYPE_CHECKING:
    from journey_studio.model.workshop import Card, Cell, Journey, Workshop

CardLinks = tuple[tuple[str, ...], tuple[tuple[str, str], ...]]
"""What a card's link rows hold: its persona ids and its (CRM field id, value) pairs."""


def links_of(card: Card) -> CardLinks:
    return tuple(card.persona_ids), tuple((link.field_id, link.value) for link in card.crm_links)


def _content(row: Row) -> tuple[object, ...]:
    return tuple(value for name, value in row.items() if name != "position")


def stored_card_keys(connection: Connection) -> dict[str, int]:
    """The sort key of every card in the file."""
    rows = connection.execute(select(card_table.c.id, card_table.c.position))
    return {card_id: int(position) for card_id, position in rows}


class ChangeWriter:
    """Writes the rows an edit changed, inside the caller's transaction."""

    def __init__(self, workshop: Workshop, card_keys: dict[str, int]) -> None:
        self._keys = CardKeys(card_keys)
        self._written_rows: dict[str, tuple[object, ...]] = {}
        self._written_links: dict[str, CardLinks] = {}
        for journey in workshop.journeys:
            for card in journey.cards.values():
                self._remember(journey, card)
        self._updates = {
            kind: update(table)
            .where(table.c.id == bindparam("_id"))
            .values({c.name: bindparam(c.name) for c in table.columns if c.name != "id"})
            for kind, table in TABLES.items()
        }
        self._inserts = {kind: insert(table) for kind, table in TABLES.items()}

    def write(self, connection: Connection, workshop: Workshop, changes: Changes) -> None:
        for kind in WRITE_ORDER:
            upserted, _ = changes.ids(kind)
            if not upserted:
                continue
            if kind is Kind.CARD:
                self._write_cards(connection, workshop, upserted)
            else:
                self._upsert(
                    connection, kind, [row_of(workshop, kind, i) for i in sorted(upserted)]
                )
        for kind in reversed(WRITE_ORDER):
            _, deleted = changes.ids(kind)
            if deleted:
                self._delete(connection, kind, sorted(deleted))

    def forget(self, changes: Changes) -> None:
        """Forget the cards of a write that was rolled back, so they are rewritten in full."""
        cards = [i for kind, i in changes.upserted | changes.deleted if kind is Kind.CARD]
        for card_id in cards:
            self._written_rows.pop(card_id, None)
            self._written_links.pop(card_id, None)
        self._keys.forget(cards)

    def _remember(self, journey: Journey, card: Card) -> None:
        self._written_rows[card.id] = _content(card_row(journey, card))
        self._written_links[card.id] = links_of(card)

    def _write_cards(self, connection: Connection, workshop: Workshop, ids: set[str]) -> None:
        by_journey: dict[str, tuple[Journey, set[Cell], list[Card]]] = {}
        for card_id in sorted(ids):
            journey = workshop.journey_of_card(card_id)
            card = journey.cards[card_id]
            _, cells, cards = by_journey.setdefault(journey.id, (journey, set(), []))
            cells.add(card.cell)
            cards.append(card)
        rows: list[Row] = []
        for journey, cells, cards in by_journey.values():
            rekeyed = self._keys.rekey(journey, sorted(cells))
            to_write = {card.id: card for card in cards}
            to_write.update((card_id, journey.cards[card_id]) for card_id in rekeyed)
            for card in to_write.values():
                row = card_row(journey, card)
                row["position"] = self._keys.key(card.id)
                content = _content(row)
                if card.id in rekeyed or self._written_rows.get(card.id) != content:
                    rows.append(row)
                    self._written_rows[card.id] = content
        if rows:
            self._upsert(connection, Kind.CARD, rows)
        for card_id in sorted(ids):
            self._write_card_links(connection, workshop.card(card_id))

    def _upsert(self, connection: Connection, kind: Kind, rows: list[Row]) -> None:
        """UPDATE the rows that exist and INSERT the others, each in one batch."""
        table = TABLES[kind]
        ids = [row["id"] for row in rows]
        existing = set(connection.scalars(select(table.c.id).where(table.c.id.in_(ids))))
        updates = [
            {**{k: v for k, v in row.items() if k != "id"}, "_id": row["id"]}
            for row in rows
            if row["id"] in existing
        ]
        inserts = [row for row in rows if row["id"] not in existing]
        if updates:
            connection.execute(self._updates[kind], updates)
        if inserts:
            connection.execute(self._inserts[kind], inserts)

    def _write_card_links(self, connection: Connection, card: Card) -> None:
        links = links_of(card)
        if self._written_links.get(card.id) == links:
            return
        connection.execute(
            delete(card_persona_table).where(card_persona_table.c.card_id == card.id)
        )
        connection.execute(
            delete(card_crm_field_table).where(card_crm_field_table.c.card_id == card.id)
        )
        if card.persona_ids:
            connection.execute(insert(card_persona_table), card_persona_rows(card))
        if card.crm_links:
            connection.execute(insert(card_crm_field_table), card_crm_field_rows(card))
        self._written_links[card.id] = links

    def _delete(self, connection: Connection, kind: Kind, ids: list[str]) -> None:
        if kind is Kind.CARD:
            connection.execute(
                delete(card_persona_table).where(card_persona_table.c.card_id.in_(ids))
            )
            connection.execute(
                delete(card_crm_field_table).where(card_crm_field_table.c.card_id.in_(ids))
            )
            self._drop_cards(ids)
        if kind is Kind.PIPELINE:
            connection.execute(
                delete(pipeline_stage_table).where(pipeline_stage_table.c.pipeline_id.in_(ids))
            )
        table = TABLES[kind]
        connection.execute(delete(table).where(table.c.id.in_(ids)))

    def _drop_cards(self, ids: Iterable[str]) -> None:
        ids = list(ids)
        for card_id in ids:
            self._written_rows.pop(card_id, None)
            self._written_links.pop(card_id, None)
        self._keys.forget(ids)
