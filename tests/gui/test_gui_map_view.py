"""Zoom with Ctrl+wheel, fit to the window, and the zoomed-out level of detail."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QWheelEvent
from PySide6.QtWidgets import QApplication, QGraphicsView

from journey_studio.gui import palette
from journey_studio.gui.canvas.view import MAX_ZOOM, MIN_ZOOM, WHEEL_STEP
from journey_studio.model.vocabulary import Rating


def _wheel(view: QGraphicsView, notches: int, modifiers: Qt.KeyboardModifier) -> None:
    viewport = view.viewport()
    position = QPointF(viewport.rect().center())
    event = QWheelEvent(
        position,
        QPointF(viewport.mapToGlobal(position.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        modifiers,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(viewport, event)


def _visible(view: QGraphicsView) -> QRectF:
    return view.mapToScene(view.viewport().rect()).boundingRect()


def test_the_map_is_fitted_to_the_window_on_open(main_window) -> None:
    view = main_window.view
    assert view.is_fitted()
    assert _visible(view).contains(main_window.scene.map_rect())


def test_ctrl_wheel_zooms_in_and_out(main_window, qtbot) -> None:
    view = main_window.view
    before = view.zoom()
    transform = view.transform()
    with qtbot.waitSignal(view.zoom_changed, timeout=1000) as signal:
        _wheel(view, 1, Qt.KeyboardModifier.ControlModifier)
    assert view.transform() != transform
    assert view.zoom() == pytest.approx(before * WHEEL_STEP)
    assert signal.args == [pytest.approx(view.zoom())]
    assert not view.is_fitted()
    assert main_window.zoom_label.text() == f"Zoom {round(view.zoom() * 100)}%"

    _wheel(view, -2, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() == pytest.approx(before / WHEEL_STEP)


def test_the_wheel_without_ctrl_does_not_zoom(main_window) -> None:
    view = main_window.view
    view.set_zoom(2.0)
    _wheel(view, -1, Qt.KeyboardModifier.NoModifier)
    assert view.zoom() == pytest.approx(2.0)


def test_zoom_stays_within_its_limits(main_window) -> None:
    view = main_window.view
    for _ in range(60):
        _wheel(view, 1, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() == pytest.approx(MAX_ZOOM)
    for _ in range(120):
        _wheel(view, -1, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() == pytest.approx(MIN_ZOOM)


def test_fit_makes_the_whole_map_visible_again(main_window) -> None:
    view = main_window.view
    view.set_zoom(3.0)
    assert not _visible(view).contains(main_window.scene.map_rect())
    main_window.fit_action.trigger()
    assert view.is_fitted()
    assert _visible(view).contains(main_window.scene.map_rect())


def test_a_fitted_map_stays_fitted_when_the_window_shrinks(main_window, qtbot) -> None:
    view = main_window.view
    before = view.zoom()
    main_window.resize(700, 500)
    qtbot.waitUntil(lambda: view.zoom() < before, timeout=2000)
    assert _visible(view).contains(main_window.scene.map_rect())


def test_view_actions_zoom_and_reset(main_window) -> None:
    view = main_window.view
    main_window.actual_size_action.trigger()
    assert view.zoom() == pytest.approx(1.0)
    main_window.zoom_in_action.trigger()
    assert view.zoom() > 1.0
    main_window.zoom_out_action.trigger()
    main_window.zoom_out_action.trigger()
    assert view.zoom() < 1.0


def test_the_left_button_is_left_to_the_editor(main_window) -> None:
    # Panning is space-drag or the middle button (tests/gui/test_canvas_view.py).
    assert main_window.view.dragMode() is QGraphicsView.DragMode.NoDrag


def _render(scene, source: QRectF, scale: float) -> QImage:
    image = QImage(
        round(source.width() * scale), round(source.height() * scale), QImage.Format.Format_RGB32
    )
    image.fill(QColor("#000000"))
    painter = QPainter(image)
    scene.render(painter, QRectF(image.rect()), source)
    painter.end()
    return image


def test_zoomed_out_cards_are_plain_rectangles_in_their_rating_colour(main_window) -> None:
    scene = main_window.scene
    journey = main_window.document.current_journey
    (card,) = [c for c in journey.cards.values() if c.rating is Rating.BREAKING_POINT]
    rect = scene.item_for_card[card.id].sceneBoundingRect()
    red = QColor(palette.BREAKING_POINT_HEX)

    far = _render(scene, rect, 0.3)
    assert far.pixelColor(far.width() // 2, far.height() // 2) == red

    near = _render(scene, rect, 1.0)
    # Between the text and the footer the card is white; its left stripe is the rating colour.
    assert near.pixelColor(round(rect.width() / 2), 47) == QColor(palette.CARD_HEX)
    assert near.pixelColor(3, round(rect.height() / 2)) == red
