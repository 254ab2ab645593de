"""The view on the map: zoom with Ctrl+wheel or a pinch, pan with space-drag, the middle
button or the scrollbars, fit to the window.

The left button belongs to the canvas editor (select, drag cards, draw links); panning is
the view's own business, so it is handled here before the scene sees the mouse.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import (
    QKeyEvent,
    QMouseEvent,
    QNativeGestureEvent,
    QPainter,
    QResizeEvent,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QFrame, QGestureEvent, QGraphicsView, QPinchGesture, QWidget

if TYPE_CHECKING:
    from journey_studio.gui.canvas.scene import MapScene

MIN_ZOOM = 0.03
MAX_ZOOM = 6.0
MAX_FIT_ZOOM = 2.0
"""Fitting never blows a small map up beyond this."""
WHEEL_STEP = 1.2
"""Zoom factor per wheel notch (120 eighths of a degree)."""
BUTTON_STEP = 1.25


class MapView(QGraphicsView):
    """Shows a :class:`MapScene` (given at once or, for a window that paints before it
    makes its map, with :meth:`show_map_scene`). Fitted to the window until the user zooms.

    Signals:
        zoom_changed(float): the new zoom factor (1.0 is 100 %).
    """

    zoom_changed = Signal(float)

    def __init__(self, scene: MapScene | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._map_scene: MapScene | None = None
        self._fitted = True
        self._space_held = False
        self._pan_from: QPoint | None = None
        self.setRenderHints(
            QPainter.RenderHint.Antialiasing
            | QPainter.RenderHint.TextAntialiasing
            | QPainter.RenderHint.SmoothPixmapTransform
        )
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)
        if scene is not None:
            self.show_map_scene(scene)

    def show_map_scene(self, scene: MapScene) -> None:
        """Show this map (once: a view shows one scene for its whole life)."""
        if self._map_scene is not None:
            raise RuntimeError("the view already shows a map")
        self._map_scene = scene
        self.setScene(scene)
        scene.map_changed.connect(self._on_map_changed)
        scene.map_resized.connect(self._on_map_resized)

    def map_scene(self) -> MapScene | None:
        return self._map_scene

    def zoom(self) -> float:
        """The current zoom factor (1.0 is 100 %)."""
        return self.transform().m11()

    def is_fitted(self) -> bool:
        """Whether the view follows the window's size to keep the whole map in sight."""
        return self._fitted

    def is_panning(self) -> bool:
        """Whether the map is being dragged around (space-drag or middle button)."""
        return self._pan_from is not None

    def set_zoom(self, factor: float) -> None:
        """Zoom to ``factor`` (clamped), around the mouse if it is over the map."""
        self._fitted = False
        self._apply_zoom(factor)

    def zoom_by(self, step: float) -> None:
        """Multiply the zoom by ``step``."""
        self.set_zoom(self.zoom() * step)

    def zoom_in(self) -> None:
        self._zoom_around_centre(BUTTON_STEP)

    def zoom_out(self) -> None:
        self._zoom_around_centre(1 / BUTTON_STEP)

    def reset_zoom(self) -> None:
        """Show the map at 100 %."""
        self._fitted = False
        anchor = self.transformationAnchor()
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self._apply_zoom(1.0)
        self.setTransformationAnchor(anchor)

    def fit(self) -> None:
        """Show the whole map, and keep doing so when the window is resized."""
        self._fitted = True
        self._fit_now()

    # Zoom

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            notches = event.angleDelta().y() / 120
            if notches:
                self.zoom_by(WHEEL_STEP**notches)
            event.accept()
            return
        super().wheelEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802
        if (
            isinstance(event, QNativeGestureEvent)
            and event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture
        ):
            self.zoom_by(1.0 + event.value())
            event.accept()
            return True
        if isinstance(event, QGestureEvent):
            pinch = event.gesture(Qt.GestureType.PinchGesture)
            if isinstance(pinch, QPinchGesture):
                self.zoom_by(pinch.scaleFactor())
                event.accept()
                return True
        return super().viewportEvent(event)

    # Panning

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if (
            event.key() == Qt.Key.Key_Space
            and (self._map_scene is None or self._map_scene.focusItem() is None)
            and not event.isAutoRepeat()
        ):
            self._space_held = True
            if self._pan_from is None:
                self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            event.accept()
            return
        if event.key() == Qt.Key.Key_Space and self._space_held:
            event.accept()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Space and self._space_held and not event.isAutoRepeat():
            self._space_held = False
            if self._pan_from is None:
                self.viewport().unsetCursor()
            event.accept()
            return
        super().keyReleaseEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        button = event.button()
        if button == Qt.MouseButton.MiddleButton or (
            button == Qt.MouseButton.LeftButton and self._space_held
        ):
            self._pan_from = event.position().toPoint()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._pan_from is not None:
            position = event.position().toPoint()
            delta = position - self._pan_from
            self._pan_from = position
            horizontal, vertical = self.horizontalScrollBar(), self.verticalScrollBar()
            horizontal.setValue(horizontal.value() - delta.x())
            vertical.setValue(vertical.value() - delta.y())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._pan_from is not None and event.button() in (
            Qt.MouseButton.MiddleButton,
            Qt.MouseButton.LeftButton,
        ):
            self._pan_from = None
            if self._space_held:
                self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            else:
                self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def focusOutEvent(self, event: object) -> None:  # noqa: N802
        self._space_held = False
        super().focusOutEvent(event)  # type: ignore[arg-type]

    # Fitting

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self._fitted:
            self._fit_now()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._fitted:
            self._fit_now()

    def _zoom_around_centre(self, step: float) -> None:
        anchor = self.transformationAnchor()
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.zoom_by(step)
        self.setTransformationAnchor(anchor)

    def _apply_zoom(self, factor: float) -> None:
        factor = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        current = self.zoom()
        if current > 0 and abs(factor - current) > 1e-9:
            self.scale(factor / current, factor / current)
            self.zoom_changed.emit(self.zoom())

    def _fit_now(self) -> None:
        scene = self._map_scene
        if scene is None or scene.map_rect().isEmpty():
            return
        target = scene.sceneRect()
        before = self.zoom()
        self.fitInView(target, Qt.AspectRatioMode.KeepAspectRatio)
        if self.zoom() > MAX_FIT_ZOOM:
            self.resetTransform()
            self.scale(MAX_FIT_ZOOM, MAX_FIT_ZOOM)
            self.centerOn(target.center())
        if abs(self.zoom() - before) > 1e-9:
            self.zoom_changed.emit(self.zoom())

    def _on_map_changed(self) -> None:
        self.fit()

    def _on_map_resized(self) -> None:
        if self._fitted:
            self._fit_now()
