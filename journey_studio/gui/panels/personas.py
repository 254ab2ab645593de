"""The personas panel: who the journey is for, and the map filtered by one of them.

A list of the workshop's personas (add, delete, reorder, rename in place) and a form for the
one selected: name, role, description, goals, frustrations, preferred channels, budget,
colour and free attributes. Dragging a persona onto a card links it: the drag carries
:data:`PERSONA_MIME`, and the canvas hands drops to :func:`persona_drop`.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QMetaObject, QMimeData, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from journey_studio import model
from journey_studio.gui.canvas import items
from journey_studio.gui.panels.entity_list import Row
from journey_studio.gui.panels.list_form import ListFormPanel
from journey_studio.gui.panels.widgets import (
    ColourButton,
    CommitLineEdit,
    CommitTextEdit,
    Hint,
    lines_of,
    swatch,
)
from journey_studio.model import edits
from journey_studio.model.edits import Changes, Edit, Kind

if TYPE_CHECKING:
    from journey_studio.gui.document import Document

PERSONA_MIME = "application/x-journey-studio-persona"
"""The MIME type of a persona dragged from the personas panel; the data is its id (UTF-8)."""

PERSONA_COLOURS = ("#8E44AD", "#16A085", "#D35400", "#2C3E50", "#C0392B", "#2980B9", "#7F8C8D")
"""Colours given to new personas in turn: apart from each other and from the ratings."""


def persona_mime_data(persona: model.Persona, mime: QMimeData | None = None) -> QMimeData:
    """What a dragged persona carries: its id, and its name as plain text."""
    mime = mime if mime is not None else QMimeData()
    mime.setData(PERSONA_MIME, QByteArray(persona.id.encode()))
    mime.setText(persona.name)
    return mime


def dropped_persona_id(mime: QMimeData) -> str | None:
    """The id of the persona a drop carries, or None when it carries none."""
    if not mime.hasFormat(PERSONA_MIME):
        return None
    persona_id = bytes(mime.data(PERSONA_MIME).data()).decode("utf-8", "replace").strip()
    return persona_id or None


def persona_drop(document: Document, card_id: str, mime: QMimeData) -> bool:
    """Link the persona a drop carries to a card, as one undoable edit.

    The canvas calls it when a drag from the personas panel is dropped on a card (accept the
    drag when ``mime.hasFormat(PERSONA_MIME)``). Returns True when the persona was linked;
    False when the drop carries no persona of this workshop, the card is unknown, the persona
    is already linked, or the file is read-only.
    """
    persona_id = dropped_persona_id(mime)
    if persona_id is None or document.read_only:
        return False
    try:
        card = document.workshop.card(card_id)
        document.workshop.persona(persona_id)
    except model.UnknownEntity:
        return False
    if persona_id in card.persona_ids:
        return False
    return document.apply(edits.LinkPersona(card_id, persona_id))


def cards_of_persona(document: Document, persona_id: str) -> int:
    """How many cards, over all journeys, are linked to the persona."""
    return sum(
        1
        for journey in document.workshop.journeys
        for card in journey.cards.values()
        if persona_id in card.persona_ids
    )


class PersonasPanel(ListFormPanel):
    """The workshop's personas and the persona filter of the map.

    Public widgets: ``filter_box``, ``entities`` (list and buttons), ``name_edit``,
    ``role_edit``, ``colour_button``, ``description_edit``, ``goals_edit``,
    ``frustrations_edit``, ``channel_boxes[channel id]``, ``budget_edit``,
    ``attributes_table``, ``add_attribute_button``, ``remove_attribute_button``.
    """

    kind = Kind.PERSONA

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("personas-dock", parent)

    def build_contents(self) -> None:
        super().build_contents()
        self.filter_label = QLabel(self)
        self.filter_box = QComboBox(self)
        self.filter_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.filter_box.setMinimumContentsLength(10)
        self.filter_label.setBuddy(self.filter_box)
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.filter_label)
        filter_row.addWidget(self.filter_box, 1)
        self.body_layout.insertLayout(0, filter_row)
        self.entities.set_extra_mime(self._drag_data)

        self.name_edit = CommitLineEdit(self.form)
        self.role_edit = CommitLineEdit(self.form)
        self.colour_button = ColourButton(self.form)
        self.description_edit = CommitTextEdit(self.form, lines=3)
        self.goals_edit = CommitTextEdit(self.form, lines=3)
        self.frustrations_edit = CommitTextEdit(self.form, lines=3)
        self.channels_area = QWidget(self.form)
        self._channels_layout = QGridLayout(self.channels_area)
        self._channels_layout.setContentsMargins(0, 0, 0, 0)
        self.channel_boxes: dict[str, QCheckBox] = {}
        self.budget_edit = CommitLineEdit(self.form)
        self.attributes_table = QTableWidget(0, 2, self.form)
        self.attributes_table.verticalHeader().hide()
        self.attributes_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch
        )
        self.attributes_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.attributes_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.attributes_table.setMaximumHeight(130)
        self.add_attribute_button = QToolButton(self.form)
        self.remove_attribute_button = QToolButton(self.form)
        attributes_box = QVBoxLayout()
        attributes_box.addWidget(self.attributes_table)
        attribute_buttons = QHBoxLayout()
        attribute_buttons.addWidget(self.add_attribute_button)
        attribute_buttons.addWidget(self.remove_attribute_button)
        attribute_buttons.addStretch(1)
        attributes_box.addLayout(attribute_buttons)
        self.attributes_hint = Hint(self.form)

        self._labels = {key: QLabel(self.form) for key in _FORM_LABELS}
        rows: list[tuple[str, QWidget | QVBoxLayout]] = [
            ("name", self.name_edit),
            ("role", self.role_edit),
            ("colour", self.colour_button),
            ("description", self.description_edit),
            ("goals", self.goals_edit),
            ("frustrations", self.frustrations_edit),
            ("channels", self.channels_area),
            ("budget", self.budget_edit),
            ("attributes", attributes_box),
        ]
        for key, field in rows:
            self.form_layout.addRow(self._labels[key], field)

        self.filter_box.activated.connect(self._filter_chosen)
        self.name_edit.committed.connect(partial(self._set, "name"))
        self.role_edit.committed.connect(partial(self._set, "role"))
        self.budget_edit.committed.connect(partial(self._set, "budget"))
        self.description_edit.committed.connect(partial(self._set, "description"))
        self.goals_edit.committed.connect(lambda text: self._set("goals", lines_of(text)))
        self.frustrations_edit.committed.connect(
            lambda text: self._set("frustrations", lines_of(text))
        )
        self.colour_button.colour_chosen.connect(partial(self._set, "colour"))
        self.attributes_table.itemChanged.connect(self._attributes_edited)
        self.add_attribute_button.clicked.connect(self._add_attribute)
        self.remove_attribute_button.clicked.connect(self._remove_attribute)

    def retranslate(self) -> None:
        self.filter_label.setText(self.tr("&Filter the map:"))
        self.filter_box.setToolTip(self.tr("Dim the cards the chosen persona is not linked to"))
        self.entities.retranslate()
        self.entities.list.setToolTip(
            self.tr("Drag a persona onto a card to link it. Double-click to rename.")
        )
        self.empty_hint.setText(
            self.tr("No persona yet. Work on two or three: decision maker, user, buyer…")
        )
        texts = {
            "name": self.tr("Name"),
            "role": self.tr("Role"),
            "colour": self.tr("Colour"),
            "description": self.tr("Description"),
            "goals": self.tr("Goals (one per line)"),
            "frustrations": self.tr("Frustrations (one per line)"),
            "channels": self.tr("Preferred channels"),
            "budget": self.tr("Budget"),
            "attributes": self.tr("Other attributes"),
        }
        for key, label in self._labels.items():
            label.setText(texts[key])
        self.attributes_table.setHorizontalHeaderLabels([self.tr("Attribute"), self.tr("Value")])
        self.add_attribute_button.setText(self.tr("Add attribute"))
        self.remove_attribute_button.setText(self.tr("Delete attribute"))
        self._fill_filter()

    # The document

    def connect_document(self, document: Document) -> list[QMetaObject.Connection]:
        return [document.persona_filter_changed.connect(self._on_filter_changed)]

    def _on_filter_changed(self, _persona_id: str) -> None:
        if self.refresh_when_seen():
            self._fill_filter()

    def show_document(self) -> None:
        self._fill_channels()
        self._fill_filter()
        super().show_document()

    def on_changed(self, changes: Changes) -> None:
        channels = changes.ids(Kind.CHANNEL)
        if channels[0] or channels[1]:
            self._fill_channels()
        super().on_changed(changes)
        upserted, deleted = changes.ids(Kind.PERSONA)
        if upserted or deleted:
            self._fill_filter()

    def on_other_changes(self, changes: Changes) -> None:
        channels = changes.ids(Kind.CHANNEL)
        if (channels[0] or channels[1]) and self.current_id() is not None:
            self.load_form(self.current_id() or "")

    def rows(self) -> list[Row]:
        document = self.document
        if document is None:
            return []
        rows = []
        for persona in document.workshop.personas:
            text = f"{persona.name} — {persona.role}" if persona.role.strip() else persona.name
            rows.append(
                Row(
                    persona.id,
                    persona.name,
                    swatch(persona.colour, 20, items.initials(persona.name)),
                    tooltip=text,
                )
            )
        return rows

    def _persona(self, persona_id: str) -> model.Persona | None:
        document = self.document
        if document is None:
            return None
        try:
            return document.workshop.persona(persona_id)
        except model.UnknownEntity:
            return None

    # The list

    def add_edit(self) -> tuple[Edit, str] | None:
        document = self.document
        if document is None:
            return None
        colour = PERSONA_COLOURS[len(document.workshop.personas) % len(PERSONA_COLOURS)]
        persona = model.Persona(self.tr("New persona"), colour=colour)
        current = self.current_id()
        ids = [p.id for p in document.workshop.personas]
        index = ids.index(current) + 1 if current in ids else None
        return edits.AddPersona(persona, index), persona.id

    def after_add(self, entity_id: str) -> None:
        self.name_edit.setFocus()
        self.name_edit.selectAll()

    def remove_edit(self, entity_id: str) -> Edit | None:
        document = self.document
        persona = self._persona(entity_id)
        if document is None or persona is None:
            return None
        linked = cards_of_persona(document, entity_id)
        if linked and not self.confirm(
            self,
            self.tr("Delete persona"),
            self.tr(
                "Delete the persona “{name}”? It is linked to %n card(s); the links go with "
                "it. You can undo this.",
                "",
                linked,
            ).format(name=persona.name),
        ):
            return None
        return edits.RemovePersona(entity_id)

    def move_edit(self, entity_id: str, index: int) -> Edit | None:
        return edits.MovePersona(entity_id, index)

    def rename_edit(self, entity_id: str, name: str) -> Edit | None:
        persona = self._persona(entity_id)
        if persona is None or persona.name == name:
            return None
        return edits.UpdatePersona(entity_id, {"name": name})

    def _drag_data(self, persona_id: str, mime: QMimeData) -> None:
        persona = self._persona(persona_id)
        if persona is not None:
            persona_mime_data(persona, mime)

    # The form

    def form_editors(self) -> list[CommitLineEdit | CommitTextEdit]:
        return [
            self.name_edit,
            self.role_edit,
            self.description_edit,
            self.goals_edit,
            self.frustrations_edit,
            self.budget_edit,
        ]

    def load_form(self, entity_id: str) -> None:
        persona = self._persona(entity_id)
        if persona is None:
            return
        self.name_edit.load(persona.name)
        self.role_edit.load(persona.role)
        self.colour_button.load(persona.colour)
        self.description_edit.load(persona.description)
        self.goals_edit.load("\n".join(persona.goals))
        self.frustrations_edit.load("\n".join(persona.frustrations))
        self.budget_edit.load(persona.budget)
        for channel_id, box in self.channel_boxes.items():
            box.setChecked(channel_id in persona.preferred_channel_ids)
        self._load_attributes(persona.attributes)

    def _set(self, name: str, value: object) -> None:
        persona_id = self._shown_id
        persona = self._persona(persona_id or "")
        if persona is None or getattr(persona, name) == value:
            return
        if not self.apply(edits.UpdatePersona(persona.id, {name: value})):
            self.refresh_form()

    def _fill_channels(self) -> None:
        for box in self.channel_boxes.values():
            self._channels_layout.removeWidget(box)
            box.setParent(None)
            box.deleteLater()
        self.channel_boxes = {}
        document = self.document
        channels = document.workshop.channels if document is not None else []
        for position, channel in enumerate(channels):
            box = QCheckBox(channel.name, self.channels_area)
            box.clicked.connect(self._channels_edited)
            self._channels_layout.addWidget(box, position // 2, position % 2)
            self.channel_boxes[channel.id] = box

    def _channels_edited(self) -> None:
        chosen = [channel_id for channel_id, box in self.channel_boxes.items() if box.isChecked()]
        self._set("preferred_channel_ids", chosen)

    def _load_attributes(self, attributes: dict[str, str]) -> None:
        table = self.attributes_table
        table.blockSignals(True)
        table.setRowCount(len(attributes))
        for row, (key, value) in enumerate(attributes.items()):
            table.setItem(row, 0, QTableWidgetItem(key))
            table.setItem(row, 1, QTableWidgetItem(value))
        table.blockSignals(False)

    def _table_attributes(self) -> dict[str, str]:
        table = self.attributes_table
        attributes: dict[str, str] = {}
        for row in range(table.rowCount()):
            key_item, value_item = table.item(row, 0), table.item(row, 1)
            key = key_item.text().strip() if key_item is not None else ""
            if key:
                attributes[key] = value_item.text() if value_item is not None else ""
        return attributes

    def _attributes_edited(self, _item: QTableWidgetItem) -> None:
        attributes = self._table_attributes()
        # Later: saving refills the table, which must not happen inside the item's edit.
        QTimer.singleShot(0, self, lambda: self._set("attributes", attributes))

    def _add_attribute(self) -> None:
        table = self.attributes_table
        row = table.rowCount()
        table.blockSignals(True)
        table.insertRow(row)
        table.setItem(row, 0, QTableWidgetItem(""))
        table.setItem(row, 1, QTableWidgetItem(""))
        table.blockSignals(False)
        table.setCurrentCell(row, 0)
        table.editItem(table.item(row, 0))

    def _remove_attribute(self) -> None:
        table = self.attributes_table
        row = table.currentRow()
        if row < 0:
            return
        table.blockSignals(True)
        table.removeRow(row)
        table.blockSignals(False)
        self._set("attributes", self._table_attributes())

    # The filter

    def _fill_filter(self) -> None:
        box = self.filter_box
        box.blockSignals(True)
        box.clear()
        box.addItem(self.tr("All personas"), "")
        document = self.document
        if document is not None:
            for persona in document.workshop.personas:
                box.addItem(swatch(persona.colour, 14), persona.name, persona.id)
            box.setCurrentIndex(max(0, box.findData(document.persona_filter or "")))
        box.setEnabled(document is not None and bool(document.workshop.personas))
        box.blockSignals(False)

    def _filter_chosen(self, index: int) -> None:
        document = self.document
        if document is None:
            return
        persona_id = self.filter_box.itemData(index)
        document.set_persona_filter(persona_id or None)


_FORM_LABELS = (
    "name",
    "role",
    "colour",
    "description",
    "goals",
    "frustrations",
    "channels",
    "budget",
    "attributes",
)

__all__ = [
    "PERSONA_MIME",
    "PersonasPanel",
    "dropped_persona_id",
    "persona_drop",
    "persona_mime_data",
]
