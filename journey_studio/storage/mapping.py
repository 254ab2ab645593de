"""Rows to model objects and back: load a whole workshop, write the rows an edit changed.

Only portable SQLAlchemy Core statements: the same code runs on a SQLite file and on
PostgreSQL. Writing an entity is an UPDATE by id, or an INSERT when the row is new.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import Connection, Table, insert, select

from journey_studio.model.edits import Kind
from journey_studio.model.vocabulary import (
    ActionStatus,
    ChannelKind,
    CrmFieldType,
    CrmObject,
    ForecastCategory,
    JourneyKind,
    Level,
    Rating,
)
from journey_studio.model.workshop import (
    Action,
    Card,
    CardLink,
    Channel,
    CrmField,
    CrmLink,
    Journey,
    Kpi,
    Persona,
    Pipeline,
    PipelineStage,
    Snapshot,
    Stage,
    Workshop,
)
from journey_studio.storage.card_order import GAP
from journey_studio.storage.schema import (
    action_table,
    card_crm_field_table,
    card_link_table,
    card_persona_table,
    card_table,
    channel_table,
    crm_field_table,
    journey_table,
    persona_table,
    pipeline_stage_table,
    pipeline_table,
    snapshot_table,
    stage_table,
    workshop_table,
)

Row = dict[str, Any]

# Parents before children: upserts go in this order, deletes in the reverse one.
WRITE_ORDER = [
    Kind.WORKSHOP,
    Kind.STAGE,
    Kind.CHANNEL,
    Kind.PERSONA,
    Kind.CRM_FIELD,
    Kind.PIPELINE,
    Kind.PIPELINE_STAGE,
    Kind.JOURNEY,
    Kind.CARD,
    Kind.CARD_LINK,
    Kind.ACTION,
    Kind.SNAPSHOT,
]

TABLES: dict[Kind, Table] = {
    Kind.WORKSHOP: workshop_table,
    Kind.STAGE: stage_table,
    Kind.CHANNEL: channel_table,
    Kind.PERSONA: persona_table,
    Kind.CRM_FIELD: crm_field_table,
    Kind.PIPELINE: pipeline_table,
    Kind.PIPELINE_STAGE: pipeline_stage_table,
    Kind.JOURNEY: journey_table,
    Kind.CARD: card_table,
    Kind.CARD_LINK: card_link_table,
    Kind.ACTION: action_table,
    Kind.SNAPSHOT: snapshot_table,
}


# --- model -> rows -------------------------------------------------------------------


def workshop_row(workshop: Workshop) -> Row:
    return {
        "id": workshop.id,
        "name": workshop.name,
        "client": workshop.client,
        "facilitator": workshop.facilitator,
        "workshop_date": workshop.workshop_date,
        "language": workshop.language,
        "description": workshop.description,
        "converted_status": workshop.converted_status,
    }


def stage_row(workshop: Workshop, stage: Stage, position: int) -> Row:
    return {
        "id": stage.id,
        "workshop_id": workshop.id,
        "position": position,
        "name": stage.name,
        "definition": stage.definition,
        "entry_criteria": stage.entry_criteria,
        "exit_criteria": stage.exit_criteria,
        "lifecycle_status": stage.lifecycle_status,
        "kpis": [{"name": k.name, "target": k.target, "unit": k.unit} for k in stage.kpis],
        "phase": stage.phase,
        "colour": stage.colour,
    }


def channel_row(workshop: Workshop, channel: Channel, position: int) -> Row:
    return {
        "id": channel.id,
        "workshop_id": workshop.id,
        "position": position,
        "name": channel.name,
        "kind": channel.kind.value,
        "icon": channel.icon,
    }


def persona_row(workshop: Workshop, persona: Persona, position: int) -> Row:
    return {
        "id": persona.id,
        "workshop_id": workshop.id,
        "position": position,
        "name": persona.name,
        "role": persona.role,
        "description": persona.description,
        "goals": list(persona.goals),
        "frustrations": list(persona.frustrations),
        "preferred_channel_ids": list(persona.preferred_channel_ids),
        "budget": persona.budget,
        "colour": persona.colour,
        "attributes": dict(persona.attributes),
    }


def crm_field_row(workshop: Workshop, crm_field: CrmField, position: int) -> Row:
    return {
        "id": crm_field.id,
        "workshop_id": workshop.id,
        "position": position,
        "label": crm_field.label,
        "api_name": crm_field.api_name,
        "object": crm_field.object.value,
        "custom_object": crm_field.custom_object,
        "type": crm_field.type.value,
        "allowed_values": list(crm_field.allowed_values),
    }


def pipeline_row(workshop: Workshop, pipeline: Pipeline, position: int) -> Row:
    return {
        "id": pipeline.id,
        "workshop_id": workshop.id,
        "position": position,
        "name": pipeline.name,
        "team": pipeline.team,
        "colour": pipeline.colour,
    }


def pipeline_stage_row(pipeline: Pipeline, stage: PipelineStage, position: int) -> Row:
    return {
        "id": stage.id,
        "pipeline_id": pipeline.id,
        "position": position,
        "name": stage.name,
        "probability": stage.probability,
        "closed": stage.closed,
        "won": stage.won,
        "forecast_category": stage.forecast_category.value,
        "stale_after_days": stage.stale_after_days,
        "entry_criteria": stage.entry_criteria,
        "exit_criteria": stage.exit_criteria,
        "stage_id": stage.stage_id,
        "signal_fields": [{"field_id": s.field_id, "value": s.value} for s in stage.signal_fields],
    }


def journey_row(workshop: Workshop, journey: Journey, position: int) -> Row:
    return {
        "id": journey.id,
        "workshop_id": workshop.id,
        "position": position,
        "name": journey.name,
        "kind": journey.kind.value,
        "segment": journey.segment,
    }


def card_row(journey: Journey, card: Card) -> Row:
    return {
        "id": card.id,
        "journey_id": journey.id,
        "stage_id": card.stage_id,
        "channel_id": card.channel_id,
        "position": card.order,
        "text": card.text,
        "rating": card.rating.value,
        "emotion": card.emotion,
        "moment_of_truth": card.moment_of_truth,
        "notes": card.notes,
        "owner_team": card.owner_team,
    }


def card_persona_rows(card: Card) -> list[Row]:
    return [
        {"card_id": card.id, "persona_id": persona_id, "position": position}
        for position, persona_id in enumerate(card.persona_ids)
    ]


def card_crm_field_rows(card: Card) -> list[Row]:
    return [
        {"card_id": card.id, "field_id": link.field_id, "position": position, "value": link.value}
        for position, link in enumerate(card.crm_links)
    ]


def card_link_row(journey: Journey, link: CardLink) -> Row:
    return {
        "id": link.id,
        "journey_id": journey.id,
        "from_card_id": link.from_card_id,
        "to_card_id": link.to_card_id,
        "label": link.label,
    }


def action_row(workshop: Workshop, action: Action, position: int) -> Row:
    return {
        "id": action.id,
        "workshop_id": workshop.id,
        "position": position,
        "text": action.text,
        "card_id": action.card_id,
        "owner": action.owner,
        "priority": action.priority.value,
        "impact": action.impact.value,
        "effort": action.effort.value,
        "status": action.status.value,
        "due": action.due,
    }


def snapshot_row(workshop: Workshop, snapshot: Snapshot, position: int) -> Row:
    return {
        "id": snapshot.id,
        "workshop_id": workshop.id,
        "position": position,
        "name": snapshot.name,
        "taken_at": snapshot.taken_at,
        "content": snapshot.content,
    }


def _positioned(items: list[Any], entity_id: str) -> tuple[Any, int]:
    for position, item in enumerate(items):
        if item.id == entity_id:
            return item, position
    raise LookupError(entity_id)


def row_of(workshop: Workshop, kind: Kind, entity_id: str) -> Row:
    """The row an entity is stored as, found in the live workshop."""
    if kind is Kind.WORKSHOP:
        return workshop_row(workshop)
    if kind is Kind.CARD:
        journey = workshop.journey_of_card(entity_id)
        return card_row(journey, journey.cards[entity_id])
    if kind is Kind.CARD_LINK:
        journey = workshop.journey_of_link(entity_id)
        return card_link_row(journey, journey.links[entity_id])
    if kind is Kind.PIPELINE_STAGE:
        pipeline, stage = workshop.pipeline_stage(entity_id)
        return pipeline_stage_row(pipeline, stage, pipeline.stages.index(stage))
    builders: dict[Kind, tuple[list[Any], Callable[[Workshop, Any, int], Row]]] = {
        Kind.STAGE: (workshop.stages, stage_row),
        Kind.CHANNEL: (workshop.channels, channel_row),
        Kind.PERSONA: (workshop.personas, persona_row),
        Kind.CRM_FIELD: (workshop.crm_fields, crm_field_row),
        Kind.PIPELINE: (workshop.pipelines, pipeline_row),
        Kind.JOURNEY: (workshop.journeys, journey_row),
        Kind.ACTION: (workshop.actions, action_row),
        Kind.SNAPSHOT: (workshop.snapshots, snapshot_row),
    }
    items, build = builders[kind]
    entity, position = _positioned(items, entity_id)
    return build(workshop, entity, position)


# --- writing a whole workshop ---------------------------------------------------------


def spaced_key(order: int) -> int:
    """The stored sort key of the card at ``order`` in its cell, in a file written anew."""
    return (order + 1) * GAP


def insert_workshop(connection: Connection, workshop: Workshop) -> None:
    """Write a whole workshop into empty tables (a new file, or a copy)."""

    def many(table: Table, rows: Iterable[Row]) -> None:
        batch = list(rows)
        if batch:
            connection.execute(insert(table), batch)

    connection.execute(insert(workshop_table).values(workshop_row(workshop)))
    many(stage_table, (stage_row(workshop, s, i) for i, s in enumerate(workshop.stages)))
    many(channel_table, (channel_row(workshop, c, i) for i, c in enumerate(workshop.channels)))
    many(persona_table, (persona_row(workshop, p, i) for i, p in enumerate(workshop.personas)))
    many(
        crm_field_table,
        (crm_field_row(workshop, f, i) for i, f in enumerate(workshop.crm_fields)),
    )
    many(pipeline_table, (pipeline_row(workshop, p, i) for i, p in enumerate(workshop.pipelines)))
    many(
        pipeline_stage_table,
        (pipeline_stage_row(p, s, i) for p in workshop.pipelines for i, s in enumerate(p.stages)),
    )
    many(journey_table, (journey_row(workshop, j, i) for i, j in enumerate(workshop.journeys)))
    for journey in workshop.journeys:
        cards = list(journey.cards.values())
        many(card_table, ({**card_row(journey, c), "position": spaced_key(c.order)} for c in cards))
        many(card_persona_table, (row for c in cards for row in card_persona_rows(c)))
        many(card_crm_field_table, (row for c in cards for row in card_crm_field_rows(c)))
        many(card_link_table, (card_link_row(journey, link) for link in journey.links.values()))
    many(action_table, (action_row(workshop, a, i) for i, a in enumerate(workshop.actions)))
    many(snapshot_table, (snapshot_row(workshop, s, i) for i, s in enumerate(workshop.snapshots)))


# --- rows -> model -------------------------------------------------------------------


def load_workshop(connection: Connection, workshop_id: str | None = None) -> Workshop:
    """Read a whole workshop (the only one in a file, or the one with this id)."""
    query = select(workshop_table)
    if workshop_id is not None:
        query = query.where(workshop_table.c.id == workshop_id)
    rows = connection.execute(query).mappings().all()
    if len(rows) != 1:
        raise LookupError("The file does not hold exactly one workshop.")
    head = rows[0]
    wid = head["id"]

    def ordered(table: Table) -> list[Any]:
        query = select(table).where(table.c.workshop_id == wid).order_by(table.c.position)
        return list(connection.execute(query).mappings())

    pipelines = [_pipeline(r) for r in ordered(pipeline_table)]
    by_pipeline = {p.id: p for p in pipelines}
    stage_rows = connection.execute(
        select(pipeline_stage_table)
        .where(pipeline_stage_table.c.pipeline_id.in_(list(by_pipeline)))
        .order_by(pipeline_stage_table.c.pipeline_id, pipeline_stage_table.c.position)
    ).mappings()
    for row in stage_rows:
        by_pipeline[row["pipeline_id"]].stages.append(_pipeline_stage(row))
    return Workshop(
        id=wid,
        name=head["name"],
        client=head["client"],
        facilitator=head["facilitator"],
        workshop_date=head["workshop_date"],
        language=head["language"],
        description=head["description"],
        converted_status=head["converted_status"],
        stages=[_stage(r) for r in ordered(stage_table)],
        channels=[_channel(r) for r in ordered(channel_table)],
        personas=[_persona(r) for r in ordered(persona_table)],
        crm_fields=[_crm_field(r) for r in ordered(crm_field_table)],
        pipelines=pipelines,
        journeys=[_journey(connection, r) for r in ordered(journey_table)],
        actions=[_action(r) for r in ordered(action_table)],
        snapshots=[_snapshot(r) for r in ordered(snapshot_table)],
    )


def _stage(row: Any) -> Stage:
    return Stage(
        id=row["id"],
        name=row["name"],
        definition=row["definition"],
        entry_criteria=row["entry_criteria"],
        exit_criteria=row["exit_criteria"],
        lifecycle_status=row["lifecycle_status"],
        kpis=[Kpi(k["name"], k.get("target"), k.get("unit", "")) for k in row["kpis"]],
        phase=row["phase"],
        colour=row["colour"],
    )


def _channel(row: Any) -> Channel:
    return Channel(id=row["id"], name=row["name"], kind=ChannelKind(row["kind"]), icon=row["icon"])


def _persona(row: Any) -> Persona:
    return Persona(
        id=row["id"],
        name=row["name"],
        role=row["role"],
        description=row["description"],
        goals=list(row["goals"]),
        frustrations=list(row["frustrations"]),
        preferred_channel_ids=list(row["preferred_channel_ids"]),
        budget=row["budget"],
        colour=row["colour"],
        attributes=dict(row["attributes"]),
    )


def _crm_field(row: Any) -> CrmField:
    return CrmField(
        id=row["id"],
        label=row["label"],
        api_name=row["api_name"],
        object=CrmObject(row["object"]),
        custom_object=row["custom_object"],
        type=CrmFieldType(row["type"]),
        allowed_values=list(row["allowed_values"]),
    )


def _pipeline(row: Any) -> Pipeline:
    return Pipeline(id=row["id"], name=row["name"], team=row["team"], colour=row["colour"])


def _pipeline_stage(row: Any) -> PipelineStage:
    return PipelineStage(
        id=row["id"],
        name=row["name"],
        probability=row["probability"],
        closed=bool(row["closed"]),
        won=bool(row["won"]),
        forecast_category=ForecastCategory(row["forecast_category"]),
        stale_after_days=row["stale_after_days"],
        entry_criteria=row["entry_criteria"],
        exit_criteria=row["exit_criteria"],
        stage_id=row["stage_id"],
        signal_fields=[CrmLink(s["field_id"], s.get("value", "")) for s in row["signal_fields"]],
    )


def _journey(connection: Connection, row: Any) -> Journey:
    journey_id = row["id"]
    personas: dict[str, list[str]] = defaultdict(list)
    persona_rows = connection.execute(
        select(card_persona_table.c.card_id, card_persona_table.c.persona_id)
        .join(card_table, card_table.c.id == card_persona_table.c.card_id)
        .where(card_table.c.journey_id == journey_id)
        .order_by(card_persona_table.c.card_id, card_persona_table.c.position)
    )
    for card_id, persona_id in persona_rows:
        personas[card_id].append(persona_id)
    crm_links: dict[str, list[CrmLink]] = defaultdict(list)
    crm_rows = connection.execute(
        select(card_crm_field_table.c.card_id, card_crm_field_table.c.field_id)
        .add_columns(card_crm_field_table.c.value)
        .join(card_table, card_table.c.id == card_crm_field_table.c.card_id)
        .where(card_table.c.journey_id == journey_id)
        .order_by(card_crm_field_table.c.card_id, card_crm_field_table.c.position)
    )
    for card_id, field_id, value in crm_rows:
        crm_links[card_id].append(CrmLink(field_id, value))
    cards: dict[str, Card] = {}
    card_rows = connection.execute(
        select(card_table).where(card_table.c.journey_id == journey_id)
    ).mappings()
    for r in card_rows:
        cards[r["id"]] = Card(
            id=r["id"],
            text=r["text"],
            stage_id=r["stage_id"],
            channel_id=r["channel_id"],
            order=r["position"],
            rating=Rating(r["rating"]),
            emotion=r["emotion"],
            moment_of_truth=bool(r["moment_of_truth"]),
            notes=r["notes"],
            owner_team=r["owner_team"],
            persona_ids=personas.get(r["id"], []),
            crm_links=crm_links.get(r["id"], []),
        )
    links = {
        r["id"]: CardLink(
            id=r["id"], from_card_id=r["from_card_id"], to_card_id=r["to_card_id"], label=r["label"]
        )
        for r in connection.execute(
            select(card_link_table).where(card_link_table.c.journey_id == journey_id)
        ).mappings()
    }
    journey = Journey(
        id=journey_id,
        name=row["name"],
        kind=JourneyKind(row["kind"]),
        segment=row["segment"],
        cards=cards,
        links=links,
    )
    journey.reindex()
    return journey


def _action(row: Any) -> Action:
    return Action(
        id=row["id"],
        text=row["text"],
        card_id=row["card_id"],
        owner=row["owner"],
        priority=Level(row["priority"]),
        impact=Level(row["impact"]),
        effort=Level(row["effort"]),
        status=ActionStatus(row["status"]),
        due=row["due"],
    )


def _snapshot(row: Any) -> Snapshot:
    return Snapshot(
        id=row["id"], name=row["name"], taken_at=row["taken_at"], content=dict(row["content"])
    )
