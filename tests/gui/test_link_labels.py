"""An arrow's label sits on its line where it covers no card, as near the middle as the
cards allow; when a card moves into or out of its way, the label moves; it is drawn above
the cards, so a label with no clear place is read over a card's edge, not lost under it."""

from __future__ import annotations

import random

from canvas_driver import click
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from support.synthetic import synthetic_workshop

from journey_studio.gui.canvas.items.arrow import Arrow
from journey_studio.gui.canvas.items.inline_editor import InlineTextEditor
from journey_studio.gui.document import Document
from journey_studio.model.edits import AddCardLink, MoveCard
from journey_studio.model.workshop import CardLink
from journey_studio.storage import WorkshopFile


def _card(journey, text: str):
    (card,) = [c for c in journey.cards.values() if c.text.startswith(text)]
    return card


def _on_line(point: QPointF, line: QLineF) -> bool:
    """Whether ``point`` lies on the segment (within a hundredth of a unit)."""
    along = QLineF(line.p1(), point).length() + QLineF(point, line.p2()).length()
    return abs(along - line.length()) < 0.01


def _covered_cards(scene, journey, box: QRectF) -> list[str]:
    return [c.text for c in journey.cards.values() if scene.card_rect(c.id).intersects(box)]


def test_a_label_moves_off_the_card_under_the_middle_of_its_arrow_and_back(
    main_window, qtbot
) -> None:
    document, scene = main_window.document, main_window.scene
    journey = document.current_journey
    first = _card(journey, "Je télécharge")  # discovery x website
    last = _card(journey, "J'attends le devis")  # decision x phone
    middle_card = _card(journey, "Je compare")  # evaluation x email: the middle cell
    link = CardLink(first.id, last.id, label="si pas de réponse")
    assert document.apply(AddCardLink(journey.id, link))
    item = scene.item_for_link[link.id]
    line = item.line()
    label = item.label_box()
    at_the_middle = QRectF(label)
    at_the_middle.moveCenter(line.center())
    assert scene.card_rect(middle_card.id).intersects(at_the_middle)  # in the way
    assert _covered_cards(scene, journey, label) == []
    assert _on_line(label.center(), line)

    # Relabelled from its menu, the text is typed where the label is.
    main_window.activateWindow()
    main_window.view.setFocus()
    menu = main_window.editor.menus.menu_at(label.center())
    (relabel,) = [a for a in menu.actions() if a.objectName() == "label"]
    relabel.trigger()
    (editor,) = [i for i in scene.items() if isinstance(i, InlineTextEditor)]
    assert editor.sceneBoundingRect().contains(label.center())
    qtbot.keyClick(main_window.view, Qt.Key.Key_Escape)

    # The card moves away: the label comes back to the middle of its arrow.
    stage_id, channel_id = first.stage_id, last.channel_id  # discovery x phone: empty
    assert document.apply(MoveCard(journey.id, middle_card.id, stage_id, channel_id, 0))
    back = item.label_box()
    assert (back.center().x(), back.center().y()) == (line.center().x(), line.center().y())
    assert _covered_cards(scene, journey, back) == []

    # Undone, the card is back in the way and the label steps aside again.
    document.undo_stack.undo()
    assert item.label_box() == label


def test_a_label_with_no_clear_place_is_drawn_above_the_cards(main_window) -> None:
    document, scene = main_window.document, main_window.scene
    journey = document.current_journey
    first, second = _card(journey, "Je télécharge"), _card(journey, "Je remplis")  # side by side
    link = CardLink(first.id, second.id, label="relance")
    assert document.apply(AddCardLink(journey.id, link))
    item = scene.item_for_link[link.id]
    label = item.label_box()
    assert label.center() == item.line().center()
    assert _covered_cards(scene, journey, label)  # the gap between the cards is too narrow
    card_z = scene.item_for_card[first.id].zValue()
    assert scene.label_layer.zValue() > card_z > scene.link_layer.zValue()
    assert scene.label_layer.links_in(label) == [link.id]
    middle = item.line().center()
    assert scene.link_layer.links_in(QRectF(middle.x() - 1, middle.y() - 1, 2, 2)) == [link.id]


def test_a_label_drawn_over_a_card_is_what_the_mouse_finds_there(main_window, qtbot) -> None:
    document, scene, view = main_window.document, main_window.scene, main_window.view
    journey = document.current_journey
    first, second = _card(journey, "Je télécharge"), _card(journey, "Je remplis")
    link = CardLink(first.id, second.id, label="relance")
    assert document.apply(AddCardLink(journey.id, link))
    label = scene.item_for_link[link.id].label_box()
    on_the_card = QPointF(label.left() + 3, label.top() + 3)
    assert scene.card_rect(first.id).contains(on_the_card)
    assert scene.link_at(on_the_card) == link.id
    assert scene.card_at(on_the_card) is None
    click(qtbot, view, on_the_card)
    assert scene.selected_link_ids() == [link.id]
    assert scene.selected_card_ids() == []


def test_every_label_stays_where_a_fresh_placement_puts_it_as_cards_move(
    main_window, tmp_path
) -> None:
    """Against an oracle: after each move, every label is where placing it anew puts it."""
    workshop = synthetic_workshop(160, seed=11, journeys=1)
    journey = workshop.journeys[0]
    rng = random.Random(5)
    ids = sorted(journey.cards)
    journey.links.clear()
    for _ in range(40):
        first, second = rng.sample(ids, 2)
        link = CardLink(first, second, label=rng.choice(["relance", "si pas de réponse"]))
        journey.links[link.id] = link
    path = tmp_path / "labels.journey"
    WorkshopFile.create(path, workshop).close()
    document = Document.open(path)
    main_window.set_document(document)
    scene, journey = main_window.scene, document.current_journey
    cells = [(s.id, c.id) for s in document.workshop.stages for c in document.workshop.channels]
    for step in range(60):
        stage_id, channel_id = rng.choice(cells)
        index = rng.randrange(3)
        assert document.apply(MoveCard(journey.id, rng.choice(ids), stage_id, channel_id, index))
        for link in journey.links.values():
            fresh = Arrow.between(
                scene.card_rect(link.from_card_id),
                scene.card_rect(link.to_card_id),
                link.label,
                scene.card_rects_in,
            )
            assert scene.item_for_link[link.id].label_box() == fresh.label_box, step
    main_window.set_document(None)
    document.close()
