"""The content of each sheet as plain values (text, numbers, dates), without openpyxl.

Lists inside a cell (a card's personas, a persona's goals, a stage's KPIs) are one item per
line; a link to a CRM field is ``Label = value`` (just ``Label`` when it has no value); a KPI
is ``Name : target unit`` (``Name: target unit`` in English). The importer reads them back.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from typing import TYPE_CHECKING

from journey_studio.crm_words import forecast_category
from journey_studio.exporters.excel import words
from journey_studio.exporters.excel.words import word
from journey_studio.model.vocabulary import Rating

if TYPE_CHECKING:
    from journey_studio.model.workshop import Card, CrmLink, Journey, Kpi, Workshop

Value = str | int | float | datetime.date | None
Row = list[Value]


def number_text(value: float, language: str) -> str:
    """A number as a consultant writes it: no useless ``.0``, a decimal comma in French."""
    text = str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    return text.replace(".", ",") if language == "fr" else text


def kpi_text(kpi: Kpi, language: str) -> str:
    colon = " : " if language == "fr" else ": "
    if kpi.target is None:
        return f"{kpi.name}{colon}\u2013 {kpi.unit}".rstrip() if kpi.unit else kpi.name
    return f"{kpi.name}{colon}{number_text(kpi.target, language)} {kpi.unit}".rstrip()


def crm_links_text(links: list[CrmLink], labels: dict[str, str]) -> str:
    return "\n".join(
        f"{labels[link.field_id]} = {link.value}" if link.value else labels[link.field_id]
        for link in links
    )


def lines(items: list[str]) -> str:
    return "\n".join(items)


def ordered_cards(workshop: Workshop, journey: Journey) -> list[Card]:
    """A journey's cards as they read on the map: by stage, then channel, then place."""
    stage_at = {s.id: i for i, s in enumerate(workshop.stages)}
    channel_at = {c.id: i for i, c in enumerate(workshop.channels)}
    return sorted(
        journey.cards.values(),
        key=lambda c: (stage_at.get(c.stage_id, 0), channel_at.get(c.channel_id, 0), c.order),
    )


def touchpoint_rows(workshop: Workshop, language: str) -> Iterator[Row]:
    """One row per card, in the order of :data:`words.TOUCHPOINT_COLUMNS`."""
    stages = {s.id: s.name for s in workshop.stages}
    channels = {c.id: c.name for c in workshop.channels}
    personas = {p.id: p.name for p in workshop.personas}
    labels = {f.id: f.label for f in workshop.crm_fields}
    ratings = {r: word(pair, language) for r, pair in words.RATINGS.items()}
    yes, no = word(words.YES_NO[True], language), word(words.YES_NO[False], language)
    for journey in workshop.journeys:
        for card in ordered_cards(workshop, journey):
            yield [
                journey.name,
                stages[card.stage_id],
                channels[card.channel_id],
                card.order + 1,
                card.text,
                ratings[card.rating] or None,
                card.emotion,
                yes if card.moment_of_truth else no,
                lines([personas[i] for i in card.persona_ids]),
                crm_links_text(card.crm_links, labels),
                card.owner_team,
                card.notes,
                card.id,
            ]


def persona_rows(workshop: Workshop, language: str) -> Iterator[Row]:
    channels = {c.id: c.name for c in workshop.channels}
    colon = " : " if language == "fr" else ": "
    for persona in workshop.personas:
        yield [
            persona.name,
            persona.role,
            persona.description,
            lines(persona.goals),
            lines(persona.frustrations),
            lines([channels[i] for i in persona.preferred_channel_ids if i in channels]),
            persona.budget,
            lines([f"{key}{colon}{value}" for key, value in persona.attributes.items()]),
            persona.colour,
            persona.id,
        ]


def stage_rows(workshop: Workshop, language: str) -> Iterator[Row]:
    for stage in workshop.stages:
        yield [
            stage.name,
            stage.phase,
            stage.definition,
            stage.entry_criteria,
            stage.exit_criteria,
            stage.lifecycle_status,
            lines([kpi_text(k, language) for k in stage.kpis]),
            stage.colour,
            stage.id,
        ]


def pipeline_rows(workshop: Workshop, language: str) -> Iterator[Row]:
    """One row per pipeline stage; a pipeline without stages has one row of its own."""
    stages = {s.id: s.name for s in workshop.stages}
    labels = {f.id: f.label for f in workshop.crm_fields}
    yes, no = word(words.YES_NO[True], language), word(words.YES_NO[False], language)
    for pipeline in workshop.pipelines:
        head: Row = [pipeline.name, pipeline.team, pipeline.colour]
        if not pipeline.stages:
            yield [*head, *([None] * 10), pipeline.id, None]
        for stage in pipeline.stages:
            yield [
                *head,
                stage.name,
                stages.get(stage.stage_id or ""),
                stage.probability,
                yes if stage.closed else no,
                yes if stage.won else no,
                forecast_category(stage.forecast_category, language),
                stage.stale_after_days,
                stage.entry_criteria,
                stage.exit_criteria,
                crm_links_text(stage.signal_fields, labels),
                pipeline.id,
                stage.id,
            ]


def crm_field_rows(workshop: Workshop) -> Iterator[Row]:
    for crm_field in workshop.crm_fields:
        yield [
            crm_field.label,
            crm_field.api_name,
            crm_field.object.value,
            crm_field.custom_object,
            crm_field.type.value,
            lines(crm_field.allowed_values),
            crm_field.id,
        ]


def action_rows(workshop: Workshop, language: str) -> Iterator[Row]:
    texts = {card.id: card.text for j in workshop.journeys for card in j.cards.values()}
    for number, action in enumerate(workshop.actions, 1):
        yield [
            number,
            action.text,
            texts.get(action.card_id or ""),
            action.owner,
            word(words.PRIORITIES[action.priority], language),
            word(words.STRENGTHS[action.impact], language),
            word(words.STRENGTHS[action.effort], language),
            word(words.STATUSES[action.status], language),
            datetime.date.fromisoformat(action.due) if action.due else None,
            action.card_id,
            action.id,
        ]


def data_rows(workshop: Workshop, language: str) -> Iterator[Row]:
    """The technical sheet: what the other sheets do not show, for importing back."""
    yield ["format", words.FORMAT, words.phrase("data_note", language)]
    yield ["workshop", "id", workshop.id]
    yield ["workshop", "name", workshop.name]
    yield ["workshop", "client", workshop.client]
    yield ["workshop", "facilitator", workshop.facilitator]
    yield ["workshop", "workshop_date", workshop.workshop_date]
    yield ["workshop", "language", workshop.language]
    yield ["workshop", "description", workshop.description]
    yield ["workshop", "converted_status", workshop.converted_status]
    for channel in workshop.channels:
        yield ["channel", channel.id, channel.name, channel.kind.value, channel.icon]
    for journey in workshop.journeys:
        yield ["journey", journey.id, journey.name, journey.kind.value, journey.segment]
    for journey in workshop.journeys:
        for link in journey.links.values():
            yield ["link", journey.id, link.id, link.from_card_id, link.to_card_id, link.label]


def map_line(card: Card) -> tuple[str, str]:
    """A card on a map sheet: (its marker, its text with the moment-of-truth star)."""
    star = f" {words.MOMENT_OF_TRUTH_MARK}" if card.moment_of_truth else ""
    return words.RATING_MARKERS[card.rating], f"{card.text}{star}"


def is_rated(card: Card) -> bool:
    return card.rating is not Rating.NONE
