"""Dragging cards with the mouse: to another cell, several at once, inside a cell; Escape
cancels; one undo step per drag; the file holds the result."""

from __future__ import annotations

from pathlib import Path

from canvas_driver import at, click, drag, empty_spot, press_and_move
from PySide6.QtCore import QPointF, QRectF, Qt

from journey_studio.layout import layout_journey
from journey_studio.storage import WorkshopFile


def _card(journey, text: str):
    (card,) = [c for c in journey.cards.values() if c.text.startswith(text)]
    return card


def _cell(workshop, stage_name: str, channel_name: str) -> tuple[str, str]:
    (stage,) = [s for s in workshop.stages if s.name.startswith(stage_name)]
    (channel,) = [c for c in workshop.channels if c.name == channel_name]
    return stage.id, channel.id


def assert_items_match_a_fresh_layout(window) -> None:
    document = window.document
    layout = layout_journey(document.workshop, document.current_journey)
    scene = window.scene
    assert set(scene.item_for_card) == set(layout.cards)
    for card_id, rect in layout.cards.items():
        assert scene.card_rect(card_id) == QRectF(rect.x, rect.y, rect.width, rect.height)


def _saved_journey(path: Path, journey_id: str):
    with WorkshopFile.open(path, read_only=True) as saved:
        return saved.workshop.journey(journey_id)


def test_drag_a_card_to_another_cell(main_window, qtbot, workshop_path: Path) -> None:
    document, scene, view = main_window.document, main_window.scene, main_window.view
    journey = document.current_journey
    card = _card(journey, "Je compare")
    target = _cell(document.workshop, "Découverte", "Téléphone")

    drag(qtbot, view, scene.card_rect(card.id).center(), empty_spot(scene.cell_rect(target)))

    assert journey.cards[card.id].cell == target
    assert scene.cell_of(card.id) == target
    assert scene.cell_rect(target).contains(scene.card_rect(card.id))
    assert_items_match_a_fresh_layout(main_window)
    assert document.undo_stack.count() == 1
    assert main_window.edit_actions.undo.text() == "&Undo Move card"
    assert _saved_journey(workshop_path, journey.id).cards[card.id].cell == target


def test_undo_puts_the_card_back_and_redo_moves_it_again(
    main_window, qtbot, workshop_path: Path
) -> None:
    document, scene, view = main_window.document, main_window.scene, main_window.view
    journey = document.current_journey
    card = _card(journey, "Je compare")
    home = card.cell
    home_rect = scene.card_rect(card.id)
    target = _cell(document.workshop, "Décision", "Site web")
    drag(qtbot, view, home_rect.center(), empty_spot(scene.cell_rect(target)))
    assert journey.cards[card.id].cell == target

    main_window.edit_actions.undo.trigger()
    assert journey.cards[card.id].cell == home
    assert scene.card_rect(card.id) == home_rect
    assert _saved_journey(workshop_path, journey.id).cards[card.id].cell == home
    assert main_window.edit_actions.redo.text() == "&Redo Move card"

    main_window.edit_actions.redo.trigger()
    assert journey.cards[card.id].cell == target
    assert_items_match_a_fresh_layout(main_window)
    assert _saved_journey(workshop_path, journey.id).cards[card.id].cell == target


def test_drag_several_selected_cards_at_once(main_window, qtbot, workshop_path: Path) -> None:
    document, scene, view = main_window.document, main_window.scene, main_window.view
    journey = document.current_journey
    first = _card(journey, "Je télécharge")
    second = _card(journey, "J'attends le devis")
    target = _cell(document.workshop, "Évaluation", "Téléphone")

    click(qtbot, view, scene.card_rect(first.id).center())
    click(qtbot, view, scene.card_rect(second.id).center(), Qt.KeyboardModifier.ControlModifier)
    assert scene.selected_card_ids() == [first.id, second.id]
    assert document.selected_card_ids() == [first.id, second.id]
    drag(qtbot, view, scene.card_rect(second.id).center(), empty_spot(scene.cell_rect(target)))

    assert journey.cell_card_ids(*target) == [first.id, second.id]
    assert document.undo_stack.count() == 1
    assert main_window.edit_actions.undo.text() == "&Undo Move cards"
    assert_items_match_a_fresh_layout(main_window)
    saved = _saved_journey(workshop_path, journey.id)
    assert [saved.cards[i].cell for i in (first.id, second.id)] == [target, target]

    main_window.edit_actions.undo.trigger()
    assert journey.cards[first.id].cell != target
    assert journey.cards[second.id].cell != target
    assert_items_match_a_fresh_layout(main_window)


def test_reorder_cards_inside_a_cell(main_window, qtbot, workshop_path: Path) -> None:
    document, scene, view = main_window.document, main_window.scene, main_window.view
    journey = document.current_journey
    cell = _cell(document.workshop, "Découverte", "Site web")
    first, second, third = journey.cell_card_ids(*cell)
    first_rect = scene.card_rect(first)

    drop = QPointF(first_rect.left() + 10.0, first_rect.center().y())
    drag(qtbot, view, scene.card_rect(third).center(), drop)

    assert journey.cell_card_ids(*cell) == [third, first, second]
    assert scene.card_rect(third) == first_rect
    assert_items_match_a_fresh_layout(main_window)
    saved = _saved_journey(workshop_path, journey.id)
    assert saved.cell_card_ids(*cell) == [third, first, second]


def test_the_drop_indicator_shows_the_place_while_dragging(main_window, qtbot) -> None:
    document, scene, view = main_window.document, main_window.scene, main_window.view
    journey = document.current_journey
    cell = _cell(document.workshop, "Découverte", "Site web")
    first, second, third = journey.cell_card_ids(*cell)
    second_rect = scene.card_rect(second)

    press_and_move(qtbot, view, scene.card_rect(first).center(), second_rect.bottomRight())
    tool = main_window.editor.interaction
    assert tool.moving == [first]
    assert tool.target.cell == cell
    # Past the second card on its row: the first goes after it (index counted without it).
    assert tool.target.index == 1
    assert tool.target.line.x1() > second_rect.right()
    qtbot.mouseRelease(
        view.viewport(), Qt.MouseButton.LeftButton, pos=at(view, second_rect.bottomRight())
    )
    assert journey.cell_card_ids(*cell) == [second, first, third]


def test_escape_cancels_a_drag(main_window, qtbot) -> None:
    document, scene, view = main_window.document, main_window.scene, main_window.view
    journey = document.current_journey
    card = _card(journey, "Je compare")
    home = card.cell
    home_rect = scene.card_rect(card.id)
    target = _cell(document.workshop, "Décision", "Site web")
    end = empty_spot(scene.cell_rect(target))

    press_and_move(qtbot, view, home_rect.center(), end)
    assert scene.card_rect(card.id) != home_rect  # it follows the mouse
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert scene.card_rect(card.id) == home_rect
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=at(view, end))

    assert journey.cards[card.id].cell == home
    assert scene.card_rect(card.id) == home_rect
    assert document.undo_stack.count() == 0


def test_a_drop_off_the_grid_changes_nothing(main_window, qtbot) -> None:
    document, scene, view = main_window.document, main_window.scene, main_window.view
    journey = document.current_journey
    card = _card(journey, "Je compare")
    home_rect = scene.card_rect(card.id)
    corner = scene.layout.corner
    drag(qtbot, view, home_rect.center(), QPointF(corner.x + 10, corner.y + 10))
    assert scene.card_rect(card.id) == home_rect
    assert document.undo_stack.count() == 0


def test_a_click_selects_one_card_and_empty_space_clears(main_window, qtbot) -> None:
    document, scene, view = main_window.document, main_window.scene, main_window.view
    journey = document.current_journey
    first = _card(journey, "Je télécharge")
    second = _card(journey, "Je compare")
    click(qtbot, view, scene.card_rect(first.id).center())
    click(qtbot, view, scene.card_rect(second.id).center(), Qt.KeyboardModifier.ControlModifier)
    assert set(scene.selected_card_ids()) == {first.id, second.id}
    click(qtbot, view, scene.card_rect(second.id).center())
    assert scene.selected_card_ids() == [second.id]
    target = _cell(document.workshop, "Évaluation", "Téléphone")
    click(qtbot, view, empty_spot(scene.cell_rect(target)))
    assert scene.selected_card_ids() == []
    assert document.selected_card_ids() == []


def test_rubber_band_selects_the_cards_it_touches(main_window, qtbot) -> None:
    document, scene, view = main_window.document, main_window.scene, main_window.view
    cell = _cell(document.workshop, "Découverte", "Site web")
    rect = scene.cell_rect(cell)
    drag(qtbot, view, rect.topLeft() + QPointF(3, 3), rect.bottomRight() - QPointF(3, 3))
    assert scene.selected_card_ids() == document.current_journey.cell_card_ids(*cell)
    assert document.undo_stack.count() == 0
