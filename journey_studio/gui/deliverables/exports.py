"""File › Save a Copy As… and File › Export: the workbook, the PDF, the map as an image, and
the CRM configuration, each written from a snapshot of the workshop.

An export runs off the editor's thread (the map as an image is drawn by Qt, so on the
editor's thread, behind the same dialog). It writes a hidden temporary file beside the
destination and moves it into place only when the export succeeded and was not cancelled:
an existing file is never left half-written, and a cancelled export leaves nothing.
"""

from __future__ import annotations

import contextlib
import copy
import os
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu

from journey_studio.gui.deliverables.background import BackgroundJob, Progress
from journey_studio.gui.deliverables.notice import OutcomeNotice
from journey_studio.gui.deliverables.questions import Questions
from journey_studio.gui.deliverables.targets import file_name, partial_path
from journey_studio.storage import SUFFIX

if TYPE_CHECKING:
    from journey_studio.gui.document import Document
    from journey_studio.gui.settings import Settings
    from journey_studio.model.workshop import Workshop

PAPERS = ("A3", "A4", "A2", "A1", "A0")
STOP_WAIT_S = 10.0
"""How long a closing window waits for a stopped export to end (an exporter that does not
report its progress cannot stop before it is done)."""
"""The PDF's paper sizes, the default first."""
CRM_FORMATS = (
    ("salesforce", "Salesforce"),
    ("hubspot", "HubSpot"),
    ("pipedrive", "Pipedrive"),
    ("odoo", "Odoo"),
    ("json", "JSON"),
    ("yaml", "YAML"),
)
"""The CRM exports (their ``FORMATS`` name) and their menu names."""


@dataclass(frozen=True)
class Written:
    """What an export wrote, for the status bar."""

    warnings: tuple[str, ...] = ()


def describe_failure(error: object, target: Path | None = None) -> str:
    """One sentence for the consultant from what an export, import or copy raised.

    The product's own errors already are one sentence; a system error says which file and
    why; anything else (a library's error) says which file could not be written.
    """
    if isinstance(error, OSError):
        name = Path(error.filename).name if error.filename else ""
        reason = (error.strerror or str(error)).rstrip(".")
        if name:
            return QApplication.translate("Exports", "Cannot write “{name}”: {reason}.").format(
                name=name, reason=reason
            )
        return reason + "."
    text = str(error).strip()
    if type(error).__module__.startswith("journey_studio.") and text:
        return text
    if target is not None:
        return QApplication.translate(
            "Exports",
            "Cannot write “{name}” in “{folder}”: check that the folder exists and that "
            "you may write in it.",
        ).format(name=target.name, folder=target.parent)
    return QApplication.translate("Exports", "The operation failed ({kind}).").format(
        kind=type(error).__name__
    )


class Exports(QObject):
    """The Save a Copy and Export actions of a window, and the exports they run.

    Attributes:
        save_copy_action, excel_action, pdf_action, png_action, svg_action: the actions.
        crm_actions: the CRM configuration actions by format name (``"salesforce"``, ...).
        export_menu, crm_menu: File › Export and its CRM Configuration submenu.
        ask: the questions asked (replace it to answer without dialogs).
        notice: the status bar's word on the last export.
        job: the export at work, or None.
    """

    def __init__(
        self,
        window: QMainWindow,
        document: Callable[[], Document | None],
        settings: Callable[[], Settings],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._document = document
        self._settings = settings
        self.ask = Questions(window)
        self.notice = OutcomeNotice(window)
        self.job: BackgroundJob | None = None
        self._writing: tuple[Path, Path] | None = None
        """While a job runs: the file it writes, and the temporary file it writes first."""

        self.save_copy_action = QAction(window)
        self.save_copy_action.setObjectName("save-copy")
        self.save_copy_action.triggered.connect(self.save_copy)
        self.excel_action = QAction(window)
        self.excel_action.setObjectName("export-excel")
        self.excel_action.triggered.connect(self.export_excel)
        self.pdf_action = QAction(window)
        self.pdf_action.setObjectName("export-pdf")
        self.pdf_action.triggered.connect(self.export_pdf)
        self.png_action = QAction(window)
        self.png_action.setObjectName("export-png")
        self.png_action.triggered.connect(partial(self.export_image, ".png"))
        self.svg_action = QAction(window)
        self.svg_action.setObjectName("export-svg")
        self.svg_action.triggered.connect(partial(self.export_image, ".svg"))
        self.export_menu = QMenu(window)
        self.export_menu.setObjectName("export-menu")
        self.crm_menu = QMenu(window)
        self.crm_menu.setObjectName("export-crm-menu")
        self.crm_actions: dict[str, QAction] = {}
        for name, title in CRM_FORMATS:
            action = QAction(title, window)
            action.setObjectName(f"export-crm-{name}")
            action.triggered.connect(partial(self.export_crm, name))
            self.crm_actions[name] = action
            self.crm_menu.addAction(action)
        for action in (self.excel_action, self.pdf_action):
            self.export_menu.addAction(action)
        self.export_menu.addSeparator()
        self.export_menu.addAction(self.png_action)
        self.export_menu.addAction(self.svg_action)
        self.export_menu.addSeparator()
        self.export_menu.addMenu(self.crm_menu)
        self.retranslate()
        self.update_enabled()
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self._window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        self.save_copy_action.setText(self.tr("Save a &Copy As…"))
        self.save_copy_action.setStatusTip(
            self.tr("Write a copy of the workshop to another file and keep editing this one")
        )
        self.export_menu.setTitle(self.tr("&Export"))
        self.excel_action.setText(self.tr("&Excel Workbook…"))
        self.pdf_action.setText(self.tr("&PDF Deliverable…"))
        self.png_action.setText(self.tr("Map as P&NG Image…"))
        self.svg_action.setText(self.tr("Map as &SVG…"))
        self.crm_menu.setTitle(self.tr("&CRM Configuration"))

    def update_enabled(self) -> None:
        """Exports need a workshop, and run one at a time."""
        usable = self._document() is not None and self.job is None
        self.save_copy_action.setEnabled(self._document() is not None)
        self.export_menu.setEnabled(usable)
        for action in (self.excel_action, self.pdf_action, self.png_action, self.svg_action):
            action.setEnabled(usable)
        for action in self.crm_actions.values():
            action.setEnabled(usable)

    # Save a copy

    def save_copy(self) -> bool:
        """Write the whole workshop to another file; the window keeps the original open."""
        document = self._document()
        if document is None:
            return False
        title = self.tr("Save a Copy")
        suggested = document.path.with_name(
            self.tr("{name} (copy)").format(name=document.path.stem) + SUFFIX
        )
        target = self.ask.save_path(
            title, suggested, self.tr("Journey Studio workshops (*{suffix})").format(suffix=SUFFIX)
        )
        if target is None:
            return False
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            written = document.save_copy(target)
        except Exception as error:  # one sentence, whatever the storage library raised
            QApplication.restoreOverrideCursor()
            self.ask.error(title, describe_failure(error, target))
            return False
        QApplication.restoreOverrideCursor()
        self.notice.show_outcome(
            self.tr("A copy was saved as “{copy}”; you are still editing “{original}”.").format(
                copy=written.name, original=document.path.name
            ),
            written.parent,
        )
        return True

    # Exports

    def export_excel(self) -> bool:
        from journey_studio.exporters.excel import export_workbook

        def work(workshop: Workshop, out: Path, _progress: Progress) -> Written:
            export_workbook(workshop, out, language=None)
            return Written()

        return self._export(
            self.tr("Export the Excel Workbook"),
            ".xlsx",
            self.tr("Excel workbooks (*.xlsx)"),
            (),
            work,
        )

    def export_pdf(self) -> bool:
        from journey_studio.exporters.pdf import export_pdf

        paper = self.ask.choice(
            self.tr("Export the PDF Deliverable"),
            self.tr("Paper size (landscape):"),
            PAPERS,
            PAPERS[0],
        )
        if paper is None:
            return False

        def work(workshop: Workshop, out: Path, progress: Progress) -> Written:
            export_pdf(workshop, out, paper=paper, progress=progress.report)
            return Written()

        return self._export(
            self.tr("Export the PDF Deliverable"), ".pdf", self.tr("PDF files (*.pdf)"), (), work
        )

    def export_image(self, suffix: str, _checked: bool = False) -> bool:
        """The map on screen (its journey, its persona filter) as a PNG or SVG file."""
        from journey_studio.gui.image_export import export_image

        document = self._document()
        journey = document.current_journey if document is not None else None
        if document is None or journey is None:
            return False
        journey_id, persona_id = journey.id, document.persona_filter

        def work(workshop: Workshop, out: Path, _progress: Progress) -> Written:
            export_image(workshop, out, journey_id=journey_id, persona_id=persona_id)
            return Written()

        if suffix == ".svg":
            title, file_filter = self.tr("Export the Map as SVG"), self.tr("SVG drawings (*.svg)")
        else:
            title, file_filter = (
                self.tr("Export the Map as an Image"),
                self.tr("PNG images (*.png)"),
            )
        return self._export(title, suffix, file_filter, (journey.name,), work, in_thread=False)

    def export_crm(self, name: str, _checked: bool = False) -> bool:
        """The CRM configuration in one format, as a zip archive for the CRM's admin."""
        from journey_studio.exporters.crm import FORMATS

        title = dict(CRM_FORMATS)[name]

        def work(workshop: Workshop, out: Path, _progress: Progress) -> Written:
            report = FORMATS[name](workshop, out)
            return Written(tuple(report.warnings))

        return self._export(
            self.tr("Export the {crm} Configuration").format(crm=title),
            ".zip",
            self.tr("Zip archives (*.zip)"),
            (title,),
            work,
        )

    def _export(
        self,
        title: str,
        suffix: str,
        file_filter: str,
        name_parts: tuple[str, ...],
        work: Callable[[Workshop, Path, Progress], Written],
        *,
        in_thread: bool = True,
    ) -> bool:
        document = self._document()
        if document is None or self.job is not None:
            return False
        folder = self._settings().last_export_directory() or document.path.parent
        suggested = folder / file_name(document.workshop.name, *name_parts, suffix=suffix)
        out = self.ask.save_path(title, suggested, file_filter)
        if out is None:
            return False
        temporary = partial_path(out)
        # Exporters only read the model; a copy lets the map be edited while they work.
        workshop = copy.deepcopy(document.workshop) if in_thread else document.workshop

        def write(progress: Progress) -> Written:
            written = work(workshop, temporary, progress)
            if progress.cancelled:  # the window may be closing: clean up from here
                _remove(temporary)
            return written

        job = BackgroundJob(
            self._window,
            self.tr("Writing “{name}”…").format(name=out.name),
            write,
            in_thread=in_thread,
        )
        job.succeeded.connect(partial(self._written, title, out, temporary))
        job.failed.connect(partial(self._failed, title, out, temporary))
        job.cancelled.connect(partial(self._cancelled, temporary))
        job.finished.connect(self._job_finished)
        self.job = job
        self._writing = (out, temporary)
        self.update_enabled()
        job.start()
        return True

    def may_close(self) -> bool:
        """Whether the window may close now. While an export runs, the consultant chooses:
        stop it (nothing is written, nothing left behind) and close, or keep working."""
        job, writing = self.job, self._writing
        if job is None or writing is None or not job.running:
            return True
        out, temporary = writing
        question = self.tr("“{name}” is still being written. Stop it and close the window?")
        if not self.ask.confirm(self.tr("Close Journey Studio"), question.format(name=out.name)):
            return False
        if self.job is not job or not job.running:
            return True  # it ended while the question was asked
        if job.stop(STOP_WAIT_S):
            _remove(temporary)
        # Otherwise the work removes its file itself when it ends (see _export).
        return True

    def _written(self, title: str, out: Path, temporary: Path, written: object) -> None:
        try:
            os.replace(temporary, out)
        except OSError as error:
            _remove(temporary)
            self.ask.error(title, describe_failure(error))
            return
        self._settings().set_last_export_directory(out.parent)
        warnings = written.warnings if isinstance(written, Written) else ()
        sentence = self.tr("Exported “{name}”.").format(name=out.name)
        if warnings:
            sentence += " " + self.tr("%n warning(s): ", "", len(warnings)) + warnings[0]
        self.notice.show_outcome(sentence, out.parent)
        self.notice.setToolTip("\n".join((str(out), *warnings)))

    def _failed(self, title: str, out: Path, temporary: Path, error: object) -> None:
        _remove(temporary)
        self.notice.clear_notice()
        self.ask.error(title, describe_failure(error, out))

    def _cancelled(self, temporary: Path) -> None:
        _remove(temporary)
        self.notice.show_outcome(self.tr("Export cancelled; nothing was written."))

    def _job_finished(self) -> None:
        self.job = None
        self._writing = None
        self.update_enabled()


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        if path.is_dir():
            import shutil

            shutil.rmtree(path)
        else:
            path.unlink(missing_ok=True)
