"""Moments of truth and breaking points, journey by journey, with what is done about them.

Each one with its stage and channel, the personas it concerns, its emotion and the actions of
the plan tied to it (owner, priority, status), in the order of the journey.
"""

from __future__ import annotations

import functools
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
from journey_studio.exporters.pdf.text import one_line
from journey_studio.model.vocabulary import Rating

if TYPE_CHECKING:
    from journey_studio.exporters.pdf.scope import Scope
    from journey_studio.model.workshop import Action, Card


def touchpoint_marker(card: Card, size: float) -> markers.Marker | None:
    """A card's rating badge and moment-of-truth flag, side by side."""
    return _touchpoint_marker(card.rating, card.moment_of_truth, size)


@functools.lru_cache(maxsize=64)
def _touchpoint_marker(rating: Rating, moment_of_truth: bool, size: float) -> markers.Marker | None:
    badges = []
    if rating is not Rating.NONE:
        badges.append(markers.rating_badge(rating, size))
    if moment_of_truth:
        badges.append(markers.moment_of_truth_badge(size))
    return markers.row(badges, size * 0.25)


class PersonaCells:
    """The cells that show a card's personas: their chips, then their names (made once
    per set of personas)."""

    def __init__(self, scope: Scope, size: float) -> None:
        self._chips = scope.chips
        self._names = {persona.id: one_line(persona.name) for persona in scope.workshop.personas}
        self._size = size
        self._cells: dict[tuple[str, ...], Cell] = {}

    def __call__(self, card: Card) -> Cell:
        known = tuple(pid for pid in card.persona_ids if pid in self._chips)
        cell = self._cells.get(known)
        if cell is None:
            chips = [markers.chip(self._chips[pid], self._size) for pid in known]
            text = "\n".join(self._names[pid] for pid in known)
            cell = self._cells[known] = Cell(text, marker=markers.row(chips, self._size * 0.15))
        return cell


def actions_by_card(actions: list[Action]) -> dict[str, list[Action]]:
    found: dict[str, list[Action]] = {}
    for action in actions:
        if action.card_id:
            found.setdefault(action.card_id, []).append(action)
    return found


def moments_chapter(scope: Scope) -> list[PlannedPage]:
    """The chapter's pages."""
    wording = scope.wording
    type_ = Typography(scope.paper)
    size = type_.cell.size * 1.35
    stages = {stage.id: one_line(stage.name) for stage in scope.workshop.stages}
    channels = {channel.id: one_line(channel.name) for channel in scope.workshop.channels}
    plan = actions_by_card(scope.workshop.actions)
    personas = PersonaCells(scope, size)
    title = wording("moments")
    columns = [
        Column(wording("touchpoint"), 3.2),
        Column(wording("stage"), 1.3),
        Column(wording("channel"), 1.2),
        Column(wording("personas"), 1.8),
        Column(wording("emotion"), 0.75),
        Column(wording("actions_decided"), 3.2),
    ]
    blocks: list[Block] = [Heading(title, 0, Bookmark(title, 0))]
    for journey in scope.journeys:
        view = scope.view(journey)
        name = one_line(journey.name)
        blocks.append(Heading(name, 1, Bookmark(f"{title} — {name}", 1, in_contents=False)))
        rows = []
        for card in scope.cards_in_order(view):
            if not (card.moment_of_truth or card.rating is Rating.BREAKING_POINT):
                continue
            actions = [
                f"• {one_line(action.text)} — {one_line(action.owner) or wording('none')}"
                f" ({wording.level(action.priority)}, {wording.status(action.status)})"
                for action in plan.get(card.id, [])
            ]
            rows.append(
                [
                    Cell(card.text, marker=touchpoint_marker(card, size)),
                    Cell(stages.get(card.stage_id, "")),
                    Cell(channels.get(card.channel_id, "")),
                    personas(card),
                    Cell(wording.emotion(card.emotion) if card.emotion is not None else ""),
                    Cell("\n".join(actions)),
                ]
            )
        if rows:
            blocks.append(Table(columns, rows))
        else:
            blocks.append(Paragraph(wording("no_moments"), type_.note))
    return paginate(blocks, scope.paper, title, wording("continued"))
