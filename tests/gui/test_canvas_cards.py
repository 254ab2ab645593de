"""Cards from the keyboard and the menus: create by double-click and typing, edit in place,
rate with 1/2/3/0, mark moments of truth, link personas, delete, duplicate."""

from __future__ import annotations

from pathlib import Path

import pytest
from canvas_driver import click, double_click, empty_spot
from PySide6.QtCore import Qt

from journey_studio.gui.canvas.interactions.text_editing import TextEditing
from journey_studio.model.vocabulary import Rating
from journey_studio.storage import WorkshopFile


def _card(journey, text: str):
    (card,) = [c for c in journey.cards.values() if c.text.startswith(text)]
    return card


def _cell(workshop, stage_name: str, channel_name: str) -> tuple[str, str]:
    (stage,) = [s for s in workshop.stages if s.name.startswith(stage_name)]
    (channel,) = [c for c in workshop.channels if c.name == channel_name]
    return stage.id, channel.id


def _saved_card(path: Path, card_id: str):
    with WorkshopFile.open(path, read_only=True) as saved:
        return saved.workshop.card(card_id)


@pytest.fixture
def focused(main_window, qtbot):
    main_window.activateWindow()
    main_window.view.setFocus()
    qtbot.waitUntil(main_window.view.hasFocus, timeout=2000)
    return main_window


def test_double_click_an_empty_spot_and_type_a_card(focused, qtbot, workshop_path) -> None:
    window = focused
    document, scene, view = window.document, window.scene, window.view
    journey = document.current_journey
    cell = _cell(document.workshop, "Évaluation", "Téléphone")
    before = journey.cell_card_ids(*cell)

    double_click(qtbot, view, empty_spot(scene.cell_rect(cell)))
    tool = window.editor.interaction
    assert isinstance(tool, TextEditing)
    qtbot.keyClicks(view, "J'appelle le support")
    qtbot.keyClick(view, Qt.Key.Key_Return)

    assert window.editor.interaction is None
    (new_id,) = [i for i in journey.cell_card_ids(*cell) if i not in before]
    assert journey.cards[new_id].text == "J'appelle le support"
    assert scene.selected_card_ids() == [new_id]
    assert scene.item_for_card[new_id].text_lines() == ["J'appelle le support"]
    assert window.edit_actions.undo.text() == "&Undo Add cards"
    assert _saved_card(workshop_path, new_id).text == "J'appelle le support"


def test_a_card_not_in_the_first_person_gets_a_hint_with_the_rewrite(focused, qtbot) -> None:
    window = focused
    document, scene, view = window.document, window.scene, window.view
    cell = _cell(document.workshop, "Évaluation", "Téléphone")
    double_click(qtbot, view, empty_spot(scene.cell_rect(cell)))
    text_item = window.editor.interaction.text_item

    # (QTest types ASCII only; the French accents are covered by the phrasing tests.)
    qtbot.keyClicks(view, "Remplir")
    assert text_item.hint.suggestion is None  # one word: too early to say
    qtbot.keyClicks(view, " le formulaire")
    assert text_item.hint.isVisible()
    assert text_item.hint.suggestion == "Je remplis le formulaire"
    assert "Je remplis le formulaire" in text_item.hint.text()

    qtbot.keyClick(view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert text_item.text() == "Je remplis le formulaire"
    assert not text_item.hint.isVisible()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    journey = document.current_journey
    assert [journey.cards[i].text for i in journey.cell_card_ids(*cell)] == [
        "Je remplis le formulaire"
    ]


def test_escape_cancels_a_new_card(focused, qtbot) -> None:
    window = focused
    document, scene, view = window.document, window.scene, window.view
    cell = _cell(document.workshop, "Évaluation", "Téléphone")
    double_click(qtbot, view, empty_spot(scene.cell_rect(cell)))
    qtbot.keyClicks(view, "Je renonce")
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert window.editor.interaction is None
    assert document.current_journey.cell_card_ids(*cell) == []
    assert document.undo_stack.count() == 0


def test_double_click_a_card_to_edit_its_text(focused, qtbot, workshop_path) -> None:
    window = focused
    document, scene, view = window.document, window.scene, window.view
    card = _card(document.current_journey, "Je compare")
    double_click(qtbot, view, scene.card_rect(card.id).center())
    assert window.editor.interaction.text_item.text() == "Je compare les offres"
    qtbot.keyClicks(view, "Je compare trois devis")  # the text was selected: replaced
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert card.text == "Je compare trois devis"
    assert scene.item_for_card[card.id].face.text == "Je compare trois devis"
    assert window.edit_actions.undo.text() == "&Undo Edit card text"
    assert _saved_card(workshop_path, card.id).text == "Je compare trois devis"
    window.edit_actions.undo.trigger()
    assert card.text == "Je compare les offres"


def test_f2_edits_the_selected_card(focused, qtbot) -> None:
    window = focused
    scene, view = window.scene, window.view
    card = _card(window.document.current_journey, "Je compare")
    click(qtbot, view, scene.card_rect(card.id).center())
    qtbot.keyClick(view, Qt.Key.Key_F2)
    assert window.editor.interaction.text_item.text() == card.text
    qtbot.keyClick(view, Qt.Key.Key_End)
    qtbot.keyClicks(view, " en ligne")
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert card.text == "Je compare les offres en ligne"


@pytest.mark.parametrize(
    ("key", "rating"),
    [
        (Qt.Key.Key_1, Rating.DELIGHT),
        (Qt.Key.Key_2, Rating.IRRITANT),
        (Qt.Key.Key_3, Rating.BREAKING_POINT),
        (Qt.Key.Key_0, Rating.NONE),
    ],
)
def test_rate_the_selected_card_by_key(focused, qtbot, workshop_path, key, rating) -> None:
    window = focused
    scene, view = window.scene, window.view
    card = _card(window.document.current_journey, "Je reçois trois")  # an irritant
    click(qtbot, view, scene.card_rect(card.id).center())
    qtbot.keyClick(view, key)
    assert card.rating is rating
    assert scene.item_for_card[card.id].face.rating is rating
    assert _saved_card(workshop_path, card.id).rating is rating
    assert window.document.undo_stack.count() == (0 if rating is Rating.IRRITANT else 1)


def test_one_key_rates_several_cards_in_one_step(focused, qtbot) -> None:
    window = focused
    document, scene, view = window.document, window.scene, window.view
    journey = document.current_journey
    first, second = _card(journey, "Je télécharge"), _card(journey, "Je compare")
    click(qtbot, view, scene.card_rect(first.id).center())
    click(qtbot, view, scene.card_rect(second.id).center(), Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_3)
    assert first.rating is second.rating is Rating.BREAKING_POINT
    assert document.undo_stack.count() == 1
    assert window.edit_actions.undo.text() == "&Undo Rate cards"
    window.edit_actions.undo.trigger()
    assert (first.rating, second.rating) == (Rating.DELIGHT, Rating.NONE)


def test_m_toggles_the_moment_of_truth(focused, qtbot) -> None:
    window = focused
    scene, view = window.scene, window.view
    card = _card(window.document.current_journey, "Je compare")
    click(qtbot, view, scene.card_rect(card.id).center())
    qtbot.keyClick(view, Qt.Key.Key_M)
    assert card.moment_of_truth
    assert scene.item_for_card[card.id].face.moment_of_truth
    qtbot.keyClick(view, Qt.Key.Key_M)
    assert not card.moment_of_truth


def test_delete_removes_the_selected_cards_in_one_step(focused, qtbot, workshop_path) -> None:
    window = focused
    document, scene, view = window.document, window.scene, window.view
    journey = document.current_journey
    first, second = _card(journey, "Je télécharge"), _card(journey, "Je compare")
    click(qtbot, view, scene.card_rect(first.id).center())
    click(qtbot, view, scene.card_rect(second.id).center(), Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert not {first.id, second.id} & set(journey.cards)
    assert not {first.id, second.id} & set(scene.item_for_card)
    assert document.undo_stack.count() == 1
    with WorkshopFile.open(workshop_path, read_only=True) as saved:
        assert first.id not in saved.workshop.journey(journey.id).cards
    window.edit_actions.undo.trigger()
    assert journey.cards[first.id].text.startswith("Je télécharge")
    assert second.id in scene.item_for_card


def test_link_a_persona_from_the_context_menu(focused, workshop_path) -> None:
    window = focused
    document, scene = window.document, window.scene
    karim = document.workshop.personas[1]
    card = _card(document.current_journey, "Je télécharge")  # linked to Claire only
    menu = window.editor.menus.menu_at(scene.card_rect(card.id).center())
    personas = menu.findChild(type(menu), "personas-menu")
    (action,) = [a for a in personas.actions() if a.objectName() == f"persona-{karim.id}"]
    assert action.text() == "Karim — Acheteur"
    assert not action.isChecked()
    action.trigger()
    assert card.persona_ids[-1] == karim.id
    assert [chip.initials for chip in scene.item_for_card[card.id].face.personas] == ["CM", "KA"]
    assert _saved_card(workshop_path, card.id).persona_ids[-1] == karim.id
    assert window.edit_actions.undo.text() == "&Undo Link persona"
    window.edit_actions.undo.trigger()
    assert karim.id not in card.persona_ids


def test_rate_from_the_context_menu(focused) -> None:
    window = focused
    card = _card(window.document.current_journey, "Je compare")
    menu = window.editor.menus.menu_at(window.scene.card_rect(card.id).center())
    (action,) = [
        a for a in menu.findChildren(type(menu.actions()[0])) if a.objectName() == "rate-delight"
    ]
    action.trigger()
    assert card.rating is Rating.DELIGHT


def test_duplicate_puts_a_copy_after_each_card(focused, qtbot) -> None:
    window = focused
    document, scene, view = window.document, window.scene, window.view
    journey = document.current_journey
    card = _card(journey, "Je télécharge")
    click(qtbot, view, scene.card_rect(card.id).center())
    window.edit_actions.duplicate.trigger()
    ids = journey.cell_card_ids(*card.cell)
    copy_id = ids[ids.index(card.id) + 1]
    assert copy_id != card.id
    assert journey.cards[copy_id].text == card.text
    assert journey.cards[copy_id].persona_ids == card.persona_ids
    assert scene.selected_card_ids() == [copy_id]
    assert document.undo_stack.count() == 1


def test_drop_a_persona_from_its_panel_onto_a_card(main_window, qtbot, workshop_path) -> None:
    from PySide6.QtCore import QMimeData
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    from journey_studio.gui.panels.personas import persona_mime_data

    document, scene, view = main_window.document, main_window.scene, main_window.view
    karim = document.workshop.personas[1]
    card = _card(document.current_journey, "Je télécharge")
    data: QMimeData = persona_mime_data(karim)
    position = view.mapFromScene(scene.card_rect(card.id).center())
    copy = Qt.DropAction.CopyAction
    no_button, no_modifier = Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(position, copy, data, no_button, no_modifier)
    QApplication.sendEvent(view.viewport(), enter)
    move = QDragMoveEvent(position, copy, data, no_button, no_modifier)
    QApplication.sendEvent(view.viewport(), move)
    assert move.isAccepted()
    QApplication.sendEvent(
        view.viewport(), QDropEvent(position, copy, data, no_button, no_modifier)
    )
    assert card.persona_ids[-1] == karim.id
    assert window_undo_text(main_window) == "&Undo Link persona"
    assert _saved_card(workshop_path, card.id).persona_ids[-1] == karim.id


def window_undo_text(window) -> str:
    return window.edit_actions.undo.text()
