"""One page per persona and journey: the profile, and the persona's own map.

The profile (role, description, goals, frustrations, preferred channels, budget and other
attributes) heads the page; under it, the journey's map with only the persona's touchpoints,
whose emotion lane is the persona's emotion curve. When that map cannot be printed in the
room left with its words at 6 pt, channels the persona never uses are left out; if it still
does not fit, the persona's path is listed instead, in journey order, under an emotion curve.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from journey_studio.exporters.pdf import markers
from journey_studio.exporters.pdf.chapter import Chapter, PlacedMap
from journey_studio.exporters.pdf.flow import (
    Block,
    Cell,
    Column,
    Graphic,
    Heading,
    Paragraph,
    Table,
    Typography,
    paginate,
)
from journey_studio.exporters.pdf.fonts import BOLD, LINE_SPACING, REGULAR
from journey_studio.exporters.pdf.map_drawing import MapContent
from journey_studio.exporters.pdf.map_lanes import draw_emotion_lane, stage_emotions
from journey_studio.exporters.pdf.map_pages import (
    MIN_SCALE,
    PrintedMap,
    draw_fitted,
)
from journey_studio.exporters.pdf.moments import touchpoint_marker
from journey_studio.exporters.pdf.pages import Bookmark, DrawContext, PlannedPage
from journey_studio.exporters.pdf.paper import Box
from journey_studio.exporters.pdf.scope import Scope, only_persona
from journey_studio.exporters.pdf.style import GRID_LINE, INK, MUTED, LaneSizes
from journey_studio.exporters.pdf.text import measure, one_line, wrap_lines, wrap_paragraphs
from journey_studio.exporters.pdf.tiling import MapPlan, Tile
from journey_studio.layout import Lane, LaneKind, Rect, layout_journey

if TYPE_CHECKING:
    from journey_studio.model.workshop import Journey, Persona

PROFILE_SHARE = 0.42
"""The most of the page's body the profile takes; longer texts end with an ellipsis."""


def persona_chapter(scope: Scope) -> Chapter:
    """The personas' pages, persona by persona, journey by journey."""
    wording = scope.wording
    chapter = Chapter([])
    title = wording("personas")
    for persona in scope.personas:
        name = one_line(persona.name)
        for index, journey in enumerate(scope.journeys):
            bookmarks = []
            if not chapter.pages:
                bookmarks.append(Bookmark(title, 0))
            if index == 0:
                bookmarks.append(Bookmark(name, 1))
            if len(scope.journeys) > 1:
                bookmarks.append(Bookmark(one_line(journey.name), 2, in_contents=False))
            section = f"{title} — {name} · {one_line(journey.name)}"
            pages, printed = _persona_pages(scope, persona, journey, section)
            pages[0].bookmarks[:0] = bookmarks
            if printed is not None:
                chapter.maps.append(
                    PlacedMap(one_line(journey.name), name, len(chapter.pages), printed)
                )
            chapter.pages += pages
    return chapter


@dataclass(frozen=True, slots=True)
class _Profile:
    """The profile's texts laid out for one width."""

    columns: list[tuple[str, list[str]]]
    widths: list[float]
    height: float


def _persona_pages(
    scope: Scope, persona: Persona, journey: Journey, section: str
) -> tuple[list[PlannedPage], PrintedMap | None]:
    wording, paper = scope.wording, scope.paper
    body = paper.body
    type_ = Typography(paper)
    profile = _profile(scope, persona, body.width, body.height * PROFILE_SHARE)
    view = only_persona(journey, persona.id)
    label_size = type_.heading.size
    top = body.y + profile.height + type_.gap + label_size * 1.6
    area = Box(body.x, top, body.width, body.bottom - top)
    caption = f"{wording('map')} — {one_line(journey.name)} · {one_line(persona.name)}"
    subtitle = wording.journey_kind(journey.kind)

    def page(draw_map: Callable[[DrawContext], None]) -> PlannedPage:
        def draw(ctx: DrawContext) -> None:
            _draw_profile(
                ctx, Box(body.x, body.y, body.width, profile.height), scope, persona, profile
            )
            y = body.y + profile.height + type_.gap
            ctx.painter.line(
                body.x, y - type_.gap / 2, body.right, y - type_.gap / 2, GRID_LINE, 0.6
            )
            ctx.painter.text(body.x, y, caption, BOLD, label_size, INK)
            draw_map(ctx)

        return PlannedPage(section, draw)

    if not view.cards:
        note = wording("no_persona_cards")

        def empty(ctx: DrawContext) -> None:
            style = type_.note
            ctx.painter.text(area.x, area.y, note, style.font, style.size, style.colour)

        return [page(empty)], None

    for compact in (False, True):
        content = _content(scope, view, persona, compact, one_line(journey.name), subtitle)
        width, height = content.layout.size
        scale = min(area.width / width, area.height / height, max(MIN_SCALE, paper.scale))
        if scale >= MIN_SCALE:
            plan = MapPlan(scale, 1, 1, (Tile(0, 0, Rect(0.0, 0.0, width, height)),), 0.0)
            printed_page = page(
                lambda ctx, content=content, scale=scale: draw_fitted(ctx, content, area, scale)
            )
            return [printed_page], PrintedMap([printed_page], plan)
    return _path_pages(scope, persona, view, section, profile), None


def _content(
    scope: Scope, view: Journey, persona: Persona, compact: bool, title: str, subtitle: str
) -> MapContent:
    """The persona's map, with its emotion lane but not the CRM lane (the same for every
    persona); ``compact`` also leaves out the channels the persona never uses."""
    workshop = scope.workshop
    if compact:
        used = {card.channel_id for card in view.cards.values()}
        channels = [channel for channel in workshop.channels if channel.id in used]
        workshop = dataclasses.replace(workshop, channels=channels)
    options = dataclasses.replace(scope.options, show_crm_lane=False)
    layout = layout_journey(workshop, view, options)
    return MapContent(workshop, view, layout, title, f"{subtitle} · {one_line(persona.name)}")


def _profile(scope: Scope, persona: Persona, width: float, limit: float) -> _Profile:
    """The profile's columns, wrapped to their widths, cut to ``limit`` in height."""
    wording = scope.wording
    type_ = Typography(scope.paper)
    channels = {channel.id: one_line(channel.name) for channel in scope.workshop.channels}
    details = [wording.labelled(wording("budget"), one_line(persona.budget))]
    details = details if persona.budget.strip() else []
    details += [
        wording.labelled(one_line(key), one_line(value))
        for key, value in persona.attributes.items()
    ]
    columns = [
        (wording("description"), persona.description),
        (wording("goals"), "\n".join(f"• {one_line(goal)}" for goal in persona.goals)),
        (wording("frustrations"), "\n".join(f"• {one_line(f)}" for f in persona.frustrations)),
        (
            wording("preferred_channels"),
            "\n".join(f"• {channels[c]}" for c in persona.preferred_channel_ids if c in channels),
        ),
        (wording("details"), "\n".join(details)),
    ]
    columns = [(label, text) for label, text in columns if text.strip()]
    weights = [1.5 if label == wording("description") else 1.0 for label, _ in columns]
    total = sum(weights) or 1.0
    gap = type_.gap
    widths = [(width - gap * (len(columns) - 1)) * w / total for w in weights] if columns else []
    style = type_.cell
    head = _head_height(type_)
    label_height = type_.header.line + type_.pad
    max_lines = max(1, int((limit - head - label_height) // style.line))
    laid = []
    tallest = 0
    for (label, text), column_width in zip(columns, widths, strict=True):
        lines = wrap_paragraphs(text, measure(style.font, style.size), column_width)
        if len(lines) > max_lines:
            lines = [
                *lines[: max_lines - 1],
                measure(style.font, style.size).elided(
                    " ".join(lines[max_lines - 1 :]), column_width
                ),
            ]
        laid.append((label, lines))
        tallest = max(tallest, len(lines))
    height = head + (label_height + tallest * style.line if laid else 0.0)
    return _Profile(laid, widths, height)


def _head_height(type_: Typography) -> float:
    return type_.title.size * 1.25 + type_.body.line + type_.pad * 2


def _draw_profile(
    ctx: DrawContext, box: Box, scope: Scope, persona: Persona, profile: _Profile
) -> None:
    painter = ctx.painter
    type_ = Typography(ctx.paper)
    title = type_.title
    chip = markers.chip(scope.chips[persona.id], title.size * 1.5)
    chip.draw(painter, box.x, box.y)
    left = box.x + chip.width + type_.gap
    name, _ = wrap_lines(one_line(persona.name), measure(BOLD, title.size), box.right - left, 1)
    painter.text_lines(left, box.y - title.size * 0.05, name, BOLD, title.size, INK)
    role = one_line(persona.role)
    painter.text(left, box.y + title.size * 1.25, role, REGULAR, type_.body.size, MUTED)
    y = box.y + _head_height(type_)
    x = box.x
    header, cell = type_.header, type_.cell
    for (label, lines), width in zip(profile.columns, profile.widths, strict=True):
        painter.text(x, y, label.upper(), header.font, header.size, header.colour)
        painter.text_lines(
            x, y + header.line + type_.pad, lines, cell.font, cell.size, cell.colour, cell.line
        )
        x += width + type_.gap


def _path_pages(
    scope: Scope, persona: Persona, view: Journey, section: str, profile: _Profile
) -> list[PlannedPage]:
    """The persona's touchpoints in journey order, under the persona's emotion curve."""
    wording = scope.wording
    type_ = Typography(scope.paper)
    stages = {stage.id: one_line(stage.name) for stage in scope.workshop.stages}
    channels = {channel.id: one_line(channel.name) for channel in scope.workshop.channels}
    size = type_.cell.size * 1.35
    chart_height = scope.paper.pt(110.0)
    blocks: list[Block] = [
        Graphic(profile.height, lambda ctx, box: _draw_profile(ctx, box, scope, persona, profile)),
        Heading(wording("persona_path", persona=one_line(persona.name)), 1),
        Paragraph(wording("persona_path_note"), type_.note),
        Graphic(chart_height, lambda ctx, box: _draw_curve(ctx, box, scope, view)),
        Table(
            [
                Column(wording("stage"), 1.3),
                Column(wording("channel"), 1.3),
                Column(wording("touchpoint"), 5.0),
                Column(wording("emotion"), 0.8),
            ],
            [
                [
                    Cell(stages.get(card.stage_id, ""), type_.cell_bold),
                    Cell(channels.get(card.channel_id, "")),
                    Cell(card.text, marker=touchpoint_marker(card, size)),
                    Cell(wording.emotion(card.emotion) if card.emotion is not None else ""),
                ]
                for card in scope.cards_in_order(view)
            ],
            blank_repeats=frozenset({0, 1}),
        ),
    ]
    return paginate(blocks, scope.paper, section, wording("continued"))


def _draw_curve(ctx: DrawContext, box: Box, scope: Scope, view: Journey) -> None:
    """The persona's emotion curve across the stages, drawn as the map's emotion lane, with
    the stages' names under it."""
    stages = scope.workshop.stages
    if not stages:
        return
    scale = max(MIN_SCALE, ctx.paper.scale * 0.8)
    names_height = LINE_SPACING * 10.0 * 2 + 6.0
    lane_height = box.height / scale - names_height
    width = box.width / scale
    label = 140.0
    column = (width - label) / len(stages)
    slots = {
        stage.id: Rect(label + index * column, 0.0, column, lane_height)
        for index, stage in enumerate(stages)
    }
    lane = Lane(
        LaneKind.EMOTION,
        Rect(0.0, 0.0, width, lane_height),
        Rect(0.0, 0.0, label, lane_height),
        slots,
    )
    stage_ids = [stage.id for stage in stages]
    painter = ctx.painter
    with painter.map_units(box.x, box.y, scale):
        draw_emotion_lane(painter, lane, stage_ids, stage_emotions(view, stage_ids), ctx.wording)
        room = column - 8.0
        widest = max(
            measure(BOLD, LaneSizes.TITLE).width(word)
            for stage in stages
            for word in one_line(stage.name).split() or [""]
        )
        # Smaller type rather than words broken between letters under narrow columns.
        size = LaneSizes.TITLE * min(1.0, room / widest) if widest else LaneSizes.TITLE
        font = measure(BOLD, size)
        for stage in stages:
            slot = slots[stage.id]
            lines, _ = wrap_lines(one_line(stage.name), font, room, 2)
            painter.centred_lines(slot.x, lane_height + 4.0, slot.width, lines, BOLD, size, INK)
            painter.line(slot.x, 0.0, slot.x, lane_height, GRID_LINE, 0.6 / scale)
