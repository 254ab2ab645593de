"""A workshop as plain JSON-ready data, and back.

The same format carries templates, the sample workshop, snapshots and the neutral export.
Enums are written as their values; lists keep their order; ``format`` names the version.
Templates may use readable ids ("stage-discovery"): :func:`with_fresh_ids` gives every
entity a new UUID while keeping every reference between them.
"""

from __future__ import annotations

import uuid
from typing import Any

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

FORMAT = "journey-studio/1"

Data = dict[str, Any]


class InvalidWorkshopData(ValueError):
    """The data does not describe a workshop; the message says where."""


def workshop_to_dict(workshop: Workshop, *, with_snapshots: bool = True) -> Data:
    return {
        "format": FORMAT,
        "id": workshop.id,
        "name": workshop.name,
        "client": workshop.client,
        "facilitator": workshop.facilitator,
        "workshop_date": workshop.workshop_date,
        "language": workshop.language,
        "description": workshop.description,
        "converted_status": workshop.converted_status,
        "stages": [stage_to_dict(s) for s in workshop.stages],
        "channels": [channel_to_dict(c) for c in workshop.channels],
        "personas": [persona_to_dict(p) for p in workshop.personas],
        "crm_fields": [crm_field_to_dict(f) for f in workshop.crm_fields],
        "pipelines": [pipeline_to_dict(p) for p in workshop.pipelines],
        "journeys": [journey_to_dict(j) for j in workshop.journeys],
        "actions": [action_to_dict(a) for a in workshop.actions],
        "snapshots": [snapshot_to_dict(s) for s in workshop.snapshots] if with_snapshots else [],
    }


def stage_to_dict(stage: Stage) -> Data:
    return {
        "id": stage.id,
        "name": stage.name,
        "definition": stage.definition,
        "entry_criteria": stage.entry_criteria,
        "exit_criteria": stage.exit_criteria,
        "lifecycle_status": stage.lifecycle_status,
        "kpis": [kpi_to_dict(k) for k in stage.kpis],
        "phase": stage.phase,
        "colour": stage.colour,
    }


def kpi_to_dict(kpi: Kpi) -> Data:
    return {"name": kpi.name, "target": kpi.target, "unit": kpi.unit}


def channel_to_dict(channel: Channel) -> Data:
    return {
        "id": channel.id,
        "name": channel.name,
        "kind": channel.kind.value,
        "icon": channel.icon,
    }


def persona_to_dict(persona: Persona) -> Data:
    return {
        "id": persona.id,
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


def crm_field_to_dict(crm_field: CrmField) -> Data:
    return {
        "id": crm_field.id,
        "label": crm_field.label,
        "api_name": crm_field.api_name,
        "object": crm_field.object.value,
        "custom_object": crm_field.custom_object,
        "type": crm_field.type.value,
        "allowed_values": list(crm_field.allowed_values),
    }


def pipeline_to_dict(pipeline: Pipeline) -> Data:
    return {
        "id": pipeline.id,
        "name": pipeline.name,
        "team": pipeline.team,
        "colour": pipeline.colour,
        "stages": [pipeline_stage_to_dict(s) for s in pipeline.stages],
    }


def pipeline_stage_to_dict(stage: PipelineStage) -> Data:
    return {
        "id": stage.id,
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


def journey_to_dict(journey: Journey) -> Data:
    cards = sorted(journey.cards.values(), key=lambda c: (c.stage_id, c.channel_id, c.order))
    return {
        "id": journey.id,
        "name": journey.name,
        "kind": journey.kind.value,
        "segment": journey.segment,
        "cards": [card_to_dict(c) for c in cards],
        "links": [link_to_dict(journey.links[i]) for i in sorted(journey.links)],
    }


def card_to_dict(card: Card) -> Data:
    return {
        "id": card.id,
        "text": card.text,
        "stage_id": card.stage_id,
        "channel_id": card.channel_id,
        "order": card.order,
        "rating": card.rating.value,
        "emotion": card.emotion,
        "moment_of_truth": card.moment_of_truth,
        "notes": card.notes,
        "owner_team": card.owner_team,
        "persona_ids": list(card.persona_ids),
        "crm_links": [{"field_id": link.field_id, "value": link.value} for link in card.crm_links],
    }


def link_to_dict(link: CardLink) -> Data:
    return {
        "id": link.id,
        "from_card_id": link.from_card_id,
        "to_card_id": link.to_card_id,
        "label": link.label,
    }


def action_to_dict(action: Action) -> Data:
    return {
        "id": action.id,
        "text": action.text,
        "card_id": action.card_id,
        "owner": action.owner,
        "priority": action.priority.value,
        "impact": action.impact.value,
        "effort": action.effort.value,
        "status": action.status.value,
        "due": action.due,
    }


def snapshot_to_dict(snapshot: Snapshot) -> Data:
    return {
        "id": snapshot.id,
        "name": snapshot.name,
        "taken_at": snapshot.taken_at,
        "content": snapshot.content,
    }


def workshop_from_dict(data: Data) -> Workshop:
    """Build a workshop from :func:`workshop_to_dict` data; raises InvalidWorkshopData."""
    try:
        return _workshop_from_dict(data)
    except InvalidWorkshopData:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise InvalidWorkshopData(f"This is not workshop data ({_describe(error)}).") from error


def _describe(error: Exception) -> str:
    if isinstance(error, KeyError):
        return f"missing {error.args[0]!r}"
    return str(error)


def _workshop_from_dict(data: Data) -> Workshop:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise InvalidWorkshopData(f"This is not workshop data: 'format' should be {FORMAT!r}.")
    return Workshop(
        id=_text(data["id"]),
        name=_text(data["name"]),
        client=_text(data.get("client", "")),
        facilitator=_text(data.get("facilitator", "")),
        workshop_date=data.get("workshop_date"),
        language=_text(data.get("language", "fr")),
        description=_text(data.get("description", "")),
        converted_status=_text(data.get("converted_status", "")),
        stages=[stage_from_dict(s) for s in data.get("stages", [])],
        channels=[channel_from_dict(c) for c in data.get("channels", [])],
        personas=[persona_from_dict(p) for p in data.get("personas", [])],
        crm_fields=[crm_field_from_dict(f) for f in data.get("crm_fields", [])],
        pipelines=[pipeline_from_dict(p) for p in data.get("pipelines", [])],
        journeys=[journey_from_dict(j) for j in data.get("journeys", [])],
        actions=[action_from_dict(a) for a in data.get("actions", [])],
        snapshots=[snapshot_from_dict(s) for s in data.get("snapshots", [])],
    )


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise InvalidWorkshopData(f"Expected text, found {value!r}.")
    return value


def _optional_int(value: object) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InvalidWorkshopData(f"Expected a whole number, found {value!r}.")
    return int(value)


def _texts(values: object) -> list[str]:
    if not isinstance(values, list):
        raise InvalidWorkshopData(f"Expected a list, found {values!r}.")
    return [_text(v) for v in values]


def stage_from_dict(data: Data) -> Stage:
    return Stage(
        id=_text(data["id"]),
        name=_text(data["name"]),
        definition=_text(data.get("definition", "")),
        entry_criteria=_text(data.get("entry_criteria", "")),
        exit_criteria=_text(data.get("exit_criteria", "")),
        lifecycle_status=_text(data.get("lifecycle_status", "")),
        kpis=[kpi_from_dict(k) for k in data.get("kpis", [])],
        phase=_text(data.get("phase", "")),
        colour=_text(data.get("colour", "#5B7DB1")),
    )


def kpi_from_dict(data: Data) -> Kpi:
    target = data.get("target")
    if target is not None and (isinstance(target, bool) or not isinstance(target, int | float)):
        raise InvalidWorkshopData(f"A KPI target should be a number, found {target!r}.")
    return Kpi(
        name=_text(data["name"]),
        target=None if target is None else float(target),
        unit=_text(data.get("unit", "")),
    )


def channel_from_dict(data: Data) -> Channel:
    return Channel(
        id=_text(data["id"]),
        name=_text(data["name"]),
        kind=ChannelKind(data.get("kind", "digital")),
        icon=_text(data.get("icon", "")),
    )


def persona_from_dict(data: Data) -> Persona:
    attributes = data.get("attributes", {})
    if not isinstance(attributes, dict):
        raise InvalidWorkshopData("A persona's attributes should be a mapping.")
    return Persona(
        id=_text(data["id"]),
        name=_text(data["name"]),
        role=_text(data.get("role", "")),
        description=_text(data.get("description", "")),
        goals=_texts(data.get("goals", [])),
        frustrations=_texts(data.get("frustrations", [])),
        preferred_channel_ids=_texts(data.get("preferred_channel_ids", [])),
        budget=_text(data.get("budget", "")),
        colour=_text(data.get("colour", "#8E6BB8")),
        attributes={_text(k): _text(v) for k, v in attributes.items()},
    )


def crm_field_from_dict(data: Data) -> CrmField:
    return CrmField(
        id=_text(data["id"]),
        label=_text(data["label"]),
        api_name=_text(data["api_name"]),
        object=CrmObject(data.get("object", "contact")),
        custom_object=_text(data.get("custom_object", "")),
        type=CrmFieldType(data.get("type", "text")),
        allowed_values=_texts(data.get("allowed_values", [])),
    )


def pipeline_from_dict(data: Data) -> Pipeline:
    return Pipeline(
        id=_text(data["id"]),
        name=_text(data["name"]),
        team=_text(data.get("team", "")),
        colour=_text(data.get("colour", "#3C8D93")),
        stages=[pipeline_stage_from_dict(s) for s in data.get("stages", [])],
    )


def pipeline_stage_from_dict(data: Data) -> PipelineStage:
    stage_id = data.get("stage_id")
    return PipelineStage(
        id=_text(data["id"]),
        name=_text(data["name"]),
        probability=_optional_int(data.get("probability")),
        closed=bool(data.get("closed", False)),
        won=bool(data.get("won", False)),
        forecast_category=ForecastCategory(data.get("forecast_category", "Pipeline")),
        stale_after_days=_optional_int(data.get("stale_after_days")),
        entry_criteria=_text(data.get("entry_criteria", "")),
        exit_criteria=_text(data.get("exit_criteria", "")),
        stage_id=None if stage_id is None else _text(stage_id),
        signal_fields=_crm_links(data.get("signal_fields", [])),
    )


def journey_from_dict(data: Data) -> Journey:
    cards = [card_from_dict(c) for c in data.get("cards", [])]
    links = [link_from_dict(link) for link in data.get("links", [])]
    journey = Journey(
        id=_text(data["id"]),
        name=_text(data["name"]),
        kind=JourneyKind(data.get("kind", "current")),
        segment=_text(data.get("segment", "")),
        cards={c.id: c for c in cards},
        links={link.id: link for link in links},
    )
    journey.reindex()
    return journey


def card_from_dict(data: Data) -> Card:
    emotion = _optional_int(data.get("emotion"))
    return Card(
        id=_text(data["id"]),
        text=_text(data["text"]),
        stage_id=_text(data["stage_id"]),
        channel_id=_text(data["channel_id"]),
        order=_optional_int(data.get("order", 0)) or 0,
        rating=Rating(data.get("rating", "none")),
        emotion=emotion,
        moment_of_truth=bool(data.get("moment_of_truth", False)),
        notes=_text(data.get("notes", "")),
        owner_team=_text(data.get("owner_team", "")),
        persona_ids=_texts(data.get("persona_ids", [])),
        crm_links=_crm_links(data.get("crm_links", [])),
    )


def _crm_links(data: object) -> list[CrmLink]:
    if not isinstance(data, list):
        raise InvalidWorkshopData(f"Expected a list of CRM field links, found {data!r}.")
    return [
        CrmLink(field_id=_text(link["field_id"]), value=_text(link.get("value", "")))
        for link in data
    ]


def link_from_dict(data: Data) -> CardLink:
    return CardLink(
        id=_text(data["id"]),
        from_card_id=_text(data["from_card_id"]),
        to_card_id=_text(data["to_card_id"]),
        label=_text(data.get("label", "")),
    )


def action_from_dict(data: Data) -> Action:
    card_id = data.get("card_id")
    due = data.get("due")
    return Action(
        id=_text(data["id"]),
        text=_text(data["text"]),
        card_id=None if card_id is None else _text(card_id),
        owner=_text(data.get("owner", "")),
        priority=Level(data.get("priority", "medium")),
        impact=Level(data.get("impact", "medium")),
        effort=Level(data.get("effort", "medium")),
        status=ActionStatus(data.get("status", "todo")),
        due=None if due is None else _text(due),
    )


def snapshot_from_dict(data: Data) -> Snapshot:
    content = data["content"]
    if not isinstance(content, dict):
        raise InvalidWorkshopData("A snapshot's content should be workshop data.")
    return Snapshot(
        id=_text(data["id"]),
        name=_text(data["name"]),
        taken_at=_text(data["taken_at"]),
        content=content,
    )


_ID_KEYS = {"id"}
_REFERENCE_KEYS = {"stage_id", "channel_id", "field_id", "from_card_id", "to_card_id", "card_id"}
_REFERENCE_LIST_KEYS = {"persona_ids", "preferred_channel_ids"}


def with_fresh_ids(data: Data) -> Data:
    """A copy of workshop data where every id is a new UUID and every reference follows.

    Snapshot contents are left as they are: they are frozen records.
    """
    mapping: dict[str, str] = {}

    def fresh(old: str) -> str:
        if old not in mapping:
            mapping[old] = str(uuid.uuid4())
        return mapping[old]

    def collect(node: object) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key in _ID_KEYS and isinstance(value, str):
                    fresh(value)
                elif key != "content":
                    collect(value)
        elif isinstance(node, list):
            for item in node:
                collect(item)

    def rewrite(node: object) -> object:
        if isinstance(node, dict):
            result: dict[str, object] = {}
            for key, value in node.items():
                if key == "content":
                    result[key] = value
                elif (key in _ID_KEYS or key in _REFERENCE_KEYS) and isinstance(value, str):
                    result[key] = mapping.get(value, value)
                elif key in _REFERENCE_LIST_KEYS and isinstance(value, list):
                    result[key] = [mapping.get(v, v) for v in value]
                else:
                    result[key] = rewrite(value)
            return result
        if isinstance(node, list):
            return [rewrite(item) for item in node]
        return node

    collect(data)
    rewritten = rewrite(data)
    assert isinstance(rewritten, dict)
    return rewritten
