"""The colours of the map, in one place.

The rating colours are also given as plain ``#RRGGBB`` strings (:data:`RATING_HEX`) so that
exporters, which do not import Qt, can mirror them exactly: a delight is the same green on
screen, in the PDF and in the image export. Colours are chosen to stay apart in grey-scale
print too (dark green, light amber, mid red), and every rating also has an icon of its own
shape, so colour is never the only signal.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from PySide6.QtGui import QColor

from journey_studio.model.vocabulary import Rating

DELIGHT_HEX = "#2E7D32"
"""Enchantement: a dark green."""
IRRITANT_HEX = "#F9A825"
"""Irritant: an amber."""
BREAKING_POINT_HEX = "#C62828"
"""Point de rupture: a red."""
NOT_RATED_HEX = "#9AA3AE"
"""Not rated: a neutral grey."""

RATING_HEX: Mapping[Rating, str] = MappingProxyType(
    {
        Rating.DELIGHT: DELIGHT_HEX,
        Rating.IRRITANT: IRRITANT_HEX,
        Rating.BREAKING_POINT: BREAKING_POINT_HEX,
        Rating.NONE: NOT_RATED_HEX,
    }
)
"""Rating -> its colour as ``#RRGGBB``; every rating has one."""

RATING_ICON: Mapping[Rating, str | None] = MappingProxyType(
    {
        Rating.DELIGHT: "rating-delight",
        Rating.IRRITANT: "rating-irritant",
        Rating.BREAKING_POINT: "rating-breaking-point",
        Rating.NONE: None,
    }
)
"""Rating -> the name of its icon (see :mod:`journey_studio.assets`), None when not rated."""

MOMENT_OF_TRUTH_HEX = "#5E35B1"
"""The moment-of-truth marker: a violet no rating uses."""
CRM_HEX = "#1565C0"
"""The CRM badge and the CRM lane's accents."""

INK_HEX = "#1F2933"
"""Text on light backgrounds."""
MUTED_INK_HEX = "#5F6B7A"
"""Secondary text: kinds, scales, counts."""
CARD_HEX = "#FFFFFF"
CARD_BORDER_HEX = "#C3CAD3"
GRID_LINE_HEX = "#D5DAE1"
MAP_HEX = "#FFFFFF"
"""The map's paper."""
ROW_SHADE_HEX = "#F6F8FA"
"""Every other channel row, so a row reads across the map."""
HEADER_HEX = "#EEF1F5"
"""Channel headers, lane titles and the corner."""
WORKSPACE_HEX = "#DDE2E8"
"""Around the map, in the view."""
HANDOFF_HEX = "#37474F"
"""The dashed line and marker where one team hands the customer over to the next."""
POSITIVE_HEX = DELIGHT_HEX
NEGATIVE_HEX = BREAKING_POINT_HEX
NEUTRAL_HEX = "#78828E"


def colour(hex_code: str) -> QColor:
    """A QColor from ``#RRGGBB`` (or any name Qt knows); invalid codes give mid grey."""
    value = QColor(hex_code)
    return value if value.isValid() else QColor(NOT_RATED_HEX)


def rating_colour(rating: Rating) -> QColor:
    """The colour of a rating, as a QColor."""
    return QColor(RATING_HEX[rating])


def tint(base: QColor, amount: float) -> QColor:
    """``base`` mixed with white: 0 gives ``base``, 1 gives white."""
    amount = min(max(amount, 0.0), 1.0)
    return QColor.fromRgbF(
        base.redF() + (1.0 - base.redF()) * amount,
        base.greenF() + (1.0 - base.greenF()) * amount,
        base.blueF() + (1.0 - base.blueF()) * amount,
    )


def text_on(background: QColor) -> QColor:
    """White or dark ink, whichever reads better on ``background`` (WCAG luminance)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    luminance = (
        0.2126 * channel(background.redF())
        + 0.7152 * channel(background.greenF())
        + 0.0722 * channel(background.blueF())
    )
    # Contrast with white vs. with the ink (luminance of INK_HEX is about 0.023).
    with_white = 1.05 / (luminance + 0.05)
    with_ink = (luminance + 0.05) / 0.073
    return QColor("#FFFFFF") if with_white >= with_ink else QColor(INK_HEX)
