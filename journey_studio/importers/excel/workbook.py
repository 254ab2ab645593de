"""Reading a workbook Journey Studio wrote, possibly edited in Excel.

:func:`plan_touchpoints_import` reads its touchpoints sheet against an open workshop and
returns the edits (one undoable step) or the problems. :func:`read_workbook` rebuilds a
whole workshop from it: details, channels, journeys and links from the hidden technical
sheet; stages, CRM fields, personas, pipelines and actions from their sheets; then the
touchpoints. Everything goes through the model's edits, so it is checked by the same rules
as an edit in the editor.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import Any

from journey_studio.importers.excel import vocabulary as words
from journey_studio.importers.excel.names import Names, Unknown
from journey_studio.importers.excel.report import ImportProblem, ImportReport, WorkbookRejected
from journey_studio.importers.excel.tables import Row, Table, as_text, is_identifier, read_table
from journey_studio.importers.excel.touchpoints import plan_touchpoints
from journey_studio.importers.excel.untrusted import DEFAULT_LIMITS, Limits, opened_workbook
from journey_studio.importers.excel.vocabulary import Words, normal
from journey_studio.model.edits import (
    AddAction,
    AddCardLink,
    AddChannel,
    AddCrmField,
    AddJourney,
    AddPersona,
    AddPipeline,
    AddStage,
    Compound,
    Edit,
    EditError,
    UpdateWorkshop,
)
from journey_studio.model.vocabulary import (
    ActionStatus,
    ChannelKind,
    CrmFieldType,
    CrmObject,
    ForecastCategory,
    JourneyKind,
    Level,
    new_id,
)
from journey_studio.model.workshop import (
    Action,
    CardLink,
    Channel,
    CrmField,
    Journey,
    Kpi,
    Persona,
    Pipeline,
    PipelineStage,
    Stage,
    UnknownEntity,
    Workshop,
)

FORMAT = "journey-studio-xlsx/1"


def plan_touchpoints_import(
    path: Path, workshop: Workshop, *, unknown: Unknown = "report", limits: Limits = DEFAULT_LIMITS
) -> ImportReport:
    """The edits that bring the workbook's touchpoints sheet into ``workshop``.

    ``workshop`` is not changed: apply ``report.edit()`` (one step, undoable). Raises
    :class:`WorkbookRejected` when the file cannot be read as our workbook at all.
    """
    problems: list[ImportProblem] = []
    with opened_workbook(Path(path), limits=limits) as (book, _):
        table = _touchpoints_table(book, limits, problems)
        edits: list[Edit] = []
        names = Names(workshop, unknown, edits)
        plan = plan_touchpoints(workshop, table, names)
    if problems:
        return ImportReport(problems=tuple(problems))
    edits += plan.edits
    if edits:
        try:
            Compound(tuple(edits)).apply(copy.deepcopy(workshop))
        except (EditError, UnknownEntity) as error:
            problem = ImportProblem(table.sheet, None, None, _message(error))
            return ImportReport(problems=(problem,))
    notes = ()
    if plan.untouched:
        notes = (
            f"{plan.untouched} touchpoints of the workshop are not in the sheet; they were "
            "left as they are.",
        )
    return ImportReport(
        edits=tuple(edits),
        notes=notes,
        added=plan.added,
        updated=plan.updated,
        moved=plan.moved,
        created=tuple(names.created),
    )


def read_workbook(
    path: Path, *, unknown: Unknown = "report", limits: Limits = DEFAULT_LIMITS
) -> Workshop:
    """A new workshop rebuilt from a workbook Journey Studio wrote (edited or not).

    A stage, channel or journey named in a sheet but defined nowhere is reported (a typo,
    most often) or, with ``unknown="create"``, created. Raises :class:`WorkbookRejected`
    when the file cannot be read, or with every problem found (``error.problems``) when it
    is not valid; nothing is half-imported.
    """
    path = Path(path)
    problems: list[ImportProblem] = []
    with opened_workbook(path, limits=limits) as (book, _):
        builder = _Builder(book, path, limits, problems, unknown)
        workshop = builder.build()
    if problems:
        count = len(problems)
        more = f"; and {count - 1} more problem{'s' if count > 2 else ''}" if count > 1 else ""
        raise WorkbookRejected(
            f"The workbook {path.name!r} cannot be imported: {str(problems[0]).rstrip('.')}{more}.",
            tuple(problems),
        )
    return workshop


def is_our_workbook(book: Any) -> bool:
    """Whether an opened workbook has the technical sheet or the touchpoints sheet."""
    return any(
        normal(title) in words.SHEETS["data"] or normal(title) in words.SHEETS["touchpoints"]
        for title in book.sheetnames
    )


def find_sheet(book: Any, key: str) -> Any | None:
    for title in book.sheetnames:
        if normal(title) in words.SHEETS[key]:
            return book[title]
    return None


def _touchpoints_table(book: Any, limits: Limits, problems: list[ImportProblem]) -> Table:
    sheet = find_sheet(book, "touchpoints")
    if sheet is None:
        raise WorkbookRejected(
            "This workbook has no touchpoints sheet ('Points de contact' or 'Touchpoints'); "
            "import a workbook exported by Journey Studio."
        )
    return read_table(
        sheet,
        sheet.title,
        words.TOUCHPOINT_HEADERS,
        words.TOUCHPOINT_REQUIRED,
        limits,
        problems,
    )


def _message(error: Exception) -> str:
    return str(error.args[0]) if error.args else str(error)


_KPI = re.compile(
    r"^(?P<name>.*\S)\s*:\s*(?P<target>[-+\u2212]?\d[\d \u00a0\u202f]*(?:[.,]\d+)?"
    r"(?:[eE][-+]?\d+)?|\u2013)(?:\s+(?P<unit>.*))?$"
)


def parse_kpi(line: str) -> Kpi:
    """``Name : 2,5 %`` (or ``Name: 2.5 %``) -> Kpi; a line without a target is a name."""
    match = _KPI.match(line.strip())
    if match is None:
        return Kpi(name=line.strip())
    target_text = match["target"]
    unit = (match["unit"] or "").strip()
    if target_text == "\u2013":
        return Kpi(name=match["name"], target=None, unit=unit)
    cleaned = re.sub(r"[ \u00a0\u202f]", "", target_text).replace(",", ".").replace("\u2212", "-")
    return Kpi(name=match["name"], target=float(cleaned), unit=unit)


def _pairs(lines: list[str]) -> dict[str, str]:
    """``key : value`` lines as a mapping (an attribute without a value maps to "")."""
    found: dict[str, str] = {}
    for line in lines:
        for separator in (" : ", ": ", ":"):
            key, sep, value = line.partition(separator)
            if sep:
                found[key.strip()] = value.strip()
                break
        else:
            found[line.strip()] = ""
    return found


def _enum(row: Row, key: str, enum: type[Any], default: Any) -> Any:
    value = row.name(key)
    if not value:
        return default
    for member in enum:
        if normal(member.value) == normal(value) or normal(member.name) == normal(value):
            return member
    row.problem(key, f"{value!r} is not one of {', '.join(m.value for m in enum)}.")
    return default


class _Builder:
    """Rebuilds a workshop sheet by sheet, applying each thing as an edit."""

    def __init__(
        self,
        book: Any,
        path: Path,
        limits: Limits,
        problems: list[ImportProblem],
        unknown: Unknown,
    ) -> None:
        self.book = book
        self.path = path
        self.limits = limits
        self.problems = problems
        self.unknown = unknown
        self.workshop = Workshop(name=path.stem or "Import")
        self.links: list[tuple[str, int, CardLink]] = []
        self.pending: list[Edit] = []
        self.applied = 0

    def build(self) -> Workshop:
        touchpoints = _touchpoints_table(self.book, self.limits, self.problems)
        self._data(touchpoints)
        self.names = Names(self.workshop, self.unknown, self.pending)
        self._stages()
        self._crm_fields()
        self._personas()
        self._pipelines()
        if self.problems:
            return self.workshop
        plan = plan_touchpoints(self.workshop, touchpoints, self.names)
        self._flush(touchpoints.sheet)
        for edit in plan.edits:
            self._apply(edit, lambda message: self._sheet_problem(touchpoints.sheet, message))
        self._links()
        self._actions()
        return self.workshop

    # --- applying ------------------------------------------------------------------------

    def _apply(self, edit: Edit, report: Callable[[str], None]) -> bool:
        try:
            edit.apply(self.workshop)
        except (EditError, UnknownEntity) as error:
            report(_message(error))
            return False
        return True

    def _flush(self, sheet: str) -> None:
        """Apply the stages and channels :class:`Names` has planned to create."""
        for edit in self.pending[self.applied :]:
            self._apply(edit, lambda message: self._sheet_problem(sheet, message))
        self.applied = len(self.pending)

    def _sheet_problem(self, sheet: str, message: str) -> None:
        self.problems.append(ImportProblem(sheet, None, None, message))

    def _table(
        self, key: str, headers: dict[str, Words], required: tuple[str, ...]
    ) -> Table | None:
        sheet = find_sheet(self.book, key)
        if sheet is None:
            return None
        return read_table(sheet, sheet.title, headers, required, self.limits, self.problems)

    # --- the technical sheet ---------------------------------------------------------------

    def _data(self, touchpoints: Table) -> None:
        french = sum(1 for h in touchpoints.headers.values() if normal(h) in words.FRENCH_HEADERS)
        language = "fr" if french >= 2 else "en"
        sheet = find_sheet(self.book, "data")
        details: dict[str, Any] = {"language": language}
        if sheet is not None:
            title = sheet.title
            if hasattr(sheet, "reset_dimensions"):
                sheet.reset_dimensions()  # read it all, whatever size it declares
            with closing(sheet.iter_rows(values_only=True)) as rows:
                for number, values in enumerate(rows, 1):
                    if number > self.limits.max_rows:
                        raise WorkbookRejected(
                            f"The sheet {title!r} has more than {self.limits.max_rows:,} rows."
                        )
                    cells = [as_text(v) for v in values[:6]] + [""] * (6 - min(len(values), 6))
                    self._data_row(title, number, cells, details)
        workshop_id = details.pop("id", "")
        if workshop_id and is_identifier(workshop_id):
            self.workshop.id = workshop_id
        values = {k: v for k, v in details.items() if k in UpdateWorkshop.fields}
        for key in ("workshop_date",):
            if not values.get(key):
                values[key] = None
        if values.get("language") not in ("fr", "en"):
            values["language"] = language
        self._apply(
            UpdateWorkshop(self.workshop.id, values),
            lambda message: self._sheet_problem(sheet.title if sheet else "?", message),
        )

    def _data_row(self, title: str, number: int, cells: list[str], details: dict[str, Any]) -> None:
        record = cells[0].strip()

        def problem(message: str) -> None:
            self.problems.append(ImportProblem(title, number, None, message))

        if record == "format" and cells[1] != FORMAT:
            problem(f"This workbook was written by another version ({cells[1]!r}).")
        elif record == "workshop":
            details[cells[1]] = cells[2]
        elif record == "channel":
            kind = next((k for k in ChannelKind if k.value == cells[3]), ChannelKind.DIGITAL)
            channel = Channel(name=cells[2], id=cells[1] or new_id(), kind=kind, icon=cells[4])
            self._apply(AddChannel(channel), problem)
        elif record == "journey":
            kind = next((k for k in JourneyKind if k.value == cells[3]), JourneyKind.CURRENT)
            journey = Journey(name=cells[2], id=cells[1] or new_id(), kind=kind, segment=cells[4])
            self._apply(AddJourney(journey), problem)
        elif record == "link":
            link = CardLink(cells[3], cells[4], id=cells[2] or new_id(), label=cells[5])
            self.links.append((cells[1], number, link))

    # --- the list sheets -----------------------------------------------------------------

    def _stages(self) -> None:
        table = self._table("stages", words.STAGE_HEADERS, ("name",))
        if table is None:
            return
        for row in table.rows:
            name = row.name("name")
            if not name:
                row.problem("name", "A stage needs a name.")
                continue
            stage = Stage(
                name=name,
                id=row.identifier() or new_id(),
                definition=row.text("definition"),
                entry_criteria=row.text("entry_criteria"),
                exit_criteria=row.text("exit_criteria"),
                lifecycle_status=row.text("lifecycle_status"),
                kpis=[parse_kpi(line) for line in row.lines("kpis")],
                phase=row.text("phase"),
                colour=row.colour("colour", "#5B7DB1"),
            )
            if self._apply(AddStage(stage), lambda m, r=row: r.problem(None, m)):
                self.names.stages.add(stage.name, stage.id)

    def _crm_fields(self) -> None:
        table = self._table("crm_fields", words.CRM_FIELD_HEADERS, ("label",))
        if table is None:
            return
        for row in table.rows:
            label = row.name("label")
            if not label:
                row.problem("label", "A CRM field needs a label.")
                continue
            crm_field = CrmField(
                label=label,
                api_name=row.name("api_name"),
                id=row.identifier() or new_id(),
                object=_enum(row, "object", CrmObject, CrmObject.CONTACT),
                custom_object=row.text("custom_object"),
                type=_enum(row, "type", CrmFieldType, CrmFieldType.TEXT),
                allowed_values=row.lines("allowed_values"),
            )
            if self._apply(AddCrmField(crm_field), lambda m, r=row: r.problem(None, m)):
                self.names.crm_fields.add(crm_field.label, crm_field.id)
                if crm_field.api_name:
                    self.names.crm_fields.add(crm_field.api_name, crm_field.id)

    def _personas(self) -> None:
        table = self._table("personas", words.PERSONA_HEADERS, ("name",))
        if table is None:
            return
        for row in table.rows:
            name = row.name("name")
            if not name:
                row.problem("name", "A persona needs a name.")
                continue
            channel_ids: list[str] = []
            for channel_name in row.lines("preferred_channels"):
                found = self.names.channel_named(channel_name)
                if found is None:
                    row.problem("preferred_channels", f"There is no channel {channel_name!r}.")
                elif found not in channel_ids:
                    channel_ids.append(found)
            self._flush(table.sheet)
            persona = Persona(
                name=name,
                id=row.identifier() or new_id(),
                role=row.text("role"),
                description=row.text("description"),
                goals=row.lines("goals"),
                frustrations=row.lines("frustrations"),
                preferred_channel_ids=channel_ids,
                budget=row.text("budget"),
                colour=row.colour("colour", "#8E6BB8"),
                attributes=_pairs(row.lines("attributes")),
            )
            if self._apply(AddPersona(persona), lambda m, r=row: r.problem(None, m)):
                self.names.personas.add(persona.name, persona.id)

    def _pipelines(self) -> None:
        table = self._table("pipelines", words.PIPELINE_HEADERS, ("pipeline",))
        if table is None:
            return
        pipelines: dict[str, tuple[Pipeline, Row]] = {}
        for row in table.rows:
            name = row.name("pipeline")
            if not name:
                row.problem("pipeline", "A pipeline needs a name.")
                continue
            pipeline_id = row.identifier("pipeline_id")
            key = pipeline_id or f"name:{normal(name)}"
            if key not in pipelines:
                pipeline = Pipeline(
                    name=name,
                    id=pipeline_id or new_id(),
                    team=row.text("team"),
                    colour=row.colour("colour", "#3C8D93"),
                )
                pipelines[key] = (pipeline, row)
            pipeline = pipelines[key][0]
            stage_name = row.name("name")
            if not stage_name:
                continue
            journey_stage = row.name("stage")
            stage_id = self.names.stage_named(journey_stage) if journey_stage else None
            if journey_stage and stage_id is None:
                row.problem("stage", f"There is no single stage called {journey_stage!r}.")
            self._flush(table.sheet)
            pipeline.stages.append(
                PipelineStage(
                    name=stage_name,
                    id=row.identifier() or new_id(),
                    probability=row.whole_number("probability", 0, 100),
                    closed=bool(row.yes_no("closed")),
                    won=bool(row.yes_no("won")),
                    forecast_category=row.choice(
                        "forecast_category", words.FORECASTS, "forecast category"
                    )
                    or ForecastCategory.PIPELINE,
                    stale_after_days=row.whole_number("stale_after_days", 1, 3650),
                    entry_criteria=row.text("entry_criteria"),
                    exit_criteria=row.text("exit_criteria"),
                    stage_id=stage_id,
                    signal_fields=self.names.crm_links(row, "signal_fields"),
                )
            )
        for pipeline, row in pipelines.values():
            self._apply(AddPipeline(pipeline), lambda m, r=row: r.problem(None, m))

    # --- after the touchpoints -------------------------------------------------------------

    def _links(self) -> None:
        sheet = find_sheet(self.book, "data")
        for journey_id, number, link in self.links:
            journey = next((j for j in self.workshop.journeys if j.id == journey_id), None)
            if journey is None or not {link.from_card_id, link.to_card_id} <= set(journey.cards):
                continue  # a touchpoint it joined was taken out of the sheet
            self._apply(
                AddCardLink(journey_id, link),
                lambda m, n=number: self.problems.append(
                    ImportProblem(sheet.title if sheet else "?", n, None, m)
                ),
            )

    def _actions(self) -> None:
        table = self._table("actions", words.ACTION_HEADERS, ("text",))
        if table is None:
            return
        cards = {card_id for j in self.workshop.journeys for card_id in j.cards}
        for row in table.rows:
            text = row.text("text")
            if not text.strip():
                row.problem("text", "An action needs a text.")
                continue
            card_id = row.name("card_id") or None
            action = Action(
                text=text,
                id=row.identifier() or new_id(),
                card_id=card_id if card_id in cards else None,
                owner=row.text("owner"),
                priority=row.choice("priority", words.LEVELS, "priority") or Level.MEDIUM,
                impact=row.choice("impact", words.LEVELS, "level of impact") or Level.MEDIUM,
                effort=row.choice("effort", words.LEVELS, "level of effort") or Level.MEDIUM,
                status=row.choice("status", words.STATUSES, "status") or ActionStatus.TODO,
                due=row.date("due"),
            )
            self._apply(AddAction(action), lambda m, r=row: r.problem(None, m))
