"""Help › Keyboard Shortcuts, and the card palette: "+ New Card" dragged onto a cell."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from canvas_driver import click, empty_spot
from PySide6.QtCore import QLocale, QPointF, Qt, QTranslator
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from journey_studio.gui.canvas.card_palette import new_card_mime_data
from journey_studio.gui.canvas.interactions.text_editing import TextEditing
from journey_studio.storage import WorkshopFile

COPY = Qt.DropAction.CopyAction
NO_BUTTON = Qt.MouseButton.NoButton
NO_MODIFIER = Qt.KeyboardModifier.NoModifier


def _cell(workshop, stage_name: str, channel_name: str) -> tuple[str, str]:
    (stage,) = [s for s in workshop.stages if s.name.startswith(stage_name)]
    (channel,) = [c for c in workshop.channels if c.name == channel_name]
    return stage.id, channel.id


@pytest.fixture
def focused(main_window, qtbot):
    main_window.activateWindow()
    main_window.view.setFocus()
    qtbot.waitUntil(main_window.view.hasFocus, timeout=2000)
    return main_window


def drag_new_card(view, point: QPointF) -> tuple[bool, bool]:
    """Drag "+ New Card" over a scene point and drop it: (move accepted, drop accepted)."""
    data = new_card_mime_data()
    position = view.mapFromScene(point)
    viewport = view.viewport()
    QApplication.sendEvent(viewport, QDragEnterEvent(position, COPY, data, NO_BUTTON, NO_MODIFIER))
    move = QDragMoveEvent(position, COPY, data, NO_BUTTON, NO_MODIFIER)
    QApplication.sendEvent(viewport, move)
    drop = QDropEvent(position, COPY, data, NO_BUTTON, NO_MODIFIER)
    QApplication.sendEvent(viewport, drop)
    return move.isAccepted(), drop.isAccepted()


# The card palette


def test_the_palette_sits_in_the_map_toolbar(main_window) -> None:
    source = main_window.new_card_source
    assert main_window.map_toolbar.isAncestorOf(source)
    assert source.isVisible()
    assert source.text() == "+ New Card"
    assert "Drag onto a cell" in source.toolTip()


def test_drop_a_new_card_on_an_empty_cell_and_type_it(focused, qtbot, workshop_path) -> None:
    window = focused
    document, scene, view = window.document, window.scene, window.view
    journey = document.current_journey
    cell = _cell(document.workshop, "Évaluation", "Téléphone")
    before = journey.cell_card_ids(*cell)

    moved, dropped = drag_new_card(view, empty_spot(scene.cell_rect(cell)))
    assert moved
    assert dropped
    tool = window.editor.interaction
    assert isinstance(tool, TextEditing)
    assert scene.cell_rect(cell).contains(tool.text_item.sceneBoundingRect().center())
    qtbot.keyClicks(view, "J'appelle le service client")
    qtbot.keyClick(view, Qt.Key.Key_Return)

    (new_id,) = [i for i in journey.cell_card_ids(*cell) if i not in before]
    assert journey.cards[new_id].text == "J'appelle le service client"
    assert journey.cell_card_ids(*cell)[-1] == new_id
    assert window.edit_actions.undo.text() == "&Undo Add cards"
    with WorkshopFile.open(workshop_path, read_only=True) as saved:
        assert saved.workshop.card(new_id).text == "J'appelle le service client"
    window.edit_actions.undo.trigger()
    assert journey.cell_card_ids(*cell) == before


def test_drop_on_a_card_adds_the_new_one_at_the_end_of_its_cell(focused, qtbot) -> None:
    window = focused
    document, scene, view = window.document, window.scene, window.view
    journey = document.current_journey
    card = next(iter(journey.cards.values()))
    cell = (card.stage_id, card.channel_id)
    before = journey.cell_card_ids(*cell)
    moved, _ = drag_new_card(view, scene.card_rect(card.id).center())
    assert moved
    qtbot.keyClicks(view, "Je relis le devis")
    qtbot.keyClick(view, Qt.Key.Key_Return)
    after = journey.cell_card_ids(*cell)
    assert after[: len(before)] == before
    assert journey.cards[after[-1]].text == "Je relis le devis"


def test_escape_after_the_drop_adds_nothing(focused, qtbot) -> None:
    window = focused
    document, scene, view = window.document, window.scene, window.view
    cell = _cell(document.workshop, "Évaluation", "Téléphone")
    count = len(document.current_journey.cards)
    drag_new_card(view, empty_spot(scene.cell_rect(cell)))
    qtbot.keyClicks(view, "Je renonce")
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert window.editor.interaction is None
    assert len(document.current_journey.cards) == count
    assert not window.edit_actions.undo.isEnabled()


def test_off_the_grid_the_new_card_is_refused(focused) -> None:
    window = focused
    scene, view = window.scene, window.view
    stage_id = window.document.workshop.stages[0].id
    header = scene.item_for_stage[stage_id].sceneBoundingRect()
    count = len(window.document.current_journey.cards)
    moved, dropped = drag_new_card(view, header.center())
    assert not moved
    assert not dropped
    assert window.editor.interaction is None
    assert len(window.document.current_journey.cards) == count


def test_a_click_on_the_palette_writes_beside_the_selected_card(focused, qtbot) -> None:
    window = focused
    document, scene, view = window.document, window.scene, window.view
    journey = document.current_journey
    card = next(iter(journey.cards.values()))
    click(qtbot, view, scene.card_rect(card.id).center())
    qtbot.mouseClick(window.new_card_source, Qt.MouseButton.LeftButton)
    tool = window.editor.interaction
    assert isinstance(tool, TextEditing)
    qtbot.keyClicks(view, "Je signe en ligne")
    qtbot.keyClick(view, Qt.Key.Key_Return)
    last = journey.cell_card_ids(card.stage_id, card.channel_id)[-1]
    assert journey.cards[last].text == "Je signe en ligne"


# Keyboard shortcuts


def test_the_shortcuts_dialog_lists_the_menus_and_the_map_keys(main_window, qtbot) -> None:
    help_menu = next(a.menu() for a in main_window.menuBar().actions() if a.text() == "&Help")
    (action,) = [a for a in help_menu.actions() if a.text() == "&Keyboard Shortcuts"]
    action.trigger()
    dialog = main_window.show_shortcuts()
    qtbot.waitExposed(dialog)
    rows = dialog.rows()
    sections = list(dict.fromkeys(section for section, _, _ in rows))
    assert sections[:3] == ["File", "Edit", "View"]
    assert {"Map", "Writing on a card", "Quick capture bar", "Find bar"} <= set(sections)
    assert ("File", "Ctrl+O", "Open") in rows
    assert ("Edit", "Ctrl+Z", "Undo") in rows
    assert ("View", "Ctrl+0", "Fit to Window") in rows
    assert ("Help", "Ctrl+/", "Keyboard Shortcuts") in rows
    # Read from the actions: a shortcut changed in the window shows up changed.
    undo_keys = main_window.edit_actions.undo.shortcut().toString()
    assert ("Edit", undo_keys, "Undo") in rows
    assert ("Map", "1", "Rate the selected cards: delight") in rows
    assert ("Map", "M", "Mark or unmark the selected cards as moments of truth") in rows
    assert ("Map", "F2 or Enter", "Edit the selected card's text") in rows
    assert ("Map", "Shift+drag from a card", "Draw an arrow to another card") in rows
    assert ("Map", "Space+drag, or middle button drag", "Pan the map") in rows
    assert ("Map", "Ctrl+wheel, or pinch", "Zoom in or out around the pointer") in rows
    assert ("Map", "Delete or Backspace", "Delete the selected cards and arrows") in rows
    # Shown once, raised again.
    assert main_window.show_shortcuts() is dialog


def test_the_shortcut_opens_the_dialog(main_window, qtbot) -> None:
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow, timeout=2000)
    qtbot.keyClick(main_window, Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier)
    dialog = main_window.show_shortcuts()
    assert dialog.isVisible()


@pytest.fixture
def french(qapp) -> Iterator[None]:
    from journey_studio.gui import i18n

    before = QLocale()
    i18n.install_translators(qapp, "fr")
    yield
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)


def test_the_shortcuts_speak_french(french, qtbot, workshop_path, icons) -> None:
    from journey_studio.gui.document import Document
    from journey_studio.gui.main_window import MainWindow

    window = MainWindow(Document.open(workshop_path), icons)
    qtbot.addWidget(window)
    window.show()
    dialog = window.show_shortcuts()
    assert dialog.windowTitle() == "Raccourcis clavier"
    rows = dialog.rows()
    sections = {section for section, _, _ in rows}
    assert {"Fichier", "Carte"} <= sections
    assert ("Carte", "1", "Noter les cartes sélectionnées\u00a0: enchantement") in rows
    assert window.new_card_source.text() == "+ Nouvelle carte"
    window.close()
