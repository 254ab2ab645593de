"""Stages (columns) and channels (rows) from the canvas: add, rename, reorder, delete.

Deleting takes the cards with it (in every journey); it is undoable, and it is asked first
through a :data:`Confirm` callable that says how many cards go. The confirmation is passed
in, so that tests (and later a "don't ask again" setting) decide without a dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from journey_studio import model
from journey_studio.model import edits

if TYPE_CHECKING:
    from journey_studio.model.edits import Edit

Confirm = Callable[[str, str], bool]
"""(title, question) -> whether to go ahead."""


def ask_with_message_box(parent: QWidget | None) -> Confirm:
    """A :data:`Confirm` that asks with a message box (Cancel is the default button)."""

    def ask(title: str, question: str) -> bool:
        answer = QMessageBox.question(
            parent,
            title,
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    return ask


class GridCommands(QObject):
    """Builds the edits of stages and channels; asks before deleting."""

    def __init__(self, confirm: Confirm, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.confirm = confirm

    def new_stage(self, workshop: model.Workshop, index: int) -> edits.AddStage:
        """A new stage at ``index``, in the phase and colour of its left neighbour."""
        neighbour = (
            workshop.stages[max(0, min(index, len(workshop.stages)) - 1)]
            if (workshop.stages)
            else None
        )
        stage = model.Stage(name=self.tr("New stage"))
        if neighbour is not None:
            stage.phase = neighbour.phase
            stage.colour = neighbour.colour
        return edits.AddStage(stage, index)

    def new_channel(self, workshop: model.Workshop, index: int) -> edits.AddChannel:
        return edits.AddChannel(model.Channel(name=self.tr("New channel")), index)

    def rename_stage(self, workshop: model.Workshop, stage_id: str, name: str) -> Edit | None:
        name = " ".join(name.split())
        if not name or name == workshop.stage(stage_id).name:
            return None
        return edits.UpdateStage(stage_id, {"name": name})

    def rename_channel(self, workshop: model.Workshop, channel_id: str, name: str) -> Edit | None:
        name = " ".join(name.split())
        if not name or name == workshop.channel(channel_id).name:
            return None
        return edits.UpdateChannel(channel_id, {"name": name})

    def delete_stage(self, workshop: model.Workshop, stage_id: str) -> Edit | None:
        """The edit that deletes a stage, once the person agreed; None if they did not."""
        stage = workshop.stage(stage_id)
        count = edits.cards_on_stage(workshop, stage_id)
        if count:
            question = self.tr(
                "Delete the stage “%1” and the %n card(s) on it? You can undo it.", "", count
            ).replace("%1", stage.name)
        else:
            question = self.tr("Delete the stage “%1”? It has no cards.").replace("%1", stage.name)
        if not self.confirm(self.tr("Delete stage"), question):
            return None
        return edits.RemoveStage(stage_id)

    def delete_channel(self, workshop: model.Workshop, channel_id: str) -> Edit | None:
        channel = workshop.channel(channel_id)
        count = edits.cards_on_channel(workshop, channel_id)
        if count:
            question = self.tr(
                "Delete the channel “%1” and the %n card(s) on it? You can undo it.", "", count
            ).replace("%1", channel.name)
        else:
            question = self.tr("Delete the channel “%1”? It has no cards.").replace(
                "%1", channel.name
            )
        if not self.confirm(self.tr("Delete channel"), question):
            return None
        return edits.RemoveChannel(channel_id)
