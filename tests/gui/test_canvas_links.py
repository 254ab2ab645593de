"""Arrows between cards: drawn with Shift+drag (or the link tool), edge to edge, following
the cards when they move; labelled and deleted."""

from __future__ import annotations

from pathlib import Path

from canvas_driver import click, drag, empty_spot
from PySide6.QtCore import QPointF, Qt

from journey_studio.storage import WorkshopFile


def _card(journey, text: str):
    (card,) = [c for c in journey.cards.values() if c.text.startswith(text)]
    return card


def test_shift_drag_from_card_to_card_draws_a_link(main_window, qtbot, workshop_path: Path) -> None:
    document, scene, view = main_window.document, main_window.scene, main_window.view
    journey = document.current_journey
    start, end = _card(journey, "Je télécharge"), _card(journey, "Je compare")
    drag(
        qtbot,
        view,
        scene.card_rect(start.id).center(),
        scene.card_rect(end.id).center(),
        Qt.KeyboardModifier.ShiftModifier,
    )
    (link,) = journey.links.values()
    assert (link.from_card_id, link.to_card_id) == (start.id, end.id)
    assert main_window.edit_actions.undo.text() == "&Undo Link cards"
    arrow = scene.item_for_link[link.id].line()
    # From the edge of the first card to the edge of the second, outside both.
    assert not scene.card_rect(start.id).contains(arrow.p1())
    assert not scene.card_rect(end.id).contains(arrow.p2())
    assert scene.card_rect(start.id).adjusted(-4, -4, 4, 4).contains(arrow.p1())
    assert scene.card_rect(end.id).adjusted(-4, -4, 4, 4).contains(arrow.p2())
    with WorkshopFile.open(workshop_path, read_only=True) as saved:
        assert link.id in saved.workshop.journey(journey.id).links


def test_the_link_tool_draws_without_shift_and_a_card_cannot_link_to_itself(
    main_window, qtbot
) -> None:
    scene, view = main_window.scene, main_window.view
    journey = main_window.document.current_journey
    card = _card(journey, "Je compare")
    main_window.link_tool_action.setChecked(True)
    rect = scene.card_rect(card.id)
    drag(qtbot, view, rect.center(), rect.center() + QPointF(25.0, 15.0))
    assert not journey.links
    target = _card(journey, "J'attends le devis")
    drag(qtbot, view, rect.center(), scene.card_rect(target.id).center())
    assert [(x.from_card_id, x.to_card_id) for x in journey.links.values()] == [
        (card.id, target.id)
    ]


def test_arrows_follow_the_cards_they_join(main_window, qtbot) -> None:
    document, scene, view = main_window.document, main_window.scene, main_window.view
    journey = document.current_journey
    start, end = _card(journey, "Je télécharge"), _card(journey, "J'attends le devis")
    drag(
        qtbot,
        view,
        scene.card_rect(start.id).center(),
        scene.card_rect(end.id).center(),
        Qt.KeyboardModifier.ShiftModifier,
    )
    (link_id,) = journey.links
    before = scene.item_for_link[link_id].line()
    workshop = document.workshop
    target_cell = (workshop.stages[1].id, workshop.channels[2].id)
    cell = scene.cell_rect(target_cell)
    drag(qtbot, view, scene.card_rect(end.id).center(), empty_spot(cell))
    assert journey.cards[end.id].cell == target_cell
    after = scene.item_for_link[link_id].line()
    assert after.p2() != before.p2()
    assert scene.card_rect(end.id).adjusted(-4, -4, 4, 4).contains(after.p2())


def test_select_a_link_and_delete_it(main_window, qtbot) -> None:
    document, scene, view = main_window.document, main_window.scene, main_window.view
    journey = document.current_journey
    start, end = _card(journey, "Je télécharge"), _card(journey, "J'attends le devis")
    assert main_window.editor.apply(_link(journey.id, start.id, end.id))
    (link_id,) = journey.links
    click(qtbot, view, scene.item_for_link[link_id].line().center())
    assert scene.selected_link_ids() == [link_id]
    main_window.edit_actions.delete.trigger()
    assert not journey.links
    assert link_id not in scene.item_for_link
    main_window.edit_actions.undo.trigger()
    assert link_id in scene.item_for_link


def test_label_a_link_from_its_menu(main_window, qtbot) -> None:
    document, scene, view = main_window.document, main_window.scene, main_window.view
    journey = document.current_journey
    start, end = _card(journey, "Je télécharge"), _card(journey, "J'attends le devis")
    assert main_window.editor.apply(_link(journey.id, start.id, end.id))
    (link_id,) = journey.links
    main_window.activateWindow()
    view.setFocus()
    menu = main_window.editor.menus.menu_at(scene.item_for_link[link_id].line().center())
    (label,) = [a for a in menu.actions() if a.objectName() == "label"]
    label.trigger()
    qtbot.keyClicks(view, "si pas de reponse")
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert journey.links[link_id].label == "si pas de reponse"
    assert scene.item_for_link[link_id].label == "si pas de reponse"


def _link(journey_id: str, start: str, end: str):
    from journey_studio.model.edits import AddCardLink
    from journey_studio.model.workshop import CardLink

    return AddCardLink(journey_id, CardLink(start, end))
