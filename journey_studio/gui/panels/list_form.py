"""The shape shared by the personas, CRM fields and journeys panels: a list and a form.

The list shows the workshop's entities of one kind in order (add, delete, reorder, rename in
place); the form below edits the one selected. Subclasses say how to list, add, delete,
move and rename, and fill the form; this class keeps both in step with the document.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtWidgets import QFormLayout, QMessageBox, QVBoxLayout, QWidget

from journey_studio.gui.panels.dock import DocumentDock
from journey_studio.gui.panels.entity_list import EntityList, Row
from journey_studio.gui.panels.widgets import CommitLineEdit, CommitTextEdit, Hint

if TYPE_CHECKING:
    from journey_studio.model.edits import Changes, Edit, Kind

Confirm = Callable[[QWidget, str, str], bool]
"""Asks a yes/no question (parent, title, text); True means go ahead."""


def ask_to_confirm(parent: QWidget, title: str, text: str) -> bool:
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


class ListFormPanel(DocumentDock):
    """A dock with the list of one kind of entity and a form for the selected one.

    Attributes:
        entities: the list and its buttons.
        confirm: how a destructive step is confirmed (tests give their own).
    """

    kind: ClassVar[Kind]

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(object_name, parent)
        self.confirm: Confirm = ask_to_confirm

    def build_contents(self) -> None:
        self._shown_id: str | None = None
        body = QWidget(self)
        self.body_layout = QVBoxLayout(body)
        self.entities = EntityList(body, renamable=True)
        self.entities.list.setMinimumHeight(90)
        self.entities.list.setMaximumHeight(180)
        self.empty_hint = Hint(body)
        self.form = QWidget(body)
        self.form_layout = QFormLayout(self.form)
        self.form_layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form_layout.setContentsMargins(0, 6, 0, 0)
        self.body_layout.addWidget(self.entities)
        self.body_layout.addWidget(self.empty_hint)
        self.body_layout.addWidget(self.form)
        self.body_layout.addStretch(1)
        self.set_content(body, scroll=True)
        self.entities.add_requested.connect(self._add)
        self.entities.remove_requested.connect(self._remove)
        self.entities.move_requested.connect(self._move)
        self.entities.rename_requested.connect(self._rename)
        self.entities.current_changed.connect(self._on_current_changed)

    # Hooks

    def rows(self) -> list[Row]:
        """The list's rows, from the document."""
        return []

    def add_edit(self) -> tuple[Edit, str] | None:
        """The edit that adds a new entity (after the selected one) and the new id."""
        return None

    def remove_edit(self, entity_id: str) -> Edit | None:
        """The edit that deletes the entity, or None if the person changed their mind."""
        return None

    def move_edit(self, entity_id: str, index: int) -> Edit | None:
        return None

    def rename_edit(self, entity_id: str, name: str) -> Edit | None:
        return None

    def load_form(self, entity_id: str) -> None:
        """Fill the form for this entity (it exists)."""

    def form_editors(self) -> list[CommitLineEdit | CommitTextEdit]:
        """The form's text fields, committed before the form shows another entity."""
        return []

    # The list

    def current_id(self) -> str | None:
        return self.entities.current_id()

    def select(self, entity_id: str) -> None:
        self.entities.select(entity_id)

    def show_document(self) -> None:
        self.entities.set_rows(self.rows())
        self.entities.setEnabled(self.document is not None)
        self.entities.add_button.setEnabled(self.editable())
        if self.current_id() is None and self.entities.ids():
            self.entities.select(self.entities.ids()[0], emit=False)
        self._show_form()

    def on_changed(self, changes: Changes) -> None:
        upserted, deleted = changes.ids(self.kind)
        if upserted or deleted:
            self.entities.set_rows(self.rows())
            if self.current_id() is None and self.entities.ids():
                self.entities.select(self.entities.ids()[0], emit=False)
        if self.current_id() != self._shown_id or self._shown_id in upserted:
            self._show_form()
        else:
            self.on_other_changes(changes)

    def on_other_changes(self, changes: Changes) -> None:
        """Refresh the form for changes to other kinds (channels a persona prefers, ...)."""

    def refresh_form(self) -> None:
        self._show_form()

    def _show_form(self) -> None:
        entity_id = self.current_id()
        self._shown_id = entity_id
        self.form.setVisible(entity_id is not None)
        self.form.setEnabled(self.editable())
        self.empty_hint.setVisible(self.document is not None and not self.entities.ids())
        if entity_id is not None:
            self.load_form(entity_id)

    def commit_pending(self) -> None:
        for editor in self.form_editors():
            editor.commit()

    def _on_current_changed(self, entity_id: str) -> None:
        self.commit_pending()
        self._show_form()

    def _add(self) -> None:
        made = self.add_edit()
        if made is None:
            return
        edit, new_id = made
        if self.apply(edit):
            self.entities.select(new_id)
            self.after_add(new_id)

    def after_add(self, entity_id: str) -> None:
        """Where the person types next after adding (the new entity's name, usually)."""

    def _remove(self, entity_id: str) -> None:
        edit = self.remove_edit(entity_id)
        if edit is not None:
            self.apply(edit)

    def _move(self, entity_id: str, index: int) -> None:
        edit = self.move_edit(entity_id, index)
        if edit is not None and self.apply(edit):
            self.entities.select(entity_id)

    def _rename(self, entity_id: str, name: str) -> None:
        edit = self.rename_edit(entity_id, name.strip())
        if edit is None or not self.apply(edit):
            self.entities.set_rows(self.rows())
