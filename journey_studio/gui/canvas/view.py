"""The view on the map: zoom with Ctrl+wheel, pan by dragging, fit to the window."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPainter, QResizeEvent, QShowEvent, QWheelEvent
from PySide6.QtWidgets import QFrame, QGraphicsView, QWidget

from journey_studio.gui.canvas.scene import MapScene

MIN_ZOOM = 0.03
MAX_ZOOM = 6.0
MAX_FIT_ZOOM = 2.0
"""Fitting never blows a small map up beyond this."""
WHEEL_STEP = 1.2
"""Zoom factor per wheel notch (120 eighths of a degree)."""
BUTTON_STEP = 1.25


class MapView(QGraphicsView):
    """Shows a :class:`MapScene`. Fitted to the window until the user zooms.

    Signals:
        zoom_changed(float): the new zoom factor (1.0 is 100 %).
    """

    zoom_changed = Signal(float)

    def __init__(self, scene: MapScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self._map_scene = scene
        self._fitted = True
        self.setRenderHints(
            QPainter.RenderHint.Antialiasing
            | QPainter.RenderHint.TextAntialiasing
            | QPainter.RenderHint.SmoothPixmapTransform
        )
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        scene.map_changed.connect(self._on_map_changed)

    def map_scene(self) -> MapScene:
        return self._map_scene

    def zoom(self) -> float:
        """The current zoom factor (1.0 is 100 %)."""
        return self.transform().m11()

    def is_fitted(self) -> bool:
        """Whether the view follows the window's size to keep the whole map in sight."""
        return self._fitted

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

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            notches = event.angleDelta().y() / 120
            if notches:
                self.zoom_by(WHEEL_STEP**notches)
            event.accept()
            return
        super().wheelEvent(event)

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
        factor = min(MAX_ZOOM, max(MIN_ZOOM, factor))
        current = self.zoom()
        if current > 0 and abs(factor - current) > 1e-9:
            self.scale(factor / current, factor / current)
            self.zoom_changed.emit(self.zoom())

    def _fit_now(self) -> None:
        if self._map_scene.map_rect().isEmpty():
            return
        target = self._map_scene.sceneRect()
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
