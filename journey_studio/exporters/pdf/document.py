"""The deliverable, planned chapter by chapter, then drawn page by page into a PDF file.

The file is written next to its destination under a temporary name and moved into place
only once complete, so an existing deliverable is never left half-written. reportlab writes
in "invariant" mode: the same workshop gives the same bytes.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas

from journey_studio import __version__
from journey_studio.exporters.pdf.chapters import plan_chapters
from journey_studio.exporters.pdf.contents import Entry, contents_page_count, contents_pages
from journey_studio.exporters.pdf.cover import cover_page
from journey_studio.exporters.pdf.fonts import REGULAR, missing_characters, register_fonts
from journey_studio.exporters.pdf.furniture import draw_furniture
from journey_studio.exporters.pdf.map_cards import CardPrinter, CardText
from journey_studio.exporters.pdf.pages import DrawContext, PlannedPage
from journey_studio.exporters.pdf.painter import Painter
from journey_studio.exporters.pdf.paper import paper as paper_named
from journey_studio.exporters.pdf.report import PdfExportError, PdfReport, Section
from journey_studio.exporters.pdf.scope import Scope, make_scope
from journey_studio.exporters.pdf.text import one_line

if TYPE_CHECKING:
    from journey_studio.exporters.pdf.chapter import Chapter
    from journey_studio.model.workshop import Workshop

Progress = Callable[[int, int], None]
"""Told (pages drawn, pages in all) after each page; raising from it abandons the export."""


def export_pdf(
    workshop: Workshop,
    out: Path,
    *,
    paper: str = "A3",
    journey: str | None = None,
    persona: str | None = None,
    progress: Progress | None = None,
) -> PdfReport:
    """Write the workshop's deliverable to ``out`` (see :mod:`journey_studio.exporters.pdf`)."""
    try:
        sheet = paper_named(paper)
    except ValueError as error:
        raise PdfExportError(str(error)) from None
    register_fonts()
    scope = make_scope(workshop, sheet, journey, persona)
    plan = _plan(scope)
    out = Path(out)
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise PdfExportError(f"The folder {str(folder)!r} does not exist; the PDF was not written.")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=folder)
    except OSError as error:
        raise PdfExportError(
            f"Journey Studio cannot write in {str(folder)!r} ({error.strerror or error})."
        ) from None
    try:
        with os.fdopen(handle, "wb") as stream:
            _render(scope, plan, stream, progress)
        os.chmod(temporary, _file_mode(out))
        os.replace(temporary, out)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise PdfExportError(
            f"Journey Studio cannot write the PDF {str(out)!r} ({error.strerror or error})."
        ) from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    return _report(scope, plan, out)


def _file_mode(out: Path) -> int:
    """The permissions the deliverable gets: those of the file it replaces, or the usual
    ones for a new file (the temporary file is private to its owner until it is complete)."""
    try:
        return stat.S_IMODE(out.stat().st_mode)
    except OSError:
        mask = os.umask(0o022)
        os.umask(mask)
        return 0o666 & ~mask


@dataclass(slots=True)
class _Plan:
    pages: list[PlannedPage]
    entries: list[Entry]
    """Every bookmark, in page order: the PDF's outline (and, most of them, the contents)."""
    chapters: list[Chapter]
    first_pages: list[int]
    """The first page number of each chapter."""


def _plan(scope: Scope) -> _Plan:
    """Every page, numbered, and every bookmark with its page."""
    cover = cover_page(scope)
    chapters = plan_chapters(scope)
    body = [page for chapter in chapters for page in chapter.pages]
    listed = sum(1 for page in body for mark in page.bookmarks if mark.in_contents)
    contents_count = contents_page_count(scope.paper, listed)
    contents_title = scope.wording("contents")

    entries: list[Entry] = []
    in_contents: list[Entry] = []

    def enter(title: str, level: int, page: int, listed: bool) -> None:
        entry = Entry(title, level, f"s{len(entries)}", page)
        entries.append(entry)
        if listed:
            in_contents.append(entry)

    for mark in cover.bookmarks:
        enter(mark.title, mark.level, 1, mark.in_contents)
    enter(contents_title, 0, 2, False)
    first_body = 2 + contents_count
    for offset, page in enumerate(body):
        for mark in page.bookmarks:
            enter(mark.title, mark.level, first_body + offset, mark.in_contents)
    contents = contents_pages(scope.paper, contents_title, in_contents)
    first_pages = []
    number = first_body
    for chapter in chapters:
        first_pages.append(number)
        number += len(chapter.pages)
    return _Plan([cover, *contents, *body], entries, chapters, first_pages)


@contextlib.contextmanager
def binary_streams() -> Iterator[None]:
    """Page streams compressed but not also ASCII85-encoded (reportlab's default is 7-bit
    safe text, which costs as much time as drawing and a fifth more bytes): a PDF is a
    binary file anyway. reportlab reads this setting while it writes; it is put back."""
    saved = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = saved


def _render(scope: Scope, plan: _Plan, stream: object, progress: Progress | None) -> None:
    with binary_streams():
        _draw_pages(scope, plan, stream, progress)


def _draw_pages(scope: Scope, plan: _Plan, stream: object, progress: Progress | None) -> None:
    paper, workshop = scope.paper, scope.workshop
    canvas = Canvas(
        stream,
        pagesize=(paper.width, paper.height),
        invariant=1,
        pageCompression=1,
        initialFontName=REGULAR,
        lang="en" if scope.wording.language == "en" else "fr",
    )
    canvas.setTitle(one_line(workshop.name))
    canvas.setAuthor(one_line(workshop.facilitator))
    canvas.setSubject(one_line(workshop.client))
    canvas.setCreator(f"Journey Studio {__version__}")
    canvas.setKeywords([scope.wording("maps"), scope.wording("personas")])
    painter = Painter(canvas)
    cards = CardPrinter(painter, scope.options, scope.chips)
    total = len(plan.pages)
    opened: dict[int, list[Entry]] = {}
    for entry in plan.entries:
        opened.setdefault(entry.page, []).append(entry)
    for index, page in enumerate(plan.pages):
        canvas.translate(0, paper.height)
        for entry in opened.get(index + 1, ()):
            canvas.bookmarkPage(entry.key)
            canvas.addOutlineEntry(
                entry.title, entry.key, level=entry.level, closed=entry.level > 0
            )
        ctx = DrawContext(painter, paper, scope.wording, cards, index + 1, total, {})
        if page.furniture:
            draw_furniture(ctx, page, workshop)
        page.draw(ctx)
        canvas.showPage()
        if progress is not None:
            progress(index + 1, total)
    canvas.showOutline()
    canvas.save()


def _report(scope: Scope, plan: _Plan, out: Path) -> PdfReport:
    maps = [
        placed.placement(first + placed.offset)
        for chapter, first in zip(plan.chapters, plan.first_pages, strict=True)
        for placed in chapter.maps
    ]
    workshop = scope.workshop
    card_text = CardText(scope.options)
    cards = [card for journey in scope.journeys for card in scope.view(journey).cards.values()]
    texts = [card.text for card in cards]
    texts += [workshop.name, workshop.client, workshop.facilitator, workshop.description]
    texts += [stage.name for stage in workshop.stages]
    texts += [channel.name for channel in workshop.channels]
    texts += [persona.name for persona in workshop.personas]
    return PdfReport(
        path=out,
        paper=scope.paper.name,
        page_size=(scope.paper.width, scope.paper.height),
        page_count=len(plan.pages),
        sections=tuple(Section(entry.title, entry.page, entry.level) for entry in plan.entries),
        maps=tuple(maps),
        card_count=len(cards),
        elided_cards=sum(1 for card in cards if card_text.lines(card)[1]),
        missing_characters=missing_characters(texts),
    )
