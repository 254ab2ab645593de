"""What the deliverable covers: the workshop, which journeys, seen by whom, on what paper.

``--journey`` keeps one journey; ``--persona`` keeps, on every map and in every list, only
the touchpoints of one persona (the persona pages then show that persona alone).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from journey_studio.exporters.pdf.map_cards import Chip, persona_chips
from journey_studio.exporters.pdf.report import PdfExportError
from journey_studio.exporters.pdf.text import one_line
from journey_studio.exporters.pdf.wording import Wording
from journey_studio.layout import DEFAULT_OPTIONS, LayoutOptions
from journey_studio.model.workshop import Card, Journey, Persona, UnknownEntity, Workshop

if TYPE_CHECKING:
    from journey_studio.exporters.pdf.paper import Paper


@dataclass(frozen=True)
class Scope:
    """The workshop and the choices of one export."""

    workshop: Workshop
    journeys: tuple[Journey, ...]
    """The journeys printed, in the workshop's order."""
    persona: Persona | None
    paper: Paper
    wording: Wording
    chips: dict[str, Chip]
    options: LayoutOptions = DEFAULT_OPTIONS

    @property
    def personas(self) -> tuple[Persona, ...]:
        """The personas with a page of their own."""
        if self.persona is not None:
            return (self.persona,)
        return tuple(self.workshop.personas)

    def view(self, journey: Journey) -> Journey:
        """The journey as printed: only the persona's cards when the export is filtered."""
        if self.persona is None:
            return journey
        return only_persona(journey, self.persona.id)

    def cards_in_order(self, journey: Journey) -> Iterator[Card]:
        """The cards on the journey's map, stage by stage, channel by channel, in order."""
        channels = [channel.id for channel in self.workshop.channels]
        for stage in self.workshop.stages:
            for channel_id in channels:
                yield from journey.cell_cards(stage.id, channel_id)


def only_persona(journey: Journey, persona_id: str) -> Journey:
    """A copy of the journey holding only the cards linked to the persona, and the links
    between them (the model's journey and cards are left untouched)."""
    cards = {
        card.id: dataclasses.replace(card)
        for card in journey.cards.values()
        if persona_id in card.persona_ids
    }
    links = {
        link.id: link
        for link in journey.links.values()
        if link.from_card_id in cards and link.to_card_id in cards
    }
    return Journey(
        name=journey.name,
        id=journey.id,
        kind=journey.kind,
        segment=journey.segment,
        cards=cards,
        links=links,
    )


def make_scope(
    workshop: Workshop,
    paper: Paper,
    journey: str | None,
    persona: str | None,
) -> Scope:
    """Resolve the journey and persona names given by the consultant.

    Raises:
        PdfExportError: no such journey or persona (the message lists the names).
    """
    journeys = tuple(workshop.journeys)
    if journey is not None:
        try:
            journeys = (workshop.journey_named(journey),)
        except UnknownEntity:
            names = ", ".join(repr(j.name) for j in workshop.journeys) or "none"
            raise PdfExportError(
                f"This workshop has no journey {journey!r}; its journeys are: {names} "
                "(or say current or target)."
            ) from None
    if not journeys:
        raise PdfExportError("This workshop has no journey to print yet.")
    chosen = find_persona(workshop, persona) if persona is not None else None
    return Scope(
        workshop=workshop,
        journeys=journeys,
        persona=chosen,
        paper=paper,
        wording=Wording(workshop.language),
        chips=persona_chips(workshop.personas),
    )


def find_persona(workshop: Workshop, name: str) -> Persona:
    """The persona of this name (ignoring case), or whose name starts with it when only one
    does ("Claire" for "Claire, directrice administrative et financière").

    Raises:
        PdfExportError: none or several match.
    """
    wanted = one_line(name).casefold()
    for persona in workshop.personas:
        if one_line(persona.name).casefold() == wanted:
            return persona
    starting = [p for p in workshop.personas if one_line(p.name).casefold().startswith(wanted)]
    if wanted and len(starting) == 1:
        return starting[0]
    names = ", ".join(repr(p.name) for p in workshop.personas) or "none"
    what = "several personas start with" if len(starting) > 1 else "there is no persona"
    raise PdfExportError(f"In this workshop {what} {name!r}; its personas are: {names}.")
