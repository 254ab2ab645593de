"""The colours and sizes of the printed map, the canvas's own, without Qt.

Rating colours come from :mod:`journey_studio.exporters.colours`; the other colours and the
sizes of the map's parts are those of :mod:`journey_studio.gui.palette` and of the canvas
items (``gui/canvas/items``), copied here because exporters do not import Qt (a test keeps
them equal). Colours are ``(red, green, blue)`` tuples of floats from 0 to 1, as reportlab
takes them.
"""

from __future__ import annotations

import colorsys
import functools
import re

from journey_studio.exporters.colours import RATING_COLOURS
from journey_studio.model.vocabulary import Rating

RGB = tuple[float, float, float]

# --- colours (gui/palette.py) --------------------------------------------------------------

NOT_RATED_HEX = "#9AA3AE"
MOMENT_OF_TRUTH_HEX = "#5E35B1"
CRM_HEX = "#1565C0"
INK_HEX = "#1F2933"
MUTED_INK_HEX = "#5F6B7A"
CARD_HEX = "#FFFFFF"
CARD_BORDER_HEX = "#C3CAD3"
GRID_LINE_HEX = "#D5DAE1"
MAP_HEX = "#FFFFFF"
ROW_SHADE_HEX = "#F6F8FA"
HEADER_HEX = "#EEF1F5"
HANDOFF_HEX = "#37474F"
NEUTRAL_HEX = "#78828E"
LINK_HEX = "#546E7A"
"""Arrows between cards (``gui/canvas/items/accents.py``)."""
ICON_HEX = "#37474F"
"""The one colour the packaged icons are drawn in (icons/README.md)."""

_HEX = re.compile(r"#?([0-9a-fA-F]{3}|[0-9a-fA-F]{6})")


@functools.lru_cache(maxsize=512)
def rgb(hex_code: str) -> RGB:
    """``#RRGGBB`` (or ``#RGB``) as floats; anything else gives the not-rated grey, as the
    canvas does with a colour it cannot read."""
    match = _HEX.fullmatch(hex_code.strip())
    if match is None:
        return rgb(NOT_RATED_HEX)
    digits = match[1]
    if len(digits) == 3:
        digits = "".join(2 * digit for digit in digits)
    red, green, blue = (int(digits[i : i + 2], 16) / 255 for i in (0, 2, 4))
    return (red, green, blue)


def tint(base: RGB, amount: float) -> RGB:
    """``base`` mixed with white: 0 gives ``base``, 1 gives white (``palette.tint``)."""
    amount = min(max(amount, 0.0), 1.0)
    red, green, blue = (value + (1.0 - value) * amount for value in base)
    return (red, green, blue)


def darker(base: RGB, factor: int) -> RGB:
    """Qt's ``QColor.darker(factor)``: the HSV value divided by ``factor`` percent."""
    hue, saturation, value = colorsys.rgb_to_hsv(*base)
    return colorsys.hsv_to_rgb(hue, saturation, value * 100 / factor)


def text_on(background: RGB) -> RGB:
    """White or dark ink, whichever reads better on ``background`` (``palette.text_on``)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = background
    luminance = 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue)
    with_white = 1.05 / (luminance + 0.05)
    with_ink = (luminance + 0.05) / 0.073
    return WHITE if with_white >= with_ink else INK


def over_white(colour: RGB, alpha: int) -> RGB:
    """``colour`` at ``alpha`` (0 to 255) over white paper, as an opaque colour."""
    return tint(colour, 1.0 - alpha / 255)


WHITE: RGB = (1.0, 1.0, 1.0)
INK = rgb(INK_HEX)
MUTED = rgb(MUTED_INK_HEX)
CRM = rgb(CRM_HEX)
MOMENT_OF_TRUTH = rgb(MOMENT_OF_TRUTH_HEX)
CARD_BORDER = rgb(CARD_BORDER_HEX)
GRID_LINE = rgb(GRID_LINE_HEX)
ROW_SHADE = rgb(ROW_SHADE_HEX)
HEADER = rgb(HEADER_HEX)
HANDOFF = rgb(HANDOFF_HEX)
NEUTRAL = rgb(NEUTRAL_HEX)
ICON = rgb(ICON_HEX)
LINK = rgb(LINK_HEX)


def rating_colour(rating: Rating) -> RGB:
    """The fill of a rating: its card stripe and badge."""
    return rgb(RATING_COLOURS[rating])


def rating_ink(rating: Rating) -> RGB:
    """What is drawn on a rating's fill (its icon): white or ink."""
    return text_on(rating_colour(rating))


RATING_ICON: dict[Rating, str | None] = {
    Rating.DELIGHT: "rating-delight",
    Rating.IRRITANT: "rating-irritant",
    Rating.BREAKING_POINT: "rating-breaking-point",
    Rating.NONE: None,
}
"""Rating -> the name of its icon (``palette.RATING_ICON``)."""
MOMENT_OF_TRUTH_ICON = "moment-of-truth"
CRM_ICON = "crm"
PERSONA_ICON = "persona"
GENERIC_CHANNEL_ICON = "channel-generic"


def channel_icon_name(icon: str) -> str:
    """The icon of a channel's ``icon`` field, as ``gui.icons.channel_icon_name``."""
    icon = icon.strip()
    if not icon:
        return GENERIC_CHANNEL_ICON
    return icon if icon.startswith("channel-") else f"channel-{icon}"


def emotion_colour(mean: float) -> RGB:
    """The colour of a point of the emotion curve (positive, neutral, negative)."""
    if mean > 0.25:
        return rating_colour(Rating.DELIGHT)
    if mean < -0.25:
        return rating_colour(Rating.BREAKING_POINT)
    return NEUTRAL


# --- sizes of the map's parts, in map units (gui/canvas/items) -------------------------------


class CardSizes:
    """``card_item.py``."""

    RADIUS = 5.0
    STRIPE = 6.0
    PADDING = 5.0
    TEXT = 10.0
    CHIP_TEXT = 7.0
    SMALL_TEXT = 8.0
    FOOTER = 14.0
    CHIP = 13.0
    CHIP_STEP = 14.0
    MAX_CHIPS = 3
    BORDER = 1.0
    MOMENT_OF_TRUTH_BORDER = 1.5


class HeaderSizes:
    """``headers.py``."""

    TEXT = 11.0
    PADDING = 8.0
    ACCENT = 3.0
    CHANNEL_ICON = 20.0
    TITLE = 13.0
    SUBTITLE = 10.0
    HANDOFF_MARKER = 18.0


class LaneSizes:
    """``lanes.py``. The canvas writes the lanes' small print at 9 to 9.5 units; the PDF
    writes it at 10, the size of the cards' text, so that no words on the printed map are
    smaller than the cards' (see :data:`SMALLEST_MAP_TEXT`)."""

    PADDING = 8.0
    TITLE = 11.0
    SMALL = 10.0
    VALUE = 10.0
    PILL_TEXT = 10.0
    STEP_TEXT = 10.0
    PILL = 17.0
    STEP = 12.5
    PLOT_MARGIN = 16.0
    POINT = 5.0


SMALLEST_MAP_TEXT = min(
    CardSizes.TEXT,
    HeaderSizes.TEXT,
    HeaderSizes.TITLE,
    HeaderSizes.SUBTITLE,
    LaneSizes.TITLE,
    LaneSizes.SMALL,
    LaneSizes.VALUE,
    LaneSizes.PILL_TEXT,
    LaneSizes.STEP_TEXT,
)
"""The smallest words on the map, in map units: the map is never printed so small that
these fall under :data:`MIN_TEXT_PT`. Badge labels (a persona's two initials in its coloured
chip, the count on the CRM badge) are smaller, as on the canvas; the legend spells them out.
"""
SMALLEST_BADGE_TEXT = min(CardSizes.CHIP_TEXT, CardSizes.SMALL_TEXT)
MIN_TEXT_PT = 6.0
"""No words of a printed map are smaller than this."""
