"""Reading a consultant's journey matrix into a new workshop.

The sheet has the channels down one column and the stages across one row; each cell holds
the touchpoints of that channel at that stage, one per line. Titles above the matrix, a
band of phases over the stages, blank rows, channels spanning several rows (merged or
not) and stages spanning several columns are tolerated. Each line's rating comes from its
leading sign, else from its rich-text run's colour, else the cell's font colour, else the
cell's fill; a trailing star marks a moment of truth.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from journey_studio.importers.excel.names import guess_channel_kind
from journey_studio.importers.excel.report import WorkbookRejected
from journey_studio.importers.excel.tables import as_text
from journey_studio.importers.excel.untrusted import DEFAULT_LIMITS, Limits, opened_workbook
from journey_studio.importers.excel.vocabulary import normal
from journey_studio.importers.matrix.ratings import (
    rating_of,
    split_moment_of_truth,
    split_sign,
    theme_colours,
)
from journey_studio.model.vocabulary import JourneyKind, Rating
from journey_studio.model.workshop import Card, Channel, Journey, Stage, Workshop

HEADER_SEARCH_ROWS = 20
"""How many non-blank rows from the top may hold titles before the stage headers."""
PHASE_COLOURS = (
    "#4C72B0",
    "#DD8452",
    "#55A868",
    "#8172B3",
    "#C44E52",
    "#937860",
    "#DA8BC3",
    "#8C8C8C",
    "#CCB974",
    "#64B5CD",
)
JOURNEY_NAMES = {"fr": "Parcours actuel", "en": "Current journey"}


@dataclass
class Line:
    text: str
    rating: Rating
    moment_of_truth: bool


@dataclass
class Grid:
    """The sheet's cells by (row, column), with merged ranges spread over their cells."""

    sheet: Any
    merged_origin: dict[tuple[int, int], tuple[int, int]] = field(default_factory=dict)

    def cell(self, row: int, column: int) -> Any | None:
        """The cell, or None where the sheet has none (without creating it)."""
        return self.sheet._cells.get((row, column))

    def value(self, row: int, column: int) -> Any:
        cell = self.cell(*self.merged_origin.get((row, column), (row, column)))
        return None if cell is None else cell.value

    def text(self, row: int, column: int) -> str:
        value = self.value(row, column)
        return (str(value) if value is not None else "").strip()


def read_matrix(
    path: Path,
    *,
    sheet: str | None = None,
    language: str | None = None,
    name: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> Workshop:
    """A new workshop whose current journey is the matrix of ``sheet`` (or of the first
    sheet that holds one). Raises :class:`WorkbookRejected` with one sentence."""
    path = Path(path)
    with opened_workbook(path, limits=limits, read_only=False, rich_text=True) as (book, _):
        theme = theme_colours(getattr(book, "loaded_theme", None))
        if sheet is not None:
            if sheet not in book.sheetnames:
                raise WorkbookRejected(f"The workbook {path.name!r} has no sheet {sheet!r}.")
            candidates = [book[sheet]]
        else:
            active = book.active
            candidates = [active] if active is not None else []
            candidates += [ws for ws in book.worksheets if ws is not active]
        for candidate in candidates:
            if candidate.max_row > limits.max_rows or candidate.max_column > limits.max_columns:
                raise WorkbookRejected(
                    f"The sheet {candidate.title!r} is {candidate.max_row:,} rows by "
                    f"{candidate.max_column:,} columns; Journey Studio reads sheets of up to "
                    f"{limits.max_rows:,} rows and {limits.max_columns:,} columns."
                )
            workshop = _matrix(candidate, theme, language, name or path.stem or "Import")
            if workshop is not None:
                return workshop
    where = f"the sheet {sheet!r}" if sheet else f"any sheet of {path.name!r}"
    raise WorkbookRejected(
        f"No journey matrix was found in {where}: put the channels down the first column "
        "and the stages across the first row."
    )


def _matrix(sheet: Any, theme: tuple[str, ...], language: str | None, name: str) -> Workshop | None:
    grid = Grid(sheet)
    for merged in sheet.merged_cells.ranges:
        for row in range(merged.min_row, merged.max_row + 1):
            for column in range(merged.min_col, merged.max_col + 1):
                grid.merged_origin[(row, column)] = (merged.min_row, merged.min_col)
    # Only the cells the sheet has: a sparse sheet can be vast and nearly empty.
    filled = sorted(
        position for position, cell in sheet._cells.items() if cell.value not in (None, "")
    )
    if not filled:
        return None
    label_column = min(column for _, column in filled)
    columns_of: dict[int, list[int]] = {}
    for row, column in filled:
        columns_of.setdefault(row, []).append(column)
    header_row = _header_row(grid, columns_of, label_column)
    if header_row is None:
        return None

    stages: list[Stage] = []
    stage_of_column: dict[int, Stage] = {}
    by_name: dict[str, Stage] = {}
    header_columns = sorted(
        {
            column
            for (row, column), origin in grid.merged_origin.items()
            if row == header_row and origin[0] == header_row
        }
        | set(columns_of[header_row])
    )
    for column in header_columns:
        if column <= label_column:
            continue
        title = grid.text(header_row, column)
        if not title:
            continue
        stage = by_name.get(normal(title))
        if stage is None:
            stage = Stage(name=title, colour=PHASE_COLOURS[len(stages) % len(PHASE_COLOURS)])
            stages.append(stage)
            by_name[normal(title)] = stage
        stage_of_column[column] = stage

    channels: list[Channel] = []
    channel_by_name: dict[str, Channel] = {}
    cards: list[Card] = []
    per_cell: dict[tuple[str, str], int] = {}
    current: Channel | None = None
    label_rows = {row for (row, column) in grid.merged_origin if column == label_column}
    for row in sorted({r for r in columns_of if r > header_row} | label_rows):
        if row <= header_row:
            continue
        label = grid.text(row, label_column)
        if label:
            current = channel_by_name.get(normal(label))
            if current is None:
                current = Channel(name=label, kind=guess_channel_kind(label))
                channels.append(current)
                channel_by_name[normal(label)] = current
        if current is None:
            continue
        for column in columns_of.get(row, ()):
            stage = stage_of_column.get(column)
            if stage is None:
                continue  # no stage above: a note beside the matrix
            for line in _lines(grid.cell(row, column), theme):
                cell = (stage.id, current.id)
                order = per_cell.get(cell, 0)
                per_cell[cell] = order + 1
                cards.append(
                    Card(
                        text=line.text,
                        stage_id=stage.id,
                        channel_id=current.id,
                        order=order,
                        rating=line.rating,
                        moment_of_truth=line.moment_of_truth,
                    )
                )
    if not stages or not channels:
        return None
    chosen = language if language in ("fr", "en") else _guess_language(cards, stages, channels)
    journey = Journey(
        name=JOURNEY_NAMES[chosen],
        kind=JourneyKind.CURRENT,
        cards={card.id: card for card in cards},
    )
    journey.reindex()
    return Workshop(
        name=name, language=chosen, stages=stages, channels=channels, journeys=[journey]
    )


def _header_row(grid: Grid, columns_of: dict[int, list[int]], label_column: int) -> int | None:
    """The row of stage names, among the first rows of the sheet.

    A row whose first cell names the axes ("Canal / Étape", "Channels", ...) is it;
    otherwise the row with the most distinct one-line texts right of the label column
    (the earliest on a tie: titles and bands of phases come first, then the stages).
    """
    rows = sorted(columns_of)[:HEADER_SEARCH_ROWS]
    for row in rows:
        corner = normal(as_text(grid.value(row, label_column)))
        named = corner and any(word in corner.split() for word in _CORNER_WORDS)
        if named and any(column > label_column for column in columns_of[row]):
            return row
    best, best_score = None, 0
    for row in rows:
        texts = set()
        for column in columns_of[row]:
            if column <= label_column:
                continue
            text = as_text(grid.value(row, column))
            if text.strip() and "\n" not in text:
                texts.add(normal(text))
        if len(texts) > best_score:
            best, best_score = row, len(texts)
    return best


_CORNER_WORDS = frozenset(
    (
        "canal",
        "canaux",
        "channel",
        "channels",
        "etape",
        "etapes",
        "stage",
        "stages",
        "phase",
        "phases",
        "touchpoints",
        "contact",
    )
)


def _lines(cell: Any, theme: tuple[str, ...]) -> list[Line]:
    """The touchpoints of a cell, one per line, each with its rating."""
    value = cell.value
    if value is None:
        return []
    cell_font = cell.font.color if cell.font is not None else None
    fill = cell.fill
    fill_rating = None
    if fill is not None and getattr(fill, "fill_type", None) == "solid":
        fill_rating = rating_of(fill.fgColor, theme)
    font_rating = rating_of(cell_font, theme)
    runs: list[tuple[str, Any]] = []
    if isinstance(value, str):
        runs = [(value, None)]
    elif hasattr(value, "__iter__") and not isinstance(value, bytes):
        for part in value:  # CellRichText: plain strings and TextBlocks
            if isinstance(part, str):
                runs.append((part, None))
            else:
                colour = part.font.color if part.font is not None else None
                runs.append((part.text, colour))
    else:
        runs = [(as_text(value), None)]

    lines: list[list[tuple[str, Any]]] = [[]]
    for text, colour in runs:
        pieces = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        for index, piece in enumerate(pieces):
            if index:
                lines.append([])
            if piece:
                lines[-1].append((piece, colour))

    found: list[Line] = []
    for parts in lines:
        whole = "".join(text for text, _ in parts)
        sign, text = split_sign(whole)
        star, text = split_moment_of_truth(text)
        if not text:
            continue
        rating = sign
        if rating is None:
            for part_text, colour in parts:
                if part_text.strip() and colour is not None:
                    rating = rating_of(colour, theme)
                    if rating is not None:
                        break
        rating = rating or font_rating or fill_rating or Rating.NONE
        found.append(Line(text, rating, star))
    return found


def _guess_language(cards: list[Card], stages: list[Stage], channels: list[Channel]) -> str:
    """French or English, from the first words of the touchpoints and the names."""
    french = english = 0
    for card in cards:
        first = normal(card.text).split(" ", 1)[0] if card.text else ""
        if first in ("je", "j", "on", "nous", "mon", "ma", "mes", "le", "la", "les"):
            french += 1
        elif first in ("i", "we", "my", "the", "our"):
            english += 1
    accents = "éèêàùçôîÉ"
    french += sum(1 for item in [*stages, *channels] if any(c in item.name for c in accents))
    return "en" if english > french else "fr"
