"""Paper sizes and the parts of a page: margins, header, footer and the body between them.

Every page of the deliverable is landscape, so a bound or stapled copy reads the same way
throughout. Sizes are in points (1/72 inch); y is measured from the top of the page down,
like the map's layout. Type on the text pages grows with the paper (A4 is the reference), so
an A1 printout is read from a step back as an A4 one is read in the hand.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

MM = 72.0 / 25.4
"""Points in a millimetre."""

PAPER_MM: dict[str, tuple[float, float]] = {
    "A4": (210.0, 297.0),
    "A3": (297.0, 420.0),
    "A2": (420.0, 594.0),
    "A1": (594.0, 841.0),
    "A0": (841.0, 1189.0),
}
"""ISO 216 sizes, short side first, in millimetres."""
PAPER_NAMES: tuple[str, ...] = tuple(PAPER_MM)
DEFAULT_PAPER = "A3"


@dataclass(frozen=True, slots=True)
class Box:
    """A rectangle on the page: (x, y) is its top left corner, y measured downwards."""

    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def bottom(self) -> float:
        return self.y + self.height

    def inset(self, dx: float, dy: float | None = None) -> Box:
        """The box shrunk by ``dx`` left and right and ``dy`` (default ``dx``) top and bottom."""
        dy = dx if dy is None else dy
        return Box(self.x + dx, self.y + dy, self.width - 2 * dx, self.height - 2 * dy)


@dataclass(frozen=True, slots=True)
class Paper:
    """One paper size, landscape, and where things go on its pages."""

    name: str
    width: float
    height: float
    scale: float
    """How much bigger than on A4 the text pages' type and spacing are."""

    @property
    def margin(self) -> float:
        return 10.0 * MM * self.scale

    @property
    def header(self) -> Box:
        """The running header: workshop and client on the left, the section on the right."""
        return Box(self.margin, self.margin, self.width - 2 * self.margin, 14.0 * self.scale)

    @property
    def footer(self) -> Box:
        """The running footer: date and facilitator on the left, page x of y on the right."""
        height = 14.0 * self.scale
        return Box(
            self.margin, self.height - self.margin - height, self.width - 2 * self.margin, height
        )

    @property
    def body(self) -> Box:
        """Where a page's content goes, between the header and the footer."""
        gap = 8.0 * self.scale
        top = self.header.bottom + gap
        bottom = self.footer.y - gap
        return Box(self.margin, top, self.width - 2 * self.margin, bottom - top)

    def pt(self, size: float) -> float:
        """A size given for A4, on this paper."""
        return size * self.scale


def paper(name: str) -> Paper:
    """The landscape paper of this name (``"A3"``, case-insensitive).

    Raises:
        ValueError: no such paper; the message lists the sizes.
    """
    key = name.strip().upper()
    if key not in PAPER_MM:
        raise ValueError(
            f"There is no paper size {name!r}; choose one of {', '.join(PAPER_NAMES)}."
        )
    short, long = PAPER_MM[key]
    return Paper(key, long * MM, short * MM, math.sqrt(short / PAPER_MM["A4"][0]))
