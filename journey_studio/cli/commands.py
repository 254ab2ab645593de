"""The front door: ``journey-studio [FILE]`` opens the editor; subcommands work headless.

Every error is one sentence on stderr and a non-zero exit, never a traceback. Heavy
libraries (Qt, openpyxl, reportlab, networkx) are imported only by the commands that need
them, so headless commands start fast.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from journey_studio import __version__
from journey_studio.cli.errors import CommandError

if TYPE_CHECKING:
    from journey_studio.model.workshop import Workshop

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2

Command = Callable[[argparse.Namespace], int]

CRM_FORMATS = ("salesforce", "hubspot", "pipedrive", "odoo", "json", "yaml")
DELIVERABLE_FORMATS = ("xlsx", "pdf", "png", "svg")
EXPORT_FORMATS = DELIVERABLE_FORMATS + CRM_FORMATS


COMMANDS = ("new", "templates", "check", "export", "import", "deploy")
"""The headless commands; anything else opens the editor."""


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments and arguments[0] in COMMANDS:
        parser, run = _commands()[arguments[0]]
        return _guarded(run, parser.parse_args(arguments[1:]))
    options = _editor_parser().parse_args(arguments)
    return _guarded(_open_editor, options)


def _guarded(run: Command, options: argparse.Namespace) -> int:
    try:
        return run(options)
    except _user_errors() as error:  # evaluated only when an exception is on its way
        message = str(error.args[0]) if error.args else str(error)
        print(f"journey-studio: {message}", file=sys.stderr)
        return EXIT_PROBLEMS
    except KeyboardInterrupt:
        return 130


def _user_errors() -> tuple[type[Exception], ...]:
    """What a command reports in one sentence (imported only when something went wrong, so
    that the editor's start-up does not load the model and storage before its window)."""
    from journey_studio.model.edits import EditError
    from journey_studio.model.serialization import InvalidWorkshopData
    from journey_studio.storage import WorkshopFileError

    return (CommandError, WorkshopFileError, InvalidWorkshopData, EditError, LookupError)


def _editor_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="journey-studio",
        description="Journey Studio: customer journey maps for CRM workshops.",
        epilog="Commands: new, templates, check, export, import, deploy "
        "(journey-studio COMMAND --help for each).",
    )
    parser.add_argument("file", nargs="?", type=Path, help="the .journey workshop to open")
    parser.add_argument("--version", action="version", version=f"journey-studio {__version__}")
    parser.add_argument(
        "--sample",
        action="store_true",
        help="open your copy of the sample workshop (a French B2B software vendor)",
    )
    parser.add_argument("--lang", choices=("fr", "en"), help="language of the interface")
    parser.add_argument("--screenshot", type=Path, help=argparse.SUPPRESS)
    return parser


def _commands() -> dict[str, tuple[argparse.ArgumentParser, Command]]:
    from journey_studio.cli import deliverables

    new = argparse.ArgumentParser(
        prog="journey-studio new", description="Create a workshop file from a built-in template."
    )
    new.add_argument("out", type=Path, metavar="OUT.journey")
    new.add_argument("--template", required=True, metavar="NAME")
    new.add_argument("--lang", choices=("fr", "en"), default="fr")

    templates = argparse.ArgumentParser(
        prog="journey-studio templates", description="List the built-in templates."
    )
    templates.add_argument("--lang", choices=("fr", "en"))

    check = argparse.ArgumentParser(
        prog="journey-studio check",
        description="Check a workshop: integrity, first-person phrasing, coverage, findings. "
        "Exits with 1 when there are problems.",
    )
    check.add_argument("file", type=Path, metavar="IN.journey")
    check.add_argument("--json", action="store_true", help="print one JSON object")

    export = argparse.ArgumentParser(
        prog="journey-studio export",
        description="Export a workshop: deliverables (xlsx, pdf, png, svg) or CRM stage "
        "configuration (salesforce, hubspot, pipedrive, odoo, json, yaml). An existing OUT is "
        "replaced only once the new one is complete.",
    )
    export.add_argument("file", type=Path, metavar="IN.journey")
    export.add_argument("--format", required=True, choices=EXPORT_FORMATS)
    export.add_argument("-o", "--out", required=True, type=Path, metavar="OUT")
    export.add_argument(
        "--journey",
        metavar="NAME",
        help="only this journey (name or kind); png and svg: the target journey by default",
    )
    export.add_argument(
        "--paper", type=str.upper, choices=("A3", "A4", "A2", "A1", "A0"), default="A3"
    )
    export.add_argument("--persona", metavar="NAME", help="the map as this persona lives it")
    deliverables.add_export_options(export)

    deploy = argparse.ArgumentParser(
        prog="journey-studio deploy",
        description="Send the workshop's CRM plan to HubSpot or Pipedrive. The token is read "
        "from HUBSPOT_TOKEN or PIPEDRIVE_API_TOKEN, never from the command line.",
    )
    deploy.add_argument("file", type=Path, metavar="IN.journey")
    deploy.add_argument("--to", required=True, choices=("hubspot", "pipedrive"))
    deploy.add_argument("--dry-run", action="store_true", help="print the requests, send nothing")
    return {
        "new": (new, _new),
        "templates": (templates, _templates),
        "check": (check, _check),
        "export": (export, _export),
        "import": (deliverables.import_parser(), deliverables.import_workbook),
        "deploy": (deploy, _deploy),
    }


def _open_editor(options: argparse.Namespace) -> int:
    path: Path | None = options.file
    if options.sample:
        from journey_studio.sample_copy import sample_file

        path = sample_file()
    elif path is not None and not path.exists():
        raise CommandError(f"There is no file {str(path)!r}.")
    from journey_studio.gui.app import run_editor

    return run_editor(path, screenshot=options.screenshot, language=options.lang)


def _new(options: argparse.Namespace) -> int:
    from journey_studio.storage import WorkshopFile
    from journey_studio.templates import workshop_from_template

    out: Path = options.out
    if out.suffix != ".journey":
        raise CommandError(f"A workshop file ends in .journey: {out.name!r} does not.")
    workshop = workshop_from_template(options.template, options.lang)
    with WorkshopFile.create(out, workshop):
        pass
    print(f"Created {out} from the template {options.template!r} ({options.lang}).")
    return EXIT_OK


def _templates(options: argparse.Namespace) -> int:
    from journey_studio.templates import list_templates

    for info in list_templates(options.lang):
        print(f"{info.name:<16} {info.language}  {info.title}: {info.description}")
    return EXIT_OK


def _check(options: argparse.Namespace) -> int:
    from journey_studio.analysis.checks import Finding, Severity, check_workshop
    from journey_studio.exporters.crm import crm_plan, plan_problems
    from journey_studio.storage import WorkshopFile

    with WorkshopFile.open(options.file, read_only=True) as opened:
        report = check_workshop(opened.workshop, opened.integrity_problems())
        crm = plan_problems(crm_plan(opened.workshop))
    report.findings += [Finding(Severity.WARNING, "crm", problem) for problem in crm]
    order = list(Severity)
    report.findings.sort(key=lambda f: order.index(f.severity))
    if options.json:
        import json

        print(json.dumps(report.as_json(), ensure_ascii=False, indent=2))
        return EXIT_OK if report.ok else EXIT_PROBLEMS
    labels = {Severity.PROBLEM: "problem", Severity.WARNING: "warning", Severity.FINDING: "note"}
    for finding in report.findings:
        where = f"[{finding.journey}] " if finding.journey else ""
        print(f"{labels[finding.severity]:<8} {where}{finding.message}")
        if finding.suggestion:
            print(f"{'':<8} suggestion: {finding.suggestion}")
    problems = len(report.problems)
    verdict = "no problems" if not problems else f"{problems} problem{'s' * (problems > 1)}"
    print(f"{options.file}: {verdict}, {len(report.findings) - problems} other remarks.")
    return EXIT_OK if report.ok else EXIT_PROBLEMS


def _export(options: argparse.Namespace) -> int:
    from journey_studio.storage import WorkshopFile

    with WorkshopFile.open(options.file, read_only=True) as opened:
        workshop = opened.workshop
    if options.format in CRM_FORMATS:
        return _export_crm(workshop, options.format, options.out)
    if options.format == "pdf":
        return _export_pdf(workshop, options)
    from journey_studio.cli import deliverables

    if options.format == "xlsx":
        return deliverables.export_workbook_file(workshop, options.out)
    return deliverables.export_image_file(workshop, options)


def _export_pdf(workshop: Workshop, options: argparse.Namespace) -> int:
    from journey_studio.exporters.pdf import PdfExportError, export_pdf

    try:
        report = export_pdf(
            workshop,
            options.out,
            paper=options.paper,
            journey=options.journey,
            persona=options.persona,
        )
    except PdfExportError as error:
        raise CommandError(str(error)) from None
    print(f"Wrote {report.path} ({report.page_count} pages, {report.paper} landscape).")
    for drawn in report.maps:
        if drawn.tiled:
            print(
                f"note: the map {drawn.journey!r} is printed on {drawn.columns} x {drawn.rows} "
                f"pages (text at 6 pt or more); page {drawn.first_page} shows how to assemble them."
            )
    if report.missing_characters:
        print(
            f"warning: the embedded font cannot draw {report.missing_characters!r}; "
            "they print as boxes.",
            file=sys.stderr,
        )
    return EXIT_OK


def _export_crm(workshop: Workshop, name: str, out: Path) -> int:
    from journey_studio.exporters.crm import FORMATS, CrmExportError

    try:
        report = FORMATS[name](workshop, out)
    except CrmExportError as error:
        raise CommandError(str(error)) from error
    for warning in report.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    print(f"Wrote {report.out} ({len(report.files)} files).")
    return EXIT_OK


def _deploy(options: argparse.Namespace) -> int:
    from journey_studio.exporters.crm.deploy import DeployError, deploy
    from journey_studio.storage import WorkshopFile

    with WorkshopFile.open(options.file, read_only=True) as opened:
        try:
            deploy(opened.workshop, options.to, dry_run=options.dry_run)
        except DeployError as error:
            raise CommandError(str(error)) from error
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
