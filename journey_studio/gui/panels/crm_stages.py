"""The stages of one pipeline: a table row each, and the selected stage's criteria and signals.

Each row edits a stage in place: its name, win probability (0–100 %), closed, won,
forecast category, days before a deal goes stale and the journey stage it belongs to.
Below the table, the selected stage's entry and exit criteria (who moves a deal into it,
when, on what basis) and the CRM fields whose values signal it. Add, Delete, Move up and
Move down act on the selected stage.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from journey_studio import model
from journey_studio.gui.panels.crm_plan_edits import (
    mark_closed,
    mark_won,
    new_stage_like,
    new_stage_position,
    set_stage_field,
)
from journey_studio.gui.panels.fitted_table import FittedTable
from journey_studio.gui.panels.widgets import CommitLineEdit, CommitTextEdit, Hint, SectionTitle
from journey_studio.model import edits
from journey_studio.model.edits import Edit
from journey_studio.model.vocabulary import ForecastCategory

if TYPE_CHECKING:
    from PySide6.QtGui import QWheelEvent

Apply = Callable[[Edit], bool]

NAME, PROBABILITY, CLOSED, WON, FORECAST, STALE, JOURNEY_STAGE = range(7)
"""The table's columns."""
NAME_WIDTH = 150

_FIELD_ROLE = Qt.ItemDataRole.UserRole

_FORECASTS: dict[ForecastCategory, str] = {
    ForecastCategory.OMITTED: QT_TRANSLATE_NOOP("Vocabulary", "Omitted"),
    ForecastCategory.PIPELINE: QT_TRANSLATE_NOOP("Vocabulary", "Pipeline"),
    ForecastCategory.BEST_CASE: QT_TRANSLATE_NOOP("Vocabulary", "Best case"),
    ForecastCategory.MOST_LIKELY: QT_TRANSLATE_NOOP("Vocabulary", "Most likely"),
    ForecastCategory.FORECAST: QT_TRANSLATE_NOOP("Vocabulary", "Commit"),
    ForecastCategory.CLOSED: QT_TRANSLATE_NOOP("Vocabulary", "Closed"),
}


def forecast_label(category: ForecastCategory) -> str:
    """A forecast category as the CRM shows it, in the interface's language."""
    return QCoreApplication.translate("Vocabulary", _FORECASTS[category])


class OptionalSpinBox(QSpinBox):
    """A whole number that may be unset (shown as "—"); emits ``committed`` when done.

    Done means Enter or leaving the field, as for the panels' text fields; the wheel only
    turns it once it has the focus, so scrolling the panel never changes a value.

    Signals:
        committed(object): the new value (an int, or None when unset).
    """

    committed = Signal(object)

    def __init__(self, low: int, high: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(low - 1, high)
        self.setSpecialValueText("—")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrame(False)
        self._loaded: int | None = None
        self.editingFinished.connect(self.commit)

    def load(self, value: int | None) -> None:
        self._loaded = value
        self.blockSignals(True)
        self.setValue(self.minimum() if value is None else value)
        self.blockSignals(False)

    def current(self) -> int | None:
        return None if self.value() == self.minimum() else self.value()

    def commit(self) -> None:
        if self.current() != self._loaded:
            self._loaded = self.current()
            self.committed.emit(self._loaded)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


class _RowFocus(QObject):
    """Selects a widget's row in the table when the widget takes the focus."""

    def __init__(self, table: FittedTable, row_of: Callable[[str], int]) -> None:
        super().__init__(table)
        self._table = table
        self._row_of = row_of

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.FocusIn:
            row = self._row_of(str(watched.property("stage_id")))
            if row >= 0 and row != self._table.currentRow():
                self._table.setCurrentCell(row, NAME)
        return False


class PipelineStagesEditor(QWidget):
    """The stages of the pipeline chosen in the panel.

    Public widgets: ``table`` (its cell widgets by column: :meth:`cell`), ``add_button``,
    ``remove_button``, ``up_button``, ``down_button``, ``details_title``, ``entry_edit``,
    ``exit_edit``, ``signals_list`` (checkable, one row per CRM field).

    Signals:
        current_changed(str): the id of the stage now selected ("" for none).
    """

    current_changed = Signal(str)

    def __init__(self, apply: Apply, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._apply = apply
        self._workshop: model.Workshop | None = None
        self._pipeline: model.Pipeline | None = None
        self._ids: list[str] = []
        self._filling = False
        self._shown_id: str | None = None
        self.table = FittedTable(0, 7, self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(36)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(NAME, NAME_WIDTH)
        self._focus = _RowFocus(self.table, self._row_of)
        self.add_button = QToolButton(self)
        self.remove_button = QToolButton(self)
        self.up_button = QToolButton(self)
        self.down_button = QToolButton(self)
        self.up_button.setArrowType(Qt.ArrowType.UpArrow)
        self.down_button.setArrowType(Qt.ArrowType.DownArrow)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.empty_hint = Hint(self)
        self.details_title = SectionTitle(self)
        self.details = QWidget(self)
        self.entry_edit = CommitTextEdit(self.details, lines=3)
        self.exit_edit = CommitTextEdit(self.details, lines=3)
        self.signals_list = QListWidget(self.details)
        self.signals_list.setMaximumHeight(120)
        self.signals_hint = Hint(self.details)
        self._labels = {key: QLabel(self.details) for key in ("entry", "exit", "signals")}
        for label in self._labels.values():
            label.setWordWrap(True)
        self.details_title.setWordWrap(True)
        form = QFormLayout(self.details)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self._labels["entry"], self.entry_edit)
        form.addRow(self._labels["exit"], self.exit_edit)
        form.addRow(self._labels["signals"], self.signals_list)
        form.addRow(self.signals_hint)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.details_title)
        layout.addWidget(self.details)

        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self.up_button.clicked.connect(lambda: self._step(-1))
        self.down_button.clicked.connect(lambda: self._step(1))
        self.table.currentCellChanged.connect(self._on_current_cell)
        self.entry_edit.committed.connect(partial(self._set_shown, "entry_criteria"))
        self.exit_edit.committed.connect(partial(self._set_shown, "exit_criteria"))
        self.signals_list.itemChanged.connect(self._signals_edited)
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Stage"),
                self.tr("Win %"),
                self.tr("Closed"),
                self.tr("Won"),
                self.tr("Forecast"),
                self.tr("Stale after (days)"),
                self.tr("Journey stage"),
            ]
        )
        tips = [
            self.tr("The stage's name in the CRM"),
            self.tr("Win probability, from 0 to 100 %"),
            self.tr("A closed stage ends the deal: won, or lost when not won"),
            self.tr("The deal is won in this stage"),
            self.tr("Forecast category"),
            self.tr("Alert when a deal stays longer than this in the stage"),
            self.tr("The stage of the journey map this pipeline stage belongs to"),
        ]
        for column, tip in enumerate(tips):
            item = self.table.horizontalHeaderItem(column)
            if item is not None:
                item.setToolTip(tip)
        self.add_button.setText(self.tr("Add stage"))
        self.remove_button.setText(self.tr("Delete"))
        self.up_button.setToolTip(self.tr("Move up"))
        self.down_button.setToolTip(self.tr("Move down"))
        self._labels["entry"].setText(
            self.tr("Entry criteria (who moves a deal into this stage, when, on what basis)")
        )
        self._labels["exit"].setText(self.tr("Exit criteria"))
        self._labels["signals"].setText(self.tr("CRM fields whose values signal this stage"))
        self.signals_hint.setText(
            self.tr("No CRM field yet: add them in the CRM fields panel.")
            if self._workshop is not None and not self._workshop.crm_fields
            else ""
        )
        if self._workshop is not None:
            self._refill_rows()
            self._show_details()

    # What is shown

    def cell(self, row: int, column: int) -> Any:
        """The widget editing one cell (a CommitLineEdit, OptionalSpinBox, QCheckBox, ...)."""
        return self.table.cellWidget(row, column)

    def current_id(self) -> str | None:
        row = self.table.currentRow()
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def select(self, stage_id: str) -> None:
        row = self._row_of(stage_id)
        if row >= 0:
            self.table.setCurrentCell(row, NAME)

    def commit_pending(self) -> None:
        for row in range(self.table.rowCount()):
            for column in (NAME, PROBABILITY, STALE):
                widget = self.table.cellWidget(row, column)
                if isinstance(widget, CommitLineEdit | OptionalSpinBox):
                    widget.commit()
        self.entry_edit.commit()
        self.exit_edit.commit()

    def show_pipeline(
        self, workshop: model.Workshop | None, pipeline: model.Pipeline | None
    ) -> None:
        """Show a pipeline's stages (the rows are refilled in place when the stages are)."""
        self._workshop = workshop
        self._pipeline = pipeline
        ids = [stage.id for stage in pipeline.stages] if pipeline is not None else []
        rebuilt = ids != self._ids
        if rebuilt:
            current = self.current_id()
            self._rebuild(ids)
            if current in ids:
                self.select(current)
            elif ids:
                self.table.setCurrentCell(0, NAME)
        self._refill_rows()
        if rebuilt:
            self.table.fit_columns_to_widgets(range(PROBABILITY, JOURNEY_STAGE))
            self.table.fit()
        self.empty_hint.setText(
            self.tr("No stage yet: add the steps a deal goes through, up to won and lost.")
            if pipeline is not None and not ids
            else ""
        )
        self.add_button.setEnabled(pipeline is not None)
        self._update_buttons()
        self._show_details()

    def _row_of(self, stage_id: str) -> int:
        return self._ids.index(stage_id) if stage_id in self._ids else -1

    def _stage(self, stage_id: str | None) -> model.PipelineStage | None:
        pipeline = self._pipeline
        if pipeline is None or stage_id is None:
            return None
        return next((stage for stage in pipeline.stages if stage.id == stage_id), None)

    def _rebuild(self, ids: list[str]) -> None:
        self._filling = True
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        self._ids = ids
        self.table.setRowCount(len(ids))
        for row, stage_id in enumerate(ids):
            self._make_row(row, stage_id)
        self.table.blockSignals(False)
        self._filling = False

    def _make_row(self, row: int, stage_id: str) -> None:
        name = CommitLineEdit(self.table)
        name.setFrame(False)
        name.committed.connect(lambda text: self._set(stage_id, "name", text.strip()))
        probability = OptionalSpinBox(0, 100, self.table)
        probability.setSuffix(" %")
        probability.committed.connect(partial(self._set, stage_id, "probability"))
        closed = QCheckBox(self.table)
        closed.clicked.connect(lambda checked: self._closed_clicked(stage_id, checked))
        won = QCheckBox(self.table)
        won.clicked.connect(lambda checked: self._won_clicked(stage_id, checked))
        forecast = QComboBox(self.table)
        forecast.setFrame(False)
        for category in ForecastCategory:
            forecast.addItem("", category)
        forecast.activated.connect(
            lambda index: self._set(stage_id, "forecast_category", forecast.itemData(index))
        )
        stale = OptionalSpinBox(1, 3650, self.table)
        stale.committed.connect(partial(self._set, stage_id, "stale_after_days"))
        journey_stage = QComboBox(self.table)
        journey_stage.setFrame(False)
        journey_stage.activated.connect(
            lambda index: self._set(stage_id, "stage_id", journey_stage.itemData(index) or None)
        )
        widgets = (name, probability, closed, won, forecast, stale, journey_stage)
        for column, widget in enumerate(widgets):
            widget.setProperty("stage_id", stage_id)
            widget.installEventFilter(self._focus)
            self.table.setCellWidget(row, column, widget)

    def _refill_rows(self) -> None:
        pipeline, workshop = self._pipeline, self._workshop
        if pipeline is None or workshop is None:
            return
        self._filling = True
        for row, stage in enumerate(pipeline.stages):
            name: CommitLineEdit = self.cell(row, NAME)
            name.load(stage.name)
            if not name.hasFocus():
                name.setCursorPosition(0)
            self.cell(row, NAME).setPlaceholderText(self.tr("Name"))
            self.cell(row, PROBABILITY).load(stage.probability)
            self.cell(row, CLOSED).setChecked(stage.closed or stage.won)
            self.cell(row, WON).setChecked(stage.won)
            forecast: QComboBox = self.cell(row, FORECAST)
            for index in range(forecast.count()):
                forecast.setItemText(index, forecast_label(forecast.itemData(index)))
            forecast.setCurrentIndex(forecast.findData(stage.forecast_category))
            self.cell(row, STALE).load(stage.stale_after_days)
            self._fill_journey_stages(self.cell(row, JOURNEY_STAGE), stage.stage_id)
        self._filling = False

    def _fill_journey_stages(self, box: QComboBox, stage_id: str | None) -> None:
        workshop = self._workshop
        stages = workshop.stages if workshop is not None else []
        box.blockSignals(True)
        box.clear()
        box.addItem("—", "")
        for stage in stages:
            box.addItem(stage.name, stage.id)
        box.setCurrentIndex(max(0, box.findData(stage_id or "")))
        box.blockSignals(False)

    def _show_details(self) -> None:
        stage = self._stage(self.current_id())
        self._shown_id = stage.id if stage is not None else None
        self.details.setVisible(stage is not None)
        self.details_title.setVisible(stage is not None)
        if stage is None:
            return
        self.details_title.setText(self.tr("Stage “{name}”").format(name=stage.name))
        self.entry_edit.load(stage.entry_criteria)
        self.exit_edit.load(stage.exit_criteria)
        self._fill_signals(stage)

    def _fill_signals(self, stage: model.PipelineStage) -> None:
        workshop = self._workshop
        values = {link.field_id: link.value for link in stage.signal_fields}
        self.signals_list.blockSignals(True)
        self.signals_list.clear()
        for crm_field in workshop.crm_fields if workshop is not None else []:
            text = f"{crm_field.label} ({crm_field.api_name})"
            if values.get(crm_field.id):
                text += f" = {values[crm_field.id]}"
            item = QListWidgetItem(text)
            item.setData(_FIELD_ROLE, crm_field.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            checked = crm_field.id in values
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.signals_list.addItem(item)
        self.signals_list.blockSignals(False)
        self.signals_list.setVisible(self.signals_list.count() > 0)
        self.signals_hint.setText(
            ""
            if self.signals_list.count()
            else self.tr("No CRM field yet: add them in the CRM fields panel.")
        )

    def _update_buttons(self) -> None:
        row = self.table.currentRow()
        has = 0 <= row < len(self._ids)
        self.remove_button.setEnabled(has)
        self.up_button.setEnabled(has and row > 0)
        self.down_button.setEnabled(has and row < len(self._ids) - 1)

    def _on_current_cell(
        self, row: int, _column: int, previous: int, _previous_column: int
    ) -> None:
        if row == previous:
            return
        self.entry_edit.commit()
        self.exit_edit.commit()
        self._update_buttons()
        self._show_details()
        self.current_changed.emit(self.current_id() or "")

    # Edits

    def _set(self, stage_id: str, name: str, value: object) -> None:
        stage = self._stage(stage_id)
        if self._filling or stage is None or getattr(stage, name) == value:
            return
        if not self._apply(set_stage_field(stage_id, name, value)):
            self._refill_rows()

    def _set_shown(self, name: str, value: object) -> None:
        if self._shown_id is not None:
            self._set(self._shown_id, name, value)

    def _won_clicked(self, stage_id: str, checked: bool) -> None:
        stage, pipeline = self._stage(stage_id), self._pipeline
        if self._filling or stage is None or pipeline is None:
            return
        if not self._apply(mark_won(pipeline, stage, checked)):
            self._refill_rows()

    def _closed_clicked(self, stage_id: str, checked: bool) -> None:
        stage, pipeline = self._stage(stage_id), self._pipeline
        if self._filling or stage is None or pipeline is None:
            return
        if not self._apply(mark_closed(pipeline, stage, checked)):
            self._refill_rows()

    def _signals_edited(self, _item: QListWidgetItem) -> None:
        stage = self._stage(self._shown_id)
        if stage is None:
            return
        values = {link.field_id: link.value for link in stage.signal_fields}
        chosen = []
        for row in range(self.signals_list.count()):
            item = self.signals_list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                field_id = str(item.data(_FIELD_ROLE))
                chosen.append(model.CrmLink(field_id, values.get(field_id, "")))
        self._set(stage.id, "signal_fields", chosen)

    def _add(self) -> None:
        pipeline = self._pipeline
        if pipeline is None:
            return
        self.commit_pending()
        index = new_stage_position(pipeline, self.current_id())
        stage = new_stage_like(pipeline, index, self.tr("New stage"))
        if self._apply(edits.AddPipelineStage(pipeline.id, stage, index)):
            self.select(stage.id)
            name = self.cell(self._row_of(stage.id), NAME)
            name.setFocus()
            name.selectAll()

    def _remove(self) -> None:
        self.commit_pending()
        stage_id = self.current_id()
        if stage_id is not None:
            row = self._row_of(stage_id)
            if self._apply(edits.RemovePipelineStage(stage_id)) and self._ids:
                self.table.setCurrentCell(min(row, len(self._ids) - 1), NAME)

    def _step(self, step: int) -> None:
        self.commit_pending()
        stage_id = self.current_id()
        if stage_id is None:
            return
        index = self._row_of(stage_id) + step
        if 0 <= index < len(self._ids) and self._apply(edits.MovePipelineStage(stage_id, index)):
            self.select(stage_id)
