"""The lanes under a printed map: the emotion curve and the CRM lane (``lanes.py``).

The emotion lane draws each stage's mean emotion (-2 to +2) as a smooth curve over a green
(positive) and a red (negative) zone; the CRM lane shows each stage's lifecycle status in a
blue pill and the pipeline stages tied to it with their win probabilities. The values are
worked out as the canvas works them out.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from journey_studio.exporters.pdf.fonts import BOLD, LINE_SPACING, REGULAR
from journey_studio.exporters.pdf.style import (
    CRM,
    HEADER,
    INK,
    MUTED,
    NEUTRAL,
    RGB,
    WHITE,
    LaneSizes,
    darker,
    emotion_colour,
    over_white,
    rating_colour,
    rgb,
    tint,
)
from journey_studio.exporters.pdf.text import measure, one_line
from journey_studio.model.vocabulary import EMOTION_MAX, Rating

if TYPE_CHECKING:
    from journey_studio.exporters.pdf.painter import Painter
    from journey_studio.exporters.pdf.wording import Wording
    from journey_studio.layout import Lane, Rect
    from journey_studio.model.workshop import Journey, Workshop

L = LaneSizes


@dataclass(frozen=True, slots=True)
class StageEmotion:
    """The mean emotion of a stage's cards, over those that have one."""

    mean: float | None
    cards: int


@dataclass(frozen=True, slots=True)
class PipelineStep:
    """A pipeline stage as the CRM lane shows it."""

    pipeline: str
    name: str
    colour: str
    probability: int | None


@dataclass(frozen=True, slots=True)
class StageCrm:
    """What the CRM lane shows under one stage."""

    lifecycle_status: str
    steps: tuple[PipelineStep, ...]


def stage_emotions(journey: Journey, stage_ids: Sequence[str]) -> list[StageEmotion]:
    """The mean emotion of each stage's cards, in the order of ``stage_ids``."""
    totals = {stage_id: [0, 0] for stage_id in stage_ids}
    for card in journey.cards.values():
        if card.emotion is not None and card.stage_id in totals:
            total = totals[card.stage_id]
            total[0] += card.emotion
            total[1] += 1
    return [
        StageEmotion(total / count if count else None, count)
        for total, count in (totals[stage_id] for stage_id in stage_ids)
    ]


def stage_crm(workshop: Workshop, stage_ids: Sequence[str]) -> list[StageCrm]:
    """Each stage's lifecycle status and pipeline stages, in the order of ``stage_ids``."""
    steps: dict[str, list[PipelineStep]] = {stage_id: [] for stage_id in stage_ids}
    for pipeline in workshop.pipelines:
        for stage in pipeline.stages:
            if stage.stage_id in steps:
                steps[stage.stage_id].append(
                    PipelineStep(pipeline.name, stage.name, pipeline.colour, stage.probability)
                )
    statuses = {stage.id: stage.lifecycle_status for stage in workshop.stages}
    return [
        StageCrm(statuses.get(stage_id, "").strip(), tuple(steps[stage_id]))
        for stage_id in stage_ids
    ]


def draw_lane_label(
    painter: Painter, label: Rect, title: str, subtitle: str, subtitle_width: float
) -> None:
    """The lane's title and subtitle on the header colour, under the channel headers."""
    painter.rect(label.x, label.y, label.width, label.height, fill=HEADER)
    x, y = label.x + L.PADDING + 2.0, label.y + L.PADDING
    title_font = measure(BOLD, L.TITLE)
    painter.text(x, y, title_font.elided_chars(title, label.width - 20), BOLD, L.TITLE, INK)
    small = measure(REGULAR, L.SMALL)
    lines = [small.elided_chars(line, subtitle_width) for line in subtitle.split("\n")]
    painter.text_lines(x, y + LINE_SPACING * L.TITLE + 2.0, lines, REGULAR, L.SMALL, MUTED)


def draw_emotion_lane(
    painter: Painter,
    lane: Lane,
    stage_ids: Sequence[str],
    emotions: Sequence[StageEmotion],
    wording: Wording,
) -> None:
    """The emotion curve: one point per stage at its cards' mean emotion."""
    rect, label = lane.rect, lane.label
    top, bottom = rect.y + L.PLOT_MARGIN, rect.bottom - L.PLOT_MARGIN

    def y_for(emotion: float) -> float:
        return (top + bottom) / 2 - emotion / EMOTION_MAX * (bottom - top) / 2

    left, right = label.right, rect.right
    middle = y_for(0.0)
    positive = over_white(rating_colour(Rating.DELIGHT), 18)
    negative = over_white(rating_colour(Rating.BREAKING_POINT), 18)
    painter.rect(left, rect.y, right - left, middle - rect.y, fill=positive)
    painter.rect(left, middle, right - left, rect.bottom - middle, fill=negative)
    painter.line(left, middle, right, middle, NEUTRAL, 1.0, dash=(4.0, 2.0))
    draw_lane_label(
        painter,
        label,
        wording("emotion"),
        wording("emotion_mean"),
        label.width - 2 * L.PADDING - 24.0,
    )
    small = measure(REGULAR, L.SMALL)
    for value, text in (
        (EMOTION_MAX, f"+{EMOTION_MAX}"),
        (0, "0"),
        (-EMOTION_MAX, "\u2212" + str(EMOTION_MAX)),
    ):
        height = LINE_SPACING * L.SMALL
        x = label.right - L.PADDING - small.width(text)
        painter.text(x, y_for(value) - height / 2, text, REGULAR, L.SMALL, MUTED)

    points: list[tuple[float, float, float]] = []
    runs: list[list[tuple[float, float]]] = []
    previous = False
    for stage_id, emotion in zip(stage_ids, emotions, strict=True):
        if emotion.mean is None:
            previous = False
            continue
        slot = lane.slots[stage_id]
        point = (slot.x + slot.width / 2, y_for(emotion.mean))
        if not previous:
            runs.append([])
        runs[-1].append(point)
        points.append((*point, emotion.mean))
        previous = True
    for run in runs:
        if len(run) < 2:
            continue
        curves = []
        for (x0, y0), (x1, y1) in itertools.pairwise(run):
            bend = (x1 - x0) / 2
            curves.append((x0 + bend, y0, x1 - bend, y1, x1, y1))
        painter.cubic_path(run[0], curves, INK, 2.0)
    value_size = L.VALUE
    for x, y, mean in points:
        painter.circle(x, y, L.POINT, fill=emotion_colour(mean), stroke=WHITE, line_width=1.5)
    for x, y, mean in points:
        height = LINE_SPACING * value_size
        above = mean < EMOTION_MAX * 0.6
        text_top = y - 7.0 - height if above else y + 7.0
        painter.text(x + 7.0, text_top, wording.emotion(mean), BOLD, value_size, INK)


def draw_crm_lane(
    painter: Painter,
    lane: Lane,
    stage_ids: Sequence[str],
    stages: Sequence[StageCrm],
    wording: Wording,
) -> None:
    """Each stage's lifecycle status and its pipeline stages' probabilities."""
    label = lane.label
    draw_lane_label(
        painter, label, wording("crm"), wording("crm_subtitle"), label.width - 2 * L.PADDING - 2.0
    )
    pill_font = measure(BOLD, L.PILL_TEXT)
    step_font = measure(REGULAR, L.STEP_TEXT)
    step_bold = measure(BOLD, L.STEP_TEXT)
    pill_fill = tint(CRM, 0.86)
    pill_ink = darker(CRM, 130)
    for stage_id, stage in zip(stage_ids, stages, strict=True):
        column = lane.slots[stage_id]
        inner_x, inner_y = column.x + L.PADDING, column.y + 7.0
        inner_width = column.width - 2 * L.PADDING
        inner_bottom = column.bottom - 3.0
        if stage.lifecycle_status:
            text = pill_font.elided_chars(one_line(stage.lifecycle_status), inner_width - 16.0)
            width = min(inner_width, pill_font.width(text) + 16.0)
            painter.rounded_rect(inner_x, inner_y, width, L.PILL, L.PILL / 2, fill=pill_fill)
            text_top = inner_y + (L.PILL - LINE_SPACING * L.PILL_TEXT) / 2
            painter.text(inner_x + 8.0, text_top, text, BOLD, L.PILL_TEXT, pill_ink)
        top = inner_y + L.PILL + 3.0
        room = max(0, math.floor((inner_bottom - top) / L.STEP))
        shown = stage.steps if len(stage.steps) <= room else stage.steps[: max(0, room - 1)]
        height = LINE_SPACING * L.STEP_TEXT
        for index, step in enumerate(shown):
            y = top + index * L.STEP + L.STEP / 2
            dot: RGB = rgb(step.colour)
            painter.circle(inner_x + 3.5, y, 3.5, fill=dot)
            reserve = 0.0
            if step.probability is not None:
                probability = wording.percent(step.probability)
                reserve = step_bold.width(probability) + 6.0
                painter.text(
                    inner_x + inner_width,
                    y - height / 2,
                    probability,
                    BOLD,
                    L.STEP_TEXT,
                    INK,
                    "right",
                )
            name = step_font.elided_chars(one_line(step.name), inner_width - 10.0 - reserve)
            painter.text(inner_x + 10.5, y - height / 2, name, REGULAR, L.STEP_TEXT, INK)
        hidden = len(stage.steps) - len(shown)
        if hidden:
            y = top + len(shown) * L.STEP + (L.STEP - LINE_SPACING * L.SMALL) / 2
            painter.text(inner_x + 10.0, y, wording("more", n=hidden), REGULAR, L.SMALL, MUTED)
