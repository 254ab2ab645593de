"""The scene that shows one journey's map and keeps it up to date, edit by edit.

:class:`MapScene` turns a :class:`~journey_studio.layout.MapLayout` into items: one per
header, lane, handoff, card (``item_for_card``) and link between cards (``item_for_link``).
The grid itself (cells, row shading, lines) is not items: it is drawn in
:meth:`drawBackground` with a few batched calls prepared once per layout.

The scene listens; it never changes the model. After an edit, :meth:`apply_changes` is given
the Qt-free :class:`~journey_studio.model.edits.Changes` and updates only those items: the
cells the changed cards left or entered are placed again
(:mod:`~journey_studio.gui.canvas.card_placement`), and the whole map is laid out again only
when a row or a column changes size, when stages or channels change, or when another journey
is shown. Mouse and keyboard events go first to an interaction handler (the canvas editor),
which owns what the mouse does; the scene answers its geometric questions (which cell, which
card, where a drop would go).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QLineF, QObject, QPointF, QRectF, QSizeF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QPainter, QPen, QTransform
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSceneContextMenuEvent,
    QGraphicsSceneDragDropEvent,
    QGraphicsSceneMouseEvent,
)

from journey_studio.arrows import LABEL_CLEARANCE, stands_between
from journey_studio.gui import palette
from journey_studio.gui.canvas import items
from journey_studio.gui.canvas.card_placement import plan_card_update
from journey_studio.layout import (
    DEFAULT_OPTIONS,
    LaneKind,
    LayoutOptions,
    MapLayout,
    Rect,
    cell_card_rects,
)
from journey_studio.layout import layout_journey as compute_layout
from journey_studio.model.edits import Changes, Kind
from journey_studio.model.vocabulary import JourneyKind

if TYPE_CHECKING:
    from journey_studio.gui.icons import IconLibrary
    from journey_studio.model.workshop import Card, Cell, Journey, Persona, Workshop

MARGIN = 40.0
"""Room around the map in the scene, so the map never touches the view's edge."""

LABEL_REACH = (80.0, 16.0)
"""How far beside a card an arrow can run and still have its label cover that card (half
the widest label, and half a label's height, plus room)."""
Z_GRID_ITEMS = 0.0
Z_HANDOFF = 1.0
Z_LINKS = 1.5
"""Arrows run under the cards (the cards' text stays readable); a selected one comes up."""
Z_CARDS = 2.0
Z_LINK_LABELS = 2.5
"""Arrows' labels sit above the cards: placed clear of them when the arrow has room, and
read over a card's edge rather than lost under it when it has not."""
Z_LIFTED = 40.0
"""Cards and headers being dragged, above everything else on the map."""

NEW_SLOT = "\x00new"
"""A card id no card has: where a card added at the end of a cell would go."""


def qrect(rect: Rect) -> QRectF:
    """A layout rect as a QRectF."""
    return QRectF(rect.x, rect.y, rect.width, rect.height)


def persona_chips(personas: Iterable[Persona]) -> dict[str, items.PersonaChip]:
    """Persona id -> how cards show that persona."""
    return {
        persona.id: items.PersonaChip(items.initials(persona.name), persona.colour, persona.name)
        for persona in personas
    }


def card_face(card: Card, chips: Mapping[str, items.PersonaChip]) -> items.CardFace:
    """What a card item shows for a card of the model (unknown personas are left out)."""
    return items.CardFace(
        text=card.text,
        rating=card.rating,
        moment_of_truth=card.moment_of_truth,
        personas=tuple(chips[pid] for pid in card.persona_ids if pid in chips),
        crm_links=len(card.crm_links),
    )


@dataclass(frozen=True)
class DropTarget:
    """Where dragged cards would go: a cell, a place among its other cards, and the line
    that shows it."""

    cell: Cell
    index: int
    """Counted among the cell's cards that are not being moved."""
    line: QLineF
    area: QRectF


class InteractionHandler(Protocol):
    """What gets the scene's mouse and key events first (the canvas editor)."""

    def mouse_press(self, event: QGraphicsSceneMouseEvent) -> bool: ...
    def mouse_move(self, event: QGraphicsSceneMouseEvent) -> bool: ...
    def mouse_release(self, event: QGraphicsSceneMouseEvent) -> bool: ...
    def mouse_double_click(self, event: QGraphicsSceneMouseEvent) -> bool: ...
    def key_press(self, event: QKeyEvent) -> bool: ...
    def context_menu(self, event: QGraphicsSceneContextMenuEvent) -> bool: ...
    def drag_move(self, event: QGraphicsSceneDragDropEvent) -> bool: ...
    def drag_leave(self) -> None: ...
    def drop(self, event: QGraphicsSceneDragDropEvent) -> bool: ...
    def map_about_to_change(self) -> None: ...


class MapScene(QGraphicsScene):
    """The map of one journey of a workshop.

    Signals:
        map_changed(): another journey (or none) is shown; views fit it.
        map_resized(): an edit changed the map's size (a row or column grew or shrank, a
            stage or channel came or went); views keep their zoom.
        card_selection_changed(): the selected cards or links changed (once per change,
            even when many items were selected at once).
    """

    map_changed = Signal()
    map_resized = Signal()
    card_selection_changed = Signal()

    def __init__(self, icons: IconLibrary, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._icons = icons
        self._options: LayoutOptions = DEFAULT_OPTIONS
        self._layout: MapLayout | None = None
        self._workshop: Workshop | None = None
        self._journey: Journey | None = None
        self._handler: InteractionHandler | None = None
        self._chips: dict[str, items.PersonaChip] = {}
        self._persona_filter: str | None = None
        self.item_for_card: dict[str, items.CardItem] = {}
        """Card id -> its item, for the cards of the journey shown."""
        self.item_for_link: dict[str, items.CardLinkItem] = {}
        """Link id -> its arrow, for the links of the journey shown."""
        self.link_layer, self.label_layer = self._add_link_layers()
        """Where the arrows at rest are drawn: their lines, their labels (see
        :class:`items.LinkLayer`)."""
        self.item_for_stage: dict[str, items.StageHeaderItem] = {}
        self.item_for_channel: dict[str, items.ChannelHeaderItem] = {}
        self.phase_band_items: list[items.PhaseBandItem] = []
        self.handoff_items: list[items.HandoffItem] = []
        self.emotion_lane: items.EmotionLaneItem | None = None
        self.crm_lane: items.CrmLaneItem | None = None
        self.corner_item: items.CornerItem | None = None
        self._cell_of: dict[str, Cell] = {}
        self._links_of: dict[str, set[str]] = {}
        self._link_ends: dict[str, tuple[str, str]] = {}
        self._stage_index: dict[str, int] = {}
        self._channel_index: dict[str, int] = {}
        self._grid_items: list[QGraphicsItem] = []
        self._map_rect = QRectF()
        self._shaded_rows: list[QRectF] = []
        self._grid_lines: list[QLineF] = []
        self._selection_depth = 0
        self._selection_dirty = False
        self._workspace = QBrush(QColor(palette.WORKSPACE_HEX))
        self._paper = QBrush(QColor(palette.MAP_HEX))
        self._shade = QBrush(QColor(palette.ROW_SHADE_HEX))
        self._grid_pen = QPen(QColor(palette.GRID_LINE_HEX), 0.0)
        self._grid_pen.setCosmetic(True)
        self._frame_pen = QPen(QColor(palette.CARD_BORDER_HEX), 0.0)
        self._frame_pen.setCosmetic(True)
        self.setSceneRect(QRectF(0.0, 0.0, 1.0, 1.0))
        self.selectionChanged.connect(self._on_selection_changed)

    # What is shown

    @property
    def layout(self) -> MapLayout | None:
        """The layout the grid, headers and lanes were drawn with, or None.

        Cards placed again after an edit are where :meth:`card_rect` says (the layout's
        ``cards`` are those of the last full layout).
        """
        return self._layout

    @property
    def journey_id(self) -> str | None:
        return self._journey.id if self._journey is not None else None

    @property
    def journey(self) -> Journey | None:
        return self._journey

    @property
    def workshop(self) -> Workshop | None:
        return self._workshop

    @property
    def options(self) -> LayoutOptions:
        return self._options

    def map_rect(self) -> QRectF:
        """The map itself, without the margin around it (empty when nothing is shown)."""
        return QRectF(self._map_rect)

    def set_interaction_handler(self, handler: InteractionHandler | None) -> None:
        """Who gets the mouse and key events first (the canvas editor)."""
        self._handler = handler

    def show_journey(
        self,
        workshop: Workshop,
        journey: Journey,
        options: LayoutOptions | None = None,
    ) -> MapLayout:
        """Replace the map with this journey's, laid out by :mod:`journey_studio.layout`."""
        self._notify_handler()
        if options is not None:
            self._options = options
        layout = compute_layout(workshop, journey, self._options)
        self._clear_items()
        self._workshop = workshop
        self._journey = journey
        self._chips = persona_chips(workshop.personas)
        self._build(layout)
        self.map_changed.emit()
        return layout

    def clear_map(self) -> None:
        """Show nothing."""
        self._notify_handler()
        self._clear_items()
        self._layout = None
        self._workshop = None
        self._journey = None
        self._map_rect = QRectF()
        self._shaded_rows, self._grid_lines = [], []
        self.setSceneRect(QRectF(0.0, 0.0, 1.0, 1.0))
        self.update()
        self.map_changed.emit()

    def set_options(self, options: LayoutOptions) -> None:
        """Lay the map out with other options (lanes shown or hidden, ...)."""
        if options == self._options:
            return
        self._options = options
        self.relayout()

    def relayout(self) -> None:
        """Lay the journey shown out again; card items are kept (and stay selected)."""
        if self._workshop is None or self._journey is None:
            return
        self._notify_handler()
        before = QRectF(self._map_rect)
        self._build(compute_layout(self._workshop, self._journey, self._options))
        if self._map_rect != before:
            self.map_resized.emit()

    # Edits

    def apply_changes(self, changes: Changes) -> None:
        """Bring the map up to date after an edit, touching only what ``changes`` names."""
        workshop, journey = self._workshop, self._journey
        if workshop is None or journey is None or self._layout is None or not changes:
            return
        if not any(j is journey for j in workshop.journeys):
            return  # the document shows another journey next
        kinds = {kind for kind, _ in changes.upserted | changes.deleted}
        if kinds & {Kind.STAGE, Kind.CHANNEL}:
            self._chips = persona_chips(workshop.personas)
            self.relayout()
            return
        self._notify_handler()
        if Kind.JOURNEY in kinds and journey.id in changes.ids(Kind.JOURNEY)[0]:
            self._update_corner()
        personas = changes.ids(Kind.PERSONA)
        if personas[0] or personas[1]:
            self._update_personas(personas[0] | personas[1])
        if kinds & {Kind.PIPELINE, Kind.PIPELINE_STAGE} and self.crm_lane is not None:
            self.crm_lane.set_stages(items.stage_crm(workshop, list(self._layout.stage_headers)))
        cards_upserted, cards_deleted = changes.ids(Kind.CARD)
        if cards_upserted or cards_deleted:
            self._update_cards(cards_upserted, cards_deleted)
        links_upserted, links_deleted = changes.ids(Kind.CARD_LINK)
        if links_upserted or links_deleted:
            self._update_links(links_upserted, links_deleted)

    def _update_cards(self, upserted: set[str], deleted: set[str]) -> None:
        assert self._layout is not None
        assert self._journey is not None
        layout, journey = self._layout, self._journey
        update = plan_card_update(layout, journey, self._cell_of, upserted, deleted)
        if update.relayout:
            self.relayout()
            return
        touched: list[QRectF] = []  # where cards were or now are: labels near there move
        for card_id in update.removed:
            touched.append(self.card_rect(card_id))
            self._remove_card_item(card_id)
        for card_id in update.added:
            card = journey.cards[card_id]
            self._add_card_item(card, Rect(0.0, 0.0, layout.options.card_width, 0.0))
        for card_id in update.refaced:
            self._reface(journey.cards[card_id])
        moved: set[str] = set()
        for (stage_id, channel_id), ids in update.cells.items():
            rects = layout.place_cell_cards(stage_id, channel_id, ids)
            for card_id, rect in rects.items():
                item = self.item_for_card[card_id]
                self._cell_of[card_id] = (stage_id, channel_id)
                if item.pos() != QPointF(rect.x, rect.y):
                    touched.append(item.sceneBoundingRect())
                    item.setPos(rect.x, rect.y)
                    moved.add(card_id)
                item.set_size(QSizeF(rect.width, rect.height))
        for card_id in update.added:
            moved.add(card_id)
        touched += [self.card_rect(card_id) for card_id in moved]
        self._update_links_of_cards(moved)
        self._place_labels_near(touched)
        if self.emotion_lane is not None and update.stages:
            lane = self.emotion_lane
            emotions = list(lane.emotions)
            channel_ids = list(layout.channel_headers)
            for stage_id in update.stages:
                emotions[self._stage_index[stage_id]] = items.stage_emotion(
                    journey, stage_id, channel_ids
                )
            lane.set_emotions(emotions)
            if lane.persona is not None and self._persona_filter is not None:
                mine = list(lane.persona.emotions)
                for stage_id in update.stages:
                    mine[self._stage_index[stage_id]] = items.stage_emotion(
                        journey, stage_id, channel_ids, self._persona_filter
                    )
                lane.set_persona(replace(lane.persona, emotions=tuple(mine)))

    def _update_links(self, upserted: set[str], deleted: set[str]) -> None:
        assert self._journey is not None
        for link_id in deleted | upserted:
            if link_id not in self._journey.links:
                self._remove_link_item(link_id)
        for link_id in upserted:
            link = self._journey.links.get(link_id)
            if link is None:
                continue
            item = self.item_for_link.get(link_id)
            if item is None:
                self._add_link_item(link_id)
            else:
                item.set_label(link.label, self.card_rects_in)

    def _update_personas(self, persona_ids: set[str]) -> None:
        assert self._workshop is not None
        assert self._journey is not None
        self._chips = persona_chips(self._workshop.personas)
        for card_id in self.item_for_card:
            card = self._journey.cards[card_id]
            if not persona_ids.isdisjoint(card.persona_ids):
                self._reface(card)
        if self._persona_filter in persona_ids:
            self._show_persona_curve()

    def _update_corner(self) -> None:
        assert self._journey is not None
        assert self._layout is not None
        if self.corner_item is not None:
            self.removeItem(self.corner_item)
            self._grid_items.remove(self.corner_item)
        corner = items.CornerItem(
            self._journey.name, _journey_subtitle(self._journey), _size(self._layout.corner)
        )
        self._place(corner, self._layout.corner)
        self.corner_item = corner
        self._grid_items.append(corner)

    # Persona filter

    @property
    def persona_filter(self) -> str | None:
        """The persona whose cards stand out (the others are dimmed), or None."""
        return self._persona_filter

    def set_persona_filter(self, persona_id: str | None) -> None:
        if persona_id == self._persona_filter:
            return
        self._persona_filter = persona_id
        if self._journey is None:
            return
        for card_id, item in self.item_for_card.items():
            item.set_dimmed(self._dims(self._journey.cards[card_id]))
        self._show_persona_curve()

    def _show_persona_curve(self) -> None:
        """The filtered persona's emotion curve over the journey's, or none."""
        lane, journey, layout = self.emotion_lane, self._journey, self._layout
        if lane is None or journey is None or layout is None or self._workshop is None:
            return
        persona = next((p for p in self._workshop.personas if p.id == self._persona_filter), None)
        if persona is None:
            lane.set_persona(None)
            return
        emotions = items.stage_emotions(journey, list(layout.stage_headers), persona.id)
        colour = persona.colour or palette.INK_HEX
        lane.set_persona(items.PersonaCurve(persona.name, colour, tuple(emotions)))

    def _dims(self, card: Card) -> bool:
        return self._persona_filter is not None and self._persona_filter not in card.persona_ids

    # Questions the mouse tools ask

    def cell_at(self, point: QPointF) -> Cell | None:
        """The (stage id, channel id) of the cell under a scene point, or None."""
        if self._layout is None:
            return None
        return self._layout.cell_at((point.x(), point.y()))

    def cell_rect(self, cell: Cell) -> QRectF:
        assert self._layout is not None
        return qrect(self._layout.cells[cell])

    def cell_of(self, card_id: str) -> Cell | None:
        """The cell a card's item sits in."""
        return self._cell_of.get(card_id)

    def card_rect(self, card_id: str) -> QRectF:
        """Where a card is on the map (scene coordinates)."""
        return self.item_for_card[card_id].sceneBoundingRect()

    def card_rects_in(self, area: Rect) -> list[Rect]:
        """Where the cards that overlap ``area`` rest (what arrows' labels keep clear of)."""
        layout, journey = self._layout, self._journey
        if layout is None or journey is None:
            return []
        found = []
        for cell in layout.cells_in(area):
            ids = journey.cell_card_ids(*cell)
            if ids:
                placed = layout.place_cell_cards(*cell, ids).values()
                found += [rect for rect in placed if rect.intersects(area)]
        return found

    def label_at(self, point: QPointF) -> str | None:
        """The link whose label is at a scene point (labels are drawn above the cards)."""
        for link_id in self.label_layer.links_near(QRectF(point, point)):
            item = self.item_for_link.get(link_id)
            if item is not None and item.label_box().contains(point):
                return link_id
        return None

    def card_at(self, point: QPointF) -> str | None:
        """The id of the card under a scene point, or None (also where an arrow's label is
        drawn over the card: the label is what is there)."""
        if self.label_at(point) is not None:
            return None
        for item in self.items(point, Qt.ItemSelectionMode.IntersectsItemShape):
            if isinstance(item, items.CardItem):
                return item.card_id
        return None

    def link_at(self, point: QPointF) -> str | None:
        """The link whose label or arrow is at a scene point, or None (an arrow running
        under a card is not at the card's points)."""
        labelled = self.label_at(point)
        if labelled is not None:
            return labelled
        for item in self.items(point, Qt.ItemSelectionMode.IntersectsItemShape):
            if isinstance(item, items.CardLinkItem):
                return item.link_id
            if isinstance(item, items.CardItem):
                return None
        return None

    def header_at(self, point: QPointF) -> items.StageHeaderItem | items.ChannelHeaderItem | None:
        for item in self.items(point):
            if isinstance(item, items.StageHeaderItem | items.ChannelHeaderItem):
                return item
        return None

    def new_card_slot(self, cell: Cell) -> QRectF:
        """Where a card added at the end of a cell appears."""
        assert self._layout is not None
        assert self._journey is not None
        ids = [*self._journey.cell_card_ids(*cell), NEW_SLOT]
        rects = cell_card_rects(
            self._layout.cells[cell], ids, self._layout.cards_per_row[cell[0]], self._options
        )
        return qrect(rects[NEW_SLOT])

    def drop_target(self, point: QPointF, moving: Iterable[str]) -> DropTarget | None:
        """Where cards dragged to ``point`` would go, or None off the grid.

        The place is counted among the cell's other cards (those not in ``moving``), in
        reading order: before the first one on a later row or to the right of the point.
        """
        cell = self.cell_at(point)
        if cell is None or self._journey is None or self._layout is None:
            return None
        moving = set(moving)
        others = [i for i in self._journey.cell_card_ids(*cell) if i not in moving]
        gap = self._options.card_gap
        rects = [self.card_rect(card_id) for card_id in others if card_id in self.item_for_card]
        index = len(rects)
        for position, rect in enumerate(rects):
            if point.y() < rect.top() - gap / 2 or (
                point.y() < rect.bottom() + gap / 2 and point.x() < rect.center().x()
            ):
                index = position
                break
        previous = rects[index - 1] if 0 < index <= len(rects) else None
        on_previous_row = previous is not None and point.y() >= previous.top() - gap / 2
        if index < len(rects) and not (on_previous_row and rects[index].top() > point.y()):
            rect = rects[index]
            x = rect.left() - gap / 2
        elif previous is not None and (on_previous_row or index < len(rects)):
            rect = previous
            x = rect.right() + gap / 2
        elif rects and rects[-1].right() + gap + self._options.card_width <= (
            self.cell_rect(cell).right() - self._options.cell_padding + 0.5
        ):
            rect = rects[-1]
            x = rect.right() + gap / 2
        else:
            ids = [*others, NEW_SLOT]
            slots = cell_card_rects(
                self._layout.cells[cell], ids, self._layout.cards_per_row[cell[0]], self._options
            )
            rect = qrect(slots[NEW_SLOT])
            x = rect.left() - gap / 2
        line = QLineF(x, rect.top() + 2.0, x, rect.bottom() - 2.0)
        return DropTarget(cell, index, line, self.cell_rect(cell))

    def stage_drop(self, x: float, stage_id: str) -> tuple[int, QLineF]:
        """Where a stage header dragged to ``x`` would go: its index among the other stages
        and the line between columns that shows it."""
        assert self._layout is not None
        others = [(s, r) for s, r in self._layout.stage_headers.items() if s != stage_id]
        index = sum(1 for _, rect in others if rect.center[0] < x)
        edge = others[index][1].x if index < len(others) else others[-1][1].right if others else x
        top = self._layout.stage_headers[stage_id].y
        return index, QLineF(edge, top, edge, self._map_rect.bottom())

    def channel_drop(self, y: float, channel_id: str) -> tuple[int, QLineF]:
        """Where a channel header dragged to ``y`` would go (as :meth:`stage_drop`)."""
        assert self._layout is not None
        others = [(c, r) for c, r in self._layout.channel_headers.items() if c != channel_id]
        index = sum(1 for _, rect in others if rect.center[1] < y)
        edge = others[index][1].y if index < len(others) else others[-1][1].bottom if others else y
        return index, QLineF(0.0, edge, self._map_rect.right(), edge)

    def in_reading_order(self, card_ids: Iterable[str]) -> list[str]:
        """Cards sorted as the map reads: stage by stage, channel by channel, in cell order."""
        journey = self._journey
        if journey is None:
            return []

        def key(card_id: str) -> tuple[int, int, int]:
            card = journey.cards[card_id]
            return (
                self._stage_index.get(card.stage_id, -1),
                self._channel_index.get(card.channel_id, -1),
                card.order,
            )

        return sorted((i for i in card_ids if i in journey.cards), key=key)

    # Selection

    def selected_card_ids(self) -> list[str]:
        """The selected cards, in reading order."""
        return self.in_reading_order(
            item.card_id for item in self.selectedItems() if isinstance(item, items.CardItem)
        )

    def selected_link_ids(self) -> list[str]:
        return [
            item.link_id for item in self.selectedItems() if isinstance(item, items.CardLinkItem)
        ]

    def select_cards(self, card_ids: Iterable[str], *, add: bool = False) -> None:
        """Select these cards (and, unless ``add``, nothing else)."""
        with self.selection_batch():
            if not add:
                self.clearSelection()
            for card_id in card_ids:
                item = self.item_for_card.get(card_id)
                if item is not None:
                    item.setSelected(True)

    @contextlib.contextmanager
    def selection_batch(self) -> Iterator[None]:
        """Change the selection in several steps; ``card_selection_changed`` comes once."""
        self._selection_depth += 1
        try:
            yield
        finally:
            self._selection_depth -= 1
            if self._selection_depth == 0 and self._selection_dirty:
                self._selection_dirty = False
                self.card_selection_changed.emit()

    def _on_selection_changed(self) -> None:
        if self._selection_depth:
            self._selection_dirty = True
        else:
            self.card_selection_changed.emit()

    # Events: the interaction handler first

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if self._handler is not None and self._handler.mouse_press(event):
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if self._handler is not None and self._handler.mouse_move(event):
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if self._handler is not None and self._handler.mouse_release(event):
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if self._handler is not None and self._handler.mouse_double_click(event):
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if (
            self.focusItem() is None
            and self._handler is not None
            and self._handler.key_press(event)
        ):
            event.accept()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QGraphicsSceneContextMenuEvent) -> None:  # noqa: N802
        if self._handler is not None and self._handler.context_menu(event):
            event.accept()
            return
        super().contextMenuEvent(event)

    def dragEnterEvent(self, event: QGraphicsSceneDragDropEvent) -> None:  # noqa: N802
        self.dragMoveEvent(event)

    def dragMoveEvent(self, event: QGraphicsSceneDragDropEvent) -> None:  # noqa: N802
        if self._handler is not None and self._handler.drag_move(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QGraphicsSceneDragDropEvent) -> None:  # noqa: N802
        if self._handler is not None:
            self._handler.drag_leave()

    def dropEvent(self, event: QGraphicsSceneDragDropEvent) -> None:  # noqa: N802
        if self._handler is not None and self._handler.drop(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: N802
        painter.fillRect(rect, self._workspace)
        if self._map_rect.isEmpty():
            return
        painter.fillRect(self._map_rect, self._paper)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._shade)
        painter.drawRects(self._shaded_rows)
        painter.setPen(self._grid_pen)
        painter.drawLines(self._grid_lines)
        painter.setPen(self._frame_pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(self._map_rect)

    # Building

    def _notify_handler(self) -> None:
        if self._handler is not None:
            self._handler.map_about_to_change()

    def _clear_items(self) -> None:
        self.item_for_card = {}
        self.item_for_link = {}
        self._cell_of = {}
        self._links_of = {}
        self._link_ends = {}
        self._grid_items = []
        self._clear_grid_tables()
        self.clear()
        self.link_layer, self.label_layer = self._add_link_layers()

    def _add_link_layers(self) -> tuple[items.LinkLayer, items.LinkLayer]:
        lines = items.LinkLayer(items.ArrowPart.LINE)
        labels = items.LinkLayer(items.ArrowPart.LABEL)
        for layer, z in ((lines, Z_LINKS), (labels, Z_LINK_LABELS)):
            layer.setZValue(z)
            self.addItem(layer)
        return lines, labels

    def _clear_grid_tables(self) -> None:
        self.item_for_stage = {}
        self.item_for_channel = {}
        self.phase_band_items = []
        self.handoff_items = []
        self.emotion_lane = None
        self.crm_lane = None
        self.corner_item = None

    def _build(self, layout: MapLayout) -> None:
        """Show ``layout``: new headers and lanes; card and link items kept when they exist."""
        assert self._workshop is not None
        assert self._journey is not None
        for item in self._grid_items:
            self.removeItem(item)
        self._grid_items = []
        self._clear_grid_tables()
        self._layout = layout
        self._stage_index = {stage_id: i for i, stage_id in enumerate(layout.stage_headers)}
        self._channel_index = {c: i for i, c in enumerate(layout.channel_headers)}
        self._add_headers(self._workshop, self._journey, layout)
        self._add_lanes(self._workshop, self._journey, layout)
        self._sync_cards(layout)
        self._sync_links()
        self._prepare_grid(layout)
        width, height = layout.size
        self._map_rect = QRectF(0.0, 0.0, width, height)
        self.setSceneRect(self._map_rect.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN))
        self.update()

    def _place(self, item: QGraphicsItem, rect: Rect, z: float = Z_GRID_ITEMS) -> None:
        item.setPos(rect.x, rect.y)
        item.setZValue(z)
        self.addItem(item)

    def _add_grid_item(self, item: QGraphicsItem, rect: Rect, z: float = Z_GRID_ITEMS) -> None:
        self._place(item, rect, z)
        self._grid_items.append(item)

    def _add_headers(self, workshop: Workshop, journey: Journey, layout: MapLayout) -> None:
        stages = {stage.id: stage for stage in workshop.stages}
        channels = {channel.id: channel for channel in workshop.channels}
        previous: str | None = None
        for band in layout.phase_bands:
            item = items.PhaseBandItem(band.name, band.colour, _size(band.rect))
            self._add_grid_item(item, band.rect)
            self.phase_band_items.append(item)
            if band.handoff and previous is not None:
                handoff = items.HandoffItem(
                    layout.size[1], band.rect.y + band.rect.height / 2, previous, band.name
                )
                self._add_grid_item(handoff, Rect(band.rect.x, 0.0, 0.0, 0.0), Z_HANDOFF)
                self.handoff_items.append(handoff)
            previous = band.name
        for stage_id, rect in layout.stage_headers.items():
            stage = stages[stage_id]
            tooltip = "\n".join(part for part in (stage.name, stage.definition) if part.strip())
            item = items.StageHeaderItem(stage_id, stage.name, stage.colour, _size(rect), tooltip)
            self._add_grid_item(item, rect)
            self.item_for_stage[stage_id] = item
        for channel_id, rect in layout.channel_headers.items():
            channel = channels[channel_id]
            icon = self._icons.channel_icon(channel.icon)
            item = items.ChannelHeaderItem(channel_id, channel.name, icon, self._icons, _size(rect))
            self._add_grid_item(item, rect)
            self.item_for_channel[channel_id] = item
        corner = items.CornerItem(journey.name, _journey_subtitle(journey), _size(layout.corner))
        self._add_grid_item(corner, layout.corner)
        self.corner_item = corner

    def _add_lanes(self, workshop: Workshop, journey: Journey, layout: MapLayout) -> None:
        stage_ids = list(layout.stage_headers)
        for lane in layout.lanes:
            origin = QPointF(lane.rect.x, lane.rect.y)
            columns = [qrect(lane.slots[stage_id]).translated(-origin) for stage_id in stage_ids]
            label = qrect(lane.label).translated(-origin)
            if lane.kind is LaneKind.EMOTION:
                emotion = items.EmotionLaneItem(
                    _size(lane.rect), label, columns, items.stage_emotions(journey, stage_ids)
                )
                self._add_grid_item(emotion, lane.rect)
                self.emotion_lane = emotion
                self._show_persona_curve()
            elif lane.kind is LaneKind.CRM:
                crm = items.CrmLaneItem(
                    _size(lane.rect), label, columns, items.stage_crm(workshop, stage_ids)
                )
                self._add_grid_item(crm, lane.rect)
                self.crm_lane = crm

    def _sync_cards(self, layout: MapLayout) -> None:
        """One item per laid-out card, at its rect: new items made, old ones kept or dropped."""
        assert self._journey is not None
        journey = self._journey
        for card_id in [i for i in self.item_for_card if i not in layout.cards]:
            self._remove_card_item(card_id)
        for (stage_id, channel_id), ids in layout.cell_cards.items():
            for card_id in ids:
                rect = layout.cards[card_id]
                item = self.item_for_card.get(card_id)
                if item is None:
                    self._add_card_item(journey.cards[card_id], rect)
                else:
                    self._reface(journey.cards[card_id])
                    item.set_size(QSizeF(rect.width, rect.height))
                    if item.pos() != QPointF(rect.x, rect.y):
                        item.setPos(rect.x, rect.y)
                self._cell_of[card_id] = (stage_id, channel_id)

    def _add_card_item(self, card: Card, rect: Rect) -> items.CardItem:
        item = items.CardItem(card.id, card_face(card, self._chips), _size(rect), self._icons)
        if self._persona_filter is not None:
            item.set_dimmed(self._dims(card))
        self._place(item, rect, Z_CARDS)
        self.item_for_card[card.id] = item
        self._cell_of[card.id] = card.cell
        return item

    def _remove_card_item(self, card_id: str) -> None:
        item = self.item_for_card.pop(card_id, None)
        self._cell_of.pop(card_id, None)
        if item is not None:
            self.removeItem(item)

    def _reface(self, card: Card) -> None:
        item = self.item_for_card.get(card.id)
        if item is not None:
            item.set_face(card_face(card, self._chips))
            item.set_dimmed(self._dims(card))

    def _sync_links(self) -> None:
        assert self._journey is not None
        links = self._journey.links
        for link_id in [i for i in self.item_for_link if i not in links]:
            self._remove_link_item(link_id)
        for link_id in links:
            if link_id in self.item_for_link:
                self._place_link(link_id)
            else:
                self._add_link_item(link_id)

    def _add_link_item(self, link_id: str) -> None:
        assert self._journey is not None
        link = self._journey.links[link_id]
        if link.from_card_id not in self.item_for_card or link.to_card_id not in self.item_for_card:
            return
        item = items.CardLinkItem(link_id, (self.link_layer, self.label_layer), link.label)
        item.setZValue(Z_LINKS)
        self.addItem(item)
        self.item_for_link[link_id] = item
        self._link_ends[link_id] = (link.from_card_id, link.to_card_id)
        self._links_of.setdefault(link.from_card_id, set()).add(link_id)
        self._links_of.setdefault(link.to_card_id, set()).add(link_id)
        self._place_link(link_id)

    def _remove_link_item(self, link_id: str) -> None:
        item = self.item_for_link.pop(link_id, None)
        if item is None:
            return
        for card_id in self._link_ends.pop(link_id, ()):
            links = self._links_of.get(card_id)
            if links is not None:
                links.discard(link_id)
                if not links:
                    del self._links_of[card_id]
        self.removeItem(item)

    def _place_link(self, link_id: str) -> None:
        assert self._journey is not None
        link = self._journey.links[link_id]
        item = self.item_for_link[link_id]
        start = self.item_for_card.get(link.from_card_id)
        end = self.item_for_card.get(link.to_card_id)
        if start is not None and end is not None:
            item.set_ends(start.sceneBoundingRect(), end.sceneBoundingRect(), self.card_rects_in)

    def _update_links_of_cards(self, card_ids: Iterable[str]) -> None:
        """Run again the arrows that start or end at these cards."""
        links: set[str] = set()
        for card_id in card_ids:
            links |= self._links_of.get(card_id, set())
        for link_id in links:
            if self._journey is not None and link_id in self._journey.links:
                self._place_link(link_id)

    def _place_labels_near(self, areas: Iterable[QRectF]) -> None:
        """Place again the labels that a card now in or gone from ``areas`` may cover, or
        may have kept from the middle of their arrow."""
        if self._journey is None:
            return
        reach_x, reach_y = LABEL_REACH
        room = LABEL_CLEARANCE
        links = self._journey.links
        for area in areas:
            area = area.adjusted(-room, -room, room, room)
            covering = self.label_layer.links_near(area)
            near = self.link_layer.links_near(area.adjusted(-reach_x, -reach_y, reach_x, reach_y))
            for link_id in covering | near:
                item = self.item_for_link.get(link_id)
                link = links.get(link_id)
                if item is None or link is None or not link.label:
                    continue
                if item.label_box().intersects(area) or self._kept_aside(item, area):
                    self._place_link(link_id)

    def _kept_aside(self, item: items.CardLinkItem, area: QRectF) -> bool:
        """Whether a card in ``area`` may be what keeps this label from a place nearer its
        arrow's middle, or, for a label that found no clear place, from any clear place."""
        if not item.label_clear:
            return True
        label, line = item.label_box(), item.line()
        if label.center() == line.center():
            return False
        return stands_between(
            (line.x1(), line.y1(), line.x2(), line.y2()),
            (label.center().x(), label.center().y()),
            (label.width(), label.height()),
            Rect(area.x(), area.y(), area.width(), area.height()),
        )

    def refresh_links_of(self, card_ids: Iterable[str]) -> None:
        """Run the arrows of these cards from where their items are now (during a drag)."""
        self._update_links_of_cards(card_ids)

    def _prepare_grid(self, layout: MapLayout) -> None:
        """The row shading and grid lines drawBackground draws, in a few batched calls."""
        width, height = layout.size
        grid = layout.grid
        stage_top = min((rect.y for rect in layout.stage_headers.values()), default=grid.y)
        self._shaded_rows = [
            QRectF(0.0, rect.y, width, rect.height)
            for index, rect in enumerate(layout.channel_headers.values())
            if index % 2 == 1
        ]
        lines = [QLineF(0.0, grid.y, width, grid.y)]
        lines += [
            QLineF(0.0, rect.bottom, width, rect.bottom) for rect in layout.channel_headers.values()
        ]
        lines += [QLineF(0.0, lane.rect.bottom, width, lane.rect.bottom) for lane in layout.lanes]
        lines += [
            QLineF(rect.x, stage_top, rect.x, height) for rect in layout.stage_headers.values()
        ]
        self._grid_lines = lines


def view_transform(event: QGraphicsSceneMouseEvent | QGraphicsSceneContextMenuEvent) -> QTransform:
    """The transform of the view an event came from (identity when unknown)."""
    widget = event.widget()
    view = widget.parent() if widget is not None else None
    transform = getattr(view, "transform", None)
    return transform() if callable(transform) else QTransform()


def _size(rect: Rect) -> QSizeF:
    return QSizeF(rect.width, rect.height)


def _journey_subtitle(journey: Journey) -> str:
    kind = (
        QCoreApplication.translate("MapScene", "Target journey")
        if journey.kind is JourneyKind.TARGET
        else QCoreApplication.translate("MapScene", "Current journey")
    )
    return f"{kind} · {journey.segment}" if journey.segment.strip() else kind
