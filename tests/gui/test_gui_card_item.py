"""A card item shows its card's text, rating, personas and CRM links, at its own size."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRectF, QSizeF
from PySide6.QtWidgets import QGraphicsScene

from journey_studio.gui.canvas.items.card_item import CardFace, CardItem, PersonaChip, initials
from journey_studio.gui.canvas.scene import card_face, persona_chips
from journey_studio.model.vocabulary import Rating
from journey_studio.model.workshop import Card, CrmLink, Persona

LONG = (
    "Je remplis un formulaire de douze champs pour obtenir une démonstration, puis "
    "j'attends dix jours ouvrés qu'un commercial me rappelle enfin"
)


@pytest.fixture
def scene(qapp) -> QGraphicsScene:
    return QGraphicsScene()


def _item(scene: QGraphicsScene, icons, face: CardFace, size=(120.0, 70.0)) -> CardItem:
    item = CardItem("card-1", face, QSizeF(*size), icons)
    scene.addItem(item)
    return item


def test_the_bounding_rect_is_the_card(scene, icons) -> None:
    item = _item(scene, icons, CardFace("Je compare"))
    item.setPos(200.0, 88.5)
    assert item.boundingRect() == QRectF(0.0, 0.0, 120.0, 70.0)
    assert item.sceneBoundingRect() == QRectF(200.0, 88.5, 120.0, 70.0)


def test_short_text_is_shown_whole(scene, icons) -> None:
    item = _item(scene, icons, CardFace("Je compare"))
    assert item.text_lines() == ["Je compare"]
    assert item.toolTip() == "Je compare"


def test_long_text_is_wrapped_and_elided_with_the_full_text_as_tooltip(scene, icons) -> None:
    item = _item(scene, icons, CardFace(LONG))
    lines = item.text_lines()
    assert 2 <= len(lines) <= 4
    assert lines[-1].endswith("…")
    assert " ".join(line.removesuffix("…") for line in lines[:-1]) in LONG
    assert item.toolTip() == LONG


def test_a_taller_card_shows_more_lines(scene, icons) -> None:
    short = _item(scene, icons, CardFace(LONG))
    tall = _item(scene, icons, CardFace(LONG), size=(120.0, 140.0))
    assert len(tall.text_lines()) > len(short.text_lines())


def test_resizing_updates_the_geometry_the_scene_knows(scene, icons) -> None:
    item = _item(scene, icons, CardFace(LONG))
    assert item not in scene.items(QPointF(180.0, 120.0))
    item.set_size(QSizeF(200.0, 140.0))
    assert item.boundingRect() == QRectF(0.0, 0.0, 200.0, 140.0)
    assert item in scene.items(QPointF(180.0, 120.0))
    assert len(item.text_lines()) >= 4


def test_a_new_face_changes_what_is_shown(scene, icons) -> None:
    item = _item(scene, icons, CardFace("Je compare"))
    item.set_face(CardFace("Je signe", rating=Rating.DELIGHT))
    assert item.text_lines() == ["Je signe"]
    assert item.toolTip() == "Je signe"
    assert item.face.rating is Rating.DELIGHT


def test_card_face_takes_personas_and_crm_links_from_the_card() -> None:
    claire = Persona("Claire Martin", colour="#8E44AD")
    karim = Persona("Karim", colour="#16A085")
    card = Card(
        "J'attends le devis",
        "stage",
        "channel",
        rating=Rating.BREAKING_POINT,
        moment_of_truth=True,
        persona_ids=[karim.id, claire.id, "a persona that is gone"],
        crm_links=[CrmLink("field-1"), CrmLink("field-2", "MQL")],
    )
    face = card_face(card, persona_chips([claire, karim]))
    assert face == CardFace(
        "J'attends le devis",
        rating=Rating.BREAKING_POINT,
        moment_of_truth=True,
        personas=(
            PersonaChip("KA", "#16A085", "Karim"),
            PersonaChip("CM", "#8E44AD", "Claire Martin"),
        ),
        crm_links=2,
    )


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Claire Martin", "CM"),
        ("Karim", "KA"),
        ("Jean-Pierre", "JP"),
        ("élodie durand", "ÉD"),
        ("  ", "?"),
    ],
)
def test_initials(name: str, expected: str) -> None:
    assert initials(name) == expected
