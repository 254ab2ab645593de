"""Text pages: headings, paragraphs, tables and drawings flowed onto as many pages as needed.

A small page-layout engine for the chapters that are read rather than looked at (moments of
truth, stages, pipelines, action plan, inventory). Tables repeat their header on every page
and are continued under "(continued)"; a heading never ends a page; a row taller than a page
is split between its lines. Nothing is cut: every word of every cell is printed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from journey_studio.exporters.pdf.fonts import BOLD, OBLIQUE, REGULAR
from journey_studio.exporters.pdf.pages import Bookmark, DrawContext, PlannedPage
from journey_studio.exporters.pdf.paper import Box, Paper
from journey_studio.exporters.pdf.style import GRID_LINE, HEADER, INK, MUTED, RGB, ROW_SHADE
from journey_studio.exporters.pdf.text import measure, wrap_paragraphs

if TYPE_CHECKING:
    from journey_studio.exporters.pdf.painter import Painter


@dataclass(frozen=True, slots=True)
class TextStyle:
    font: str
    size: float
    colour: RGB
    leading: float = 1.3
    """Line spacing, per unit of size."""

    @property
    def line(self) -> float:
        return self.size * self.leading


class Typography:
    """The text pages' type, grown with the paper (sizes given for A4)."""

    def __init__(self, paper: Paper) -> None:
        pt = paper.pt
        self.title = TextStyle(BOLD, pt(17.0), INK, 1.25)
        self.heading = TextStyle(BOLD, pt(11.5), INK, 1.3)
        self.body = TextStyle(REGULAR, pt(9.0), INK)
        self.note = TextStyle(OBLIQUE, pt(8.5), MUTED)
        self.cell = TextStyle(REGULAR, pt(8.0), INK, 1.28)
        self.cell_bold = TextStyle(BOLD, pt(8.0), INK, 1.28)
        self.cell_muted = TextStyle(REGULAR, pt(8.0), MUTED, 1.28)
        self.header = TextStyle(BOLD, pt(7.5), MUTED, 1.28)
        self.pad = pt(3.5)
        self.gap = pt(8.0)


@dataclass(frozen=True, slots=True)
class Marker:
    """A small drawing at the start of a cell or heading (a badge, a colour dot)."""

    width: float
    height: float
    draw: Callable[[Painter, float, float], None]
    """Draws with its top left corner at (x, y); centred on the first line of text."""


@dataclass(frozen=True, slots=True)
class Cell:
    text: str = ""
    style: TextStyle | None = None
    """None: the table's cell style."""
    marker: Marker | None = None


@dataclass(frozen=True, slots=True)
class Column:
    title: str
    weight: float
    align: str = "left"


@dataclass(slots=True)
class Heading:
    text: str
    level: int = 1
    """0: the chapter's title; 1: a heading in it."""
    bookmark: Bookmark | None = None
    marker: Marker | None = None


@dataclass(slots=True)
class Paragraph:
    text: str
    style: TextStyle | None = None
    """None: body text."""


@dataclass(slots=True)
class Spacer:
    height: float


@dataclass(slots=True)
class Graphic:
    """A drawing of a fixed height across the body's width."""

    height: float
    draw: Callable[[DrawContext, Box], None]


@dataclass(slots=True)
class Table:
    columns: Sequence[Column]
    rows: Sequence[Sequence[Cell]]
    blank_repeats: frozenset[int] = frozenset()
    """Columns whose text is left out when it repeats the row above on the same page."""
    width: float = 1.0
    """The share of the body's width the table takes, from its left edge."""


@dataclass(slots=True)
class PageBreak:
    pass


Block = Heading | Paragraph | Spacer | Graphic | Table | PageBreak
Step = Callable[[DrawContext], None]


@dataclass(slots=True)
class _Page:
    steps: list[Step] = field(default_factory=list)
    bookmarks: list[Bookmark] = field(default_factory=list)


class _Flow:
    """Where the next block goes: the pages so far and the height used on the last one."""

    def __init__(self, paper: Paper, continued: str, frame: Box | None = None) -> None:
        self.type = Typography(paper)
        self.body = frame or paper.body
        self.continued_word = continued
        self.pages: list[_Page] = [_Page()]
        self.y = self.body.y
        self.heading = ""

    @property
    def room(self) -> float:
        return self.body.bottom - self.y

    @property
    def at_top(self) -> bool:
        return self.y <= self.body.y + 0.01

    def new_page(self) -> None:
        self.pages.append(_Page())
        self.y = self.body.y

    def add(self, step: Step) -> None:
        self.pages[-1].steps.append(step)

    def continued(self) -> None:
        """A new page that carries on under the current heading, marked "(continued)"."""
        self.new_page()
        if self.heading:
            style = self.type.note
            text = f"{self.heading} {self.continued_word}"
            x, y = self.body.x, self.y
            self.add(lambda ctx: ctx.painter.text(x, y, text, style.font, style.size, style.colour))
            self.y += self.continued_height

    @property
    def continued_height(self) -> float:
        return self.type.note.line + self.type.pad


def paginate(
    blocks: Sequence[Block],
    paper: Paper,
    section: str,
    continued: str = "(suite)",
    frame: Box | None = None,
) -> list[PlannedPage]:
    """Flow the blocks onto pages of ``paper``, within ``frame`` (by default the body);
    ``section`` heads every page."""
    flow = _Flow(paper, continued, frame)
    pad = flow.type.pad
    for index, block in enumerate(blocks):
        following = blocks[index + 1 : index + 3]
        if isinstance(block, PageBreak):
            if not flow.at_top:
                flow.new_page()
        elif isinstance(block, Spacer):
            if not flow.at_top:
                flow.y += block.height
        elif isinstance(block, Heading):
            _place_heading(flow, block, following)
        elif isinstance(block, Paragraph):
            _place_paragraph(flow, block)
        elif isinstance(block, Graphic):
            if block.height > flow.room and not flow.at_top:
                flow.new_page()
            box = Box(flow.body.x, flow.y, flow.body.width, block.height)
            draw = block.draw
            flow.add(lambda ctx, box=box, draw=draw: draw(ctx, box))
            flow.y += block.height + pad
        else:
            _place_table(flow, block)
    return [
        PlannedPage(section, _run(page.steps), page.bookmarks)
        for page in flow.pages
        if page.steps or page.bookmarks
    ]


def _run(steps: list[Step]) -> Callable[[DrawContext], None]:
    def draw(ctx: DrawContext) -> None:
        for step in steps:
            step(ctx)

    return draw


def _heading_style(type_: Typography, level: int) -> TextStyle:
    return type_.title if level == 0 else type_.heading


def _place_heading(flow: _Flow, block: Heading, following: Sequence[Block]) -> None:
    type_ = flow.type
    style = _heading_style(type_, block.level)
    indent = block.marker.width + type_.pad if block.marker else 0.0
    lines = wrap_paragraphs(block.text, measure(style.font, style.size), flow.body.width - indent)
    before = 0.0 if flow.at_top else (type_.gap * 1.5 if block.level else type_.gap * 2)
    height = before + len(lines) * style.line + type_.pad * (2 if block.level == 0 else 1)
    if height + _first_height(flow, following) > flow.room and not flow.at_top:
        flow.new_page()
        before = 0.0
        height = len(lines) * style.line + type_.pad * (2 if block.level == 0 else 1)
    y = flow.y + before
    x = flow.body.x
    marker = block.marker
    if block.bookmark is not None:
        flow.pages[-1].bookmarks.append(block.bookmark)

    def draw(ctx: DrawContext) -> None:
        if marker is not None:
            marker.draw(ctx.painter, x, y + (style.line - marker.height) / 2)
        ctx.painter.text_lines(
            x + indent, y, lines, style.font, style.size, style.colour, style.line
        )

    flow.add(draw)
    flow.y += height
    flow.heading = block.text


def _first_height(flow: _Flow, blocks: Sequence[Block]) -> float:
    """What must fit under a heading so that it does not end a page: the start of the next
    block, or a short paragraph and the start of the block after it."""
    if not blocks:
        return 0.0
    type_ = flow.type
    block = blocks[0]
    if isinstance(block, Paragraph):
        style = block.style or type_.body
        lines = len(wrap_paragraphs(block.text, measure(style.font, style.size), flow.body.width))
        if lines <= 2:
            return lines * style.line + type_.pad + _first_height(flow, blocks[1:2])
        return 2 * style.line
    if isinstance(block, Graphic):
        return min(block.height, flow.body.height / 2)
    if isinstance(block, Table):
        widths = _widths(flow, block)
        header = (
            _row_height(type_, [[c.title] for c in block.columns], type_.header)
            if _has_header(block)
            else 0.0
        )
        first = _wrap_row(type_, block.rows[0], widths) if block.rows else []
        return header + (
            _row_height(type_, [lines for lines, _ in first], type_.cell) if first else 0
        )
    return 0.0


def _place_paragraph(flow: _Flow, block: Paragraph) -> None:
    style = block.style or flow.type.body
    lines = wrap_paragraphs(block.text, measure(style.font, style.size), flow.body.width)
    x = flow.body.x
    while lines:
        fit = max(0, int(flow.room // style.line))
        if fit == 0:
            flow.new_page()
            continue
        chunk, lines = lines[:fit], lines[fit:]
        y = flow.y
        flow.add(
            lambda ctx, y=y, chunk=chunk: ctx.painter.text_lines(
                x, y, chunk, style.font, style.size, style.colour, style.line
            )
        )
        flow.y += len(chunk) * style.line
    flow.y += flow.type.pad


def _widths(flow: _Flow, table: Table) -> list[float]:
    total = sum(column.weight for column in table.columns) or 1.0
    width = flow.body.width * min(max(table.width, 0.1), 1.0)
    return [width * column.weight / total for column in table.columns]


def _cell_style(type_: Typography, cell: Cell) -> TextStyle:
    return cell.style or type_.cell


def _wrap_row(
    type_: Typography, row: Sequence[Cell], widths: Sequence[float]
) -> list[tuple[list[str], float]]:
    """Each cell's lines and the indent of its text (after its marker)."""
    wrapped = []
    for cell, width in zip(row, widths, strict=True):
        style = _cell_style(type_, cell)
        indent = cell.marker.width + type_.pad if cell.marker else 0.0
        room = width - 2 * type_.pad - indent
        lines = (
            wrap_paragraphs(cell.text, measure(style.font, style.size), room) if cell.text else []
        )
        wrapped.append((lines, indent))
    return wrapped


def _row_height(type_: Typography, cells: Sequence[Sequence[str]], style: TextStyle) -> float:
    lines = max((len(lines) for lines in cells), default=0)
    return max(1, lines) * style.line + 2 * type_.pad


def _place_table(flow: _Flow, table: Table) -> None:
    type_ = flow.type
    pad = type_.pad
    widths = _widths(flow, table)
    lefts = [flow.body.x + sum(widths[:i]) for i in range(len(widths))]
    header_font = measure(type_.header.font, type_.header.size)
    header_lines = [
        wrap_paragraphs(column.title, header_font, width - 2 * pad)
        for column, width in zip(table.columns, widths, strict=True)
    ]
    header_height = _row_height(type_, header_lines, type_.header) if _has_header(table) else 0.0
    fresh_room = flow.body.height - flow.continued_height - header_height
    aligns = [column.align for column in table.columns]

    def place_header() -> None:
        if not header_height:
            return
        y = flow.y
        flow.add(
            lambda ctx: _draw_header(ctx, table, header_lines, lefts, widths, y, header_height)
        )
        flow.y += header_height

    if max(header_height, type_.cell.line) * 2 > flow.room and not flow.at_top:
        flow.new_page()
    place_header()
    previous: list[str] | None = None
    shade = False
    for row in table.rows:
        wrapped = _wrap_row(type_, row, widths)
        line = max((_cell_style(type_, cell).line for cell in row), default=type_.cell.line)
        count = max(1, max((len(lines) for lines, _ in wrapped), default=0))
        texts = [cell.text for cell in row]
        start = 0
        while start < count:
            rest = count - start
            fit = int((flow.room - 2 * pad) // line)
            moves = fit < rest and (fit < 1 or (start == 0 and rest * line + 2 * pad <= fresh_room))
            if moves:
                flow.continued()
                place_header()
                previous = None
                continue
            take = min(rest, fit)
            height = take * line + 2 * pad
            blanks = _blanks(table.blank_repeats, previous if start == 0 else None, texts)
            slices = [(lines[start : start + take], indent) for lines, indent in wrapped]
            flow.add(
                _row_step(
                    type_,
                    row,
                    slices,
                    lefts,
                    widths,
                    aligns,
                    flow.y,
                    height,
                    start == 0,
                    blanks,
                    shade,
                )
            )
            flow.y += height
            start += take
            previous = texts
        shade = not shade
    flow.y += type_.gap


def _blanks(
    columns: frozenset[int], previous: list[str] | None, texts: list[str]
) -> frozenset[int]:
    """The repeated columns to leave blank: left to right, while each repeats the row
    above (a channel is named again under a new stage)."""
    blank: set[int] = set()
    if previous is None:
        return frozenset()
    for index in sorted(columns):
        if previous[index] != texts[index]:
            break
        blank.add(index)
    return frozenset(blank)


def _has_header(table: Table) -> bool:
    return any(column.title for column in table.columns)


def _row_step(
    type_: Typography,
    row: Sequence[Cell],
    slices: list[tuple[list[str], float]],
    lefts: list[float],
    widths: list[float],
    aligns: list[str],
    y: float,
    height: float,
    first: bool,
    blanks: frozenset[int],
    shade: bool,
) -> Step:
    def draw(ctx: DrawContext) -> None:
        _draw_row(
            ctx.painter, type_, row, slices, lefts, widths, aligns, y, height, first, blanks, shade
        )

    return draw


def _draw_header(
    ctx: DrawContext,
    table: Table,
    lines: list[list[str]],
    lefts: list[float],
    widths: list[float],
    y: float,
    height: float,
) -> None:
    painter = ctx.painter
    type_ = Typography(ctx.paper)
    style = type_.header
    painter.rect(lefts[0], y, sum(widths), height, fill=HEADER)
    for column, cell_lines, left, width in zip(table.columns, lines, lefts, widths, strict=True):
        _draw_lines(painter, cell_lines, left, width, y + type_.pad, style, column.align, type_.pad)


def _draw_row(
    painter: Painter,
    type_: Typography,
    row: Sequence[Cell],
    slices: list[tuple[list[str], float]],
    lefts: list[float],
    widths: list[float],
    aligns: list[str],
    y: float,
    height: float,
    first: bool,
    blanks: frozenset[int],
    shade: bool,
) -> None:
    right = lefts[0] + sum(widths)
    if shade:
        painter.rect(lefts[0], y, right - lefts[0], height, fill=ROW_SHADE)
    painter.line(lefts[0], y + height, right, y + height, GRID_LINE, 0.5)
    top = y + type_.pad
    for index, (cell, (lines, indent), left, width, align) in enumerate(
        zip(row, slices, lefts, widths, aligns, strict=True)
    ):
        if index in blanks:
            continue
        style = _cell_style(type_, cell)
        if first and cell.marker is not None:
            marker = cell.marker
            marker.draw(painter, left + type_.pad, top + (style.line - marker.height) / 2)
        _draw_lines(painter, lines, left + indent, width - indent, top, style, align, type_.pad)


def _draw_lines(
    painter: Painter,
    lines: list[str],
    left: float,
    width: float,
    top: float,
    style: TextStyle,
    align: str,
    pad: float,
) -> None:
    if not lines:
        return
    if align == "right":
        for index, line in enumerate(lines):
            painter.text(
                left + width - pad,
                top + index * style.line,
                line,
                style.font,
                style.size,
                style.colour,
                "right",
            )
        return
    painter.text_lines(left + pad, top, lines, style.font, style.size, style.colour, style.line)


__all__ = [
    "Block",
    "Cell",
    "Column",
    "Graphic",
    "Heading",
    "Marker",
    "PageBreak",
    "Paragraph",
    "Spacer",
    "Table",
    "TextStyle",
    "Typography",
    "paginate",
]
