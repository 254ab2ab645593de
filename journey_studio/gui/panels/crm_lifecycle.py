"""The lifecycle statuses of the CRM plan: each journey stage's status, and the converted one.

The statuses are not kept apart from the map: each journey stage puts a contact in one
(Lead, MQL, SQL, Opportunity, Customer, ...), so the list of statuses is the stages'
statuses in journey order. A table gives each stage its status; below it, the statuses in
order and the one that means "converted".
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journey_studio.gui.panels.crm_plan_edits import (
    set_converted_status,
    set_lifecycle_status,
    statuses_in_order,
)
from journey_studio.gui.panels.fitted_table import FittedTable
from journey_studio.gui.panels.widgets import CommitLineEdit, Hint, swatch
from journey_studio.model.edits import Edit

if TYPE_CHECKING:
    from journey_studio.model.workshop import Workshop

Apply = Callable[[Edit], bool]
"""Makes an edit on the document; False when it was refused."""

STAGE_COLUMN, STATUS_COLUMN = 0, 1


class LifecycleEditor(QWidget):
    """Each journey stage's lifecycle status, the statuses in order and the converted one.

    Public widgets: ``table`` (a row per journey stage: its name, then its status in a
    :class:`CommitLineEdit`, see :meth:`status_edit`), ``order_hint``, ``converted_box``.
    """

    def __init__(self, apply: Apply, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._apply = apply
        self._workshop: Workshop | None = None
        self._stage_ids: list[str] = []
        self._edits: dict[str, CommitLineEdit] = {}
        self._known = QStringListModel(self)
        self.table = FittedTable(0, 2, self)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(STAGE_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(STATUS_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.order_hint = Hint(self)
        self.order_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.converted_label = QLabel(self)
        self.converted_box = QComboBox(self)
        self.converted_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.converted_box.setMinimumContentsLength(12)
        self.converted_label.setBuddy(self.converted_box)
        converted_row = QFormLayout()
        converted_row.setContentsMargins(0, 0, 0, 0)
        converted_row.addRow(self.converted_label, self.converted_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addWidget(self.order_hint)
        layout.addLayout(converted_row)
        self.converted_box.activated.connect(self._converted_chosen)
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [self.tr("Journey stage"), self.tr("Lifecycle status")]
        )
        self.converted_label.setText(self.tr("&Converted status:"))
        self.converted_box.setToolTip(
            self.tr("The status a lead reaches when it is converted (contact, opportunity)")
        )
        for edit in self._edits.values():
            edit.setPlaceholderText(self.tr("No status"))
        self._fill_order()
        self._fill_converted()

    def status_edit(self, stage_id: str) -> CommitLineEdit:
        """The field holding a journey stage's status."""
        return self._edits[stage_id]

    def commit_pending(self) -> None:
        for edit in self._edits.values():
            edit.commit()

    def show_workshop(self, workshop: Workshop | None, editable: bool) -> None:
        """Show a workshop's stages and statuses (refilled in place when the stages are)."""
        self._workshop = workshop
        stages = workshop.stages if workshop is not None else []
        ids = [stage.id for stage in stages]
        if ids != self._stage_ids:
            self._rebuild(ids)
        for row, stage in enumerate(stages):
            item = self.table.item(row, STAGE_COLUMN)
            if item is not None:
                item.setText(stage.name)
                item.setIcon(swatch(stage.colour, 12))
                item.setToolTip(stage.name)
            self._edits[stage.id].load(stage.lifecycle_status)
        self.table.setEnabled(editable)
        self.converted_box.setEnabled(editable and workshop is not None)
        self._fill_order()
        self._fill_converted()

    def _rebuild(self, ids: list[str]) -> None:
        for edit in self._edits.values():
            edit.blockSignals(True)
        self.table.setRowCount(0)
        self._edits = {}
        self._stage_ids = ids
        self.table.setRowCount(len(ids))
        for row, stage_id in enumerate(ids):
            item = QTableWidgetItem()
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(row, STAGE_COLUMN, item)
            edit = CommitLineEdit(self.table)
            edit.setFrame(False)
            edit.setPlaceholderText(self.tr("No status"))
            completer = QCompleter(self._known, edit)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            edit.setCompleter(completer)
            edit.committed.connect(partial(self._status_typed, stage_id))
            self.table.setCellWidget(row, STATUS_COLUMN, edit)
            self._edits[stage_id] = edit
        self.table.fit()

    def _status_typed(self, stage_id: str, text: str) -> None:
        workshop = self._workshop
        status = text.strip()
        stage = next((s for s in workshop.stages if s.id == stage_id), None) if workshop else None
        if stage is None or stage.lifecycle_status == status:
            return
        if not self._apply(set_lifecycle_status(stage_id, status)):
            self._edits[stage_id].load(stage.lifecycle_status)

    def _statuses(self) -> list[str]:
        return statuses_in_order(self._workshop) if self._workshop is not None else []

    def _fill_order(self) -> None:
        statuses = self._statuses()
        self._known.setStringList(statuses)
        if self._workshop is None:
            self.order_hint.setText("")
        elif statuses:
            self.order_hint.setText(
                self.tr("Statuses in order: {statuses}").format(statuses=" → ".join(statuses))
            )
        else:
            self.order_hint.setText(
                self.tr("No lifecycle status yet: give each stage the status it puts a contact in.")
            )

    def _fill_converted(self) -> None:
        box = self.converted_box
        box.blockSignals(True)
        box.clear()
        box.addItem(self.tr("None chosen"), "")
        workshop = self._workshop
        if workshop is not None:
            statuses = self._statuses()
            chosen = workshop.converted_status
            if chosen and chosen.casefold() not in {s.casefold() for s in statuses}:
                statuses.append(chosen)
            for status in statuses:
                box.addItem(status, status)
            folded = [str(box.itemData(i)).casefold() for i in range(box.count())]
            box.setCurrentIndex(folded.index(chosen.casefold()) if chosen else 0)
        box.blockSignals(False)

    def _converted_chosen(self, index: int) -> None:
        workshop = self._workshop
        status = str(self.converted_box.itemData(index) or "")
        if workshop is None or status == workshop.converted_status:
            return
        if not self._apply(set_converted_status(workshop, status)):
            self._fill_converted()
