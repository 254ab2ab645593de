"""The legend: how to read a card, the ratings, the markers, phases, lanes and channels.

It opens with a card of the workshop drawn large, its parts named, then lists every sign
the maps use in the canvas's own shapes and colours, with the personas' chips spelled out.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from journey_studio.exporters.pdf import markers
from journey_studio.exporters.pdf.flow import (
    Block,
    Cell,
    Column,
    Graphic,
    Heading,
    Table,
    Typography,
    paginate,
)
from journey_studio.exporters.pdf.fonts import BOLD, LINE_SPACING
from journey_studio.exporters.pdf.icons import load_icon
from journey_studio.exporters.pdf.pages import Bookmark, DrawContext, PageDrawing, PlannedPage
from journey_studio.exporters.pdf.paper import Box
from journey_studio.exporters.pdf.style import (
    GENERIC_CHANNEL_ICON,
    INK,
    WHITE,
    CardSizes,
    channel_icon_name,
    rgb,
)
from journey_studio.exporters.pdf.text import measure, one_line
from journey_studio.layout import Rect
from journey_studio.model.vocabulary import Rating
from journey_studio.model.workshop import Card, CrmLink

if TYPE_CHECKING:
    from journey_studio.exporters.pdf.scope import Scope

CARD_SCALE = 2.2
"""How much bigger than on the maps the example card is drawn."""


def legend_chapter(scope: Scope) -> list[PlannedPage]:
    """The legend's pages: two columns, how to read a card and the signs on the left, the
    workshop's phases, lanes and channels on the right."""
    wording = scope.wording
    type_ = Typography(scope.paper)
    size = type_.cell.size * 1.45
    columns = [Column("", 1.25), Column("", 2.6)]

    def table(rows: list[list[Cell]]) -> Table:
        return Table(columns, rows)

    def row(marker: markers.Marker | None, name: str, meaning: str) -> list[Cell]:
        return [Cell(name, type_.cell_bold, marker), Cell(meaning)]

    example = _example_card(scope)
    body = scope.paper.body
    gap = type_.gap * 3
    half = (body.width - gap) / 2
    scale = _example_scale(scope, half)
    card_height = scope.options.card_height * scale + scope.paper.pt(11.0) * 4
    left: list[Block] = [
        Heading(wording("legend"), 0, Bookmark(wording("legend"), 0)),
        Graphic(card_height, lambda ctx, box: _draw_example(ctx, box, scope, example, scale)),
        Heading(wording("legend_ratings")),
        table(
            [
                row(
                    markers.rating_badge(rating, size),
                    wording.rating(rating),
                    wording(f"{rating.value}_meaning"),
                )
                for rating in (Rating.DELIGHT, Rating.IRRITANT, Rating.BREAKING_POINT, Rating.NONE)
            ]
        ),
        Heading(wording("legend_markers")),
        table(
            [
                row(
                    markers.moment_of_truth_badge(size),
                    wording("moment_of_truth"),
                    wording("moment_of_truth_meaning"),
                ),
                row(markers.icon("crm", size), wording("crm_fields"), wording("crm_meaning")),
                row(
                    markers.icon("persona", size),
                    wording("personas"),
                    wording("persona_meaning"),
                ),
                row(markers.handoff(size), wording("handoff"), wording("handoff_meaning")),
            ]
        ),
    ]
    right: list[Block] = []
    if scope.workshop.personas:
        right += [
            Heading(wording("legend_personas")),
            table(
                [
                    row(
                        markers.chip(scope.chips[persona.id], size),
                        one_line(persona.name),
                        one_line(persona.role),
                    )
                    for persona in scope.workshop.personas
                ]
            ),
        ]
    phases = _phases(scope)
    if phases:
        dot = size * 0.8
        right += [
            Heading(wording("legend_phases")),
            table(
                [row(markers.dot(rgb(colour), dot), name, text) for name, colour, text in phases]
            ),
        ]
    right += [
        Heading(wording("legend_lanes")),
        table(
            [
                row(
                    markers.emotion_curve(size), wording("emotion"), wording("emotion_lane_meaning")
                ),
                row(markers.pill("MQL", size), wording("crm"), wording("crm_lane_meaning")),
            ]
        ),
    ]
    if scope.workshop.channels:
        right += [
            Heading(wording("legend_channels")),
            table(
                [
                    row(markers.icon(_channel_icon(channel.icon), size), one_line(channel.name), "")
                    for channel in scope.workshop.channels
                ]
            ),
        ]
    title_height = type_.title.line + type_.pad * 2
    frames = (
        Box(body.x, body.y, half, body.height),
        Box(body.x + half + gap, body.y + title_height, half, body.height - title_height),
    )
    section, continued = wording("legend"), wording("continued")
    columns_pages = [
        paginate(blocks, scope.paper, section, continued, frame)
        for blocks, frame in zip((left, right), frames, strict=True)
    ]
    pages = []
    for index in range(max(len(pages_) for pages_ in columns_pages)):
        parts = [pages_[index] for pages_ in columns_pages if index < len(pages_)]
        bookmarks = [mark for part in parts for mark in part.bookmarks]
        pages.append(PlannedPage(section, _both([part.draw for part in parts]), bookmarks))
    return pages


def _both(draws: list[PageDrawing]) -> PageDrawing:
    def draw(ctx: DrawContext) -> None:
        for part in draws:
            part(ctx)

    return draw


def _channel_icon(icon: str) -> str:
    name = channel_icon_name(icon)
    return name if load_icon(name) is not None else GENERIC_CHANNEL_ICON


def _phases(scope: Scope) -> list[tuple[str, str, str]]:
    """(phase, colour, its stages) in the order of the map."""
    phases: dict[str, tuple[str, str, list[str]]] = {}
    for stage in scope.workshop.stages:
        phase = one_line(stage.phase)
        if not phase:
            continue
        key = phase.casefold()
        if key not in phases:
            phases[key] = (phase, stage.colour, [])
        phases[key][2].append(one_line(stage.name))
    return [(name, colour, ", ".join(stages)) for name, colour, stages in phases.values()]


def _example_card(scope: Scope) -> Card:
    """The workshop's most telling card (rated, with personas and CRM fields, a moment of
    truth if possible), or a made-up one."""
    best: tuple[int, Card] | None = None
    for journey in scope.journeys:
        for card in scope.view(journey).cards.values():
            score = (
                (card.rating is not Rating.NONE) * 4
                + card.moment_of_truth * 3
                + bool(card.persona_ids) * 2
                + bool(card.crm_links)
            )
            if best is None or score > best[0]:
                best = (score, card)
    if best is not None and best[0] >= 9:
        return best[1]
    personas = [persona.id for persona in scope.workshop.personas[:2]]
    text = (
        "I receive a detailed quote within 48 hours"
        if scope.wording.language == "en"
        else "Je reçois un devis détaillé sous 48 heures"
    )
    return Card(
        text=text,
        stage_id="",
        channel_id="",
        rating=Rating.DELIGHT,
        moment_of_truth=True,
        persona_ids=personas,
        crm_links=[CrmLink("example"), CrmLink("example")],
    )


def _labels(scope: Scope) -> list[str]:
    wording = scope.wording
    return [
        wording("rating"),
        wording("touchpoint"),
        wording("personas"),
        wording("crm_fields"),
        wording("moment_of_truth"),
    ]


def _example_scale(scope: Scope, width: float) -> float:
    """How large the example card can be drawn in a column of ``width`` with its labels."""
    pt = scope.paper.pt
    bubble = pt(11.0)
    labels = max(measure(BOLD, pt(9.0)).width(label) for label in _labels(scope))
    room = width - bubble * 6.5 - labels
    return max(1.0, min(CARD_SCALE, room / scope.options.card_width))


def _draw_example(ctx: DrawContext, box: Box, scope: Scope, card: Card, scale: float) -> None:
    """The example card, large, its parts numbered around it and named on its right."""
    painter, pt = ctx.painter, ctx.paper.pt
    width, height = scope.options.card_width, scope.options.card_height
    bubble = pt(11.0)
    x, y = box.x + bubble * 1.8, box.y + bubble * 1.8
    with painter.map_units(x, y, scale):
        ctx.cards.draw(dataclasses.replace(card), Rect(0.0, 0.0, width, height))
    sizes = CardSizes
    wording = scope.wording
    footer = height - sizes.PADDING - sizes.FOOTER / 2
    below = y + height * scale + bubble * 1.1
    parts: list[tuple[tuple[float, float], tuple[float, float] | None, str]] = [
        (
            (sizes.STRIPE / 2, height / 2),
            (x - bubble * 1.1, y + height / 2 * scale),
            wording("rating"),
        ),
        ((40.0, sizes.PADDING + 4.0), (x + 40.0 * scale, y - bubble * 1.1), wording("touchpoint")),
    ]
    left = (
        sizes.STRIPE + sizes.PADDING + (sizes.FOOTER + 4.0 if card.rating is not Rating.NONE else 0)
    )
    if any(pid in scope.chips for pid in card.persona_ids):
        parts.append(((left + sizes.CHIP / 2, footer), None, wording("personas")))
    right = width - sizes.PADDING
    if card.moment_of_truth:
        parts.append(((right - sizes.FOOTER / 2, footer), None, wording("moment_of_truth")))
        right -= sizes.FOOTER + 3.0
    if card.crm_links:
        badge = sizes.FOOTER + measure(BOLD, sizes.SMALL_TEXT).width(str(len(card.crm_links))) + 1
        parts.insert(
            -1 if card.moment_of_truth else len(parts),
            ((right - badge / 2, footer), None, wording("crm_fields")),
        )
    labels = [label for _, _, label in parts]
    number_size = bubble * 0.62
    for index, ((ax, ay), place, _) in enumerate(parts):
        anchor = (x + ax * scale, y + ay * scale)
        centre = place or (anchor[0], below)
        painter.line(*anchor, *centre, INK, 0.7)
        painter.circle(*anchor, 1.8, fill=INK)
        _number(ctx, centre, bubble, number_size, index + 1)
    label_x = x + width * scale + bubble * 3
    size = pt(9.0)
    step = max(size * 2.0, (height * scale) / len(labels))
    for index, label in enumerate(labels):
        centre = (label_x + bubble / 2, y + step * (index + 0.5))
        _number(ctx, centre, bubble, number_size, index + 1)
        text_top = centre[1] - LINE_SPACING * size / 2
        painter.text(label_x + bubble * 1.5, text_top, label, BOLD, size, INK)


def _number(
    ctx: DrawContext, centre: tuple[float, float], diameter: float, size: float, number: int
) -> None:
    """A numbered dark bubble."""
    ctx.painter.circle(*centre, diameter / 2, fill=INK)
    top = centre[1] - LINE_SPACING * size / 2
    ctx.painter.text(centre[0], top, str(number), BOLD, size, WHITE, "centre")
