"""Drawing on a page of the deliverable with y measured downwards, as in the layout.

reportlab's origin is the bottom left corner of the page with y growing upwards; the map's
layout and the page plan measure from the top down. Each page is drawn with its origin moved
to the top left corner, so a point (x, y) of the plan is drawn at (x, -y): rectangles,
lines, text and icons below all take top-down coordinates. Inside a map, the same holds in
map units once :meth:`Painter.map_units` has scaled the page.

A big map is tens of thousands of rectangles and strings, so the painter writes the PDF
operators itself into the page (reportlab's ``addLiteral``), with colours formatted once and
numbers to a hundredth, instead of going through reportlab's general-purpose drawing calls,
which cost several times more per call. Text goes through the route reportlab documents for
its TrueType fonts (``splitString`` into subsets, ``getSubsetInternalName``, escaped), so
fonts are subset and embedded as usual.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING

from reportlab.lib.rl_accel import escapePDF
from reportlab.pdfbase import pdfmetrics

from journey_studio.exporters.pdf.fonts import ASCENT, LINE_SPACING
from journey_studio.exporters.pdf.icons import IconForms
from journey_studio.exporters.pdf.style import ICON, RGB
from journey_studio.exporters.pdf.svg_paths import KAPPA

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas


def n(value: float) -> str:
    """A number for the page stream, to a hundredth of a unit."""
    text = f"{value:.2f}"
    return "0" if text in ("0.00", "-0.00") else text


class Painter:
    """A page's canvas with top-down coordinates, and the document's icons."""

    def __init__(self, canvas: Canvas) -> None:
        self.canvas = canvas
        self.icons = IconForms(canvas)
        self._forms: set[str] = set()
        self._fills: dict[RGB, str] = {}
        self._strokes: dict[RGB, str] = {}
        self._fonts: dict[str, object] = {}
        self._emit = canvas.addLiteral

    # --- placement ------------------------------------------------------------------------

    @contextmanager
    def map_units(self, x: float, y: float, scale: float) -> Iterator[None]:
        """Draw in map units: map point (0, 0) at page point (x, y), ``scale`` points per
        unit."""
        canvas = self.canvas
        canvas.saveState()
        canvas.translate(x, -y)
        canvas.scale(scale, scale)
        try:
            yield
        finally:
            canvas.restoreState()

    @contextmanager
    def clipped(self, x: float, y: float, width: float, height: float) -> Iterator[None]:
        """Draw only inside this rectangle."""
        canvas = self.canvas
        canvas.saveState()
        self._emit(f"{n(x)} {n(-(y + height))} {n(width)} {n(height)} re W n")
        try:
            yield
        finally:
            canvas.restoreState()

    # --- colours --------------------------------------------------------------------------

    def _fill(self, colour: RGB) -> str:
        op = self._fills.get(colour)
        if op is None:
            red, green, blue = colour
            op = self._fills[colour] = f"{red:.3f} {green:.3f} {blue:.3f} rg"
        return op

    def _stroke(self, colour: RGB) -> str:
        op = self._strokes.get(colour)
        if op is None:
            red, green, blue = colour
            op = self._strokes[colour] = f"{red:.3f} {green:.3f} {blue:.3f} RG"
        return op

    def _paint(self, path: str, fill: RGB | None, stroke: RGB | None, line_width: float) -> None:
        if fill is None and stroke is None:
            return
        parts = []
        if fill is not None:
            parts.append(self._fill(fill))
        if stroke is not None:
            parts.append(f"{self._stroke(stroke)} {n(line_width)} w")
        parts.append(path)
        parts.append("B" if fill is not None and stroke is not None else "f" if fill else "S")
        self._emit(" ".join(parts))

    # --- shapes ---------------------------------------------------------------------------

    def rect(
        self,
        x: float,
        y: float,
        width: float,
        height: float,
        fill: RGB | None = None,
        stroke: RGB | None = None,
        line_width: float = 1.0,
    ) -> None:
        self._paint(
            f"{n(x)} {n(-(y + height))} {n(width)} {n(height)} re", fill, stroke, line_width
        )

    def rounded_rect(
        self,
        x: float,
        y: float,
        width: float,
        height: float,
        radius: float,
        fill: RGB | None = None,
        stroke: RGB | None = None,
        line_width: float = 1.0,
    ) -> None:
        radius = max(0.0, min(radius, width / 2, height / 2))
        if radius <= 0:
            self.rect(x, y, width, height, fill, stroke, line_width)
            return
        k = radius * KAPPA
        left, right, top, bottom = x, x + width, -y, -(y + height)
        path = (
            f"{n(left + radius)} {n(top)} m "
            f"{n(right - radius)} {n(top)} l "
            f"{n(right - radius + k)} {n(top)} {n(right)} {n(top - radius + k)} "
            f"{n(right)} {n(top - radius)} c "
            f"{n(right)} {n(bottom + radius)} l "
            f"{n(right)} {n(bottom + radius - k)} {n(right - radius + k)} {n(bottom)} "
            f"{n(right - radius)} {n(bottom)} c "
            f"{n(left + radius)} {n(bottom)} l "
            f"{n(left + radius - k)} {n(bottom)} {n(left)} {n(bottom + radius - k)} "
            f"{n(left)} {n(bottom + radius)} c "
            f"{n(left)} {n(top - radius)} l "
            f"{n(left)} {n(top - radius + k)} {n(left + radius - k)} {n(top)} "
            f"{n(left + radius)} {n(top)} c h"
        )
        self._paint(path, fill, stroke, line_width)

    def circle(
        self,
        cx: float,
        cy: float,
        radius: float,
        fill: RGB | None = None,
        stroke: RGB | None = None,
        line_width: float = 1.0,
    ) -> None:
        k = radius * KAPPA
        y = -cy
        path = (
            f"{n(cx + radius)} {n(y)} m "
            f"{n(cx + radius)} {n(y + k)} {n(cx + k)} {n(y + radius)} {n(cx)} {n(y + radius)} c "
            f"{n(cx - k)} {n(y + radius)} {n(cx - radius)} {n(y + k)} {n(cx - radius)} {n(y)} c "
            f"{n(cx - radius)} {n(y - k)} {n(cx - k)} {n(y - radius)} {n(cx)} {n(y - radius)} c "
            f"{n(cx + k)} {n(y - radius)} {n(cx + radius)} {n(y - k)} {n(cx + radius)} {n(y)} c h"
        )
        self._paint(path, fill, stroke, line_width)

    def line(
        self,
        x1: float,
        y1: float,
        x2: float,
        y2: float,
        colour: RGB,
        width: float = 1.0,
        dash: Sequence[float] | None = None,
        round_cap: bool = False,
    ) -> None:
        parts = [f"{self._stroke(colour)} {n(width)} w"]
        if dash:
            parts.append(f"[{' '.join(n(d) for d in dash)}] 0 d")
        if round_cap:
            parts.append("1 J")
        parts.append(f"{n(x1)} {n(-y1)} m {n(x2)} {n(-y2)} l S")
        if dash:
            parts.append("[] 0 d")
        if round_cap:
            parts.append("0 J")
        self._emit(" ".join(parts))

    def lines(
        self, segments: Sequence[tuple[float, float, float, float]], colour: RGB, width: float
    ) -> None:
        """Many straight lines in one go (grid lines)."""
        path = " ".join(f"{n(x1)} {n(-y1)} m {n(x2)} {n(-y2)} l" for x1, y1, x2, y2 in segments)
        if path:
            self._emit(f"{self._stroke(colour)} {n(width)} w {path} S")

    def cubic_path(
        self,
        start: tuple[float, float],
        curves: Sequence[tuple[float, float, float, float, float, float]],
        colour: RGB,
        width: float,
    ) -> None:
        """An open path of Bézier curves, stroked with round caps and joins."""
        path = [f"{n(start[0])} {n(-start[1])} m"]
        for x1, y1, x2, y2, x, y in curves:
            path.append(f"{n(x1)} {n(-y1)} {n(x2)} {n(-y2)} {n(x)} {n(-y)} c")
        self._emit(f"{self._stroke(colour)} {n(width)} w 1 J 1 j {' '.join(path)} S 0 J 0 j")

    def polygon(self, points: Sequence[tuple[float, float]], fill: RGB) -> None:
        """A filled polygon (an arrow head)."""
        first, *rest = points
        path = f"{n(first[0])} {n(-first[1])} m " + " ".join(f"{n(x)} {n(-y)} l" for x, y in rest)
        self._paint(f"{path} h", fill, None, 0.0)

    def left_rounded_band(
        self, x: float, y: float, width: float, height: float, radius: float, fill: RGB
    ) -> None:
        """A band along the left edge of a rounded rectangle (a card's rating stripe)."""
        k = radius * (1 - KAPPA)
        top, bottom = -y, -(y + height)
        path = (
            f"{n(x + width)} {n(top)} m {n(x + radius)} {n(top)} l "
            f"{n(x + k)} {n(top)} {n(x)} {n(top - k)} {n(x)} {n(top - radius)} c "
            f"{n(x)} {n(bottom + radius)} l "
            f"{n(x)} {n(bottom + k)} {n(x + k)} {n(bottom)} {n(x + radius)} {n(bottom)} c "
            f"{n(x + width)} {n(bottom)} l h"
        )
        self._paint(path, fill, None, 0.0)

    # --- text -----------------------------------------------------------------------------

    def _shown(self, text: str, font: str, size: float) -> str:
        """The text-showing operators of one line (font subsets switched as needed)."""
        face = self._fonts.get(font)
        if face is None:
            face = self._fonts[font] = pdfmetrics.getFont(font)
        doc = self.canvas._doc
        parts = []
        for subset, chunk in face.splitString(text, doc):  # type: ignore[attr-defined]
            name = face.getSubsetInternalName(subset, doc)  # type: ignore[attr-defined]
            parts.append(f"{name} {n(size)} Tf ({escapePDF(chunk)}) Tj")
        return " ".join(parts)

    def width(self, text: str, font: str, size: float) -> float:
        """How wide the text is drawn (unkerned, as reportlab draws it)."""
        face = self._fonts.get(font)
        if face is None:
            face = self._fonts[font] = pdfmetrics.getFont(font)
        return face.stringWidth(text, size)  # type: ignore[attr-defined]

    def text(
        self,
        x: float,
        y: float,
        text: str,
        font: str,
        size: float,
        colour: RGB,
        align: str = "left",
    ) -> None:
        """One line whose top is at ``y`` (the baseline one ascent below), aligned on ``x``
        to the ``left``, ``centre`` or ``right``."""
        if not text:
            return
        if align == "centre":
            x -= self.width(text, font, size) / 2
        elif align == "right":
            x -= self.width(text, font, size)
        baseline = -(y + ASCENT * size)
        self._emit(
            f"BT {self._fill(colour)} 1 0 0 1 {n(x)} {n(baseline)} Tm "
            f"{self._shown(text, font, size)} ET"
        )

    def text_lines(
        self,
        x: float,
        y: float,
        lines: Sequence[str],
        font: str,
        size: float,
        colour: RGB,
        leading: float | None = None,
    ) -> None:
        """Left-aligned lines, the first one's top at ``y``, one line spacing apart."""
        if not lines:
            return
        leading = leading if leading is not None else LINE_SPACING * size
        baseline = -(y + ASCENT * size)
        shown = " T* ".join(self._shown(line, font, size) for line in lines)
        self._emit(
            f"BT {self._fill(colour)} {n(leading)} TL 1 0 0 1 {n(x)} {n(baseline)} Tm {shown} ET"
        )

    def centred_lines(
        self,
        x: float,
        y: float,
        width: float,
        lines: Sequence[str],
        font: str,
        size: float,
        colour: RGB,
    ) -> None:
        """Lines centred across ``width`` from ``x``, the first one's top at ``y``."""
        for index, line in enumerate(lines):
            self.text(
                x + width / 2, y + index * LINE_SPACING * size, line, font, size, colour, "centre"
            )

    # --- icons and forms ------------------------------------------------------------------

    def icon(self, name: str, x: float, y: float, size: float, colour: RGB | None = ICON) -> None:
        """A packaged icon in the square of ``size`` at (x, y), all in ``colour`` (by default
        the icons' dark grey), or in its own colours when ``colour`` is None."""
        self.icons.draw(name, x, y, size, colour)

    def form(self, name: str, x: float, y: float) -> None:
        """A form drawn with its top left corner at (x, y) (see :meth:`ensure_form`)."""
        self._emit(f"q 1 0 0 1 {n(x)} {n(-y)} cm")
        self.canvas.doForm(name)
        self._emit("Q")

    def ensure_form(self, name: str, width: float, height: float, draw: Callable[[], None]) -> str:
        """The form of this name, drawn by ``draw`` (in top-down coordinates from its top
        left corner, within ``width`` x ``height``) the first time it is asked for."""
        if name not in self._forms:
            canvas = self.canvas
            canvas.beginForm(name, lowerx=-2, lowery=-(height + 2), upperx=width + 2, uppery=2)
            draw()
            canvas.endForm()
            self._forms.add(name)
        return name
