"""The main window: the map of one journey, a journey switcher, zoom, and the notices.

The window is made in two steps so that it paints at once: its frame (menus, toolbars, the
docks' titles, the still empty map) when it is constructed, then what works on a workshop
(the map and its editor, the exports, the panels' contents) in :meth:`build_workspace`.
The constructor does both unless asked to leave the second to the application, which then
runs it right after the first paint, before it opens the workshop.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QToolBar,
    QWidget,
)

from journey_studio import __version__
from journey_studio.gui.canvas.card_palette import NewCardSource
from journey_studio.gui.canvas.edit_actions import EditActions
from journey_studio.gui.canvas.view import MapView
from journey_studio.gui.panels.workbench import Workbench
from journey_studio.storage import SUFFIX, WorkshopFileError

if TYPE_CHECKING:
    from journey_studio.gui.canvas.editor import CanvasEditor
    from journey_studio.gui.canvas.find_bar import FindBar
    from journey_studio.gui.canvas.grid_commands import Confirm
    from journey_studio.gui.canvas.map_binding import MapBinding
    from journey_studio.gui.canvas.scene import MapScene
    from journey_studio.gui.deliverables.exports import Exports
    from journey_studio.gui.deliverables.imports import Imports
    from journey_studio.gui.document import Document
    from journey_studio.gui.icons import IconLibrary
    from journey_studio.gui.settings import Settings
    from journey_studio.gui.shortcuts import ShortcutsDialog
    from journey_studio.model.edits import Changes
    from journey_studio.model.workshop import Journey

APP_NAME = "Journey Studio"
MINIMUM_SIZE = (800, 600)
"""The smallest the window may be made: room for the map and the panels beside it. Set
once (not left to the layouts) so that the panels made after the first paint do not change
it under a window already on screen."""


class MainWindow(QMainWindow):
    """One window on one workshop (or on none, until a file is opened).

    Attributes made by :meth:`build_workspace`: ``scene``, ``editor``, ``map_binding``,
    ``exports``, ``imports`` (a document given to the window builds them first). ``icons``
    may be None: the window then makes its own library when it builds its workspace.
    """

    scene: MapScene
    editor: CanvasEditor
    map_binding: MapBinding
    exports: Exports
    imports: Imports

    def __init__(
        self,
        document: Document | None,
        icons: IconLibrary | None,
        parent: QWidget | None = None,
        *,
        confirm: Confirm | None = None,
        workspace_later: bool = False,
    ) -> None:
        super().__init__(parent)
        self._document: Document | None = None
        self._icons: IconLibrary | None = icons
        self._confirm = confirm
        self._workspace_built = False
        self._find_bar: FindBar | None = None
        self.view = MapView(None, self)
        self.setCentralWidget(self.view)
        self.undo_group = QUndoGroup(self)
        self.edit_actions = EditActions(self, self.view, self.undo_group)
        self.edit_actions.find_requested.connect(lambda: self.find_bar.open_bar())
        self.new_card_source = NewCardSource(self)
        self._shortcuts_dialog: ShortcutsDialog | None = None
        self.journey_switcher = QComboBox(self)
        self.journey_switcher.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.journey_switcher.setMinimumContentsLength(14)
        self.read_only_label = QLabel(self)
        self.notice_label = QLabel(self)
        self.zoom_label = QLabel(self)
        self._make_actions()
        self._make_menus()
        self._make_toolbar()
        self._make_status_bar()
        self.journey_switcher.currentIndexChanged.connect(self._on_switcher_changed)
        self.view.zoom_changed.connect(self._show_zoom)
        self.setMinimumSize(*MINIMUM_SIZE)
        self.resize(1400, 900)
        self.workbench = Workbench(self)  # docks, capture bar, settings-backed menus
        if not workspace_later or document is not None:
            self.build_workspace()
        self.set_document(document)
        # Settle the window's size constraints before it has a native window: changing them
        # afterwards makes platforms without size hints (offscreen) warn.
        self.layout().activate()

    def build_workspace(self) -> None:
        """Make what works on a workshop: the map and its editor, the exports and imports,
        the contents of the panels in sight (once; a window shown before it builds them
        shows them as soon as they are made)."""
        if self._workspace_built:
            return
        self._workspace_built = True
        from journey_studio.gui.canvas.card_palette import install_card_palette
        from journey_studio.gui.canvas.editor import CanvasEditor
        from journey_studio.gui.canvas.map_binding import MapBinding
        from journey_studio.gui.canvas.scene import MapScene
        from journey_studio.gui.deliverables.exports import Exports
        from journey_studio.gui.deliverables.imports import Imports
        from journey_studio.gui.panels.personas import PERSONA_MIME

        icons = self.icons
        self.workbench.build_panels(icons)
        self.scene = MapScene(icons, self)
        self.view.show_map_scene(self.scene)
        self.editor = CanvasEditor(self.scene, self.view, confirm=self._confirm, parent=self)
        self.map_binding = MapBinding(self.scene, self.editor, self.undo_group, self)
        self.edit_actions.connect_editor(self.editor)
        self.editor.add_card_drop(PERSONA_MIME, self._drop_persona)
        install_card_palette(self.editor, self.new_card_source)
        self.exports = Exports(self, lambda: self._document, self._settings)
        self.imports = Imports(
            self, lambda: self._document, self._settings, self.exports.notice, self.exports.ask
        )
        file_menu = self.file_menu
        file_menu.insertAction(self._deliverables_place, self.exports.save_copy_action)
        file_menu.insertSeparator(self._deliverables_place)
        file_menu.insertMenu(self._deliverables_place, self.imports.import_menu)
        file_menu.insertMenu(self._deliverables_place, self.exports.export_menu)
        self.statusBar().insertWidget(2, self.exports.notice)
        self._show_lanes()
        self.editor.link_tool = self.link_tool_action.isChecked()
        self.exports.update_enabled()
        self.imports.update_enabled()
        if self.isVisible():
            self.workbench.build_panels_in_sight()

    @property
    def icons(self) -> IconLibrary:
        """The icons of the map and the panels (made the first time they are asked for)."""
        if self._icons is None:
            from journey_studio.gui.icons import IconLibrary

            self._icons = IconLibrary()
        return self._icons

    @property
    def workspace_built(self) -> bool:
        """Whether :meth:`build_workspace` has run."""
        return self._workspace_built

    @property
    def find_bar(self) -> FindBar:
        """The map's find bar (made the first time it is asked for)."""
        if self._find_bar is None:
            from journey_studio.gui.canvas.find_bar import FindBar

            bar = FindBar(self.view)
            bar.query_changed.connect(self._find)
            bar.step.connect(self._find_step)
            bar.closed.connect(lambda: self.view.setFocus())
            self._find_bar = bar
        return self._find_bar

    @property
    def document(self) -> Document | None:
        return self._document

    def set_document(self, document: Document | None) -> None:
        """Show another workshop; the previous one is closed."""
        if document is not None:
            self.build_workspace()
        self.workbench.set_document(document)
        previous = self._document
        if previous is not None:
            previous.current_journey_changed.disconnect(self._show_current_journey)
            previous.changed.disconnect(self._on_document_changed)
            previous.close()
            previous.deleteLater()
        self._document = document
        if self._workspace_built:
            self.map_binding.set_document(document)
        if document is not None:
            document.setParent(self)
            document.current_journey_changed.connect(self._show_current_journey)
            document.changed.connect(self._on_document_changed)
        self._fill_switcher()
        self._show_current_journey()
        self._update_title()
        self._update_status()
        if self._workspace_built:
            self.exports.update_enabled()
            self.imports.update_enabled()

    def open_file(self, path: Path) -> bool:
        """Open a workshop file in this window; on failure say why and keep what is shown."""
        from journey_studio.gui.document import Document

        try:
            document = Document.open(path)
        except WorkshopFileError as error:
            QMessageBox.critical(self, self.tr("Cannot open the workshop"), str(error))
            return False
        self.set_document(document)
        return True

    def setVisible(self, visible: bool) -> None:  # noqa: N802
        if visible and not self.isVisible() and self._workspace_built:
            # The panels in sight are made now: settle the window's size constraints again
            # before it has a native window (see __init__).
            self.workbench.build_panels_in_sight()
            self.layout().invalidate()
            self.layout().activate()
        super().setVisible(visible)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.workspace_built and not self.exports.may_close():
            event.ignore()
            return
        if self._document is not None:
            self._document.close()
        super().closeEvent(event)

    # Building the window

    def _make_actions(self) -> None:
        self.open_action = QAction(self.tr("&Open…"), self)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self._ask_open)
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)

        self.fit_action = QAction(self.tr("&Fit to Window"), self)
        self.fit_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_0))
        self.fit_action.setToolTip(self.tr("Show the whole map"))
        self.fit_action.triggered.connect(self.view.fit)
        self.zoom_in_action = QAction(self.tr("Zoom &In"), self)
        self.zoom_in_action.setShortcut(QKeySequence.StandardKey.ZoomIn)
        self.zoom_in_action.triggered.connect(self.view.zoom_in)
        self.zoom_out_action = QAction(self.tr("Zoom &Out"), self)
        self.zoom_out_action.setShortcut(QKeySequence.StandardKey.ZoomOut)
        self.zoom_out_action.triggered.connect(self.view.zoom_out)
        self.actual_size_action = QAction(self.tr("&Actual Size"), self)
        self.actual_size_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_1))
        self.actual_size_action.triggered.connect(self.view.reset_zoom)

        self.link_tool_action = QAction(self.tr("&Link Cards"), self)
        self.link_tool_action.setCheckable(True)
        self.link_tool_action.setToolTip(
            self.tr("Drag from a card to another to draw an arrow (or Shift+drag)")
        )
        self.link_tool_action.toggled.connect(self._set_link_tool)

        self.emotion_lane_action = QAction(self.tr("&Emotion Lane"), self)
        self.emotion_lane_action.setCheckable(True)
        self.emotion_lane_action.setChecked(True)
        self.emotion_lane_action.toggled.connect(self._show_lanes)
        self.crm_lane_action = QAction(self.tr("&CRM Lane"), self)
        self.crm_lane_action.setCheckable(True)
        self.crm_lane_action.setChecked(True)
        self.crm_lane_action.toggled.connect(self._show_lanes)

        self.shortcuts_action = QAction(self.tr("&Keyboard Shortcuts"), self)
        self.shortcuts_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Slash))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.about_action = QAction(self.tr("&About Journey Studio"), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)

    def _make_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.open_action)
        file_menu.addSeparator()
        # Save a copy, Import and Export go above this one (see build_workspace).
        self._deliverables_place = file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self.file_menu = file_menu
        edit_menu = bar.addMenu(self.tr("&Edit"))
        for edit_action in self.edit_actions.in_menu_order():
            if edit_action is None:
                edit_menu.addSeparator()
            else:
                edit_menu.addAction(edit_action)
        view_menu = bar.addMenu(self.tr("&View"))
        for action in (
            self.fit_action,
            self.zoom_in_action,
            self.zoom_out_action,
            self.actual_size_action,
        ):
            view_menu.addAction(action)
        view_menu.addSeparator()
        view_menu.addAction(self.emotion_lane_action)
        view_menu.addAction(self.crm_lane_action)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.shortcuts_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)

    def _make_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Map"), self)
        toolbar.setObjectName("map-toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        label = QLabel(self.tr("Journey:"), toolbar)
        label.setContentsMargins(6, 0, 6, 0)
        label.setBuddy(self.journey_switcher)
        toolbar.addWidget(label)
        toolbar.addWidget(self.journey_switcher)
        toolbar.addSeparator()
        toolbar.addAction(self.edit_actions.undo)
        toolbar.addAction(self.edit_actions.redo)
        toolbar.addAction(self.link_tool_action)
        toolbar.addWidget(self.new_card_source)
        toolbar.addSeparator()
        toolbar.addAction(self.zoom_out_action)
        toolbar.addAction(self.zoom_in_action)
        toolbar.addAction(self.fit_action)
        self.addToolBar(toolbar)
        self.map_toolbar = toolbar

    def _make_status_bar(self) -> None:
        status = self.statusBar()
        self.read_only_label.setText(self.tr("Read-only"))
        self.read_only_label.setStyleSheet("font-weight: bold; padding: 0 6px;")
        self.read_only_label.hide()
        self.notice_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        status.addWidget(self.read_only_label)
        status.addWidget(self.notice_label, 1)
        status.addPermanentWidget(self.zoom_label)

    # Keeping it up to date

    def _fill_switcher(self) -> None:
        switcher = self.journey_switcher
        switcher.blockSignals(True)
        switcher.clear()
        document = self._document
        if document is not None:
            current = document.current_journey
            for journey in document.workshop.journeys:
                switcher.addItem(self._journey_label(journey), journey.id)
                switcher.setItemData(
                    switcher.count() - 1, self._journey_kind(journey), Qt.ItemDataRole.ToolTipRole
                )
            if current is not None:
                switcher.setCurrentIndex(switcher.findData(current.id))
        switcher.setEnabled(switcher.count() > 1)
        switcher.blockSignals(False)

    def _journey_label(self, journey: Journey) -> str:
        if journey.segment.strip():
            return f"{journey.name} · {journey.segment}"
        return journey.name

    def _journey_kind(self, journey: Journey) -> str:
        from journey_studio.model.vocabulary import JourneyKind

        if journey.kind is JourneyKind.TARGET:
            return self.tr("Target journey")
        return self.tr("Current journey")

    def _on_switcher_changed(self, index: int) -> None:
        journey_id = self.journey_switcher.itemData(index)
        if self._document is not None and isinstance(journey_id, str):
            self._document.set_current_journey(journey_id)

    def _show_current_journey(self, journey_id: str | None = None) -> None:
        document = self._document
        journey = document.current_journey if document is not None else None
        if document is None or journey is None:
            if self._workspace_built:
                self.scene.clear_map()
            return
        self.scene.show_journey(document.workshop, journey)
        index = self.journey_switcher.findData(journey.id)
        if index != self.journey_switcher.currentIndex():
            self.journey_switcher.blockSignals(True)
            self.journey_switcher.setCurrentIndex(index)
            self.journey_switcher.blockSignals(False)

    def _on_document_changed(self, changes: Changes) -> None:
        from journey_studio.model.edits import Kind

        kinds = {kind for kind, _ in changes.upserted | changes.deleted}
        if Kind.JOURNEY in kinds:
            self._fill_switcher()
        if Kind.WORKSHOP in kinds:
            self._update_title()

    def _set_link_tool(self, on: bool) -> None:
        if self._workspace_built:
            self.editor.link_tool = on

    def _show_lanes(self) -> None:
        if not self._workspace_built:
            return
        from dataclasses import replace

        self.scene.set_options(
            replace(
                self.scene.options,
                show_emotion_lane=self.emotion_lane_action.isChecked(),
                show_crm_lane=self.crm_lane_action.isChecked(),
            )
        )

    def _drop_persona(self, card_id: str, data: QMimeData) -> bool:
        from journey_studio.gui.panels.personas import persona_drop

        return self._document is not None and persona_drop(self._document, card_id, data)

    def _find(self, query: str) -> None:
        found = self.editor.find(query)
        self.find_bar.show_count(0 if found else None, len(found))

    def _find_step(self, step: int) -> None:
        if self.editor.find_step(step) is not None:
            found, index = self.editor.found
            self.find_bar.show_count(index, len(found))

    def _update_title(self) -> None:
        document = self._document
        if document is None:
            self.setWindowTitle(APP_NAME)
            return
        self.setWindowTitle(
            self.tr("{workshop} — {file} — Journey Studio").format(
                workshop=document.workshop.name, file=document.path.name
            )
        )

    def announce_opening(self, path: Path | None) -> None:
        """Say in the status bar that this file is being opened (None: it no longer is)."""
        if path is None:
            self._update_status()
        else:
            self.notice_label.setText(self.tr("Opening {file}…").format(file=path.name))

    def _update_status(self) -> None:
        document = self._document
        read_only = document is not None and document.read_only
        self.read_only_label.setVisible(read_only)
        if document is None:
            self.notice_label.setText(self.tr("Open a workshop file (File › Open…)."))
        elif read_only:
            self.notice_label.setText(document.notice or self.tr("The file is open read-only."))
        else:
            self.notice_label.setText("")
        self._show_zoom(self.view.zoom())

    def _show_zoom(self, zoom: float) -> None:
        self.zoom_label.setText(self.tr("Zoom {percent}%").format(percent=round(zoom * 100)))

    # Commands

    def _ask_open(self) -> None:
        start = str(self._document.path.parent) if self._document is not None else ""
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a workshop"),
            start,
            self.tr("Journey Studio workshops (*{suffix})").format(suffix=SUFFIX),
        )
        if name:
            self.open_file(Path(name))

    def _settings(self) -> Settings:
        return self.workbench.settings

    def show_shortcuts(self) -> ShortcutsDialog:
        """Help › Keyboard Shortcuts: every shortcut of the editor, in a table."""
        from journey_studio.gui.shortcuts import ShortcutsDialog

        dialog = self._shortcuts_dialog
        if dialog is None:
            dialog = ShortcutsDialog(self)
            self._shortcuts_dialog = dialog
        else:
            dialog.fill_from(self)
        dialog.show()
        dialog.activateWindow()
        return dialog

    def show_about(self) -> None:
        """Help › About: what the application is and its version."""
        QMessageBox.about(self, self.tr("About Journey Studio"), self.about_text())

    def about_text(self) -> str:
        return self.tr(
            "<h3>Journey Studio {version}</h3>"
            "<p>Customer journey maps for CRM workshops: channels × stages, touchpoints "
            "rated delight, irritant or breaking point, personas and the CRM lifecycle.</p>"
        ).format(version=__version__)
