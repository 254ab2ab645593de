"""The canvas editor: what the mouse and keys do on the map, turned into model edits.

:class:`CanvasEditor` gets the scene's events first (it is the scene's interaction handler).
A press starts a mouse tool (:mod:`journey_studio.gui.canvas.interactions`) chosen by what
is under the mouse: a card (drag, or Shift-drag to draw a link), a link, a header (drag to
reorder), or empty space (rubber band). Double-clicks type in place. Keys rate the selection
(1 delight, 2 irritant, 3 breaking point, 0 none), M marks moments of truth, F2 or Enter
edits the text. The commands are public too: the Edit menu, the context menus
(:mod:`~journey_studio.gui.canvas.menus`) and the tests call them.

Every change goes through the document as one edit; the editor never moves an item for
good (the scene does, when the document says what changed). Its collaborators are passed
in: the scene and view it works on, the confirmation it asks before deleting a stage, the
clipboard it copies to.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QMimeData, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QClipboard, QGuiApplication, QKeyEvent

from journey_studio.gui.canvas import card_edits, interactions, items
from journey_studio.gui.canvas.clipboard import cards_to_mime, paste_edit
from journey_studio.gui.canvas.find_bar import matching_cards
from journey_studio.gui.canvas.grid_commands import Confirm, GridCommands, ask_with_message_box
from journey_studio.gui.canvas.menus import ContextMenus
from journey_studio.model import edits
from journey_studio.model.vocabulary import Rating

if TYPE_CHECKING:
    from PySide6.QtWidgets import (
        QGraphicsSceneContextMenuEvent,
        QGraphicsSceneDragDropEvent,
        QGraphicsSceneMouseEvent,
    )

    from journey_studio.gui.canvas.scene import MapScene
    from journey_studio.gui.canvas.view import MapView
    from journey_studio.gui.document import Document
    from journey_studio.model.edits import Edit
    from journey_studio.model.workshop import Cell

RATING_KEYS = {
    Qt.Key.Key_1: Rating.DELIGHT,
    Qt.Key.Key_2: Rating.IRRITANT,
    Qt.Key.Key_3: Rating.BREAKING_POINT,
    Qt.Key.Key_0: Rating.NONE,
}
PLAIN_KEYS = Qt.KeyboardModifier.NoModifier | Qt.KeyboardModifier.KeypadModifier

CardDrop = Callable[[str, QMimeData], bool]
"""(card id, dropped data) -> whether the drop made its edit (e.g. linked a persona)."""
CellDrop = Callable[["Cell", QMimeData], bool]
"""(cell, dropped data) -> whether the drop did its work (e.g. began a new card there)."""


def first_person_hint(text: str) -> tuple[str, bool] | None:
    """The rewrite the card editor suggests, or None when the text is "I do X" already."""
    from journey_studio.model.phrasing import suggest_rewrite

    suggestion = suggest_rewrite(text)
    if suggestion is None:
        return None
    return suggestion.text, suggestion.is_full_rewrite


class CanvasEditor(QObject):
    """Edits the journey shown in ``scene`` through the document, with mouse and keys."""

    def __init__(
        self,
        scene: MapScene,
        view: MapView,
        *,
        confirm: Confirm | None = None,
        clipboard: QClipboard | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.scene = scene
        self.view = view
        self.grid = GridCommands(confirm or ask_with_message_box(view), self)
        self.menus = ContextMenus(self)
        self._clipboard = clipboard
        self._document: Document | None = None
        self._interaction: interactions.Interaction | None = None
        self._mouse: QPointF | None = None
        self._found: list[str] = []
        self._found_index = 0
        self._card_drops: dict[str, CardDrop] = {}
        self._cell_drops: dict[str, CellDrop] = {}
        self._drop_feedback: items.DropIndicatorItem | None = None
        self.link_tool = False
        """When on, dragging from a card draws a link (as Shift-drag does)."""
        scene.set_interaction_handler(self)
        view.setAcceptDrops(True)
        view.viewport().installEventFilter(self)

    # The document

    @property
    def document(self) -> Document | None:
        return self._document

    def set_document(self, document: Document | None) -> None:
        self.cancel_interaction()
        self._document = document

    def apply(self, edit: Edit | None) -> bool:
        """Make one edit through the document; False when refused or nothing to do."""
        if edit is None or self._document is None:
            return False
        return self._document.apply(edit)

    # The mouse tool at work

    @property
    def interaction(self) -> interactions.Interaction | None:
        """The mouse tool at work, or None."""
        return self._interaction

    def start_interaction(self, interaction: interactions.Interaction) -> None:
        self.cancel_interaction()
        self._interaction = interaction
        interaction.finished.connect(self._on_interaction_finished)
        interaction.start()

    def cancel_interaction(self) -> None:
        if self._interaction is not None:
            self._interaction.cancel()

    def _on_interaction_finished(self) -> None:
        finished = self.sender()
        if finished is self._interaction:
            self._interaction = None
        if isinstance(finished, interactions.Interaction):
            finished.deleteLater()

    # Events from the scene

    def map_about_to_change(self) -> None:
        self.cancel_interaction()
        self.drag_leave()

    def mouse_press(self, event: QGraphicsSceneMouseEvent) -> bool:
        self._mouse = QPointF(event.scenePos())
        if self._interaction is not None:
            handled = self._interaction.mouse_press(event)
            if self._interaction is not None:
                return handled
        if self.scene.journey is None:
            return False
        if event.button() == Qt.MouseButton.RightButton:
            self._select_for_menu(event.scenePos())
            return False
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        self.view.setFocus(Qt.FocusReason.MouseFocusReason)
        point = event.scenePos()
        modifiers = event.modifiers()
        ctrl = bool(modifiers & Qt.KeyboardModifier.ControlModifier)
        card_id = self.scene.card_at(point)
        if card_id is not None:
            if modifiers & Qt.KeyboardModifier.ShiftModifier or self.link_tool:
                self.start_interaction(interactions.LinkCardsInteraction(self, event, card_id))
                return True
            item = self.scene.item_for_card[card_id]
            if ctrl:
                item.setSelected(not item.isSelected())
            elif not item.isSelected():
                self.scene.select_cards([card_id])
            if item.isSelected():
                self.start_interaction(
                    interactions.MoveCardsInteraction(self, event, card_id, toggled=ctrl)
                )
            return True
        link_id = self.scene.link_at(point)
        if link_id is not None:
            link = self.scene.item_for_link[link_id]
            if ctrl:
                link.setSelected(not link.isSelected())
            else:
                with self.scene.selection_batch():
                    self.scene.clearSelection()
                    link.setSelected(True)
            return True
        header = self.scene.header_at(point)
        if header is not None:
            self.start_interaction(interactions.MoveHeaderInteraction(self, event, header))
            return True
        self.start_interaction(interactions.RubberBandSelection(self, event, add=ctrl))
        return True

    def mouse_move(self, event: QGraphicsSceneMouseEvent) -> bool:
        self._mouse = QPointF(event.scenePos())
        if self._interaction is not None:
            return self._interaction.mouse_move(event)
        return False

    def mouse_release(self, event: QGraphicsSceneMouseEvent) -> bool:
        if self._interaction is not None:
            return self._interaction.mouse_release(event)
        return False

    def mouse_double_click(self, event: QGraphicsSceneMouseEvent) -> bool:
        if self._interaction is not None:
            handled = self._interaction.mouse_double_click(event)
            if self._interaction is not None:
                return handled
        if self.scene.journey is None or event.button() != Qt.MouseButton.LeftButton:
            return False
        point = event.scenePos()
        card_id = self.scene.card_at(point)
        if card_id is not None:
            self.edit_card_text(card_id)
            return True
        link_id = self.scene.link_at(point)
        if link_id is not None:
            self.edit_link_label(link_id)
            return True
        header = self.scene.header_at(point)
        if header is not None:
            stage_id = getattr(header, "stage_id", None)
            if stage_id is not None:
                self.rename_stage(stage_id)
            else:
                self.rename_channel(header.channel_id)  # type: ignore[union-attr]
            return True
        cell = self.scene.cell_at(point)
        if cell is not None:
            self.create_card(cell)
            return True
        return False

    def key_press(self, event: QKeyEvent) -> bool:
        if self._interaction is not None:
            return self._interaction.key_press(event)
        if self.scene.journey is None:
            return False
        key = event.key()
        plain = not (event.modifiers() & ~PLAIN_KEYS)
        selected = self.scene.selected_card_ids()
        if plain and key in RATING_KEYS:
            self.rate_cards(selected, RATING_KEYS[Qt.Key(key)])
            return True
        if plain and key == Qt.Key.Key_M:
            self.toggle_moment_of_truth(selected)
            return True
        if plain and key in (Qt.Key.Key_F2, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if len(selected) == 1:
                self.edit_card_text(selected[0])
            return True
        if plain and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_selection()
            return True
        if key == Qt.Key.Key_Escape:
            self.scene.clearSelection()
            return True
        return False

    def context_menu(self, event: QGraphicsSceneContextMenuEvent) -> bool:
        self.cancel_interaction()
        menu = self.menus.menu_at(event.scenePos(), self.view)
        if menu is None:
            return False
        menu.exec(event.screenPos())
        menu.deleteLater()
        return True

    # Drops from elsewhere (a persona from its panel onto a card, ...)

    def add_card_drop(self, mime_type: str, handler: CardDrop) -> None:
        """Let things carrying ``mime_type`` be dropped on cards; ``handler`` makes the edit."""
        self._card_drops[mime_type] = handler

    def _drop_handler(self, event: QGraphicsSceneDragDropEvent) -> tuple[str, CardDrop] | None:
        data = event.mimeData()
        card_id = self.scene.card_at(event.scenePos())
        if data is None or card_id is None or self._document is None:
            return None
        for mime_type, handler in self._card_drops.items():
            if data.hasFormat(mime_type):
                return card_id, handler
        return None

    def add_cell_drop(self, mime_type: str, handler: CellDrop) -> None:
        """Let things carrying ``mime_type`` be dropped on cells (on their cards too)."""
        self._cell_drops[mime_type] = handler

    def _cell_drop_handler(
        self, event: QGraphicsSceneDragDropEvent
    ) -> tuple[Cell, CellDrop] | None:
        data = event.mimeData()
        if data is None or self._document is None or self.scene.journey is None:
            return None
        for mime_type, handler in self._cell_drops.items():
            if data.hasFormat(mime_type):
                cell = self.scene.cell_at(event.scenePos())
                return None if cell is None else (cell, handler)
        return None

    def drag_move(self, event: QGraphicsSceneDragDropEvent) -> bool:
        on_cell = self._cell_drop_handler(event)
        if on_cell is not None:
            if self._drop_feedback is None:
                self._drop_feedback = items.DropIndicatorItem()
                self.scene.addItem(self._drop_feedback)
            self._drop_feedback.set_target(
                self.scene.new_card_slot(on_cell[0]), self._drop_feedback.line()
            )
            return True
        target = self._drop_handler(event)
        if target is None:
            self.drag_leave()
            return False
        if self._drop_feedback is None:
            self._drop_feedback = items.DropIndicatorItem()
            self.scene.addItem(self._drop_feedback)
        area = self.scene.card_rect(target[0]).adjusted(-4.0, -4.0, 4.0, 4.0)
        self._drop_feedback.set_target(area, self._drop_feedback.line())
        return True

    def drag_leave(self) -> None:
        if self._drop_feedback is not None:
            self.scene.removeItem(self._drop_feedback)
            self._drop_feedback = None

    def drop(self, event: QGraphicsSceneDragDropEvent) -> bool:
        self.drag_leave()
        on_cell = self._cell_drop_handler(event)
        data = event.mimeData()
        if on_cell is not None and data is not None:
            return on_cell[1](on_cell[0], data)
        target = self._drop_handler(event)
        if target is None or data is None:
            return False
        card_id, handler = target
        return handler(card_id, data)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Leave:
            self._mouse = None
        return False

    def _select_for_menu(self, point: QPointF) -> None:
        card_id = self.scene.card_at(point)
        if card_id is not None and card_id not in self.scene.selected_card_ids():
            self.scene.select_cards([card_id])

    # Cards

    def rate_cards(self, card_ids: Sequence[str], rating: Rating) -> bool:
        journey = self.scene.journey
        return journey is not None and self.apply(card_edits.rate(journey, card_ids, rating))

    def rate_selection(self, rating: Rating) -> bool:
        return self.rate_cards(self.scene.selected_card_ids(), rating)

    def toggle_moment_of_truth(self, card_ids: Sequence[str] | None = None) -> bool:
        journey = self.scene.journey
        ids = self.scene.selected_card_ids() if card_ids is None else card_ids
        return journey is not None and self.apply(card_edits.toggle_moment_of_truth(journey, ids))

    def toggle_persona(self, persona_id: str, card_ids: Sequence[str] | None = None) -> bool:
        journey = self.scene.journey
        ids = self.scene.selected_card_ids() if card_ids is None else card_ids
        return journey is not None and self.apply(
            card_edits.toggle_persona(journey, ids, persona_id)
        )

    def delete(self, card_ids: Sequence[str], link_ids: Sequence[str] = ()) -> bool:
        journey = self.scene.journey
        return journey is not None and self.apply(card_edits.delete(journey, card_ids, link_ids))

    def delete_selection(self) -> bool:
        return self.delete(self.scene.selected_card_ids(), self.scene.selected_link_ids())

    def duplicate(self, card_ids: Sequence[str] | None = None) -> bool:
        journey = self.scene.journey
        ids = self.scene.selected_card_ids() if card_ids is None else card_ids
        made = card_edits.duplicate(journey, ids) if journey is not None else None
        if made is None or not self.apply(made[0]):
            return False
        self.scene.select_cards(made[1])
        return True

    def select_all(self) -> None:
        self.scene.select_cards(self.scene.item_for_card)

    def create_card(self, cell: Cell) -> None:
        """Type a new card in place at the end of ``cell`` (Enter adds it)."""
        journey = self.scene.journey
        if journey is None:
            return
        journey_id = journey.id

        def commit(text: str) -> None:
            current = self.scene.journey
            if not text.strip() or current is None or current.id != journey_id:
                return
            edit = card_edits.new_card(current, cell, " ".join(text.split()))
            if self.apply(edit):
                self.scene.select_cards([card.id for card in edit.cards])

        self.start_interaction(
            interactions.TextEditing(
                self,
                self.scene.new_card_slot(cell),
                "",
                commit,
                font_size=items.TEXT_SIZE,
                suggest=first_person_hint,
            )
        )

    def edit_card_text(self, card_id: str) -> None:
        """Type over a card's text in place (Enter keeps it, Escape leaves it)."""
        journey = self.scene.journey
        if journey is None or card_id not in self.scene.item_for_card:
            return
        old = journey.cards[card_id].text

        def commit(text: str) -> None:
            text = " ".join(text.split())
            if text and text != old:
                self.apply(edits.UpdateCard(card_id, {"text": text}))

        self.start_interaction(
            interactions.TextEditing(
                self,
                self.scene.card_rect(card_id),
                old,
                commit,
                font_size=items.TEXT_SIZE,
                suggest=first_person_hint,
            )
        )

    def edit_link_label(self, link_id: str) -> None:
        journey = self.scene.journey
        item = self.scene.item_for_link.get(link_id)
        if journey is None or item is None:
            return
        old = journey.links[link_id].label
        # Over the label where it is (it may stand aside from the middle), else mid-arrow.
        label = item.label_box()
        middle = label.center() if old and not label.isEmpty() else item.line().center()
        rect = QRectF(middle.x() - 70.0, middle.y() - 12.0, 140.0, 24.0)

        def commit(text: str) -> None:
            text = " ".join(text.split())
            if text != old:
                self.apply(edits.UpdateCardLink(link_id, {"label": text}))

        self.start_interaction(interactions.TextEditing(self, rect, old, commit, font_size=9.0))

    # Clipboard

    def clipboard_data(self) -> QMimeData | None:
        return self._clipboard_object().mimeData()

    def copy(self, card_ids: Sequence[str] | None = None) -> bool:
        journey, workshop = self.scene.journey, self.scene.workshop
        ids = self.scene.selected_card_ids() if card_ids is None else list(card_ids)
        if journey is None or workshop is None or not ids:
            return False
        self._clipboard_object().setMimeData(cards_to_mime(workshop, journey, ids))
        return True

    def cut(self, card_ids: Sequence[str] | None = None) -> bool:
        ids = self.scene.selected_card_ids() if card_ids is None else list(card_ids)
        return self.copy(ids) and self.delete(ids)

    def paste(self, cell: Cell | None = None) -> bool:
        """Paste the clipboard's cards at the end of ``cell``; by default the cell under the
        mouse, else the selected card's cell, else the first cell."""
        journey, workshop = self.scene.journey, self.scene.workshop
        if journey is None or workshop is None:
            return False
        cell = cell or self.paste_cell()
        if cell is None:
            return False
        pasted = paste_edit(workshop, journey, cell, self.clipboard_data())
        if pasted is None or not self.apply(pasted.edit):
            return False
        self.scene.select_cards(pasted.card_ids)
        return True

    def paste_cell(self) -> Cell | None:
        if self._mouse is not None:
            cell = self.scene.cell_at(self._mouse)
            if cell is not None:
                return cell
        selected = self.scene.selected_card_ids()
        if selected:
            return self.scene.cell_of(selected[0])
        layout = self.scene.layout
        if layout is None or not layout.cells:
            return None
        return next(iter(layout.cells))

    def _clipboard_object(self) -> QClipboard:
        return self._clipboard or QGuiApplication.clipboard()

    # Stages and channels

    def add_stage(self, index: int) -> bool:
        workshop = self.scene.workshop
        if workshop is None:
            return False
        edit = self.grid.new_stage(workshop, index)
        if not self.apply(edit):
            return False
        self.rename_stage(edit.stage.id)
        return True

    def add_channel(self, index: int) -> bool:
        workshop = self.scene.workshop
        if workshop is None:
            return False
        edit = self.grid.new_channel(workshop, index)
        if not self.apply(edit):
            return False
        self.rename_channel(edit.channel.id)
        return True

    def rename_stage(self, stage_id: str) -> None:
        item = self.scene.item_for_stage.get(stage_id)
        workshop = self.scene.workshop
        if item is None or workshop is None:
            return
        rect = item.sceneBoundingRect().adjusted(4.0, 8.0, -4.0, -8.0)

        def commit(text: str) -> None:
            self.apply(self.grid.rename_stage(workshop, stage_id, text))

        self.start_interaction(
            interactions.TextEditing(
                self, rect, item.name, commit, font_size=items.HEADER_TEXT_SIZE
            )
        )

    def rename_channel(self, channel_id: str) -> None:
        item = self.scene.item_for_channel.get(channel_id)
        workshop = self.scene.workshop
        if item is None or workshop is None:
            return
        rect = item.sceneBoundingRect().adjusted(30.0, 8.0, -4.0, -8.0)

        def commit(text: str) -> None:
            self.apply(self.grid.rename_channel(workshop, channel_id, text))

        self.start_interaction(
            interactions.TextEditing(
                self, rect, item.name, commit, font_size=items.HEADER_TEXT_SIZE
            )
        )

    def delete_stage(self, stage_id: str) -> bool:
        workshop = self.scene.workshop
        return workshop is not None and self.apply(self.grid.delete_stage(workshop, stage_id))

    def delete_channel(self, channel_id: str) -> bool:
        workshop = self.scene.workshop
        return workshop is not None and self.apply(self.grid.delete_channel(workshop, channel_id))

    # Find

    def find(self, query: str) -> list[str]:
        """Select the cards whose text contains ``query``; the first one is brought into
        view. Returns the matches in reading order."""
        journey = self.scene.journey
        if journey is None:
            return []
        self._found = matching_cards(
            journey, query, self.scene.in_reading_order(self.scene.item_for_card)
        )
        self._found_index = 0
        self.scene.select_cards(self._found)
        self._show_found()
        return list(self._found)

    def find_step(self, step: int) -> str | None:
        """Go to the next (1) or previous (-1) match; returns its card id."""
        if not self._found:
            return None
        self._found_index = (self._found_index + step) % len(self._found)
        self._show_found()
        return self._found[self._found_index]

    @property
    def found(self) -> tuple[list[str], int]:
        """The matches of the last find, and which one is shown."""
        return list(self._found), self._found_index

    def _show_found(self) -> None:
        if self._found and self._found[self._found_index] in self.scene.item_for_card:
            self.view.ensureVisible(self.scene.card_rect(self._found[self._found_index]), 80, 80)
