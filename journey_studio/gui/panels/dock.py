"""What every panel is: a dock on the open document that refreshes what an edit changed."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QMetaObject, QObject, Qt
from PySide6.QtWidgets import QDockWidget, QScrollArea, QWidget

if TYPE_CHECKING:
    from journey_studio.gui.document import Document
    from journey_studio.model.edits import Changes, Edit

PANEL_TITLES: dict[str, tuple[str, str]] = {
    "inspector-dock": ("InspectorPanel", QT_TRANSLATE_NOOP("InspectorPanel", "Inspector")),
    "personas-dock": ("PersonasPanel", QT_TRANSLATE_NOOP("PersonasPanel", "Personas")),
    "crm-fields-dock": ("CrmFieldsPanel", QT_TRANSLATE_NOOP("CrmFieldsPanel", "CRM fields")),
    "stages-channels-dock": (
        "StagesChannelsPanel",
        QT_TRANSLATE_NOOP("StagesChannelsPanel", "Stages and channels"),
    ),
    "journeys-dock": ("JourneysPanel", QT_TRANSLATE_NOOP("JourneysPanel", "Journeys")),
    "crm-plan-dock": ("CrmPlanPanel", QT_TRANSLATE_NOOP("CrmPlanPanel", "CRM plan")),
}
"""Each panel's dock name and its title (translation context, English), known before the
panels' modules are imported: the window's frame shows the docks' titles first."""


def panel_title(object_name: str) -> str:
    """The title of the panel of that dock name, in the interface's language."""
    context, title = PANEL_TITLES[object_name]
    return QCoreApplication.translate(context, title)


def place_holder(object_name: str, parent: QWidget | None = None) -> QDockWidget:
    """An empty dock with a panel's name and title, holding the panel's place in the window
    until the panel is made."""
    dock = QDockWidget(parent)
    _name_dock(dock, object_name)
    return dock


def _name_dock(dock: QDockWidget, object_name: str) -> None:
    dock.setObjectName(object_name)
    dock.setWindowTitle(panel_title(object_name))
    dock.setFeatures(
        QDockWidget.DockWidgetFeature.DockWidgetMovable
        | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        | QDockWidget.DockWidgetFeature.DockWidgetClosable
    )
    dock.setAllowedAreas(
        Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea
    )


class DocumentDock(QDockWidget):
    """A dock showing part of the open document.

    Subclasses fill their widgets in :meth:`show_document` (a new document, another journey),
    refresh only what :meth:`on_changed` is told changed, and set every visible string in
    :meth:`retranslate` (called at once and again when the language changes).

    A panel out of sight (a tab behind another, a closed dock) does no work: it only notes
    that it is out of date, and fills itself again when it is shown. Its widgets are made
    in :meth:`build_contents` the first time it is seen (or one of them is asked for), so
    that the window opens without building the panels hidden behind tabs; its title (the
    tab and the Panels menu) is there at once.
    """

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document: Document | None = None
        self._connections: list[QMetaObject.Connection] = []
        self._stale = False
        self._in_sight = False
        self._built = False
        _name_dock(self, object_name)
        self.setWindowTitle(self.title())
        self.visibilityChanged.connect(self._on_visibility_changed)

    def title(self) -> str:
        """The panel's title in the interface's language (its tab, the Panels menu)."""
        return panel_title(self.objectName())

    def build_contents(self) -> None:
        """Make the panel's widgets (once, the first time the panel is seen or used)."""

    @property
    def contents_built(self) -> bool:
        """Whether the panel's widgets exist yet (a panel never seen has none)."""
        return self._built

    def ensure_built(self) -> None:
        """Make the panel's widgets now if they do not exist yet, filled from the document."""
        if self._built:
            return
        self._built = True
        in_sight = self.in_sight()
        document = self._document
        if not in_sight:
            self._document = None  # made empty out of sight, filled when first seen
        try:
            self.build_contents()
            self.retranslate()
            self.show_document()
        finally:
            self._document = document
        self._stale = document is not None and not in_sight
        content = self.widget()
        if content is not None and self.isVisible():
            content.show()  # made while the dock shows: Qt would show it one event later

    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            # A widget of a panel not built yet (asked for by a test or a keyboard user's
            # shortcut): build the panel, then answer.
            if name.startswith("__") or self.__dict__.get("_built", True):
                raise AttributeError(name)
            self.ensure_built()
            return getattr(self, name)

    @property
    def document(self) -> Document | None:
        return self._document

    def set_document(self, document: Document | None) -> None:
        """Show another document (or none)."""
        for connection in self._connections:
            QObject.disconnect(connection)
        self._connections = []
        self._document = document
        if document is not None:
            self._connections = [
                document.changed.connect(self._on_document_changed),
                document.current_journey_changed.connect(self._on_journey_changed),
                *self.connect_document(document),
            ]
        self._stale = True
        self._refresh_if_seen()

    def in_sight(self) -> bool:
        """Whether the panel is on screen (not a tab behind another, not closed)."""
        return self._in_sight and self.isVisible()

    def refresh_when_seen(self) -> bool:
        """For signal handlers: True to go on now; False (noted) when out of sight."""
        if self.in_sight():
            return True
        self._stale = True
        return False

    def _refresh_if_seen(self) -> None:
        if self._stale and self.in_sight():
            self._stale = False
            self.show_document()

    def _on_visibility_changed(self, visible: bool) -> None:
        self._in_sight = visible
        if visible:
            self.ensure_built()
            self._refresh_if_seen()

    def _on_document_changed(self, changes: Changes) -> None:
        if not self._stale and self.refresh_when_seen():
            self.on_changed(changes)

    def _on_journey_changed(self, journey_id: str) -> None:
        if not self._stale and self.refresh_when_seen():
            self.on_journey_changed(journey_id)

    def connect_document(self, document: Document) -> list[QMetaObject.Connection]:
        """Connect to more of the document's signals; returns the connections."""
        return []

    def show_document(self) -> None:
        """Fill every widget from the document."""

    def on_changed(self, changes: Changes) -> None:
        """Refresh what ``changes`` names."""

    def on_journey_changed(self, journey_id: str) -> None:
        """Another journey is shown."""

    def retranslate(self) -> None:
        """Set every visible string in the interface's language."""

    def commit_pending(self) -> None:
        """Save what is typed but not yet committed (before the panel shows something else)."""

    def apply(self, edit: Edit) -> bool:
        """Make an edit on the document; False if there is none or it was refused."""
        document = self._document
        if document is None or document.read_only:
            return False
        return document.apply(edit)

    def editable(self) -> bool:
        return self._document is not None and not self._document.read_only

    def set_content(self, content: QWidget, *, scroll: bool = False) -> None:
        """Put the panel's widget in the dock, in a scroll area if it may grow tall."""
        if scroll:
            area = QScrollArea(self)
            area.setWidgetResizable(True)
            area.setFrameShape(QScrollArea.Shape.NoFrame)
            area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            area.setWidget(content)
            self.setWidget(area)
        else:
            self.setWidget(content)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.setWindowTitle(self.title())
            if self._built:
                self.retranslate()
        super().changeEvent(event)
