"""Driving the canvas as a person does: real mouse and key events on the view's viewport.

Positions are given in scene coordinates and mapped to the viewport, so the tests read as
"drag this card onto that cell" whatever the zoom. Drags move in several steps, past the
platform's drag distance, as a hand does.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtWidgets import QApplication, QGraphicsView

NO_MODIFIER = Qt.KeyboardModifier.NoModifier
LEFT = Qt.MouseButton.LeftButton


def at(view: QGraphicsView, point: QPointF) -> QPoint:
    """The viewport position showing a scene point."""
    position = view.mapFromScene(point)
    assert view.viewport().rect().contains(position), f"{point} is not on screen"
    return position


def click(qtbot, view: QGraphicsView, point: QPointF, modifier=NO_MODIFIER, button=LEFT) -> None:
    qtbot.mouseClick(view.viewport(), button, modifier, at(view, point))


def double_click(qtbot, view: QGraphicsView, point: QPointF) -> None:
    qtbot.mouseDClick(view.viewport(), LEFT, NO_MODIFIER, at(view, point))


def press_and_move(
    qtbot,
    view: QGraphicsView,
    start: QPointF,
    end: QPointF,
    modifier=NO_MODIFIER,
    steps: int = 8,
) -> None:
    """Press at ``start`` and move to ``end`` in steps, without releasing."""
    viewport = view.viewport()
    first, last = at(view, start), at(view, end)
    qtbot.mousePress(viewport, LEFT, modifier, first)
    # A first small step, then one past the drag distance, then the rest of the way.
    nudge = QApplication.startDragDistance() + 2
    direction = QPoint(1 if last.x() >= first.x() else -1, 1 if last.y() >= first.y() else -1)
    qtbot.mouseMove(viewport, first + QPoint(direction.x(), 0))
    qtbot.mouseMove(viewport, first + direction * nudge)
    for step in range(1, steps + 1):
        qtbot.mouseMove(viewport, first + (last - first) * step / steps)


def drag(
    qtbot,
    view: QGraphicsView,
    start: QPointF,
    end: QPointF,
    modifier=NO_MODIFIER,
    steps: int = 8,
) -> None:
    """Press at ``start``, move to ``end`` in steps, release there."""
    press_and_move(qtbot, view, start, end, modifier, steps)
    qtbot.mouseRelease(view.viewport(), LEFT, modifier, at(view, end))


def empty_spot(rect: QRectF) -> QPointF:
    """A point near the bottom right corner of a cell, where no card sits."""
    return QPointF(rect.right() - 6.0, rect.bottom() - 5.0)
