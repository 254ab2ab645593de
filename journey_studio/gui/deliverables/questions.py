"""The questions File › Export and Import ask the consultant, in one replaceable object.

The editor asks with file dialogs and message boxes; tests and tools give the actions a
:class:`Questions` of their own that answers without any dialog.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

if TYPE_CHECKING:
    from journey_studio.gui.deliverables.problems import ProblemRow


class Questions(QObject):
    """Asks with the platform's dialogs, over ``parent``."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent

    def save_path(self, title: str, suggested: Path, file_filter: str) -> Path | None:
        """Where to write a file (the dialog asks before replacing one); None if cancelled."""
        name, _ = QFileDialog.getSaveFileName(self._parent, title, str(suggested), file_filter)
        return _with_suffix(Path(name), suggested.suffix) if name else None

    def open_path(self, title: str, folder: Path | None, file_filter: str) -> Path | None:
        """Which file to read; None if cancelled."""
        start = str(folder) if folder is not None else ""
        name, _ = QFileDialog.getOpenFileName(self._parent, title, start, file_filter)
        return Path(name) if name else None

    def choice(self, title: str, label: str, options: Sequence[str], current: str) -> str | None:
        """One of ``options`` (``current`` first chosen); None if cancelled."""
        items = list(options)
        index = items.index(current) if current in items else 0
        chosen, accepted = QInputDialog.getItem(self._parent, title, label, items, index, False)
        return chosen if accepted else None

    def confirm(self, title: str, question: str) -> bool:
        answer = QMessageBox.question(
            self._parent,
            title,
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Yes,
        )
        return answer == QMessageBox.StandardButton.Yes

    def error(self, title: str, message: str) -> None:
        """Say in one sentence what went wrong (nothing was lost)."""
        QMessageBox.critical(self._parent, title, message)

    def problems(self, title: str, summary: str, rows: Sequence[ProblemRow]) -> None:
        """List what is wrong in a workbook, place by place."""
        from journey_studio.gui.deliverables.problems import ProblemsDialog

        ProblemsDialog(title, summary, rows, self._parent).exec()


def _with_suffix(path: Path, suffix: str) -> Path:
    """The path with ``suffix`` added when the consultant typed a name without it."""
    if suffix and path.suffix.lower() != suffix.lower():
        return path.with_name(path.name + suffix)
    return path
