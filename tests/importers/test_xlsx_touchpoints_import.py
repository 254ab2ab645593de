"""An exported workbook edited in Excel, brought back into the open workshop as edits."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import TYPE_CHECKING

from journey_studio.importers.excel import ImportProblem, plan_touchpoints_import
from journey_studio.model.edits import (
    AddCards,
    AddStage,
    LinkCrmField,
    LinkPersona,
    MoveCard,
    UnlinkPersona,
    UpdateCard,
)
from journey_studio.model.serialization import workshop_to_dict
from journey_studio.model.vocabulary import Rating
from journey_studio.storage import WorkshopFile

if TYPE_CHECKING:
    from journey_studio.model.workshop import Card, Workshop


def first_card(workshop: Workshop, rating: Rating | None = None) -> Card:
    return next(
        card
        for card in workshop.journeys[0].cards.values()
        if rating is None or card.rating is rating
    )


def test_a_changed_rating_is_one_card_update(sample: Workshop, exported: Path, editor) -> None:
    card = first_card(sample, Rating.DELIGHT)
    sheet = editor()
    sheet.set(sheet.row_of(card.id), "Évaluation", "Point de rupture")
    sheet.save()
    report = plan_touchpoints_import(exported, sample)
    assert report.ok, report.problems
    assert report.edits == (UpdateCard(card.id, {"rating": Rating.BREAKING_POINT}),)
    assert report.updated == 1
    assert report.summary() == "Touchpoints: 0 added, 1 updated, 0 moved."


def test_a_row_without_id_becomes_a_card(sample: Workshop, exported: Path, editor) -> None:
    sheet = editor()
    sheet.append(
        {
            "Parcours": "Parcours cible",
            "Étape": "onboarding",  # case and accents are forgiven
            "Canal": "E-mail",
            "Point de contact": "Je reçois un guide de démarrage",
            "Évaluation": "Enchantement",
            "Émotion": 2,
            "Moment de vérité": "Oui",
            "Personas": "Karim, responsable planning",
            "Champs CRM": "Statut du cycle de vie = Client",
        }
    )
    sheet.save()
    report = plan_touchpoints_import(exported, sample)
    assert report.ok, report.problems
    assert len(report.edits) == 1
    edit = report.edits[0]
    assert isinstance(edit, AddCards)
    target = sample.journeys[1]
    assert edit.journey_id == target.id
    (card,) = edit.cards
    onboarding = next(s for s in sample.stages if s.name == "Onboarding")
    email = next(c for c in sample.channels if c.name == "E-mail")
    karim = next(p for p in sample.personas if p.name.startswith("Karim"))
    lifecycle = next(f for f in sample.crm_fields if f.api_name == "lifecyclestage")
    assert (card.stage_id, card.channel_id) == (onboarding.id, email.id)
    assert card.text == "Je reçois un guide de démarrage"
    assert (card.rating, card.emotion, card.moment_of_truth) == (Rating.DELIGHT, 2, True)
    assert card.persona_ids == [karim.id]
    assert [(link.field_id, link.value) for link in card.crm_links] == [(lifecycle.id, "Client")]
    assert card.order == len(target.cell_card_ids(onboarding.id, email.id))
    assert report.added == 1


def test_a_stage_typo_is_reported_where_it_is(sample: Workshop, exported: Path, editor) -> None:
    card = first_card(sample)
    sheet = editor()
    row = sheet.row_of(card.id)
    sheet.set(row, "Étape", "Découvrte")
    sheet.save()
    before = workshop_to_dict(sample)
    report = plan_touchpoints_import(exported, sample)
    assert not report.ok
    assert report.edits == ()
    assert report.edit() is None
    (problem,) = report.problems
    assert problem.sheet == "Points de contact"
    assert problem.row == row
    assert problem.column == "B (Étape)"
    assert "Découvrte" in problem.message
    assert str(problem).startswith(f"Points de contact, row {row}, column B (Étape): ")
    assert report.summary().startswith("Nothing was imported: Points de contact, row")
    assert workshop_to_dict(sample) == before


def test_or_the_missing_stage_is_created_when_asked(
    sample: Workshop, exported: Path, editor
) -> None:
    card = first_card(sample)
    sheet = editor()
    sheet.set(sheet.row_of(card.id), "Étape", "Découvrte")
    sheet.save()
    report = plan_touchpoints_import(exported, sample, unknown="create")
    assert report.ok, report.problems
    add, move = report.edits
    assert isinstance(add, AddStage)
    assert add.stage.name == "Découvrte"
    assert move == MoveCard(sample.journeys[0].id, card.id, add.stage.id, card.channel_id, 0)
    assert report.created == ("stage 'Découvrte'",)


def test_every_bad_cell_is_reported_and_nothing_is_planned(
    sample: Workshop, exported: Path, editor
) -> None:
    cards = list(sample.journeys[0].cards.values())
    sheet = editor()
    rows = [sheet.row_of(card.id) for card in cards[:6]]
    sheet.set(rows[0], "Évaluation", "Super")
    sheet.set(rows[1], "Émotion", 5)
    sheet.set(rows[2], "Moment de vérité", "peut-être")
    sheet.set(rows[3], "Personas", "Inconnu")
    sheet.set(rows[4], "Champs CRM", "Champ imaginaire = 3")
    sheet.set(rows[5], "Identifiant", cards[0].id)  # the same id twice
    sheet.append({"Étape": "Découverte", "Canal": "E-mail", "Identifiant": "abc"})
    sheet.save()
    report = plan_touchpoints_import(exported, sample)
    assert report.edits == ()
    places = {(p.row, p.column) for p in report.problems}
    assert places >= {
        (rows[0], "F (Évaluation)"),
        (rows[1], "G (Émotion)"),
        (rows[2], "H (Moment de vérité)"),
        (rows[3], "I (Personas)"),
        (rows[4], "J (Champs CRM)"),
        (rows[5], "M (Identifiant)"),
        (sheet.sheet.max_row, "M (Identifiant)"),
    }
    assert all(
        isinstance(p, ImportProblem) and p.sheet == "Points de contact" for p in report.problems
    )


def test_reordering_a_cell_and_moving_a_card(sample: Workshop, exported: Path, editor) -> None:
    journey = sample.journeys[1]
    cell, ids = next((cell, ids) for cell, ids in journey.cells() if len(ids) >= 3)
    other = next(c for c in sample.channels if c.id != cell[1])
    sheet = editor()
    for position, card_id in enumerate(reversed(ids), 1):
        sheet.set(sheet.row_of(card_id), "Ordre", position)
    moving = ids[0]
    sheet.set(sheet.row_of(ids[1]), "Canal", other.name)
    sheet.set(sheet.row_of(ids[1]), "Ordre", 1)
    sheet.save()
    report = plan_touchpoints_import(exported, sample)
    assert report.ok, report.problems
    assert all(isinstance(edit, MoveCard) for edit in report.edits)
    result = copy.deepcopy(sample)
    report.edit().apply(result)
    moved = result.journey(journey.id)
    kept = [i for i in reversed(ids) if i != ids[1]]
    assert moved.cell_card_ids(*cell) == kept
    assert moved.cell_card_ids(cell[0], other.id)[0] == ids[1]
    assert moving in kept


def test_personas_and_crm_links_follow_the_sheet(sample: Workshop, exported: Path, editor) -> None:
    card = next(c for c in sample.journeys[0].cards.values() if len(c.persona_ids) == 2)
    sheet = editor()
    row = sheet.row_of(card.id)
    first = sample.persona(card.persona_ids[0]).name
    sheet.set(row, "Personas", first)
    sheet.set(row, "Champs CRM", "Score du lead = 70\nSource UTM = salon")
    sheet.save()
    report = plan_touchpoints_import(exported, sample)
    assert report.ok, report.problems
    kinds = [type(edit) for edit in report.edits]
    assert UnlinkPersona in kinds
    assert LinkPersona in kinds
    assert LinkCrmField in kinds
    result = copy.deepcopy(sample)
    report.edit().apply(result)
    changed = result.card(card.id)
    assert changed.persona_ids == [card.persona_ids[0]]
    labels = {f.id: f.label for f in sample.crm_fields}
    assert [(labels[link.field_id], link.value) for link in changed.crm_links] == [
        ("Score du lead", "70"),
        ("Source UTM", "salon"),
    ]


def test_a_removed_column_or_row_changes_nothing(sample: Workshop, exported: Path, editor) -> None:
    sheet = editor()
    card = first_card(sample)
    sheet.sheet.delete_rows(sheet.row_of(card.id))
    sheet.sheet.delete_cols(sheet.columns["Notes"])
    sheet.save()
    report = plan_touchpoints_import(exported, sample)
    assert report.ok, report.problems
    assert report.edits == ()
    assert report.notes == (
        "1 touchpoints of the workshop are not in the sheet; they were left as they are.",
    )


def test_the_import_is_one_undoable_transaction_on_the_file(
    sample: Workshop, exported: Path, editor, tmp_path: Path
) -> None:
    card = first_card(sample, Rating.IRRITANT)
    sheet = editor()
    sheet.set(sheet.row_of(card.id), "Point de contact", "Je remplis un formulaire de 4 champs")
    sheet.set(sheet.row_of(card.id), "Évaluation", None)
    sheet.append(
        {
            "Parcours": "Parcours actuel",
            "Étape": "Découverte",
            "Canal": "Site web",
            "Point de contact": "Je lis un cas client",
        }
    )
    sheet.save()
    report = plan_touchpoints_import(exported, sample)
    assert report.ok, report.problems
    path = tmp_path / "atelier.journey"
    before = workshop_to_dict(sample)
    with WorkshopFile.create(path, sample) as opened:
        applied = opened.apply(report.edit())
    with WorkshopFile.open(path) as reopened:
        changed = reopened.workshop.card(card.id)
        assert (changed.text, changed.rating) == (
            "Je remplis un formulaire de 4 champs",
            Rating.NONE,
        )
        assert any(
            c.text == "Je lis un cas client" for c in reopened.workshop.journeys[0].cards.values()
        )
        reopened.apply(applied.inverse)
    with WorkshopFile.open(path) as undone:
        assert workshop_to_dict(undone.workshop) == before
