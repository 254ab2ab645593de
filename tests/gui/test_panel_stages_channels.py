"""The stages and channels panel: add, rename in place, reorder, delete after saying how many
cards go (in every journey), and undo."""

from __future__ import annotations

import pytest
from panel_support import stored
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def panel(main_window):
    dock = main_window.workbench.stages_channels
    dock.show()
    dock.raise_()
    return dock


def _stage_names(workshop) -> list[str]:
    return [stage.name for stage in workshop.stages]


def test_deleting_a_stage_says_how_many_cards_go_and_undo_brings_them_back(
    main_window, panel, qtbot
) -> None:
    document = main_window.document
    decision = document.workshop.stages[2]
    asked: list[tuple[str, str]] = []
    panel.confirm = lambda _parent, title, text: asked.append((title, text)) or True
    panel.stages.select(decision.id)

    qtbot.mouseClick(panel.stages.remove_button, LEFT)

    assert asked == [
        (
            "Delete stage",
            "Delete the stage “Décision / négociation” and its 2 cards, in every journey? "
            "You can undo this.",
        )
    ]
    on_disk = stored(document.path)
    assert _stage_names(on_disk) == ["Découverte", "Évaluation"]
    assert sum(len(j.cards) for j in on_disk.journeys) == 5
    assert panel.stages.ids() == [s.id for s in document.workshop.stages]

    document.undo()
    on_disk = stored(document.path)
    assert _stage_names(on_disk) == ["Découverte", "Évaluation", "Décision / négociation"]
    assert sum(len(j.cards) for j in on_disk.journeys) == 7
    assert panel.stages.list.count() == 3


def test_saying_no_keeps_the_stage(main_window, panel, qtbot) -> None:
    document = main_window.document
    panel.confirm = lambda *_: False
    panel.stages.select(document.workshop.stages[0].id)
    qtbot.mouseClick(panel.stages.remove_button, LEFT)
    assert len(stored(document.path).stages) == 3


def test_deleting_an_empty_channel_still_asks(main_window, panel, qtbot) -> None:
    from journey_studio.model.edits import AddChannel
    from journey_studio.model.workshop import Channel

    document = main_window.document
    document.apply(AddChannel(Channel("Chat")))
    chat = document.workshop.channels[-1]
    asked: list[str] = []
    panel.confirm = lambda _parent, _title, text: asked.append(text) or True
    panel.channels.select(chat.id)
    qtbot.mouseClick(panel.channels.remove_button, LEFT)
    assert asked == ["Delete the channel “Chat”? It holds no card."]
    assert [c.name for c in stored(document.path).channels] == ["Site web", "E-mail", "Téléphone"]


def test_rename_a_stage_in_place(main_window, panel, qtbot) -> None:
    document = main_window.document
    stage = document.workshop.stages[1]
    panel.stages.select(stage.id)
    panel.stages.list.setFocus()
    qtbot.keyClick(panel.stages.list, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    assert editor.text() == "Évaluation"
    editor.selectAll()
    qtbot.keyClicks(editor, "Comparaison")
    qtbot.keyClick(editor, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: stored(document.path).stage(stage.id).name == "Comparaison")
    assert document.undo_stack.undoText() == "Rename stage"
    assert panel.stages.item(stage.id).text() == "Comparaison"


def test_add_a_stage_after_the_selected_one_and_name_it(main_window, panel, qtbot) -> None:
    document = main_window.document
    panel.stages.select(document.workshop.stages[0].id)
    qtbot.mouseClick(panel.stages.add_button, LEFT)
    assert _stage_names(stored(document.path)) == [
        "Découverte",
        "New stage",
        "Évaluation",
        "Décision / négociation",
    ]
    new = document.workshop.stages[1]
    assert new.phase == "Marketing"  # like the stage before it
    assert panel.stages.current_id() == new.id


def test_move_a_channel_down(main_window, panel, qtbot) -> None:
    document = main_window.document
    panel.channels.select(document.workshop.channels[0].id)
    qtbot.mouseClick(panel.channels.down_button, LEFT)
    assert [c.name for c in stored(document.path).channels] == ["E-mail", "Site web", "Téléphone"]
    assert document.undo_stack.undoText() == "Reorder channels"
    assert panel.channels.current_id() == document.workshop.channels[1].id
