"""The canvas's context menus: on cards, links, stage and channel headers, and empty cells.

Menus are built when asked (:meth:`ContextMenus.menu_at`) and act through the canvas
editor, so they show the same commands as the keys and the Edit menu. Keys are shown in the
menus as hints (after a tab) without becoming shortcuts of their own.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPointF
from PySide6.QtWidgets import QMenu, QWidget

from journey_studio.gui.canvas import items
from journey_studio.gui.canvas.card_edits import has_persona
from journey_studio.gui.canvas.clipboard import has_cards
from journey_studio.model.vocabulary import Rating

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from journey_studio.gui.canvas.editor import CanvasEditor
    from journey_studio.model.workshop import Cell


class ContextMenus(QObject):
    """Builds the menu for what is under the mouse."""

    def __init__(self, editor: CanvasEditor) -> None:
        super().__init__(editor)
        self._editor = editor

    def rating_labels(self) -> dict[Rating, str]:
        return {
            Rating.DELIGHT: self.tr("&Delight"),
            Rating.IRRITANT: self.tr("&Irritant"),
            Rating.BREAKING_POINT: self.tr("&Breaking point"),
            Rating.NONE: self.tr("&Not rated"),
        }

    def menu_at(self, point: QPointF, parent: QWidget | None = None) -> QMenu | None:
        """The menu for what is at this scene point, or None (outside the map)."""
        scene = self._editor.scene
        if scene.journey is None:
            return None
        card_id = scene.card_at(point)
        if card_id is not None:
            selected = scene.selected_card_ids()
            return self.card_menu(selected if card_id in selected else [card_id], parent)
        link_id = scene.link_at(point)
        if link_id is not None:
            return self.link_menu(link_id, parent)
        header = scene.header_at(point)
        if isinstance(header, items.StageHeaderItem):
            return self.stage_menu(header.stage_id, parent)
        if isinstance(header, items.ChannelHeaderItem):
            return self.channel_menu(header.channel_id, parent)
        cell = scene.cell_at(point)
        if cell is not None:
            return self.cell_menu(cell, parent)
        return None

    def card_menu(self, card_ids: list[str], parent: QWidget | None = None) -> QMenu:
        editor = self._editor
        journey = editor.scene.journey
        workshop = editor.scene.workshop
        assert journey is not None
        assert workshop is not None
        cards = [journey.cards[i] for i in card_ids if i in journey.cards]
        menu = QMenu(parent)
        menu.setObjectName("card-menu")
        rate = menu.addMenu(self.tr("&Rate"))
        keys = {
            Rating.DELIGHT: "1",
            Rating.IRRITANT: "2",
            Rating.BREAKING_POINT: "3",
            Rating.NONE: "0",
        }
        ratings = {card.rating for card in cards}
        for rating, label in self.rating_labels().items():
            action = self._action(
                rate,
                f"{label}\t{keys[rating]}",
                f"rate-{rating.value}",
                lambda r=rating: editor.rate_cards(card_ids, r),
            )
            action.setCheckable(True)
            action.setChecked(ratings == {rating})
        moment = self._action(
            menu,
            self.tr("&Moment of truth") + "\tM",
            "moment-of-truth",
            lambda: editor.toggle_moment_of_truth(card_ids),
        )
        moment.setCheckable(True)
        moment.setChecked(bool(cards) and all(card.moment_of_truth for card in cards))
        personas = menu.addMenu(self.tr("Link &personas"))
        personas.setObjectName("personas-menu")
        if not workshop.personas:
            personas.addAction(self.tr("No persona in this workshop")).setEnabled(False)
        for persona in workshop.personas:
            label = f"{persona.name} — {persona.role}" if persona.role.strip() else persona.name
            action = self._action(
                personas,
                label,
                f"persona-{persona.id}",
                lambda pid=persona.id: editor.toggle_persona(pid, card_ids),
            )
            action.setCheckable(True)
            action.setChecked(has_persona(journey, card_ids, persona.id))
        menu.addSeparator()
        self._action(
            menu,
            self.tr("&Edit text") + "\tF2",
            "edit-text",
            lambda: editor.edit_card_text(card_ids[0]),
        ).setEnabled(len(card_ids) == 1)
        self._action(menu, self.tr("Cu&t"), "cut", lambda: editor.cut(card_ids))
        self._action(menu, self.tr("&Copy"), "copy", lambda: editor.copy(card_ids))
        self._action(menu, self.tr("D&uplicate"), "duplicate", lambda: editor.duplicate(card_ids))
        menu.addSeparator()
        self._action(menu, self.tr("&Delete"), "delete", lambda: editor.delete(card_ids))
        return menu

    def link_menu(self, link_id: str, parent: QWidget | None = None) -> QMenu:
        editor = self._editor
        menu = QMenu(parent)
        menu.setObjectName("link-menu")
        self._action(menu, self.tr("&Label…"), "label", lambda: editor.edit_link_label(link_id))
        self._action(menu, self.tr("&Delete link"), "delete", lambda: editor.delete([], [link_id]))
        return menu

    def stage_menu(self, stage_id: str, parent: QWidget | None = None) -> QMenu:
        editor = self._editor
        workshop = editor.scene.workshop
        assert workshop is not None
        index = [stage.id for stage in workshop.stages].index(stage_id)
        menu = QMenu(parent)
        menu.setObjectName("stage-menu")
        self._action(
            menu, self.tr("Add stage &before"), "add-before", lambda: editor.add_stage(index)
        )
        self._action(
            menu, self.tr("Add stage &after"), "add-after", lambda: editor.add_stage(index + 1)
        )
        self._action(menu, self.tr("&Rename"), "rename", lambda: editor.rename_stage(stage_id))
        menu.addSeparator()
        self._action(
            menu, self.tr("&Delete stage…"), "delete", lambda: editor.delete_stage(stage_id)
        )
        return menu

    def channel_menu(self, channel_id: str, parent: QWidget | None = None) -> QMenu:
        editor = self._editor
        workshop = editor.scene.workshop
        assert workshop is not None
        index = [channel.id for channel in workshop.channels].index(channel_id)
        menu = QMenu(parent)
        menu.setObjectName("channel-menu")
        self._action(
            menu, self.tr("Add channel &above"), "add-before", lambda: editor.add_channel(index)
        )
        self._action(
            menu,
            self.tr("Add channel &below"),
            "add-after",
            lambda: editor.add_channel(index + 1),
        )
        self._action(menu, self.tr("&Rename"), "rename", lambda: editor.rename_channel(channel_id))
        menu.addSeparator()
        self._action(
            menu, self.tr("&Delete channel…"), "delete", lambda: editor.delete_channel(channel_id)
        )
        return menu

    def cell_menu(self, cell: Cell, parent: QWidget | None = None) -> QMenu:
        editor = self._editor
        menu = QMenu(parent)
        menu.setObjectName("cell-menu")
        self._action(
            menu,
            self.tr("&New card here") + "\t" + self.tr("Double-click"),
            "new-card",
            lambda: editor.create_card(cell),
        )
        paste = self._action(menu, self.tr("&Paste here"), "paste", lambda: editor.paste(cell))
        paste.setEnabled(has_cards(editor.clipboard_data()))
        return menu

    def _action(self, menu: QMenu, text: str, name: str, slot: Callable[[], object]) -> QAction:
        action = menu.addAction(text)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        return action
