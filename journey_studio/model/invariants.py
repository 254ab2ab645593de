"""The rules a workshop always obeys, as a list of the ones it breaks.

Edits keep these true; tests check them after every edit, and ``journey-studio check``
reports them for a file that something else may have written.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from journey_studio.model.vocabulary import EMOTION_MAX, EMOTION_MIN

if TYPE_CHECKING:
    from journey_studio.model.workshop import Journey, Workshop


def broken_rules(workshop: Workshop) -> list[str]:
    """One sentence per broken rule; empty when the workshop is sound."""
    problems: list[str] = []
    ids = Counter(
        [workshop.id]
        + [s.id for s in workshop.stages]
        + [c.id for c in workshop.channels]
        + [p.id for p in workshop.personas]
        + [f.id for f in workshop.crm_fields]
        + [p.id for p in workshop.pipelines]
        + [s.id for p in workshop.pipelines for s in p.stages]
        + [j.id for j in workshop.journeys]
        + [c for j in workshop.journeys for c in j.cards]
        + [link for j in workshop.journeys for link in j.links]
        + [a.id for a in workshop.actions]
        + [s.id for s in workshop.snapshots]
    )
    problems += [f"The id {i!r} is used {n} times." for i, n in ids.items() if n > 1]
    stage_ids = {s.id for s in workshop.stages}
    channel_ids = {c.id for c in workshop.channels}
    persona_ids = {p.id for p in workshop.personas}
    field_ids = {f.id for f in workshop.crm_fields}
    all_cards = {c for j in workshop.journeys for c in j.cards}
    for persona in workshop.personas:
        if not set(persona.preferred_channel_ids) <= channel_ids:
            problems.append(f"Persona {persona.name!r} prefers a channel that does not exist.")
    for pipeline in workshop.pipelines:
        for stage in pipeline.stages:
            if stage.stage_id is not None and stage.stage_id not in stage_ids:
                problems.append(f"Pipeline stage {stage.name!r} belongs to a missing stage.")
            if not {s.field_id for s in stage.signal_fields} <= field_ids:
                problems.append(f"Pipeline stage {stage.name!r} names a missing CRM field.")
            if stage.probability is not None and not 0 <= stage.probability <= 100:
                problems.append(f"Pipeline stage {stage.name!r} has a probability out of range.")
    for journey in workshop.journeys:
        problems += _journey_problems(journey, stage_ids, channel_ids, persona_ids, field_ids)
    for action in workshop.actions:
        if action.card_id is not None and action.card_id not in all_cards:
            problems.append(f"Action {action.text!r} points at a card that does not exist.")
    return problems


def _journey_problems(
    journey: Journey,
    stage_ids: set[str],
    channel_ids: set[str],
    persona_ids: set[str],
    field_ids: set[str],
) -> list[str]:
    problems: list[str] = []
    where = f"In journey {journey.name!r}"
    seen: set[str] = set()
    for (stage_id, channel_id), ids in journey.cells():
        orders = [journey.cards[i].order for i in ids]
        if orders != list(range(len(ids))):
            problems.append(f"{where}, the cards of a cell are not numbered 0, 1, 2, ...")
        for card_id in ids:
            card = journey.cards[card_id]
            if card.cell != (stage_id, channel_id):
                problems.append(f"{where}, card {card.text!r} is filed in the wrong cell.")
        seen.update(ids)
    if seen != set(journey.cards):
        problems.append(f"{where}, some cards are in no cell.")
    for card in journey.cards.values():
        if card.stage_id not in stage_ids or card.channel_id not in channel_ids:
            problems.append(f"{where}, card {card.text!r} sits outside the grid.")
        if not set(card.persona_ids) <= persona_ids:
            problems.append(f"{where}, card {card.text!r} is linked to a missing persona.")
        if len(set(card.persona_ids)) != len(card.persona_ids):
            problems.append(f"{where}, card {card.text!r} lists a persona twice.")
        crm_ids = [link.field_id for link in card.crm_links]
        if not set(crm_ids) <= field_ids or len(set(crm_ids)) != len(crm_ids):
            problems.append(f"{where}, card {card.text!r} has a broken CRM field link.")
        if card.emotion is not None and not EMOTION_MIN <= card.emotion <= EMOTION_MAX:
            problems.append(f"{where}, card {card.text!r} has an emotion out of range.")
    for link in journey.links.values():
        if link.from_card_id not in journey.cards or link.to_card_id not in journey.cards:
            problems.append(f"{where}, a link joins a card that is not in the journey.")
    return problems
