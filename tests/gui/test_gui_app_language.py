"""The editor's language: Qt's own strings, ours when translated, and number formats."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLibraryInfo, QLocale

from journey_studio.gui import app as editor_app
from journey_studio.gui.canvas.items.lanes import format_emotion, format_percent


@pytest.fixture
def restore_language(qapp) -> Iterator[list]:
    before = QLocale()
    installed: list = []
    yield installed
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)


def test_french_sets_number_formats_and_loads_our_translation(
    qapp, restore_language: list, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    catalogue = (folder / "qtbase_fr.qm").read_bytes()
    asked: list[tuple[str, ...]] = []
    monkeypatch.setattr(editor_app, "resource_exists", lambda *parts: asked.append(parts) or True)
    monkeypatch.setattr(editor_app, "resource_bytes", lambda *parts: catalogue)

    installed = editor_app._install_translators(qapp, "fr")
    restore_language.extend(installed)

    assert asked == [("translations", "journey_studio_fr.qm")]
    assert len(installed) == 2
    assert QLocale().language() is QLocale.Language.French
    assert format_percent(60) == "60\u202f%"
    assert format_emotion(-0.75) == "\u22120,8"


def test_without_our_translation_only_qt_is_translated(
    qapp, restore_language: list, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(editor_app, "resource_exists", lambda *parts: False)
    installed = editor_app._install_translators(qapp, "en")
    restore_language.extend(installed)
    assert QLocale().language() is QLocale.Language.English
    assert format_percent(60) == "60%"
