"""A workshop file at work: round trips, every edit on disk at once, locks, copies, upgrades.

The file is inspected from outside with the ``sqlite3`` module and with a second, read-only
:class:`WorkshopFile`, never through the one under test.
"""

from __future__ import annotations

import contextlib
import copy
import os
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from support.synthetic import synthetic_workshop

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
    EditError,
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
    move_cards,
)
from journey_studio.model.invariants import broken_rules
from journey_studio.model.serialization import workshop_to_dict
from journey_studio.model.vocabulary import (
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
from journey_studio.storage import (
    NewerWorkshop,
    ReadOnlyWorkshop,
    SaveFailed,
    WorkshopFile,
    WorkshopFileError,
    WorkshopLocked,
    sqlite_file,
)
from journey_studio.storage.schema import SCHEMA_VERSION, metadata
from journey_studio.storage.workshop_file import lock_path

if TYPE_CHECKING:
    from sqlalchemy import Connection

TRICKY = "Je dis « bonjour » <&\"'=> à l'équipe — ça marche ? 🎉👩🏽‍💻 ñ ß 中文"


# --- helpers ---------------------------------------------------------------------------


def rich_workshop() -> Workshop:
    """A small workshop that uses every table and the awkward values: accents, markup
    characters, emoji, empty strings, missing emotions and dates, KPIs, JSON attributes."""
    discovery = Stage(
        "Découverte",
        definition=TRICKY,
        entry_criteria="",
        lifecycle_status="Lead",
        kpis=[Kpi("Taux de conversion", 25.0, "%"), Kpi("Leads 🧲", None, ""), Kpi("Durée", 14)],
        phase="Marketing",
    )
    evaluation = Stage("Évaluation", lifecycle_status="SQL", phase="Ventes", colour="#DD8452")
    decision = Stage("Décision <&>", kpis=[], colour="#55A868")
    web = Channel("Site web", kind=ChannelKind.DIGITAL, icon="globe")
    phone = Channel("Téléphone ☎", kind=ChannelKind.HUMAN, icon="")
    store = Channel("Magasin", kind=ChannelKind.PHYSICAL)
    helene = Persona(
        "Hélène, directrice",
        role="Décideuse",
        goals=["Réduire les coûts", ""],
        frustrations=['Les devis <lents> & "opaques"'],
        preferred_channel_ids=[web.id, phone.id],
        budget="50 k€",
        attributes={"Secteur": "Industrie", 'clé "="': "valeur 'x' & <y>", "": ""},
    )
    theo = Persona("Théo", preferred_channel_ids=[store.id], attributes={})
    score = CrmField("Score de lead", "lead_score__c", object=CrmObject.LEAD)
    status = CrmField(
        "Statut",
        "lifecyclestage",
        type=CrmFieldType.PICKLIST,
        allowed_values=["Lead", "MQL", "Client à risque"],
    )
    project = CrmField(
        "Avancement",
        "avancement__c",
        object=CrmObject.CUSTOM,
        custom_object="Projet__c",
        type=CrmFieldType.MULTI_PICKLIST,
    )
    sales = Pipeline(
        "Ventes",
        team="Sales",
        stages=[
            PipelineStage(
                "Identifiée", probability=10, stale_after_days=30, stage_id=evaluation.id
            ),
            PipelineStage(
                "Gagnée",
                probability=100,
                closed=True,
                won=True,
                forecast_category=ForecastCategory.CLOSED,
                stage_id=discovery.id,
            ),
            PipelineStage("Perdue", probability=None, closed=True, entry_criteria=TRICKY),
        ],
    )
    success = Pipeline("Succès client", colour="#8172B3")
    cards = [
        Card(
            "Je découvre l'offre",
            discovery.id,
            web.id,
            order=0,
            rating=Rating.DELIGHT,
            emotion=2,
            persona_ids=[helene.id, theo.id],
            crm_links=[CrmLink(score.id, "42"), CrmLink(status.id, "")],
        ),
        Card(TRICKY, discovery.id, web.id, order=1, emotion=None, notes="« citation »"),
        Card("", discovery.id, web.id, order=2, rating=Rating.NONE, emotion=0),
        Card("J'appelle 📞", discovery.id, phone.id, rating=Rating.IRRITANT, emotion=-1),
        Card(
            "J'attends le rappel",
            evaluation.id,
            phone.id,
            rating=Rating.BREAKING_POINT,
            emotion=-2,
            moment_of_truth=True,
            owner_team="Ventes",
            persona_ids=[helene.id],
        ),
        Card("Je signe", decision.id, store.id, crm_links=[CrmLink(project.id, "Lancement")]),
    ]
    links = [
        CardLink(cards[0].id, cards[3].id, label="relance"),
        CardLink(cards[3].id, cards[4].id, label=""),
    ]
    current = Journey(
        "Parcours actuel",
        kind=JourneyKind.CURRENT,
        cards={c.id: c for c in cards},
        links={link.id: link for link in links},
    )
    target_cards = [
        Card("Je m'inscris à la newsletter", discovery.id, web.id, persona_ids=[theo.id]),
        Card("Je parraine un ami 🎁", decision.id, phone.id, rating=Rating.DELIGHT),
    ]
    target = Journey(
        "Parcours cible",
        kind=JourneyKind.TARGET,
        segment="PME",
        cards={c.id: c for c in target_cards},
    )
    workshop = Workshop(
        "Atelier parcours cible",
        client="Boréal Énergie",
        facilitator="",
        workshop_date=None,
        language="fr",
        description=TRICKY,
        stages=[discovery, evaluation, decision],
        channels=[web, phone, store],
        personas=[helene, theo],
        crm_fields=[score, status, project],
        pipelines=[sales, success],
        journeys=[current, target],
        actions=[
            Action(
                "Rappeler chaque lead sous 24 h",
                card_id=cards[4].id,
                owner="Équipe CRM",
                priority=Level.HIGH,
                status=ActionStatus.IN_PROGRESS,
                due="2027-01-31",
            ),
            Action("Définir les critères MQL", owner="", due=None),
            Action("Automatiser l'e-mail de bienvenue", card_id=target_cards[1].id),
        ],
    )
    workshop.snapshots = [
        Snapshot(
            "Avant l'atelier",
            "2026-10-15T09:00:00",
            workshop_to_dict(workshop, with_snapshots=False),
        )
    ]
    assert broken_rules(workshop) == []
    return workshop


def read_back(path: Path) -> Workshop:
    """The workshop as a second, read-only window sees it on disk."""
    with WorkshopFile.open(path, read_only=True) as view:
        assert view.read_only
        return view.workshop


@contextlib.contextmanager
def raw(path: Path) -> Iterator[sqlite3.Connection]:
    """A plain sqlite3 connection to the file, closed afterwards, in autocommit mode."""
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        yield connection
    finally:
        connection.close()


def pragma(path: Path, name: str) -> object:
    with raw(path) as connection:
        return connection.execute(f"PRAGMA {name}").fetchone()[0]


def set_user_version(path: Path, version: int) -> None:
    with raw(path) as connection:
        connection.execute(f"PRAGMA user_version = {version:d}")


def table_rows(path: Path) -> dict[str, set[tuple[object, ...]]]:
    """Every row of every workshop table."""
    with raw(path) as connection:
        return {
            name: set(connection.execute(f'SELECT * FROM "{name}"'))
            for name in sorted(metadata.tables)
        }


AUDIT_KEYS = {
    "card_persona": "{row}.card_id || '/' || {row}.persona_id",
    "card_crm_field": "{row}.card_id || '/' || {row}.field_id",
}


def install_audit(path: Path) -> None:
    """Triggers that log every row written to the workshop tables, changed or not."""
    with raw(path) as connection:
        connection.execute("CREATE TABLE audit (tbl TEXT, op TEXT, key TEXT)")
        for table in metadata.tables:
            for op, row in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
                key = AUDIT_KEYS.get(table, "{row}.id").format(row=row)
                connection.execute(
                    f'CREATE TRIGGER "audit_{op}_{table}" AFTER {op} ON "{table}" '
                    f"BEGIN INSERT INTO audit VALUES ('{table}', '{op}', {key}); END"
                )


def audited(path: Path) -> list[tuple[str, str, str]]:
    with raw(path) as connection:
        rows = connection.execute("SELECT tbl, op, key FROM audit").fetchall()
        connection.execute("DELETE FROM audit")
    return sorted(rows)


def listing(folder: Path) -> list[str]:
    return sorted(os.listdir(folder))


def fingerprint(path: Path) -> tuple[bytes, int]:
    return path.read_bytes(), path.stat().st_mtime_ns


def find_card(workshop: Workshop, text: str) -> Card:
    found = [c for j in workshop.journeys for c in j.cards.values() if c.text == text]
    if len(found) != 1:
        raise LookupError(f"{len(found)} cards read {text!r}.")
    return found[0]


def run_child(script: str, *args: str, cwd: Path) -> subprocess.Popen[str]:
    """A child Python that imports the installed package (never the source tree)."""
    return subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(script), *args],
        cwd=cwd,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={k: v for k, v in os.environ.items() if k != "PYTHONPATH"},
    )


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "Atelier été 2026.journey"


# --- create, open, round trip ----------------------------------------------------------


def test_create_then_reopen_gives_an_equal_workshop(path: Path) -> None:
    workshop = rich_workshop()
    with WorkshopFile.create(path, workshop) as created:
        assert not created.read_only
        assert created.notice is None
        assert created.workshop == workshop
        assert created.workshop is not workshop
    with WorkshopFile.open(path) as reopened:
        assert reopened.workshop == workshop
        assert not reopened.read_only
        assert reopened.integrity_problems() == []
    assert read_back(path) == workshop
    card = find_card(read_back(path), TRICKY)
    assert card.emotion is None
    assert card.notes == "« citation »"
    assert read_back(path).personas[0].attributes == workshop.personas[0].attributes


def test_a_big_synthetic_workshop_round_trips(path: Path) -> None:
    workshop = synthetic_workshop(1500, seed=11, journeys=3)
    with WorkshopFile.create(path, workshop) as created:
        assert created.workshop == workshop
    assert read_back(path) == workshop


def test_the_file_is_stamped_and_uses_a_rollback_journal(path: Path) -> None:
    with WorkshopFile.create(path, rich_workshop()) as opened:
        opened.apply(UpdateWorkshop(opened.workshop.id, {"name": "Renommé"}))
        assert lock_path(path).exists(), "the lock sits beside the file while it is open"
        assert not Path(f"{path}-wal").exists()
    assert sqlite_file.APPLICATION_ID != 0
    assert pragma(path, "application_id") == sqlite_file.APPLICATION_ID
    assert pragma(path, "user_version") == SCHEMA_VERSION
    assert pragma(path, "journal_mode") == "delete"
    header = path.read_bytes()[:100]
    assert header[18:20] == b"\x01\x01", "file format versions 1/1: legacy journal, not WAL"
    assert listing(path.parent) == [path.name], "no journal, lock or wal file is left"


def test_create_refuses_an_existing_path_and_leaves_it_untouched(path: Path) -> None:
    WorkshopFile.create(path, rich_workshop()).close()
    before = fingerprint(path)
    with pytest.raises(WorkshopFileError, match="already exists") as info:
        WorkshopFile.create(path, synthetic_workshop(10))
    assert path.name in str(info.value)
    assert fingerprint(path) == before
    assert listing(path.parent) == [path.name]
    text = path.with_name("notes.journey")
    text.write_text("pas un atelier", encoding="utf-8")
    with pytest.raises(WorkshopFileError, match="already exists"):
        WorkshopFile.create(text, rich_workshop())
    assert text.read_text(encoding="utf-8") == "pas un atelier"


# --- every edit, on disk at once -------------------------------------------------------


def _current(w: Workshop) -> Journey:
    return w.journeys[0]


def _new_journey(w: Workshop) -> Journey:
    first = Card("Je teste 🧪", w.stages[0].id, w.channels[0].id, persona_ids=[w.personas[0].id])
    second = Card(
        "", w.stages[1].id, w.channels[2].id, crm_links=[CrmLink(w.crm_fields[1].id, "MQL")]
    )
    link = CardLink(first.id, second.id, label="<suite>")
    return Journey(
        "Parcours cible — ETI",
        kind=JourneyKind.TARGET,
        segment="ETI",
        cards={first.id: first, second.id: second},
        links={link.id: link},
    )


EDITS: dict[str, Callable[[Workshop], Edit]] = {
    "UpdateWorkshop": lambda w: UpdateWorkshop(
        w.id,
        {
            "name": "Atelier « cible » 🎯",
            "client": "",
            "workshop_date": "2026-11-02",
            "language": "en",
        },
    ),
    "AddStage": lambda w: AddStage(
        Stage("Fidélisation", kpis=[Kpi("NPS", 40.5), Kpi("Attrition", None, "%")]), 1
    ),
    "RemoveStage": lambda w: RemoveStage(w.stages[0].id),
    "MoveStage": lambda w: MoveStage(w.stages[0].id, 2),
    "UpdateStage": lambda w: UpdateStage(
        w.stages[1].id,
        {
            "kpis": [Kpi("Taux", 12.5, "%")],
            "colour": "#abcdef",
            "name": "Évaluation 2",
            "phase": "",
        },
    ),
    "AddChannel": lambda w: AddChannel(Channel("Chat 💬", kind=ChannelKind.DIGITAL), 0),
    "RemoveChannel": lambda w: RemoveChannel(w.channels[1].id),
    "MoveChannel": lambda w: MoveChannel(w.channels[2].id, 0),
    "UpdateChannel": lambda w: UpdateChannel(
        w.channels[0].id, {"kind": ChannelKind.PHYSICAL, "icon": "", "name": "Web <&>"}
    ),
    "AddPersona": lambda w: AddPersona(
        Persona("Zoé", attributes={"clé": "valeur"}, preferred_channel_ids=[w.channels[2].id]), 0
    ),
    "RemovePersona": lambda w: RemovePersona(w.personas[0].id),
    "MovePersona": lambda w: MovePersona(w.personas[1].id, 0),
    "UpdatePersona": lambda w: UpdatePersona(
        w.personas[0].id,
        {"attributes": {"Taille": "PME", "é": "\"'"}, "goals": [], "frustrations": ["😤"]},
    ),
    "AddCrmField": lambda w: AddCrmField(
        CrmField("NPS", "nps__c", type=CrmFieldType.NUMBER, allowed_values=[]), 1
    ),
    "RemoveCrmField": lambda w: RemoveCrmField(w.crm_fields[0].id),
    "MoveCrmField": lambda w: MoveCrmField(w.crm_fields[0].id, 2),
    "UpdateCrmField": lambda w: UpdateCrmField(
        w.crm_fields[0].id, {"type": CrmFieldType.PICKLIST, "allowed_values": ["A", "B & C"]}
    ),
    "AddPipeline": lambda w: AddPipeline(
        Pipeline(
            "Onboarding",
            stages=[PipelineStage("Lancement", stale_after_days=10, stage_id=w.stages[2].id)],
        ),
        0,
    ),
    "RemovePipeline": lambda w: RemovePipeline(w.pipelines[0].id),
    "MovePipeline": lambda w: MovePipeline(w.pipelines[1].id, 0),
    "UpdatePipeline": lambda w: UpdatePipeline(
        w.pipelines[1].id, {"team": "", "colour": "#000000"}
    ),
    "AddPipelineStage": lambda w: AddPipelineStage(
        w.pipelines[0].id, PipelineStage("Négociation", probability=60), 1
    ),
    "RemovePipelineStage": lambda w: RemovePipelineStage(w.pipelines[0].stages[0].id),
    "MovePipelineStage": lambda w: MovePipelineStage(w.pipelines[0].stages[2].id, 0),
    "UpdatePipelineStage": lambda w: UpdatePipelineStage(
        w.pipelines[0].stages[0].id,
        {"probability": None, "stage_id": None, "stale_after_days": 45, "closed": True},
    ),
    "AddJourney": lambda w: AddJourney(_new_journey(w), 1),
    "RemoveJourney": lambda w: RemoveJourney(_current(w).id),
    "MoveJourney": lambda w: MoveJourney(w.journeys[1].id, 0),
    "UpdateJourney": lambda w: UpdateJourney(
        _current(w).id, {"kind": JourneyKind.TARGET, "segment": "", "name": "Parcours 🚀"}
    ),
    "AddCards": lambda w: AddCards(
        _current(w).id,
        (
            Card("Je lis l'avis", w.stages[0].id, w.channels[0].id, order=0, emotion=None),
            Card("Je compare", w.stages[0].id, w.channels[0].id, order=2, rating=Rating.IRRITANT),
        ),
    ),
    "RemoveCards": lambda w: RemoveCards(
        _current(w).id,
        (find_card(w, "J'appelle 📞").id, find_card(w, "J'attends le rappel").id),
    ),
    "MoveCard": lambda w: MoveCard(
        _current(w).id, find_card(w, "Je découvre l'offre").id, w.stages[2].id, w.channels[2].id, 0
    ),
    "move_cards": lambda w: move_cards(
        _current(w).id,
        [find_card(w, "").id, find_card(w, TRICKY).id],
        w.stages[1].id,
        w.channels[1].id,
        0,
    ),
    "UpdateCard": lambda w: UpdateCard(
        find_card(w, "Je découvre l'offre").id,
        {"emotion": None, "rating": Rating.NONE, "text": TRICKY + "!", "moment_of_truth": True},
    ),
    "LinkPersona": lambda w: LinkPersona(find_card(w, "J'appelle 📞").id, w.personas[1].id),
    "UnlinkPersona": lambda w: UnlinkPersona(
        find_card(w, "Je découvre l'offre").id, w.personas[0].id
    ),
    "LinkCrmField": lambda w: LinkCrmField(find_card(w, "").id, w.crm_fields[2].id, "Recette"),
    "LinkCrmField (new value)": lambda w: LinkCrmField(
        find_card(w, "Je découvre l'offre").id, w.crm_fields[0].id, "99"
    ),
    "UnlinkCrmField": lambda w: UnlinkCrmField(
        find_card(w, "Je découvre l'offre").id, w.crm_fields[0].id
    ),
    "AddCardLink": lambda w: AddCardLink(
        _current(w).id,
        CardLink(find_card(w, TRICKY).id, find_card(w, "Je signe").id, label="&"),
    ),
    "RemoveCardLink": lambda w: RemoveCardLink(_current(w).id, next(iter(_current(w).links))),
    "UpdateCardLink": lambda w: UpdateCardLink(next(iter(_current(w).links)), {"label": "🔁"}),
    "AddAction": lambda w: AddAction(Action("Former l'équipe", card_id=find_card(w, "").id), 0),
    "RemoveAction": lambda w: RemoveAction(w.actions[0].id),
    "MoveAction": lambda w: MoveAction(w.actions[2].id, 0),
    "UpdateAction": lambda w: UpdateAction(
        w.actions[0].id, {"card_id": None, "due": None, "status": ActionStatus.DONE}
    ),
    "TakeSnapshot": lambda w: TakeSnapshot(
        Snapshot(
            "Après l'atelier", "2026-10-15T18:00:00", workshop_to_dict(w, with_snapshots=False)
        )
    ),
    "RemoveSnapshot": lambda w: RemoveSnapshot(w.snapshots[0].id),
    "UpdateSnapshot": lambda w: UpdateSnapshot(w.snapshots[0].id, {"name": "Avant ⏪"}),
    "Compound": lambda w: Compound(
        (
            UpdateCard(find_card(w, "Je signe").id, {"rating": Rating.DELIGHT}),
            MoveStage(w.stages[2].id, 0),
            RemoveAction(w.actions[1].id),
        ),
        "Plusieurs changements",
    ),
}


def test_the_edit_list_covers_every_kind_of_edit() -> None:
    import journey_studio.model.edits as edits

    kinds = {
        value
        for name in edits.__all__
        if isinstance(value := getattr(edits, name), type)
        and issubclass(value, Edit)
        and value not in (Edit, UpdateFields)
    }
    covered = {type(make(rich_workshop())) for make in EDITS.values()}
    assert kinds - covered == set()


@pytest.mark.parametrize("name", sorted(EDITS))
def test_every_edit_and_its_undo_are_on_disk_at_once(path: Path, name: str) -> None:
    original = rich_workshop()
    with WorkshopFile.create(path, original) as opened:
        edit = EDITS[name](opened.workshop)
        applied = opened.apply(edit)
        assert opened.workshop != original
        assert broken_rules(opened.workshop) == []
        assert not sqlite_file.journal_path(path).exists()
        assert read_back(path) == opened.workshop
        opened.apply(applied.inverse)
        assert opened.workshop == original
        assert read_back(path) == original
        opened.apply(edit)
        assert read_back(path) == opened.workshop
        assert opened.integrity_problems() == []
    assert listing(path.parent) == [path.name]


def test_a_session_of_many_edits_and_their_undos_stays_equal_on_disk(path: Path) -> None:
    original = rich_workshop()
    with WorkshopFile.create(path, original) as opened:
        undo: list[Edit] = []
        for name in sorted(EDITS):
            with contextlib.suppress(EditError, LookupError, StopIteration):
                undo.append(opened.apply(EDITS[name](opened.workshop)).inverse)
        assert len(undo) > len(EDITS) // 2
        assert broken_rules(opened.workshop) == []
        assert read_back(path) == opened.workshop
        while undo:
            opened.apply(undo.pop())
        assert opened.workshop == original
        assert read_back(path) == original


# --- only the changed rows are written -------------------------------------------------


def test_a_rating_change_alters_exactly_one_card_row(path: Path) -> None:
    workshop = synthetic_workshop(80, seed=3)
    with WorkshopFile.create(path, workshop) as opened:
        card = next(c for j in opened.workshop.journeys for c in j.cards.values() if c.persona_ids)
        new_rating = Rating.DELIGHT if card.rating is not Rating.DELIGHT else Rating.IRRITANT
        before = table_rows(path)
        install_audit(path)
        opened.apply(UpdateCard(card.id, {"rating": new_rating}))
        assert audited(path) == [("card", "UPDATE", card.id)]
        after = table_rows(path)
    changed = {name for name in before if before[name] != after[name]}
    assert changed == {"card"}
    (gone,) = before["card"] - after["card"]
    (came,) = after["card"] - before["card"]
    assert gone[0] == came[0] == card.id
    assert new_rating.value in came


def test_a_card_with_links_keeps_its_link_rows_when_only_its_text_changes(path: Path) -> None:
    workshop = rich_workshop()
    with WorkshopFile.create(path, workshop) as opened:
        card = find_card(opened.workshop, "Je découvre l'offre")
        assert card.persona_ids
        assert card.crm_links
        install_audit(path)
        opened.apply(UpdateCard(card.id, {"text": "Je découvre l'offre 🔎"}))
        assert audited(path) == [("card", "UPDATE", card.id)]


def test_moving_a_card_in_its_cell_writes_only_that_card(path: Path) -> None:
    workshop = rich_workshop()
    with WorkshopFile.create(path, workshop) as opened:
        journey = _current(opened.workshop)
        stage, channel = opened.workshop.stages[0].id, opened.workshop.channels[0].id
        extra = tuple(Card(f"Carte {i}", stage, channel, order=3 + i) for i in range(3))
        opened.apply(AddCards(journey.id, extra))
        ids = journey.cell_card_ids(stage, channel)
        assert len(ids) == 6
        before = table_rows(path)
        install_audit(path)
        opened.apply(MoveCard(journey.id, ids[4], stage, channel, 1))
        after = table_rows(path)
        assert {row[0] for row in after["card"] - before["card"]} == {ids[4]}
        assert {name for name in before if before[name] != after[name]} == {"card"}
        written = audited(path)
        assert {(table, op) for table, op, _ in written} == {("card", "UPDATE")}
        assert [key for _, _, key in written] == [ids[4]]
        persona = opened.workshop.personas[0].id
        opened.apply(LinkPersona(ids[1], persona))
        assert audited(path) == [("card_persona", "INSERT", f"{ids[1]}/{persona}")]
        assert read_back(path) == opened.workshop


# --- failed writes ---------------------------------------------------------------------


def test_a_write_refused_by_the_database_raises_save_failed_and_changes_nothing(
    path: Path,
) -> None:
    with WorkshopFile.create(path, rich_workshop()) as opened:
        card = find_card(opened.workshop, "J'appelle 📞")
        with raw(path) as connection:
            connection.execute(
                "CREATE TRIGGER refuse BEFORE UPDATE ON card "
                "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"
            )
        before = copy.deepcopy(opened.workshop)
        with pytest.raises(SaveFailed) as info:
            opened.apply(UpdateCard(card.id, {"rating": Rating.DELIGHT}))
        message = str(info.value)
        assert path.name in message
        assert "refused by the test" in message
        assert "\n" not in message
        assert opened.workshop == before
        assert read_back(path) == before
        with raw(path) as connection:
            connection.execute("DROP TRIGGER refuse")
        opened.apply(UpdateCard(card.id, {"rating": Rating.DELIGHT}))
        assert read_back(path) == opened.workshop
        assert read_back(path).card(card.id).rating is Rating.DELIGHT


def test_a_failure_half_way_through_an_edit_rolls_the_whole_edit_back(path: Path) -> None:
    with WorkshopFile.create(path, rich_workshop()) as opened:
        journey = _current(opened.workshop)
        stage, channel = opened.workshop.stages[0].id, opened.workshop.channels[0].id
        # The new card's id sorts last: the three renumbering UPDATEs run before its INSERT.
        newcomer = Card("Je reviens", stage, channel, id="zz-new-card", order=0)
        with raw(path) as connection:
            connection.execute(
                "CREATE TRIGGER refuse BEFORE INSERT ON card "
                "BEGIN SELECT RAISE(ABORT, 'no more cards'); END"
            )
            connection.execute("CREATE TABLE updates (n)")
            connection.execute(
                "CREATE TRIGGER count_updates AFTER UPDATE ON card "
                "BEGIN INSERT INTO updates VALUES (1); END"
            )
        before = copy.deepcopy(opened.workshop)
        with pytest.raises(SaveFailed):
            opened.apply(AddCards(journey.id, (newcomer,)))
        assert opened.workshop == before
        assert [c.order for c in journey.cell_cards(stage, channel)] == [0, 1, 2]
        assert read_back(path) == before
        with raw(path) as connection:
            assert connection.execute("SELECT count(*) FROM updates").fetchone()[0] == 0
            connection.execute("DROP TRIGGER refuse")
        opened.apply(AddCards(journey.id, (newcomer,)))
        assert read_back(path) == opened.workshop
        with raw(path) as connection:
            assert connection.execute("SELECT count(*) FROM updates").fetchone()[0] == 3


def test_a_table_dropped_behind_its_back_gives_save_failed(path: Path) -> None:
    with WorkshopFile.create(path, rich_workshop()) as opened:
        with raw(path) as connection:
            connection.execute("PRAGMA foreign_keys = OFF")
            connection.execute("DROP TABLE card_link")
        before = copy.deepcopy(opened.workshop)
        link_id = next(iter(_current(opened.workshop).links))
        with pytest.raises(SaveFailed, match="card_link"):
            opened.apply(UpdateCardLink(link_id, {"label": "x"}))
        assert opened.workshop == before


def test_text_sqlite_cannot_store_raises_save_failed_and_changes_nothing(path: Path) -> None:
    # Half an emoji (a lone surrogate) can come from a clipboard or a truncated field.
    with WorkshopFile.create(path, rich_workshop()) as opened:
        card = find_card(opened.workshop, "Je signe")
        before = copy.deepcopy(opened.workshop)
        with pytest.raises(SaveFailed) as info:
            opened.apply(UpdateCard(card.id, {"text": "Je signe \ud83d"}))
        assert path.name in str(info.value)
        assert opened.workshop == before
        assert read_back(path) == before


def test_an_edit_that_cannot_apply_writes_nothing(path: Path) -> None:
    with WorkshopFile.create(path, rich_workshop()) as opened:
        card = find_card(opened.workshop, "Je signe")
        before, on_disk = copy.deepcopy(opened.workshop), fingerprint(path)
        with pytest.raises(EditError):
            opened.apply(UpdateCard(card.id, {"emotion": 7}))
        with pytest.raises(EditError):
            opened.apply(MoveStage("no-such-stage", 0))
        assert opened.workshop == before
        assert fingerprint(path) == on_disk


# --- copies ----------------------------------------------------------------------------


def test_save_copy_writes_an_equal_and_independent_file(path: Path) -> None:
    copy_path = path.with_name("Copie.journey")
    with WorkshopFile.create(path, rich_workshop()) as opened:
        opened.apply(UpdateWorkshop(opened.workshop.id, {"name": "Avant la copie"}))
        assert opened.save_copy(copy_path) == copy_path
        assert read_back(copy_path) == opened.workshop
        with WorkshopFile.open(copy_path) as duplicate:
            assert not duplicate.read_only
            duplicate.apply(UpdateWorkshop(duplicate.workshop.id, {"name": "La copie"}))
            opened.apply(UpdateWorkshop(opened.workshop.id, {"name": "L'original"}))
            assert read_back(copy_path).name == "La copie"
            assert read_back(path).name == "L'original"
    assert pragma(copy_path, "application_id") == sqlite_file.APPLICATION_ID
    assert listing(path.parent) == sorted([path.name, copy_path.name])


def test_save_copy_refuses_the_open_file_itself(path: Path) -> None:
    with WorkshopFile.create(path, rich_workshop()) as opened:
        before = fingerprint(path)
        alias = path.parent / ".." / path.parent.name / path.name
        link = path.with_name("raccourci.journey")
        link.symlink_to(path)
        for same in (path, str(path), alias, link):
            with pytest.raises(WorkshopFileError, match="another file"):
                opened.save_copy(same)
        assert fingerprint(path) == before
        assert read_back(path) == opened.workshop


def test_save_copy_refuses_a_file_open_in_another_window(path: Path) -> None:
    other = path.with_name("Autre.journey")
    with (
        WorkshopFile.create(path, rich_workshop()) as opened,
        WorkshopFile.create(other, synthetic_workshop(20)) as busy,
    ):
        before = fingerprint(other)
        with pytest.raises(WorkshopLocked, match=r"Autre\.journey"):
            opened.save_copy(other)
        assert fingerprint(other) == before
        assert not busy.read_only


def test_save_copy_into_a_folder_that_cannot_be_written_says_so(path: Path) -> None:
    not_a_folder = path.with_name("notes.txt")
    not_a_folder.write_text("pas un dossier")
    with WorkshopFile.create(path, rich_workshop()) as opened:
        before = fingerprint(path)
        with pytest.raises(WorkshopFileError, match=r"^Cannot write .*Copie\.journey"):
            opened.save_copy(not_a_folder / "Copie.journey")
        assert fingerprint(path) == before
    assert listing(path.parent) == sorted([path.name, not_a_folder.name])


def test_create_in_a_folder_sqlite_cannot_open_says_so(path: Path) -> None:
    not_a_folder = path.with_name("notes.txt")
    not_a_folder.write_text("pas un dossier")
    with pytest.raises(WorkshopFileError, match=r"^Cannot write .*Neuf\.journey"):
        WorkshopFile.create(not_a_folder / "Neuf.journey", rich_workshop())
    assert not_a_folder.read_text() == "pas un dossier"


def test_save_copy_replaces_a_closed_file(path: Path) -> None:
    other = path.with_name("Ancienne.journey")
    WorkshopFile.create(other, synthetic_workshop(20)).close()
    with WorkshopFile.create(path, rich_workshop()) as opened:
        opened.save_copy(other)
        assert read_back(other) == opened.workshop


# --- locks -----------------------------------------------------------------------------


def test_a_second_window_opens_read_only_and_cannot_edit(path: Path) -> None:
    first = WorkshopFile.create(path, rich_workshop())
    try:
        second = WorkshopFile.open(path)
        try:
            assert second.read_only
            assert second.notice is not None
            assert "read-only" in second.notice
            assert path.name in second.notice
            assert second.workshop == first.workshop
            before = fingerprint(path)
            with pytest.raises(ReadOnlyWorkshop, match="read-only"):
                second.apply(UpdateWorkshop(second.workshop.id, {"name": "Non"}))
            assert second.workshop == first.workshop
            assert fingerprint(path) == before
            first.apply(UpdateWorkshop(first.workshop.id, {"name": "Oui"}))
            second.save_copy(path.with_name("Copie.journey"))
        finally:
            second.close()
        assert lock_path(path).exists(), "closing the read-only window keeps the lock"
    finally:
        first.close()
    assert not lock_path(path).exists()
    with WorkshopFile.open(path) as third:
        assert not third.read_only
        assert third.notice is None
        assert third.workshop.name == "Oui"


def test_the_writer_can_close_while_a_reader_stays_open(path: Path) -> None:
    first = WorkshopFile.create(path, rich_workshop())
    reader = WorkshopFile.open(path)
    try:
        first.close()
        with WorkshopFile.open(path) as writer:
            assert not writer.read_only
            writer.apply(UpdateWorkshop(writer.workshop.id, {"name": "Après"}))
        assert reader.read_only
    finally:
        reader.close()
    assert listing(path.parent) == [path.name]


def test_asking_for_read_only_takes_no_lock(path: Path) -> None:
    WorkshopFile.create(path, rich_workshop()).close()
    with WorkshopFile.open(path, read_only=True) as view:
        assert view.read_only
        assert not lock_path(path).exists()
        with WorkshopFile.open(path) as writer:
            assert not writer.read_only
        with pytest.raises(ReadOnlyWorkshop):
            view.apply(UpdateWorkshop(view.workshop.id, {"name": "Non"}))
    assert listing(path.parent) == [path.name]


HOLDER = """
    import sys
    from journey_studio.storage import WorkshopFile

    with WorkshopFile.open(sys.argv[1]) as opened:
        print("read-only" if opened.read_only else "writable", flush=True)
        sys.stdin.readline()
    print("closed", flush=True)
"""


def test_a_file_open_in_another_process_opens_read_only_here(path: Path) -> None:
    WorkshopFile.create(path, rich_workshop()).close()
    with run_child(HOLDER, str(path), cwd=path.parent) as child:
        try:
            assert child.stdout is not None
            assert child.stdout.readline().strip() == "writable"
            with WorkshopFile.open(path) as here:
                assert here.read_only
                assert here.notice is not None
                assert "read-only" in here.notice
                with pytest.raises(ReadOnlyWorkshop):
                    here.apply(UpdateWorkshop(here.workshop.id, {"name": "Non"}))
            out, _ = child.communicate("\n", timeout=30)
        finally:
            if child.poll() is None:
                child.kill()
        assert out.strip() == "closed"
        assert child.returncode == 0
    with WorkshopFile.open(path) as here:
        assert not here.read_only
    assert listing(path.parent) == [path.name]


@pytest.mark.skipif(
    hasattr(os, "geteuid") and os.geteuid() == 0,
    reason="root writes through chmod, so a read-only folder or file cannot be simulated",
)
def test_a_file_in_a_read_only_folder_opens_read_only(path: Path) -> None:
    WorkshopFile.create(path, rich_workshop()).close()
    path.chmod(0o444)
    try:
        with WorkshopFile.open(path) as opened:
            assert opened.read_only
            assert opened.notice is not None
            assert "read-only" in opened.notice
    finally:
        path.chmod(0o644)
    path.parent.chmod(0o555)
    try:
        before = fingerprint(path)
        with WorkshopFile.open(path) as opened:
            assert opened.read_only
            assert opened.notice is not None
            assert "read-only" in opened.notice
            with pytest.raises(ReadOnlyWorkshop):
                opened.apply(UpdateWorkshop(opened.workshop.id, {"name": "Non"}))
        assert fingerprint(path) == before
        assert listing(path.parent) == [path.name]
    finally:
        path.parent.chmod(0o755)


# --- upgrades --------------------------------------------------------------------------


def add_tags(connection: Connection) -> None:
    connection.exec_driver_sql("ALTER TABLE card ADD COLUMN colour VARCHAR(7)")
    connection.exec_driver_sql("CREATE TABLE tag (id VARCHAR(36) PRIMARY KEY, name TEXT NOT NULL)")


def test_an_older_file_is_backed_up_then_migrated(path: Path) -> None:
    workshop = rich_workshop()
    WorkshopFile.create(path, workshop).close()
    set_user_version(path, 1)
    original = path.read_bytes()
    backup = path.with_name(f"{path.name}.v1.bak")
    with WorkshopFile.open(path, schema_version=2, migrations={1: add_tags}) as opened:
        assert not opened.read_only
        assert opened.workshop == workshop
        opened.apply(UpdateWorkshop(opened.workshop.id, {"name": "Migré"}))
    assert backup.read_bytes() == original
    assert pragma(path, "user_version") == 2
    assert pragma(path, "application_id") == sqlite_file.APPLICATION_ID
    with raw(path) as connection:
        columns = [row[1] for row in connection.execute("PRAGMA table_info(card)")]
        assert "colour" in columns
        assert connection.execute("SELECT count(*) FROM tag").fetchone()[0] == 0
    backup_time = backup.stat().st_mtime_ns
    with WorkshopFile.open(path, schema_version=2, migrations={1: add_tags}) as again:
        assert again.workshop.name == "Migré"
    assert backup.stat().st_mtime_ns == backup_time
    assert listing(path.parent) == sorted([path.name, backup.name])
    before = fingerprint(path)
    with pytest.raises(NewerWorkshop, match="newer"):
        WorkshopFile.open(path)
    assert fingerprint(path) == before


def test_a_missing_upgrade_step_is_refused_and_leaves_the_file_untouched(path: Path) -> None:
    WorkshopFile.create(path, rich_workshop()).close()
    set_user_version(path, 1)
    before = fingerprint(path)
    with pytest.raises(WorkshopFileError, match="upgrade") as info:
        WorkshopFile.open(path, schema_version=3, migrations={1: add_tags})
    message = str(info.value)
    assert path.name in message
    assert "format 2" in message
    assert "\n" not in message
    assert fingerprint(path) == before
    assert listing(path.parent) == [path.name]


def test_a_failing_upgrade_leaves_the_file_as_it_was(path: Path) -> None:
    workshop = rich_workshop()
    WorkshopFile.create(path, workshop).close()

    def broken(connection: Connection) -> None:
        connection.exec_driver_sql("CREATE TABLE tag (id VARCHAR(36) PRIMARY KEY)")
        connection.exec_driver_sql("ALTER TABLE no_such_table ADD COLUMN x")

    original = path.read_bytes()
    with pytest.raises(WorkshopFileError, match=r"\.v1\.bak") as info:
        WorkshopFile.open(path, schema_version=2, migrations={1: broken})
    assert path.name in str(info.value)
    assert path.read_bytes() == original
    assert path.with_name(f"{path.name}.v1.bak").read_bytes() == original
    assert not lock_path(path).exists()
    assert read_back(path) == workshop


def test_an_older_file_that_cannot_be_upgraded_read_only_is_refused(path: Path) -> None:
    WorkshopFile.create(path, rich_workshop()).close()
    before = fingerprint(path)
    with pytest.raises(WorkshopFileError, match="read-only") as info:
        WorkshopFile.open(path, read_only=True, schema_version=2, migrations={1: add_tags})
    assert path.name in str(info.value)
    assert fingerprint(path) == before
    assert listing(path.parent) == [path.name]


def test_many_moves_in_one_cell_keep_the_order_on_disk(path: Path) -> None:
    """Sort keys run out between close neighbours: the cell is renumbered, order kept."""
    workshop = rich_workshop()
    with WorkshopFile.create(path, workshop) as opened:
        journey = _current(opened.workshop)
        stage, channel = opened.workshop.stages[0].id, opened.workshop.channels[0].id
        extra = tuple(Card(f"Carte {i}", stage, channel, order=10 + i) for i in range(5))
        opened.apply(AddCards(journey.id, extra))
        for turn in range(40):
            ids = journey.cell_card_ids(stage, channel)
            opened.apply(MoveCard(journey.id, ids[-1], stage, channel, 1 + turn % 2))
        assert read_back(path) == opened.workshop
