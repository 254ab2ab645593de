"""The document holds the open workshop file and which journey is on screen."""

from __future__ import annotations

from pathlib import Path

import pytest

from journey_studio.gui.document import Document
from journey_studio.model.vocabulary import JourneyKind
from journey_studio.model.workshop import UnknownEntity
from journey_studio.storage import NotAWorkshop, WorkshopFile


def test_opens_on_the_current_journey(qapp, workshop_path: Path) -> None:
    document = Document.open(workshop_path)
    try:
        assert document.workshop.name == "Atelier parcours cible — Logicia"
        assert document.path == workshop_path
        assert document.current_journey.kind is JourneyKind.CURRENT
        assert not document.read_only
        assert document.notice is None
        assert document.undo_stack.count() == 0
    finally:
        document.close()
    assert document.closed
    document.close()  # twice is harmless


def test_switching_journey_signals_once(qtbot, workshop_path: Path) -> None:
    document = Document.open(workshop_path)
    target = document.workshop.journey_named("target")
    with qtbot.waitSignal(document.current_journey_changed, timeout=1000) as signal:
        document.set_current_journey(target.id)
    assert signal.args == [target.id]
    with qtbot.assertNotEmitted(document.current_journey_changed):
        document.set_current_journey(target.id)
    document.close()


def test_an_unknown_journey_is_refused(qapp, workshop_path: Path) -> None:
    document = Document.open(workshop_path)
    shown = document.current_journey
    with pytest.raises(UnknownEntity):
        document.set_current_journey("no-such-journey")
    assert document.current_journey is shown
    document.close()


def test_closing_releases_the_file_for_editing(qapp, workshop_path: Path) -> None:
    document = Document.open(workshop_path)
    with WorkshopFile.open(workshop_path) as other:
        assert other.read_only
    document.close()
    with WorkshopFile.open(workshop_path) as other:
        assert not other.read_only


def test_a_file_that_is_not_a_workshop_is_refused(qapp, tmp_path: Path) -> None:
    bogus = tmp_path / "x.journey"
    bogus.write_bytes(b"")
    with pytest.raises(NotAWorkshop, match="is empty"):
        Document.open(bogus)
