"""The Edit menu of a window: undo and redo (named after the edit), cut, copy, paste,
duplicate, delete, select all, find.

Undo and redo follow the active document's stack through a ``QUndoGroup``, so their text
says what they undo ("Undo Move card"). The card commands are shortcuts of the map only
(they are added to the view with ``WidgetWithChildrenShortcut``): Ctrl+C in a text field of
a panel still copies text.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from journey_studio.gui.canvas.editor import CanvasEditor


class EditActions(QObject):
    """The actions of the Edit menu, acting on one canvas editor once it is given
    (:meth:`connect_editor`; until then the card commands do nothing).

    Signals:
        find_requested(): Edit › Find was chosen (the window opens its find bar).
    """

    find_requested = Signal()

    def __init__(self, window: QWidget, view: QWidget, undo_group: QUndoGroup) -> None:
        super().__init__(window)
        self._editor: CanvasEditor | None = None
        self.undo = undo_group.createUndoAction(self, self.tr("&Undo"))
        self.undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo.setObjectName("undo")
        self.redo = undo_group.createRedoAction(self, self.tr("&Redo"))
        self.redo.setShortcut(QKeySequence.StandardKey.Redo)
        self.redo.setObjectName("redo")
        self.cut = self._map_action(
            view, self.tr("Cu&t"), QKeySequence.StandardKey.Cut, "cut", lambda e: e.cut()
        )
        self.copy = self._map_action(
            view, self.tr("&Copy"), QKeySequence.StandardKey.Copy, "copy", lambda e: e.copy()
        )
        self.paste = self._map_action(
            view, self.tr("&Paste"), QKeySequence.StandardKey.Paste, "paste", lambda e: e.paste()
        )
        self.duplicate = self._map_action(
            view,
            self.tr("D&uplicate"),
            QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_D),
            "duplicate",
            lambda e: e.duplicate(),
        )
        self.delete = self._map_action(
            view,
            self.tr("&Delete"),
            QKeySequence.StandardKey.Delete,
            "delete",
            lambda e: e.delete_selection(),
        )
        self.select_all = self._map_action(
            view,
            self.tr("Select &All"),
            QKeySequence.StandardKey.SelectAll,
            "select-all",
            lambda e: e.select_all(),
        )
        self.find = QAction(self.tr("&Find…"), self)
        self.find.setObjectName("find")
        self.find.setShortcut(QKeySequence.StandardKey.Find)
        self.find.triggered.connect(self.find_requested)

    def connect_editor(self, editor: CanvasEditor) -> None:
        """Let the card commands act on ``editor``."""
        self._editor = editor

    def in_menu_order(self) -> list[QAction | None]:
        """The actions as the menu lists them; None is a separator."""
        return [
            self.undo,
            self.redo,
            None,
            self.cut,
            self.copy,
            self.paste,
            self.duplicate,
            self.delete,
            None,
            self.select_all,
            self.find,
        ]

    def _map_action(
        self,
        view: QWidget,
        text: str,
        shortcut: QKeySequence | QKeySequence.StandardKey,
        name: str,
        command: Callable[[CanvasEditor], object],
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setShortcut(shortcut)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: self._run(command))
        view.addAction(action)
        return action

    def _run(self, command: Callable[[CanvasEditor], object]) -> None:
        if self._editor is not None:
            command(self._editor)
