"""The personas panel: add, edit, reorder, delete with undo; dropping on cards; the filter."""

from __future__ import annotations

import pytest
from panel_support import card_with_text, click_check_box, stored
from PySide6.QtCore import QMimeData, Qt

from journey_studio.gui.panels.personas import (
    PERSONA_MIME,
    persona_drop,
    persona_mime_data,
)

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def panel(main_window):
    personas = main_window.workbench.personas
    personas.show()
    personas.raise_()
    return personas


def _names(workshop) -> list[str]:
    return [persona.name for persona in workshop.personas]


def test_lists_the_personas_in_order(main_window, panel) -> None:
    assert panel.windowTitle() == "Personas"
    assert [panel.entities.list.item(r).text() for r in range(panel.entities.list.count())] == [
        "Claire Martin",
        "Karim",
    ]


def test_add_type_a_name_then_undo_twice(main_window, panel, qtbot) -> None:
    document = main_window.document
    qtbot.mouseClick(panel.entities.add_button, LEFT)

    assert _names(stored(document.path)) == ["Claire Martin", "New persona", "Karim"]
    assert panel.name_edit.hasFocus()
    qtbot.keyClicks(panel.name_edit, "Sophie, DSI")
    qtbot.keyClick(panel.name_edit, Qt.Key.Key_Return)
    assert _names(stored(document.path)) == ["Claire Martin", "Sophie, DSI", "Karim"]
    assert panel.entities.list.item(1).text() == "Sophie, DSI"

    document.undo()
    assert _names(stored(document.path)) == ["Claire Martin", "New persona", "Karim"]
    document.undo()
    assert _names(stored(document.path)) == ["Claire Martin", "Karim"]
    assert panel.entities.list.count() == 2


def test_delete_a_linked_persona_after_saying_how_many_cards(main_window, panel, qtbot) -> None:
    document = main_window.document
    karim = document.workshop.personas[1]
    asked: list[str] = []
    panel.confirm = lambda _parent, _title, text: asked.append(text) or True
    panel.entities.select(karim.id)

    qtbot.mouseClick(panel.entities.remove_button, LEFT)

    assert asked == [
        "Delete the persona “Karim”? It is linked to 2 cards; the links go with it. "
        "You can undo this."
    ]
    on_disk = stored(document.path)
    assert _names(on_disk) == ["Claire Martin"]
    assert not any(
        karim.id in card.persona_ids for j in on_disk.journeys for card in j.cards.values()
    )
    document.undo()
    on_disk = stored(document.path)
    assert _names(on_disk) == ["Claire Martin", "Karim"]
    assert karim.id in card_with_text(on_disk.journeys[0], "J'attends le devis").persona_ids


def test_a_declined_deletion_changes_nothing(main_window, panel, qtbot) -> None:
    document = main_window.document
    panel.confirm = lambda *_: False
    panel.entities.select(document.workshop.personas[0].id)
    qtbot.mouseClick(panel.entities.remove_button, LEFT)
    assert _names(stored(document.path)) == ["Claire Martin", "Karim"]
    assert document.undo_stack.count() == 0


def test_move_up_reorders(main_window, panel, qtbot) -> None:
    document = main_window.document
    panel.entities.select(document.workshop.personas[1].id)
    qtbot.mouseClick(panel.entities.up_button, LEFT)
    assert _names(stored(document.path)) == ["Karim", "Claire Martin"]
    assert panel.entities.current_id() == document.workshop.personas[0].id
    assert document.undo_stack.undoText() == "Reorder personas"


def test_the_form_saves_goals_channels_and_attributes(main_window, panel, qtbot) -> None:
    document = main_window.document
    claire = document.workshop.personas[0]
    panel.entities.select(claire.id)
    qtbot.mouseClick(panel.goals_edit.viewport(), LEFT)
    qtbot.keyClicks(panel.goals_edit, "Un devis en 48 h")
    qtbot.keyClick(panel.goals_edit, Qt.Key.Key_Return)  # a new line, not a save
    qtbot.keyClicks(panel.goals_edit, "Moins de relances")
    assert document.workshop.persona(claire.id).goals == []
    qtbot.mouseClick(panel.budget_edit, LEFT)  # leaving the goals saves them
    qtbot.keyClicks(panel.budget_edit, "20 kEUR")
    qtbot.keyClick(panel.budget_edit, Qt.Key.Key_Return)
    email = document.workshop.channels[1]
    click_check_box(qtbot, panel.channel_boxes[email.id])

    saved = stored(document.path).persona(claire.id)
    assert saved.goals == ["Un devis en 48 h", "Moins de relances"]
    assert saved.budget == "20 kEUR"
    assert saved.preferred_channel_ids == [email.id]


def test_the_colour_button_sets_the_colour(main_window, panel, qtbot) -> None:
    document = main_window.document
    claire = document.workshop.personas[0]
    panel.entities.select(claire.id)
    panel.colour_button.choose = lambda _parent, _current: "#123456"
    qtbot.mouseClick(panel.colour_button, LEFT)
    assert stored(document.path).persona(claire.id).colour == "#123456"
    assert panel.colour_button.text() == "#123456"


def test_dropping_a_persona_on_a_card_links_it_once(main_window, panel) -> None:
    document = main_window.document
    karim = document.workshop.personas[1]
    card = card_with_text(document.current_journey, "Je compare les offres")
    other = card_with_text(document.current_journey, "Je télécharge le livre blanc")
    mime = persona_mime_data(karim)
    assert mime.hasFormat(PERSONA_MIME)
    assert mime.text() == "Karim"

    assert persona_drop(document, other.id, mime)
    assert karim.id in stored(document.path).card(other.id).persona_ids
    assert document.undo_stack.undoText() == "Link persona"
    assert not persona_drop(document, card.id, mime)  # already linked
    assert not persona_drop(document, card.id, QMimeData())
    assert not persona_drop(document, "no-such-card", mime)


def test_the_drag_of_a_row_carries_the_persona(main_window, panel) -> None:
    claire = main_window.document.workshop.personas[0]
    mime = QMimeData()
    panel.entities.list.extra_mime(claire.id, mime)
    assert bytes(mime.data(PERSONA_MIME).data()).decode() == claire.id


def test_view_menu_and_panel_filter_the_map_by_persona(main_window, panel, qtbot) -> None:
    document = main_window.document
    karim = document.workshop.personas[1]
    workbench = main_window.workbench
    workbench.fill_filter_menu()
    actions = {a.text(): a for a in workbench.filter_menu.actions() if a.text()}
    assert list(actions) == ["&All Personas", "Claire Martin", "Karim"]

    with qtbot.waitSignal(document.persona_filter_changed) as signal:
        actions["Karim"].trigger()

    assert signal.args == [karim.id]
    assert document.persona_filter == karim.id
    assert panel.filter_box.currentText() == "Karim"
    panel.filter_box.setFocus()
    qtbot.keyClick(panel.filter_box, Qt.Key.Key_Home)  # back to "All personas"
    assert document.persona_filter is None
