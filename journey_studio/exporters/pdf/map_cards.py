"""The cards of a printed map, drawn as the canvas draws them (``card_item.py``).

A white rounded card with its rating's colour in a stripe down the left edge; its text
wrapped (and, when too long, cut with an ellipsis) exactly as on screen; along the bottom the
rating badge (star, warning triangle, stop octagon), up to three persona chips and "+N", and
on the right the moment-of-truth flag (the card then has a violet frame) and the CRM badge
with the number of CRM fields. What every card shares (its outline, the badges, a persona's
chip) is drawn once into a PDF form and placed card after card.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from journey_studio.exporters.pdf.fonts import BOLD, LINE_SPACING, REGULAR
from journey_studio.exporters.pdf.style import (
    CARD_BORDER,
    CRM,
    CRM_ICON,
    INK,
    MOMENT_OF_TRUTH,
    MOMENT_OF_TRUTH_ICON,
    MUTED,
    RATING_ICON,
    RGB,
    WHITE,
    CardSizes,
    rating_colour,
    rating_ink,
    rgb,
    text_on,
    tint,
)
from journey_studio.exporters.pdf.text import clean, measure, wrap_lines
from journey_studio.model.vocabulary import Rating

if TYPE_CHECKING:
    from journey_studio.exporters.pdf.painter import Painter
    from journey_studio.layout import LayoutOptions, Rect
    from journey_studio.model.workshop import Card, Persona

S = CardSizes


def initials(name: str) -> str:
    """Up to two capital initials of a name, as on the canvas: "Claire Martin" -> "CM"."""
    words = [word for word in name.replace("-", " ").split() if word[:1].isalnum()]
    if not words:
        return "?"
    if len(words) == 1:
        return words[0][:2].upper()
    return (words[0][0] + words[1][0]).upper()


@dataclass(frozen=True, slots=True)
class Chip:
    """A persona as cards show it: initials on its colour."""

    persona_id: str
    initials: str
    fill: RGB
    ink: RGB


def persona_chips(personas: list[Persona]) -> dict[str, Chip]:
    """Persona id -> its chip."""
    chips = {}
    for persona in personas:
        fill = rgb(persona.colour)
        chips[persona.id] = Chip(persona.id, initials(persona.name), fill, text_on(fill))
    return chips


class CardText:
    """The lines of text cards show: wrapped, and cut with an ellipsis, as on the canvas."""

    def __init__(self, options: LayoutOptions) -> None:
        self.measure = measure(REGULAR, S.TEXT)
        self.line_height = LINE_SPACING * S.TEXT
        self.width = float(options.card_width) - S.STRIPE - 2 * S.PADDING
        text_height = float(options.card_height) - 2 * S.PADDING - S.FOOTER - 2.0
        self.max_lines = max(1, int(text_height // self.line_height))
        self._lines: dict[str, tuple[list[str], bool]] = {}

    def lines(self, card: Card) -> tuple[list[str], bool]:
        """The lines a card shows, and whether its text was cut (remembered per text)."""
        found = self._lines.get(card.text)
        if found is None:
            found = self._lines[card.text] = wrap_lines(
                clean(card.text), self.measure, self.width, self.max_lines
            )
        return found


class CardPrinter:
    """Draws the cards of one document's maps (all the same size, from the layout options)."""

    def __init__(
        self,
        painter: Painter,
        options: LayoutOptions,
        chips: Mapping[str, Chip],
        text: CardText | None = None,
    ) -> None:
        self.painter = painter
        self.width = float(options.card_width)
        self.height = float(options.card_height)
        self.chips = chips
        self.text = text or CardText(options)
        self._counts = measure(BOLD, S.SMALL_TEXT)

    def draw(self, card: Card, rect: Rect) -> None:
        """Draw a card at its layout rect (in map units)."""
        painter = self.painter
        x, y = rect.x, rect.y
        painter.form(self._background(card.rating, card.moment_of_truth), x, y)
        lines, _ = self.text.lines(card)
        painter.text_lines(
            x + S.STRIPE + S.PADDING,
            y + S.PADDING,
            lines,
            REGULAR,
            S.TEXT,
            INK,
            self.text.line_height,
        )
        top = y + self.height - S.PADDING - S.FOOTER
        left = x + S.STRIPE + S.PADDING
        if card.rating is not Rating.NONE:
            painter.form(self._rating_badge(card.rating), left, top)
            left += S.FOOTER + 4.0
        shown = [self.chips[pid] for pid in card.persona_ids if pid in self.chips]
        for chip in shown[: S.MAX_CHIPS]:
            painter.form(self._chip(chip), left, top)
            left += S.CHIP_STEP
        extra = len(shown) - S.MAX_CHIPS
        if extra > 0:
            size = S.SMALL_TEXT
            text_top = top + (S.CHIP - LINE_SPACING * size) / 2
            painter.text(left + 1.0, text_top, f"+{extra}", BOLD, size, MUTED)
        right = x + self.width - S.PADDING
        if card.moment_of_truth:
            right -= S.FOOTER
            painter.form(self._moment_of_truth_badge(), right, top)
            right -= 3.0
        if card.crm_links:
            name, width = self._crm_badge(len(card.crm_links))
            painter.form(name, right - width, top)

    # --- the forms shared by the cards -------------------------------------------------------

    def _background(self, rating: Rating, moment_of_truth: bool) -> str:
        width, height = self.width, self.height

        def draw() -> None:
            painter = self.painter
            inner = (0.5, 0.5, width - 1.0, height - 1.0)
            painter.rounded_rect(
                *inner,
                S.RADIUS,
                fill=WHITE,
                stroke=MOMENT_OF_TRUTH if moment_of_truth else CARD_BORDER,
                line_width=S.MOMENT_OF_TRUTH_BORDER if moment_of_truth else S.BORDER,
            )
            painter.left_rounded_band(
                0.5, 0.5, S.STRIPE, height - 1.0, S.RADIUS, rating_colour(rating)
            )

        name = f"card-{rating.value}-{int(moment_of_truth)}-{width:g}x{height:g}"
        return self.painter.ensure_form(name, width, height, draw)

    def _rating_badge(self, rating: Rating) -> str:
        icon = RATING_ICON[rating]
        return self.painter.ensure_form(
            f"badge-{rating.value}",
            S.FOOTER,
            S.FOOTER,
            lambda: self._badge(icon, rating_colour(rating), rating_ink(rating)),
        )

    def _moment_of_truth_badge(self) -> str:
        return self.painter.ensure_form(
            "badge-moment-of-truth",
            S.FOOTER,
            S.FOOTER,
            lambda: self._badge(MOMENT_OF_TRUTH_ICON, MOMENT_OF_TRUTH, WHITE),
        )

    def _badge(self, icon: str | None, fill: RGB, ink: RGB) -> None:
        """A rounded square in ``fill`` with the icon in ``ink`` (``_paint_badge``)."""
        painter = self.painter
        painter.rounded_rect(0.0, 0.0, S.FOOTER, S.FOOTER, 3.0, fill=fill)
        if icon is not None:
            painter.icon(icon, 2.0, 2.0, S.FOOTER - 4.0, ink)

    def _chip(self, chip: Chip) -> str:
        def draw() -> None:
            painter = self.painter
            radius = S.CHIP / 2
            painter.circle(radius, radius, radius, fill=chip.fill, stroke=WHITE, line_width=1.0)
            size = S.CHIP_TEXT
            top = (S.CHIP - LINE_SPACING * size) / 2
            painter.text(radius, top, chip.initials, BOLD, size, chip.ink, align="centre")

        return self.painter.ensure_form(f"chip-{chip.persona_id}", S.CHIP, S.CHIP, draw)

    def _crm_badge(self, count: int) -> tuple[str, float]:
        """A pill with the CRM icon and the number of CRM fields (``_paint_crm_badge``)."""
        label = str(count)
        width = S.FOOTER + self._counts.width(label) + 1.0

        def draw() -> None:
            painter = self.painter
            painter.rounded_rect(0.0, 0.0, width, S.FOOTER, S.FOOTER / 2, fill=tint(CRM, 0.85))
            painter.icon(CRM_ICON, 2.5, 2.5, S.FOOTER - 5.0, CRM)
            size = S.SMALL_TEXT
            top = (S.FOOTER - LINE_SPACING * size) / 2
            painter.text(S.FOOTER - 2.5 + 1.5, top, label, BOLD, size, CRM)

        return self.painter.ensure_form(f"crm-{count}", width, S.FOOTER, draw), width
