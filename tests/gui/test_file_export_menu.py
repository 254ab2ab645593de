"""File › Save a Copy, Export and Import, driven through the window's menus.

The questions (where to save, which paper, whether to create a missing stage) are answered
by a scripted stand-in for the dialogs; everything else is real: the exporters write real
files, read back here by the programs that would open them.
"""

from __future__ import annotations

import threading
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QImage
from PySide6.QtWidgets import QMenu, QProgressDialog, QPushButton

from journey_studio.exporters.excel import export_workbook
from journey_studio.model.serialization import workshop_to_dict
from journey_studio.model.vocabulary import Rating
from journey_studio.storage import WorkshopFile

TOUCHPOINTS = "Points de contact"


class Answers:
    """Answers the questions of File › Export and Import without dialogs, and keeps them."""

    def __init__(self, save: Path | None = None, open_: Path | None = None) -> None:
        self.save = save
        self.open = open_
        self.paper: str | None = "A3"
        self.confirm_answer = True
        self.suggested: list[Path] = []
        self.choices: list[tuple[str, ...]] = []
        self.confirmed: list[str] = []
        self.errors: list[str] = []
        self.problem_lists: list[tuple[str, list]] = []

    def save_path(self, title: str, suggested: Path, file_filter: str) -> Path | None:
        self.suggested.append(suggested)
        return self.save

    def open_path(self, title: str, folder: Path | None, file_filter: str) -> Path | None:
        return self.open

    def choice(self, title: str, label: str, options, current: str) -> str | None:
        self.choices.append(tuple(options))
        return self.paper

    def confirm(self, title: str, question: str) -> bool:
        self.confirmed.append(question)
        return self.confirm_answer

    def error(self, title: str, message: str) -> None:
        self.errors.append(message)

    def problems(self, title: str, summary: str, rows) -> None:
        self.problem_lists.append((summary, list(rows)))


@pytest.fixture
def answers(main_window) -> Answers:
    scripted = Answers()
    main_window.exports.ask = scripted
    main_window.imports.ask = scripted
    return scripted


def menu_action(window, *path: str) -> QAction:
    """The action at a menu path given by its texts without '&' (File, Export, PDF...)."""
    actions = window.menuBar().actions()
    for step, text in enumerate(path):
        found = next((a for a in actions if a.text().replace("&", "").rstrip("…") == text), None)
        assert found is not None, f"no {text!r} in {[a.text() for a in actions]}"
        if step == len(path) - 1:
            return found
        menu = found.menu()
        assert isinstance(menu, QMenu)
        menu.aboutToShow.emit()
        actions = menu.actions()
    raise AssertionError(path)


def run_to_the_end(qtbot, window, action: QAction) -> None:
    """Trigger an export or import and wait until its background work is over."""
    action.trigger()
    job = window.exports.job or window.imports.job
    assert job is not None, "nothing started"
    with qtbot.waitSignal(job.finished, timeout=60_000):
        pass


def no_leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if ".partial" in p.name]


def test_the_file_menu_offers_every_deliverable(main_window) -> None:
    file_menu = menu_action(main_window, "File").menu()
    texts = [a.text() for a in file_menu.actions()]
    assert "Save a &Copy As…" in texts
    assert texts.index("&Import") < texts.index("&Export") < texts.index("&Quit")
    export = [a.text() for a in menu_action(main_window, "File", "Export").menu().actions()]
    assert [t for t in export if t] == [
        "&Excel Workbook…",
        "&PDF Deliverable…",
        "Map as P&NG Image…",
        "Map as &SVG…",
        "&CRM Configuration",
    ]
    crm = menu_action(main_window, "File", "Export", "CRM Configuration").menu()
    assert [a.text() for a in crm.actions()] == [
        "Salesforce",
        "HubSpot",
        "Pipedrive",
        "Odoo",
        "JSON",
        "YAML",
    ]
    imports = menu_action(main_window, "File", "Import").menu()
    assert [a.text() for a in imports.actions()] == [
        "&Touchpoints from Excel…",
        "&Workshop from Excel…",
    ]


def test_export_the_excel_workbook(main_window, qtbot, answers, tmp_path) -> None:
    out_folder = tmp_path / "livrables"
    out_folder.mkdir()
    answers.save = out_folder / "atelier.xlsx"
    run_to_the_end(qtbot, main_window, menu_action(main_window, "File", "Export", "Excel Workbook"))
    assert answers.errors == []
    assert answers.suggested[0].name == f"{main_window.document.workshop.name}.xlsx"
    book = load_workbook(answers.save)
    assert TOUCHPOINTS in book.sheetnames
    notice = main_window.exports.notice
    assert notice.isVisible()
    assert notice.sentence == "Exported “atelier.xlsx”."
    assert notice.folder == out_folder
    assert no_leftovers(out_folder) == []
    # The next export starts from the folder of the last one.
    answers.save = None
    menu_action(main_window, "File", "Export", "Excel Workbook").trigger()
    assert answers.suggested[-1].parent == out_folder.resolve()


def test_export_the_pdf_on_the_paper_chosen(main_window, qtbot, answers, tmp_path) -> None:
    answers.save = tmp_path / "atelier.pdf"
    answers.paper = "A4"
    run_to_the_end(
        qtbot, main_window, menu_action(main_window, "File", "Export", "PDF Deliverable")
    )
    assert answers.choices == [("A3", "A4", "A2", "A1", "A0")]
    assert answers.errors == []
    data = answers.save.read_bytes()
    assert data.startswith(b"%PDF")
    assert b"/MediaBox [ 0 0 841.8898 595.2756 ]" in data  # A4 landscape


def test_no_paper_chosen_no_pdf(main_window, answers, tmp_path) -> None:
    answers.save = tmp_path / "atelier.pdf"
    answers.paper = None
    menu_action(main_window, "File", "Export", "PDF Deliverable").trigger()
    assert main_window.exports.job is None
    assert not answers.save.exists()


def test_export_the_map_as_png_and_svg(main_window, qtbot, answers, tmp_path) -> None:
    journey = main_window.document.current_journey
    answers.save = tmp_path / "carte.png"
    run_to_the_end(
        qtbot, main_window, menu_action(main_window, "File", "Export", "Map as PNG Image")
    )
    assert answers.errors == []
    assert journey.name in answers.suggested[-1].name
    image = QImage(str(answers.save))
    assert not image.isNull()
    assert image.width() > 100
    answers.save = tmp_path / "carte.svg"
    run_to_the_end(qtbot, main_window, menu_action(main_window, "File", "Export", "Map as SVG"))
    assert answers.errors == []
    text = answers.save.read_text(encoding="utf-8")
    assert "<svg" in text
    assert no_leftovers(tmp_path) == []


@pytest.mark.parametrize("crm", ["Salesforce", "HubSpot", "Pipedrive", "Odoo", "JSON", "YAML"])
def test_export_the_crm_configuration(main_window, qtbot, answers, tmp_path, crm) -> None:
    answers.save = tmp_path / f"{crm}.zip"
    action = menu_action(main_window, "File", "Export", "CRM Configuration", crm)
    run_to_the_end(qtbot, main_window, action)
    assert answers.errors == []
    assert answers.suggested[-1].name.endswith(f" - {crm}.zip")
    assert zipfile.is_zipfile(answers.save)
    with zipfile.ZipFile(answers.save) as archive:
        assert archive.testzip() is None
        assert len(archive.namelist()) >= 2
    assert no_leftovers(tmp_path) == []


@pytest.fixture
def release(monkeypatch) -> threading.Event:
    """Makes the Excel export slow: it writes half a workbook, then waits for this event."""
    import journey_studio.exporters.excel as excel

    event = threading.Event()

    def slow_export(workshop, out, *, language=None) -> None:
        Path(out).write_bytes(b"half a workbook")
        event.wait(30)

    monkeypatch.setattr(excel, "export_workbook", slow_export)
    return event


def test_cancel_drops_the_export_and_the_map_stays_usable(
    main_window, qtbot, answers, tmp_path, release
) -> None:
    answers.save = tmp_path / "atelier.xlsx"
    menu_action(main_window, "File", "Export", "Excel Workbook").trigger()
    job = main_window.exports.job
    assert job is not None
    dialog = main_window.findChild(QProgressDialog, "deliverable-progress")
    qtbot.waitUntil(dialog.isVisible)
    # The map is still there to work on: rate a card with the keyboard.
    document = main_window.document
    card = next(iter(document.current_journey.cards.values()))
    main_window.scene.select_cards([card.id])
    main_window.view.setFocus()
    qtbot.keyClick(main_window.view.viewport(), Qt.Key.Key_3)
    assert card.rating is Rating.BREAKING_POINT
    assert not menu_action(main_window, "File", "Export", "Excel Workbook").isEnabled()

    cancel = dialog.findChild(QPushButton)
    with qtbot.waitSignal(job.finished, timeout=30_000):
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
        release.set()
    assert not answers.save.exists()
    assert no_leftovers(tmp_path) == []
    assert main_window.exports.notice.sentence == "Export cancelled; nothing was written."
    assert answers.errors == []
    assert menu_action(main_window, "File", "Export", "Excel Workbook").isEnabled()


def test_an_export_that_cannot_be_written_says_why_once(
    main_window, qtbot, answers, tmp_path
) -> None:
    blocker = tmp_path / "not a folder"
    blocker.write_text("a file where a folder should be")
    answers.save = blocker / "crm.zip"
    action = menu_action(main_window, "File", "Export", "CRM Configuration", "JSON")
    run_to_the_end(qtbot, main_window, action)
    assert len(answers.errors) == 1
    assert "not a folder" in answers.errors[0]
    assert "\n" not in answers.errors[0]
    assert blocker.read_text() == "a file where a folder should be"
    assert not main_window.exports.notice.isVisible()


def test_save_a_copy_and_keep_editing_the_original(
    main_window, qtbot, answers, tmp_path, workshop_path
) -> None:
    copy_path = tmp_path / "copie" / "Atelier copie.journey"
    copy_path.parent.mkdir()
    answers.save = copy_path
    menu_action(main_window, "File", "Save a Copy As").trigger()
    assert answers.errors == []
    assert answers.suggested[0].parent == workshop_path.parent
    document = main_window.document
    assert document.path == workshop_path
    assert "you are still editing “Atelier été.journey”" in main_window.exports.notice.sentence
    with WorkshopFile.open(copy_path, read_only=True) as copy:
        assert workshop_to_dict(copy.workshop) == workshop_to_dict(document.workshop)
    # Edits go on to the original only.
    card = next(iter(document.current_journey.cards.values()))
    main_window.editor.rate_cards([card.id], Rating.DELIGHT)
    with WorkshopFile.open(workshop_path, read_only=True) as original:
        assert original.workshop.journeys[0].cards[card.id].rating is Rating.DELIGHT
    with WorkshopFile.open(copy_path, read_only=True) as copy:
        assert copy.workshop.journeys[0].cards[card.id].rating is card_rating_before(copy, card)


def card_rating_before(copy: WorkshopFile, card) -> Rating:
    return copy.workshop.journeys[0].cards[card.id].rating


def test_a_copy_that_cannot_be_written_says_why_and_loses_nothing(
    main_window, answers, tmp_path, workshop_path
) -> None:
    blocker = tmp_path / "lecture seule"
    blocker.write_text("")
    answers.save = blocker / "copie.journey"
    before = workshop_path.read_bytes()
    menu_action(main_window, "File", "Save a Copy As").trigger()
    assert len(answers.errors) == 1
    assert answers.errors[0].startswith("Cannot write")
    assert main_window.document.path == workshop_path
    assert workshop_path.read_bytes() == before


# Import


def edited_workbook(window, path: Path) -> tuple[Path, object]:
    """The window's workshop exported, one card's text changed and a new card added."""
    document = window.document
    export_workbook(document.workshop, path)
    card = next(iter(document.current_journey.cards.values()))
    book = load_workbook(path)
    sheet = book[TOUCHPOINTS]
    columns = {cell.value: cell.column for cell in sheet[1]}
    row = next(
        r
        for r in range(2, sheet.max_row + 1)
        if sheet.cell(r, columns["Identifiant"]).value == card.id
    )
    sheet.cell(row, columns["Point de contact"]).value = "Je compare les offres en ligne"
    new = sheet.max_row + 1
    for header in ("Parcours", "Étape", "Canal"):
        sheet.cell(new, columns[header]).value = sheet.cell(row, columns[header]).value
    sheet.cell(new, columns["Point de contact"]).value = "Je demande une démo"
    book.save(path)
    return path, card


def test_import_touchpoints_is_one_undo_step(main_window, qtbot, answers, tmp_path) -> None:
    path, card = edited_workbook(main_window, tmp_path / "retour.xlsx")
    document = main_window.document
    journey = document.current_journey
    before = workshop_to_dict(document.workshop)
    count = len(journey.cards)
    answers.open = path
    run_to_the_end(
        qtbot, main_window, menu_action(main_window, "File", "Import", "Touchpoints from Excel")
    )
    assert answers.errors == []
    assert answers.problem_lists == []
    assert card.text == "Je compare les offres en ligne"
    assert len(journey.cards) == count + 1
    assert main_window.edit_actions.undo.text() == "&Undo Import touchpoints"
    assert "1 added, 1 updated" in main_window.exports.notice.sentence
    main_window.edit_actions.undo.trigger()
    assert workshop_to_dict(document.workshop) == before


def test_missing_stage_is_created_when_the_consultant_agrees(
    main_window, qtbot, answers, tmp_path
) -> None:
    path, _card = edited_workbook(main_window, tmp_path / "retour.xlsx")
    book = load_workbook(path)
    sheet = book[TOUCHPOINTS]
    columns = {cell.value: cell.column for cell in sheet[1]}
    sheet.cell(sheet.max_row, columns["Étape"]).value = "Fidélisation"
    book.save(path)
    document = main_window.document
    stages = len(document.workshop.stages)
    answers.open = path
    run_to_the_end(
        qtbot, main_window, menu_action(main_window, "File", "Import", "Touchpoints from Excel")
    )
    assert len(answers.confirmed) == 1
    assert "stage “Fidélisation”" in answers.confirmed[0]
    assert len(document.workshop.stages) == stages + 1
    main_window.edit_actions.undo.trigger()
    assert len(document.workshop.stages) == stages


def test_a_bad_row_lists_the_problems_and_changes_nothing(
    main_window, qtbot, answers, tmp_path
) -> None:
    path, _card = edited_workbook(main_window, tmp_path / "retour.xlsx")
    book = load_workbook(path)
    sheet = book[TOUCHPOINTS]
    columns = {cell.value: cell.column for cell in sheet[1]}
    sheet.cell(sheet.max_row, columns["Évaluation"]).value = "Formidable"
    book.save(path)
    document = main_window.document
    before = workshop_to_dict(document.workshop)
    answers.open = path
    run_to_the_end(
        qtbot, main_window, menu_action(main_window, "File", "Import", "Touchpoints from Excel")
    )
    ((summary, rows),) = answers.problem_lists
    assert summary.startswith("Nothing was imported: the workbook has 1 problem.")
    (row,) = rows
    assert row.sheet == TOUCHPOINTS
    assert row.row == str(sheet.max_row)
    assert "Évaluation" in row.column
    assert workshop_to_dict(document.workshop) == before
    assert not main_window.edit_actions.undo.isEnabled()


def test_a_file_that_is_no_workbook_gets_one_sentence(
    main_window, qtbot, answers, tmp_path
) -> None:
    path = tmp_path / "pas un classeur.xlsx"
    path.write_text("<html>& not a workbook</html>")
    before = workshop_to_dict(main_window.document.workshop)
    answers.open = path
    run_to_the_end(
        qtbot, main_window, menu_action(main_window, "File", "Import", "Touchpoints from Excel")
    )
    assert len(answers.errors) == 1
    assert "\n" not in answers.errors[0]
    assert workshop_to_dict(main_window.document.workshop) == before


def test_a_new_workshop_from_excel_opens_in_the_window(
    main_window, qtbot, answers, tmp_path, workshop_path
) -> None:
    source = tmp_path / "atelier.xlsx"
    export_workbook(main_window.document.workshop, source)
    answers.open = source
    answers.save = tmp_path / "nouveau" / "importé.journey"
    answers.save.parent.mkdir()
    run_to_the_end(
        qtbot, main_window, menu_action(main_window, "File", "Import", "Workshop from Excel")
    )
    assert answers.errors == []
    assert main_window.document.path == answers.save
    assert main_window.document.workshop.name
    assert len(main_window.document.current_journey.cards) > 0
    assert workshop_path.exists()


def test_a_new_workshop_never_replaces_a_file(main_window, answers, tmp_path) -> None:
    source = tmp_path / "atelier.xlsx"
    export_workbook(main_window.document.workshop, source)
    answers.open = source
    answers.save = tmp_path / "déjà là.journey"
    answers.save.write_text("précieux")
    menu_action(main_window, "File", "Import", "Workshop from Excel").trigger()
    assert len(answers.errors) == 1
    assert answers.save.read_text() == "précieux"


@pytest.mark.parametrize("stop", [True, False])
def test_closing_during_an_export_asks_and_stops_it_leaving_nothing_behind(
    main_window, qtbot, answers, tmp_path, monkeypatch, release, stop: bool
) -> None:
    from journey_studio.gui.deliverables import exports

    # The export cannot stop before it is done (it reports no progress): the window gives
    # it a moment, then closes; the work removes its file itself when it ends.
    monkeypatch.setattr(exports, "STOP_WAIT_S", 0.2)
    answers.save = tmp_path / "atelier.xlsx"
    answers.confirm_answer = stop
    main_window.show()
    menu_action(main_window, "File", "Export", "Excel Workbook").trigger()
    job = main_window.exports.job
    assert job is not None
    qtbot.waitUntil(lambda: no_leftovers(tmp_path) != [])  # the work has begun

    main_window.close()
    assert "atelier.xlsx" in answers.confirmed[-1]
    assert main_window.isVisible() is not stop
    with qtbot.waitSignal(job.finished, timeout=30_000):
        release.set()
    assert answers.save.exists() is not stop
    assert no_leftovers(tmp_path) == []


def test_an_export_that_reports_progress_stops_at_once_and_leaves_nothing(
    main_window, qtbot, answers, tmp_path, monkeypatch
) -> None:
    import journey_studio.exporters.pdf as pdf

    started = threading.Event()

    def stoppable_pdf(workshop, out, *, paper, progress) -> None:
        Path(out).write_bytes(b"half a PDF")
        started.set()
        while True:
            progress(1, 2)  # raises once the export is stopped
            threading.Event().wait(0.01)

    monkeypatch.setattr(pdf, "export_pdf", stoppable_pdf)
    answers.save = tmp_path / "atelier.pdf"
    main_window.show()
    menu_action(main_window, "File", "Export", "PDF Deliverable").trigger()
    assert started.wait(10)
    main_window.close()
    assert not main_window.isVisible()
    assert no_leftovers(tmp_path) == []  # gone before the window is
    assert not answers.save.exists()


def test_an_export_that_ends_while_the_question_is_asked_lets_the_window_close(
    main_window, qtbot, answers, tmp_path, release
) -> None:
    answers.save = tmp_path / "atelier.xlsx"
    main_window.show()
    menu_action(main_window, "File", "Export", "Excel Workbook").trigger()
    job = main_window.exports.job
    assert job is not None
    qtbot.waitUntil(lambda: no_leftovers(tmp_path) != [])

    def confirm(title: str, question: str) -> bool:
        with qtbot.waitSignal(job.finished, timeout=30_000):
            release.set()  # the export ends while the consultant reads the question
        return True

    answers.confirm = confirm
    main_window.close()
    assert not main_window.isVisible()
    assert answers.save.exists()  # it was done: written, not thrown away
    assert no_leftovers(tmp_path) == []
