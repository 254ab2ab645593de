"""A touchpoint's rating as a consultant marks it in Excel: a colour, or a sign before it.

Colours are judged by hue, so any green, amber/orange/yellow or red counts, whether a font
colour, a rich-text run's colour or a cell fill, and whether given as RGB, as one of
Excel's indexed colours or as a theme colour with a tint. Greys, black, white, blues and
purples mean "not rated". Signs: ``+`` delight, ``-`` irritant, ``!!`` breaking point.
"""

from __future__ import annotations

import colorsys
from typing import Any

from journey_studio.model.vocabulary import Rating

SIGNS: tuple[tuple[str, Rating], ...] = (
    ("!!", Rating.BREAKING_POINT),
    ("+", Rating.DELIGHT),
    ("-", Rating.IRRITANT),
    ("\u2212", Rating.IRRITANT),
    ("\u2013", Rating.IRRITANT),
)
"""Leading signs, longest first."""
BULLETS = ("\u2022", "\u25e6", "\u25aa", "\u00b7", "*")
"""Leading bullets that mean nothing."""
MOMENT_OF_TRUTH_MARKS = ("\u2605", "\u2b50")

OFFICE_THEME = (
    "FFFFFF",
    "000000",
    "E7E6E6",
    "44546A",
    "4472C4",
    "ED7D31",
    "A5A5A5",
    "FFC000",
    "5B9BD5",
    "70AD47",
    "0563C1",
    "954F72",
)
"""Excel's default theme, in the order of a colour's ``theme`` index (light 1 first)."""


def split_sign(line: str) -> tuple[Rating | None, str]:
    """(the rating its leading sign gives, or None; the line without sign or bullet)."""
    text = line.strip()
    for sign, rating in SIGNS:
        if text.startswith(sign):
            return rating, text[len(sign) :].strip()
    if text.startswith(BULLETS):
        return None, text[1:].strip()
    return None, text


def split_moment_of_truth(text: str) -> tuple[bool, str]:
    for mark in MOMENT_OF_TRUTH_MARKS:
        if text.endswith(mark):
            return True, text[: -len(mark)].rstrip()
    return False, text


def rating_of_rgb(code: str) -> Rating | None:
    """The rating a colour ``RRGGBB`` stands for, by hue; None for neutral colours."""
    try:
        red, green, blue = (int(code[i : i + 2], 16) / 255 for i in (0, 2, 4))
    except ValueError:
        return None
    hue, lightness, saturation = colorsys.rgb_to_hls(red, green, blue)
    if saturation < 0.25 or lightness < 0.1 or lightness > 0.96:
        return None
    degrees = hue * 360
    if degrees < 15 or degrees >= 330:
        return Rating.BREAKING_POINT
    if degrees < 68:
        return Rating.IRRITANT
    if degrees < 170:
        return Rating.DELIGHT
    return None


def theme_colours(theme_xml: bytes | None) -> tuple[str, ...]:
    """The workbook theme's twelve colours (``RRGGBB``), in ``theme`` index order."""
    if not theme_xml:
        return OFFICE_THEME
    try:
        from defusedxml.ElementTree import fromstring

        root = fromstring(theme_xml)
    except Exception:  # a damaged theme: Excel's default is as good a guess as any
        return OFFICE_THEME
    namespace = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
    scheme = root.find(f".//{namespace}clrScheme")
    if scheme is None:
        return OFFICE_THEME
    found: dict[str, str] = {}
    for child in scheme:
        name = child.tag.replace(namespace, "")
        for colour in child:
            value = colour.get("val") if colour.tag.endswith("srgbClr") else colour.get("lastClr")
            if value:
                found[name] = value
    order = (
        "lt1",
        "dk1",
        "lt2",
        "dk2",
        "accent1",
        "accent2",
        "accent3",
        "accent4",
        "accent5",
        "accent6",
        "hlink",
        "folHlink",
    )
    return tuple(found.get(name, OFFICE_THEME[i]) for i, name in enumerate(order))


def _tinted(code: str, tint: float) -> str:
    red, green, blue = (int(code[i : i + 2], 16) / 255 for i in (0, 2, 4))
    hue, lightness, saturation = colorsys.rgb_to_hls(red, green, blue)
    lightness = lightness * (1 + tint) if tint < 0 else lightness * (1 - tint) + tint
    red, green, blue = colorsys.hls_to_rgb(hue, lightness, saturation)
    return "".join(f"{round(v * 255):02X}" for v in (red, green, blue))


def rgb_of(colour: Any, theme: tuple[str, ...]) -> str | None:
    """An openpyxl ``Color`` as ``RRGGBB``, or None (automatic, system or unreadable)."""
    if colour is None:
        return None
    kind = getattr(colour, "type", None)
    if kind == "rgb":
        value = colour.rgb
        return value[-6:].upper() if isinstance(value, str) and len(value) >= 6 else None
    if kind == "indexed":
        from openpyxl.styles.colors import COLOR_INDEX

        index = colour.indexed
        if isinstance(index, int) and 0 <= index < len(COLOR_INDEX) and index < 64:
            return COLOR_INDEX[index][-6:].upper()
        return None
    if kind == "theme":
        index = colour.theme
        if isinstance(index, int) and 0 <= index < len(theme):
            tint = colour.tint or 0.0
            return _tinted(theme[index], tint) if tint else theme[index].upper()
    return None


def rating_of(colour: Any, theme: tuple[str, ...]) -> Rating | None:
    code = rgb_of(colour, theme)
    return None if code is None else rating_of_rgb(code)
