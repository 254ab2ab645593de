"""The CRM fields panel: the fields that capture the journey's signals (UTM source, score...).

A list of the workshop's CRM fields and a form for the one selected: the CRM object it
belongs to, its label, API name, type and, for picklists, the allowed values.
"""

from __future__ import annotations

import re
from functools import partial

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from journey_studio import model
from journey_studio.gui.panels.entity_list import Row
from journey_studio.gui.panels.labels import PICKLIST_TYPES, crm_object_label, crm_type_label
from journey_studio.gui.panels.list_form import ListFormPanel
from journey_studio.gui.panels.widgets import CommitLineEdit, CommitTextEdit, lines_of
from journey_studio.model import edits
from journey_studio.model.edits import Edit, Kind
from journey_studio.model.vocabulary import CrmFieldType, CrmObject


def api_name_for(label: str, taken: set[str]) -> str:
    """A CRM API name from a label: ``"Score de lead"`` -> ``"score_de_lead"``, unique."""
    import unicodedata

    plain = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode()
    base = re.sub(r"[^a-z0-9]+", "_", plain.lower()).strip("_") or "field"
    name, number = base, 2
    while name in taken:
        name, number = f"{base}_{number}", number + 1
    return name


class CrmFieldsPanel(ListFormPanel):
    """The workshop's CRM fields.

    Public widgets: ``entities``, ``object_box``, ``custom_object_edit``, ``label_edit``,
    ``api_name_edit``, ``type_box``, ``allowed_values_edit``.
    """

    kind = Kind.CRM_FIELD

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("crm-fields-dock", parent)

    def build_contents(self) -> None:
        super().build_contents()
        self.label_edit = CommitLineEdit(self.form)
        self.api_name_edit = CommitLineEdit(self.form)
        self.object_box = QComboBox(self.form)
        self.custom_object_edit = CommitLineEdit(self.form)
        self.type_box = QComboBox(self.form)
        self.allowed_values_edit = CommitTextEdit(self.form, lines=4)
        for crm_object in CrmObject:
            self.object_box.addItem("", crm_object)
        for field_type in CrmFieldType:
            self.type_box.addItem("", field_type)
        self._labels = {key: QLabel(self.form) for key in _FORM_LABELS}
        fields: list[tuple[str, QWidget]] = [
            ("label", self.label_edit),
            ("api_name", self.api_name_edit),
            ("object", self.object_box),
            ("custom_object", self.custom_object_edit),
            ("type", self.type_box),
            ("allowed_values", self.allowed_values_edit),
        ]
        for key, field in fields:
            self.form_layout.addRow(self._labels[key], field)
        self.label_edit.committed.connect(partial(self._set, "label"))
        self.api_name_edit.committed.connect(partial(self._set, "api_name"))
        self.custom_object_edit.committed.connect(partial(self._set, "custom_object"))
        self.allowed_values_edit.committed.connect(
            lambda text: self._set("allowed_values", lines_of(text))
        )
        self.object_box.activated.connect(
            lambda index: self._set("object", self.object_box.itemData(index))
        )
        self.type_box.activated.connect(
            lambda index: self._set("type", self.type_box.itemData(index))
        )

    def retranslate(self) -> None:
        self.entities.retranslate()
        self.empty_hint.setText(
            self.tr("No CRM field yet: add those that capture the journey's signals.")
        )
        texts = {
            "label": self.tr("Label"),
            "api_name": self.tr("API name"),
            "object": self.tr("CRM object"),
            "custom_object": self.tr("Custom object name"),
            "type": self.tr("Type"),
            "allowed_values": self.tr("Allowed values (one per line)"),
        }
        for key, label in self._labels.items():
            label.setText(texts[key])
        for index in range(self.object_box.count()):
            self.object_box.setItemText(index, crm_object_label(self.object_box.itemData(index)))
        for index in range(self.type_box.count()):
            self.type_box.setItemText(index, crm_type_label(self.type_box.itemData(index)))
        self.entities.set_rows(self.rows())

    def _field(self, field_id: str) -> model.CrmField | None:
        document = self.document
        if document is None:
            return None
        try:
            return document.workshop.crm_field(field_id)
        except model.UnknownEntity:
            return None

    def rows(self) -> list[Row]:
        document = self.document
        if document is None:
            return []
        return [
            Row(
                crm_field.id,
                f"{crm_field.label} · {crm_object_label(crm_field.object)}",
                tooltip=f"{crm_field.api_name} ({crm_type_label(crm_field.type)})",
            )
            for crm_field in document.workshop.crm_fields
        ]

    def add_edit(self) -> tuple[Edit, str] | None:
        document = self.document
        if document is None:
            return None
        label = self.tr("New field")
        taken = {f.api_name for f in document.workshop.crm_fields}
        crm_field = model.CrmField(label, api_name_for(label, taken))
        current = self.current_id()
        ids = [f.id for f in document.workshop.crm_fields]
        index = ids.index(current) + 1 if current in ids else None
        return edits.AddCrmField(crm_field, index), crm_field.id

    def after_add(self, entity_id: str) -> None:
        self.label_edit.setFocus()
        self.label_edit.selectAll()

    def remove_edit(self, entity_id: str) -> Edit | None:
        document = self.document
        crm_field = self._field(entity_id)
        if document is None or crm_field is None:
            return None
        linked = sum(
            1
            for journey in document.workshop.journeys
            for card in journey.cards.values()
            if any(link.field_id == entity_id for link in card.crm_links)
        )
        if linked and not self.confirm(
            self,
            self.tr("Delete CRM field"),
            self.tr(
                "Delete the CRM field “{label}”? %n card(s) are linked to it; the links go "
                "with it. You can undo this.",
                "",
                linked,
            ).format(label=crm_field.label),
        ):
            return None
        return edits.RemoveCrmField(entity_id)

    def move_edit(self, entity_id: str, index: int) -> Edit | None:
        return edits.MoveCrmField(entity_id, index)

    def rename_edit(self, entity_id: str, name: str) -> Edit | None:
        crm_field = self._field(entity_id)
        # The row shows "label · object": keep only the label part if it was left in.
        label = name.split(" · ")[0].strip()
        if crm_field is None or crm_field.label == label:
            return None
        return edits.UpdateCrmField(entity_id, {"label": label})

    def form_editors(self) -> list[CommitLineEdit | CommitTextEdit]:
        return [
            self.label_edit,
            self.api_name_edit,
            self.custom_object_edit,
            self.allowed_values_edit,
        ]

    def load_form(self, entity_id: str) -> None:
        crm_field = self._field(entity_id)
        if crm_field is None:
            return
        self.label_edit.load(crm_field.label)
        self.api_name_edit.load(crm_field.api_name)
        self.object_box.setCurrentIndex(self.object_box.findData(crm_field.object))
        self.custom_object_edit.load(crm_field.custom_object)
        custom = crm_field.object is CrmObject.CUSTOM
        self.custom_object_edit.setVisible(custom)
        self._labels["custom_object"].setVisible(custom)
        self.type_box.setCurrentIndex(self.type_box.findData(crm_field.type))
        self.allowed_values_edit.load("\n".join(crm_field.allowed_values))
        picklist = crm_field.type in PICKLIST_TYPES
        self.allowed_values_edit.setEnabled(picklist or bool(crm_field.allowed_values))
        self.allowed_values_edit.setPlaceholderText(
            "" if picklist else self.tr("For picklists only")
        )

    def _set(self, name: str, value: object) -> None:
        crm_field = self._field(self._shown_id or "")
        if crm_field is None or getattr(crm_field, name) == value:
            return
        if not self.apply(edits.UpdateCrmField(crm_field.id, {name: value})):
            self.refresh_form()


_FORM_LABELS = ("label", "api_name", "object", "custom_object", "type", "allowed_values")
