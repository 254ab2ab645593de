"""The document behind a window: an open workshop file, the journey on screen, the undo stack.

Widgets and panels talk to the :class:`Document`, never to each other. Every change is a
model edit given to :meth:`Document.apply`: it is applied and committed to the file at once
(through :class:`~journey_studio.storage.WorkshopFile`), pushed on the undo stack as an
:class:`EditCommand`, and announced with :attr:`Document.changed` and the Qt-free
:class:`~journey_studio.model.edits.Changes` it made, so that views update only what changed.

Undo and redo can fail too (the disk is full, the file was taken away): the command then
changes nothing, :attr:`Document.refused` says why, and the stack is put back where the
map is, so that the history stays true and the step can be tried again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from journey_studio.model.edits import Changes, Edit, EditError, Kind
from journey_studio.model.vocabulary import JourneyKind
from journey_studio.model.workshop import Journey, UnknownEntity, Workshop
from journey_studio.storage import WorkshopFile, WorkshopFileError

EDIT_FAILURES = (EditError, UnknownEntity, WorkshopFileError)
"""What applying an edit may raise; in every case the workshop is left as it was."""


def edit_title(edit: Edit) -> str:
    """The edit's name for the undo history, in the interface's language."""
    return QCoreApplication.translate("Edits", edit.name)


class EditCommand(QUndoCommand):
    """One model edit on the undo stack. It changes the model only, through the document.

    The edit has already been applied when the command is pushed; ``redo`` applies it again
    after an undo, ``undo`` applies its inverse. Each time, the edit that reverses what was
    just done is kept for the next step. Both are idempotent: ``redo`` of a command that is
    done, or ``undo`` of one that is not, does nothing (the document relies on it to put the
    stack back after a step failed).
    """

    def __init__(
        self, document: Document, applied_inverse: Edit, edit: Edit, journeys: set[str]
    ) -> None:
        super().__init__(edit_title(edit))
        self._document = document
        self._undo = applied_inverse
        self._redo = edit
        self._done = True
        self._journeys = set(journeys)

    @property
    def done(self) -> bool:
        """Whether the workshop is as after the edit (False once undone)."""
        return self._done

    def redo(self) -> None:
        if self._done:
            return
        inverse = self._document._step(self._redo, self._journeys)
        if inverse is not None:
            self._undo = inverse
            self._done = True

    def undo(self) -> None:
        if not self._done:
            return
        inverse = self._document._step(self._undo, self._journeys)
        if inverse is not None:
            self._redo = inverse
            self._done = False


class Document(QObject):
    """An open workshop and which of its journeys is shown.

    Signals:
        current_journey_changed(str): the id of the journey now shown.
        changed(object): a :class:`~journey_studio.model.edits.Changes` after every edit,
            undo and redo, once the change is on disk.
        refused(str): an edit, undo or redo could not be made; one sentence saying why.
            Nothing changed.
    """

    current_journey_changed = Signal(str)
    changed = Signal(object)
    refused = Signal(str)

    def __init__(self, workshop_file: WorkshopFile, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._file: WorkshopFile | None = workshop_file
        self._workshop = workshop_file.workshop
        self._path = Path(workshop_file.path)
        self._read_only = workshop_file.read_only
        self._notice = workshop_file.notice
        self.undo_stack = QUndoStack(self)
        self._journey_id: str | None = _first_journey_id(self._workshop)
        self._history_broken = False
        self.undo_stack.indexChanged.connect(self._on_index_changed)

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
        """Show another journey of the workshop. The undo history stays as it is.

        Raises:
            UnknownEntity: the workshop has no such journey.
        """
        if journey_id == self._journey_id:
            return
        self._workshop.journey(journey_id)
        self._journey_id = journey_id
        self.current_journey_changed.emit(journey_id)

    def apply(self, edit: Edit) -> bool:
        """Make an edit: applied, on disk, on the undo stack, announced. False if refused."""
        try:
            applied = self._apply(edit)
        except EDIT_FAILURES as error:
            self.refused.emit(str(error))
            return False
        inverse, changes = applied
        self.undo_stack.push(EditCommand(self, inverse, edit, self._journeys_of(changes)))
        return True

    def apply_without_history(self, edit: Edit) -> Edit:
        """Apply and commit an edit, announce it, and return its inverse.

        Raises:
            EditError, UnknownEntity, WorkshopFileError: nothing changed.
        """
        return self._apply(edit)[0]

    def undo(self) -> None:
        """Undo the last edit (as Edit › Undo does)."""
        self.undo_stack.undo()
        self._repair_history()

    def redo(self) -> None:
        """Redo the last undone edit (as Edit › Redo does)."""
        self.undo_stack.redo()
        self._repair_history()

    def save_copy(self, target: Path) -> Path:
        """Write the whole workshop to another file and keep editing this one.

        Raises:
            WorkshopFileError: the copy cannot be written (read-only folder, the same file,
                a file open elsewhere); nothing was changed.
        """
        if self._file is None:
            raise WorkshopFileError(
                QCoreApplication.translate("Document", "The workshop is closed.")
            )
        return self._file.save_copy(target)

    def close(self) -> None:
        """Let go of the file (and its lock). Safe to call twice."""
        if self._file is not None:
            self._file.close()
            self._file = None

    @property
    def closed(self) -> bool:
        return self._file is None

    # Internals

    def _apply(self, edit: Edit) -> tuple[Edit, Changes]:
        if self._file is None:
            raise WorkshopFileError(
                QCoreApplication.translate("Document", "The workshop is closed.")
            )
        applied = self._file.apply(edit)
        self._announce(applied.changes)
        return applied.inverse, applied.changes

    def _step(self, edit: Edit, journeys: set[str]) -> Edit | None:
        """Undo or redo one command's edit; None (and ``refused``) when it failed.

        ``journeys`` are the journeys whose cards the command changes (kept up to date
        here): when none of them is shown, the first one still there is shown first, so
        that the person sees what the undo or redo did.
        """
        if self._history_broken:
            return None
        try:
            inverse, changes = self._apply(edit)
        except EDIT_FAILURES as error:
            self._history_broken = True
            self.refused.emit(str(error))
            return None
        journeys |= self._journeys_of(changes)
        known = [j.id for j in self._workshop.journeys if j.id in journeys]
        if known and self._journey_id not in known:
            self.set_current_journey(known[0])
        return inverse

    def _journeys_of(self, changes: Changes) -> set[str]:
        """The journeys holding the cards and links that ``changes`` wrote."""
        cards, _ = changes.ids(Kind.CARD)
        links, _ = changes.ids(Kind.CARD_LINK)
        if not cards and not links:
            return set()
        # Look the few changed ids up in each journey (set.isdisjoint(dict) would walk
        # every card of the journey).
        return {
            journey.id
            for journey in self._workshop.journeys
            if any(card_id in journey.cards for card_id in cards)
            or any(link_id in journey.links for link_id in links)
        }

    def _on_index_changed(self, _index: int) -> None:
        if self._history_broken:
            # An undo or redo failed inside the stack (e.g. from a history view): put the
            # stack back once the stack has finished what it was doing.
            QTimer.singleShot(0, self._repair_history)

    def _repair_history(self) -> None:
        """After a failed step, move the stack's index to where the workshop really is.

        Commands are done from the bottom of the stack up to some point; while the history
        is marked broken they change nothing, so moving the index only relabels them.
        """
        if not self._history_broken:
            return
        stack = self.undo_stack
        done = 0
        while done < stack.count():
            command = stack.command(done)
            if not isinstance(command, EditCommand) or not command.done:
                break
            done += 1
        stack.setIndex(done)
        self._history_broken = False

    def _announce(self, changes: Changes) -> None:
        if self._journey_id is not None and self._journey_id not in {
            j.id for j in self._workshop.journeys
        }:
            self._journey_id = _first_journey_id(self._workshop)
            self.current_journey_changed.emit(self._journey_id or "")
        self.changed.emit(changes)

    # ------------------------------------------------------------------------------------
    # Selection and persona filter, shared by the canvas and the panels (added for the
    # panels: keep this block when rewriting the file). The canvas sets the selection; the
    # inspector reads it. The persona filter is set from View › Filter by persona or the
    # personas panel; the canvas dims the cards the persona is not linked to.

    selection_changed = Signal(list)
    """Signal(list[str]): the ids of the selected cards, in selection order."""
    persona_filter_changed = Signal(str)
    """Signal(str): the id of the persona the map is filtered by, "" for no filter."""

    _selection: tuple[str, ...] = ()
    _persona_filter: str | None = None

    def selected_card_ids(self) -> list[str]:
        """The selected cards of the journey shown (cards deleted since are left out)."""
        journey = self.current_journey
        if journey is None:
            return []
        return [card_id for card_id in self._selection if card_id in journey.cards]

    def set_selected_card_ids(self, card_ids: list[str]) -> None:
        """Select these cards (ids of the journey shown); emits selection_changed if new."""
        selection = tuple(dict.fromkeys(card_ids))
        if selection == self._selection:
            return
        self._selection = selection
        self.selection_changed.emit(list(selection))

    @property
    def persona_filter(self) -> str | None:
        """The id of the persona the map is filtered by, or None (every card shown)."""
        persona_id = self._persona_filter
        if persona_id is None or all(p.id != persona_id for p in self._workshop.personas):
            return None
        return persona_id

    def set_persona_filter(self, persona_id: str | None) -> None:
        """Filter the map by a persona (None: no filter); emits persona_filter_changed.

        Raises:
            UnknownEntity: the workshop has no such persona.
        """
        if persona_id is not None:
            self._workshop.persona(persona_id)
        if persona_id == self._persona_filter:
            return
        self._persona_filter = persona_id
        self.persona_filter_changed.emit(persona_id or "")


def _first_journey_id(workshop: Workshop) -> str | None:
    """The journey to show first: the current one if there is one, else the first."""
    for journey in workshop.journeys:
        if journey.kind is JourneyKind.CURRENT:
            return journey.id
    return workshop.journeys[0].id if workshop.journeys else None
