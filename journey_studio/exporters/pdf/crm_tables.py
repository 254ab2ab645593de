"""Stages and their CRM settings; the pipelines and their stages.

What the consultant turns into CRM configuration after the workshop: each stage's
definition, entry and exit criteria ("who changes the status, when, on what basis"),
lifecycle status and KPIs; each pipeline's stages with their win probabilities, outcome,
forecast category, stale alert and the CRM fields that signal them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from journey_studio.exporters.pdf import markers
from journey_studio.exporters.pdf.flow import (
    Block,
    Cell,
    Column,
    Heading,
    Paragraph,
    Table,
    Typography,
    paginate,
)
from journey_studio.exporters.pdf.pages import Bookmark, PlannedPage
from journey_studio.exporters.pdf.style import rgb
from journey_studio.exporters.pdf.text import one_line

if TYPE_CHECKING:
    from journey_studio.exporters.pdf.scope import Scope
    from journey_studio.model.workshop import CrmLink, Kpi, PipelineStage


def stages_chapter(scope: Scope) -> list[PlannedPage]:
    """One row per stage of the map."""
    wording = scope.wording
    type_ = Typography(scope.paper)
    title = wording("stages")
    blocks: list[Block] = [Heading(title, 0, Bookmark(title, 0))]
    converted = one_line(scope.workshop.converted_status)
    if converted:
        blocks.append(Paragraph(wording("converted_status", status=converted)))
    if not scope.workshop.stages:
        blocks.append(Paragraph(wording("no_stages"), type_.note))
        return paginate(blocks, scope.paper, title, wording("continued"))
    dot = type_.cell.size * 0.9
    columns = [
        Column(wording("stage"), 1.5),
        Column(wording("phase"), 1.0),
        Column(wording("definition"), 2.2),
        Column(wording("entry_criteria"), 1.8),
        Column(wording("exit_criteria"), 1.8),
        Column(wording("lifecycle_status"), 1.1),
        Column(wording("kpis"), 1.7),
    ]
    rows = [
        [
            Cell(one_line(stage.name), type_.cell_bold, markers.dot(rgb(stage.colour), dot)),
            Cell(one_line(stage.phase)),
            Cell(stage.definition),
            Cell(stage.entry_criteria),
            Cell(stage.exit_criteria),
            Cell(one_line(stage.lifecycle_status), type_.cell_bold),
            Cell("\n".join(_kpi(scope, kpi) for kpi in stage.kpis)),
        ]
        for stage in scope.workshop.stages
    ]
    blocks.append(Table(columns, rows))
    return paginate(blocks, scope.paper, title, wording("continued"))


def _kpi(scope: Scope, kpi: Kpi) -> str:
    name = one_line(kpi.name)
    if kpi.target is None:
        return f"• {name}"
    return "• " + scope.wording.labelled(name, scope.wording.quantity(kpi.target, kpi.unit))


def pipelines_chapter(scope: Scope) -> list[PlannedPage]:
    """One table per pipeline."""
    wording = scope.wording
    type_ = Typography(scope.paper)
    title = wording("pipelines")
    blocks: list[Block] = [Heading(title, 0, Bookmark(title, 0))]
    if not scope.workshop.pipelines:
        blocks.append(Paragraph(wording("no_pipelines"), type_.note))
        return paginate(blocks, scope.paper, title, wording("continued"))
    stages = {stage.id: one_line(stage.name) for stage in scope.workshop.stages}
    fields = {field.id: one_line(field.label) for field in scope.workshop.crm_fields}
    columns = [
        Column(wording("pipeline_stage"), 1.6),
        Column(wording("journey_stage"), 1.3),
        Column(wording("probability"), 0.9, "right"),
        Column(wording("outcome"), 0.8),
        Column(wording("forecast"), 1.1),
        Column(wording("stale_after"), 0.9),
        Column(wording("entry_criteria"), 1.6),
        Column(wording("exit_criteria"), 1.6),
        Column(wording("signals"), 1.6),
    ]
    heading_dot = type_.heading.size * 0.8
    for pipeline in scope.workshop.pipelines:
        name = one_line(pipeline.name)
        blocks.append(
            Heading(name, 1, Bookmark(name, 1), markers.dot(rgb(pipeline.colour), heading_dot))
        )
        if pipeline.team.strip():
            blocks.append(Paragraph(wording.labelled(wording("team"), one_line(pipeline.team))))
        rows = [_stage_row(scope, stage, stages, fields) for stage in pipeline.stages]
        if rows:
            blocks.append(Table(columns, rows))
    return paginate(blocks, scope.paper, title, wording("continued"))


def _stage_row(
    scope: Scope, stage: PipelineStage, stages: dict[str, str], fields: dict[str, str]
) -> list[Cell]:
    wording = scope.wording
    if stage.closed:
        outcome = wording("won") if stage.won else wording("lost")
    else:
        outcome = wording("open")
    probability = wording.percent(stage.probability) if stage.probability is not None else ""
    stale = wording("days", n=stage.stale_after_days) if stage.stale_after_days else ""
    return [
        Cell(one_line(stage.name), Typography(scope.paper).cell_bold),
        Cell(stages.get(stage.stage_id or "", "")),
        Cell(probability),
        Cell(outcome),
        Cell(wording.forecast(stage.forecast_category)),
        Cell(stale),
        Cell(stage.entry_criteria),
        Cell(stage.exit_criteria),
        Cell("\n".join(_signal(link, fields) for link in stage.signal_fields)),
    ]


def _signal(link: CrmLink, fields: dict[str, str]) -> str:
    label = fields.get(link.field_id, "?")
    value = one_line(link.value)
    return f"• {label} = {value}" if value else f"• {label}"
