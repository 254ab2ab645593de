"""Fixtures of the GUI tests: a small hand-built workshop, its file, and a window on it.

Qt runs offscreen unless the runner chose a platform already; this must be set before
anything imports Qt.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from support.small_workshop import build_small_workshop

from journey_studio.storage import WorkshopFile

if TYPE_CHECKING:
    from journey_studio.model.workshop import Workshop


@pytest.fixture
def small_workshop() -> Workshop:
    return build_small_workshop()


@pytest.fixture
def workshop_path(tmp_path: Path, small_workshop: Workshop) -> Path:
    """The small workshop written to a closed ``.journey`` file."""
    path = tmp_path / "Atelier été.journey"
    WorkshopFile.create(path, small_workshop).close()
    return path


@pytest.fixture
def icons():
    from journey_studio.gui.icons import IconLibrary

    return IconLibrary()


@pytest.fixture
def main_window(qtbot, workshop_path: Path, icons) -> Iterator:
    """A shown main window on the small workshop's file."""
    from journey_studio.gui.document import Document
    from journey_studio.gui.main_window import MainWindow

    window = MainWindow(Document.open(workshop_path), icons)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()


@pytest.fixture(autouse=True)
def private_settings(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Every GUI test gets settings and a per-user data folder of its own, never the user's.

    The editor keeps its settings in an INI file (journey_studio.gui.settings) and makes new
    workshops in platformdirs' user data folder; both are redirected into a fresh folder.
    """
    from PySide6.QtCore import QSettings

    folder = tmp_path_factory.mktemp("user")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(folder / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder / "config"))
    return folder


@pytest.fixture(autouse=True)
def english_interface(qapp) -> Iterator[None]:
    """Our English catalogue installed, as on an English system: it gives the plural forms
    ("1 card", "2 cards") of the English source strings, which say "%n card(s)"."""
    from journey_studio.gui import i18n

    catalogue = i18n.english_catalogue(qapp)
    yield
    from shiboken6 import isValid

    if catalogue is not None and isValid(catalogue):  # a language switch may have taken it
        qapp.removeTranslator(catalogue)
        catalogue.deleteLater()
