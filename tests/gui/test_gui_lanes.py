"""The emotion lane's curve and the CRM lane's statuses and probabilities."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, QRectF, QSizeF

from journey_studio.gui.canvas.items.lanes import (
    EmotionLaneItem,
    PipelineStep,
    StageCrm,
    StageEmotion,
    format_emotion,
    format_percent,
    stage_crm,
    stage_emotions,
)


def test_stage_emotions_average_the_cards_that_have_one(small_workshop) -> None:
    current = small_workshop.journeys[0]
    ids = [stage.id for stage in small_workshop.stages]
    assert stage_emotions(current, ids) == [
        StageEmotion(0.5, 2),
        StageEmotion(None, 0),
        StageEmotion(-2.0, 1),
    ]


def test_stage_crm_gives_each_stage_its_status_and_pipeline_stages(small_workshop) -> None:
    ids = [stage.id for stage in small_workshop.stages]
    assert stage_crm(small_workshop, ids) == [
        StageCrm("Lead", ()),
        StageCrm("MQL", ()),
        StageCrm(
            "Opportunité",
            (
                PipelineStep("Ventes", "Proposition envoyée", "#E07B39", 30),
                PipelineStep("Ventes", "Négociation", "#E07B39", 60),
            ),
        ),
    ]


def test_the_shown_lanes_carry_the_journey_values(main_window) -> None:
    scene = main_window.scene
    assert [e.mean for e in scene.emotion_lane.emotions] == [0.5, None, -2.0]
    assert [s.lifecycle_status for s in scene.crm_lane.stages] == ["Lead", "MQL", "Opportunité"]
    assert "60" in scene.crm_lane.column_tooltip(2)
    assert "Négociation" in scene.crm_lane.column_tooltip(2)


def test_the_emotion_curve_goes_through_each_stage_mean(qapp) -> None:
    columns = [QRectF(140.0 + 200.0 * i, 0.0, 200.0, 120.0) for i in range(4)]
    emotions = [
        StageEmotion(2.0, 1),
        StageEmotion(-2.0, 3),
        StageEmotion(None, 0),
        StageEmotion(0, 2),
    ]
    lane = EmotionLaneItem(QSizeF(940.0, 120.0), QRectF(0.0, 0.0, 140.0, 120.0), columns, emotions)
    curve = lane.curve()
    top, bottom = lane.y_for(2.0), lane.y_for(-2.0)
    assert 0.0 < top < lane.y_for(0.0) < bottom < 120.0
    assert curve.elementAt(0).x == pytest.approx(240.0)
    assert curve.elementAt(0).y == pytest.approx(top)
    # The stage without emotions breaks the curve: the last point starts a new piece.
    assert curve.pointAtPercent(1.0).x() == pytest.approx(440.0)
    assert curve.pointAtPercent(1.0).y() == pytest.approx(bottom)
    last = curve.elementAt(curve.elementCount() - 1)
    assert (last.x, last.y) == (pytest.approx(840.0), pytest.approx(lane.y_for(0.0)))
    assert last.isMoveTo()


def test_one_emotion_per_column_is_required(qapp) -> None:
    with pytest.raises(ValueError, match="One emotion per stage"):
        EmotionLaneItem(QSizeF(100, 100), QRectF(0, 0, 10, 100), [QRectF()], [])


def test_numbers_follow_the_language() -> None:
    french, english = QLocale(QLocale.Language.French), QLocale(QLocale.Language.English)
    assert format_percent(30, french) == "30\u202f%"
    assert format_percent(30, english) == "30%"
    assert format_emotion(-1.46, french) == "\u22121,5"
    assert format_emotion(0.26, english) == "+0.3"
    assert format_emotion(0.0, english) == "0.0"
