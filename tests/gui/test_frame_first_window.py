"""A window made frame first (as the application starts) paints its menus, toolbars and the
docks' titles before the map and the panels exist; building them afterwards leaves every
dock where it was and gives the same menus as a window built at once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDockWidget, QMenu
from support.probes import last_printed

from journey_studio.gui.document import Document
from journey_studio.gui.main_window import MainWindow
from journey_studio.gui.panels.workbench import PANEL_ORDER


def _docks(window: MainWindow) -> dict[str, tuple[object, ...]]:
    """Each dock's title, whether it is shown, and where when it is in sight (a tab behind
    another has no place of its own)."""
    return {
        dock.objectName(): (
            dock.windowTitle(),
            dock.isVisible(),
            None if dock.visibleRegion().isEmpty() else dock.geometry(),
        )
        for dock in window.findChildren(QDockWidget)
    }


def _menu_texts(menu: QMenu) -> list[str]:
    return [action.text() for action in menu.actions()]


def test_the_frame_shows_every_panel_title_before_the_panels_exist(qtbot, icons) -> None:
    window = MainWindow(None, icons, workspace_later=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert not window.workspace_built
    assert window.workbench.panels == []
    assert sorted(_docks(window)) == sorted(PANEL_ORDER)
    titles = {title for title, *_ in _docks(window).values()}
    assert {"Inspector", "Personas", "CRM plan", "Journeys"} <= titles


def test_building_the_workspace_keeps_the_docks_where_a_window_built_at_once_has_them(
    qtbot, icons
) -> None:
    windows = []
    for later in (True, False):
        window = MainWindow(None, icons, workspace_later=later)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        qtbot.wait(50)  # the first layout of the docks
        windows.append(window)
    frame, at_once = windows
    shown = _docks(frame)
    assert [name for name, (_, _, place) in shown.items() if place is not None] == [
        "inspector-dock",
        "personas-dock",
    ]
    frame.build_workspace()
    assert frame.workspace_built
    assert [panel.objectName() for panel in frame.workbench.panels] == list(PANEL_ORDER)
    qtbot.waitUntil(lambda: frame.workbench.inspector.contents_built, timeout=2000)
    qtbot.waitUntil(lambda: _docks(frame) == _docks(at_once), timeout=2000)
    assert {name: shown_now for name, (_, shown_now, _) in shown.items()} == {
        name: shown_now for name, (_, shown_now, _) in _docks(frame).items()
    }


def test_a_window_built_later_has_the_menus_of_one_built_at_once(qtbot, icons) -> None:
    later = MainWindow(None, icons, workspace_later=True)
    qtbot.addWidget(later)
    later.build_workspace()
    at_once = MainWindow(None, icons)
    qtbot.addWidget(at_once)
    for window in (later, at_once):
        window.workbench.fill_recent_menu()
    assert _menu_texts(later.file_menu) == _menu_texts(at_once.file_menu)
    menus = [action.menu() for action in later.menuBar().actions()]
    assert [menu.title() for menu in menus if isinstance(menu, QMenu)] == [
        "&File",
        "&Edit",
        "&View",
        "&Help",
    ]
    assert "Save a &Copy As…" in _menu_texts(later.file_menu)


def test_giving_a_document_to_a_frame_builds_the_workspace(
    qtbot, icons, workshop_path: Path
) -> None:
    window = MainWindow(None, icons, workspace_later=True)
    qtbot.addWidget(window)
    document = Document.open(workshop_path)
    window.set_document(document)
    assert window.workspace_built
    assert len(window.scene.item_for_card) == len(document.current_journey.cards)
    window.close()


def test_the_frame_says_which_file_it_is_opening_until_the_file_is_open(
    qtbot, icons, workshop_path: Path
) -> None:
    window = MainWindow(None, icons, workspace_later=True)
    qtbot.addWidget(window)
    window.announce_opening(workshop_path)
    assert window.notice_label.text() == "Opening Atelier été.journey…"
    document = Document.open(workshop_path)
    window.set_document(document)
    assert window.notice_label.text() == ""
    document.close()
    window.set_document(None)
    window.announce_opening(workshop_path)
    window.announce_opening(None)  # it could not be opened
    assert window.notice_label.text() == "Open a workshop file (File › Open…)."


def test_the_edit_commands_wait_for_the_map(qtbot, icons) -> None:
    window = MainWindow(None, icons, workspace_later=True)
    qtbot.addWidget(window)
    window.edit_actions.select_all.trigger()  # no map yet: nothing happens, nothing breaks
    window.new_card_source.click()
    window.build_workspace()
    window.edit_actions.select_all.trigger()
    assert window.scene.selected_card_ids() == []


PROBE = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from journey_studio.gui.main_window import MainWindow
window = MainWindow(None, None, workspace_later=True)
window.show()
app.processEvents()
window.grab()
print(sorted(m for m in sys.modules if m.startswith("journey_studio")))
"""

FRAME_ONLY = (
    "journey_studio.gui.canvas.scene",
    "journey_studio.gui.canvas.editor",
    "journey_studio.gui.canvas.find_bar",
    "journey_studio.gui.icons",
    "journey_studio.gui.deliverables.exports",
    "journey_studio.gui.panels.inspector",
    "journey_studio.gui.panels.personas",
    "journey_studio.gui.panels.crm_plan",
    "journey_studio.layout",
    "journey_studio.model.edits.base",
)


def test_the_painted_frame_imports_neither_the_map_nor_the_panels(tmp_path: Path) -> None:
    imported = last_printed(PROBE, tmp_path)
    assert isinstance(imported, list)
    assert "journey_studio.gui.main_window" in imported
    assert set(imported) & set(FRAME_ONLY) == set()
