"""The scene follows the document edit by edit, touching only what changed: after every
edit, undo and redo its items sit exactly where a full layout would put them; items are
kept (not rebuilt) unless a row or a column changes size."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF, Qt

from journey_studio.gui.canvas.items.lanes import stage_crm, stage_emotions
from journey_studio.layout import layout_journey
from journey_studio.model.edits import (
    AddCards,
    AddStage,
    LinkPersona,
    MoveCard,
    MoveStage,
    RemoveCards,
    UpdateCard,
    UpdatePersona,
    UpdatePipelineStage,
    move_cards,
)
from journey_studio.model.vocabulary import Rating
from journey_studio.model.workshop import Card, Stage


def _card(journey, text: str):
    (card,) = [c for c in journey.cards.values() if c.text.startswith(text)]
    return card


def assert_scene_matches_the_model(window) -> None:
    document, scene = window.document, window.scene
    workshop, journey = document.workshop, document.current_journey
    layout = layout_journey(workshop, journey)
    assert set(scene.item_for_card) == set(layout.cards)
    for card_id, rect in layout.cards.items():
        assert scene.card_rect(card_id) == QRectF(rect.x, rect.y, rect.width, rect.height)
        assert scene.item_for_card[card_id].face.text == journey.cards[card_id].text
        assert scene.item_for_card[card_id].face.rating is journey.cards[card_id].rating
    assert scene.map_rect() == QRectF(0.0, 0.0, *layout.size)
    assert set(scene.item_for_link) == set(journey.links)
    stage_ids = [stage.id for stage in workshop.stages]
    assert list(scene.emotion_lane.emotions) == stage_emotions(journey, stage_ids)
    assert list(scene.crm_lane.stages) == stage_crm(workshop, stage_ids)


@pytest.fixture
def window(main_window):
    return main_window


def _edit_undo_redo(window, edit) -> None:
    document = window.document
    assert document.apply(edit)
    assert_scene_matches_the_model(window)
    document.undo()
    assert_scene_matches_the_model(window)
    document.redo()
    assert_scene_matches_the_model(window)


def test_a_move_that_fits_keeps_every_item_and_the_map_size(window, qtbot) -> None:
    document, scene = window.document, window.scene
    journey = document.current_journey
    card = _card(journey, "Je compare")
    items = dict(scene.item_for_card)
    headers = dict(scene.item_for_stage)
    target = (document.workshop.stages[0].id, document.workshop.channels[2].id)
    with qtbot.assertNotEmitted(scene.map_resized), qtbot.assertNotEmitted(scene.map_changed):
        assert document.apply(MoveCard(journey.id, card.id, *target, 0))
    assert scene.item_for_card == items  # the very same items
    assert all(scene.item_for_card[i] is items[i] for i in items)
    assert scene.item_for_stage == headers
    assert_scene_matches_the_model(window)


def test_a_move_that_widens_a_column_lays_the_map_out_again(window, qtbot) -> None:
    document, scene = window.document, window.scene
    journey = document.current_journey
    email = document.workshop.channels[1]
    evaluation = document.workshop.stages[1]
    card = _card(journey, "Je télécharge")
    items = dict(scene.item_for_card)
    width = scene.map_rect().width()
    with qtbot.waitSignal(scene.map_resized, timeout=1000):
        assert document.apply(move_cards(journey.id, [card.id], evaluation.id, email.id, 0))
    assert scene.map_rect().width() > width
    assert all(scene.item_for_card[i] is items[i] for i in items)  # kept, moved
    assert_scene_matches_the_model(window)
    document.undo()
    assert_scene_matches_the_model(window)


@pytest.mark.parametrize(
    "make",
    [
        pytest.param(
            lambda w, j: MoveCard(
                j.id, _card(j, "Je reçois trois").id, *_card(j, "Je télécharge").cell, 0
            ),
            id="reorder",
        ),
        pytest.param(
            lambda w, j: UpdateCard(
                _card(j, "Je compare").id, {"rating": Rating.DELIGHT, "emotion": 2}
            ),
            id="rate",
        ),
        pytest.param(
            lambda w, j: UpdateCard(_card(j, "Je compare").id, {"text": "Je signe"}), id="text"
        ),
        pytest.param(lambda w, j: RemoveCards(j.id, (_card(j, "Je télécharge").id,)), id="delete"),
        pytest.param(lambda w, j: RemoveCards(j.id, tuple(j.cards)), id="delete-all"),
        pytest.param(
            lambda w, j: AddCards(
                j.id,
                tuple(
                    Card(
                        f"Je note {n}",
                        w.document.workshop.stages[2].id,
                        w.document.workshop.channels[0].id,
                        order=n,
                    )
                    for n in range(5)
                ),
            ),
            id="add-5",
        ),
        pytest.param(
            lambda w, j: LinkPersona(_card(j, "J'attends").id, w.document.workshop.personas[0].id),
            id="persona",
        ),
        pytest.param(
            lambda w, j: UpdatePersona(w.document.workshop.personas[1].id, {"name": "Bruno"}),
            id="rename-persona",
        ),
        pytest.param(lambda w, j: AddStage(Stage("Essai"), 1), id="add-stage"),
        pytest.param(lambda w, j: MoveStage(w.document.workshop.stages[2].id, 0), id="move-stage"),
        pytest.param(
            lambda w, j: UpdatePipelineStage(
                w.document.workshop.pipelines[0].stages[0].id, {"probability": 40}
            ),
            id="pipeline",
        ),
    ],
)
def test_every_edit_undo_and_redo_leaves_the_map_as_a_full_layout_would(window, make) -> None:
    _edit_undo_redo(window, make(window, window.document.current_journey))


def test_persona_chips_follow_a_renamed_persona(window) -> None:
    document, scene = window.document, window.scene
    karim = document.workshop.personas[1]
    card = _card(document.current_journey, "J'attends")
    assert document.apply(UpdatePersona(karim.id, {"name": "Bruno Petit"}))
    assert [chip.initials for chip in scene.item_for_card[card.id].face.personas] == ["BP"]


def test_changes_to_another_journey_leave_the_map_alone(window, qtbot) -> None:
    document, scene = window.document, window.scene
    target = document.workshop.journey_named("target")
    card = next(iter(target.cards.values()))
    items = dict(scene.item_for_card)
    assert document.apply(UpdateCard(card.id, {"text": "Je réserve en ligne"}))
    assert scene.item_for_card == items
    assert_scene_matches_the_model(window)


def test_the_persona_filter_dims_the_other_cards(window) -> None:
    document, scene = window.document, window.scene
    claire = document.workshop.personas[0]
    document.set_persona_filter(claire.id)
    journey = document.current_journey
    for card_id, item in scene.item_for_card.items():
        assert item.dimmed == (claire.id not in journey.cards[card_id].persona_ids)
    document.set_persona_filter(None)
    assert not any(item.dimmed for item in scene.item_for_card.values())


def test_filtering_by_a_persona_draws_their_emotion_curve_over_the_journeys(window, qtbot) -> None:
    document, scene = window.document, window.scene
    journey = document.current_journey
    stage_ids = [stage.id for stage in document.workshop.stages]
    karim = next(p for p in document.workshop.personas if p.name == "Karim")
    box = window.workbench.personas.filter_box
    window.workbench.personas.show()
    box.setFocus()
    qtbot.keyClicks(box, "Karim")  # chooses the entry by typing, as a user can
    assert document.persona_filter == karim.id

    lane = scene.emotion_lane
    assert lane.persona is not None
    assert lane.persona.colour == karim.colour
    assert list(lane.persona.emotions) == stage_emotions(journey, stage_ids, karim.id)
    assert list(lane.emotions) == stage_emotions(journey, stage_ids)
    assert lane.persona_curve().elementCount() > 0

    # Linking Karim to a card with an emotion moves his curve, not only the journey's.
    card = next(c for c in journey.cards.values() if karim.id not in c.persona_ids and c.emotion)
    assert document.apply(LinkPersona(card.id, karim.id))
    assert list(lane.persona.emotions) == stage_emotions(journey, stage_ids, karim.id)
    document.undo()
    assert list(lane.persona.emotions) == stage_emotions(journey, stage_ids, karim.id)

    qtbot.keyClick(box, Qt.Key.Key_Home)  # back to "All personas", the first entry
    assert document.persona_filter is None
    assert scene.emotion_lane.persona is None
    assert scene.emotion_lane.persona_curve().elementCount() == 0


def test_the_lanes_can_be_hidden_and_shown(window) -> None:
    scene = window.scene
    height = scene.map_rect().height()
    window.emotion_lane_action.setChecked(False)
    assert scene.emotion_lane is None
    assert scene.crm_lane is not None
    assert scene.map_rect().height() < height
    window.crm_lane_action.setChecked(False)
    assert scene.crm_lane is None
    window.emotion_lane_action.setChecked(True)
    window.crm_lane_action.setChecked(True)
    assert scene.map_rect().height() == height
    assert_scene_matches_the_model(window)
