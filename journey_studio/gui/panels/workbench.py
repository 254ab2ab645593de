"""Everything around the map, installed on a main window in one call.

The :class:`Workbench` adds the docks (inspector, personas, CRM fields, stages and
channels, journeys, CRM plan) and the quick-capture bar, the menu entries that hang on the
settings (File › New from template, Open recent, Preferences; View › Filter by persona,
Panels, Quick capture), and keeps the window's layout and the recent files in the settings.
The main window creates it and hands it each document it shows; the workbench hands the
document on to the panels, which then talk to the document only.

So that the window paints at once, the workbench first puts empty docks with the panels'
titles where the panels go (as the settings last left them); :meth:`Workbench.build_panels`
then makes the panels and puts each in its dock's place, the layout unchanged. Each panel
makes its widgets when it is first seen, and what only a menu entry needs (the templates,
the preferences dialog) is imported when it is first used.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QMessageBox, QTabBar

from journey_studio.gui import i18n
from journey_studio.gui.capture_bar import CaptureBar
from journey_studio.gui.panels.dock import place_holder
from journey_studio.gui.settings import Settings

if TYPE_CHECKING:
    from journey_studio.gui.document import Document
    from journey_studio.gui.icons import IconLibrary
    from journey_studio.gui.panels.crm_fields import CrmFieldsPanel
    from journey_studio.gui.panels.crm_plan import CrmPlanPanel
    from journey_studio.gui.panels.dock import DocumentDock
    from journey_studio.gui.panels.inspector import InspectorPanel
    from journey_studio.gui.panels.journeys import JourneysPanel
    from journey_studio.gui.panels.personas import PersonasPanel
    from journey_studio.gui.panels.stages_channels import StagesChannelsPanel

PANEL_ORDER = (
    "inspector-dock",
    "personas-dock",
    "crm-fields-dock",
    "stages-channels-dock",
    "journeys-dock",
    "crm-plan-dock",
)
"""The panels' dock names, in the order of the Panels menu."""
INSPECTOR_WIDTH = 400
INSPECTOR_SHARE = 0.62
"""The inspector's share of the right-hand docks' height at first; the tabbed panels below
get the rest."""


class Workbench(QObject):
    """The panels, capture bar and settings-backed menus of one main window.

    Attributes:
        inspector, personas, crm_fields, stages_channels, journeys, crm_plan: the docks
            (made by :meth:`build_panels`).
        capture_bar: the quick-capture bar.
        settings: where the window's layout, recent files and language are kept.
        workshops_folder: where File › New from template makes workshops (None: the
            per-user data folder).
    """

    inspector: InspectorPanel
    personas: PersonasPanel
    crm_fields: CrmFieldsPanel
    stages_channels: StagesChannelsPanel
    journeys: JourneysPanel
    crm_plan: CrmPlanPanel

    def __init__(
        self,
        window: QMainWindow,
        settings: Settings | None = None,
    ) -> None:
        super().__init__(window)
        self.setObjectName("workbench")
        self._window = window
        self.settings = settings if settings is not None else Settings()
        self.workshops_folder: Path | None = None
        self._document: Document | None = None

        self.panels: list[DocumentDock] = []
        self._docks: dict[str, QDockWidget] = {
            name: place_holder(name, window) for name in PANEL_ORDER
        }
        self._lay_out_docks()

        self.capture_bar = CaptureBar(window)
        window.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.capture_bar)

        self._make_actions()
        self._install_menus()
        self.retranslate()
        self._laid_out = self.settings.restore_window(window)
        window.installEventFilter(self)

    def build_panels(self, icons: IconLibrary) -> None:
        """Make the panels and put each in the place its empty dock holds (once)."""
        if self.panels:
            return
        from journey_studio.gui.panels.crm_fields import CrmFieldsPanel
        from journey_studio.gui.panels.crm_plan import CrmPlanPanel
        from journey_studio.gui.panels.inspector import InspectorPanel
        from journey_studio.gui.panels.journeys import JourneysPanel
        from journey_studio.gui.panels.personas import PersonasPanel
        from journey_studio.gui.panels.stages_channels import StagesChannelsPanel

        window = self._window
        layout = window.saveState()
        for holder in self._docks.values():
            window.removeDockWidget(holder)
            holder.setParent(None)
            holder.deleteLater()
        self.inspector = InspectorPanel(icons, window)
        self.personas = PersonasPanel(window)
        self.crm_fields = CrmFieldsPanel(window)
        self.stages_channels = StagesChannelsPanel(window)
        self.journeys = JourneysPanel(window)
        self.crm_plan = CrmPlanPanel(window)
        self.panels = [
            self.inspector,
            self.personas,
            self.crm_fields,
            self.stages_channels,
            self.journeys,
            self.crm_plan,
        ]
        self._docks = {panel.objectName(): panel for panel in self.panels}
        for panel in self.panels:
            window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, panel)
        window.restoreState(layout)  # each panel where its empty dock was
        for panel in self.panels:
            panel.set_document(self._document)
        actions = self.panels_menu.actions()
        for panel in self.panels:
            self.panels_menu.insertAction(actions[0], panel.toggleViewAction())

    def _lay_out_docks(self) -> None:
        """The panels' places before the settings say otherwise: the inspector above the
        personas on the right, the other panels as tabs behind them."""
        window, docks = self._window, self._docks
        inspector, personas = docks["inspector-dock"], docks["personas-dock"]
        right = Qt.DockWidgetArea.RightDockWidgetArea
        window.addDockWidget(right, inspector)
        window.addDockWidget(right, personas)
        window.splitDockWidget(inspector, personas, Qt.Orientation.Vertical)
        window.tabifyDockWidget(inspector, docks["journeys-dock"])
        window.tabifyDockWidget(docks["journeys-dock"], docks["crm-plan-dock"])
        for name in ("crm-fields-dock", "stages-channels-dock"):
            window.tabifyDockWidget(personas, docks[name])
        inspector.raise_()
        personas.raise_()
        window.resizeDocks([inspector], [INSPECTOR_WIDTH], Qt.Orientation.Horizontal)

    # The document

    @property
    def document(self) -> Document | None:
        return self._document

    def set_document(self, document: Document | None) -> None:
        """Show another document in every panel and remember it among the recent files."""
        self.commit_pending()
        previous = self._document
        if previous is not None:
            previous.refused.disconnect(self._show_refusal)
        self._document = document
        for panel in self.panels:
            panel.set_document(document)
        self.capture_bar.set_document(document)
        if document is not None:
            document.refused.connect(self._show_refusal)
            self.settings.add_recent_file(document.path)
            self.settings.set_last_directory(document.path.parent)
        self.filter_menu.setEnabled(document is not None)

    def build_panels_in_sight(self) -> None:
        """Make the widgets of the panels the window is about to show (the front tab of each
        group, a panel alone, a floating one) before it shows them: made while it shows,
        they would change the window's size constraints too late. The panels behind a tab
        and the closed ones wait until they are first seen."""
        front: set[str] = set()
        behind: set[str] = set()
        bars = self._window.findChildren(QTabBar, options=Qt.FindChildOption.FindDirectChildrenOnly)
        for bar in bars:
            if bar.isHidden():
                continue
            for index in range(bar.count()):
                (front if index == bar.currentIndex() else behind).add(bar.tabText(index))
        for panel in self.panels:
            title = panel.windowTitle()
            if not panel.isHidden() and (title in front or title not in behind):
                panel.ensure_built()

    def commit_pending(self) -> None:
        """Save what is typed in the panels but not yet committed (before closing)."""
        for panel in self.panels:
            if panel.contents_built:  # a panel never seen has nothing typed in it
                panel.commit_pending()

    def _show_refusal(self, message: str) -> None:
        self._window.statusBar().showMessage(message, 8000)

    # Actions and menus

    def _make_actions(self) -> None:
        window = self._window
        self.preferences_action = QAction(window)
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.preferences_action.triggered.connect(self.show_preferences)
        self.new_menu = QMenu(window)
        self.new_menu.setObjectName("new-from-template-menu")
        self.new_menu.aboutToShow.connect(self._fill_new_menu)
        self.recent_menu = QMenu(window)
        self.recent_menu.setObjectName("open-recent-menu")
        self.recent_menu.aboutToShow.connect(self.fill_recent_menu)
        self.clear_recent_action = QAction(window)
        self.clear_recent_action.triggered.connect(lambda: self.settings.clear_recent_files())
        self.filter_menu = QMenu(window)
        self.filter_menu.setObjectName("persona-filter-menu")
        self.filter_menu.aboutToShow.connect(self.fill_filter_menu)
        self.panels_menu = QMenu(window)
        self.panels_menu.setObjectName("panels-menu")
        self.panels_menu.addSeparator()  # the panels go above it once they are made
        self.panels_menu.addAction(self.capture_bar.toggleViewAction())

    def _install_menus(self) -> None:
        window = self._window
        file_menu = self._menu_holding(getattr(window, "open_action", None))
        if file_menu is None:
            file_menu = window.menuBar().addMenu("")
            self._own_file_menu = file_menu
        open_action = getattr(window, "open_action", None)
        actions = file_menu.actions()
        after_open = (
            actions[actions.index(open_action) + 1]
            if open_action in actions and actions.index(open_action) + 1 < len(actions)
            else None
        )
        file_menu.insertMenu(open_action if open_action in actions else None, self.new_menu)
        if after_open is not None:
            file_menu.insertMenu(after_open, self.recent_menu)
        else:
            file_menu.addMenu(self.recent_menu)
        quit_action = getattr(window, "quit_action", None)
        if quit_action in file_menu.actions():
            file_menu.insertAction(quit_action, self.preferences_action)
            file_menu.insertSeparator(quit_action)
        else:
            file_menu.addAction(self.preferences_action)
        view_menu = self._menu_holding(getattr(window, "fit_action", None))
        if view_menu is None:
            view_menu = window.menuBar().addMenu("")
            self._own_view_menu = view_menu
        view_menu.addSeparator()
        view_menu.addMenu(self.filter_menu)
        view_menu.addMenu(self.panels_menu)
        view_menu.addAction(self.capture_bar.focus_action)

    def _menu_holding(self, action: QAction | None) -> QMenu | None:
        if action is None:
            return None
        for menu_action in self._window.menuBar().actions():
            menu = menu_action.menu()
            if isinstance(menu, QMenu) and action in menu.actions():
                return menu
        return None

    def retranslate(self) -> None:
        self.new_menu.setTitle(self.tr("&New from Template"))
        self.recent_menu.setTitle(self.tr("Open &Recent"))
        self.clear_recent_action.setText(self.tr("&Clear the List"))
        self.preferences_action.setText(self.tr("&Preferences…"))
        self.filter_menu.setTitle(self.tr("Filter by &Persona"))
        self.panels_menu.setTitle(self.tr("&Panels"))
        self.capture_bar.toggleViewAction().setText(self.tr("Quick capture bar"))
        if hasattr(self, "_own_file_menu"):
            self._own_file_menu.setTitle(self.tr("&File"))
        if hasattr(self, "_own_view_menu"):
            self._own_view_menu.setTitle(self.tr("&View"))

    def fill_recent_menu(self) -> None:
        """List the recent workshops that still exist (File › Open recent)."""
        menu = self.recent_menu
        menu.clear()
        paths = [p for p in self.settings.recent_files() if p.is_file()]
        for number, path in enumerate(paths, start=1):
            name = path.name.replace("&", "&&")
            action = menu.addAction(f"&{number} {name}" if number < 10 else name)
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.setData(str(path))
            action.triggered.connect(partial(self.open_recent, path))
        if not paths:
            empty = menu.addAction(self.tr("No recent workshop"))
            empty.setEnabled(False)
        menu.addSeparator()
        menu.addAction(self.clear_recent_action)
        self.clear_recent_action.setEnabled(bool(paths))

    def open_recent(self, path: Path, _checked: bool = False) -> bool:
        """Open a recent workshop; one that is gone is taken off the list."""
        if not path.is_file():
            self.settings.remove_recent_file(path)
            QMessageBox.warning(
                self._window,
                self.tr("Open Recent"),
                self.tr("“{name}” is no longer there.").format(name=path.name),
            )
            return False
        opener = getattr(self._window, "open_file", None)
        return bool(opener(path)) if callable(opener) else False

    def _fill_new_menu(self) -> None:
        from journey_studio.templates import list_templates

        menu = self.new_menu
        menu.clear()
        language = i18n.current_language()
        for info in list_templates(language):
            action = menu.addAction(info.title)
            action.setToolTip(info.description)
            action.setStatusTip(info.description)
            action.triggered.connect(partial(self.new_from_template, info.name, language))
        menu.setToolTipsVisible(True)

    def new_from_template(self, template: str, language: str, _checked: bool = False) -> bool:
        """Make a workshop from a template in the per-user folder and open it."""
        from journey_studio.gui import recovery

        try:
            path = recovery.new_workshop_from_template(template, language, self.workshops_folder)
        except (OSError, LookupError, ValueError) as error:
            QMessageBox.critical(self._window, self.tr("New workshop"), str(error))
            return False
        opener = getattr(self._window, "open_file", None)
        return bool(opener(path)) if callable(opener) else False

    def fill_filter_menu(self) -> None:
        """View › Filter by persona: every persona, and All personas."""
        from journey_studio.gui.panels.widgets import swatch

        menu = self.filter_menu
        menu.clear()
        document = self._document
        group = QActionGroup(menu)
        group.setExclusive(True)
        current = document.persona_filter if document is not None else None
        everyone = menu.addAction(self.tr("&All Personas"))
        everyone.setCheckable(True)
        everyone.setChecked(current is None)
        everyone.triggered.connect(partial(self._filter, None))
        group.addAction(everyone)
        if document is not None and document.workshop.personas:
            menu.addSeparator()
            for persona in document.workshop.personas:
                action = menu.addAction(swatch(persona.colour, 14), persona.name)
                action.setCheckable(True)
                action.setChecked(current == persona.id)
                action.triggered.connect(partial(self._filter, persona.id))
                group.addAction(action)

    def _filter(self, persona_id: str | None, _checked: bool = False) -> None:
        if self._document is not None:
            self._document.set_persona_filter(persona_id)

    def _first_layout(self) -> None:
        """Give the inspector most of the right-hand side (the first time only)."""
        docks: list[QDockWidget] = [self._docks["inspector-dock"], self._docks["personas-dock"]]
        height = sum(dock.height() for dock in docks)
        inspector = round(height * INSPECTOR_SHARE)
        self._window.resizeDocks(docks, [inspector, height - inspector], Qt.Orientation.Vertical)

    def show_preferences(self) -> None:
        from journey_studio.gui.preferences import PreferencesDialog

        PreferencesDialog(self.settings, self._window).exec()

    # The window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self._window:
            if event.type() == QEvent.Type.Close:
                self.commit_pending()
                self.settings.save_window(self._window)
            elif event.type() == QEvent.Type.LanguageChange:
                self.retranslate()
            elif event.type() == QEvent.Type.Show and not self._laid_out:
                self._laid_out = True
                QTimer.singleShot(0, self, self._first_layout)
        return False
