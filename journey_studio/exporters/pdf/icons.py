"""The packaged icons, drawn in the PDF as vector paths from their own SVG files.

reportlab does not read SVG; :mod:`.svg_paths` reads the icons' small subset of it into
paths, so the star, the warning triangle with its "!", the stop octagon with its "×", the
flag, the database and the channels print crisp at any size and exactly as the canvas draws
them. Each icon is drawn once per colour into a PDF form and placed wherever it appears,
which keeps big maps small and fast. Like the canvas, an icon in a colour is the icon with
all its ink in that colour (or in its own colours, for the application's icon); a missing
or unreadable icon is left out.
"""

from __future__ import annotations

import functools
import logging
import xml.etree.ElementTree as ElementTree
from typing import TYPE_CHECKING

from reportlab.pdfgen.canvas import FILL_NON_ZERO, Canvas

from journey_studio.assets import MissingResource, icon_bytes
from journey_studio.exporters.pdf.style import ICON, RGB
from journey_studio.exporters.pdf.svg_paths import CURVE, LINE, MOVE, Icon, Op, parse_svg

if TYPE_CHECKING:
    from reportlab.pdfgen.pathobject import PDFPathObject

_log = logging.getLogger(__name__)


@functools.cache
def load_icon(name: str) -> Icon | None:
    """The packaged icon of this name, or None (logged once) when missing or unreadable."""
    try:
        return parse_svg(icon_bytes(name))
    except (MissingResource, ElementTree.ParseError, ValueError) as error:
        _log.debug("The icon %r cannot be drawn in the PDF (%s); it is left out.", name, error)
        return None


class IconForms:
    """The icons of one PDF, each drawn once per colour into a form and placed from there.

    Coordinates are the deliverable's: y grows downwards, as :mod:`.painter` sets up.
    """

    def __init__(self, canvas: Canvas) -> None:
        self._canvas = canvas
        self._forms: dict[tuple[str, RGB | None], str | None] = {}

    def form(self, name: str, colour: RGB | None = ICON) -> str | None:
        """The form of this icon in this colour, or in its own colours when ``colour`` is
        None (made on first use); None if the icon is missing."""
        key = (name, colour)
        if key in self._forms:
            return self._forms[key]
        icon = load_icon(name)
        form_name = None
        if icon is not None:
            form_name = f"icon{len(self._forms)}"
            self._define(form_name, icon, colour)
        self._forms[key] = form_name
        return form_name

    def draw(self, name: str, x: float, y: float, size: float, colour: RGB | None = ICON) -> None:
        """Draw the icon in the square of ``size`` whose top left corner is (x, y)."""
        form_name = self.form(name, colour)
        if form_name is None:
            return
        icon = load_icon(name)
        assert icon is not None
        _, _, width, height = icon.view_box
        scale = size / max(width, height)
        left = x + (size - width * scale) / 2
        bottom = -(y + (size - height * scale) / 2 + height * scale)
        canvas = self._canvas
        canvas.addLiteral(f"q {scale:.4f} 0 0 {scale:.4f} {left:.2f} {bottom:.2f} cm")
        canvas.doForm(form_name)
        canvas.addLiteral("Q")

    def _define(self, form_name: str, icon: Icon, colour: RGB | None) -> None:
        canvas = self._canvas
        min_x, min_y, width, height = icon.view_box
        canvas.beginForm(form_name, lowerx=-4, lowery=-4, upperx=width + 4, uppery=height + 4)
        canvas.saveState()
        canvas.transform(1, 0, 0, -1, -min_x, height + min_y)
        for shape in icon.shapes:
            if not (shape.fill or shape.stroke):
                continue
            canvas.setFillColorRGB(*(colour or shape.fill_colour))
            canvas.setStrokeColorRGB(*(colour or shape.stroke_colour))
            canvas.setLineWidth(shape.width)
            canvas.setLineCap(1 if shape.round_caps else 0)
            canvas.setLineJoin(1 if shape.round_joins else 0)
            path = canvas.beginPath()
            add_ops(path, shape.ops)
            canvas.drawPath(
                path, stroke=int(shape.stroke), fill=int(shape.fill), fillMode=FILL_NON_ZERO
            )
        canvas.restoreState()
        canvas.endForm()


def add_ops(path: PDFPathObject, ops: tuple[Op, ...]) -> None:
    """Append path operations to a reportlab path object."""
    for op in ops:
        kind = op[0]
        if kind == MOVE:
            path.moveTo(op[1], op[2])
        elif kind == LINE:
            path.lineTo(op[1], op[2])
        elif kind == CURVE:
            path.curveTo(*op[1:])
        else:
            path.close()
