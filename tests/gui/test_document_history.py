"""The undo history: it survives switching journeys, an undo shows the journey it changes,
and a step that cannot be saved changes nothing, says why, and can be tried again."""

from __future__ import annotations

from pathlib import Path

import pytest

from journey_studio.gui.document import Document
from journey_studio.model.edits import MoveCard, UpdateCard
from journey_studio.model.vocabulary import Rating
from journey_studio.storage import SaveFailed, WorkshopFile


@pytest.fixture
def document(qapp, workshop_path: Path):
    opened = Document.open(workshop_path)
    yield opened
    opened.close()


def _first_card(journey):
    return next(iter(journey.cards.values()))


def test_the_history_survives_switching_journeys(document) -> None:
    current = document.current_journey
    card = _first_card(current)
    assert document.apply(UpdateCard(card.id, {"rating": Rating.BREAKING_POINT}))
    target = document.workshop.journey_named("target")
    document.set_current_journey(target.id)
    assert document.undo_stack.count() == 1
    assert document.undo_stack.canUndo()
    document.undo()
    assert card.rating is Rating.DELIGHT


def test_an_undo_in_a_journey_not_shown_shows_it(document, qtbot) -> None:
    current = document.current_journey
    card = _first_card(current)
    assert document.apply(UpdateCard(card.id, {"rating": Rating.NONE}))
    target = document.workshop.journey_named("target")
    document.set_current_journey(target.id)
    with qtbot.waitSignal(document.current_journey_changed, timeout=1000) as shown:
        document.undo()
    assert shown.args == [current.id]
    assert document.current_journey is current
    document.set_current_journey(target.id)
    with qtbot.waitSignal(document.current_journey_changed, timeout=1000):
        document.redo()
    assert document.current_journey is current
    assert card.rating is Rating.NONE


def test_undo_of_an_added_card_shows_its_journey_too(document) -> None:
    from journey_studio.model.edits import AddCards
    from journey_studio.model.workshop import Card

    current = document.current_journey
    stage, channel = document.workshop.stages[0].id, document.workshop.channels[0].id
    card = Card("Je m'abonne", stage, channel, order=0)
    assert document.apply(AddCards(current.id, (card,)))
    document.set_current_journey(document.workshop.journey_named("target").id)
    document.undo()  # the card goes away: its journey is shown
    assert document.current_journey is current
    assert card.id not in current.cards


def test_edits_of_the_grid_do_not_switch_journeys(document) -> None:
    from journey_studio.model.edits import UpdateStage

    target = document.workshop.journey_named("target")
    assert document.apply(UpdateStage(document.workshop.stages[0].id, {"name": "Éveil"}))
    document.set_current_journey(target.id)
    document.undo()
    assert document.current_journey is target


def _failing_once(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    calls: list[str] = []
    real = WorkshopFile.apply

    def apply(self, edit):
        if not calls:
            calls.append(edit.name)
            raise SaveFailed("The change could not be saved to 'x.journey' (disk full).")
        return real(self, edit)

    monkeypatch.setattr(WorkshopFile, "apply", apply)
    return calls


def test_an_undo_that_cannot_be_saved_changes_nothing_and_can_be_tried_again(
    document, qtbot, monkeypatch: pytest.MonkeyPatch, workshop_path: Path
) -> None:
    journey = document.current_journey
    card = _first_card(journey)
    home = card.cell
    target = (document.workshop.stages[2].id, document.workshop.channels[2].id)
    assert document.apply(MoveCard(journey.id, card.id, *target, 0))
    assert document.apply(UpdateCard(card.id, {"text": "Je lis le livre blanc"}))
    _failing_once(monkeypatch)

    with qtbot.waitSignal(document.refused, timeout=1000) as refused:
        document.undo()
    assert "disk full" in refused.args[0]
    assert card.text == "Je lis le livre blanc"
    assert document.undo_stack.index() == 2  # still after both edits
    assert document.undo_stack.canUndo()
    assert not document.undo_stack.canRedo()

    document.undo()  # the disk has room again
    assert card.text.startswith("Je télécharge")
    document.undo()
    assert card.cell == home
    assert document.undo_stack.index() == 0
    with WorkshopFile.open(workshop_path, read_only=True) as saved:
        assert saved.workshop.card(card.id).cell == home


def test_a_redo_that_cannot_be_saved_changes_nothing(
    document, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    card = _first_card(document.current_journey)
    assert document.apply(UpdateCard(card.id, {"rating": Rating.IRRITANT}))
    document.undo()
    _failing_once(monkeypatch)
    with qtbot.waitSignal(document.refused, timeout=1000):
        document.redo()
    assert card.rating is Rating.DELIGHT
    assert document.undo_stack.index() == 0
    assert document.undo_stack.canRedo()
    document.redo()
    assert card.rating is Rating.IRRITANT


def test_a_failure_inside_the_stack_is_repaired_after_it(
    document, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As when a history view jumps several steps at once and one of them fails."""
    card = _first_card(document.current_journey)
    for rating in (Rating.NONE, Rating.IRRITANT, Rating.BREAKING_POINT):
        assert document.apply(UpdateCard(card.id, {"rating": rating}))
    _failing_once(monkeypatch)
    with qtbot.waitSignal(document.refused, timeout=1000):
        document.undo_stack.setIndex(0)  # the first of the three undos fails
    qtbot.waitUntil(lambda: document.undo_stack.index() == 3, timeout=1000)
    assert card.rating is Rating.BREAKING_POINT
    document.undo_stack.setIndex(1)
    assert card.rating is Rating.NONE


def test_undo_after_closing_is_refused(document, qtbot) -> None:
    card = _first_card(document.current_journey)
    assert document.apply(UpdateCard(card.id, {"rating": Rating.NONE}))
    document.close()
    with qtbot.waitSignal(document.refused, timeout=1000) as refused:
        document.undo()
    assert refused.args == ["The workshop is closed."]
    assert card.rating is Rating.NONE
    assert document.undo_stack.index() == 1
