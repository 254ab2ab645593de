"""Reading an exported deliverable back with poppler's tools, as a client's reader would.

``pdftotext`` for the text, ``pdfinfo`` for pages and metadata, ``pdffonts`` for the fonts,
``pdftohtml -xml`` for the bookmarks (``pdftoppm`` renders pages in the tests that look).
"""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from journey_studio.exporters.pdf import PdfReport, export_pdf

if TYPE_CHECKING:
    from journey_studio.model.workshop import Workshop

POPPLER = ("pdftotext", "pdfinfo", "pdffonts", "pdftohtml", "pdftoppm")


def run(*command: str) -> str:
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def pdftotext(path: Path, first: int | None = None, last: int | None = None) -> str:
    """The text of the pages, in the order it was drawn (``-raw``)."""
    pages = []
    if first is not None:
        pages += ["-f", str(first)]
    if last is not None:
        pages += ["-l", str(last)]
    return run("pdftotext", "-raw", "-enc", "UTF-8", *pages, str(path), "-")


def pdfinfo(path: Path) -> dict[str, str]:
    info = {}
    for line in run("pdfinfo", str(path)).splitlines():
        key, _, value = line.partition(":")
        info[key.strip()] = value.strip()
    return info


@dataclass(frozen=True)
class OutlineItem:
    level: int
    title: str
    page: int


def outline(path: Path) -> list[OutlineItem]:
    """The PDF's bookmarks, in order, with their depth and page."""
    xml = run("pdftohtml", "-xml", "-stdout", "-i", "-q", str(path))
    start = xml.find("<outline>")
    if start < 0:
        return []
    depth, end = 0, start
    for match in re.finditer(r"</?outline>", xml[start:]):
        depth += -1 if match.group().startswith("</") else 1
        if depth == 0:
            end = start + match.end()
            break
    items: list[OutlineItem] = []

    def walk(element: ElementTree.Element, level: int) -> None:
        for child in element:
            if child.tag == "item":
                items.append(
                    OutlineItem(level, "".join(child.itertext()), int(child.get("page", 0)))
                )
            elif child.tag == "outline":
                walk(child, level + 1)

    walk(ElementTree.fromstring(xml[start:end]), 0)
    return items


def squash(text: str) -> str:
    """Whitespace runs made one space: lines that wrapped read as the typed text."""
    return " ".join(text.split())


def no_space(text: str) -> str:
    """Without any whitespace: a word broken between letters reads whole again."""
    return "".join(text.split())


@dataclass(frozen=True)
class Exported:
    workshop: Workshop
    path: Path
    report: PdfReport
    text: str
    """pdftotext -raw of the whole document."""


def export(workshop: Workshop, path: Path, **options: object) -> Exported:
    report = export_pdf(workshop, path, **options)  # type: ignore[arg-type]
    return Exported(workshop, path, report, pdftotext(path))


def chapter_text(exported: Exported, title: str) -> str:
    """The text of one chapter's pages (from its bookmark to the next chapter's)."""
    chapters = [s for s in exported.report.sections if s.level == 0]
    index = next(i for i, s in enumerate(chapters) if s.title == title)
    first = chapters[index].page
    last = chapters[index + 1].page - 1 if index + 1 < len(chapters) else exported.report.page_count
    return pdftotext(exported.path, first, max(first, last))
