"""The window opens without what only a menu entry, a hidden panel or an open workshop
needs: the File menu's templates and preferences, the keyboard shortcuts dialog, the CRM
plan's editors, the heavy export libraries, the model and its edits, the map's items and
mouse tools, the first-person phrasing rules; the panels behind a tab make their widgets
when first seen."""

from __future__ import annotations

from support.probes import last_printed

LAZY = (
    "journey_studio.gui.recovery",
    "journey_studio.gui.preferences",
    "journey_studio.gui.shortcuts",
    "journey_studio.templates",
    "journey_studio.gui.panels.crm_lifecycle",
    "journey_studio.gui.panels.crm_stages",
    "journey_studio.model.edits.cards",
    "journey_studio.model.edits.crm",
    "journey_studio.model.edits.grid",
    "journey_studio.model.edits.plan",
    "journey_studio.model.phrasing",
    "journey_studio.model.workshop",
    "journey_studio.gui.document",
    "journey_studio.gui.canvas.items.card_item",
    "journey_studio.gui.canvas.items.inline_editor",
    "journey_studio.gui.canvas.items.lanes",
    "journey_studio.gui.canvas.interactions.move_cards",
    "journey_studio.gui.canvas.interactions.text_editing",
    "journey_studio.gui.deliverables.problems",
    "openpyxl",
    "reportlab",
    "networkx",
)

PROBE = f"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from journey_studio.gui.icons import IconLibrary
from journey_studio.gui.main_window import MainWindow
window = MainWindow(None, IconLibrary())
window.show()
app.processEvents()
window.grab()
print(sorted(m for m in {LAZY!r} if m in sys.modules))
"""


def test_the_shown_window_imports_none_of_what_waits_for_first_use(tmp_path) -> None:
    assert last_printed(PROBE, tmp_path) == []


def test_a_panel_behind_a_tab_is_made_when_first_shown(main_window, qtbot) -> None:
    plan = main_window.workbench.crm_plan
    assert plan.windowTitle() == "CRM plan"
    assert not plan.contents_built
    plan.raise_()
    qtbot.waitUntil(plan.in_sight, timeout=2000)
    assert plan.contents_built
    assert plan.pipelines.ids() == [p.id for p in main_window.document.workshop.pipelines]
