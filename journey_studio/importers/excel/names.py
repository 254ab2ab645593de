"""Finding the workshop's stages, channels, journeys, personas and CRM fields by the names
written in a sheet, forgiving about case and accents, and creating the missing stages,
channels and journeys when the consultant chose to (as edits, like everything else).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Literal

from journey_studio.importers.excel.vocabulary import normal
from journey_studio.model.edits import AddChannel, AddJourney, AddStage, Edit
from journey_studio.model.vocabulary import ChannelKind, JourneyKind
from journey_studio.model.workshop import Channel, CrmLink, Journey, Stage, Workshop

if TYPE_CHECKING:
    from journey_studio.importers.excel.tables import Row

Unknown = Literal["create", "report"]
"""What to do with a stage, channel or journey the workshop does not have."""

_AMBIGUOUS = "\0ambiguous"

_PHYSICAL = (
    "magasin",
    "boutique",
    "store",
    "shop",
    "salon",
    "event",
    "evenement",
    "agence",
    "point de vente",
    "courrier",
    "mail postal",
    "print",
    "branch",
    "showroom",
)
_HUMAN = (
    "telephone",
    "phone",
    "call",
    "appel",
    "commercial",
    "sales rep",
    "conseiller",
    "support",
    "hotline",
    "rendez vous",
    "meeting",
    "visite",
    "face",
)


def guess_channel_kind(name: str) -> ChannelKind:
    """Physical, human or (by default) digital, from the channel's name."""
    word = normal(name)
    if any(key in word for key in _PHYSICAL):
        return ChannelKind.PHYSICAL
    if any(key in word for key in _HUMAN):
        return ChannelKind.HUMAN
    return ChannelKind.DIGITAL


class NameIndex:
    """Ids by name: an exact match first, then one ignoring case, accents and spacing."""

    def __init__(self, named: Iterable[tuple[str, str]] = ()) -> None:
        self._exact: dict[str, list[str]] = {}
        self._loose: dict[str, list[str]] = {}
        for name, identifier in named:
            self.add(name, identifier)

    def add(self, name: str, identifier: str) -> None:
        for table, key in ((self._exact, name.strip()), (self._loose, normal(name))):
            ids = table.setdefault(key, [])
            if identifier not in ids:
                ids.append(identifier)

    def find(self, name: str) -> str | None:
        """The id, None when nothing has this name, ``_AMBIGUOUS`` when several have."""
        for table, key in ((self._exact, name.strip()), (self._loose, normal(name))):
            ids = table.get(key)
            if ids:
                return ids[0] if len(ids) == 1 else _AMBIGUOUS
        return None


class Names:
    """Resolves names against a workshop, and plans the creation of the missing ones."""

    def __init__(self, workshop: Workshop, unknown: Unknown, edits: list[Edit]) -> None:
        self.unknown = unknown
        self.edits = edits
        self.created: list[str] = []
        self.stages = NameIndex((s.name, s.id) for s in workshop.stages)
        self.channels = NameIndex((c.name, c.id) for c in workshop.channels)
        self.journeys = NameIndex((j.name, j.id) for j in workshop.journeys)
        self.personas = NameIndex((p.name, p.id) for p in workshop.personas)
        self.crm_fields = NameIndex(
            [(f.label, f.id) for f in workshop.crm_fields]
            + [(f.api_name, f.id) for f in workshop.crm_fields]
        )
        self.only_journey = workshop.journeys[0].id if len(workshop.journeys) == 1 else None

    def stage(self, row: Row, key: str) -> str | None:
        return self._grid(row, key, self.stages, "stage", self._new_stage)

    def channel(self, row: Row, key: str) -> str | None:
        return self._grid(row, key, self.channels, "channel", self._new_channel)

    def journey(self, row: Row, key: str) -> str | None:
        if not row.name(key) and self.only_journey is not None:
            return self.only_journey
        return self._grid(row, key, self.journeys, "journey", self._new_journey)

    def stage_named(self, name: str) -> str | None:
        """A stage by name, created if allowed; None when it cannot be found nor made."""
        found = self.stages.find(name)
        if found == _AMBIGUOUS:
            return None
        if found is None and self.unknown == "create":
            return self._new_stage(name)
        return found

    def channel_named(self, name: str) -> str | None:
        found = self.channels.find(name)
        if found == _AMBIGUOUS:
            return None
        if found is None and self.unknown == "create":
            return self._new_channel(name)
        return found

    def _grid(self, row: Row, key: str, index: NameIndex, what: str, make: object) -> str | None:
        name = row.name(key)
        if not name:
            row.problem(key, f"A touchpoint needs a {what}.")
            return None
        found = index.find(name)
        if found == _AMBIGUOUS:
            row.problem(key, f"Several {what}s are called {name!r}; rename one in the workshop.")
            return None
        if found is not None:
            return found
        if self.unknown == "create":
            return make(name)  # type: ignore[operator]
        row.problem(
            key,
            f"There is no {what} {name!r} in the workshop (correct it, or import with the "
            f"option that creates missing stages, channels and journeys).",
        )
        return None

    def _new_stage(self, name: str) -> str:
        stage = Stage(name=name)
        self.edits.append(AddStage(stage))
        self.stages.add(name, stage.id)
        self.created.append(f"stage {name!r}")
        return stage.id

    def _new_channel(self, name: str) -> str:
        channel = Channel(name=name, kind=guess_channel_kind(name))
        self.edits.append(AddChannel(channel))
        self.channels.add(name, channel.id)
        self.created.append(f"channel {name!r}")
        return channel.id

    def _new_journey(self, name: str) -> str:
        journey = Journey(name=name, kind=JourneyKind.CURRENT)
        self.edits.append(AddJourney(journey))
        self.journeys.add(name, journey.id)
        self.created.append(f"journey {name!r}")
        self.only_journey = None
        return journey.id

    def persona_ids(self, row: Row, key: str) -> list[str]:
        ids: list[str] = []
        for name in row.lines(key):
            found = self.personas.find(name)
            if found is None or found == _AMBIGUOUS:
                row.problem(key, f"There is no single persona called {name!r} in the workshop.")
            elif found in ids:
                row.problem(key, f"The persona {name!r} is listed twice.")
            else:
                ids.append(found)
        return ids

    def crm_links(self, row: Row, key: str) -> list[CrmLink]:
        """``Label = value`` lines (``Label`` alone for no value) as links to CRM fields."""
        links: list[CrmLink] = []
        for line in row.text(key).splitlines():
            if not line.strip():
                continue
            label, separator, value = line.partition(" = ")
            if not separator and line.rstrip().endswith(" ="):
                label = line.rstrip()[:-2]
            found = self.crm_fields.find(label)
            if found is None or found == _AMBIGUOUS:
                row.problem(key, f"There is no single CRM field called {label.strip()!r}.")
            elif any(link.field_id == found for link in links):
                row.problem(key, f"The CRM field {label.strip()!r} is listed twice.")
            else:
                links.append(CrmLink(found, value))
        return links
