"""Behaviour of each edit through the public API: what it changes, what it reports, its undo.

Every test works on a small hand-made workshop whose ids read like what they name, so a
failure says which card went where.
"""

from __future__ import annotations

import copy
import dataclasses
import inspect
from collections.abc import Callable

import pytest
from support.synthetic import synthetic_workshop

from journey_studio.model import edits
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
    Applied,
    Changes,
    Compound,
    Edit,
    EditError,
    Kind,
    LinkCrmField,
    LinkPersona,
    MoveAction,
    MoveCard,
    MoveChannel,
    MovePersona,
    MoveStage,
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
    UpdateFields,
    UpdateJourney,
    UpdatePersona,
    UpdatePipeline,
    UpdatePipelineStage,
    UpdateSnapshot,
    UpdateStage,
    UpdateWorkshop,
    cards_on_channel,
    cards_on_stage,
    move_cards,
)
from journey_studio.model.invariants import broken_rules
from journey_studio.model.serialization import workshop_from_dict, workshop_to_dict
from journey_studio.model.vocabulary import ChannelKind, JourneyKind, Level, Rating
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
    UnknownEntity,
    Workshop,
)

# --- a small workshop ----------------------------------------------------------------------
#
# Stages discovery, decision, loyalty; channels web, phone, store.
# Journey "now" (current):            Journey "next" (target):
#   (discovery, web):  a, b, c          (discovery, web):   t1
#   (decision, phone): d, e             (decision, store):  t2, t3
#   (loyalty, store):  f
# Links now: a->d, b->c, d->f, c->e ; next: t1->t2.
# Personas: helene (on a, d), theo (on d, b); CRM fields: score (on a, e), stage (on d).
# Pipeline "sales" with stages won -> decision, lost -> decision, lead -> discovery.
# Actions: call (on d), survey (on t2), training (no card).

CELLS = {
    "now": {
        ("discovery", "web"): ["a", "b", "c"],
        ("decision", "phone"): ["d", "e"],
        ("loyalty", "store"): ["f"],
    },
    "next": {("discovery", "web"): ["t1"], ("decision", "store"): ["t2", "t3"]},
}
CELLS_IDS = {j: [i for ids in cells.values() for i in ids] for j, cells in CELLS.items()}


def make_workshop() -> Workshop:
    workshop = Workshop(id="ws", name="Atelier parcours cible", client="Boréal Énergie")
    workshop.stages = [
        Stage("Découverte", id="discovery", phase="Marketing", lifecycle_status="Lead"),
        Stage("Décision", id="decision", phase="Ventes", kpis=[Kpi("Taux de conversion", 25.0)]),
        Stage("Fidélisation", id="loyalty", phase="Customer Success", colour="#8172b3"),
    ]
    workshop.channels = [
        Channel("Site web", id="web"),
        Channel("Téléphone", id="phone", kind=ChannelKind.HUMAN),
        Channel("Magasin", id="store", kind=ChannelKind.PHYSICAL),
    ]
    workshop.personas = [
        Persona("Hélène", id="helene", preferred_channel_ids=["web", "phone"]),
        Persona("Théo", id="theo", preferred_channel_ids=["phone"]),
    ]
    workshop.crm_fields = [
        CrmField("Score de lead", "lead_score__c", id="score"),
        CrmField("Statut", "lifecyclestage", id="status"),
    ]
    workshop.pipelines = [
        Pipeline(
            "Ventes",
            id="sales",
            stages=[
                PipelineStage("Identifiée", id="lead", probability=10, stage_id="discovery"),
                PipelineStage("Gagnée", id="won", probability=100, stage_id="decision"),
                PipelineStage("Perdue", id="lost", probability=0, stage_id="decision"),
            ],
        )
    ]
    for journey_id, kind in (("now", JourneyKind.CURRENT), ("next", JourneyKind.TARGET)):
        cards = {}
        for (stage_id, channel_id), ids in CELLS[journey_id].items():
            for order, card_id in enumerate(ids):
                cards[card_id] = Card(
                    f"Je fais l'étape {card_id}", stage_id, channel_id, id=card_id, order=order
                )
        workshop.journeys.append(Journey(journey_id.title(), id=journey_id, kind=kind, cards=cards))
    now, nxt = workshop.journeys
    for link_id, start, end in (
        ("ad", "a", "d"),
        ("bc", "b", "c"),
        ("df", "d", "f"),
        ("ce", "c", "e"),
    ):
        now.links[link_id] = CardLink(start, end, id=link_id)
    nxt.links["t1t2"] = CardLink("t1", "t2", id="t1t2", label="relance")
    now.cards["a"].persona_ids = ["helene"]
    now.cards["d"].persona_ids = ["helene", "theo"]
    now.cards["b"].persona_ids = ["theo"]
    now.cards["a"].crm_links = [CrmLink("score", "30")]
    now.cards["e"].crm_links = [CrmLink("status", "SQL"), CrmLink("score", "80")]
    now.cards["d"].crm_links = [CrmLink("status", "MQL")]
    now.cards["d"].rating = Rating.BREAKING_POINT
    now.cards["e"].emotion = -1
    workshop.actions = [
        Action("Rappeler sous 24 h", id="call", card_id="d"),
        Action("Envoyer une enquête", id="survey", card_id="t2"),
        Action("Former l'équipe", id="training"),
    ]
    assert broken_rules(workshop) == []
    return workshop


@pytest.fixture
def workshop() -> Workshop:
    return make_workshop()


def apply(workshop: Workshop, edit: Edit) -> Applied:
    """Apply an edit and check that the workshop still obeys every rule."""
    applied = edit.apply(workshop)
    assert broken_rules(workshop) == []
    return applied


def cell(workshop: Workshop, journey_id: str, stage_id: str, channel_id: str) -> list[str]:
    """The ids of a cell's cards in order, after checking that their orders are dense."""
    journey = workshop.journey(journey_id)
    cards = journey.cell_cards(stage_id, channel_id)
    assert [card.order for card in cards] == list(range(len(cards)))
    return [card.id for card in cards]


def cards(*ids: str) -> set[tuple[Kind, str]]:
    return {(Kind.CARD, i) for i in ids}


def assert_undo_restores(workshop: Workshop, edit: Edit) -> Applied:
    """Apply, check the rules, undo, and check the workshop is exactly as it was."""
    before = workshop_to_dict(workshop)
    reference = copy.deepcopy(workshop)
    applied = apply(workshop, edit)
    assert workshop_to_dict(workshop) != before
    undone = apply(workshop, applied.inverse)
    assert workshop == reference
    assert workshop_to_dict(workshop) == before
    redone = apply(workshop, undone.inverse)
    assert workshop_to_dict(workshop) == workshop_to_dict(_applied_copy(reference, edit))
    assert redone.changes == applied.changes
    return applied


def _applied_copy(workshop: Workshop, edit: Edit) -> Workshop:
    result = copy.deepcopy(workshop)
    edit.apply(result)
    return result


def new_card(card_id: str, stage_id: str, channel_id: str, order: int = 0, **fields) -> Card:
    return Card(
        f"J'ajoute la carte {card_id}", stage_id, channel_id, id=card_id, order=order, **fields
    )


# --- cards ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("order", "expected", "renumbered"),
    [
        (0, ["x", "a", "b", "c"], {"a", "b", "c"}),
        (1, ["a", "x", "b", "c"], {"b", "c"}),
        (3, ["a", "b", "c", "x"], set()),
        (99, ["a", "b", "c", "x"], set()),
    ],
)
def test_add_card_into_a_cell_keeps_orders_dense(workshop, order, expected, renumbered):
    applied = apply(workshop, AddCards("now", (new_card("x", "discovery", "web", order),)))
    assert cell(workshop, "now", "discovery", "web") == expected
    assert workshop.card("x").order == expected.index("x")
    assert applied.changes == Changes.of(cards("x", *renumbered))
    assert_undo_restores(
        make_workshop(), AddCards("now", (new_card("x", "discovery", "web", order),))
    )


def test_add_cards_with_links_between_new_and_old_cards(workshop):
    edit = AddCards(
        "now",
        (
            new_card("x", "loyalty", "web", 0, rating=Rating.DELIGHT, emotion=2),
            new_card("y", "loyalty", "web", 1, persona_ids=["theo"], crm_links=[CrmLink("score")]),
            new_card("z", "discovery", "web", 1),
        ),
        (CardLink("x", "y", id="xy"), CardLink("a", "z", id="az")),
    )
    applied = apply(workshop, edit)
    assert cell(workshop, "now", "loyalty", "web") == ["x", "y"]
    assert cell(workshop, "now", "discovery", "web") == ["a", "z", "b", "c"]
    assert workshop.journey("now").links["xy"] == CardLink("x", "y", id="xy")
    assert applied.changes == Changes.of(
        cards("x", "y", "z", "b", "c") | {(Kind.CARD_LINK, "xy"), (Kind.CARD_LINK, "az")}
    )
    assert applied.inverse == RemoveCards("now", ("x", "y", "z"))
    assert_undo_restores(make_workshop(), edit)


def test_added_cards_are_copies_of_the_edits_cards(workshop):
    card = new_card("x", "loyalty", "web", persona_ids=["theo"])
    edit = AddCards("now", (card,))
    apply(workshop, edit)
    workshop.card("x").persona_ids.append("helene")
    assert card.persona_ids == ["theo"]
    assert edit.cards[0].persona_ids == ["theo"]


def test_remove_a_card_renumbers_only_the_cards_after_it(workshop):
    applied = apply(workshop, RemoveCards("now", ("a",)))
    assert cell(workshop, "now", "discovery", "web") == ["b", "c"]
    assert applied.changes.ids(Kind.CARD) == ({"b", "c"}, {"a"})
    assert applied.changes.ids(Kind.CARD_LINK) == (set(), {"ad"})
    applied = apply(make_workshop(), RemoveCards("now", ("c",)))
    assert applied.changes.ids(Kind.CARD) == (set(), {"c"})


def test_remove_cards_takes_their_links_and_frees_their_actions(workshop):
    applied = apply(workshop, RemoveCards("now", ("d", "b")))
    now = workshop.journey("now")
    assert set(now.links) == {"ce"}
    assert workshop.action("call").card_id is None
    assert workshop.action("survey").card_id == "t2"
    assert cell(workshop, "now", "decision", "phone") == ["e"]
    assert cell(workshop, "now", "discovery", "web") == ["a", "c"]
    assert applied.changes == Changes.of(
        upserted=cards("e", "c") | {(Kind.ACTION, "call")},
        deleted=cards("d", "b") | {(Kind.CARD_LINK, i) for i in ("ad", "bc", "df")},
    )


@pytest.mark.parametrize(
    "card_ids", [("d",), ("b",), ("a", "b", "c"), ("c", "a"), ("d", "b", "f", "e", "a", "c")]
)
def test_undo_of_remove_cards_restores_cards_links_and_actions_exactly(workshop, card_ids):
    assert_undo_restores(workshop, RemoveCards("now", card_ids))


@pytest.mark.parametrize(
    ("card_id", "index", "expected", "upserted"),
    [
        ("c", 0, ["c", "a", "b"], {"a", "b", "c"}),
        ("b", 0, ["b", "a", "c"], {"a", "b"}),
        ("a", 2, ["b", "c", "a"], {"a", "b", "c"}),
        ("a", 99, ["b", "c", "a"], {"a", "b", "c"}),
        ("a", 1, ["b", "a", "c"], {"a", "b"}),
        ("b", 1, ["a", "b", "c"], {"b"}),
        ("c", 2, ["a", "b", "c"], {"c"}),
        ("a", -5, ["a", "b", "c"], {"a"}),
    ],
)
def test_move_a_card_within_its_cell(workshop, card_id, index, expected, upserted):
    edit = MoveCard("now", card_id, "discovery", "web", index)
    applied = apply(workshop, edit)
    assert cell(workshop, "now", "discovery", "web") == expected
    assert applied.changes == Changes.of(cards(*upserted))
    assert applied.inverse == MoveCard("now", card_id, "discovery", "web", "abc".index(card_id))
    apply(workshop, applied.inverse)
    assert workshop_to_dict(workshop) == workshop_to_dict(make_workshop())


def test_move_a_card_to_another_cell_renumbers_both_cells(workshop):
    applied = apply(workshop, MoveCard("now", "a", "decision", "phone", 1))
    assert cell(workshop, "now", "discovery", "web") == ["b", "c"]
    assert cell(workshop, "now", "decision", "phone") == ["d", "a", "e"]
    assert workshop.card("a").cell == ("decision", "phone")
    assert applied.changes == Changes.of(cards("a", "b", "c", "e"))
    assert_undo_restores(make_workshop(), MoveCard("now", "a", "decision", "phone", 1))


def test_move_a_card_into_an_empty_cell_and_back(workshop):
    applied = apply(workshop, MoveCard("now", "f", "discovery", "phone", 5))
    assert cell(workshop, "now", "discovery", "phone") == ["f"]
    assert cell(workshop, "now", "loyalty", "store") == []
    assert dict(workshop.journey("now").cells()).get(("loyalty", "store")) is None
    assert applied.changes == Changes.of(cards("f"))
    assert_undo_restores(make_workshop(), MoveCard("now", "f", "discovery", "phone", 5))


def test_move_several_cards_from_other_cells(workshop):
    edit = move_cards("now", ["f", "d"], "discovery", "web", 1)
    applied = apply(workshop, edit)
    assert cell(workshop, "now", "discovery", "web") == ["a", "f", "d", "b", "c"]
    assert cell(workshop, "now", "decision", "phone") == ["e"]
    assert applied.changes == Changes.of(cards("f", "d", "b", "c", "e"))
    assert edit.name == "Move cards"
    assert_undo_restores(make_workshop(), edit)


@pytest.mark.parametrize(
    ("moved", "index", "expected"),
    [
        (["a", "b"], 0, ["a", "b", "c"]),
        (["a", "b"], 1, ["c", "a", "b"]),
        (["b", "a"], 0, ["b", "a", "c"]),
        (["c", "a"], 0, ["c", "a", "b"]),
        (["a", "c"], 1, ["b", "a", "c"]),
        (["a", "b"], 9, ["c", "a", "b"]),
        (["a", "b", "c"], 2, ["a", "b", "c"]),
    ],
)
def test_move_several_cards_within_their_cell_keeps_them_together(workshop, moved, index, expected):
    """The cards end up side by side from ``index`` on, counted among the cell's other cards."""
    edit = move_cards("now", moved, "discovery", "web", index)
    applied = apply(workshop, edit)
    assert cell(workshop, "now", "discovery", "web") == expected
    renumbered = {i for i in "abc" if expected.index(i) != "abc".index(i)}
    assert applied.changes == Changes.of(cards(*moved, *renumbered))
    apply(workshop, applied.inverse)
    assert workshop_to_dict(workshop) == workshop_to_dict(make_workshop())


def test_move_several_cards_mixing_source_cells_and_the_target_cell(workshop):
    edit = move_cards("now", ["c", "e", "a"], "decision", "phone", 1)
    apply(workshop, edit)
    assert cell(workshop, "now", "decision", "phone") == ["d", "c", "e", "a"]
    assert cell(workshop, "now", "discovery", "web") == ["b"]
    assert_undo_restores(make_workshop(), edit)


def test_move_one_card_with_move_cards_is_a_plain_move(workshop):
    assert move_cards("now", ["a"], "loyalty", "web", 0) == MoveCard(
        "now", "a", "loyalty", "web", 0
    )


@pytest.mark.parametrize(
    ("values", "name"),
    [
        ({"rating": Rating.IRRITANT}, "Rate card"),
        ({"text": "Je compare les offres"}, "Edit card text"),
        ({"emotion": -2}, "Set emotion"),
        ({"emotion": None}, "Set emotion"),
        ({"moment_of_truth": True}, "Mark moment of truth"),
        ({"notes": "Verbatim : « trop long »"}, "Edit notes"),
        ({"owner_team": "Ventes", "rating": Rating.DELIGHT}, "Edit card"),
    ],
)
def test_update_a_card_changes_exactly_that_card(workshop, values, name):
    edit = UpdateCard("e", values)
    assert edit.name == name
    applied = assert_undo_restores(workshop, edit)
    assert applied.changes == Changes.of(cards("e"))
    assert applied.inverse.name == name
    result = _applied_copy(make_workshop(), edit)
    for key, value in values.items():
        assert getattr(result.card("e"), key) == value


def test_link_and_unlink_personas_keep_their_place(workshop):
    applied = apply(workshop, LinkPersona("a", "theo", 0))
    assert workshop.card("a").persona_ids == ["theo", "helene"]
    assert applied.changes == Changes.of(cards("a"))
    applied = apply(workshop, UnlinkPersona("d", "helene"))
    assert workshop.card("d").persona_ids == ["theo"]
    assert applied.changes == Changes.of(cards("d"))
    apply(workshop, applied.inverse)
    assert workshop.card("d").persona_ids == ["helene", "theo"]
    assert_undo_restores(make_workshop(), LinkPersona("f", "helene"))
    assert_undo_restores(make_workshop(), UnlinkPersona("d", "helene"))


def test_link_crm_field_adds_a_link_or_changes_its_value(workshop):
    applied = apply(workshop, LinkCrmField("b", "status", "MQL"))
    assert workshop.card("b").crm_links == [CrmLink("status", "MQL")]
    assert applied.changes == Changes.of(cards("b"))
    apply(workshop, LinkCrmField("e", "score", "95"))
    assert workshop.card("e").crm_links == [CrmLink("status", "SQL"), CrmLink("score", "95")]
    assert_undo_restores(make_workshop(), LinkCrmField("e", "score", "95"))
    assert_undo_restores(make_workshop(), LinkCrmField("e", "score", "95", 0))
    assert_undo_restores(make_workshop(), UnlinkCrmField("e", "status"))


def test_add_label_and_remove_a_link_between_cards(workshop):
    applied = apply(workshop, AddCardLink("now", CardLink("f", "a", id="fa")))
    assert applied.changes == Changes.of([(Kind.CARD_LINK, "fa")])
    applied = apply(workshop, UpdateCardLink("fa", {"label": "si pas de réponse"}))
    assert workshop.journey("now").links["fa"].label == "si pas de réponse"
    assert applied.changes == Changes.of([(Kind.CARD_LINK, "fa")])
    applied = apply(workshop, RemoveCardLink("now", "fa"))
    assert "fa" not in workshop.journey("now").links
    assert applied.changes == Changes.of(deleted=[(Kind.CARD_LINK, "fa")])
    for link_id in ("ad", "bc", "ce"):
        assert_undo_restores(make_workshop(), RemoveCardLink("now", link_id))


# --- cascading removes ---------------------------------------------------------------------


def test_remove_stage_takes_its_cards_in_every_journey_and_unties_pipeline_stages(workshop):
    assert cards_on_stage(workshop, "decision") == 4
    applied = apply(workshop, RemoveStage("decision"))
    assert [s.id for s in workshop.stages] == ["discovery", "loyalty"]
    assert set(workshop.journey("now").cards) == {"a", "b", "c", "f"}
    assert set(workshop.journey("next").cards) == {"t1"}
    assert set(workshop.journey("now").links) == {"bc"}
    assert workshop.journey("next").links == {}
    assert [s.stage_id for s in workshop.pipelines[0].stages] == ["discovery", None, None]
    assert workshop.action("call").card_id is None
    assert workshop.action("survey").card_id is None
    assert applied.changes == Changes.of(
        upserted={
            (Kind.STAGE, "loyalty"),
            (Kind.PIPELINE_STAGE, "won"),
            (Kind.PIPELINE_STAGE, "lost"),
            (Kind.ACTION, "call"),
            (Kind.ACTION, "survey"),
        },
        deleted=cards("d", "e", "t2", "t3")
        | {(Kind.STAGE, "decision")}
        | {(Kind.CARD_LINK, i) for i in ("ad", "df", "ce", "t1t2")},
    )
    assert applied.inverse.name == "Delete stage"


@pytest.mark.parametrize("stage_id", ["discovery", "decision", "loyalty"])
def test_undo_of_remove_stage_restores_everything(workshop, stage_id):
    assert_undo_restores(workshop, RemoveStage(stage_id))


def test_remove_channel_takes_its_cards_and_personas_no_longer_prefer_it(workshop):
    assert cards_on_channel(workshop, "phone") == 2
    applied = apply(workshop, RemoveChannel("phone"))
    assert [c.id for c in workshop.channels] == ["web", "store"]
    assert workshop.persona("helene").preferred_channel_ids == ["web"]
    assert workshop.persona("theo").preferred_channel_ids == []
    assert set(workshop.journey("now").cards) == {"a", "b", "c", "f"}
    assert applied.changes.ids(Kind.PERSONA) == ({"helene", "theo"}, set())
    assert applied.changes.ids(Kind.CHANNEL) == ({"store"}, {"phone"})
    assert_undo_restores(make_workshop(), RemoveChannel("phone"))
    assert_undo_restores(make_workshop(), RemoveChannel("web"))


def test_remove_persona_unlinks_it_from_cards_and_undo_links_it_back(workshop):
    applied = apply(workshop, RemovePersona("helene"))
    assert [p.id for p in workshop.personas] == ["theo"]
    assert workshop.card("a").persona_ids == []
    assert workshop.card("d").persona_ids == ["theo"]
    assert applied.changes == Changes.of(
        upserted=cards("a", "d") | {(Kind.PERSONA, "theo")}, deleted=[(Kind.PERSONA, "helene")]
    )
    assert_undo_restores(make_workshop(), RemovePersona("helene"))
    assert_undo_restores(make_workshop(), RemovePersona("theo"))


def test_remove_crm_field_unlinks_it_from_cards_and_undo_restores_values(workshop):
    applied = apply(workshop, RemoveCrmField("status"))
    assert workshop.card("e").crm_links == [CrmLink("score", "80")]
    assert workshop.card("d").crm_links == []
    assert applied.changes == Changes.of(
        upserted=cards("d", "e"), deleted=[(Kind.CRM_FIELD, "status")]
    )
    assert_undo_restores(make_workshop(), RemoveCrmField("status"))
    assert_undo_restores(make_workshop(), RemoveCrmField("score"))


def test_remove_journey_frees_actions_and_undo_restores_it_in_place(workshop):
    applied = apply(workshop, RemoveJourney("now"))
    assert [j.id for j in workshop.journeys] == ["next"]
    assert workshop.action("call").card_id is None
    assert applied.changes.ids(Kind.CARD) == (set(), set(CELLS_IDS["now"]))
    assert applied.changes.ids(Kind.ACTION) == ({"call"}, set())
    assert applied.changes.ids(Kind.JOURNEY) == ({"next"}, {"now"})
    assert_undo_restores(make_workshop(), RemoveJourney("now"))
    assert_undo_restores(make_workshop(), RemoveJourney("next"))


def test_remove_pipeline_and_pipeline_stage(workshop):
    applied = apply(workshop, RemovePipeline("sales"))
    assert applied.changes == Changes.of(
        deleted={(Kind.PIPELINE, "sales")}
        | {(Kind.PIPELINE_STAGE, i) for i in ("lead", "won", "lost")}
    )
    assert_undo_restores(make_workshop(), RemovePipeline("sales"))
    applied = assert_undo_restores(make_workshop(), RemovePipelineStage("lead"))
    assert applied.changes == Changes.of(
        upserted=[(Kind.PIPELINE_STAGE, "won"), (Kind.PIPELINE_STAGE, "lost")],
        deleted=[(Kind.PIPELINE_STAGE, "lead")],
    )


def test_cascading_removes_on_a_synthetic_map_undo_exactly():
    workshop = synthetic_workshop(500, seed=5)
    busiest = max(workshop.stages, key=lambda s: cards_on_stage(workshop, s.id))
    count = cards_on_stage(workshop, busiest.id)
    applied = assert_undo_restores(workshop, RemoveStage(busiest.id))
    assert len(applied.changes.ids(Kind.CARD)[1]) == count > 50
    makers: list[Callable[[Workshop], Edit]] = [
        lambda w: RemoveChannel(w.channels[0].id),
        lambda w: RemovePersona(w.personas[0].id),
        lambda w: RemoveCrmField(w.crm_fields[0].id),
        lambda w: RemoveJourney(w.journeys[0].id),
        lambda w: RemoveCards(w.journeys[1].id, tuple(list(w.journeys[1].cards)[::3])),
        lambda w: move_cards(w.journeys[0].id, list(w.journeys[0].cards)[:40], *busiest_cell(w), 2),
    ]
    for make in makers:
        workshop = synthetic_workshop(500, seed=5)
        assert_undo_restores(workshop, make(workshop))


def busiest_cell(workshop: Workshop) -> tuple[str, str]:
    return max(workshop.journeys[0].cells(), key=lambda pair: len(pair[1]))[0]


# --- lists in order ------------------------------------------------------------------------


def test_add_and_move_stages_report_the_stages_whose_place_changed(workshop):
    applied = apply(workshop, AddStage(Stage("Intérêt", id="interest"), 1))
    assert [s.id for s in workshop.stages] == ["discovery", "interest", "decision", "loyalty"]
    assert applied.changes.ids(Kind.STAGE) == ({"interest", "decision", "loyalty"}, set())
    applied = apply(workshop, MoveStage("loyalty", 0))
    assert [s.id for s in workshop.stages] == ["loyalty", "discovery", "interest", "decision"]
    assert applied.changes.ids(Kind.STAGE)[0] == {"loyalty", "discovery", "interest", "decision"}
    applied = apply(workshop, MoveStage("interest", 3))
    assert applied.changes.ids(Kind.STAGE)[0] == {"interest", "decision"}
    assert_undo_restores(make_workshop(), AddStage(Stage("Intérêt", id="interest"), 0))
    assert_undo_restores(make_workshop(), AddStage(Stage("Intérêt", id="interest")))
    assert_undo_restores(make_workshop(), MoveStage("discovery", 2))


@pytest.mark.parametrize(
    "edit",
    [
        AddChannel(Channel("Application mobile", id="app"), 0),
        MoveChannel("store", 0),
        UpdateChannel("phone", {"name": "Centre d'appels", "kind": ChannelKind.DIGITAL}),
        AddPersona(Persona("Noémie", id="noemie", preferred_channel_ids=["store"]), 1),
        MovePersona("theo", 0),
        UpdatePersona("helene", {"goals": ["Réduire les coûts"], "colour": "#c44e52"}),
        AddCrmField(CrmField("Note NPS", "nps__c", id="nps")),
        UpdateCrmField("score", {"label": "Score", "allowed_values": ["A", "B"]}),
        AddPipeline(
            Pipeline("Onboarding", id="onb", stages=[PipelineStage("Lancement", id="kick")]), 0
        ),
        UpdatePipeline("sales", {"team": "Ventes", "colour": "#dd8452"}),
        AddPipelineStage("sales", PipelineStage("Négociation", id="nego", probability=60), 1),
        UpdatePipelineStage("won", {"stage_id": "loyalty", "probability": 90}),
        UpdateStage("loyalty", {"colour": "#123456", "kpis": [Kpi("NPS", 40.0)]}),
        UpdateStage("discovery", {"name": "Découverte de l'offre"}),
        AddJourney(Journey("Cible PME", id="smb", kind=JourneyKind.TARGET, segment="PME"), 0),
        UpdateJourney("next", {"segment": "Grands comptes"}),
        AddAction(Action("Automatiser la relance", id="auto", card_id="e", priority=Level.HIGH)),
        MoveAction("training", 0),
        RemoveAction("call"),
        UpdateAction("training", {"card_id": "t3", "due": "2027-01-31"}),
        UpdateWorkshop("ws", {"client": "Maison Léonard", "workshop_date": "2026-10-15"}),
    ],
    ids=lambda edit: type(edit).__name__,
)
def test_undo_restores_the_workshop_exactly(workshop, edit):
    assert_undo_restores(workshop, edit)


def test_snapshots_are_frozen_copies(workshop):
    content = workshop_to_dict(workshop, with_snapshots=False)
    snapshot = Snapshot("Avant l'atelier", "2026-10-15T09:00:00", content, id="snap")
    applied = apply(workshop, TakeSnapshot(snapshot))
    assert applied.changes == Changes.of([(Kind.SNAPSHOT, "snap")])
    content["name"] = "changed after the fact"
    assert workshop.snapshot("snap").content["name"] == "Atelier parcours cible"
    apply(workshop, UpdateSnapshot("snap", {"name": "Version 1"}))
    assert workshop.snapshot("snap").name == "Version 1"
    assert workshop_from_dict(workshop.snapshot("snap").content) == make_workshop()
    applied = apply(workshop, RemoveSnapshot("snap"))
    assert applied.changes == Changes.of(deleted=[(Kind.SNAPSHOT, "snap")])
    assert workshop_to_dict(workshop) == workshop_to_dict(make_workshop())


def test_compound_applies_in_order_and_undoes_in_reverse(workshop):
    edit = Compound(
        (
            AddCards("now", (new_card("x", "loyalty", "web"),)),
            AddCardLink("now", CardLink("x", "a", id="xa")),
            UpdateCard("x", {"rating": Rating.DELIGHT}),
        ),
        "Capture",
    )
    applied = assert_undo_restores(workshop, edit)
    assert applied.changes == Changes.of({(Kind.CARD, "x"), (Kind.CARD_LINK, "xa")})
    assert applied.inverse.name == "Capture"


def test_edits_keep_their_own_copy_of_values(workshop):
    goals = ["Réduire les coûts"]
    apply(workshop, UpdatePersona("helene", {"goals": goals}))
    workshop.persona("helene").goals.append("changed in the model")
    assert goals == ["Réduire les coûts"]
    goals.append("changed after the fact")
    assert workshop.persona("helene").goals == ["Réduire les coûts", "changed in the model"]


def test_colours_are_kept_as_written_so_undo_is_exact(workshop):
    """A lower-case colour (as Qt's QColor.name() writes it) survives an edit and its undo."""
    assert_undo_restores(workshop, UpdateStage("loyalty", {"colour": "#ABCDEF"}))
    apply(workshop, UpdateStage("loyalty", {"colour": "#abcdef"}))
    assert workshop.stage("loyalty").colour == "#abcdef"


# --- invalid edits change nothing -----------------------------------------------------------

INVALID: dict[str, Callable[[], Edit]] = {
    "unknown card": lambda: UpdateCard("nope", {"rating": Rating.DELIGHT}),
    "unknown journey": lambda: RemoveCards("nope", ("a",)),
    "card of another journey": lambda: RemoveCards("now", ("t1",)),
    "same card twice in a remove": lambda: RemoveCards("now", ("a", "b", "a")),
    "move unknown card": lambda: MoveCard("now", "nope", "decision", "phone", 0),
    "move card of another journey": lambda: MoveCard("now", "t1", "decision", "phone", 0),
    "move into a missing stage": lambda: MoveCard("now", "a", "nope", "phone", 0),
    "move into a missing channel": lambda: MoveCard("now", "a", "decision", "nope", 0),
    "move to no index": lambda: MoveCard("now", "a", "decision", "phone", None),  # type: ignore[arg-type]
    "move to a text index": lambda: MoveCard("now", "a", "discovery", "web", "1"),  # type: ignore[arg-type]
    "move cards, one unknown": lambda: move_cards("now", ["a", "nope"], "loyalty", "web", 0),
    "move cards, one twice": lambda: move_cards("now", ["a", "b", "a"], "loyalty", "web", 0),
    "move cards into a missing stage": lambda: move_cards("now", ["a", "b"], "nope", "web", 0),
    "move cards across journeys": lambda: move_cards("now", ["a", "t1"], "loyalty", "web", 0),
    "emotion 3": lambda: UpdateCard("a", {"emotion": 3}),
    "emotion -3": lambda: UpdateCard("a", {"emotion": -3}),
    "emotion as text": lambda: UpdateCard("a", {"emotion": "1"}),
    "emotion as a flag": lambda: UpdateCard("a", {"emotion": True}),
    "rating as string": lambda: UpdateCard("a", {"rating": "delight"}),
    "moment of truth as number": lambda: UpdateCard("a", {"moment_of_truth": 1}),
    "text as None": lambda: UpdateCard("a", {"text": None}),
    "card's cell set by update": lambda: UpdateCard("a", {"stage_id": "loyalty"}),
    "one bad value among good ones": lambda: UpdateCard("a", {"text": "ok", "emotion": 9}),
    "duplicate card id": lambda: AddCards("now", (new_card("e", "loyalty", "web"),)),
    "card id of another journey": lambda: AddCards("now", (new_card("t1", "loyalty", "web"),)),
    "same new card twice": lambda: AddCards(
        "now", (new_card("x", "loyalty", "web"), new_card("x", "loyalty", "phone"))
    ),
    "card into a missing stage": lambda: AddCards("now", (new_card("x", "nope", "web"),)),
    "card into a missing channel": lambda: AddCards("now", (new_card("x", "loyalty", "nope"),)),
    "new card with emotion 3": lambda: AddCards(
        "now", (new_card("x", "loyalty", "web", emotion=3),)
    ),
    "new card rated with a string": lambda: AddCards(
        "now", (new_card("x", "loyalty", "web", rating="delight"),)
    ),
    "new card with no order": lambda: AddCards(
        "now", (new_card("x", "loyalty", "web", order=None),)
    ),
    "new card with a persona twice": lambda: AddCards(
        "now", (new_card("x", "loyalty", "web", persona_ids=["theo", "theo"]),)
    ),
    "new card with a missing persona": lambda: AddCards(
        "now", (new_card("x", "loyalty", "web", persona_ids=["nope"]),)
    ),
    "new card with a CRM field twice": lambda: AddCards(
        "now",
        (new_card("x", "loyalty", "web", crm_links=[CrmLink("score"), CrmLink("score", "1")]),),
    ),
    "new card with a missing CRM field": lambda: AddCards(
        "now", (new_card("x", "loyalty", "web", crm_links=[CrmLink("nope")]),)
    ),
    "new cards, the second one bad": lambda: AddCards(
        "now", (new_card("x", "loyalty", "web"), new_card("y", "nope", "web", 1))
    ),
    "new cards linked across journeys": lambda: AddCards(
        "now", (new_card("x", "loyalty", "web"),), (CardLink("x", "t1", id="xt"),)
    ),
    "new cards with an existing link id": lambda: AddCards(
        "now", (new_card("x", "loyalty", "web"),), (CardLink("x", "a", id="t1t2"),)
    ),
    "new cards with a link between old cards": lambda: AddCards(
        "now", (new_card("x", "loyalty", "web"),), (CardLink("a", "b", id="ab"),)
    ),
    "link between journeys": lambda: AddCardLink("now", CardLink("a", "t1", id="at")),
    "link to a missing card": lambda: AddCardLink("now", CardLink("a", "nope", id="an")),
    "link a card to itself": lambda: AddCardLink("now", CardLink("a", "a", id="aa")),
    "link with an existing id": lambda: AddCardLink("now", CardLink("a", "b", id="ad")),
    "link with an id used in another journey": lambda: AddCardLink(
        "now", CardLink("a", "b", id="t1t2")
    ),
    "remove a missing link": lambda: RemoveCardLink("now", "t1t2"),
    "label an unknown link": lambda: UpdateCardLink("nope", {"label": "x"}),
    "link persona twice": lambda: LinkPersona("a", "helene"),
    "link unknown persona": lambda: LinkPersona("a", "nope"),
    "link persona at a text index": lambda: LinkPersona("a", "theo", "0"),  # type: ignore[arg-type]
    "unlink persona not linked": lambda: UnlinkPersona("f", "helene"),
    "link unknown CRM field": lambda: LinkCrmField("a", "nope", "1"),
    "CRM value as a number": lambda: LinkCrmField("a", "status", 3),  # type: ignore[arg-type]
    "unlink CRM field not linked": lambda: UnlinkCrmField("f", "score"),
    "empty stage name": lambda: AddStage(Stage("", id="x")),
    "blank stage name": lambda: AddStage(Stage("   ", id="x")),
    "rename stage to nothing": lambda: UpdateStage("decision", {"name": ""}),
    "bad stage colour": lambda: AddStage(Stage("Achat", id="x", colour="red")),
    "short stage colour": lambda: AddStage(Stage("Achat", id="x", colour="#12345")),
    "non-hex stage colour": lambda: UpdateStage("decision", {"colour": "#GGGGGG"}),
    "stage with an existing id": lambda: AddStage(Stage("Achat", id="decision")),
    "stage at a text index": lambda: AddStage(Stage("Achat", id="x"), "0"),  # type: ignore[arg-type]
    "stage KPI without a name": lambda: UpdateStage("decision", {"kpis": [Kpi(" ")]}),
    "remove unknown stage": lambda: RemoveStage("nope"),
    "move unknown stage": lambda: MoveStage("nope", 0),
    "move stage to no index": lambda: MoveStage("loyalty", None),  # type: ignore[arg-type]
    "move channel to a text index": lambda: MoveChannel("web", "2"),  # type: ignore[arg-type]
    "empty channel name": lambda: AddChannel(Channel("", id="x")),
    "channel kind as text": lambda: UpdateChannel("web", {"kind": "digital"}),
    "remove unknown channel": lambda: RemoveChannel("nope"),
    "empty persona name": lambda: AddPersona(Persona(" ", id="x")),
    "bad persona colour": lambda: UpdatePersona("theo", {"colour": "purple"}),
    "persona prefers a missing channel": lambda: AddPersona(
        Persona("Noémie", id="x", preferred_channel_ids=["nope"])
    ),
    "persona prefers a channel twice": lambda: UpdatePersona(
        "theo", {"preferred_channel_ids": ["web", "web"]}
    ),
    "persona with an existing id": lambda: AddPersona(Persona("Noémie", id="theo")),
    "remove unknown persona": lambda: RemovePersona("nope"),
    "CRM field without api name": lambda: AddCrmField(CrmField("NPS", "", id="x")),
    "remove unknown CRM field": lambda: RemoveCrmField("nope"),
    "empty pipeline name": lambda: UpdatePipeline("sales", {"name": ""}),
    "pipeline stage id taken": lambda: AddPipeline(
        Pipeline("Onboarding", id="onb", stages=[PipelineStage("Lancement", id="won")])
    ),
    "pipeline stage of a missing stage": lambda: AddPipelineStage(
        "sales", PipelineStage("Négociation", id="x", stage_id="nope")
    ),
    "probability 101": lambda: UpdatePipelineStage("won", {"probability": 101}),
    "probability as text": lambda: UpdatePipelineStage("won", {"probability": "50"}),
    "stale after 0 days": lambda: UpdatePipelineStage("won", {"stale_after_days": 0}),
    "pipeline stage in a missing pipeline": lambda: AddPipelineStage(
        "nope", PipelineStage("Négociation", id="x")
    ),
    "empty journey name": lambda: UpdateJourney("now", {"name": " "}),
    "journey with a card in a missing stage": lambda: AddJourney(
        Journey("Cible", id="x", cards={"x": new_card("x", "nope", "web")})
    ),
    "journey with a card id already used": lambda: AddJourney(
        Journey("Cible", id="x", cards={"a": new_card("a", "loyalty", "web")})
    ),
    "journey with a card whose emotion is 5": lambda: AddJourney(
        Journey("Cible", id="x", cards={"x": new_card("x", "loyalty", "web", emotion=5)})
    ),
    "journey with an existing id": lambda: AddJourney(Journey("Cible", id="now")),
    "action without text": lambda: AddAction(Action("  ", id="x")),
    "action on a missing card": lambda: AddAction(Action("Rappeler", id="x", card_id="nope")),
    "action priority as text": lambda: AddAction(Action("Rappeler", id="x", priority="high")),
    "action due on a bad date": lambda: UpdateAction("call", {"due": "31/01/2027"}),
    "action moved to a missing card": lambda: UpdateAction("call", {"card_id": "nope"}),
    "remove unknown action": lambda: RemoveAction("nope"),
    "workshop language de": lambda: UpdateWorkshop("ws", {"language": "de"}),
    "another workshop's edit": lambda: UpdateWorkshop("other", {"name": "Autre"}),
    "rename snapshot that is not there": lambda: UpdateSnapshot("nope", {"name": "x"}),
    "remove unknown snapshot": lambda: RemoveSnapshot("nope"),
    "compound whose last part fails": lambda: Compound(
        (
            UpdateCard("a", {"rating": Rating.DELIGHT}),
            RemoveCards("now", ("b",)),
            MoveCard("now", "c", "nope", "web", 0),
        )
    ),
}


@pytest.mark.parametrize("make_edit", INVALID.values(), ids=INVALID.keys())
def test_an_invalid_edit_raises_and_changes_nothing(workshop, make_edit):
    before = workshop_to_dict(workshop)
    reference = copy.deepcopy(workshop)
    with pytest.raises((EditError, LookupError)):
        make_edit().apply(workshop)
    assert workshop_to_dict(workshop) == before
    assert workshop == reference
    assert [list(j.cells()) for j in workshop.journeys] == [
        list(j.cells()) for j in reference.journeys
    ]
    assert broken_rules(workshop) == []


def test_unknown_ids_raise_lookup_errors_that_name_them(workshop):
    with pytest.raises(UnknownEntity, match="nope") as caught:
        UpdateCard("nope", {"rating": Rating.DELIGHT}).apply(workshop)
    assert caught.value.what == "card"
    with pytest.raises(LookupError, match="persona"):
        LinkPersona("a", "nope").apply(workshop)


def test_applying_the_same_add_twice_fails_the_second_time(workshop):
    edit = AddCards("now", (new_card("x", "loyalty", "web"),))
    apply(workshop, edit)
    before = workshop_to_dict(workshop)
    with pytest.raises(EditError):
        edit.apply(workshop)
    assert workshop_to_dict(workshop) == before


# --- names ---------------------------------------------------------------------------------


def _edit_classes() -> list[type[Edit]]:
    return [
        value
        for name in edits.__all__
        if inspect.isclass(value := getattr(edits, name))
        and issubclass(value, Edit)
        and not inspect.isabstract(value)
        and value not in (Compound, UpdateFields)
    ]


@pytest.mark.parametrize("edit_class", _edit_classes(), ids=lambda cls: cls.__name__)
def test_every_edit_has_a_readable_title(edit_class):
    title = edit_class.title
    assert title != "Edit"
    assert title[0].isupper()
    assert title == title.strip()
    assert len(title.split()) >= 2
    assert dataclasses.is_dataclass(edit_class)
    assert edit_class.__dataclass_params__.frozen  # type: ignore[attr-defined]


def test_titles_are_distinct():
    titles = [cls.title for cls in _edit_classes()]
    assert len(set(titles)) == len(titles)


@pytest.mark.parametrize(
    ("edit", "name"),
    [
        (AddCards("now", ()), "Add cards"),
        (RemoveCards("now", ("a",)), "Delete cards"),
        (MoveCard("now", "a", "decision", "web", 0), "Move card"),
        (move_cards("now", ["a", "b"], "decision", "web", 0), "Move cards"),
        (RemoveStage("decision"), "Delete stage"),
        (UpdateStage("decision", {"name": "Achat"}), "Rename stage"),
        (UpdateStage("decision", {"name": "Achat", "phase": "Ventes"}), "Edit stage"),
        (UpdateChannel("web", {"name": "Internet"}), "Rename channel"),
        (RemovePersona("theo"), "Delete persona"),
        (LinkPersona("a", "theo"), "Link persona"),
        (Compound((), "Coller"), "Coller"),
    ],
)
def test_edit_names_say_what_the_edit_does(edit, name):
    assert edit.name == name


def test_the_inverse_of_a_cascading_remove_keeps_its_name(workshop):
    applied = apply(workshop, RemoveCards("now", ("d",)))
    assert applied.inverse.name == "Delete cards"
