"""The appendix: every touchpoint of every journey printed, in full, in the map's order.

The maps cut long texts with an ellipsis, as the canvas does; here each card's text is
printed whole, with its rating, emotion, moment of truth, personas and CRM fields, stage by
stage and channel by channel (a stage or channel is named once per run of rows).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

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
from journey_studio.exporters.pdf.moments import PersonaCells, touchpoint_marker
from journey_studio.exporters.pdf.pages import Bookmark, PlannedPage
from journey_studio.exporters.pdf.text import one_line

if TYPE_CHECKING:
    from journey_studio.exporters.pdf.scope import Scope
    from journey_studio.model.workshop import Card


def inventory_chapter(scope: Scope) -> list[PlannedPage]:
    """The appendix's pages."""
    wording = scope.wording
    type_ = Typography(scope.paper)
    size = type_.cell.size * 1.35
    title = wording("inventory")
    stages = {stage.id: one_line(stage.name) for stage in scope.workshop.stages}
    channels = {channel.id: one_line(channel.name) for channel in scope.workshop.channels}
    fields = {field.id: one_line(field.label) for field in scope.workshop.crm_fields}
    columns = [
        Column(wording("stage"), 1.2),
        Column(wording("channel"), 1.2),
        Column(wording("touchpoint"), 4.2),
        Column(wording("rating"), 1.1),
        Column(wording("emotion"), 0.75),
        Column(wording("personas"), 1.9),
        Column(wording("crm_fields"), 2.0),
    ]
    personas = PersonaCells(scope, size)
    blocks: list[Block] = [Heading(title, 0, Bookmark(title, 0))]
    for journey in scope.journeys:
        name = one_line(journey.name)
        blocks.append(Heading(name, 1, Bookmark(f"{title} — {name}", 1, in_contents=False)))
        rows = [
            [
                Cell(stages.get(card.stage_id, ""), type_.cell_bold),
                Cell(channels.get(card.channel_id, "")),
                Cell(card.text, marker=touchpoint_marker(card, size)),
                Cell(_rating_text(scope, card)),
                Cell(wording.emotion(card.emotion) if card.emotion is not None else ""),
                personas(card),
                Cell("\n".join(_crm(card, fields))),
            ]
            for card in scope.cards_in_order(scope.view(journey))
        ]
        if rows:
            blocks.append(Table(columns, rows, blank_repeats=frozenset({0, 1})))
        else:
            blocks.append(Paragraph(wording("no_cards"), type_.note))
    return paginate(blocks, scope.paper, title, wording("continued"))


def _rating_text(scope: Scope, card: Card) -> str:
    text = scope.wording.rating(card.rating)
    if card.moment_of_truth:
        text += "\n" + scope.wording("moment_of_truth")
    return text


def _crm(card: Card, fields: dict[str, str]) -> list[str]:
    lines = []
    for link in card.crm_links:
        label = fields.get(link.field_id, "?")
        value = one_line(link.value)
        lines.append(f"{label} = {value}" if value else label)
    return lines
