"""The fonts of the deliverable: DejaVu Sans, shipped with the application and embedded.

The consultant's Windows or macOS laptop has no DejaVu, and the client's PDF reader must not
substitute a font: the TrueType files are packaged in ``resources/fonts/`` (with their
licence) and read through :mod:`journey_studio.assets`; the PDF embeds the subsets it uses.
DejaVu Sans draws French (é, à, ç, œ, « », the narrow no-break space) and most European
scripts (Latin, Greek, Cyrillic); :func:`missing_characters` tells which characters it
cannot draw. It is also the font the canvas gets on a Linux desktop, so cards wrap alike.
"""

from __future__ import annotations

import functools
import io
from collections.abc import Iterable

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from journey_studio.assets import resource_bytes
from journey_studio.exporters.pdf.kerning import Kerning

REGULAR = "JourneySans"
BOLD = "JourneySans-Bold"
OBLIQUE = "JourneySans-Oblique"
FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", OBLIQUE: "DejaVuSans-Oblique.ttf"}
FONT_FOLDER = "fonts"

ASCENT = 0.928
"""Height above the baseline, per unit of font size (DejaVu Sans' ``hhea`` ascender, which
Qt uses: a line of the canvas's text starts this far above its baseline)."""
DESCENT = 0.236
LINE_SPACING = ASCENT + DESCENT
"""From one baseline to the next, per unit of font size (Qt's ``lineSpacing``)."""


@functools.cache
def register_fonts() -> None:
    """Load the packaged fonts into reportlab (once per process)."""
    for name, file_name in FILES.items():
        data = resource_bytes(FONT_FOLDER, file_name)
        pdfmetrics.registerFont(TTFont(name, io.BytesIO(data)))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=OBLIQUE)


@functools.cache
def kerning(name: str) -> Kerning:
    """The kerning of one of the fonts (see :mod:`.kerning`)."""
    register_fonts()
    font = pdfmetrics.getFont(name)
    return Kerning(resource_bytes(FONT_FOLDER, FILES[name]), font.face.charToGlyph)


@functools.cache
def _covered() -> frozenset[int]:
    register_fonts()
    regular = pdfmetrics.getFont(REGULAR)
    return frozenset(regular.face.charToGlyph)


def missing_characters(texts: Iterable[str]) -> str:
    """The characters of ``texts`` the fonts cannot draw, sorted, each once (spaces and
    control characters aside)."""
    seen: set[str] = set()
    for text in texts:
        seen.update(text)
    covered = _covered()
    missing = {char for char in seen if ord(char) not in covered and char.isprintable()}
    return "".join(sorted(missing - {" "}))
