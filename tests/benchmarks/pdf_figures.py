"""PDF figures: the deliverable's export time against reportlab alone drawing the same
rectangles and strings, in the same run.

The baseline is measured on exactly what the export draws: one untimed export is recorded
(every rectangle, rounded rectangle, circle, form and icon placed, as its rectangle on its
page; every string, with its font, size and place), then reportlab alone draws that record
on the same paper with the same embedded fonts and settings (compressed binary streams,
invariant output) and saves it. The ratio is what the layout, wrapping, badges, tables and
page planning cost on top of the drawing itself.
"""

from __future__ import annotations

import contextlib
import io
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path

from bench_tools import Figure, median_seconds
from support.synthetic import synthetic_workshop

from journey_studio.exporters.pdf import document as pdf_document
from journey_studio.exporters.pdf import export_pdf
from journey_studio.exporters.pdf.painter import Painter

PAPER = "A3"

Rect = tuple[int, float, float, float, float]
"""(page, x, y, width, height), y from the top of the page."""
Text = tuple[int, float, float, str, float, str]
"""(page, x, top, font, size, string)."""


class _Record:
    def __init__(self) -> None:
        self.rects: list[Rect] = []
        self.texts: list[Text] = []
        self.page_size = (0.0, 0.0)


class _RecordingPainter(Painter):
    """A painter that also notes, in page coordinates, what it draws on pages."""

    record = _Record()

    def __init__(self, canvas: object) -> None:
        super().__init__(canvas)  # type: ignore[arg-type]
        self._origin = [(0.0, 0.0, 1.0)]
        self._in_form = 0
        _RecordingPainter.record.page_size = tuple(canvas._pagesize)  # type: ignore[attr-defined]

    def _page(self) -> int:
        return self.canvas.getPageNumber()

    def _rect(self, x: float, y: float, width: float, height: float) -> None:
        if self._in_form:
            return
        ox, oy, scale = self._origin[-1]
        self.record.rects.append(
            (self._page(), ox + x * scale, oy + y * scale, width * scale, height * scale)
        )

    def _text(self, x: float, y: float, font: str, size: float, text: str) -> None:
        if self._in_form or not text:
            return
        ox, oy, scale = self._origin[-1]
        self.record.texts.append(
            (self._page(), ox + x * scale, oy + y * scale, font, size * scale, text)
        )

    @contextlib.contextmanager
    def map_units(self, x: float, y: float, scale: float) -> Iterator[None]:
        ox, oy, outer = self._origin[-1]
        self._origin.append((ox + x * outer, oy + y * outer, scale * outer))
        try:
            with super().map_units(x, y, scale):
                yield
        finally:
            self._origin.pop()

    def rect(
        self, x: float, y: float, width: float, height: float, *args: object, **kw: object
    ) -> None:
        self._rect(x, y, width, height)
        super().rect(x, y, width, height, *args, **kw)  # type: ignore[arg-type]

    def rounded_rect(
        self, x: float, y: float, width: float, height: float, *args: object, **kw: object
    ) -> None:
        self._rect(x, y, width, height)
        super().rounded_rect(x, y, width, height, *args, **kw)  # type: ignore[arg-type]

    def circle(self, cx: float, cy: float, radius: float, *args: object, **kw: object) -> None:
        self._rect(cx - radius, cy - radius, 2 * radius, 2 * radius)
        super().circle(cx, cy, radius, *args, **kw)  # type: ignore[arg-type]

    def icon(self, name: str, x: float, y: float, size: float, *args: object) -> None:
        self._rect(x, y, size, size)
        super().icon(name, x, y, size, *args)  # type: ignore[arg-type]

    def form(self, name: str, x: float, y: float) -> None:
        self._rect(x, y, 10.0, 10.0)
        super().form(name, x, y)

    def ensure_form(self, name: str, width: float, height: float, draw: object) -> str:
        self._in_form += 1
        try:
            return super().ensure_form(name, width, height, draw)  # type: ignore[arg-type]
        finally:
            self._in_form -= 1

    def text(
        self, x: float, y: float, text: str, font: str, size: float, *args: object, **kw: object
    ) -> None:
        self._text(x, y, font, size, text)
        super().text(x, y, text, font, size, *args, **kw)  # type: ignore[arg-type]

    def text_lines(
        self,
        x: float,
        y: float,
        lines: Sequence[str],
        font: str,
        size: float,
        *args: object,
        **kw: object,
    ) -> None:
        for index, line in enumerate(lines):
            self._text(x, y + index * size * 1.2, font, size, line)
        super().text_lines(x, y, lines, font, size, *args, **kw)  # type: ignore[arg-type]


def _recorded(workshop: object, folder: Path) -> _Record:
    """What one export draws (untimed)."""
    _RecordingPainter.record = _Record()
    saved = pdf_document.Painter
    pdf_document.Painter = _RecordingPainter  # type: ignore[misc]
    try:
        export_pdf(workshop, folder / "recorded.pdf", paper=PAPER)  # type: ignore[arg-type]
    finally:
        pdf_document.Painter = saved  # type: ignore[misc]
    return _RecordingPainter.record


def _reportlab_alone(record: _Record) -> None:
    """reportlab drawing the recorded rectangles and strings, page by page, and saving."""
    from reportlab.pdfgen.canvas import Canvas

    from journey_studio.exporters.pdf.fonts import REGULAR, register_fonts

    register_fonts()
    width, height = record.page_size
    with pdf_document.binary_streams():
        canvas = Canvas(
            io.BytesIO(),
            pagesize=(width, height),
            invariant=1,
            pageCompression=1,
            initialFontName=REGULAR,
        )
        rects = iter(record.rects)
        texts = iter(record.texts)
        rect = next(rects, None)
        text = next(texts, None)
        pages = max(
            record.rects[-1][0] if record.rects else 1,
            record.texts[-1][0] if record.texts else 1,
        )
        for page in range(1, pages + 1):
            while rect is not None and rect[0] == page:
                _, x, y, w, h = rect
                canvas.rect(x, height - y - h, w, h, stroke=1, fill=0)
                rect = next(rects, None)
            while text is not None and text[0] == page:
                _, x, y, font, size, string = text
                canvas.setFont(font, size)
                canvas.drawString(x, height - y - size * 0.93, string)
                text = next(texts, None)
            canvas.showPage()
        canvas.save()


def figures(sizes: list[int]) -> list[Figure]:
    results: list[Figure] = []
    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        for size in sizes:
            workshop = synthetic_workshop(size, seed=size)
            record = _recorded(workshop, folder)
            repeat = 3 if size >= 5000 else 5
            out = folder / f"w-{size}.pdf"
            ours = median_seconds(
                lambda workshop=workshop, out=out: export_pdf(workshop, out, paper=PAPER),
                repeat=repeat,
            )
            alone = median_seconds(lambda record=record: _reportlab_alone(record), repeat=repeat)
            results += [
                Figure(f"pdf_s_{size}", ours, "s", f"export the {PAPER} deliverable"),
                Figure(
                    f"pdf_ratio_vs_reportlab_{size}",
                    ours / alone,
                    "x",
                    f"vs reportlab alone drawing the same {len(record.rects)} rectangles "
                    f"and {len(record.texts)} strings (goal <= 2)",
                ),
            ]
    return results
