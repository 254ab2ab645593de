"""The lanes under the grid: the emotion curve and the CRM lane.

The emotion lane draws the mean emotion of each stage's cards (-2 to +2) as a curve; the
CRM lane shows each stage's lifecycle status and the pipeline stages tied to it with their
win probabilities. The values are worked out (Qt-free) by :func:`stage_emotions` and
:func:`stage_crm`; the items only draw them. Column separators come from the scene's
background, so lane items leave their columns see-through.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLineF, QLocale, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen, QStaticText

from journey_studio.gui import palette
from journey_studio.gui.canvas.items.base import MapRectItem
from journey_studio.gui.canvas.text import cached_font, elided, static_line, static_lines
from journey_studio.model.vocabulary import EMOTION_MAX

if TYPE_CHECKING:
    from PySide6.QtWidgets import (
        QGraphicsItem,
        QGraphicsSceneHoverEvent,
        QStyleOptionGraphicsItem,
        QWidget,
    )

    from journey_studio.model.workshop import Journey, Workshop

PADDING = 8.0


@dataclass(frozen=True, slots=True)
class StageEmotion:
    """The mean emotion of a stage's cards, over those that have one."""

    mean: float | None
    cards: int
    """How many cards have an emotion."""


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


def stage_emotions(
    journey: Journey, stage_ids: Sequence[str], persona_id: str | None = None
) -> list[StageEmotion]:
    """The mean emotion of each stage's cards, in the order of ``stage_ids``.

    With ``persona_id``, only the cards of that persona count: the persona's own curve.
    """
    totals = {stage_id: [0, 0] for stage_id in stage_ids}
    for card in journey.cards.values():
        if card.emotion is None or card.stage_id not in totals:
            continue
        if persona_id is not None and persona_id not in card.persona_ids:
            continue
        total = totals[card.stage_id]
        total[0] += card.emotion
        total[1] += 1
    return [
        StageEmotion(total / count if count else None, count)
        for total, count in (totals[stage_id] for stage_id in stage_ids)
    ]


def stage_emotion(
    journey: Journey, stage_id: str, channel_ids: Sequence[str], persona_id: str | None = None
) -> StageEmotion:
    """The mean emotion of one stage's cards (of one persona's, when given), from its cells."""
    total = count = 0
    for channel_id in channel_ids:
        for card in journey.cell_cards(stage_id, channel_id):
            if card.emotion is None:
                continue
            if persona_id is not None and persona_id not in card.persona_ids:
                continue
            total += card.emotion
            count += 1
    return StageEmotion(total / count if count else None, count)


@dataclass(frozen=True, slots=True)
class PersonaCurve:
    """One persona's emotion curve, drawn over the journey's own when the map is filtered."""

    name: str
    colour: str
    emotions: tuple[StageEmotion, ...]


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


def format_percent(value: int, locale: QLocale | None = None) -> str:
    """``30 %`` in French (narrow no-break space), ``30%`` in English."""
    locale = locale or QLocale()
    number = locale.toString(value)
    if locale.language() == QLocale.Language.French:
        return f"{number}\u202f%"
    return f"{number}%"


def format_emotion(value: float, locale: QLocale | None = None) -> str:
    """A signed mean emotion with one decimal in the locale's style: ``+1,5``, ``−0,3``."""
    locale = locale or QLocale()
    rounded = round(float(value), 1)
    sign = "+" if rounded > 0 else "\u2212" if rounded < 0 else ""
    return sign + locale.toString(abs(rounded), "f", 1)


class _LaneItem(MapRectItem):
    """A lane: its title on the left, one column per stage.

    ``columns`` are the stage slots in the lane's own coordinates.
    """

    def __init__(
        self,
        title: str,
        subtitle: str,
        size: QSizeF,
        label: QRectF,
        columns: Sequence[QRectF],
        parent: QGraphicsItem | None = None,
    ) -> None:
        super().__init__(size, parent)
        self._title_text = title
        self._subtitle_text = subtitle
        self._label_rect = QRectF(label)
        self._columns = [QRectF(column) for column in columns]
        self._tooltips: list[str] = [""] * len(self._columns)
        self._title = QStaticText()
        self._subtitle = QStaticText()
        self.setAcceptHoverEvents(True)

    @property
    def title(self) -> str:
        return self._title_text

    def column_tooltip(self, index: int) -> str:
        """The tooltip shown over one stage's column."""
        return self._tooltips[index]

    def hoverMoveEvent(self, event: QGraphicsSceneHoverEvent) -> None:  # noqa: N802
        x = event.pos().x()
        text = self._title_text
        for column, tooltip in zip(self._columns, self._tooltips, strict=True):
            if column.left() <= x < column.right():
                text = tooltip
                break
        self.setToolTip(text)
        super().hoverMoveEvent(event)

    def _paint_label(self, painter: QPainter) -> None:
        painter.fillRect(self._label_rect, QColor(palette.HEADER_HEX))
        painter.setPen(QColor(palette.INK_HEX))
        painter.setFont(_title_font())
        origin = QPointF(self._label_rect.x() + PADDING + 2.0, self._label_rect.y() + PADDING)
        painter.drawStaticText(origin, self._title)
        painter.setPen(QColor(palette.MUTED_INK_HEX))
        painter.setFont(_small_font())
        painter.drawStaticText(
            origin + QPointF(0.0, self._title.size().height() + 2.0), self._subtitle
        )

    def _rebuild_label(self, subtitle_width: float) -> None:
        self._title = static_line(self._title_text, _title_font(), self._label_rect.width() - 20)
        words = self._subtitle_text.split("\n")
        lines = [elided(line, _small_font(), subtitle_width) for line in words]
        self._subtitle = static_lines(lines, _small_font())


class EmotionLaneItem(_LaneItem):
    """The emotion curve: one point per stage at its cards' mean emotion.

    When the map is filtered by a persona, the persona's own curve is drawn in the persona's
    colour over the journey's, which stays as a thin grey line for comparison.
    """

    def __init__(
        self,
        size: QSizeF,
        label: QRectF,
        columns: Sequence[QRectF],
        emotions: Sequence[StageEmotion],
        parent: QGraphicsItem | None = None,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("EmotionLaneItem", "Emotion"),
            QCoreApplication.translate("EmotionLaneItem", "Mean per stage"),
            size,
            label,
            columns,
            parent,
        )
        if len(emotions) != len(columns):
            raise ValueError("One emotion per stage column is needed.")
        self._emotions = tuple(emotions)
        self._persona: PersonaCurve | None = None
        self._curve = QPainterPath()
        self._persona_curve = QPainterPath()
        self._points: list[tuple[QPointF, QColor]] = []
        self._values: list[tuple[QPointF, QStaticText]] = []
        self._scale: list[tuple[QPointF, QStaticText]] = []
        self._rebuild()

    @property
    def emotions(self) -> tuple[StageEmotion, ...]:
        return self._emotions

    @property
    def persona(self) -> PersonaCurve | None:
        """The persona curve drawn over the journey's, or None."""
        return self._persona

    def set_persona(self, curve: PersonaCurve | None) -> None:
        """Draw this persona's curve over the journey's (None: the journey's only)."""
        if curve is not None and len(curve.emotions) != len(self._columns):
            raise ValueError("One emotion per stage column is needed.")
        if curve == self._persona:
            return
        self._persona = curve
        self._rebuild()
        self.update()

    def persona_curve(self) -> QPainterPath:
        """The persona's curve (a copy; empty when the map is not filtered)."""
        return QPainterPath(self._persona_curve)

    def set_emotions(self, emotions: Sequence[StageEmotion]) -> None:
        """Show new means, one per stage column (the columns stay)."""
        if len(emotions) != len(self._columns):
            raise ValueError("One emotion per stage column is needed.")
        emotions = tuple(emotions)
        if emotions == self._emotions:
            return
        self._emotions = emotions
        self._rebuild()
        self.update()

    def curve(self) -> QPainterPath:
        """The curve through the stages' means (a copy)."""
        return QPainterPath(self._curve)

    def y_for(self, emotion: float) -> float:
        """Where an emotion sits vertically in the lane."""
        top, bottom = self._plot_top(), self._plot_bottom()
        middle = (top + bottom) / 2
        return middle - emotion / EMOTION_MAX * (bottom - top) / 2

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        left, right = self._label_rect.right(), self._rect.right()
        middle = self.y_for(0.0)
        painter.fillRect(QRectF(left, 0.0, right - left, middle), _positive_zone())
        painter.fillRect(
            QRectF(left, middle, right - left, self._rect.height() - middle), _negative_zone()
        )
        painter.setPen(QPen(QColor(palette.NEUTRAL_HEX), 1.0, Qt.PenStyle.DashLine))
        painter.drawLine(QLineF(left, middle, right, middle))
        self._paint_label(painter)
        painter.setPen(QColor(palette.MUTED_INK_HEX))
        painter.setFont(_small_font())
        for origin, text in self._scale:
            painter.drawStaticText(origin, text)

        painter.setBrush(Qt.BrushStyle.NoBrush)
        if self._persona is None:
            painter.setPen(QPen(QColor(palette.INK_HEX), 2.0))
            painter.drawPath(self._curve)
        else:
            painter.setPen(QPen(QColor(palette.NEUTRAL_HEX), 1.0, Qt.PenStyle.DashLine))
            painter.drawPath(self._curve)
            painter.setPen(QPen(QColor(self._persona.colour), 2.5))
            painter.drawPath(self._persona_curve)
        painter.setPen(QPen(QColor(palette.MAP_HEX), 1.5))
        for centre, fill in self._points:
            painter.setBrush(fill)
            painter.drawEllipse(centre, 5.0, 5.0)
        painter.setPen(QColor(palette.INK_HEX))
        painter.setFont(_value_font())
        for origin, text in self._values:
            painter.drawStaticText(origin, text)

    def _plot_top(self) -> float:
        return 16.0

    def _plot_bottom(self) -> float:
        return self._rect.height() - 16.0

    def _rebuild(self) -> None:
        self._rebuild_label(self._label_rect.width() - 2 * PADDING - 24.0)
        self._scale = []
        for value, text in ((EMOTION_MAX, f"+{EMOTION_MAX}"), (0, "0"), (-EMOTION_MAX, "\u22122")):
            static = static_line(text, _small_font())
            size = static.size()
            x = self._label_rect.right() - PADDING - size.width()
            self._scale.append((QPointF(x, self.y_for(value) - size.height() / 2), static))

        self._curve, points = self._trace(self._emotions)
        shown = self._emotions
        self._persona_curve = QPainterPath()
        if self._persona is not None:
            self._persona_curve, points = self._trace(self._persona.emotions)
            shown = self._persona.emotions
        # Points and values are those of the curve in front: the persona's when filtered.
        self._points = []
        self._values = []
        for point, mean in points:
            self._points.append((point, _emotion_colour(mean)))
            static = static_line(format_emotion(mean), _value_font())
            size = static.size()
            above = mean < EMOTION_MAX * 0.6
            y = point.y() - 7.0 - size.height() if above else point.y() + 7.0
            self._values.append((QPointF(point.x() + 7.0, y), static))
        self._tooltips = [_emotion_tooltip(self, emotion) for emotion in shown]

    def _trace(
        self, emotions: Sequence[StageEmotion]
    ) -> tuple[QPainterPath, list[tuple[QPointF, float]]]:
        """A smooth curve through the stages' means, broken where a stage has none."""
        curve = QPainterPath()
        points: list[tuple[QPointF, float]] = []
        previous: QPointF | None = None
        for column, emotion in zip(self._columns, emotions, strict=True):
            if emotion.mean is None:
                previous = None
                continue
            point = QPointF(column.center().x(), self.y_for(emotion.mean))
            if previous is None:
                curve.moveTo(point)
            else:
                bend = (point.x() - previous.x()) / 2
                curve.cubicTo(
                    QPointF(previous.x() + bend, previous.y()),
                    QPointF(point.x() - bend, point.y()),
                    point,
                )
            previous = point
            points.append((point, emotion.mean))
        return curve, points


def _emotion_tooltip(item: EmotionLaneItem, emotion: StageEmotion) -> str:
    if emotion.mean is None:
        return item.tr("No card of this stage has an emotion yet.")
    return item.tr("Mean emotion %1 over %n card(s)", "", emotion.cards).replace(
        "%1", format_emotion(emotion.mean)
    )


def _emotion_colour(mean: float) -> QColor:
    if mean > 0.25:
        return QColor(palette.POSITIVE_HEX)
    if mean < -0.25:
        return QColor(palette.NEGATIVE_HEX)
    return QColor(palette.NEUTRAL_HEX)


class CrmLaneItem(_LaneItem):
    """The CRM lane: each stage's lifecycle status and its pipeline stages' probabilities."""

    PILL = 17.0
    STEP = 12.5

    def __init__(
        self,
        size: QSizeF,
        label: QRectF,
        columns: Sequence[QRectF],
        stages: Sequence[StageCrm],
        parent: QGraphicsItem | None = None,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("CrmLaneItem", "CRM"),
            QCoreApplication.translate("CrmLaneItem", "Lifecycle status\nPipeline stages"),
            size,
            label,
            columns,
            parent,
        )
        if len(stages) != len(columns):
            raise ValueError("One CRM entry per stage column is needed.")
        self._stages = tuple(stages)
        self._pills: list[tuple[QRectF, QStaticText]] = []
        self._steps: list[tuple[QPointF, QColor, QStaticText, QStaticText | None, float]] = []
        self._more: list[tuple[QPointF, QStaticText]] = []
        self._rebuild()

    @property
    def stages(self) -> tuple[StageCrm, ...]:
        return self._stages

    def set_stages(self, stages: Sequence[StageCrm]) -> None:
        """Show new statuses and pipeline stages, one per stage column."""
        if len(stages) != len(self._columns):
            raise ValueError("One CRM entry per stage column is needed.")
        stages = tuple(stages)
        if stages == self._stages:
            return
        self._stages = stages
        self._rebuild()
        self.update()

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_label(painter)
        crm = QColor(palette.CRM_HEX)
        painter.setFont(_pill_font())
        for pill, text in self._pills:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.tint(crm, 0.86))
            painter.drawRoundedRect(pill, self.PILL / 2, self.PILL / 2)
            painter.setPen(crm.darker(130))
            size = text.size()
            painter.drawStaticText(
                QPointF(pill.x() + 8.0, pill.y() + (pill.height() - size.height()) / 2), text
            )
        for dot, colour, name, probability, right in self._steps:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawEllipse(dot, 3.5, 3.5)
            painter.setPen(QColor(palette.INK_HEX))
            painter.setFont(_step_font())
            height = name.size().height()
            painter.drawStaticText(QPointF(dot.x() + 7.0, dot.y() - height / 2), name)
            if probability is not None:
                painter.setFont(_step_bold_font())
                size = probability.size()
                painter.drawStaticText(
                    QPointF(right - size.width(), dot.y() - height / 2), probability
                )
        painter.setPen(QColor(palette.MUTED_INK_HEX))
        painter.setFont(_small_font())
        for origin, text in self._more:
            painter.drawStaticText(origin, text)

    def _rebuild(self) -> None:
        self._rebuild_label(self._label_rect.width() - 2 * PADDING - 2.0)
        self._pills, self._steps, self._more = [], [], []
        tooltips = []
        for column, stage in zip(self._columns, self._stages, strict=True):
            tooltips.append(self._tooltip(stage))
            inner = column.adjusted(PADDING, 7.0, -PADDING, -3.0)
            if stage.lifecycle_status:
                text = static_line(stage.lifecycle_status, _pill_font(), inner.width() - 16.0)
                width = min(inner.width(), text.size().width() + 16.0)
                self._pills.append((QRectF(inner.x(), inner.y(), width, self.PILL), text))
            top = inner.y() + self.PILL + 3.0
            room = max(0, math.floor((inner.bottom() - top) / self.STEP))
            shown = stage.steps if len(stage.steps) <= room else stage.steps[: max(0, room - 1)]
            for index, step in enumerate(shown):
                y = top + index * self.STEP + self.STEP / 2
                probability = (
                    static_line(format_percent(step.probability), _step_bold_font())
                    if step.probability is not None
                    else None
                )
                reserve = probability.size().width() + 6.0 if probability is not None else 0.0
                name_width = inner.width() - 10.0 - reserve
                name = static_line(step.name, _step_font(), name_width)
                self._steps.append(
                    (
                        QPointF(inner.x() + 3.5, y),
                        palette.colour(step.colour),
                        name,
                        probability,
                        inner.right(),
                    )
                )
            hidden = len(stage.steps) - len(shown)
            if hidden:
                more = static_line(self.tr("+%n more", "", hidden), _small_font())
                y = top + len(shown) * self.STEP + (self.STEP - more.size().height()) / 2
                self._more.append((QPointF(inner.x() + 10.0, y), more))
        self._tooltips = tooltips

    def _tooltip(self, stage: StageCrm) -> str:
        lines = []
        if stage.lifecycle_status:
            lines.append(self.tr("Lifecycle status: %1").replace("%1", stage.lifecycle_status))
        for step in stage.steps:
            probability = format_percent(step.probability) if step.probability is not None else "—"
            lines.append(
                self.tr("%1 › %2: %3")
                .replace("%1", step.pipeline)
                .replace("%2", step.name)
                .replace("%3", probability)
            )
        return "\n".join(lines) or self.tr("No lifecycle status or pipeline stage yet.")


def _title_font() -> QFont:
    return cached_font(11.0, bold=True)


def _small_font() -> QFont:
    return cached_font(9.0)


def _value_font() -> QFont:
    return cached_font(9.5, bold=True)


def _pill_font() -> QFont:
    return cached_font(10.0, bold=True)


def _step_font() -> QFont:
    return cached_font(9.5)


def _step_bold_font() -> QFont:
    return cached_font(9.5, bold=True)


def _positive_zone() -> QColor:
    zone = QColor(palette.POSITIVE_HEX)
    zone.setAlpha(18)
    return zone


def _negative_zone() -> QColor:
    zone = QColor(palette.NEGATIVE_HEX)
    zone.setAlpha(18)
    return zone
