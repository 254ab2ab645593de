"""Ties a document to the canvas of a window: what changed, what is selected, which
persona the map is filtered by, which undo stack the Edit menu follows.

The document announces; the scene listens (``changed`` -> :meth:`MapScene.apply_changes`).
The selection is the canvas's, mirrored on the document for the panels (and back, when a
panel selects cards); the persona filter is the document's, shown by the scene.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoGroup

    from journey_studio.gui.canvas.editor import CanvasEditor
    from journey_studio.gui.canvas.scene import MapScene
    from journey_studio.gui.document import Document
    from journey_studio.model.edits import Changes


class MapBinding(QObject):
    """Connects one document at a time to a scene, its editor and an undo group."""

    def __init__(
        self,
        scene: MapScene,
        editor: CanvasEditor,
        undo_group: QUndoGroup,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._scene = scene
        self._editor = editor
        self._undo_group = undo_group
        self._document: Document | None = None
        scene.card_selection_changed.connect(self._on_scene_selection)

    def set_document(self, document: Document | None) -> None:
        previous = self._document
        if previous is not None:
            previous.changed.disconnect(self._on_changed)
            previous.selection_changed.disconnect(self._on_document_selection)
            previous.persona_filter_changed.disconnect(self._on_persona_filter)
            self._undo_group.removeStack(previous.undo_stack)
        self._document = document
        self._editor.set_document(document)
        if document is None:
            self._scene.set_persona_filter(None)
            return
        document.changed.connect(self._on_changed)
        document.selection_changed.connect(self._on_document_selection)
        document.persona_filter_changed.connect(self._on_persona_filter)
        self._undo_group.addStack(document.undo_stack)
        self._undo_group.setActiveStack(document.undo_stack)
        self._scene.set_persona_filter(document.persona_filter)

    def _on_changed(self, changes: Changes) -> None:
        self._scene.apply_changes(changes)
        if self._document is not None:
            self._scene.set_persona_filter(self._document.persona_filter)

    def _on_scene_selection(self) -> None:
        if self._document is not None:
            self._document.set_selected_card_ids(self._scene.selected_card_ids())

    def _on_document_selection(self, card_ids: list[str]) -> None:
        if set(card_ids) != set(self._scene.selected_card_ids()):
            self._scene.select_cards(card_ids)

    def _on_persona_filter(self, _persona_id: str) -> None:
        if self._document is not None:
            self._scene.set_persona_filter(self._document.persona_filter)
