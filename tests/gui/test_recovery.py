"""New workshops live in the per-user folder and are offered again after a crash."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from journey_studio.gui import recovery
from journey_studio.gui.document import Document
from journey_studio.storage import WorkshopFile
from journey_studio.storage.workshop_file import lock_path

NOW = datetime.datetime(2026, 11, 24, 19, 5)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "workshops"


def _crashed(folder: Path, name: str, workshop) -> Path:
    """A workshop whose editor died while it was open: its lock file is left behind."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    WorkshopFile.create(path, workshop).close()
    lock_path(path).write_text("")
    return path


def test_new_from_template_makes_a_named_file_in_the_folder(folder) -> None:
    first = recovery.new_workshop_from_template("simple", "fr", folder, NOW)
    second = recovery.new_workshop_from_template("simple", "fr", folder, NOW)
    assert first.name == "Workshop 2026-11-24 19h05.journey"
    assert second.name == "Workshop 2026-11-24 19h05 (2).journey"
    with WorkshopFile.open(first, read_only=True) as opened:
        assert len(opened.workshop.stages) == 5


def test_file_new_from_template_opens_it_in_the_window(main_window, folder) -> None:
    workbench = main_window.workbench
    workbench.workshops_folder = folder
    workbench.new_menu.aboutToShow.emit()
    titles = [action.text() for action in workbench.new_menu.actions()]
    assert len(titles) == 3

    workbench.new_menu.actions()[0].trigger()

    document = main_window.document
    assert document.path.parent == folder
    assert lock_path(document.path).exists()  # open: a crash now would leave it behind
    assert recovery.workshops_left_open(folder) == []  # held by this editor, not offered


def test_a_workshop_left_open_by_a_crash_is_offered_and_reopened(
    main_window, folder, small_workshop
) -> None:
    crashed = _crashed(folder, "Atelier du matin.journey", small_workshop)
    offered: list[list[Path]] = []

    def choose(parent, paths):
        offered.append(paths)
        return paths[0]

    reopened = recovery.offer_recovery(main_window, ask=choose, folder=folder)

    assert offered == [[crashed]]
    assert reopened == crashed
    assert main_window.document.path == crashed
    assert not main_window.document.read_only


def test_declining_forgets_it_until_the_next_crash(main_window, folder, small_workshop) -> None:
    crashed = _crashed(folder, "Atelier.journey", small_workshop)
    assert recovery.offer_recovery(main_window, ask=lambda *_: None, folder=folder) is None
    assert crashed.exists()
    assert not lock_path(crashed).exists()
    asked: list = []
    recovery.offer_recovery(main_window, ask=lambda *a: asked.append(a), folder=folder)
    assert asked == []


def test_a_workshop_open_elsewhere_is_not_offered(qapp, folder, small_workshop) -> None:
    path = _crashed(folder, "Ouvert.journey", small_workshop)
    document = Document.open(path)  # another window holds it
    try:
        assert recovery.workshops_left_open(folder) == []
    finally:
        document.close()
    assert recovery.workshops_left_open(folder) == []  # closed properly: lock removed


def test_the_dialog_lists_them_newest_first(qtbot, folder, small_workshop) -> None:
    older = _crashed(folder, "Ancien.journey", small_workshop)
    newer = _crashed(folder, "Récent.journey", small_workshop)
    import os

    os.utime(older, (1_700_000_000, 1_700_000_000))
    found = recovery.workshops_left_open(folder)
    assert found == [newer, older]
    dialog = recovery.RecoveryDialog(found)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 2
    assert dialog.list.item(0).text().startswith("Récent — last edited")
    assert dialog.chosen() == newer
