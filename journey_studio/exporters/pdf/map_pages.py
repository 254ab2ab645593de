"""The pages of a journey's map: one page, or a page-assembly key and tiles.

A map that fits the page with its words at 6 pt or more is printed on one page, centred.
A bigger one is printed at the smallest scale that keeps them readable, on tiles that
overlap by 10 mm: a key page first shows the whole map with the tiles drawn over it (their
names A1, B1... and page numbers) and how to assemble them; each tile then has crop marks at
its corners, a dotted line where its right and lower neighbours start, and its place in the
grid in the footer.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from journey_studio.exporters.pdf.fonts import BOLD, LINE_SPACING, REGULAR
from journey_studio.exporters.pdf.map_drawing import MapContent, draw_map, draw_thumbnail
from journey_studio.exporters.pdf.pages import Bookmark, DrawContext, PlannedPage
from journey_studio.exporters.pdf.paper import MM, Box
from journey_studio.exporters.pdf.style import (
    CRM,
    INK,
    MIN_TEXT_PT,
    MUTED,
    SMALLEST_BADGE_TEXT,
    SMALLEST_MAP_TEXT,
    WHITE,
)
from journey_studio.exporters.pdf.text import measure, wrap_paragraphs
from journey_studio.exporters.pdf.tiling import MapPlan, Tile, plan_map
from journey_studio.layout import layout_journey

if TYPE_CHECKING:
    from journey_studio.exporters.pdf.scope import Scope
    from journey_studio.model.workshop import Journey

OVERLAP = 10.0 * MM
"""What each tile repeats of its neighbours, for gluing."""
HAIRLINE = 0.4
"""Grid lines on paper, in points."""
MIN_SCALE = MIN_TEXT_PT / SMALLEST_MAP_TEXT


@dataclass(frozen=True, slots=True)
class PrintedMap:
    """A map's pages and how it was scaled (for the report)."""

    pages: list[PlannedPage]
    plan: MapPlan

    @property
    def smallest_text_pt(self) -> float:
        return SMALLEST_MAP_TEXT * self.plan.scale

    @property
    def smallest_badge_pt(self) -> float:
        return SMALLEST_BADGE_TEXT * self.plan.scale


def map_content(scope: Scope, journey_view: Journey, title: str, subtitle: str) -> MapContent:
    """The map of a journey (as printed: maybe one persona's cards only)."""
    layout = layout_journey(scope.workshop, journey_view, scope.options)
    return MapContent(scope.workshop, journey_view, layout, title, subtitle)


def map_scale_limits(scope: Scope) -> tuple[float, float]:
    """The smallest scale that keeps words readable, and the largest worth printing."""
    return MIN_SCALE, max(MIN_SCALE, scope.paper.scale)


def print_map(scope: Scope, content: MapContent, section: str, bookmark: Bookmark) -> PrintedMap:
    """Plan the pages of one map."""
    body = scope.paper.body
    low, high = map_scale_limits(scope)
    plan = plan_map(
        content.layout.size,
        (body.width, body.height),
        min_scale=low,
        max_scale=high,
        overlap=OVERLAP,
    )
    if not plan.tiled:
        page = PlannedPage(section, lambda ctx: _draw_whole(ctx, content, plan), [bookmark])
        return PrintedMap([page], plan)
    wording = scope.wording
    key = PlannedPage(
        f"{section} · {wording('assembly')}",
        lambda ctx: _draw_key(ctx, content, plan),
        [bookmark],
    )
    pages = [key]
    for index, tile in enumerate(plan.tiles):
        pages.append(
            PlannedPage(
                f"{section} · {wording('tile', label=tile.label)} ({index + 1}/{len(plan.tiles)})",
                lambda ctx, tile=tile: _draw_tile(ctx, content, plan, tile),
                footer_mark=lambda ctx, tile=tile: _draw_position(ctx, plan, tile),
            )
        )
    return PrintedMap(pages, plan)


def draw_fitted(ctx: DrawContext, content: MapContent, box: Box, scale: float) -> None:
    """The whole map at ``scale``, centred across ``box``, from its top."""
    width = content.layout.size[0] * scale
    x = box.x + (box.width - width) / 2
    with ctx.painter.map_units(x, box.y, scale):
        draw_map(ctx.painter, content, ctx.cards, ctx.wording, line_width=HAIRLINE / scale)


def _draw_whole(ctx: DrawContext, content: MapContent, plan: MapPlan) -> None:
    draw_fitted(ctx, content, ctx.body, plan.scale)


def _draw_tile(ctx: DrawContext, content: MapContent, plan: MapPlan, tile: Tile) -> None:
    body, painter, scale = ctx.body, ctx.painter, plan.scale
    window = tile.window
    origin = (body.x - window.x * scale, body.y - window.y * scale)
    with (
        painter.clipped(body.x, body.y, body.width, body.height),
        painter.map_units(*origin, scale),
    ):
        draw_map(
            painter, content, ctx.cards, ctx.wording, line_width=HAIRLINE / scale, window=window
        )
    _draw_crop_marks(ctx, body)
    labels = {(t.column, t.row): t.label for t in plan.tiles}
    size = ctx.paper.pt(7.0)
    right = labels.get((tile.column + 1, tile.row))
    if right is not None:
        x = body.right - plan.overlap
        painter.line(x, body.y, x, body.bottom, CRM, 0.8, dash=(1.5, 2.5))
        text = ctx.wording("overlap_here", label=right)
        _tag(ctx, x - _tag_width(text, size) - 3.0, body.y + 3.0, text, size)
    below = labels.get((tile.column, tile.row + 1))
    if below is not None:
        y = body.bottom - plan.overlap
        painter.line(body.x, y, body.right, y, CRM, 0.8, dash=(1.5, 2.5))
        _tag(ctx, body.x + 3.0, y + 3.0, ctx.wording("overlap_here", label=below), size)


def _tag_width(text: str, size: float) -> float:
    return measure(BOLD, size).width(text) + size


def _tag(ctx: DrawContext, x: float, y: float, text: str, size: float) -> None:
    """A small label on a white pill, over the map (where a neighbour will be glued)."""
    width = _tag_width(text, size)
    height = LINE_SPACING * size + size * 0.4
    ctx.painter.rounded_rect(
        x, y, width, height, height / 2, fill=WHITE, stroke=CRM, line_width=0.6
    )
    ctx.painter.text(x + size / 2, y + size * 0.2, text, BOLD, size, CRM)


def _draw_crop_marks(ctx: DrawContext, body: Box) -> None:
    """Short lines outside the body at its corners: where to cut."""
    gap, length = 2.0, min(ctx.paper.pt(6.0), ctx.paper.margin - 4.0)
    painter = ctx.painter
    for x, y, dx, dy in (
        (body.x, body.y, -1, -1),
        (body.right, body.y, 1, -1),
        (body.x, body.bottom, -1, 1),
        (body.right, body.bottom, 1, 1),
    ):
        painter.line(x + dx * gap, y, x + dx * (gap + length), y, INK, 0.3)
        painter.line(x, y + dy * gap, x, y + dy * (gap + length), INK, 0.3)


def _draw_position(ctx: DrawContext, plan: MapPlan, tile: Tile) -> None:
    """The grid of tiles under the footer's rule, this one filled, and its name."""
    footer, paper = ctx.paper.footer, ctx.paper
    room = footer.height + paper.margin * 0.6
    cell = min(paper.pt(5.0), room / max(plan.rows, 1), paper.pt(60.0) / max(plan.columns, 1))
    width = cell * plan.columns
    x0 = footer.x + (footer.width - width) / 2
    y0 = footer.y + paper.pt(2.0)
    for other in plan.tiles:
        x, y = x0 + other.column * cell, y0 + other.row * cell
        fill = INK if other == tile else WHITE
        ctx.painter.rect(x, y, cell, cell, fill=fill, stroke=MUTED, line_width=0.3)
    size = paper.pt(9.0)
    ctx.painter.text(x0 + width + paper.pt(4.0), y0, tile.label, BOLD, size, INK)


def _draw_key(ctx: DrawContext, content: MapContent, plan: MapPlan) -> None:
    """The page-assembly key: how many pages, how to glue them, and the map with its tiles."""
    body, painter, paper, wording = ctx.body, ctx.painter, ctx.paper, ctx.wording
    title_size, text_size = paper.pt(15.0), paper.pt(9.0)
    painter.text(body.x, body.y, f"{wording('assembly')} — {content.title}", BOLD, title_size, INK)
    y = body.y + title_size * 1.6
    summary = wording(
        "tiles_summary",
        count=len(plan.tiles),
        columns=plan.columns,
        rows=plan.rows,
        points=wording.number(MIN_TEXT_PT),
    )
    lines = wrap_paragraphs(
        f"{summary}\n{wording('tiles_howto')}", measure(REGULAR, text_size), body.width
    )
    painter.text_lines(body.x, y, lines, REGULAR, text_size, INK, text_size * 1.35)
    y += len(lines) * text_size * 1.35 + paper.pt(10.0)
    area = Box(body.x, y, body.width, body.bottom - y)
    map_width, map_height = content.layout.size
    scale = min(area.width / map_width, area.height / map_height)
    left = area.x + (area.width - map_width * scale) / 2
    with painter.map_units(left, area.y, scale):
        draw_thumbnail(painter, content, HAIRLINE / scale)
    label_size = paper.pt(16.0)
    for index, tile in enumerate(plan.tiles):
        window = tile.window
        x = left + window.x * scale
        top = area.y + window.y * scale
        width = min(window.width, map_width - window.x) * scale
        height = min(window.height, map_height - window.y) * scale
        painter.rect(x, top, width, height, stroke=CRM, line_width=1.2)
        size = min(label_size, width / 3, height / 3)
        centre_x, centre_y = x + width / 2, top + height / 2
        painter.rounded_rect(
            centre_x - size * 1.6,
            centre_y - size * 1.1,
            size * 3.2,
            size * 2.2,
            size * 0.3,
            fill=WHITE,
            stroke=CRM,
            line_width=0.8,
        )
        painter.text(centre_x, centre_y - size * 1.0, tile.label, BOLD, size, CRM, "centre")
        page = f"p. {ctx.page + 1 + index}"
        painter.text(centre_x, centre_y + size * 0.15, page, REGULAR, size * 0.6, INK, "centre")
