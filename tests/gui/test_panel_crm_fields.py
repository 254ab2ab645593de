"""The CRM fields panel: add a field, set its object, type and allowed values, delete it."""

from __future__ import annotations

import pytest
from panel_support import stored
from PySide6.QtCore import Qt

from journey_studio.gui.panels.crm_fields import api_name_for
from journey_studio.model.vocabulary import CrmFieldType, CrmObject

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def panel(main_window):
    dock = main_window.workbench.crm_fields
    dock.show()
    dock.raise_()
    return dock


def test_api_names_are_plain_and_unique() -> None:
    assert api_name_for("Score de lead", set()) == "score_de_lead"
    assert api_name_for("Évaluation NPS", {"evaluation_nps"}) == "evaluation_nps_2"
    assert api_name_for("!!!", set()) == "field"


def test_add_a_picklist_field(main_window, panel, qtbot) -> None:
    document = main_window.document
    qtbot.mouseClick(panel.entities.add_button, LEFT)
    added = document.workshop.crm_fields[-1]
    assert (added.label, added.api_name) == ("New field", "new_field")
    assert panel.label_edit.hasFocus()
    qtbot.keyClicks(panel.label_edit, "Statut du cycle de vie")
    qtbot.keyClick(panel.label_edit, Qt.Key.Key_Return)
    panel.object_box.setFocus()
    qtbot.keyClicks(panel.object_box, "L")  # Lead
    panel.type_box.setFocus()
    qtbot.keyClicks(panel.type_box, "Pi")  # Picklist
    qtbot.mouseClick(panel.allowed_values_edit.viewport(), LEFT)
    qtbot.keyClicks(panel.allowed_values_edit, "Lead")
    qtbot.keyClick(panel.allowed_values_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(panel.allowed_values_edit, "MQL")
    qtbot.keyClick(
        panel.allowed_values_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )

    saved = stored(document.path).crm_field(added.id)
    assert saved.label == "Statut du cycle de vie"
    assert saved.object is CrmObject.LEAD
    assert saved.type is CrmFieldType.PICKLIST
    assert saved.allowed_values == ["Lead", "MQL"]
    assert panel.entities.item(added.id).text() == "Statut du cycle de vie · Lead"


def test_delete_a_linked_field_asks_and_undo_restores_the_links(main_window, panel, qtbot) -> None:
    document = main_window.document
    score = document.workshop.crm_fields[0]
    asked: list[str] = []
    panel.confirm = lambda _parent, _title, text: asked.append(text) or True
    panel.entities.select(score.id)
    qtbot.mouseClick(panel.entities.remove_button, LEFT)
    assert asked == [
        "Delete the CRM field “Score de lead”? 1 card is linked to it; the links go with it. "
        "You can undo this."
    ]
    assert stored(document.path).crm_fields == []
    document.undo()
    on_disk = stored(document.path)
    assert [f.label for f in on_disk.crm_fields] == ["Score de lead"]
    assert any(
        link.field_id == score.id
        for card in on_disk.journeys[0].cards.values()
        for link in card.crm_links
    )


def test_a_panel_behind_another_tab_catches_up_when_shown(main_window, qtbot) -> None:
    from journey_studio.model.edits import AddCrmField
    from journey_studio.model.workshop import CrmField

    workbench = main_window.workbench
    workbench.personas.raise_()
    panel = workbench.crm_fields
    assert not panel.in_sight()
    main_window.document.apply(AddCrmField(CrmField("NPS", "nps")))
    assert "NPS · Contact" not in [
        panel.entities.list.item(r).text() for r in range(panel.entities.list.count())
    ]

    panel.raise_()

    assert panel.in_sight()
    assert [panel.entities.list.item(r).text() for r in range(panel.entities.list.count())] == [
        "Score de lead · Contact",
        "NPS · Contact",
    ]
