"""Quick capture: cards typed one after the other land in the chosen cell, in order."""

from __future__ import annotations

import pytest
from panel_support import cell_texts, stored
from PySide6.QtCore import Qt

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def bar(main_window, qtbot):
    capture = main_window.workbench.capture_bar
    with qtbot.waitActive(main_window):
        main_window.activateWindow()
    qtbot.keyClick(main_window.view, Qt.Key.Key_K, CTRL)
    assert capture.text_edit.hasFocus()
    return capture


def test_ctrl_k_puts_the_cursor_in_the_bar(main_window, bar) -> None:
    assert bar.isVisible()
    assert bar.stage_box.currentText() == "Découverte"
    assert bar.channel_box.currentText() == "Site web"


def test_ten_cards_typed_quickly_land_in_order_in_the_chosen_cell(main_window, bar, qtbot) -> None:
    document = main_window.document
    workshop = document.workshop
    qtbot.keyClick(bar.text_edit, Qt.Key.Key_Right, ALT)  # next stage: Evaluation
    qtbot.keyClick(bar.text_edit, Qt.Key.Key_Down, ALT)  # next channel: E-mail
    assert (bar.stage_box.currentText(), bar.channel_box.currentText()) == (
        "Évaluation",
        "E-mail",
    )
    stage, channel = workshop.stages[1], workshop.channels[1]
    before = cell_texts(document.current_journey, stage.id, channel.id)
    steps = document.undo_stack.count()
    typed = [f"Je note l'idee numero {number}" for number in range(1, 11)]

    for text in typed:
        qtbot.keyClicks(bar.text_edit, text)
        qtbot.keyClick(bar.text_edit, Qt.Key.Key_Return)
        assert bar.text_edit.text() == ""

    expected = before + typed
    assert cell_texts(document.current_journey, stage.id, channel.id) == expected
    on_disk = stored(document.path)
    assert cell_texts(on_disk.journeys[0], stage.id, channel.id) == expected
    assert document.undo_stack.count() == steps + 10
    assert document.undo_stack.undoText() == "Add card"
    assert bar.text_edit.hasFocus()
    assert bar.stage_box.currentText() == "Évaluation"  # remembered for the next card


def test_alt_digit_picks_the_stage_by_number(main_window, bar, qtbot) -> None:
    qtbot.keyClick(bar.text_edit, Qt.Key.Key_3, ALT)
    assert bar.stage_box.currentText() == "Décision / négociation"
    qtbot.keyClick(bar.text_edit, Qt.Key.Key_Up, ALT)  # wraps round to the last channel
    assert bar.channel_box.currentText() == "Téléphone"


def test_tab_then_first_letters_choose_stage_and_channel(main_window, bar, qtbot) -> None:
    document = main_window.document
    qtbot.keyClicks(bar.text_edit, "Je signe le devis")
    qtbot.keyClick(bar.text_edit, Qt.Key.Key_Tab)
    assert bar.stage_box.hasFocus()
    qtbot.keyClicks(bar.stage_box, "D")  # the next stage starting with D
    assert bar.stage_box.currentText() == "Décision / négociation"
    qtbot.keyClick(bar.stage_box, Qt.Key.Key_Tab)
    assert bar.channel_box.hasFocus()
    qtbot.keyClicks(bar.channel_box, "T")
    assert bar.channel_box.currentText() == "Téléphone"
    qtbot.keyClick(bar.channel_box, Qt.Key.Key_Return)  # Enter adds from any field of the bar

    stage, channel = document.workshop.stages[2], document.workshop.channels[2]
    assert cell_texts(document.current_journey, stage.id, channel.id)[-1] == "Je signe le devis"
    assert bar.text_edit.hasFocus()


def test_the_first_person_hint_shows_and_ctrl_enter_adds_the_rewrite(
    main_window, bar, qtbot
) -> None:
    document = main_window.document
    qtbot.keyClicks(bar.text_edit, "Remplir le formulaire de contact")
    qtbot.waitUntil(bar.hint.isVisible)  # the bar lays the hint out on its next turn
    assert "Je remplis le formulaire de contact" in bar.hint.text()

    qtbot.keyClick(bar.text_edit, Qt.Key.Key_Return, CTRL)

    stage, channel = document.workshop.stages[0], document.workshop.channels[0]
    last = cell_texts(stored(document.path).journeys[0], stage.id, channel.id)[-1]
    assert last == "Je remplis le formulaire de contact"
    qtbot.waitUntil(lambda: not bar.hint.isVisible())


def test_empty_text_adds_nothing(main_window, bar, qtbot) -> None:
    qtbot.keyClicks(bar.text_edit, "   ")
    qtbot.keyClick(bar.text_edit, Qt.Key.Key_Return)
    assert main_window.document.undo_stack.count() == 0


def test_cards_go_to_the_journey_shown(main_window, bar, qtbot) -> None:
    document = main_window.document
    target = document.workshop.journey_named("target")
    document.set_current_journey(target.id)
    qtbot.keyClicks(bar.text_edit, "Je reserve une demo")
    qtbot.keyClick(bar.text_edit, Qt.Key.Key_Return)
    stage, channel = document.workshop.stages[0], document.workshop.channels[0]
    assert cell_texts(stored(document.path).journey(target.id), stage.id, channel.id) == [
        "Je reserve une demo"
    ]


def test_a_renamed_stage_is_renamed_in_the_bar_and_stays_chosen(main_window, bar, qtbot):
    from journey_studio.model.edits import UpdateStage

    document = main_window.document
    qtbot.keyClick(bar.text_edit, Qt.Key.Key_2, ALT)
    stage = document.workshop.stages[1]
    document.apply(UpdateStage(stage.id, {"name": "Comparaison"}))
    assert bar.stage_box.currentText() == "Comparaison"
