"""The deliverables on the command line: the Excel workbook and the map as an image
(``journey-studio export --format xlsx|png|svg``), and a workbook brought back in
(``journey-studio import IN.xlsx -o OUT.journey`` or ``--into EXISTING.journey``).

Errors are raised as :class:`CommandError` with one sentence; nothing here leaves a
half-written file: the workbook, the image and a new workshop file are written under a
temporary name and moved into place, and an import into an existing workshop is one
transaction, made only when the whole sheet is valid. Qt, openpyxl and reportlab are
imported only by the command that needs them.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Literal, cast

from journey_studio.cli.errors import CommandError

if TYPE_CHECKING:
    from journey_studio.importers.excel import ImportProblem, WorkbookRejected
    from journey_studio.model.workshop import Workshop

Unknown = Literal["create", "report"]

EXIT_OK = 0
EXIT_PROBLEMS = 1
IMAGE_SUFFIXES = {"png": ".png", "svg": ".svg"}
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")
NOT_YET = {
    ".ojf": "OpenJourney (.ojf)",
    ".mmd": "Mermaid (.mmd)",
}
"""Import formats of the command line contract that this version does not read yet."""


# Export


def add_export_options(parser: argparse.ArgumentParser) -> None:
    """The export options only the image formats use."""
    parser.add_argument(
        "--scale",
        type=float,
        default=2.0,
        help="png: pixels per map unit (default 2; lowered for very large maps)",
    )


def export_workbook_file(workshop: Workshop, out: Path) -> int:
    """``export --format xlsx``: the Excel workbook, in the workshop's language."""
    from journey_studio.exporters.excel import export_workbook

    if out.suffix.casefold() != ".xlsx":
        raise CommandError(f"An Excel workbook ends in .xlsx: {out.name!r} does not.")
    _check_folder(out)
    try:
        export_workbook(workshop, out, language=None)
    except OSError as error:
        raise CommandError(_cannot_write(out, error)) from None
    cards = sum(len(journey.cards) for journey in workshop.journeys)
    journeys = len(workshop.journeys)
    print(f"Wrote {out} ({_count(journeys, 'journey')}, {_count(cards, 'touchpoint')}).")
    return EXIT_OK


def export_image_file(workshop: Workshop, options: argparse.Namespace) -> int:
    """``export --format png|svg``: the map of one journey, as the canvas draws it."""
    out: Path = options.out
    wanted = IMAGE_SUFFIXES[options.format]
    if out.suffix.casefold() != wanted:
        raise CommandError(
            f"A {options.format.upper()} image ends in {wanted}: {out.name!r} does not."
        )
    if not options.scale > 0 or options.scale > 50:
        raise CommandError(f"The scale must be above 0 and at most 50, not {options.scale:g}.")
    journey_id, persona_id = _journey_and_persona(workshop, options.journey, options.persona)

    from journey_studio.gui.image_export import ImageExportError, render_image

    try:
        written = render_image(
            workshop, out, journey_id=journey_id, persona_id=persona_id, scale=options.scale
        )
    except ImageExportError as error:
        raise CommandError(str(error)) from None
    unit = "pixels" if options.format == "png" else "units"
    print(f"Wrote {written.path} ({written.width} x {written.height} {unit}).")
    if written.scaled_down:
        print(
            f"note: the map is too big for the scale {options.scale:g}; "
            f"it was drawn at {written.scale:.2f}.",
            file=sys.stderr,
        )
    return EXIT_OK


def _journey_and_persona(
    workshop: Workshop, journey: str | None, persona: str | None
) -> tuple[str | None, str | None]:
    """The ids named by ``--journey`` and ``--persona``, resolved as the PDF export does."""
    if journey is None and persona is None:
        return None, None
    from journey_studio.exporters.pdf.paper import DEFAULT_PAPER, paper
    from journey_studio.exporters.pdf.report import PdfExportError
    from journey_studio.exporters.pdf.scope import make_scope

    try:
        scope = make_scope(workshop, paper(DEFAULT_PAPER), journey, persona)
    except PdfExportError as error:
        raise CommandError(str(error)) from None
    journey_id = scope.journeys[0].id if journey is not None else None
    persona_id = scope.persona.id if scope.persona is not None else None
    return journey_id, persona_id


# Import


def import_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="journey-studio import",
        description="Bring a workbook in: a new workshop file from an Excel workbook (one "
        "Journey Studio wrote, or a consultant's matrix of channels x stages), or, with "
        "--into, the edited touchpoints sheet into an existing workshop (all or nothing).",
    )
    parser.add_argument("file", type=Path, metavar="IN.xlsx")
    target = parser.add_mutually_exclusive_group(required=True)
    target.add_argument(
        "-o", "--out", type=Path, metavar="OUT.journey", help="the new workshop file"
    )
    target.add_argument(
        "--into",
        type=Path,
        metavar="EXISTING.journey",
        help="update this workshop's touchpoints from the workbook's touchpoints sheet",
    )
    parser.add_argument(
        "--lang", choices=("fr", "en"), help="language of a matrix (guessed by default)"
    )
    parser.add_argument(
        "--unknown",
        choices=("create", "report"),
        default="report",
        help="a stage, channel or journey the sheets name but do not define: create it, or "
        "report it as a problem (default)",
    )
    return parser


def import_workbook(options: argparse.Namespace) -> int:
    """``journey-studio import``."""
    source: Path = options.file
    kind = NOT_YET.get(source.suffix.casefold())
    if kind is not None:
        raise CommandError(f"Importing {kind} files is not available in this version.")
    if not source.is_file():
        raise CommandError(f"There is no file {str(source)!r}.")
    unknown = cast(Unknown, options.unknown)
    if options.into is not None:
        return _import_into(source, options.into, unknown)
    return _import_new(source, options.out, options.lang, unknown)


def _import_new(source: Path, out: Path, language: str | None, unknown: Unknown) -> int:
    from journey_studio.importers.excel import WorkbookRejected, workshop_from_xlsx
    from journey_studio.storage import SUFFIX, write_workshop

    if out.suffix != SUFFIX:
        raise CommandError(f"A workshop file ends in {SUFFIX}: {out.name!r} does not.")
    if out.exists():
        raise CommandError(
            f"{str(out)!r} already exists; choose another name, or use --into to update it."
        )
    _check_folder(out)
    try:
        workshop = workshop_from_xlsx(source, language=language, unknown=unknown)
    except WorkbookRejected as error:
        raise _rejected(source, error) from None
    write_workshop(out, workshop)
    cards = sum(len(journey.cards) for journey in workshop.journeys)
    print(
        f"Created {out} from {source.name}: {_count(cards, 'touchpoint')} in "
        f"{_count(len(workshop.journeys), 'journey')}, {_count(len(workshop.stages), 'stage')}, "
        f"{_count(len(workshop.channels), 'channel')}, "
        f"{_count(len(workshop.personas), 'persona')}."
    )
    return EXIT_OK


def _import_into(source: Path, target: Path, unknown: Unknown) -> int:
    from journey_studio.importers.excel import WorkbookRejected, plan_touchpoints_import
    from journey_studio.storage import WorkshopFile

    if not target.is_file():
        raise CommandError(f"There is no file {str(target)!r}.")
    with WorkshopFile.open(target) as opened:
        if opened.read_only:
            raise CommandError(
                opened.notice or f"{target.name!r} is open read-only; nothing was imported."
            )
        try:
            report = plan_touchpoints_import(source, opened.workshop, unknown=unknown)
        except WorkbookRejected as error:
            raise _rejected(source, error) from None
        if not report.ok:
            raise _problems(source, report.problems, target)
        edit = report.edit()
        if edit is not None:
            opened.apply(edit)
    for note in report.notes:
        print(f"note: {note}")
    if edit is None:
        print(f"{target}: nothing to change, the touchpoints already match the workbook.")
    else:
        print(f"Updated {target}: {report.summary()}")
    return EXIT_OK


def _rejected(source: Path, error: WorkbookRejected) -> CommandError:
    """The error for a workbook refused outright, its problems listed first if it has any."""
    if error.problems:
        return _problems(source, error.problems, None)
    return CommandError(str(error.args[0]))


def _problems(
    source: Path, problems: tuple[ImportProblem, ...], target: Path | None
) -> CommandError:
    """Print every problem (sheet, row, column, what is wrong) to stderr; the error then
    sums them up in one sentence."""
    for problem in problems:
        print(f"  {problem}", file=sys.stderr)
    what = "the problem above" if len(problems) == 1 else f"the {len(problems)} problems above"
    unchanged = f" and {target.name!r} is unchanged" if target is not None else ""
    return CommandError(
        f"Nothing was imported from {source.name!r}{unchanged}: fix {what}, then import it again."
    )


# Shared


def _check_folder(out: Path) -> None:
    folder = out.parent
    if not folder.is_dir():
        raise CommandError(f"The folder {str(folder)!r} does not exist.")
    if not os.access(folder, os.W_OK):
        raise CommandError(f"Cannot write in the folder {str(folder)!r}: permission denied.")


def _cannot_write(out: Path, error: OSError) -> str:
    return f"{out.name!r} cannot be written: {error.strerror or type(error).__name__}."


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'s' if number != 1 else ''}"
