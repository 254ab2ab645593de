"""The rating colours of the canvas, for the exporters (which do not import Qt).

Copied from :mod:`journey_studio.gui.palette` (a test keeps them equal): a delight is the
same green on screen, in the workbook and in the PDF. Each rating also has a text colour
that reaches WCAG AA contrast (4.5:1) on its fill, and an ink for a line of text coloured
by its rating on white paper.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from journey_studio.model.vocabulary import Rating

INK = "#1F2933"
"""Text on light backgrounds (the canvas's ink)."""
WHITE = "#FFFFFF"

RATING_COLOURS: Mapping[Rating, str] = MappingProxyType(
    {
        Rating.DELIGHT: "#2E7D32",
        Rating.IRRITANT: "#F9A825",
        Rating.BREAKING_POINT: "#C62828",
        Rating.NONE: "#9AA3AE",
    }
)
"""Rating -> its fill colour, ``#RRGGBB`` (dark green, amber, red, grey)."""

RATING_TEXT_COLOURS: Mapping[Rating, str] = MappingProxyType(
    {
        Rating.DELIGHT: WHITE,
        Rating.IRRITANT: INK,
        Rating.BREAKING_POINT: WHITE,
        Rating.NONE: INK,
    }
)
"""Rating -> the text colour to write on its fill (contrast 5.1:1 or more)."""

RATING_INK_COLOURS: Mapping[Rating, str] = MappingProxyType(
    {
        Rating.DELIGHT: "#2E7D32",
        Rating.IRRITANT: "#9C5700",
        Rating.BREAKING_POINT: "#C62828",
        Rating.NONE: INK,
    }
)
"""Rating -> the colour of text rated so, on white paper (contrast 5.1:1 or more)."""

MOMENT_OF_TRUTH = "#5E35B1"
"""The moment-of-truth marker: a violet no rating uses."""
