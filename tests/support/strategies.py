"""Hypothesis strategies: small workshops and sequences of valid edits drawn against them.

The main entry point is :func:`edit_sequences`: it draws a starting workshop and then, one
at a time, edits that are valid on the workshop as the previous ones left it (it applies
them to a scratch copy while drawing). A test gets an :class:`EditSequence` and replays it
on its own copy, through the model alone or through storage::

    @given(edit_sequences())
    def test_something(sequence: EditSequence) -> None:
        workshop = sequence.fresh_start()
        for edit in sequence.edits:
            edit.apply(workshop)

Every kind of edit can be drawn, including the cascading removes (a stage or channel with
its cards, a persona or CRM field linked to cards, a journey pointed at by actions) and
compound edits. :func:`edits_for` draws one valid edit for a given workshop, and
:func:`workshop_rows` flattens a workshop into the rows an edit's ``Changes`` name.
"""

from __future__ import annotations

import copy
import uuid
from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import Any

from hypothesis import strategies as st

from journey_studio.model.edits import (
    AddAction,
    AddCardLink,
    AddCards,
    AddChannel,
    AddCrmField,
    AddJourney,
    AddPersona,
    AddPipeline,
    AddPipelineStage,
    AddStage,
    Compound,
    Edit,
    Kind,
    LinkCrmField,
    LinkPersona,
    MoveAction,
    MoveCard,
    MoveChannel,
    MoveCrmField,
    MoveJourney,
    MovePersona,
    MovePipeline,
    MovePipelineStage,
    MoveStage,
    Ref,
    RemoveAction,
    RemoveCardLink,
    RemoveCards,
    RemoveChannel,
    RemoveCrmField,
    RemoveJourney,
    RemovePersona,
    RemovePipeline,
    RemovePipelineStage,
    RemoveSnapshot,
    RemoveStage,
    TakeSnapshot,
    UnlinkCrmField,
    UnlinkPersona,
    UpdateAction,
    UpdateCard,
    UpdateCardLink,
    UpdateChannel,
    UpdateCrmField,
    UpdateJourney,
    UpdatePersona,
    UpdatePipeline,
    UpdatePipelineStage,
    UpdateSnapshot,
    UpdateStage,
    UpdateWorkshop,
    move_cards,
)
from journey_studio.model.serialization import (
    action_to_dict,
    card_to_dict,
    channel_to_dict,
    crm_field_to_dict,
    link_to_dict,
    persona_to_dict,
    pipeline_stage_to_dict,
    snapshot_to_dict,
    stage_to_dict,
    workshop_from_dict,
    workshop_to_dict,
)
from journey_studio.model.vocabulary import (
    EMOTION_MAX,
    EMOTION_MIN,
    ActionStatus,
    ChannelKind,
    CrmFieldType,
    CrmObject,
    ForecastCategory,
    JourneyKind,
    Level,
    Rating,
)
from journey_studio.model.workshop import (
    Action,
    Card,
    CardLink,
    Channel,
    CrmField,
    CrmLink,
    Journey,
    Kpi,
    Persona,
    Pipeline,
    PipelineStage,
    Snapshot,
    Stage,
    Workshop,
)

from .synthetic import card_texts, synthetic_workshop

__all__ = [
    "EDIT_KINDS",
    "EditSequence",
    "colours",
    "edit_sequences",
    "edits_for",
    "names",
    "round_trip",
    "texts",
    "workshop_rows",
    "workshops",
]

Draw = Callable[[st.SearchStrategy[Any]], Any]

# --- values ----------------------------------------------------------------------------------

_WORDS = (
    "Découverte",
    "Évaluation",
    "Négociation",
    "Fidélisation",
    "Site web",
    "Téléphone",
    "Hélène, directrice",
    "Théo",
    "Score de lead",
    "Ventes",
    "Succès client",
    "Après-vente",
)
_TEXT_ALPHABET = st.characters(codec="utf-8", exclude_categories=("Cc", "Cs"))

names: st.SearchStrategy[str] = st.one_of(
    st.sampled_from(_WORDS),
    st.text(_TEXT_ALPHABET, min_size=1, max_size=12).filter(lambda s: bool(s.strip())),
)
"""Names a user could type: never empty nor blank."""

texts: st.SearchStrategy[str] = st.one_of(
    st.just(""), st.sampled_from(_WORDS), st.text(_TEXT_ALPHABET, max_size=20)
)
"""Free text, possibly empty."""

card_text: st.SearchStrategy[str] = st.one_of(st.sampled_from(card_texts("fr")), texts)

colours: st.SearchStrategy[str] = st.builds(
    lambda value, upper: f"#{value:06X}" if upper else f"#{value:06x}",
    st.integers(0, 0xFFFFFF),
    st.booleans(),
)
"""Valid colours, in upper or lower case (Qt writes lower case)."""

emotions = st.none() | st.integers(EMOTION_MIN, EMOTION_MAX)
dates = st.none() | st.dates().map(lambda d: d.isoformat())
probabilities = st.none() | st.integers(0, 100)
stale_days = st.none() | st.integers(1, 3650)
kpi_lists = st.lists(
    st.builds(Kpi, names, st.none() | st.floats(0, 1000, allow_nan=False), texts), max_size=2
)


@st.composite
def workshops(draw: Draw, max_cards: int = 24) -> Workshop:
    """A small workshop: mostly synthetic ones of up to ``max_cards`` cards, sometimes empty."""
    if draw(st.integers(0, 7)) == 7:
        return Workshop(name="Atelier", id=str(uuid.UUID(int=draw(st.integers(0, 2**32)))))
    # Spread over the range (plain integers would mostly be tiny); shrinks to the smallest.
    counts = sorted({max_cards * share // 8 for share in range(1, 9)} | {min(1, max_cards)})
    return synthetic_workshop(
        draw(st.sampled_from(counts)),
        seed=draw(st.integers(0, 2**32 - 1)),
        journeys=draw(st.integers(1, 3)),
        language=draw(st.sampled_from(("fr", "en"))),
    )


# --- sequences of edits ------------------------------------------------------------------------


@dataclass(frozen=True)
class EditSequence:
    """A starting workshop and edits that apply one after the other, each valid in turn."""

    start: Workshop
    edits: tuple[Edit, ...]

    def fresh_start(self) -> Workshop:
        """A copy of the starting workshop to apply the edits to."""
        return copy.deepcopy(self.start)

    def __repr__(self) -> str:
        counts = f"{len(self.start.stages)} stages, " + ", ".join(
            f"{j.name!r}: {len(j.cards)} cards" for j in self.start.journeys
        )
        edits = "".join(f"\n    {edit!r}," for edit in self.edits)
        return f"EditSequence(start=<{counts}>, edits=({edits}\n))"


@st.composite
def edit_sequences(
    draw: Draw, *, max_cards: int = 24, min_edits: int = 1, max_edits: int = 30
) -> EditSequence:
    """A workshop and ``min_edits`` to ``max_edits`` edits, each valid where it applies."""
    start = draw(workshops(max_cards))
    scratch = copy.deepcopy(start)
    ids = _FreshIds(draw(st.integers(0, 2**32 - 1)))
    count = draw(st.integers(min_edits, max_edits))
    edits = []
    for _ in range(count):
        edit = draw(edits_for(scratch, ids))
        edit.apply(scratch)
        edits.append(edit)
    return EditSequence(start, tuple(edits))


class _FreshIds:
    """New ids for the entities edits add: UUIDs, distinct within a sequence."""

    def __init__(self, salt: int) -> None:
        self.salt = salt
        self.count = 0

    def __call__(self) -> str:
        self.count += 1
        return str(uuid.UUID(int=(0xED17 << 112) | (self.salt << 40) | self.count, version=4))


def edits_for(
    workshop: Workshop,
    fresh_id: Callable[[], str] | None = None,
    *,
    kinds: Collection[str] | None = None,
) -> st.SearchStrategy[Edit]:
    """One edit valid on ``workshop`` as it is when the edit is drawn.

    ``kinds`` limits the draw to some of :data:`EDIT_KINDS` (by default all of them);
    ``fresh_id`` makes the ids of new entities (by default UUIDs from a counter).
    """
    new_id = fresh_id or _FreshIds(0xA11CE)
    chosen = list(EDIT_KINDS) if kinds is None else list(kinds)
    unknown = set(chosen) - set(EDIT_KINDS)
    if unknown:
        raise ValueError(f"Unknown kinds of edit: {sorted(unknown)}")
    if kinds is None:
        chosen += _CARD_KINDS

    @st.composite
    def one(draw: Draw) -> Edit:
        state = _State(workshop)
        usable = [name for name in chosen if EDIT_KINDS[name][1](state)]
        if not usable:
            raise ValueError(f"None of {chosen} can apply to this workshop.")
        builder, _ = EDIT_KINDS[draw(st.sampled_from(usable))]
        return builder(draw, state, new_id)

    return one()


# --- what the workshop holds now ----------------------------------------------------------------


class _State:
    """Read-only views of a workshop that the edit builders choose from."""

    def __init__(self, workshop: Workshop) -> None:
        self.workshop = workshop
        self.journeys = workshop.journeys
        self.cards = [(j, c) for j in workshop.journeys for c in j.cards.values()]
        self.links = [(j, link) for j in workshop.journeys for link in j.links.values()]
        self.pipeline_stages = [(p, s) for p in workshop.pipelines for s in p.stages]

    @property
    def grid(self) -> bool:
        return bool(self.workshop.stages and self.workshop.channels)


Builder = Callable[[Draw, _State, Callable[[], str]], Edit]


def _index(draw: Draw, length: int) -> int:
    """A position in a list of ``length`` (sometimes beyond its ends: edits clamp)."""
    return draw(st.integers(-1, length + 1))


def _optional_index(draw: Draw, length: int) -> int | None:
    return draw(st.none() | st.integers(0, length))


def _subset(draw: Draw, items: list[str], *, min_size: int = 0, max_size: int = 3) -> list[str]:
    if not items:
        return []
    return draw(st.lists(st.sampled_from(items), min_size=min_size, max_size=max_size, unique=True))


def _some_values(draw: Draw, fields: dict[str, st.SearchStrategy[Any]]) -> dict[str, Any]:
    chosen = draw(st.lists(st.sampled_from(sorted(fields)), min_size=1, max_size=3, unique=True))
    return {name: draw(fields[name]) for name in chosen}


# cards


def _new_card(draw: Draw, state: _State, card_id: str) -> Card:
    workshop = state.workshop
    fields = workshop.crm_fields
    linked = _subset(draw, [f.id for f in fields], max_size=2)
    return Card(
        text=draw(card_text),
        stage_id=draw(st.sampled_from(workshop.stages)).id,
        channel_id=draw(st.sampled_from(workshop.channels)).id,
        id=card_id,
        order=draw(st.integers(0, 4)),
        rating=draw(st.sampled_from(Rating)),
        emotion=draw(emotions),
        moment_of_truth=draw(st.booleans()),
        notes=draw(texts),
        owner_team=draw(texts),
        persona_ids=_subset(draw, [p.id for p in workshop.personas], max_size=2),
        crm_links=[CrmLink(field_id, draw(texts)) for field_id in linked],
    )


def _add_cards(draw: Draw, state: _State, new_id: Callable[[], str]) -> Edit:
    journey = draw(st.sampled_from(state.journeys))
    cards = tuple(_new_card(draw, state, new_id()) for _ in range(draw(st.integers(1, 3))))
    ends = [c.id for c in cards] + list(journey.cards)
    links = []
    for _ in range(draw(st.integers(0, 2))):
        # Links added with cards start or end at one of them.
        start = draw(st.sampled_from(cards)).id
        end = draw(st.sampled_from([i for i in ends if i != start] or [None]))
        if end is not None:
            if draw(st.booleans()):
                start, end = end, start
            links.append(CardLink(start, end, id=new_id(), label=draw(texts)))
    return AddCards(journey.id, cards, tuple(links))


def _remove_cards(draw: Draw, state: _State, _new_id: Callable[[], str]) -> Edit:
    journey, _ = draw(st.sampled_from(state.cards))
    return RemoveCards(journey.id, tuple(_subset(draw, list(journey.cards), min_size=1)))


def _move_card(draw: Draw, state: _State, _new_id: Callable[[], str]) -> Edit:
    journey, card = draw(st.sampled_from(state.cards))
    stage = draw(st.sampled_from(state.workshop.stages)).id
    channel = draw(st.sampled_from(state.workshop.channels)).id
    index = _index(draw, len(journey.cell_card_ids(stage, channel)))
    return MoveCard(journey.id, card.id, stage, channel, index)


def _move_cards(draw: Draw, state: _State, _new_id: Callable[[], str]) -> Edit:
    journey = draw(st.sampled_from([j for j in state.journeys if len(j.cards) >= 2]))
    ids = _subset(draw, list(journey.cards), min_size=2, max_size=4)
    stage = draw(st.sampled_from(state.workshop.stages)).id
    channel = draw(st.sampled_from(state.workshop.channels)).id
    index = _index(draw, len(journey.cell_card_ids(stage, channel)))
    return move_cards(journey.id, ids, stage, channel, index)


_CARD_VALUES = {
    "text": card_text,
    "rating": st.sampled_from(Rating),
    "emotion": emotions,
    "moment_of_truth": st.booleans(),
    "notes": texts,
    "owner_team": texts,
}


def _update_card(draw: Draw, state: _State, _new_id: Callable[[], str]) -> Edit:
    _, card = draw(st.sampled_from(state.cards))
    return UpdateCard(card.id, _some_values(draw, _CARD_VALUES))


def _link_persona(draw: Draw, state: _State, _new_id: Callable[[], str]) -> Edit:
    persona_ids = [p.id for p in state.workshop.personas]
    candidates = [c for _, c in state.cards if len(c.persona_ids) < len(persona_ids)]
    card = draw(st.sampled_from(candidates))
    persona = draw(st.sampled_from([p for p in persona_ids if p not in card.persona_ids]))
    return LinkPersona(card.id, persona, _optional_index(draw, len(card.persona_ids)))


def _unlink_persona(draw: Draw, state: _State, _new_id: Callable[[], str]) -> Edit:
    card = draw(st.sampled_from([c for _, c in state.cards if c.persona_ids]))
    return UnlinkPersona(card.id, draw(st.sampled_from(card.persona_ids)))


def _link_crm_field(draw: Draw, state: _State, _new_id: Callable[[], str]) -> Edit:
    _, card = draw(st.sampled_from(state.cards))
    crm_field = draw(st.sampled_from(state.workshop.crm_fields))
    index = _optional_index(draw, len(card.crm_links))
    return LinkCrmField(card.id, crm_field.id, draw(texts), index)


def _unlink_crm_field(draw: Draw, state: _State, _new_id: Callable[[], str]) -> Edit:
    card = draw(st.sampled_from([c for _, c in state.cards if c.crm_links]))
    return UnlinkCrmField(card.id, draw(st.sampled_from(card.crm_links)).field_id)


def _add_card_link(draw: Draw, state: _State, new_id: Callable[[], str]) -> Edit:
    journey = draw(st.sampled_from([j for j in state.journeys if len(j.cards) >= 2]))
    start, end = _subset(draw, list(journey.cards), min_size=2, max_size=2)
    link = CardLink(start, end, id=new_id(), label=draw(texts))
    return AddCardLink(journey.id, link, _optional_index(draw, len(journey.links)))


def _remove_card_link(draw: Draw, state: _State, _new_id: Callable[[], str]) -> Edit:
    journey, link = draw(st.sampled_from(state.links))
    return RemoveCardLink(journey.id, link.id)


def _update_card_link(draw: Draw, state: _State, _new_id: Callable[[], str]) -> Edit:
    _, link = draw(st.sampled_from(state.links))
    return UpdateCardLink(link.id, {"label": draw(texts)})


# stages and channels

_STAGE_VALUES = {
    "name": names,
    "definition": texts,
    "entry_criteria": texts,
    "exit_criteria": texts,
    "lifecycle_status": st.sampled_from(("", "Lead", "MQL", "SQL", "Client")),
    "kpis": kpi_lists,
    "phase": st.sampled_from(("", "Marketing", "Ventes", "Customer Success")),
    "colour": colours,
}


def _add_stage(draw: Draw, state: _State, new_id: Callable[[], str]) -> Edit:
    stage = Stage(id=new_id(), **{name: draw(values) for name, values in _STAGE_VALUES.items()})
    return AddStage(stage, _optional_index(draw, len(state.workshop.stages)))


def _remove_stage(draw: Draw, state: _State, _new_id: Callable[[], str]) -> Edit:
    return RemoveStage(draw(st.sampled_from(state.workshop.stages)).id)


def _move_stage(draw: Draw, state: _State, _new_id: Callable[[], str]) -> Edit:
    stages = state.workshop.stages
    return MoveStage(draw(st.sampled_from(stages)).id, _index(draw, len(stages)))


def _update_stage(draw: Draw, state: _State, _new_id: Callable[[], str]) -> Edit:
    stage = draw(st.sampled_from(state.workshop.stages))
    return UpdateStage(stage.id, _some_values(draw, _STAGE_VALUES))


_CHANNEL_VALUES = {
    "name": names,
    "kind": st.sampled_from(ChannelKind),
    "icon": st.sampled_from(("", "globe", "mail", "phone", "store")),
}


def _add_channel(draw: Draw, state: _State, new_id: Callable[[], str]) -> Edit:
    values = {name: draw(values) for name, values in _CHANNEL_VALUES.items()}
    channel = Channel(id=new_id(), **values)
    return AddChannel(channel, _optional_index(draw, len(state.workshop.channels)))


def _remove_channel(draw: Draw, state: _State, _new_id: Callable[[], str]) -> Edit:
    return RemoveChannel(draw(st.sampled_from(state.workshop.channels)).id)


def _move_channel(draw: Draw, state: _State, _new_id: Callable[[], str]) -> Edit:
    channels = state.workshop.channels
    return MoveChannel(draw(st.sampled_from(channels)).id, _index(draw, len(channels)))


def _update_channel(draw: Draw, state: _State, _new_id: Callable[[], str]) -> Edit:
    channel = draw(st.sampled_from(state.workshop.channels))
    return UpdateChannel(channel.id, _some_values(draw, _CHANNEL_VALUES))


# personas and CRM fields


def _persona_values(state: _State) -> dict[str, st.SearchStrategy[Any]]:
    channel_ids = [c.id for c in state.workshop.channels]
    return {
        "name": names,
        "role": texts,
        "description": texts,
        "goals": st.lists(names, max_size=2),
        "frustrations": st.lists(names, max_size=2),
        "preferred_channel_ids": st.lists(st.sampled_from(channel_ids), max_size=3, unique=True)
        if channel_ids
        else st.just([]),
        "budget": texts,
        "colour": colours,
        "attributes": st.dictionaries(names, texts, max_size=2),
    }


def _add_persona(draw: Draw, state: _State, new_id: Callable[[], str]) -> Edit:
    values = {name: draw(values) for name, values in _persona_values(state).items()}
    persona = Persona(id=new_id(), **values)
    return AddPersona(persona, _optional_index(draw, len(state.workshop.personas)))


def _remove_persona(draw: Draw, state: _State, _new_id: Callable[[], str]) -> Edit:
    return RemovePersona(draw(st.sampled_from(state.workshop.personas)).id)


def _move_persona(draw: Draw, state: _State, _new_id: Callable[[], str]) -> Edit:
    personas = state.workshop.personas
    return MovePersona(draw(st.sampled_from(personas)).id, _index(draw, len(personas)))


def _update_persona(draw: Draw, state: _State, _new_id: Callable[[], str]) -> Edit:
    persona = draw(st.sampled_from(state.workshop.personas))
    return UpdatePersona(persona.id, _some_values(draw, _persona_values(state)))


_CRM_FIELD_VALUES = {
    "label": names,
    "api_name": st.sampled_from(("lead_score__c", "Amount", "lifecyclestage", "nps__c")),
    "object": st.sampled_from(CrmObject),
    "custom_object": st.sampled_from(("", "Projet__c")),
    "type": st.sampled_from(CrmFieldType),
    "allowed_values": st.lists(names, max_size=3),
}


def _add_crm_field(draw: Draw, state: _State, new_id: Callable[[], str]) -> Edit:
    values = {name: draw(values) for name, values in _CRM_FIELD_VALUES.items()}
    crm_field = CrmField(id=new_id(), **values)
    return AddCrmField(crm_field, _optional_index(draw, len(state.workshop.crm_fields)))


def _remove_crm_field(draw: Draw, state: _State, _new_id: Callable[[], str]) -> Edit:
    return RemoveCrmField(draw(st.sampled_from(state.workshop.crm_fields)).id)


def _move_crm_field(draw: Draw, state: _State, _new_id: Callable[[], str]) -> Edit:
    fields = state.workshop.crm_fields
    return MoveCrmField(draw(st.sampled_from(fields)).id, _index(draw, len(fields)))


def _update_crm_field(draw: Draw, state: _State, _new_id: Callable[[], str]) -> Edit:
    crm_field = draw(st.sampled_from(state.workshop.crm_fields))
    return UpdateCrmField(crm_field.id, _some_values(draw, _CRM_FIELD_VALUES))


# pipelines


def _pipeline_stage_values(state: _State) -> dict[str, st.SearchStrategy[Any]]:
    stage_ids = [s.id for s in state.workshop.stages]
    return {
        "name": names,
        "probability": probabilities,
        "closed": st.booleans(),
        "won": st.booleans(),
        "forecast_category": st.sampled_from(ForecastCategory),
        "stale_after_days": stale_days,
        "entry_criteria": texts,
        "exit_criteria": texts,
        "stage_id": st.none() | st.sampled_from(stage_ids) if stage_ids else st.none(),
        "signal_fields": _crm_links(state),
    }


def _crm_links(state: _State) -> st.SearchStrategy[list[CrmLink]]:
    """Links to distinct CRM fields of the workshop, each with a value."""
    field_ids = [f.id for f in state.workshop.crm_fields]
    if not field_ids:
        return st.just([])
    chosen = st.lists(st.sampled_from(field_ids), max_size=2, unique=True)
    return chosen.flatmap(
        lambda ids: st.tuples(*(st.builds(CrmLink, st.just(i), texts) for i in ids)).map(list)
    )


def _new_pipeline_stage(draw: Draw, state: _State, new_id: Callable[[], str]) -> PipelineStage:
    values = {name: draw(values) for name, values in _pipeline_stage_values(state).items()}
    return PipelineStage(id=new_id(), **values)


_PIPELINE_VALUES = {
    "name": names,
    "team": st.sampled_from(("", "Marketing", "Ventes")),
    "colour": colours,
}


def _add_pipeline(draw: Draw, state: _State, new_id: Callable[[], str]) -> Edit:
    values = {name: draw(values) for name, values in _PIPELINE_VALUES.items()}
    stages = [_new_pipeline_stage(draw, state, new_id) for _ in range(draw(st.integers(0, 3)))]
    pipeline = Pipeline(id=new_id(), stages=stages, **values)
    return AddPipeline(pipeline, _optional_index(draw, len(state.workshop.pipelines)))


def _remove_pipeline(draw: Draw, state: _State, _new_id: Callable[[], str]) -> Edit:
    return RemovePipeline(draw(st.sampled_from(state.workshop.pipelines)).id)


def _move_pipeline(draw: Draw, state: _State, _new_id: Callable[[], str]) -> Edit:
    pipelines = state.workshop.pipelines
    return MovePipeline(draw(st.sampled_from(pipelines)).id, _index(draw, len(pipelines)))


def _update_pipeline(draw: Draw, state: _State, _new_id: Callable[[], str]) -> Edit:
    pipeline = draw(st.sampled_from(state.workshop.pipelines))
    return UpdatePipeline(pipeline.id, _some_values(draw, _PIPELINE_VALUES))


def _add_pipeline_stage(draw: Draw, state: _State, new_id: Callable[[], str]) -> Edit:
    pipeline = draw(st.sampled_from(state.workshop.pipelines))
    stage = _new_pipeline_stage(draw, state, new_id)
    return AddPipelineStage(pipeline.id, stage, _optional_index(draw, len(pipeline.stages)))


def _remove_pipeline_stage(draw: Draw, state: _State, _new_id: Callable[[], str]) -> Edit:
    _, stage = draw(st.sampled_from(state.pipeline_stages))
    return RemovePipelineStage(stage.id)


def _move_pipeline_stage(draw: Draw, state: _State, _new_id: Callable[[], str]) -> Edit:
    pipeline, stage = draw(st.sampled_from(state.pipeline_stages))
    return MovePipelineStage(stage.id, _index(draw, len(pipeline.stages)))


def _update_pipeline_stage(draw: Draw, state: _State, _new_id: Callable[[], str]) -> Edit:
    _, stage = draw(st.sampled_from(state.pipeline_stages))
    return UpdatePipelineStage(stage.id, _some_values(draw, _pipeline_stage_values(state)))


# the workshop, its journeys, actions and snapshots


def _update_workshop(draw: Draw, state: _State, _new_id: Callable[[], str]) -> Edit:
    values = {
        "name": names,
        "client": texts,
        "facilitator": texts,
        "workshop_date": dates,
        "language": st.sampled_from(("fr", "en")),
        "description": texts,
        "converted_status": st.sampled_from(("", "SQL", "Opportunité", "Customer")),
    }
    return UpdateWorkshop(state.workshop.id, _some_values(draw, values))


_JOURNEY_VALUES = {
    "name": names,
    "kind": st.sampled_from(JourneyKind),
    "segment": st.sampled_from(("", "PME", "Grands comptes")),
}


def _add_journey(draw: Draw, state: _State, new_id: Callable[[], str]) -> Edit:
    values = {name: draw(values) for name, values in _JOURNEY_VALUES.items()}
    count = draw(st.integers(0, 3)) if state.grid else 0
    cards = [_new_card(draw, state, new_id()) for _ in range(count)]
    links = {}
    if len(cards) >= 2 and draw(st.booleans()):
        link = CardLink(cards[0].id, cards[-1].id, id=new_id())
        links[link.id] = link
    journey = Journey(id=new_id(), cards={c.id: c for c in cards}, links=links, **values)
    return AddJourney(journey, _optional_index(draw, len(state.journeys)))


def _remove_journey(draw: Draw, state: _State, _new_id: Callable[[], str]) -> Edit:
    return RemoveJourney(draw(st.sampled_from(state.journeys)).id)


def _move_journey(draw: Draw, state: _State, _new_id: Callable[[], str]) -> Edit:
    return MoveJourney(draw(st.sampled_from(state.journeys)).id, _index(draw, len(state.journeys)))


def _update_journey(draw: Draw, state: _State, _new_id: Callable[[], str]) -> Edit:
    journey = draw(st.sampled_from(state.journeys))
    return UpdateJourney(journey.id, _some_values(draw, _JOURNEY_VALUES))


def _action_values(state: _State) -> dict[str, st.SearchStrategy[Any]]:
    card_ids = [c.id for _, c in state.cards]
    return {
        "text": names,
        "card_id": st.none() | st.sampled_from(card_ids) if card_ids else st.none(),
        "owner": texts,
        "priority": st.sampled_from(Level),
        "impact": st.sampled_from(Level),
        "effort": st.sampled_from(Level),
        "status": st.sampled_from(ActionStatus),
        "due": dates,
    }


def _add_action(draw: Draw, state: _State, new_id: Callable[[], str]) -> Edit:
    values = {name: draw(values) for name, values in _action_values(state).items()}
    action = Action(id=new_id(), **values)
    return AddAction(action, _optional_index(draw, len(state.workshop.actions)))


def _remove_action(draw: Draw, state: _State, _new_id: Callable[[], str]) -> Edit:
    return RemoveAction(draw(st.sampled_from(state.workshop.actions)).id)


def _move_action(draw: Draw, state: _State, _new_id: Callable[[], str]) -> Edit:
    actions = state.workshop.actions
    return MoveAction(draw(st.sampled_from(actions)).id, _index(draw, len(actions)))


def _update_action(draw: Draw, state: _State, _new_id: Callable[[], str]) -> Edit:
    action = draw(st.sampled_from(state.workshop.actions))
    return UpdateAction(action.id, _some_values(draw, _action_values(state)))


def _take_snapshot(draw: Draw, state: _State, new_id: Callable[[], str]) -> Edit:
    content = workshop_to_dict(state.workshop, with_snapshots=False)
    taken_at = draw(st.datetimes()).isoformat(timespec="seconds")
    snapshot = Snapshot(draw(names), taken_at, content, id=new_id())
    return TakeSnapshot(snapshot, _optional_index(draw, len(state.workshop.snapshots)))


def _remove_snapshot(draw: Draw, state: _State, _new_id: Callable[[], str]) -> Edit:
    return RemoveSnapshot(draw(st.sampled_from(state.workshop.snapshots)).id)


def _update_snapshot(draw: Draw, state: _State, _new_id: Callable[[], str]) -> Edit:
    snapshot = draw(st.sampled_from(state.workshop.snapshots))
    return UpdateSnapshot(snapshot.id, {"name": draw(names)})


def _compound(draw: Draw, state: _State, new_id: Callable[[], str]) -> Edit:
    """Two or three edits as one step, each drawn on the workshop the previous one left."""
    scratch = copy.deepcopy(state.workshop)
    parts = []
    for _ in range(draw(st.integers(2, 3))):
        part = draw(edits_for(scratch, new_id, kinds=_SIMPLE_KINDS))
        part.apply(scratch)
        parts.append(part)
    return Compound(tuple(parts), "Plusieurs changements")


def _always(_state: _State) -> bool:
    return True


def _has_cards(state: _State) -> bool:
    return bool(state.cards)


def _two_cards_in_a_journey(state: _State) -> bool:
    return any(len(j.cards) >= 2 for j in state.journeys)


def _journeys_and_grid(state: _State) -> bool:
    return bool(state.journeys) and state.grid


def _unlinked_persona(state: _State) -> bool:
    return any(len(c.persona_ids) < len(state.workshop.personas) for _, c in state.cards)


def _linked_persona(state: _State) -> bool:
    return any(c.persona_ids for _, c in state.cards)


def _cards_and_fields(state: _State) -> bool:
    return bool(state.cards and state.workshop.crm_fields)


def _linked_field(state: _State) -> bool:
    return any(c.crm_links for _, c in state.cards)


def _holds(attribute: str) -> Callable[[_State], bool]:
    def usable(state: _State) -> bool:
        return bool(getattr(state, attribute, None) or getattr(state.workshop, attribute, None))

    return usable


EDIT_KINDS: dict[str, tuple[Builder, Callable[[_State], bool]]] = {
    "add cards": (_add_cards, _journeys_and_grid),
    "remove cards": (_remove_cards, _has_cards),
    "move card": (_move_card, _has_cards),
    "move cards": (_move_cards, _two_cards_in_a_journey),
    "update card": (_update_card, _has_cards),
    "link persona": (_link_persona, _unlinked_persona),
    "unlink persona": (_unlink_persona, _linked_persona),
    "link CRM field": (_link_crm_field, _cards_and_fields),
    "unlink CRM field": (_unlink_crm_field, _linked_field),
    "add card link": (_add_card_link, _two_cards_in_a_journey),
    "remove card link": (_remove_card_link, _holds("links")),
    "update card link": (_update_card_link, _holds("links")),
    "add stage": (_add_stage, _always),
    "remove stage": (_remove_stage, _holds("stages")),
    "move stage": (_move_stage, _holds("stages")),
    "update stage": (_update_stage, _holds("stages")),
    "add channel": (_add_channel, _always),
    "remove channel": (_remove_channel, _holds("channels")),
    "move channel": (_move_channel, _holds("channels")),
    "update channel": (_update_channel, _holds("channels")),
    "add persona": (_add_persona, _always),
    "remove persona": (_remove_persona, _holds("personas")),
    "move persona": (_move_persona, _holds("personas")),
    "update persona": (_update_persona, _holds("personas")),
    "add CRM field": (_add_crm_field, _always),
    "remove CRM field": (_remove_crm_field, _holds("crm_fields")),
    "move CRM field": (_move_crm_field, _holds("crm_fields")),
    "update CRM field": (_update_crm_field, _holds("crm_fields")),
    "add pipeline": (_add_pipeline, _always),
    "remove pipeline": (_remove_pipeline, _holds("pipelines")),
    "move pipeline": (_move_pipeline, _holds("pipelines")),
    "update pipeline": (_update_pipeline, _holds("pipelines")),
    "add pipeline stage": (_add_pipeline_stage, _holds("pipelines")),
    "remove pipeline stage": (_remove_pipeline_stage, _holds("pipeline_stages")),
    "move pipeline stage": (_move_pipeline_stage, _holds("pipeline_stages")),
    "update pipeline stage": (_update_pipeline_stage, _holds("pipeline_stages")),
    "update workshop": (_update_workshop, _always),
    "add journey": (_add_journey, _always),
    "remove journey": (_remove_journey, _holds("journeys")),
    "move journey": (_move_journey, _holds("journeys")),
    "update journey": (_update_journey, _holds("journeys")),
    "add action": (_add_action, _always),
    "remove action": (_remove_action, _holds("actions")),
    "move action": (_move_action, _holds("actions")),
    "update action": (_update_action, _holds("actions")),
    "take snapshot": (_take_snapshot, _always),
    "remove snapshot": (_remove_snapshot, _holds("snapshots")),
    "update snapshot": (_update_snapshot, _holds("snapshots")),
    "compound": (_compound, _always),
}
"""Every kind of edit the strategies draw: its builder and when it can apply."""

_CARD_KINDS = ("add cards", "remove cards", "move card", "move cards", "update card")
"""Cards are what a workshop edits most: these are drawn twice as often."""

_SIMPLE_KINDS = tuple(name for name in EDIT_KINDS if name != "compound")


# --- rows --------------------------------------------------------------------------------------


def workshop_rows(workshop: Workshop) -> dict[Ref, Any]:
    """The workshop as rows keyed by (kind, id), as :class:`Changes` names them.

    A row holds what storage keeps for one entity: its fields, its place in its list, and
    for cards their persona and CRM links. The order of a journey's links is not a row's.
    """
    rows: dict[Ref, Any] = {}
    data = workshop_to_dict(workshop, with_snapshots=False)
    rows[(Kind.WORKSHOP, workshop.id)] = {
        key: value for key, value in data.items() if not isinstance(value, list)
    }
    ordered: list[tuple[Kind, list[Any], Callable[[Any], Any]]] = [
        (Kind.STAGE, workshop.stages, stage_to_dict),
        (Kind.CHANNEL, workshop.channels, channel_to_dict),
        (Kind.PERSONA, workshop.personas, persona_to_dict),
        (Kind.CRM_FIELD, workshop.crm_fields, crm_field_to_dict),
        (Kind.ACTION, workshop.actions, action_to_dict),
        (Kind.SNAPSHOT, workshop.snapshots, snapshot_to_dict),
    ]
    for kind, items, to_dict in ordered:
        for position, item in enumerate(items):
            rows[(kind, item.id)] = (position, to_dict(item))
    for position, pipeline in enumerate(workshop.pipelines):
        rows[(Kind.PIPELINE, pipeline.id)] = (
            position,
            pipeline.name,
            pipeline.team,
            pipeline.colour,
        )
        for place, stage in enumerate(pipeline.stages):
            rows[(Kind.PIPELINE_STAGE, stage.id)] = (
                pipeline.id,
                place,
                pipeline_stage_to_dict(stage),
            )
    for position, journey in enumerate(workshop.journeys):
        row = (position, journey.name, journey.kind.value, journey.segment)
        rows[(Kind.JOURNEY, journey.id)] = row
        for card in journey.cards.values():
            rows[(Kind.CARD, card.id)] = (journey.id, card_to_dict(card))
        for link in journey.links.values():
            rows[(Kind.CARD_LINK, link.id)] = (journey.id, link_to_dict(link))
    return rows


def round_trip(workshop: Workshop) -> Workshop:
    """The workshop written to plain data and read back."""
    return workshop_from_dict(workshop_to_dict(workshop))
