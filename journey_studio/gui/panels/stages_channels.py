"""The stages and channels panel: the columns and rows of the map.

Two lists: add, rename in place, reorder, delete. Deleting a stage or a channel takes its
cards with it (in every journey), so it asks first and says how many cards go.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from journey_studio import model
from journey_studio.gui.panels.dock import DocumentDock
from journey_studio.gui.panels.entity_list import EntityList, Row
from journey_studio.gui.panels.list_form import Confirm, ask_to_confirm
from journey_studio.gui.panels.widgets import SectionTitle, swatch
from journey_studio.model import edits
from journey_studio.model.edits import Changes, Edit, Kind


class StagesChannelsPanel(DocumentDock):
    """The workshop's stages (columns) and channels (rows).

    Public widgets: ``stages`` and ``channels`` (each an :class:`EntityList`).

    Attributes:
        confirm: how a deletion is confirmed (tests give their own).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("stages-channels-dock", parent)
        self.confirm: Confirm = ask_to_confirm
        # Made at once: with no scroll area, its two lists set the minimum height of the docks
        # it is tabbed with; made later, they would change the window's size constraints.
        self.ensure_built()

    def build_contents(self) -> None:
        body = QWidget(self)
        self.stages_title = SectionTitle(body)
        self.stages = EntityList(body, renamable=True)
        self.channels_title = SectionTitle(body)
        self.channels = EntityList(body, renamable=True)
        self.note = QLabel(body)
        self.note.setWordWrap(True)
        layout = QVBoxLayout(body)
        layout.addWidget(self.stages_title)
        layout.addWidget(self.stages, 1)
        layout.addWidget(self.channels_title)
        layout.addWidget(self.channels, 1)
        layout.addWidget(self.note)
        self.set_content(body)

        self.stages.add_requested.connect(self._add_stage)
        self.stages.remove_requested.connect(self._remove_stage)
        self.stages.move_requested.connect(
            lambda i, index: self._apply(edits.MoveStage(i, index), i)
        )
        self.stages.rename_requested.connect(self._rename_stage)
        self.channels.add_requested.connect(self._add_channel)
        self.channels.remove_requested.connect(self._remove_channel)
        self.channels.move_requested.connect(
            lambda i, index: self._apply(edits.MoveChannel(i, index), i, stage=False)
        )
        self.channels.rename_requested.connect(self._rename_channel)

    def retranslate(self) -> None:
        self.stages_title.setText(self.tr("Stages (columns)"))
        self.channels_title.setText(self.tr("Channels (rows)"))
        self.stages.retranslate()
        self.channels.retranslate()
        self.note.setText(self.tr("Double-click a name to rename it."))

    def show_document(self) -> None:
        self._fill_stages()
        self._fill_channels()
        for entities in (self.stages, self.channels):
            entities.setEnabled(self.document is not None)
            entities.add_button.setEnabled(self.editable())

    def on_changed(self, changes: Changes) -> None:
        stages = changes.ids(Kind.STAGE)
        channels = changes.ids(Kind.CHANNEL)
        if stages[0] or stages[1]:
            self._fill_stages()
        if channels[0] or channels[1]:
            self._fill_channels()

    def _fill_stages(self) -> None:
        document = self.document
        stages = document.workshop.stages if document is not None else []
        self.stages.set_rows(
            [
                Row(
                    stage.id,
                    stage.name,
                    swatch(stage.colour, 14),
                    tooltip=" · ".join(p for p in (stage.phase, stage.lifecycle_status) if p),
                )
                for stage in stages
            ]
        )

    def _fill_channels(self) -> None:
        document = self.document
        channels = document.workshop.channels if document is not None else []
        self.channels.set_rows([Row(channel.id, channel.name) for channel in channels])

    def _apply(self, edit: Edit, select: str | None = None, *, stage: bool = True) -> bool:
        done = self.apply(edit)
        if done and select is not None:
            (self.stages if stage else self.channels).select(select)
        return done

    # Stages

    def _stage(self, stage_id: str) -> model.Stage | None:
        try:
            return self.document.workshop.stage(stage_id) if self.document else None
        except model.UnknownEntity:
            return None

    def _add_stage(self) -> None:
        document = self.document
        if document is None:
            return
        stages = document.workshop.stages
        current = self.stages.current_id()
        ids = [s.id for s in stages]
        index = ids.index(current) + 1 if current in ids else len(stages)
        like = stages[index - 1] if index > 0 and stages else None
        stage = model.Stage(
            self.tr("New stage"),
            phase=like.phase if like else "",
            colour=like.colour if like else model.Stage("").colour,
        )
        if self._apply(edits.AddStage(stage, index), stage.id):
            self.stages.rename(stage.id)

    def _remove_stage(self, stage_id: str) -> None:
        document = self.document
        stage = self._stage(stage_id)
        if document is None or stage is None:
            return
        count = edits.cards_on_stage(document.workshop, stage_id)
        if count:
            text = self.tr(
                "Delete the stage “{name}” and its %n card(s), in every journey? "
                "You can undo this.",
                "",
                count,
            )
        else:
            text = self.tr("Delete the stage “{name}”? It holds no card.")
        if self.confirm(self, self.tr("Delete stage"), text.format(name=stage.name)):
            self.apply(edits.RemoveStage(stage_id))

    def _rename_stage(self, stage_id: str, name: str) -> None:
        stage = self._stage(stage_id)
        name = name.strip()
        if stage is None or stage.name == name:
            return
        if not self.apply(edits.UpdateStage(stage_id, {"name": name})):
            self._fill_stages()

    # Channels

    def _channel(self, channel_id: str) -> model.Channel | None:
        try:
            return self.document.workshop.channel(channel_id) if self.document else None
        except model.UnknownEntity:
            return None

    def _add_channel(self) -> None:
        document = self.document
        if document is None:
            return
        channels = document.workshop.channels
        current = self.channels.current_id()
        ids = [c.id for c in channels]
        index = ids.index(current) + 1 if current in ids else len(channels)
        channel = model.Channel(self.tr("New channel"))
        if self._apply(edits.AddChannel(channel, index), channel.id, stage=False):
            self.channels.rename(channel.id)

    def _remove_channel(self, channel_id: str) -> None:
        document = self.document
        channel = self._channel(channel_id)
        if document is None or channel is None:
            return
        count = edits.cards_on_channel(document.workshop, channel_id)
        if count:
            text = self.tr(
                "Delete the channel “{name}” and its %n card(s), in every journey? "
                "You can undo this.",
                "",
                count,
            )
        else:
            text = self.tr("Delete the channel “{name}”? It holds no card.")
        if self.confirm(self, self.tr("Delete channel"), text.format(name=channel.name)):
            self.apply(edits.RemoveChannel(channel_id))

    def _rename_channel(self, channel_id: str, name: str) -> None:
        channel = self._channel(channel_id)
        name = name.strip()
        if channel is None or channel.name == name:
            return
        if not self.apply(edits.UpdateChannel(channel_id, {"name": name})):
            self._fill_channels()
