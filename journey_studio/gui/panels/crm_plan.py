"""The CRM plan panel: what the workshop asks of the CRM, edited where the map is.

Four parts, top to bottom: the lifecycle statuses (each journey stage's status, and the one
that means "converted"); the pipelines (add, rename in place, team, colour, reorder,
delete); the selected pipeline's stages (probability, closed, won, forecast, stale alert,
journey stage, criteria, signal fields); and what a CRM admin would still be missing,
updated after every edit. Every change is one undoable edit on the document, on disk at
once; the CRM lane of the map follows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from journey_studio import model
from journey_studio.gui import i18n
from journey_studio.gui.panels.crm_plan_edits import (
    PIPELINE_COLOURS,
    problems_in,
    set_pipeline_field,
)
from journey_studio.gui.panels.dock import DocumentDock
from journey_studio.gui.panels.entity_list import EntityList, Row
from journey_studio.gui.panels.list_form import Confirm, ask_to_confirm
from journey_studio.gui.panels.widgets import (
    ColourButton,
    CommitLineEdit,
    Hint,
    SectionTitle,
    separator,
    swatch,
)
from journey_studio.model import edits
from journey_studio.model.edits import Changes, Kind

if TYPE_CHECKING:
    from PySide6.QtGui import QResizeEvent


class ProblemList(QListWidget):
    """The problems, one wrapped sentence a row, as tall as they need (up to a limit)."""

    MAXIMUM_HEIGHT = 260

    def fit(self) -> None:
        self.doItemsLayout()
        last = self.item(self.count() - 1) if self.count() else None
        rows = self.visualItemRect(last).bottom() + self.verticalOffset() + 1 if last else 0
        height = min(rows + 2 * self.frameWidth() + 2 * self.spacing() + 2, self.MAXIMUM_HEIGHT)
        self.setFixedHeight(max(height, 24))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit()


_PLAN_KINDS = frozenset(
    {Kind.WORKSHOP, Kind.STAGE, Kind.PIPELINE, Kind.PIPELINE_STAGE, Kind.CRM_FIELD}
)
"""The kinds of change the CRM plan is made of; card edits leave the panel alone."""


class CrmPlanPanel(DocumentDock):
    """The workshop's CRM plan: lifecycle statuses, pipelines and their stages, problems.

    Public widgets: ``lifecycle`` (:class:`LifecycleEditor`), ``pipelines``
    (:class:`EntityList`), ``team_edit``, ``colour_button``, ``stages``
    (:class:`PipelineStagesEditor`), ``problems_list`` (:class:`ProblemList`), ``no_problem_hint``.

    Attributes:
        confirm: how deleting a pipeline is confirmed (tests give their own).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("crm-plan-dock", parent)
        self.confirm: Confirm = ask_to_confirm

    def build_contents(self) -> None:
        from journey_studio.gui.panels.crm_lifecycle import LifecycleEditor
        from journey_studio.gui.panels.crm_stages import PipelineStagesEditor

        body = QWidget(self)
        self.lifecycle_title = SectionTitle(body)
        self.lifecycle = LifecycleEditor(self.apply, body)
        self.pipelines_title = SectionTitle(body)
        self.pipelines = EntityList(body, renamable=True)
        self.pipelines.list.setMinimumHeight(80)
        self.pipelines.list.setMaximumHeight(130)
        self.pipelines_hint = Hint(body)
        self.pipeline_form = QWidget(body)
        self.team_edit = CommitLineEdit(self.pipeline_form)
        self.colour_button = ColourButton(self.pipeline_form)
        form = QFormLayout(self.pipeline_form)
        form.setContentsMargins(0, 0, 0, 0)
        self.team_label = QLabel(self.pipeline_form)
        self.team_label.setBuddy(self.team_edit)
        self.colour_label = QLabel(self.pipeline_form)
        form.addRow(self.team_label, self.team_edit)
        form.addRow(self.colour_label, self.colour_button)
        self.stages_title = SectionTitle(body)
        self.stages = PipelineStagesEditor(self.apply, body)
        self.stages_title.setWordWrap(True)
        self.problems_title = SectionTitle(body)
        self.problems_list = ProblemList(body)
        self.problems_list.setWordWrap(True)
        self.problems_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.problems_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.problems_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.no_problem_hint = Hint(body)
        layout = QVBoxLayout(body)
        layout.addWidget(self.lifecycle_title)
        layout.addWidget(self.lifecycle)
        layout.addWidget(separator(body))
        layout.addWidget(self.pipelines_title)
        layout.addWidget(self.pipelines)
        layout.addWidget(self.pipelines_hint)
        layout.addWidget(self.pipeline_form)
        layout.addWidget(self.stages_title)
        layout.addWidget(self.stages)
        layout.addWidget(separator(body))
        layout.addWidget(self.problems_title)
        layout.addWidget(self.problems_list)
        layout.addWidget(self.no_problem_hint)
        layout.addStretch(1)
        self.set_content(body, scroll=True)

        self.pipelines.add_requested.connect(self._add_pipeline)
        self.pipelines.remove_requested.connect(self._remove_pipeline)
        self.pipelines.move_requested.connect(self._move_pipeline)
        self.pipelines.rename_requested.connect(self._rename_pipeline)
        self.pipelines.current_changed.connect(self._on_pipeline_chosen)
        self.team_edit.committed.connect(lambda text: self._set_pipeline("team", text.strip()))
        self.colour_button.colour_chosen.connect(
            lambda colour: self._set_pipeline("colour", colour)
        )

    def retranslate(self) -> None:
        self.lifecycle_title.setText(self.tr("Lifecycle statuses"))
        self.pipelines_title.setText(self.tr("Pipelines"))
        self.pipelines.retranslate()
        self.pipelines.list.setToolTip(self.tr("Double-click a pipeline to rename it."))
        self.team_label.setText(self.tr("Owning &team"))
        self.colour_label.setText(self.tr("Colour"))
        self.team_edit.setPlaceholderText(self.tr("Marketing, Sales, Customer Success…"))
        self.problems_title.setText(self.tr("What a CRM admin would miss"))
        self.lifecycle.retranslate()
        self.stages.retranslate()
        if self.document is not None:
            self._fill_pipelines()
            self._fill_problems()

    # The document

    def show_document(self) -> None:
        self._fill_pipelines()
        if self.pipelines.current_id() is None and self.pipelines.ids():
            self.pipelines.select(self.pipelines.ids()[0], emit=False)
        self._refresh()

    def on_changed(self, changes: Changes) -> None:
        kinds = {kind for kind, _ in changes.upserted | changes.deleted}
        if not kinds & _PLAN_KINDS:
            return
        if Kind.PIPELINE in kinds:
            self._fill_pipelines()
            if self.pipelines.current_id() is None and self.pipelines.ids():
                self.pipelines.select(self.pipelines.ids()[0], emit=False)
        self._refresh()

    def commit_pending(self) -> None:
        self.lifecycle.commit_pending()
        self.team_edit.commit()
        self.stages.commit_pending()

    def _refresh(self) -> None:
        document = self.document
        workshop = document.workshop if document is not None else None
        editable = self.editable()
        self.lifecycle.show_workshop(workshop, editable)
        pipeline = self._pipeline(self.pipelines.current_id())
        self.pipelines.setEnabled(document is not None)
        self.pipelines.add_button.setEnabled(editable)
        self.pipeline_form.setVisible(pipeline is not None)
        self.pipeline_form.setEnabled(editable)
        if pipeline is not None:
            self.team_edit.load(pipeline.team)
            self.colour_button.load(pipeline.colour)
            self.stages_title.setText(self.tr("Stages of “{name}”").format(name=pipeline.name))
        self.stages_title.setVisible(pipeline is not None)
        self.stages.setVisible(pipeline is not None)
        self.stages.setEnabled(editable)
        self.stages.show_pipeline(workshop, pipeline)
        self._fill_problems()

    def _pipeline(self, pipeline_id: str | None) -> model.Pipeline | None:
        document = self.document
        if document is None or pipeline_id is None:
            return None
        try:
            return document.workshop.pipeline(pipeline_id)
        except model.UnknownEntity:
            return None

    def _fill_pipelines(self) -> None:
        document = self.document
        pipelines = document.workshop.pipelines if document is not None else []
        self.pipelines.set_rows(
            [
                Row(
                    pipeline.id,
                    pipeline.name,
                    swatch(pipeline.colour, 14),
                    tooltip=pipeline.team,
                )
                for pipeline in pipelines
            ]
        )
        self.pipelines_hint.setText(
            self.tr("No pipeline yet: add one per team (Marketing, Sales, Onboarding…).")
            if document is not None and not pipelines
            else ""
        )

    def _fill_problems(self) -> None:
        document = self.document
        self.problems_list.clear()
        if document is None:
            self.no_problem_hint.setText("")
            return
        problems = problems_in(document.workshop, i18n.current_language())
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for problem in problems:
            item = QListWidgetItem(icon, problem)
            item.setToolTip(problem)
            self.problems_list.addItem(item)
        self.problems_list.setVisible(bool(problems))
        self.problems_list.fit()
        self.no_problem_hint.setText(
            "" if problems else self.tr("Nothing missing: the plan is ready for the CRM exports.")
        )

    # Pipelines

    def _on_pipeline_chosen(self, _pipeline_id: str) -> None:
        self.team_edit.commit()
        self.stages.commit_pending()
        self._refresh()

    def _add_pipeline(self) -> None:
        document = self.document
        if document is None:
            return
        pipelines = document.workshop.pipelines
        colour = PIPELINE_COLOURS[len(pipelines) % len(PIPELINE_COLOURS)]
        pipeline = model.Pipeline(self.tr("New pipeline"), colour=colour)
        ids = [p.id for p in pipelines]
        current = self.pipelines.current_id()
        index = ids.index(current) + 1 if current in ids else len(ids)
        if self.apply(edits.AddPipeline(pipeline, index)):
            self.pipelines.select(pipeline.id)
            self.pipelines.rename(pipeline.id)

    def _remove_pipeline(self, pipeline_id: str) -> None:
        pipeline = self._pipeline(pipeline_id)
        if pipeline is None:
            return
        text = self.tr(
            "Delete the pipeline “{name}” and its %n stage(s)? You can undo this.",
            "",
            len(pipeline.stages),
        ).format(name=pipeline.name)
        if self.confirm(self, self.tr("Delete pipeline"), text):
            self.apply(edits.RemovePipeline(pipeline_id))

    def _move_pipeline(self, pipeline_id: str, index: int) -> None:
        if self.apply(edits.MovePipeline(pipeline_id, index)):
            self.pipelines.select(pipeline_id)

    def _rename_pipeline(self, pipeline_id: str, name: str) -> None:
        pipeline = self._pipeline(pipeline_id)
        name = name.strip()
        if pipeline is None or pipeline.name == name:
            return
        if not self.apply(set_pipeline_field(pipeline_id, "name", name)):
            self._fill_pipelines()

    def _set_pipeline(self, name: str, value: str) -> None:
        pipeline = self._pipeline(self.pipelines.current_id())
        if pipeline is None or getattr(pipeline, name) == value:
            return
        if not self.apply(set_pipeline_field(pipeline.id, name, value)):
            self._refresh()
