"""The sample workshop the editor opens on first run: complete, consistent and realistic."""

from __future__ import annotations

import re
import uuid
from collections import Counter
from typing import TYPE_CHECKING

import pytest

from journey_studio.model.vocabulary import EMOTION_MAX, EMOTION_MIN, JourneyKind, Rating

if TYPE_CHECKING:
    from journey_studio.model.workshop import Journey, Workshop

FIRST_PERSON = re.compile(r"^(je|j'|j’)", re.IGNORECASE)


@pytest.fixture(scope="module")
def workshop() -> Workshop:
    from journey_studio.templates import sample_workshop

    return sample_workshop()


def _journey(workshop: Workshop, kind: JourneyKind) -> Journey:
    (journey,) = [j for j in workshop.journeys if j.kind is kind]
    return journey


def test_is_a_french_workshop_with_a_current_and_a_target_journey(workshop: Workshop) -> None:
    assert workshop.language == "fr"
    assert workshop.name
    assert workshop.client
    assert workshop.facilitator
    assert workshop.workshop_date == "2026-10-15"
    assert workshop.snapshots == []
    current = _journey(workshop, JourneyKind.CURRENT)
    target = _journey(workshop, JourneyKind.TARGET)
    assert len(current.cards) >= 20
    assert len(target.cards) > len(current.cards)


def test_describes_the_method(workshop: Workshop) -> None:
    assert len(workshop.stages) == 5
    assert len(workshop.channels) == 7
    assert len(workshop.personas) == 3
    assert 6 <= len(workshop.crm_fields) <= 8
    assert len(workshop.pipelines) == 4
    assert 8 <= len(workshop.actions) <= 10
    for stage in workshop.stages:
        assert stage.definition
        assert stage.entry_criteria
        assert stage.exit_criteria
        assert stage.lifecycle_status
        assert stage.phase
        assert 1 <= len(stage.kpis) <= 3
        assert all(kpi.target is not None and kpi.unit for kpi in stage.kpis)


def test_every_id_is_a_fresh_uuid(workshop: Workshop) -> None:
    ids = [workshop.id]
    ids += [s.id for s in workshop.stages]
    ids += [c.id for c in workshop.channels]
    ids += [p.id for p in workshop.personas]
    ids += [f.id for f in workshop.crm_fields]
    ids += [p.id for p in workshop.pipelines]
    ids += [s.id for p in workshop.pipelines for s in p.stages]
    ids += [j.id for j in workshop.journeys]
    ids += [card_id for j in workshop.journeys for card_id in j.cards]
    ids += [link_id for j in workshop.journeys for link_id in j.links]
    ids += [a.id for a in workshop.actions]
    assert len(ids) == len(set(ids))
    for value in ids:
        assert str(uuid.UUID(value)) == value


def test_cards_reference_existing_entities(workshop: Workshop) -> None:
    stage_ids = {s.id for s in workshop.stages}
    channel_ids = {c.id for c in workshop.channels}
    persona_ids = {p.id for p in workshop.personas}
    field_ids = {f.id for f in workshop.crm_fields}
    for journey in workshop.journeys:
        for card in journey.cards.values():
            assert card.stage_id in stage_ids
            assert card.channel_id in channel_ids
            assert 1 <= len(card.persona_ids) <= 3
            assert set(card.persona_ids) <= persona_ids
            assert {link.field_id for link in card.crm_links} <= field_ids


def test_personas_prefer_existing_channels(workshop: Workshop) -> None:
    channel_ids = {c.id for c in workshop.channels}
    for persona in workshop.personas:
        assert persona.preferred_channel_ids
        assert set(persona.preferred_channel_ids) <= channel_ids


def test_pipeline_stages_belong_to_journey_stages(workshop: Workshop) -> None:
    stage_ids = {s.id for s in workshop.stages}
    for pipeline in workshop.pipelines:
        assert pipeline.stages
        for stage in pipeline.stages:
            assert stage.stage_id in stage_ids
            assert stage.entry_criteria
            assert stage.exit_criteria
            assert stage.probability is None or 0 <= stage.probability <= 100
    probabilities = {s.probability for p in workshop.pipelines for s in p.stages if s.closed}
    assert probabilities == {0, 100}


def test_links_join_cards_of_the_same_journey(workshop: Workshop) -> None:
    for journey in workshop.journeys:
        assert journey.links
        for link in journey.links.values():
            assert link.from_card_id in journey.cards
            assert link.to_card_id in journey.cards
            assert link.from_card_id != link.to_card_id


def test_actions_point_at_cards(workshop: Workshop) -> None:
    card_ids = {card_id for j in workshop.journeys for card_id in j.cards}
    for action in workshop.actions:
        assert action.text
        assert action.owner
        assert action.card_id in card_ids


def test_orders_are_dense_in_every_cell(workshop: Workshop) -> None:
    for journey in workshop.journeys:
        by_cell: dict[tuple[str, str], list[int]] = {}
        for card in journey.cards.values():
            by_cell.setdefault(card.cell, []).append(card.order)
        for cell, orders in by_cell.items():
            assert sorted(orders) == list(range(len(orders)))
            assert len(journey.cell_card_ids(*cell)) == len(orders)
        assert max(len(orders) for orders in by_cell.values()) == 3
        assert len(by_cell) < len(workshop.stages) * len(workshop.channels)


def test_every_rating_appears_in_each_journey(workshop: Workshop) -> None:
    for journey in workshop.journeys:
        assert {card.rating for card in journey.cards.values()} == set(Rating)


def test_the_target_journey_fixes_the_current_one(workshop: Workshop) -> None:
    def frictions(journey: Journey) -> int:
        ratings = Counter(card.rating for card in journey.cards.values())
        return ratings[Rating.IRRITANT] + ratings[Rating.BREAKING_POINT]

    current = _journey(workshop, JourneyKind.CURRENT)
    target = _journey(workshop, JourneyKind.TARGET)
    assert frictions(target) < frictions(current)


def test_emotions_agree_with_ratings(workshop: Workshop) -> None:
    cards = [card for j in workshop.journeys for card in j.cards.values()]
    assert sum(card.emotion is not None for card in cards) > len(cards) * 3 // 4
    for card in cards:
        if card.emotion is None:
            continue
        assert EMOTION_MIN <= card.emotion <= EMOTION_MAX
        if card.rating is Rating.DELIGHT:
            assert card.emotion > 0
        elif card.rating in (Rating.IRRITANT, Rating.BREAKING_POINT):
            assert card.emotion < 0
    assert 3 <= sum(card.moment_of_truth for card in cards) <= 8


def test_only_one_or_two_cards_are_not_in_the_first_person(workshop: Workshop) -> None:
    texts = [card.text for j in workshop.journeys for card in j.cards.values()]
    others = [text for text in texts if not FIRST_PERSON.match(text)]
    assert 1 <= len(others) <= 2
