"""The journeys panel: switch, add, duplicate with fresh ids, rename, delete."""

from __future__ import annotations

import pytest
from panel_support import stored
from PySide6.QtCore import Qt

from journey_studio.model.vocabulary import JourneyKind

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def panel(main_window):
    dock = main_window.workbench.journeys
    dock.show()
    dock.raise_()
    return dock


def _click_row(qtbot, panel, journey_id: str) -> None:
    item = panel.entities.item(journey_id)
    rect = panel.entities.list.visualItemRect(item)
    qtbot.mouseClick(panel.entities.list.viewport(), LEFT, pos=rect.center())


def test_the_current_journey_is_selected_and_bold(main_window, panel) -> None:
    document = main_window.document
    current = document.current_journey
    assert panel.entities.current_id() == current.id
    assert panel.entities.item(current.id).font().bold()
    assert panel.name_edit.text() == "Parcours actuel"


def test_clicking_a_journey_shows_it_on_the_map(main_window, panel, qtbot) -> None:
    document = main_window.document
    target = document.workshop.journey_named("target")
    with qtbot.waitSignal(document.current_journey_changed):
        _click_row(qtbot, panel, target.id)
    assert document.current_journey is target
    assert set(main_window.scene.item_for_card) == set(target.cards)
    assert panel.entities.item(target.id).font().bold()


def test_duplicate_copies_the_cards_with_fresh_ids_and_shows_the_copy(
    main_window, panel, qtbot
) -> None:
    document = main_window.document
    current = document.current_journey

    qtbot.mouseClick(panel.duplicate_button, LEFT)

    on_disk = stored(document.path)
    assert [j.name for j in on_disk.journeys] == [
        "Parcours actuel",
        "Parcours actuel (copy)",
        "Parcours cible",
    ]
    copy = on_disk.journeys[1]
    assert sorted(c.text for c in copy.cards.values()) == sorted(
        c.text for c in current.cards.values()
    )
    assert not set(copy.cards) & set(current.cards)
    assert document.current_journey.id == copy.id
    assert document.undo_stack.undoText() == "Add journey"
    document.undo()
    assert len(stored(document.path).journeys) == 2


def test_add_a_target_journey_from_the_add_menu(main_window, panel, qtbot) -> None:
    document = main_window.document
    panel.add_target_action.trigger()
    added = document.workshop.journeys[1]
    assert (added.name, added.kind, added.cards) == ("Target journey", JourneyKind.TARGET, {})
    assert document.current_journey is added
    assert panel.name_edit.hasFocus()
    qtbot.keyClicks(panel.name_edit, "Cible PME")
    qtbot.keyClick(panel.name_edit, Qt.Key.Key_Return)
    assert stored(document.path).journey(added.id).name == "Cible PME"


def test_kind_and_segment_in_the_form(main_window, panel, qtbot) -> None:
    document = main_window.document
    current = document.current_journey
    qtbot.mouseClick(panel.segment_edit, LEFT)
    qtbot.keyClicks(panel.segment_edit, "PME")
    qtbot.keyClick(panel.segment_edit, Qt.Key.Key_Return)
    assert stored(document.path).journey(current.id).segment == "PME"
    assert panel.entities.item(current.id).text() == "Parcours actuel · PME"
    panel.kind_box.setFocus()
    qtbot.keyClick(panel.kind_box, Qt.Key.Key_Down)
    assert stored(document.path).journey(current.id).kind is JourneyKind.TARGET


def test_delete_asks_then_shows_another_journey(main_window, panel, qtbot) -> None:
    document = main_window.document
    current = document.current_journey
    asked: list[str] = []
    panel.confirm = lambda _parent, _title, text: asked.append(text) or True
    qtbot.mouseClick(panel.entities.remove_button, LEFT)
    assert asked == ["Delete the journey “Parcours actuel” and its 5 cards? You can undo this."]
    assert [j.name for j in stored(document.path).journeys] == ["Parcours cible"]
    assert document.current_journey.name == "Parcours cible"
    assert not panel.entities.remove_button.isEnabled()  # the last journey stays
    document.undo()
    assert document.workshop.journey(current.id).cards.keys() == current.cards.keys()
