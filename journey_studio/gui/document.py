"""The document behind a window: an open workshop file, the journey on screen, the undo stack.

Widgets and panels talk to the :class:`Document`, never to each other. In this first slice
the map is read-only; edits will go through :attr:`Document.undo_stack` as commands that
wrap the model's edits, and the document will announce what changed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from journey_studio.model.vocabulary import JourneyKind
from journey_studio.model.workshop import Journey, Workshop
from journey_studio.storage import WorkshopFile


class Document(QObject):
    """An open workshop and which of its journeys is shown.

    Signals:
        current_journey_changed(str): the id of the journey now shown.
    """

    current_journey_changed = Signal(str)

    def __init__(self, workshop_file: WorkshopFile, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._file: WorkshopFile | None = workshop_file
        self._workshop = workshop_file.workshop
        self._path = Path(workshop_file.path)
        self._read_only = workshop_file.read_only
        self._notice = workshop_file.notice
        self.undo_stack = QUndoStack(self)
        self._journey_id: str | None = _first_journey_id(self._workshop)

    @classmethod
    def open(cls, path: Path, parent: QObject | None = None) -> Document:
        """Open a workshop file: for editing, or read-only when it cannot be edited.

        Raises:
            WorkshopFileError: the file cannot be opened; the message says why.
        """
        return cls(WorkshopFile.open(path), parent)

    @property
    def workshop(self) -> Workshop:
        return self._workshop

    @property
    def path(self) -> Path:
        return self._path

    @property
    def read_only(self) -> bool:
        return self._read_only

    @property
    def notice(self) -> str | None:
        """Why the file is read-only, in one sentence, or None."""
        return self._notice

    @property
    def current_journey(self) -> Journey | None:
        """The journey shown on the map (None when the workshop has none)."""
        if self._journey_id is None:
            return None
        return self._workshop.journey(self._journey_id)

    def set_current_journey(self, journey_id: str) -> None:
        """Show another journey of the workshop.

        Raises:
            UnknownEntity: the workshop has no such journey.
        """
        if journey_id == self._journey_id:
            return
        self._workshop.journey(journey_id)
        self._journey_id = journey_id
        self.current_journey_changed.emit(journey_id)

    def close(self) -> None:
        """Let go of the file (and its lock). Safe to call twice."""
        if self._file is not None:
            self._file.close()
            self._file = None

    @property
    def closed(self) -> bool:
        return self._file is None


def _first_journey_id(workshop: Workshop) -> str | None:
    """The journey to show first: the current one if there is one, else the first."""
    for journey in workshop.journeys:
        if journey.kind is JourneyKind.CURRENT:
            return journey.id
    return workshop.journeys[0].id if workshop.journeys else None
