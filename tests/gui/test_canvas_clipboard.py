"""Copy, cut and paste cards: within a journey, into another journey, into another
workshop (personas and CRM fields kept by name, unknown ones dropped), and as plain text."""

from __future__ import annotations

from pathlib import Path

import pytest
from canvas_driver import click
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QGuiApplication
from support.small_workshop import build_small_workshop

from journey_studio.gui.canvas.clipboard import MIME_TYPE
from journey_studio.gui.document import Document
from journey_studio.gui.main_window import MainWindow
from journey_studio.storage import WorkshopFile


def _card(journey, text: str):
    (card,) = [c for c in journey.cards.values() if c.text.startswith(text)]
    return card


def _open_window(qtbot, path: Path, icons) -> MainWindow:
    window = MainWindow(Document.open(path), icons)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def clean_clipboard(qapp):
    yield QGuiApplication.clipboard()
    QGuiApplication.clipboard().clear()


def test_copy_puts_json_and_one_line_per_card_on_the_clipboard(
    main_window, qtbot, clean_clipboard
) -> None:
    scene, view = main_window.scene, main_window.view
    journey = main_window.document.current_journey
    first, second = _card(journey, "Je télécharge"), _card(journey, "Je compare")
    click(qtbot, view, scene.card_rect(first.id).center())
    click(qtbot, view, scene.card_rect(second.id).center(), Qt.KeyboardModifier.ControlModifier)
    main_window.edit_actions.copy.trigger()
    data = clean_clipboard.mimeData()
    assert data.hasFormat(MIME_TYPE)
    assert data.text() == "Je télécharge le livre blanc sur la planification\nJe compare les offres"
    assert main_window.document.undo_stack.count() == 0


def test_paste_makes_new_cards_in_the_cell_of_the_selected_card(
    main_window, qtbot, clean_clipboard, workshop_path: Path
) -> None:
    document, scene, view = main_window.document, main_window.scene, main_window.view
    journey = document.current_journey
    original = _card(journey, "Je télécharge")
    target = _card(journey, "J'attends le devis")
    click(qtbot, view, scene.card_rect(original.id).center())
    main_window.edit_actions.copy.trigger()
    click(qtbot, view, scene.card_rect(target.id).center())
    main_window.editor.paste()

    ids = journey.cell_card_ids(*target.cell)
    assert len(ids) == 2
    pasted = journey.cards[ids[1]]
    assert pasted.id != original.id
    assert (pasted.text, pasted.rating, pasted.emotion) == (
        original.text,
        original.rating,
        original.emotion,
    )
    assert pasted.persona_ids == original.persona_ids
    assert [link.field_id for link in pasted.crm_links] == [original.crm_links[0].field_id]
    assert scene.selected_card_ids() == [pasted.id]
    assert main_window.edit_actions.undo.text() == "&Undo Paste cards"
    with WorkshopFile.open(workshop_path, read_only=True) as saved:
        assert saved.workshop.card(pasted.id).text == original.text


def test_cut_and_paste_into_the_other_journey(main_window, qtbot, clean_clipboard) -> None:
    document, scene, view = main_window.document, main_window.scene, main_window.view
    current = document.current_journey
    card = _card(current, "Je compare")
    click(qtbot, view, scene.card_rect(card.id).center())
    main_window.edit_actions.cut.trigger()
    assert card.id not in current.cards
    target = document.workshop.journey_named("target")
    document.set_current_journey(target.id)
    cell = (document.workshop.stages[0].id, document.workshop.channels[0].id)
    assert main_window.editor.paste(cell)
    (pasted,) = [c for c in target.cards.values() if c.text == "Je compare les offres"]
    assert pasted.cell == cell
    assert pasted.id in scene.item_for_card


def test_paste_into_another_workshop_keeps_personas_by_name_and_drops_unknown_ones(
    main_window, qtbot, clean_clipboard, tmp_path: Path, icons
) -> None:
    scene, view = main_window.scene, main_window.view
    journey = main_window.document.current_journey
    both = _card(journey, "Je compare")  # Claire and Karim
    click(qtbot, view, scene.card_rect(both.id).center())
    main_window.edit_actions.copy.trigger()

    other = build_small_workshop()  # same names, other ids
    other.personas = [p for p in other.personas if p.name == "Karim"]
    for j in other.journeys:
        for c in j.cards.values():
            c.persona_ids = [p for p in c.persona_ids if p in {x.id for x in other.personas}]
    path = tmp_path / "Autre atelier.journey"
    WorkshopFile.create(path, other).close()
    second = _open_window(qtbot, path, icons)
    try:
        cell = (second.document.workshop.stages[2].id, second.document.workshop.channels[0].id)
        other_journey = second.document.current_journey
        before = other_journey.cell_card_ids(*cell)
        assert second.editor.paste(cell)
        (pasted_id,) = [i for i in other_journey.cell_card_ids(*cell) if i not in before]
        pasted = other_journey.cards[pasted_id]
        assert pasted.text == "Je compare les offres"
        karim = second.document.workshop.personas[0]
        assert pasted.persona_ids == [karim.id]
        assert pasted.id not in journey.cards
    finally:
        second.close()


def test_plain_text_pastes_as_one_card_per_line(main_window, clean_clipboard) -> None:
    data = QMimeData()
    data.setText("Je lis l'avis client\n\n  Je demande un rappel  \n")
    clean_clipboard.setMimeData(data)
    workshop = main_window.document.workshop
    cell = (workshop.stages[1].id, workshop.channels[2].id)
    assert main_window.editor.paste(cell)
    journey = main_window.document.current_journey
    texts = [journey.cards[i].text for i in journey.cell_card_ids(*cell)]
    assert texts == ["Je lis l'avis client", "Je demande un rappel"]
    assert main_window.document.undo_stack.count() == 1


def test_a_copied_link_between_cards_comes_along(main_window, clean_clipboard) -> None:
    document = main_window.document
    journey = document.current_journey
    first, second = _card(journey, "Je télécharge"), _card(journey, "Je compare")
    from journey_studio.model.edits import AddCardLink
    from journey_studio.model.workshop import CardLink

    assert document.apply(AddCardLink(journey.id, CardLink(first.id, second.id, label="relance")))
    main_window.editor.copy([first.id, second.id])
    cell = (document.workshop.stages[2].id, document.workshop.channels[2].id)
    assert main_window.editor.paste(cell)
    new_ids = journey.cell_card_ids(*cell)[-2:]
    (link,) = [x for x in journey.links.values() if x.from_card_id in new_ids]
    assert (link.from_card_id, link.to_card_id, link.label) == (new_ids[0], new_ids[1], "relance")
    assert link.id in main_window.scene.item_for_link


def test_find_selects_the_matching_cards_ignoring_case_and_accents(main_window, qtbot) -> None:
    main_window.activateWindow()
    main_window.edit_actions.find.trigger()
    bar = main_window.find_bar
    assert bar.isVisible()
    qtbot.waitUntil(bar.query.hasFocus, timeout=2000)
    qtbot.keyClicks(bar.query, "RECOIS")
    journey = main_window.document.current_journey
    expected = [c.id for c in journey.cards.values() if "reçois" in c.text]
    assert len(expected) == 1
    assert main_window.scene.selected_card_ids() == expected
    assert bar.count_label.text() == "1 of 1"
    qtbot.keyClick(bar.query, Qt.Key.Key_A)
    assert main_window.scene.selected_card_ids() == []
    assert bar.count_label.text() == "No match"
    qtbot.keyClick(bar.query, Qt.Key.Key_Escape)
    assert not bar.isVisible()


def test_find_steps_through_the_matches(main_window, qtbot) -> None:
    editor = main_window.editor
    found = editor.find("j")
    journey = main_window.document.current_journey
    assert len(found) == len(journey.cards)
    assert editor.find_step(1) == found[1]
    assert editor.find_step(-1) == found[0]
    assert editor.find_step(-1) == found[-1]


def test_pasting_an_empty_clipboard_does_nothing(main_window, clean_clipboard) -> None:
    clean_clipboard.clear()
    assert not main_window.editor.paste()
    assert main_window.document.undo_stack.count() == 0
