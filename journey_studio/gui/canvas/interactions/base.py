"""What every mouse tool is: an object the canvas editor starts, feeds events to, and that
ends (after making its one edit) or is cancelled (leaving the map as it was)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPointF, Qt, Signal
from PySide6.QtWidgets import QApplication, QGraphicsSceneMouseEvent

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent

    from journey_studio.gui.canvas.editor import CanvasEditor


class Interaction(QObject):
    """A mouse tool, in the manner of Orange canvas's ``UserInteraction``.

    The editor calls :meth:`start`, then gives it the scene's events first; a handler
    returns True when it used the event. The tool calls :meth:`end` when it is done (after
    its edit, if any) and :meth:`cancel` puts back whatever it showed; both emit
    ``finished`` once.

    Signals:
        finished(): the tool ended or was cancelled; the editor forgets it.
    """

    finished = Signal()

    def __init__(self, editor: CanvasEditor) -> None:
        super().__init__(editor)
        self.editor = editor
        self.scene = editor.scene
        self._over = False

    @property
    def over(self) -> bool:
        """Whether the tool has ended or been cancelled."""
        return self._over

    def start(self) -> None:
        """Show what the tool shows from the start."""

    def end(self) -> None:
        """Finish normally: take away the feedback, then tell the editor."""
        if self._over:
            return
        self._over = True
        self.cleanup()
        self.finished.emit()

    def cancel(self) -> None:
        """Give up: put back what moved, take away the feedback, tell the editor."""
        if self._over:
            return
        self._over = True
        self.restore()
        self.cleanup()
        self.finished.emit()

    def restore(self) -> None:
        """Put back what the tool moved on screen (it never changed the model)."""

    def cleanup(self) -> None:
        """Take away what the tool added to the scene."""

    def mouse_press(self, event: QGraphicsSceneMouseEvent) -> bool:
        return True

    def mouse_move(self, event: QGraphicsSceneMouseEvent) -> bool:
        return True

    def mouse_release(self, event: QGraphicsSceneMouseEvent) -> bool:
        return True

    def mouse_double_click(self, event: QGraphicsSceneMouseEvent) -> bool:
        return True

    def key_press(self, event: QKeyEvent) -> bool:
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
            return True
        return False


class PressAndDrag(Interaction):
    """A tool that starts with a press and becomes a drag once the mouse has moved past
    the platform's drag distance (until then a release is a click)."""

    def __init__(self, editor: CanvasEditor, event: QGraphicsSceneMouseEvent) -> None:
        super().__init__(editor)
        self.press_pos = QPointF(event.scenePos())
        self._press_screen = event.screenPos()
        self.dragging = False

    def mouse_double_click(self, event: QGraphicsSceneMouseEvent) -> bool:
        if self.dragging:
            return True
        self.end()  # the press began a double-click: let the editor handle it
        return False

    def passed_drag_distance(self, event: QGraphicsSceneMouseEvent) -> bool:
        moved = event.screenPos() - self._press_screen
        return moved.manhattanLength() >= QApplication.startDragDistance()
