"""The inspector edits the selected card(s): each change is one undoable edit, on disk."""

from __future__ import annotations

import pytest
from panel_support import card_with_text, click_check_box, stored
from PySide6.QtCore import Qt

from journey_studio.model.vocabulary import Rating
from journey_studio.model.workshop import CrmLink

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def inspector(main_window):
    panel = main_window.workbench.inspector
    panel.show()
    panel.raise_()
    return panel


def _select(window, *texts: str) -> list[str]:
    journey = window.document.current_journey
    ids = [card_with_text(journey, text).id for text in texts]
    window.document.set_selected_card_ids(ids)
    return ids


def test_nothing_selected_says_how_to_start(main_window, inspector) -> None:
    main_window.document.set_selected_card_ids([])
    assert inspector.summary.text() == "Select a card on the map to see it here."
    assert not inspector.form.isVisible()


def test_clicking_a_rating_rates_the_selected_card_on_disk(main_window, inspector, qtbot):
    document = main_window.document
    (card_id,) = _select(main_window, "Je reçois trois newsletters")
    assert inspector.rating_buttons[Rating.IRRITANT].isChecked()

    qtbot.mouseClick(inspector.rating_buttons[Rating.BREAKING_POINT], LEFT)

    assert document.workshop.card(card_id).rating is Rating.BREAKING_POINT
    assert stored(document.path).card(card_id).rating is Rating.BREAKING_POINT
    assert inspector.rating_buttons[Rating.BREAKING_POINT].isChecked()
    assert not inspector.rating_buttons[Rating.IRRITANT].isChecked()
    assert document.undo_stack.undoText() == "Rate card"
    document.undo()
    assert stored(document.path).card(card_id).rating is Rating.IRRITANT
    assert inspector.rating_buttons[Rating.IRRITANT].isChecked()


def test_several_cards_are_rated_in_one_step(main_window, inspector, qtbot) -> None:
    document = main_window.document
    ids = _select(
        main_window, "Je télécharge le livre blanc", "Je compare les offres", "J'attends le devis"
    )
    before = [document.workshop.card(i).rating for i in ids]
    assert inspector.summary.text().startswith("3 cards selected")
    assert not any(button.isChecked() for button in inspector.rating_buttons.values())
    steps = document.undo_stack.count()

    qtbot.mouseClick(inspector.rating_buttons[Rating.IRRITANT], LEFT)

    assert document.undo_stack.count() == steps + 1
    assert document.undo_stack.undoText() == "Rate cards"
    on_disk = stored(document.path)
    assert [on_disk.card(i).rating for i in ids] == [Rating.IRRITANT] * 3
    document.undo()
    assert [document.workshop.card(i).rating for i in ids] == before


def test_moment_of_truth_applies_to_every_selected_card(main_window, inspector, qtbot) -> None:
    document = main_window.document
    ids = _select(main_window, "J'attends le devis", "Je compare les offres")
    box = inspector.moment_of_truth_box
    assert box.checkState() is Qt.CheckState.PartiallyChecked

    click_check_box(qtbot, box)

    assert all(document.workshop.card(i).moment_of_truth for i in ids)
    assert all(stored(document.path).card(i).moment_of_truth for i in ids)
    assert box.checkState() is Qt.CheckState.Checked


def test_ticking_a_persona_links_it_and_unticking_unlinks(main_window, inspector, qtbot) -> None:
    document = main_window.document
    karim = next(p for p in document.workshop.personas if p.name == "Karim")
    (card_id,) = _select(main_window, "Je télécharge le livre blanc")
    box = inspector.persona_boxes[karim.id]
    assert not box.isChecked()

    click_check_box(qtbot, box)

    assert karim.id in document.workshop.card(card_id).persona_ids
    assert karim.id in stored(document.path).card(card_id).persona_ids
    assert document.undo_stack.undoText() == "Link persona"
    assert box.isChecked()

    click_check_box(qtbot, box)
    assert karim.id not in stored(document.path).card(card_id).persona_ids
    assert document.undo_stack.undoText() == "Unlink persona"


def test_a_persona_ticked_for_several_cards_links_to_those_lacking_it(
    main_window, inspector, qtbot
) -> None:
    document = main_window.document
    claire = next(p for p in document.workshop.personas if p.name == "Claire Martin")
    ids = _select(main_window, "Je télécharge le livre blanc", "J'attends le devis")
    box = inspector.persona_boxes[claire.id]
    assert box.checkState() is Qt.CheckState.PartiallyChecked
    steps = document.undo_stack.count()

    click_check_box(qtbot, box)

    assert all(claire.id in document.workshop.card(i).persona_ids for i in ids)
    assert document.undo_stack.count() == steps + 1
    assert box.checkState() is Qt.CheckState.Checked


def test_typing_a_crm_value_links_the_field_with_it(main_window, inspector, qtbot) -> None:
    document = main_window.document
    score = document.workshop.crm_fields[0]
    (card_id,) = _select(main_window, "Je compare les offres")
    assert not inspector.crm_boxes[score.id].isChecked()
    editor = inspector.crm_values[score.id]

    qtbot.mouseClick(editor, LEFT)
    qtbot.keyClicks(editor, "+25")
    assert document.workshop.card(card_id).crm_links == []  # nothing per keystroke
    qtbot.keyClick(editor, Qt.Key.Key_Return)

    assert stored(document.path).card(card_id).crm_links == [CrmLink(score.id, "+25")]
    assert inspector.crm_boxes[score.id].isChecked()

    editor.selectAll()
    qtbot.keyClicks(editor, "+40")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert stored(document.path).card(card_id).crm_links == [CrmLink(score.id, "+40")]

    click_check_box(qtbot, inspector.crm_boxes[score.id])
    assert stored(document.path).card(card_id).crm_links == []


def test_text_is_saved_once_on_enter_not_per_keystroke(main_window, inspector, qtbot) -> None:
    document = main_window.document
    (card_id,) = _select(main_window, "Je compare les offres")
    editor = inspector.text_edit
    steps = document.undo_stack.count()

    qtbot.mouseClick(editor.viewport(), LEFT)
    editor.selectAll()
    qtbot.keyClicks(editor, "Je compare trois offres")
    assert document.undo_stack.count() == steps
    qtbot.keyClick(editor, Qt.Key.Key_Return)

    assert document.undo_stack.count() == steps + 1
    assert document.undo_stack.undoText() == "Edit card text"
    assert stored(document.path).card(card_id).text == "Je compare trois offres"


def test_text_typed_is_saved_when_another_card_is_selected(main_window, inspector, qtbot) -> None:
    document = main_window.document
    (card_id,) = _select(main_window, "Je compare les offres")
    editor = inspector.text_edit
    qtbot.mouseClick(editor.viewport(), LEFT)
    editor.selectAll()
    qtbot.keyClicks(editor, "Je compare deux offres")

    _select(main_window, "J'attends le devis")

    assert stored(document.path).card(card_id).text == "Je compare deux offres"
    assert editor.toPlainText() == "J'attends le devis trois semaines"


def test_the_first_person_hint_rewrites_in_one_click(main_window, inspector, qtbot) -> None:
    document = main_window.document
    (card_id,) = _select(main_window, "Je compare les offres")
    editor = inspector.text_edit
    qtbot.mouseClick(editor.viewport(), LEFT)
    editor.selectAll()
    qtbot.keyClicks(editor, "Remplir le formulaire de contact")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert inspector.hint.isVisible()
    assert "Je remplis le formulaire de contact" in inspector.hint.text()

    qtbot.mouseClick(inspector.use_suggestion_button, LEFT)

    assert stored(document.path).card(card_id).text == "Je remplis le formulaire de contact"
    assert editor.toPlainText() == "Je remplis le formulaire de contact"
    assert not inspector.hint.isVisible()
    assert not inspector.use_suggestion_button.isVisible()


def test_emotion_moves_with_the_keyboard_and_clears(main_window, inspector, qtbot) -> None:
    document = main_window.document
    (card_id,) = _select(main_window, "Je compare les offres")
    assert document.workshop.card(card_id).emotion is None
    assert inspector.emotion_value.text() == "Not set"
    slider = inspector.emotion_slider
    slider.setFocus()

    qtbot.keyClick(slider, Qt.Key.Key_Right)

    assert stored(document.path).card(card_id).emotion == 1
    assert inspector.emotion_value.text() == "Positive (+1)"
    qtbot.mouseClick(inspector.clear_emotion_button, LEFT)
    assert stored(document.path).card(card_id).emotion is None


@pytest.mark.qt_log_ignore("This plugin does not support")  # the completer's popup, offscreen
def test_notes_and_owner_team_are_saved_when_leaving_the_field(
    main_window, inspector, qtbot
) -> None:
    document = main_window.document
    (card_id,) = _select(main_window, "Je compare les offres")
    qtbot.mouseClick(inspector.notes_edit.viewport(), LEFT)
    qtbot.keyClicks(inspector.notes_edit, "Vu avec Karim")
    qtbot.mouseClick(inspector.owner_edit, LEFT)  # leaving the notes saves them
    qtbot.keyClicks(inspector.owner_edit, "Ventes")
    qtbot.keyClick(inspector.owner_edit, Qt.Key.Key_Return)

    card = stored(document.path).card(card_id)
    assert (card.notes, card.owner_team) == ("Vu avec Karim", "Ventes")


def test_an_undo_elsewhere_refreshes_the_inspector(main_window, inspector, qtbot) -> None:
    document = main_window.document
    _select(main_window, "Je reçois trois newsletters")
    qtbot.mouseClick(inspector.rating_buttons[Rating.DELIGHT], LEFT)
    assert inspector.rating_buttons[Rating.DELIGHT].isChecked()
    document.undo()
    assert inspector.rating_buttons[Rating.IRRITANT].isChecked()
