"""The interface in French: menus, docks, undo texts; every string of gui/ is translated."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator

import journey_studio.gui
from journey_studio.assets import resource_bytes, resource_text
from journey_studio.gui import i18n
from journey_studio.gui.document import Document
from journey_studio.gui.main_window import MainWindow
from journey_studio.gui.preferences import PreferencesDialog
from journey_studio.gui.settings import Settings
from journey_studio.model.edits import Edit, MoveCard, UpdateCard

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def restore_language(qapp) -> Iterator[None]:
    before = QLocale()
    yield
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)


@pytest.fixture
def french(qapp, restore_language) -> list[QTranslator]:
    return i18n.install_translators(qapp, "fr")


def _messages(ts_text: str) -> list[tuple[str, str, bool, ET.Element]]:
    root = ET.fromstring(ts_text)
    return [
        (
            context.findtext("name") or "",
            message.findtext("source") or "",
            message.get("numerus") == "yes",
            message.find("translation"),
        )
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def _edit_names() -> set[str]:
    names: set[str] = set()
    pending = list(Edit.__subclasses__())
    while pending:
        kind = pending.pop()
        pending.extend(kind.__subclasses__())
        if not kind.__name__.startswith("_"):
            names.add(kind.title)
    names |= {UpdateCard("c", {key: None}).name for key in ("text", "rating", "notes")}
    return names


def test_the_window_speaks_french(french, qtbot, workshop_path: Path, icons) -> None:
    window = MainWindow(Document.open(workshop_path), icons)
    qtbot.addWidget(window)
    window.show()
    menus = [action.text() for action in window.menuBar().actions()]
    assert {"&Fichier", "&Affichage", "&Aide"} <= set(menus)
    workbench = window.workbench
    assert workbench.inspector.windowTitle() == "Inspecteur"
    assert workbench.stages_channels.windowTitle() == "Étapes et canaux"
    assert workbench.recent_menu.title() == "Ouvrir un fichier &récent"
    assert workbench.capture_bar.add_action.text() == "Ajouter"

    document = window.document
    journey = document.current_journey
    card = next(iter(journey.cards.values()))
    other_stage = document.workshop.stages[1]
    assert document.apply(MoveCard(journey.id, card.id, other_stage.id, card.channel_id, 0))
    assert document.undo_stack.undoText() == "Déplacer la carte"
    texts = [
        a.text()
        for menu in window.menuBar().findChildren(type(workbench.recent_menu))
        for a in menu.actions()
    ]
    assert any(text.endswith("Déplacer la carte") for text in texts)

    document.set_selected_card_ids(list(journey.cards)[:2])
    assert workbench.inspector.summary.text().startswith("2 cartes sélectionnées")
    window.close()


def test_every_french_message_is_translated_and_compiled(french) -> None:
    translator = QTranslator()
    data = resource_bytes("translations", "journey_studio_fr.qm")  # read in place: keep it
    assert translator.load(data)
    missing = []
    for context, source, numerus, translation in _messages(
        resource_text("translations", "journey_studio_fr.ts")
    ):
        finished = translation is not None and translation.get("type") != "unfinished"
        compiled = translator.translate(context, source, None, 2 if numerus else -1)
        if not finished or not compiled:
            missing.append(f"{context}: {source}")
    assert not missing, "\n".join(missing)


def test_every_edit_name_is_translated(french) -> None:
    untranslated = sorted(
        name for name in _edit_names() if QCoreApplication.translate("Edits", name) == name
    )
    assert not untranslated


def test_every_string_of_the_gui_is_in_the_catalogue(tmp_path: Path) -> None:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        lupdate = Path(shutil.which("pyside6-lupdate") or "")
    if not lupdate.is_file():
        pytest.skip("pyside6-lupdate is not installed beside this Python")
    sources = sorted(str(p) for p in Path(journey_studio.gui.__file__).parent.rglob("*.py"))
    scanned = tmp_path / "scanned.ts"
    result = subprocess.run(
        [str(lupdate), *sources, "-locations", "none", "-ts", str(scanned)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    in_code = {(c, s) for c, s, _, _ in _messages(scanned.read_text(encoding="utf-8"))}
    catalogue = _messages(resource_text("translations", "journey_studio_fr.ts"))
    translated = {(c, s) for c, s, _, t in catalogue if t is not None and t.get("type") is None}
    assert sorted(in_code - translated) == []


def test_preferences_switch_the_panels_to_french_at_once(
    main_window, restore_language, qtbot
) -> None:
    settings = Settings()
    dialog = PreferencesDialog(settings, main_window)
    qtbot.addWidget(dialog)
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("fr"))
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), LEFT)

    assert Settings().language() == "fr"
    inspector = main_window.workbench.inspector
    qtbot.waitUntil(lambda: inspector.windowTitle() == "Inspecteur")
    assert main_window.workbench.personas.filter_label.text() == "&Filtrer la carte\u00a0:"
    assert main_window.workbench.capture_bar.title.text() == "&Saisie\u00a0:"
    assert i18n.current_language() == "fr"


def test_forecast_categories_read_as_in_the_deliverables(qapp, restore_language) -> None:
    from journey_studio.crm_words import forecast_category
    from journey_studio.gui.panels.crm_stages import forecast_label
    from journey_studio.model.vocabulary import ForecastCategory

    for category in ForecastCategory:
        assert forecast_label(category) == forecast_category(category, "en")
    i18n.install_translators(qapp, "fr")
    for category in ForecastCategory:
        assert forecast_label(category) == forecast_category(category, "fr")
