"""The CRM plan panel: statuses, converted status, pipelines and their stages, problems.

Each test drives the real widgets (typing, clicking, keys) and reads the file back.
"""

from __future__ import annotations

import pytest
from panel_support import click_check_box, stored
from PySide6.QtCore import Qt

from journey_studio.gui.panels.crm_stages import (
    CLOSED,
    FORECAST,
    JOURNEY_STAGE,
    NAME,
    PROBABILITY,
    STALE,
    WON,
)
from journey_studio.model.vocabulary import ForecastCategory

LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def panel(main_window):
    dock = main_window.workbench.crm_plan
    dock.show()
    dock.raise_()
    assert dock.in_sight()
    return dock


def _type(qtbot, widget, text: str) -> None:
    """Type text as key presses, accents included (QTest's own typing is ASCII only)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        target = widget.focusWidget() or widget
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(target, event)


def _type_into(qtbot, widget, text: str) -> None:
    """Click into a field, select what it holds, type over it and press Enter."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, CTRL)
    _type(qtbot, widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def _problems(panel) -> list[str]:
    return [panel.problems_list.item(r).text() for r in range(panel.problems_list.count())]


def test_the_panel_shows_the_plan_and_is_in_the_panels_menu(main_window, panel) -> None:
    workbench = main_window.workbench
    assert panel.toggleViewAction() in workbench.panels_menu.actions()
    assert panel.windowTitle() == "CRM plan"
    assert [panel.pipelines.list.item(r).text() for r in range(panel.pipelines.list.count())] == [
        "Ventes"
    ]
    stages = panel.stages
    assert stages.table.rowCount() == 2
    assert stages.cell(0, NAME).text() == "Proposition envoyée"
    assert stages.cell(1, PROBABILITY).value() == 60
    assert stages.cell(0, JOURNEY_STAGE).currentText() == "Décision / négociation"
    assert panel.lifecycle.order_hint.text() == "Statuses in order: Lead → MQL → Opportunité"


def test_edit_a_probability_then_undo(main_window, panel, qtbot) -> None:
    document = main_window.document
    stage = document.workshop.pipelines[0].stages[0]
    _type_into(qtbot, panel.stages.cell(0, PROBABILITY), "45")

    assert stage.probability == 45
    assert stored(document.path).pipelines[0].stages[0].probability == 45
    assert document.undo_stack.undoText() == "Set win probability"

    document.undo()

    assert stage.probability == 30
    assert stored(document.path).pipelines[0].stages[0].probability == 30
    assert panel.stages.cell(0, PROBABILITY).value() == 30


def test_probabilities_that_go_down_are_reported_and_the_report_follows(
    main_window, panel, qtbot
) -> None:
    down = (
        "In the “Ventes” pipeline, the win probability goes down from 30% "
        "(“Proposition envoyée”) to 20% (“Négociation”)."
    )
    assert down not in _problems(panel)
    _type_into(qtbot, panel.stages.cell(1, PROBABILITY), "20")
    assert down in _problems(panel)
    main_window.document.undo()
    assert down not in _problems(panel)


def test_add_a_stage_and_mark_it_won(main_window, panel, qtbot) -> None:
    document = main_window.document
    pipeline = document.workshop.pipelines[0]
    no_won = "The “Ventes” pipeline has no closed won stage."
    assert no_won in _problems(panel)
    panel.stages.table.setCurrentCell(1, NAME)

    qtbot.mouseClick(panel.stages.add_button, LEFT)

    assert [s.name for s in pipeline.stages] == ["Proposition envoyée", "Négociation", "New stage"]
    name = panel.stages.cell(2, NAME)
    assert name.hasFocus()
    _type(qtbot, name, "Gagnée")
    qtbot.keyClick(name, Qt.Key.Key_Return)
    click_check_box(qtbot, panel.stages.cell(2, WON))

    saved = stored(document.path).pipelines[0].stages[2]
    assert (saved.name, saved.won, saved.closed) == ("Gagnée", True, True)
    assert saved.probability == 100
    assert saved.forecast_category is ForecastCategory.CLOSED
    assert saved.stage_id == pipeline.stages[1].stage_id
    assert panel.stages.cell(2, CLOSED).isChecked()
    assert panel.stages.cell(2, FORECAST).currentText() == "Closed"
    assert document.undo_stack.undoText() == "Mark stage won"
    assert no_won not in _problems(panel)
    lane = main_window.scene.crm_lane
    assert "Gagnée" in [step.name for step in lane.stages[2].steps]

    document.undo()
    assert not pipeline.stages[2].won
    assert no_won in _problems(panel)
    assert not panel.stages.cell(2, WON).isChecked()


def test_mark_a_stage_lost_and_set_its_stale_alert(main_window, panel, qtbot) -> None:
    document = main_window.document
    click_check_box(qtbot, panel.stages.cell(1, CLOSED))
    _type_into(qtbot, panel.stages.cell(0, STALE), "14")

    saved = stored(document.path).pipelines[0].stages
    assert (saved[1].closed, saved[1].won, saved[1].probability) == (True, False, 0)
    assert saved[1].forecast_category is ForecastCategory.OMITTED
    assert saved[0].stale_after_days == 14
    assert "The “Ventes” pipeline has no closed lost stage." not in _problems(panel)


def test_set_the_converted_status_by_keyboard(main_window, panel, qtbot) -> None:
    document = main_window.document
    box = panel.lifecycle.converted_box
    assert box.currentText() == "None chosen"
    box.setFocus()
    qtbot.keyClicks(box, "M")

    assert document.workshop.converted_status == "MQL"
    assert stored(document.path).converted_status == "MQL"
    assert document.undo_stack.undoText() == "Set converted status"
    assert not any("converted" in problem for problem in _problems(panel))

    document.undo()
    assert stored(document.path).converted_status == ""
    assert box.currentText() == "None chosen"


def test_typing_a_stage_status_sets_it_and_the_crm_lane_follows(main_window, panel, qtbot) -> None:
    document = main_window.document
    evaluation = document.workshop.stages[1]
    _type_into(qtbot, panel.lifecycle.status_edit(evaluation.id), "SQL")

    assert stored(document.path).stages[1].lifecycle_status == "SQL"
    assert document.undo_stack.undoText() == "Set lifecycle status"
    assert panel.lifecycle.order_hint.text() == "Statuses in order: Lead → SQL → Opportunité"
    assert main_window.scene.crm_lane.stages[1].lifecycle_status == "SQL"
    assert panel.lifecycle.converted_box.findText("SQL") > 0


def test_pipelines_add_rename_team_reorder_delete(main_window, panel, qtbot) -> None:
    document = main_window.document
    asked: list[str] = []
    panel.confirm = lambda _parent, _title, text: asked.append(text) or True
    qtbot.mouseClick(panel.pipelines.add_button, LEFT)
    added = document.workshop.pipelines[1]
    assert added.name == "New pipeline"
    assert "The “New pipeline” pipeline has no stages." in _problems(panel)
    editor = panel.pipelines.list.indexWidget(panel.pipelines.list.currentIndex())
    assert editor is not None  # renaming in place
    qtbot.keyClick(editor, Qt.Key.Key_A, CTRL)
    _type(qtbot, editor, "Succès client")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: added.name == "Succès client")
    _type_into(qtbot, panel.team_edit, "Customer Success")
    qtbot.mouseClick(panel.pipelines.up_button, LEFT)

    on_disk = stored(document.path)
    assert [(p.name, p.team) for p in on_disk.pipelines] == [
        ("Succès client", "Customer Success"),
        ("Ventes", ""),
    ]
    panel.pipelines.select(document.workshop.pipelines[1].id)
    qtbot.mouseClick(panel.pipelines.remove_button, LEFT)
    assert asked == ["Delete the pipeline “Ventes” and its 2 stages? You can undo this."]
    assert [p.name for p in stored(document.path).pipelines] == ["Succès client"]
    document.undo()
    assert [p.name for p in stored(document.path).pipelines] == ["Succès client", "Ventes"]


def test_move_a_stage_down_with_the_button(main_window, panel, qtbot) -> None:
    document = main_window.document
    panel.stages.table.setCurrentCell(0, NAME)
    qtbot.mouseClick(panel.stages.down_button, LEFT)
    assert [s.name for s in stored(document.path).pipelines[0].stages] == [
        "Négociation",
        "Proposition envoyée",
    ]
    assert panel.stages.current_id() == document.workshop.pipelines[0].stages[1].id


def test_hostile_text_and_accents_survive(main_window, panel, qtbot) -> None:
    document = main_window.document
    name = 'Devis <signé> & "validé" l\'été'
    _type_into(qtbot, panel.stages.cell(0, NAME), name)
    panel.stages.table.setCurrentCell(0, NAME)
    entry = panel.stages.entry_edit
    entry.setFocus()
    _type(qtbot, entry, "Le client dit « oui » & signe <vite>")
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    _type(qtbot, entry, 'Fin d\'été "ok"')
    qtbot.keyClick(entry, Qt.Key.Key_Return, CTRL)

    saved = stored(document.path).pipelines[0].stages[0]
    assert saved.name == name
    assert saved.entry_criteria == 'Le client dit « oui » & signe <vite>\nFin d\'été "ok"'
    assert document.undo_stack.undoText() == "Edit entry criteria"
    assert panel.stages.cell(0, NAME).text() == name
    assert f"the stage “{name}” has no exit criteria" in " ".join(_problems(panel))


def test_signal_fields_are_checked_from_the_workshop_fields(main_window, panel, qtbot) -> None:
    document = main_window.document
    panel.stages.table.setCurrentCell(1, NAME)
    signals = panel.stages.signals_list
    assert [signals.item(r).text() for r in range(signals.count())] == [
        "Score de lead (lead_score)"
    ]
    rect = signals.visualItemRect(signals.item(0))
    qtbot.mouseClick(signals.viewport(), LEFT, pos=rect.center())
    if signals.item(0).checkState() != Qt.CheckState.Checked:  # style clicks the box only
        qtbot.keyClick(signals, Qt.Key.Key_Space)
    saved = stored(document.path).pipelines[0].stages[1]
    assert [link.field_id for link in saved.signal_fields] == [document.workshop.crm_fields[0].id]
    assert document.undo_stack.undoText() == "Set signal fields"


def test_the_journey_stage_combo_links_a_stage(main_window, panel, qtbot) -> None:
    document = main_window.document
    box = panel.stages.cell(0, JOURNEY_STAGE)
    box.setFocus()
    qtbot.keyClicks(box, "D")  # the next stage starting with D: Découverte
    saved = stored(document.path).pipelines[0].stages[0]
    assert saved.stage_id == document.workshop.stages[0].id
    assert document.undo_stack.undoText() == "Set journey stage"


def test_a_read_only_file_cannot_be_edited(qtbot, workshop_path, icons) -> None:
    from journey_studio.gui.document import Document
    from journey_studio.gui.main_window import MainWindow
    from journey_studio.storage import WorkshopFile

    with WorkshopFile.open(workshop_path):
        window = MainWindow(Document.open(workshop_path), icons)
        qtbot.addWidget(window)
        window.show()
        dock = window.workbench.crm_plan
        dock.raise_()
        assert window.document.read_only
        assert not dock.stages.isEnabled()
        assert not dock.lifecycle.converted_box.isEnabled()
        window.close()
