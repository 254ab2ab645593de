"""The cover: the workshop, the client, the date and the facilitator, and the journeys in it.

A strip down the left edge in the colours of the workshop's phases echoes the maps' phase
bands; the figures at the bottom say at a glance what the group found.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from journey_studio.exporters.pdf.fonts import BOLD, LINE_SPACING, OBLIQUE, REGULAR
from journey_studio.exporters.pdf.markers import moment_of_truth_badge, rating_badge
from journey_studio.exporters.pdf.pages import Bookmark, DrawContext, PlannedPage
from journey_studio.exporters.pdf.style import CRM, GRID_LINE, INK, MUTED, rgb
from journey_studio.exporters.pdf.text import measure, one_line, wrap_lines
from journey_studio.model.vocabulary import Rating

if TYPE_CHECKING:
    from journey_studio.exporters.pdf.scope import Scope


def cover_page(scope: Scope) -> PlannedPage:
    """The first page (no running header or footer)."""
    title = one_line(scope.workshop.name)
    return PlannedPage(
        title,
        lambda ctx: _draw_cover(ctx, scope),
        [Bookmark(title, 0, in_contents=False)],
        furniture=False,
    )


def _phase_colours(scope: Scope) -> list[str]:
    colours: list[str] = []
    for stage in scope.workshop.stages:
        if stage.colour not in colours:
            colours.append(stage.colour)
    return colours or ["#1565C0"]


def _draw_cover(ctx: DrawContext, scope: Scope) -> None:
    paper, painter, wording = ctx.paper, ctx.painter, ctx.wording
    workshop = scope.workshop
    pt = paper.pt

    strip = pt(9.0)
    colours = _phase_colours(scope)
    share = paper.height / len(colours)
    for index, colour in enumerate(colours):
        painter.rect(0.0, index * share, strip, share + 0.5, fill=rgb(colour))

    left = strip + paper.margin * 2.2
    width = paper.width - left - paper.margin * 2.5
    y = paper.margin * 1.6
    painter.icon("journey-studio", left, y, pt(22.0), None)
    painter.text(left + pt(28.0), y + pt(5.0), "Journey Studio", BOLD, pt(9.0), MUTED)

    y = paper.height * 0.24
    client = one_line(workshop.client)
    if client:
        painter.text(left, y, client.upper(), BOLD, pt(11.0), CRM)
        y += pt(11.0) * 1.8
    size = pt(27.0)
    lines, _ = wrap_lines(one_line(workshop.name), measure(BOLD, size), width * 0.85, 3)
    painter.text_lines(left, y, lines, BOLD, size, INK, size * 1.15)
    y += len(lines) * size * 1.15 + pt(8.0)
    if scope.persona is not None:
        note = wording("filtered_to", persona=one_line(scope.persona.name))
        painter.text(left, y, note, BOLD, pt(10.5), rgb(scope.persona.colour))
        y += pt(10.5) * 1.8
    if workshop.description.strip():
        size = pt(9.5)
        lines, _ = wrap_lines(
            one_line(workshop.description), measure(OBLIQUE, size), width * 0.7, 7
        )
        painter.text_lines(left, y, lines, OBLIQUE, size, MUTED, size * 1.4)
        y += len(lines) * size * 1.4

    y = max(y + pt(22.0), paper.height * 0.58)
    painter.line(left, y, left + width, y, GRID_LINE, 0.8)
    y += pt(12.0)
    facts = [
        (wording("client"), client),
        (wording("date"), wording.date(workshop.workshop_date)),
        (wording("facilitator"), one_line(workshop.facilitator)),
        (wording("journeys"), _journeys_text(scope)),
    ]
    column = width / len(facts)
    label_size, value_size = pt(7.5), pt(10.5)
    tallest = 0.0
    for index, (label, value) in enumerate(facts):
        x = left + index * column
        painter.text(x, y, label.upper(), BOLD, label_size, MUTED)
        lines = []
        for part in (value or "—").split("\n"):
            lines += wrap_lines(part, measure(BOLD, value_size), column - pt(12.0), 3)[0]
        painter.text_lines(x, y + label_size * 1.9, lines, BOLD, value_size, INK, value_size * 1.3)
        tallest = max(tallest, label_size * 1.9 + len(lines) * value_size * 1.3)
    y += tallest + pt(18.0)
    _draw_figures(ctx, scope, left, y)

    size = pt(7.5)
    bottom = paper.height - paper.margin * 1.5 - LINE_SPACING * size
    painter.text(left, bottom, wording("made_with"), REGULAR, size, MUTED)


def _journeys_text(scope: Scope) -> str:
    wording = scope.wording
    lines = []
    for journey in scope.journeys:
        cards = len(scope.view(journey).cards)
        lines.append(f"{one_line(journey.name)} ({wording.count('cards', cards)})")
    return "\n".join(lines)


def _draw_figures(ctx: DrawContext, scope: Scope, left: float, y: float) -> None:
    """The group's findings in numbers, with the map's badges."""
    paper, painter, wording = ctx.paper, ctx.painter, ctx.wording
    views = [scope.view(journey) for journey in scope.journeys]
    cards = [card for view in views for card in view.cards.values()]

    def rated(rating: Rating) -> int:
        return sum(1 for card in cards if card.rating is rating)

    size = paper.pt(10.0)
    badge = size * 1.5
    figures = [
        (rating_badge(Rating.DELIGHT, badge), wording.count("delights", rated(Rating.DELIGHT))),
        (rating_badge(Rating.IRRITANT, badge), wording.count("irritants", rated(Rating.IRRITANT))),
        (
            rating_badge(Rating.BREAKING_POINT, badge),
            wording.count("breaking_points", rated(Rating.BREAKING_POINT)),
        ),
        (
            moment_of_truth_badge(badge),
            wording.count("moments", sum(1 for card in cards if card.moment_of_truth)),
        ),
    ]
    painter.text(left, y, wording("summary").upper(), BOLD, paper.pt(7.5), MUTED)
    y += paper.pt(7.5) * 2.0
    x = left
    for marker, text in figures:
        marker.draw(painter, x, y)
        painter.text(
            x + badge + size * 0.5, y + (badge - LINE_SPACING * size) / 2, text, BOLD, size, INK
        )
        x += badge + size * 0.5 + measure(BOLD, size).width(text) + size * 2.2
