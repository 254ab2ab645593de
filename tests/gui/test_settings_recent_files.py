"""Settings kept between sessions: recent files, last folder, language, window layout."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from journey_studio.gui.document import Document
from journey_studio.gui.main_window import MainWindow
from journey_studio.gui.settings import MAX_RECENT_FILES, Settings
from journey_studio.storage import WorkshopFile


@pytest.fixture
def ini(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


def _settings(ini: Path) -> Settings:
    return Settings(QSettings(str(ini), QSettings.Format.IniFormat))


def test_recent_files_are_kept_most_recent_first_without_duplicates(ini, tmp_path) -> None:
    settings = _settings(ini)
    paths = [tmp_path / f"atelier {n}.journey" for n in range(3)]
    for path in [*paths, paths[0]]:
        settings.add_recent_file(path)

    again = _settings(ini)  # as at the next start
    assert again.recent_files() == [paths[0], paths[2], paths[1]]
    again.remove_recent_file(paths[2])
    assert _settings(ini).recent_files() == [paths[0], paths[1]]
    again.clear_recent_files()
    assert _settings(ini).recent_files() == []


def test_one_recent_file_reads_back_as_a_list(ini, tmp_path) -> None:
    _settings(ini).add_recent_file(tmp_path / "seul.journey")
    assert _settings(ini).recent_files() == [tmp_path / "seul.journey"]


def test_the_list_keeps_the_last_ten(ini, tmp_path) -> None:
    settings = _settings(ini)
    for number in range(MAX_RECENT_FILES + 3):
        settings.add_recent_file(tmp_path / f"{number}.journey")
    recent = _settings(ini).recent_files()
    assert len(recent) == MAX_RECENT_FILES
    assert recent[0] == tmp_path / f"{MAX_RECENT_FILES + 2}.journey"


def test_language_and_last_folder(ini, tmp_path) -> None:
    settings = _settings(ini)
    assert settings.language() == ""  # the system's
    settings.set_language("fr")
    settings.set_last_directory(tmp_path)
    assert _settings(ini).language() == "fr"
    assert _settings(ini).last_directory() == tmp_path
    with pytest.raises(ValueError, match="language"):
        settings.set_language("de")


def test_the_window_remembers_the_files_it_opened(main_window, workshop_path, tmp_path) -> None:
    assert Settings().recent_files() == [workshop_path.resolve()]
    other = tmp_path / "autre.journey"
    WorkshopFile.create(other, main_window.document.workshop).close()
    assert main_window.open_file(other)
    assert Settings().recent_files() == [other.resolve(), workshop_path.resolve()]
    assert Settings().last_directory() == tmp_path.resolve()


def test_file_open_recent_lists_them_and_opens_one(main_window, workshop_path, tmp_path):
    other = tmp_path / "autre.journey"
    WorkshopFile.create(other, main_window.document.workshop).close()
    main_window.open_file(other)
    workbench = main_window.workbench
    workbench.fill_recent_menu()
    texts = [action.text() for action in workbench.recent_menu.actions()]
    assert texts[:2] == ["&1 autre.journey", f"&2 {workshop_path.name}"]

    workbench.recent_menu.actions()[1].trigger()

    assert main_window.document.path == workshop_path
    assert Settings().recent_files()[0] == workshop_path.resolve()


def test_a_recent_file_gone_is_not_listed(main_window, tmp_path) -> None:
    Settings().add_recent_file(tmp_path / "parti.journey")
    workbench = main_window.workbench
    workbench.fill_recent_menu()
    assert "parti.journey" not in " ".join(a.text() for a in workbench.recent_menu.actions())


def test_the_window_layout_comes_back(qtbot, workshop_path, icons) -> None:
    first = MainWindow(Document.open(workshop_path), icons)
    qtbot.addWidget(first)
    first.show()
    first.workbench.journeys.close()
    first.workbench.capture_bar.hide()
    first.close()

    second = MainWindow(Document.open(workshop_path), icons)
    qtbot.addWidget(second)
    second.show()
    assert not second.workbench.journeys.isVisible()
    assert not second.workbench.capture_bar.isVisible()
    assert second.workbench.inspector.isVisible()
    second.close()
