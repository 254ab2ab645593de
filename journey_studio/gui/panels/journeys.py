"""The journeys panel: the current and target journeys (and their segments) of the workshop.

Selecting a journey shows it on the map. Add, rename (in place or in the form), duplicate
(a copy with its cards, for a target journey drawn from the current one, or a segment),
reorder and delete; the form sets the name, the kind (current or target) and the segment.
"""

from __future__ import annotations

import copy

from PySide6.QtWidgets import QComboBox, QLabel, QMenu, QToolButton, QWidget

from journey_studio import model
from journey_studio.gui.panels.entity_list import Row
from journey_studio.gui.panels.labels import journey_kind_label
from journey_studio.gui.panels.list_form import ListFormPanel
from journey_studio.gui.panels.widgets import CommitLineEdit, CommitTextEdit
from journey_studio.model import edits
from journey_studio.model.edits import Changes, Edit, Kind
from journey_studio.model.vocabulary import JourneyKind, new_id


def duplicate_journey(journey: model.Journey, name: str) -> model.Journey:
    """A copy of a journey under a new name: the same cards and links, with fresh ids."""
    new_ids = {card_id: new_id() for card_id in journey.cards}
    cards = {}
    for card_id, card in journey.cards.items():
        twin = copy.deepcopy(card)
        twin.id = new_ids[card_id]
        cards[twin.id] = twin
    links = {}
    for link in journey.links.values():
        twin_link = model.CardLink(
            new_ids[link.from_card_id], new_ids[link.to_card_id], id=new_id(), label=link.label
        )
        links[twin_link.id] = twin_link
    return model.Journey(name, kind=journey.kind, segment=journey.segment, cards=cards, links=links)


class JourneysPanel(ListFormPanel):
    """The workshop's journeys; the one selected is the one on the map.

    Public widgets: ``entities``, ``duplicate_button``, ``name_edit``, ``kind_box``,
    ``segment_edit``; ``add_current_action`` and ``add_target_action`` in the Add menu.
    """

    kind = Kind.JOURNEY

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("journeys-dock", parent)

    def build_contents(self) -> None:
        super().build_contents()
        self.duplicate_button = QToolButton(self)
        self.entities.extra_buttons.insertWidget(1, self.duplicate_button)
        add_menu = QMenu(self)
        self.add_current_action = add_menu.addAction("")
        self.add_target_action = add_menu.addAction("")
        self.entities.add_button.setMenu(add_menu)
        self.entities.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.name_edit = CommitLineEdit(self.form)
        self.kind_box = QComboBox(self.form)
        for kind in JourneyKind:
            self.kind_box.addItem("", kind)
        self.segment_edit = CommitLineEdit(self.form)
        self._labels = {key: QLabel(self.form) for key in ("name", "kind", "segment")}
        self.form_layout.addRow(self._labels["name"], self.name_edit)
        self.form_layout.addRow(self._labels["kind"], self.kind_box)
        self.form_layout.addRow(self._labels["segment"], self.segment_edit)

        self.add_current_action.triggered.connect(lambda: self._add_kind(JourneyKind.CURRENT))
        self.add_target_action.triggered.connect(lambda: self._add_kind(JourneyKind.TARGET))
        self.duplicate_button.clicked.connect(self.duplicate_current)
        self.entities.current_changed.connect(self._switch)
        self.name_edit.committed.connect(lambda text: self._set("name", text.strip()))
        self.segment_edit.committed.connect(lambda text: self._set("segment", text.strip()))
        self.kind_box.activated.connect(
            lambda index: self._set("kind", self.kind_box.itemData(index))
        )
        self._adding: JourneyKind = JourneyKind.TARGET

    def retranslate(self) -> None:
        self.entities.retranslate()
        self.entities.list.setToolTip(
            self.tr("The journey selected is the one on the map. Double-click to rename.")
        )
        self.duplicate_button.setText(self.tr("Duplicate"))
        self.duplicate_button.setToolTip(self.tr("A copy of the journey with all its cards"))
        self.add_current_action.setText(self.tr("Current journey"))
        self.add_target_action.setText(self.tr("Target journey"))
        self.empty_hint.setText(self.tr("No journey yet: add the current journey."))
        self._labels["name"].setText(self.tr("Name"))
        self._labels["kind"].setText(self.tr("Kind"))
        self._labels["segment"].setText(self.tr("Segment"))
        self.segment_edit.setPlaceholderText(self.tr("e.g. SMB, key accounts"))
        for index in range(self.kind_box.count()):
            self.kind_box.setItemText(index, journey_kind_label(self.kind_box.itemData(index)))
        self.entities.set_rows(self.rows())

    # The document

    def show_document(self) -> None:
        super().show_document()
        self._select_current()

    def on_changed(self, changes: Changes) -> None:
        super().on_changed(changes)
        upserted, deleted = changes.ids(Kind.JOURNEY)
        if upserted or deleted:
            self._select_current()

    def on_journey_changed(self, journey_id: str) -> None:
        self.entities.set_rows(self.rows())
        self._select_current()

    def _select_current(self) -> None:
        document = self.document
        journey = document.current_journey if document is not None else None
        if journey is not None and self.current_id() != journey.id:
            self.entities.select(journey.id, emit=False)
            self.refresh_form()
        self._update_buttons()

    def _update_buttons(self) -> None:
        document = self.document
        count = len(document.workshop.journeys) if document is not None else 0
        has = self.current_id() is not None and self.editable()
        self.duplicate_button.setEnabled(has)
        self.entities.remove_button.setEnabled(has and count > 1)

    def _switch(self, journey_id: str) -> None:
        document = self.document
        if document is not None and journey_id:
            try:
                document.set_current_journey(journey_id)
            except model.UnknownEntity:
                return
        self._update_buttons()

    def _journey(self, journey_id: str) -> model.Journey | None:
        document = self.document
        if document is None:
            return None
        try:
            return document.workshop.journey(journey_id)
        except model.UnknownEntity:
            return None

    def rows(self) -> list[Row]:
        document = self.document
        if document is None:
            return []
        current = document.current_journey
        rows = []
        for journey in document.workshop.journeys:
            text = journey.name
            if journey.segment.strip():
                text = f"{journey.name} · {journey.segment}"
            tooltip = self.tr("{kind}, %n card(s)", "", len(journey.cards)).format(
                kind=journey_kind_label(journey.kind)
            )
            bold = current is not None and current is journey
            rows.append(Row(journey.id, text, tooltip=tooltip, bold=bold))
        return rows

    # Adding, duplicating, deleting

    def _add_kind(self, kind: JourneyKind) -> None:
        self._adding = kind
        self.entities.add_requested.emit()

    def add_edit(self) -> tuple[Edit, str] | None:
        document = self.document
        if document is None:
            return None
        name = (
            self.tr("Target journey")
            if self._adding is JourneyKind.TARGET
            else self.tr("Current journey")
        )
        journey = model.Journey(name, kind=self._adding)
        return edits.AddJourney(journey, self._index_after_current()), journey.id

    def after_add(self, entity_id: str) -> None:
        self.name_edit.setFocus()
        self.name_edit.selectAll()

    def duplicate_current(self) -> None:
        """Add a copy of the selected journey (with its cards) after it, and show it."""
        journey = self._journey(self.current_id() or "")
        if journey is None:
            return
        twin = duplicate_journey(journey, self.tr("{name} (copy)").format(name=journey.name))
        if self.apply(edits.AddJourney(twin, self._index_after_current())):
            self.entities.select(twin.id)

    def _index_after_current(self) -> int | None:
        document = self.document
        current = self.current_id()
        ids = [j.id for j in document.workshop.journeys] if document is not None else []
        return ids.index(current) + 1 if current in ids else None

    def remove_edit(self, entity_id: str) -> Edit | None:
        document = self.document
        journey = self._journey(entity_id)
        if document is None or journey is None or len(document.workshop.journeys) < 2:
            return None
        if not self.confirm(
            self,
            self.tr("Delete journey"),
            self.tr(
                "Delete the journey “{name}” and its %n card(s)? You can undo this.",
                "",
                len(journey.cards),
            ).format(name=journey.name),
        ):
            return None
        return edits.RemoveJourney(entity_id)

    def move_edit(self, entity_id: str, index: int) -> Edit | None:
        return edits.MoveJourney(entity_id, index)

    def rename_edit(self, entity_id: str, name: str) -> Edit | None:
        journey = self._journey(entity_id)
        if journey is None:
            return None
        if journey.segment.strip() and name.endswith(f" · {journey.segment}"):
            name = name[: -len(f" · {journey.segment}")]
        if journey.name == name:
            return None
        return edits.UpdateJourney(entity_id, {"name": name})

    # The form

    def form_editors(self) -> list[CommitLineEdit | CommitTextEdit]:
        return [self.name_edit, self.segment_edit]

    def load_form(self, entity_id: str) -> None:
        journey = self._journey(entity_id)
        if journey is None:
            return
        self.name_edit.load(journey.name)
        self.kind_box.setCurrentIndex(self.kind_box.findData(journey.kind))
        self.segment_edit.load(journey.segment)
        self._update_buttons()

    def _set(self, name: str, value: object) -> None:
        journey = self._journey(self._shown_id or "")
        if journey is None or getattr(journey, name) == value:
            return
        if not self.apply(edits.UpdateJourney(journey.id, {name: value})):
            self.refresh_form()
