"""Moving around the map: space-drag and the middle button pan, a pinch zooms; neither
changes the model or the selection."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QNativeGestureEvent, QPointingDevice
from PySide6.QtWidgets import QApplication


@pytest.fixture
def zoomed(main_window, qtbot):
    view = main_window.view
    main_window.activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus, timeout=2000)
    view.set_zoom(2.0)
    view.centerOn(main_window.scene.map_rect().center())
    return main_window


def _scroll(view) -> QPoint:
    return QPoint(view.horizontalScrollBar().value(), view.verticalScrollBar().value())


def test_space_drag_pans_the_map(zoomed, qtbot) -> None:
    view = zoomed.view
    viewport = view.viewport()
    before = _scroll(view)
    qtbot.keyPress(view, Qt.Key.Key_Space)
    start = viewport.rect().center()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    assert view.is_panning()
    for step in range(1, 6):
        qtbot.mouseMove(viewport, start + QPoint(-20 * step, -10 * step))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=start + QPoint(-100, -50))
    qtbot.keyRelease(view, Qt.Key.Key_Space)
    assert _scroll(view) == before + QPoint(100, 50)
    assert not view.is_panning()
    assert zoomed.scene.selected_card_ids() == []
    assert zoomed.document.undo_stack.count() == 0


def test_the_middle_button_pans_the_map(zoomed, qtbot) -> None:
    view = zoomed.view
    viewport = view.viewport()
    before = _scroll(view)
    start = viewport.rect().center()
    qtbot.mousePress(viewport, Qt.MouseButton.MiddleButton, pos=start)
    qtbot.mouseMove(viewport, start + QPoint(30, 40))
    qtbot.mouseRelease(viewport, Qt.MouseButton.MiddleButton, pos=start + QPoint(30, 40))
    assert _scroll(view) == before - QPoint(30, 40)


def test_a_pinch_zooms(zoomed) -> None:
    view = zoomed.view
    before = view.zoom()
    position = QPointF(view.viewport().rect().center())
    event = QNativeGestureEvent(
        Qt.NativeGestureType.ZoomNativeGesture,
        QPointingDevice.primaryPointingDevice(),
        2,
        position,
        position,
        QPointF(view.viewport().mapToGlobal(position)),
        0.25,
        QPointF(),
    )
    QApplication.sendEvent(view.viewport(), event)
    assert view.zoom() == pytest.approx(before * 1.25)
    assert not view.is_fitted()
