"""Stages and channels from the canvas: reorder by dragging headers, rename in place, add
from the header menu, delete with a confirmation that counts the cards, undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from canvas_driver import double_click, drag
from PySide6.QtCore import QPointF, Qt

from journey_studio.gui.document import Document
from journey_studio.gui.main_window import MainWindow
from journey_studio.layout import layout_journey
from journey_studio.storage import WorkshopFile


@pytest.fixture
def asked() -> list[tuple[str, str]]:
    return []


@pytest.fixture
def window(qtbot, workshop_path: Path, icons, asked):
    """A main window whose confirmations are answered yes (and remembered)."""

    def confirm(title: str, question: str) -> bool:
        asked.append((title, question))
        return True

    main = MainWindow(Document.open(workshop_path), icons, confirm=confirm)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    main.view.setFocus()
    yield main
    main.close()


def _names(items) -> list[str]:
    return [item.name for item in items]


def _assert_map_matches_the_model(window) -> None:
    document, scene = window.document, window.scene
    layout = layout_journey(document.workshop, document.current_journey)
    assert list(scene.item_for_stage) == [stage.id for stage in document.workshop.stages]
    assert list(scene.item_for_channel) == [c.id for c in document.workshop.channels]
    assert set(scene.item_for_card) == set(layout.cards)
    for card_id, rect in layout.cards.items():
        assert scene.item_for_card[card_id].pos() == QPointF(rect.x, rect.y)


def test_delete_a_stage_with_its_cards_after_a_confirmation_and_undo_it(
    window, asked, workshop_path: Path
) -> None:
    document = window.document
    workshop = document.workshop
    discovery = workshop.stages[0]
    doomed = [c.id for c in document.current_journey.cards.values() if c.stage_id == discovery.id]
    assert len(doomed) == 3

    menu = window.editor.menus.menu_at(
        window.scene.item_for_stage[discovery.id].sceneBoundingRect().center()
    )
    (delete,) = [a for a in menu.actions() if a.objectName() == "delete"]
    delete.trigger()

    ((title, question),) = asked
    assert title == "Delete stage"
    # "3 cards" with the English catalogue loaded, "3 card(s)" without it.
    assert question.startswith("Delete the stage “Découverte” and the 3 card")
    assert question.endswith("on it? You can undo it.")
    assert discovery.id not in [stage.id for stage in workshop.stages]
    assert not set(doomed) & set(document.current_journey.cards)
    assert discovery.id not in window.scene.item_for_stage
    _assert_map_matches_the_model(window)
    with WorkshopFile.open(workshop_path, read_only=True) as saved:
        assert len(saved.workshop.stages) == 2

    window.edit_actions.undo.trigger()
    assert workshop.stages[0].id == discovery.id
    assert set(doomed) <= set(document.current_journey.cards)
    _assert_map_matches_the_model(window)
    with WorkshopFile.open(workshop_path, read_only=True) as saved:
        assert saved.workshop.stages[0].id == discovery.id
        assert set(doomed) <= set(saved.workshop.journey(document.current_journey.id).cards)


def test_saying_no_deletes_nothing(qtbot, workshop_path: Path, icons) -> None:
    main = MainWindow(Document.open(workshop_path), icons, confirm=lambda title, text: False)
    qtbot.addWidget(main)
    stage = main.document.workshop.stages[0]
    assert not main.editor.delete_stage(stage.id)
    assert main.document.workshop.stages[0] is stage
    assert main.document.undo_stack.count() == 0
    main.close()


def test_delete_a_channel_says_how_many_cards_go(window, asked) -> None:
    phone = window.document.workshop.channels[2]
    assert window.editor.delete_channel(phone.id)
    assert asked[0][1].startswith("Delete the channel “Téléphone” and the 1 card")
    assert phone.id not in window.scene.item_for_channel


def test_drag_a_stage_header_to_reorder_the_stages(qtbot, window, workshop_path: Path) -> None:
    document, scene, view = window.document, window.scene, window.view
    workshop = document.workshop
    discovery, evaluation, decision = workshop.stages
    start = scene.item_for_stage[decision.id].sceneBoundingRect().center()
    first = scene.item_for_stage[discovery.id].sceneBoundingRect()
    drag(qtbot, view, start, QPointF(first.left() + 10.0, first.center().y()))

    assert [s.id for s in workshop.stages] == [decision.id, discovery.id, evaluation.id]
    assert window.edit_actions.undo.text() == "&Undo Reorder stages"
    assert document.undo_stack.count() == 1
    _assert_map_matches_the_model(window)
    with WorkshopFile.open(workshop_path, read_only=True) as saved:
        assert [s.id for s in saved.workshop.stages] == [decision.id, discovery.id, evaluation.id]
    window.edit_actions.undo.trigger()
    assert [s.id for s in workshop.stages] == [discovery.id, evaluation.id, decision.id]


def test_drag_a_channel_header_down(qtbot, window) -> None:
    scene, view = window.scene, window.view
    workshop = window.document.workshop
    website, email, phone = workshop.channels
    start = scene.item_for_channel[website.id].sceneBoundingRect().center()
    last = scene.item_for_channel[phone.id].sceneBoundingRect()
    drag(qtbot, view, start, QPointF(start.x(), last.bottom() - 5.0))
    assert [c.id for c in workshop.channels] == [email.id, phone.id, website.id]
    _assert_map_matches_the_model(window)


def test_a_header_dropped_where_it_was_changes_nothing(qtbot, window) -> None:
    scene, view = window.scene, window.view
    stage = window.document.workshop.stages[1]
    rect = scene.item_for_stage[stage.id].sceneBoundingRect()
    drag(qtbot, view, rect.center(), rect.center() + QPointF(15.0, 0.0))
    assert window.document.undo_stack.count() == 0
    assert scene.item_for_stage[stage.id].sceneBoundingRect() == rect


def test_double_click_a_stage_header_to_rename_it(qtbot, window, workshop_path: Path) -> None:
    scene, view = window.scene, window.view
    stage = window.document.workshop.stages[1]
    double_click(qtbot, view, scene.item_for_stage[stage.id].sceneBoundingRect().center())
    assert window.editor.interaction.text_item.text() == "Évaluation"
    qtbot.keyClicks(view, "Comparaison")
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert stage.name == "Comparaison"
    assert scene.item_for_stage[stage.id].name == "Comparaison"
    assert window.edit_actions.undo.text() == "&Undo Rename stage"
    with WorkshopFile.open(workshop_path, read_only=True) as saved:
        assert saved.workshop.stage(stage.id).name == "Comparaison"


def test_add_a_stage_from_the_header_menu_and_name_it(qtbot, window) -> None:
    scene, view = window.scene, window.view
    workshop = window.document.workshop
    evaluation = workshop.stages[1]
    menu = window.editor.menus.menu_at(
        scene.item_for_stage[evaluation.id].sceneBoundingRect().center()
    )
    (after,) = [a for a in menu.actions() if a.objectName() == "add-after"]
    after.trigger()
    new = workshop.stages[2]
    assert new.name == "New stage"
    assert new.phase == evaluation.phase
    assert new.id in scene.item_for_stage
    # The new header is ready to be named.
    qtbot.keyClicks(view, "Essai gratuit")
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert new.name == "Essai gratuit"
    assert window.document.undo_stack.count() == 2
    _assert_map_matches_the_model(window)
