"""The main window shows the workshop's journeys card by card where the layout puts them."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF

from journey_studio.gui.canvas.items.card_item import CardItem
from journey_studio.gui.document import Document
from journey_studio.gui.main_window import MainWindow
from journey_studio.layout import Rect, layout_journey
from journey_studio.model.vocabulary import JourneyKind
from journey_studio.storage import WorkshopFile

if TYPE_CHECKING:
    import pytest


def _qrect(rect: Rect) -> QRectF:
    return QRectF(rect.x, rect.y, rect.width, rect.height)


def _card_items(window: MainWindow) -> list[CardItem]:
    return [item for item in window.scene.items() if isinstance(item, CardItem)]


def _assert_cards_at_layout(window: MainWindow) -> None:
    document = window.document
    assert document is not None
    journey = document.current_journey
    assert journey is not None
    layout = layout_journey(document.workshop, journey)
    items = _card_items(window)
    assert len(items) == len(journey.cards)
    assert set(window.scene.item_for_card) == set(journey.cards)
    for card_id, rect in layout.cards.items():
        item = window.scene.item_for_card[card_id]
        assert item.card_id == card_id
        assert item.sceneBoundingRect() == _qrect(rect)
        assert (item.pos().x(), item.pos().y()) == (rect.x, rect.y)


def test_title_names_the_workshop_the_file_and_the_app(main_window, workshop_path: Path) -> None:
    title = main_window.windowTitle()
    assert title == f"Atelier parcours cible — Logicia — {workshop_path.name} — Journey Studio"


def test_shows_one_card_item_per_card_at_the_layout_rect(main_window) -> None:
    journey = main_window.document.current_journey
    assert journey.kind is JourneyKind.CURRENT
    assert len(journey.cards) == 5
    _assert_cards_at_layout(main_window)


def test_card_items_show_the_card_text_and_rating(main_window) -> None:
    journey = main_window.document.current_journey
    for card_id, item in main_window.scene.item_for_card.items():
        card = journey.cards[card_id]
        assert item.toolTip() == card.text
        assert item.face.rating is card.rating
        assert item.face.moment_of_truth is card.moment_of_truth
        assert len(item.face.personas) == len(card.persona_ids)
        assert item.face.crm_links == len(card.crm_links)
        assert item.text_lines()


def test_switching_journey_swaps_the_cards(main_window, qtbot) -> None:
    switcher = main_window.journey_switcher
    assert [switcher.itemText(i) for i in range(switcher.count())] == [
        "Parcours actuel",
        "Parcours cible",
    ]
    current_ids = set(main_window.scene.item_for_card)
    with qtbot.waitSignal(main_window.document.current_journey_changed, timeout=1000) as signal:
        switcher.setCurrentIndex(1)
    target = main_window.document.current_journey
    assert signal.args == [target.id]
    assert target.kind is JourneyKind.TARGET
    assert set(main_window.scene.item_for_card) == set(target.cards)
    assert not current_ids & set(main_window.scene.item_for_card)
    _assert_cards_at_layout(main_window)

    switcher.setCurrentIndex(0)
    assert set(main_window.scene.item_for_card) == current_ids
    _assert_cards_at_layout(main_window)


def test_the_document_can_switch_journey_and_the_switcher_follows(main_window) -> None:
    target = main_window.document.workshop.journey_named("target")
    main_window.document.set_current_journey(target.id)
    assert main_window.journey_switcher.currentData() == target.id
    assert set(main_window.scene.item_for_card) == set(target.cards)


def test_headers_and_lanes_follow_the_workshop(main_window) -> None:
    scene = main_window.scene
    workshop = main_window.document.workshop
    assert [scene.item_for_stage[s.id].name for s in workshop.stages] == [
        "Découverte",
        "Évaluation",
        "Décision / négociation",
    ]
    assert [scene.item_for_channel[c.id].name for c in workshop.channels] == [
        "Site web",
        "E-mail",
        "Téléphone",
    ]
    assert [band.name for band in scene.phase_band_items] == ["Marketing", "Ventes"]
    (handoff,) = scene.handoff_items
    decision = workshop.stages[2]
    assert handoff.scenePos().x() == scene.layout.stage_headers[decision.id].x
    assert (handoff.from_team, handoff.to_team) == ("Marketing", "Ventes")
    assert scene.emotion_lane is not None
    assert scene.crm_lane is not None


def test_a_writable_file_shows_no_read_only_notice(main_window) -> None:
    assert not main_window.document.read_only
    assert not main_window.read_only_label.isVisibleTo(main_window)
    assert main_window.notice_label.text() == ""


def test_a_file_open_elsewhere_opens_read_only_with_the_notice(
    qtbot, workshop_path: Path, icons
) -> None:
    with WorkshopFile.open(workshop_path) as holder:
        assert not holder.read_only
        document = Document.open(workshop_path)
        window = MainWindow(document, icons)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        assert document.read_only
        assert document.notice
        assert "read-only" in document.notice
        assert window.notice_label.text() == document.notice
        assert window.read_only_label.isVisibleTo(window)
        assert window.read_only_label.text() == "Read-only"
        # The map is shown all the same.
        assert len(window.scene.item_for_card) == len(document.current_journey.cards)
        window.close()
    assert document.closed


def test_closing_the_window_releases_the_file(main_window, workshop_path: Path) -> None:
    main_window.close()
    assert main_window.document.closed
    with WorkshopFile.open(workshop_path) as again:
        assert not again.read_only


def test_a_window_without_a_workshop_says_how_to_open_one(qtbot, icons) -> None:
    window = MainWindow(None, icons)
    qtbot.addWidget(window)
    assert window.windowTitle() == "Journey Studio"
    assert window.scene.item_for_card == {}
    assert "Open" in window.notice_label.text()
    assert not window.journey_switcher.isEnabled()


def test_open_file_refuses_a_file_that_is_not_a_workshop(
    qtbot, main_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        "journey_studio.gui.main_window.QMessageBox.critical",
        lambda parent, title, text: shown.append(text),
    )
    bogus = tmp_path / "notes.journey"
    bogus.write_text("pas un atelier", encoding="utf-8")
    before = set(main_window.scene.item_for_card)
    assert main_window.open_file(bogus) is False
    assert shown == ["'notes.journey' is not a Journey Studio workshop."]
    assert set(main_window.scene.item_for_card) == before


def test_help_about_names_the_application_and_version(main_window) -> None:
    from journey_studio import __version__

    menus = [action.text() for action in main_window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&View", "&Help"]
    help_menu = main_window.menuBar().actions()[3].menu()
    assert main_window.about_action in help_menu.actions()
    text = main_window.about_text()
    assert "Journey Studio" in text
    assert __version__ in text
