"""File › Import: touchpoints from an edited workbook into the open workshop (one undo
step), or a whole new workshop from a workbook.

The workbook is read off the editor's thread behind a window-modal progress dialog (the
workshop must not change while the import is planned against it). A workbook with problems
changes nothing: its problems are listed by sheet, row and column. When the only trouble is
stages, channels or journeys the workshop lacks, the consultant may create them instead.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from journey_studio.gui.deliverables.background import BackgroundJob, Progress
from journey_studio.gui.deliverables.exports import describe_failure
from journey_studio.model import edits
from journey_studio.storage import SUFFIX, WorkshopFile

if TYPE_CHECKING:
    from journey_studio.gui.deliverables.notice import OutcomeNotice
    from journey_studio.gui.deliverables.problems import ProblemRow
    from journey_studio.gui.deliverables.questions import Questions
    from journey_studio.gui.document import Document
    from journey_studio.gui.settings import Settings
    from journey_studio.importers.excel import ImportProblem, ImportReport
    from journey_studio.model.edits import Edit

IMPORT_TOUCHPOINTS = QT_TRANSLATE_NOOP("Edits", "Import touchpoints")
"""The name of the import's one step in the undo history."""


class Imports(QObject):
    """The Import actions of a window.

    Attributes:
        touchpoints_action, workshop_action: File › Import › Touchpoints / Workshop from Excel.
        import_menu: File › Import.
        ask: the questions asked (replace it to answer without dialogs).
        job: the import at work, or None.
    """

    def __init__(
        self,
        window: QMainWindow,
        document: Callable[[], Document | None],
        settings: Callable[[], Settings],
        notice: OutcomeNotice,
        ask: Questions,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._document = document
        self._settings = settings
        self._notice = notice
        self.ask = ask
        self.job: BackgroundJob | None = None
        self.touchpoints_action = QAction(window)
        self.touchpoints_action.setObjectName("import-touchpoints")
        self.touchpoints_action.triggered.connect(self.import_touchpoints)
        self.workshop_action = QAction(window)
        self.workshop_action.setObjectName("import-workshop")
        self.workshop_action.triggered.connect(self.workshop_from_excel)
        self.import_menu = QMenu(window)
        self.import_menu.setObjectName("import-menu")
        self.import_menu.addAction(self.touchpoints_action)
        self.import_menu.addAction(self.workshop_action)
        self.retranslate()
        self.update_enabled()
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self._window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        self.import_menu.setTitle(self.tr("&Import"))
        self.touchpoints_action.setText(self.tr("&Touchpoints from Excel…"))
        self.touchpoints_action.setStatusTip(
            self.tr("Bring the touchpoints sheet of an edited workbook into this workshop")
        )
        self.workshop_action.setText(self.tr("&Workshop from Excel…"))
        self.workshop_action.setStatusTip(
            self.tr("Make a new workshop file from a workbook or an Excel matrix")
        )

    def update_enabled(self) -> None:
        document = self._document()
        idle = self.job is None
        self.touchpoints_action.setEnabled(idle and document is not None and not document.read_only)
        self.workshop_action.setEnabled(idle)

    def _start_folder(self) -> Path | None:
        document = self._document()
        folder = self._settings().last_export_directory()
        return folder or (document.path.parent if document is not None else None)

    def _run(
        self,
        label: str,
        work: Callable[[Progress], object],
        done: Callable[[object], None],
        target: Path | None = None,
    ) -> None:
        job = BackgroundJob(self._window, label, work, modal=True)
        job.succeeded.connect(done)
        job.failed.connect(partial(self._failed, target))
        job.finished.connect(self._job_finished)
        self.job = job
        self.update_enabled()
        job.start()

    def _job_finished(self) -> None:
        self.job = None
        self.update_enabled()

    # Touchpoints into the open workshop

    def import_touchpoints(self) -> bool:
        """Ask for a workbook and plan its touchpoints against the workshop."""
        document = self._document()
        if document is None or document.read_only or self.job is not None:
            return False
        path = self.ask.open_path(
            self.tr("Import Touchpoints from Excel"),
            self._start_folder(),
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if path is None:
            return False
        workshop = copy.deepcopy(document.workshop)

        def work(_progress: Progress) -> tuple[ImportReport, ImportReport | None]:
            from journey_studio.importers.excel import plan_touchpoints_import

            report = plan_touchpoints_import(path, workshop, unknown="report")
            if report.ok:
                return report, None
            return report, plan_touchpoints_import(path, workshop, unknown="create")

        self._run(
            self.tr("Reading “{name}”…").format(name=path.name),
            work,
            partial(self._planned, document),
        )
        return True

    def _planned(self, document: Document, plans: object) -> None:
        if document is not self._document() or not isinstance(plans, tuple):
            return
        report, creating = plans
        if report.ok:
            self._apply(document, report)
            return
        if creating is not None and creating.ok and creating.edits:
            missing = _created_names(creating.edits)
            if missing and self.ask.confirm(
                self.tr("Import Touchpoints from Excel"),
                self.tr(
                    "The workbook names what the workshop does not have: {names}. "
                    "Create them and import the touchpoints?"
                ).format(names=", ".join(missing)),
            ):
                self._apply(document, creating)
                return
            if missing:
                self._notice.show_outcome(self.tr("Nothing was imported."))
                return
        self._show_problems(report.problems)

    def _apply(self, document: Document, report: ImportReport) -> None:
        edit = report.edit(IMPORT_TOUCHPOINTS)
        if edit is None:
            self._notice.show_outcome(self.tr("Nothing to import: the sheet matches the workshop."))
            return
        if not document.apply(edit):
            return  # the document said why (status bar); nothing changed
        sentence = self.tr(
            "Touchpoints imported: {added} added, {updated} updated, {moved} moved."
        ).format(added=report.added, updated=report.updated, moved=report.moved)
        if report.notes:
            sentence += " " + self.tr("Touchpoints not in the sheet were left as they are.")
        self._notice.show_outcome(sentence)

    def _show_problems(self, problems: Sequence[ImportProblem]) -> None:
        rows = _problem_rows(problems)
        self.ask.problems(
            self.tr("Import Touchpoints from Excel"),
            self.tr(
                "Nothing was imported: the workbook has %n problem(s). Correct them in the "
                "workbook and import it again.",
                "",
                len(rows),
            ),
            rows,
        )

    def _failed(self, target: Path | None, error: object) -> None:
        problems = getattr(error, "problems", ())
        if problems:
            rows = _problem_rows(problems)
            self.ask.problems(self.tr("Import from Excel"), describe_failure(error), rows)
        else:
            self.ask.error(self.tr("Import from Excel"), describe_failure(error, target))

    # A new workshop

    def workshop_from_excel(self) -> bool:
        """Make a new workshop file from a workbook, then open it in this window."""
        if self.job is not None:
            return False
        title = self.tr("New Workshop from Excel")
        source = self.ask.open_path(
            title, self._start_folder(), self.tr("Excel workbooks (*.xlsx)")
        )
        if source is None:
            return False
        target = self.ask.save_path(
            title,
            source.with_suffix(SUFFIX),
            self.tr("Journey Studio workshops (*{suffix})").format(suffix=SUFFIX),
        )
        if target is None:
            return False
        if target.exists():
            self.ask.error(
                title,
                self.tr("“{name}” already exists; choose another name.").format(name=target.name),
            )
            return False

        def work(_progress: Progress) -> Path:
            from journey_studio.importers.excel import workshop_from_xlsx

            workshop = workshop_from_xlsx(source)
            WorkshopFile.create(target, workshop).close()
            return target

        self._run(self.tr("Reading “{name}”…").format(name=source.name), work, self._made, target)
        return True

    def _made(self, path: object) -> None:
        if not isinstance(path, Path):
            return
        opener = getattr(self._window, "open_file", None)
        if callable(opener) and opener(path):
            self._notice.show_outcome(
                self.tr("The workshop “{name}” was made from the workbook.").format(name=path.name),
                path.parent,
            )


def _problem_rows(problems: Sequence[ImportProblem]) -> list[ProblemRow]:
    """The problems as rows of the problems dialog."""
    from journey_studio.gui.deliverables.problems import ProblemRow

    return [
        ProblemRow(p.sheet, "" if p.row is None else str(p.row), p.column or "", p.message)
        for p in problems
    ]


def _created_names(created: Sequence[Edit]) -> list[str]:
    """The stages, channels and journeys an import would create, in the consultant's words."""
    names: list[str] = []
    for edit in created:
        if isinstance(edit, edits.AddStage):
            names.append(
                QCoreApplication.translate("Imports", "stage “{name}”").format(name=edit.stage.name)
            )
        elif isinstance(edit, edits.AddChannel):
            names.append(
                QCoreApplication.translate("Imports", "channel “{name}”").format(
                    name=edit.channel.name
                )
            )
        elif isinstance(edit, edits.AddJourney):
            names.append(
                QCoreApplication.translate("Imports", "journey “{name}”").format(
                    name=edit.journey.name
                )
            )
    return names
