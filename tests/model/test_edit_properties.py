"""Properties of the edits over random workshops and random sequences of valid edits.

After every edit the workshop obeys every rule; undoing all the edits in reverse gives back
the very workshop we started from; redoing them gives the same end as the first time; and
each edit's ``Changes`` name every row it touched, so that writing just those rows turns the
old rows into the new ones. The strategies live in ``tests/support/strategies.py`` so that
storage tests can replay the same sequences through a workshop file.
"""

from __future__ import annotations

import copy
import inspect

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.strategies import (
    EDIT_KINDS,
    EditSequence,
    edit_sequences,
    edits_for,
    round_trip,
    workshop_rows,
)
from support.synthetic import (
    TEXT_MAX,
    TEXT_MIN,
    card_texts,
    stage_and_channel_counts,
    synthetic_workshop,
)

from journey_studio.model import edits
from journey_studio.model.edits import Applied, Changes, Compound, Edit, UpdateFields
from journey_studio.model.invariants import broken_rules
from journey_studio.model.serialization import workshop_to_dict
from journey_studio.model.vocabulary import JourneyKind, Rating
from journey_studio.model.workshop import Snapshot, Workshop

SEQUENCES = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def rich_workshop() -> Workshop:
    """A workshop where every kind of edit can apply: cards, links, a snapshot, ..."""
    workshop = synthetic_workshop(30, seed=11, journeys=2)
    content = workshop_to_dict(workshop, with_snapshots=False)
    workshop.snapshots.append(Snapshot("Avant l'atelier", "2026-10-15T09:00:00", content))
    assert broken_rules(workshop) == []
    return workshop


RICH = rich_workshop()

EDIT_CLASSES: dict[str, type[Edit]] = {
    "add cards": edits.AddCards,
    "remove cards": edits.RemoveCards,
    "move card": edits.MoveCard,
    "move cards": edits.MoveCards,
    "update card": edits.UpdateCard,
    "link persona": edits.LinkPersona,
    "unlink persona": edits.UnlinkPersona,
    "link CRM field": edits.LinkCrmField,
    "unlink CRM field": edits.UnlinkCrmField,
    "add card link": edits.AddCardLink,
    "remove card link": edits.RemoveCardLink,
    "update card link": edits.UpdateCardLink,
    "add stage": edits.AddStage,
    "remove stage": edits.RemoveStage,
    "move stage": edits.MoveStage,
    "update stage": edits.UpdateStage,
    "add channel": edits.AddChannel,
    "remove channel": edits.RemoveChannel,
    "move channel": edits.MoveChannel,
    "update channel": edits.UpdateChannel,
    "add persona": edits.AddPersona,
    "remove persona": edits.RemovePersona,
    "move persona": edits.MovePersona,
    "update persona": edits.UpdatePersona,
    "add CRM field": edits.AddCrmField,
    "remove CRM field": edits.RemoveCrmField,
    "move CRM field": edits.MoveCrmField,
    "update CRM field": edits.UpdateCrmField,
    "add pipeline": edits.AddPipeline,
    "remove pipeline": edits.RemovePipeline,
    "move pipeline": edits.MovePipeline,
    "update pipeline": edits.UpdatePipeline,
    "add pipeline stage": edits.AddPipelineStage,
    "remove pipeline stage": edits.RemovePipelineStage,
    "move pipeline stage": edits.MovePipelineStage,
    "update pipeline stage": edits.UpdatePipelineStage,
    "update workshop": edits.UpdateWorkshop,
    "add journey": edits.AddJourney,
    "remove journey": edits.RemoveJourney,
    "move journey": edits.MoveJourney,
    "update journey": edits.UpdateJourney,
    "add action": edits.AddAction,
    "remove action": edits.RemoveAction,
    "move action": edits.MoveAction,
    "update action": edits.UpdateAction,
    "take snapshot": edits.TakeSnapshot,
    "remove snapshot": edits.RemoveSnapshot,
    "update snapshot": edits.UpdateSnapshot,
    "compound": edits.Compound,
}
"""The class of the edit each kind in the strategies draws."""


def replay(sequence: EditSequence) -> tuple[Workshop, list[Applied]]:
    """Apply the sequence to a fresh copy, checking the rules after every edit."""
    workshop = sequence.fresh_start()
    applied = []
    for edit in sequence.edits:
        applied.append(edit.apply(workshop))
        assert broken_rules(workshop) == [], edit
    return workshop, applied


# --- every kind of edit on its own -----------------------------------------------------------


@pytest.mark.parametrize("kind", sorted(EDIT_KINDS))
@settings(max_examples=12, deadline=None)
@given(data=st.data())
def test_each_kind_of_edit_keeps_the_rules_and_undoes_exactly(kind, data):
    workshop = copy.deepcopy(RICH)
    edit = data.draw(edits_for(workshop, kinds=[kind]), label="edit")
    assert type(edit) is EDIT_CLASSES[kind]
    applied = edit.apply(workshop)
    assert broken_rules(workshop) == []
    after = workshop_to_dict(workshop)
    undone = applied.inverse.apply(workshop)
    assert broken_rules(workshop) == []
    assert workshop == RICH
    assert workshop_to_dict(workshop) == workshop_to_dict(RICH)
    undone.inverse.apply(workshop)
    assert workshop_to_dict(workshop) == after


def test_the_strategies_draw_every_kind_of_edit():
    public = {
        value
        for name in edits.__all__
        if inspect.isclass(value := getattr(edits, name))
        and issubclass(value, Edit)
        and not inspect.isabstract(value)
        and value is not UpdateFields
    }
    assert set(EDIT_CLASSES) == set(EDIT_KINDS)
    assert public == set(EDIT_CLASSES.values())


# --- sequences ---------------------------------------------------------------------------------


@SEQUENCES
@given(edit_sequences())
def test_undoing_every_edit_in_reverse_gives_back_the_start(sequence):
    workshop, applied = replay(sequence)
    for done in reversed(applied):
        done.inverse.apply(workshop)
        assert broken_rules(workshop) == []
    assert workshop == sequence.start
    assert workshop_to_dict(workshop) == workshop_to_dict(sequence.start)


@SEQUENCES
@given(edit_sequences())
def test_redoing_after_undoing_reaches_the_same_end(sequence):
    workshop, applied = replay(sequence)
    end = workshop_to_dict(workshop)
    undone = [done.inverse.apply(workshop) for done in reversed(applied)]
    # Redo as an undo stack does: the undo of each undo, oldest first ...
    for undo in reversed(undone):
        undo.inverse.apply(workshop)
        assert broken_rules(workshop) == []
    assert workshop_to_dict(workshop) == end
    # ... or by applying the original edits again.
    for done in reversed(applied):
        done.inverse.apply(workshop)
    again = [edit.apply(workshop) for edit in sequence.edits]
    assert workshop_to_dict(workshop) == end
    assert [a.changes for a in again] == [a.changes for a in applied]


@SEQUENCES
@given(edit_sequences())
def test_the_changes_of_each_edit_name_every_row_it_touched(sequence):
    workshop = sequence.fresh_start()
    rows = workshop_rows(workshop)
    undo = []
    for edit in sequence.edits:
        applied = edit.apply(workshop)
        rows = _check_changes(rows, workshop, applied.changes, edit)
        undo.append(applied.inverse)
    for inverse in reversed(undo):
        rows = _check_changes(rows, workshop, inverse.apply(workshop).changes, inverse)
    assert rows == workshop_rows(sequence.start)


def _check_changes(before: dict, workshop: Workshop, changes: Changes, edit: Edit) -> dict:
    """Write only the changed rows onto the old ones: that must give the new rows."""
    after = workshop_rows(workshop)
    assert not changes.upserted & changes.deleted, edit
    for ref in changes.upserted:
        assert ref in after, (edit, ref)
    for ref in changes.deleted:
        assert ref not in after, (edit, ref)
    written = {ref: row for ref, row in before.items() if ref not in changes.deleted}
    written.update({ref: after[ref] for ref in changes.upserted})
    missed = {ref for ref in before.keys() | after.keys() if written.get(ref) != after.get(ref)}
    assert missed == set(), edit
    return written


@SEQUENCES
@given(edit_sequences())
def test_a_whole_sequence_undone_as_one_compound_step(sequence):
    workshop = sequence.fresh_start()
    applied = Compound(sequence.edits, "Atelier").apply(workshop)
    assert broken_rules(workshop) == []
    end = workshop_to_dict(workshop)
    rows = _check_changes(workshop_rows(sequence.start), workshop, applied.changes, applied)
    assert rows == workshop_rows(workshop)
    applied.inverse.apply(workshop)
    assert workshop == sequence.start
    assert workshop_to_dict(workshop) == workshop_to_dict(sequence.start)
    Compound(sequence.edits).apply(workshop)
    assert workshop_to_dict(workshop) == end


@settings(max_examples=40, deadline=None)
@given(edit_sequences())
def test_an_edited_workshop_round_trips_through_plain_data(sequence):
    workshop, _ = replay(sequence)
    again = round_trip(workshop)
    assert again == workshop
    assert workshop_to_dict(again) == workshop_to_dict(workshop)
    assert broken_rules(again) == []


@settings(max_examples=25, deadline=None)
@given(edit_sequences(max_edits=10), st.data())
def test_an_invalid_edit_in_a_sequence_changes_nothing(sequence, data):
    """Applying an edit twice where it cannot apply again changes nothing."""
    workshop, _ = replay(sequence)
    before = workshop_to_dict(workshop)
    reference = copy.deepcopy(workshop)
    edit = data.draw(edits_for(workshop, kinds=["add cards", "add stage", "add card link"]))
    edit.apply(workshop)
    once = workshop_to_dict(workshop)
    with pytest.raises((edits.EditError, LookupError)):
        edit.apply(workshop)
    assert workshop_to_dict(workshop) == once
    assert before != once
    assert reference != workshop


# --- the synthetic workshops themselves -------------------------------------------------------


@settings(max_examples=30, deadline=None)
@given(
    cards=st.integers(0, 300),
    seed=st.integers(0, 2**64),
    journeys=st.integers(1, 4),
    language=st.sampled_from(("fr", "en")),
)
def test_synthetic_workshops_are_sound_and_reproducible(cards, seed, journeys, language):
    workshop = synthetic_workshop(cards, seed=seed, journeys=journeys, language=language)
    assert broken_rules(workshop) == []
    assert workshop_to_dict(workshop) == workshop_to_dict(
        synthetic_workshop(cards, seed=seed, journeys=journeys, language=language)
    )
    assert workshop.language == language
    assert sum(len(j.cards) for j in workshop.journeys) == cards
    assert len(workshop.journeys) == journeys
    assert (
        max(len(j.cards) for j in workshop.journeys) - min(len(j.cards) for j in workshop.journeys)
        <= 1
    )
    assert (len(workshop.stages), len(workshop.channels)) == stage_and_channel_counts(cards)
    assert 3 <= len(workshop.personas) <= 5
    assert 6 <= len(workshop.crm_fields) <= 10
    assert 2 <= len(workshop.pipelines) <= 4
    assert workshop.actions
    for journey in workshop.journeys:
        assert len(journey.links) <= max(1, round(len(journey.cards) / 10))
        for card in journey.cards.values():
            assert TEXT_MIN <= len(card.text) <= TEXT_MAX


def test_different_seeds_give_different_workshops():
    first, second = synthetic_workshop(50, seed=1), synthetic_workshop(50, seed=2)
    assert first.id != second.id
    assert workshop_to_dict(first) != workshop_to_dict(second)


def test_a_synthetic_workshop_of_5000_cards_looks_like_a_real_one():
    workshop = synthetic_workshop(5000, seed=0)
    assert broken_rules(workshop) == []
    assert (len(workshop.stages), len(workshop.channels)) == (12, 10)
    current, target = workshop.journeys
    assert (current.kind, target.kind) == (JourneyKind.CURRENT, JourneyKind.TARGET)
    cards = [c for j in workshop.journeys for c in j.cards.values()]
    assert len(cards) == 5000
    assert {c.rating for c in cards} == set(Rating)
    assert 100 < sum(c.moment_of_truth for c in cards) < 1000
    assert {c.emotion for c in cards} == {None, -2, -1, 0, 1, 2}
    assert 0.4 < sum(bool(c.persona_ids) for c in cards) / len(cards) < 0.9
    assert 0.2 < sum(bool(c.crm_links) for c in cards) / len(cards) < 0.5
    assert sum(bool(link.value) for c in cards for link in c.crm_links) > 1000
    assert 400 <= sum(len(j.links) for j in workshop.journeys) <= 500
    assert len({c.cell for c in cards}) > 100
    assert any(a.card_id for a in workshop.actions)
    stage_ids = {s.id for s in workshop.stages}
    for pipeline in workshop.pipelines:
        assert pipeline.stages
        for stage in pipeline.stages:
            assert stage.probability is None or 0 <= stage.probability <= 100
            assert stage.stage_id in stage_ids


def test_synthetic_card_texts_are_french_first_person_sentences_with_accents():
    texts = card_texts("fr")
    assert len(texts) > 500
    assert all(t.startswith(("Je ", "J'")) for t in texts)
    assert all(TEXT_MIN <= len(t) <= TEXT_MAX for t in texts)
    assert sum(any(ch in t for ch in "éèêàçùô") for t in texts) > len(texts) / 2
    assert all(t.startswith("I ") for t in card_texts("en"))
