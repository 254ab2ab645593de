"""The action plan: what the workshop decided, most urgent first, with who and when.

Each action with its priority, owner, impact, effort, status and due date, and the
touchpoint it answers (its rating badge, its text, where it sits on which journey).
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
from journey_studio.exporters.pdf.style import NEUTRAL, RGB, rating_colour
from journey_studio.exporters.pdf.text import one_line
from journey_studio.model.vocabulary import ActionStatus, Level, Rating
from journey_studio.model.workshop import Action, UnknownEntity

if TYPE_CHECKING:
    from journey_studio.exporters.pdf.scope import Scope

_PRIORITY_ORDER = {Level.HIGH: 0, Level.MEDIUM: 1, Level.LOW: 2}
_STATUS_ORDER = {
    ActionStatus.IN_PROGRESS: 0,
    ActionStatus.TODO: 1,
    ActionStatus.DONE: 2,
    ActionStatus.DROPPED: 3,
}
_PRIORITY_COLOURS: dict[Level, RGB] = {
    Level.HIGH: rating_colour(Rating.BREAKING_POINT),
    Level.MEDIUM: rating_colour(Rating.IRRITANT),
    Level.LOW: NEUTRAL,
}


def ordered(actions: list[Action]) -> list[Action]:
    """High priority first, then in progress before to do before done; then by due date."""
    return sorted(
        actions,
        key=lambda action: (
            _PRIORITY_ORDER[action.priority],
            _STATUS_ORDER[action.status],
            action.due or "9999",
        ),
    )


def action_plan_chapter(scope: Scope) -> list[PlannedPage]:
    """The chapter's pages."""
    wording = scope.wording
    type_ = Typography(scope.paper)
    title = wording("actions")
    blocks: list[Block] = [Heading(title, 0, Bookmark(title, 0))]
    if not scope.workshop.actions:
        blocks.append(Paragraph(wording("no_actions"), type_.note))
        return paginate(blocks, scope.paper, title, wording("continued"))
    size = type_.cell.size * 1.35
    columns = [
        Column(wording("priority"), 0.9),
        Column(wording("action"), 3.0),
        Column(wording("owner"), 1.4),
        Column(wording("impact"), 0.75),
        Column(wording("effort"), 0.75),
        Column(wording("status"), 0.9),
        Column(wording("due"), 1.0),
        Column(wording("linked_touchpoint"), 2.6),
    ]
    rows = []
    for action in ordered(scope.workshop.actions):
        linked = _linked(scope, action, size)
        rows.append(
            [
                Cell(
                    wording.level(action.priority),
                    type_.cell_bold,
                    markers.dot(_PRIORITY_COLOURS[action.priority], type_.cell.size * 0.8),
                ),
                Cell(action.text),
                Cell(one_line(action.owner)),
                Cell(wording.level(action.impact)),
                Cell(wording.level(action.effort)),
                Cell(wording.status(action.status)),
                Cell(wording.date(action.due)),
                linked,
            ]
        )
    blocks.append(Table(columns, rows))
    return paginate(blocks, scope.paper, title, wording("continued"))


def _linked(scope: Scope, action: Action, size: float) -> Cell:
    """The touchpoint an action answers: its badge, text, and where it is."""
    if not action.card_id:
        return Cell("")
    try:
        journey = scope.workshop.journey_of_card(action.card_id)
    except UnknownEntity:
        return Cell("")
    card = journey.cards[action.card_id]
    where = []
    for finder, key in (
        (scope.workshop.stage, card.stage_id),
        (scope.workshop.channel, card.channel_id),
    ):
        try:
            where.append(one_line(finder(key).name))
        except UnknownEntity:
            continue
    place = f"{one_line(journey.name)} · {' · '.join(where)}"
    marker = markers.rating_badge(card.rating, size) if card.rating is not Rating.NONE else None
    return Cell(f"{one_line(card.text)}\n{place}", marker=marker)
