"""How many lines a text takes in a wrapped cell, so that every row is tall enough.

A workbook carries no row height that a spreadsheet computes for itself when it opens it:
the export has to give each row the height its wrapped text needs, or the text is cut off
on screen and on paper. The widths below are Calibri's (the workbook's font; Carlito has
the same metrics), in hundredths of the font size, so a line is wrapped at spaces as Excel
wraps it, within a small margin that errs towards one line too many rather than too few.
"""

from __future__ import annotations

_WIDTHS = {
    20: "'",
    25: " ,.:;IijlîïÎÏ’‘\u00a0",
    30: "()-J[]`f{}",
    35: "!rt°",
    40: '"/L\\cszç“”',
    45: "?FSZgkvxy|ÿ",
    50: "#$*+0123456789<=>EKPTXY^_ae~àâäéèêëÉÈÊËŸ«»–€•−★≥≤×\t",
    55: "BCRVbdhnopquôöùûüÇ",
    60: "ADHÀÂÄ",
    65: "GNOQUÔÖÙÛÜ",
    70: "%&w…",
    75: "æÆ",
    80: "m",
    85: "MœŒ",
    90: "@W—→",
}
_EM = {char: width / 100 for width, chars in _WIDTHS.items() for char in chars}
_OTHER_EM = 0.55
"""A letter the table does not list (other accents, Greek, Cyrillic)."""
_WIDE_EM = 1.0
"""A character of the scripts written in squares (Chinese, Japanese, Korean)."""
WIDEST_EM = _WIDE_EM
"""No character is wider: a text of n characters surely fits in n of these."""
_SPACE_EM = _EM[" "]

PIXELS_PER_UNIT = 7
"""A column width unit is the width of a digit: 7 pixels at 96 dpi."""
CELL_PADDING_PIXELS = 5
PIXELS_PER_POINT = 96 / 72
SAFETY = 0.97
"""Wrap a little earlier than Calibri would: screens and printers round widths up."""
BOLD = 1.03
"""Bold Calibri is about 2 % wider than regular."""

_spaced_ems: dict[str, float] = {}
"""Word -> its width and the space after it, in ems (words repeat across a workshop)."""


def _char_em(char: str) -> float:
    found = _EM.get(char)
    if found is not None:
        return found
    return _WIDE_EM if ord(char) >= 0x2E80 else _OTHER_EM


def word_em(word: str) -> float:
    """A word's width in ems of the font."""
    return _spaced_em(word) - _SPACE_EM


def _spaced_em(word: str) -> float:
    found = _spaced_ems.get(word)
    if found is None:
        found = sum(map(_char_em, word)) + _SPACE_EM
        if len(_spaced_ems) < 50_000:
            _spaced_ems[word] = found
    return found


def line_em(width: float, *, size: float = 10, bold: bool = False) -> float:
    """How many ems of ``size``-point text fit on one line of a column ``width`` units wide."""
    pixels = max(1.0, width * PIXELS_PER_UNIT - CELL_PADDING_PIXELS)
    return pixels / (size * PIXELS_PER_POINT) * SAFETY / (BOLD if bold else 1.0)


def lines_of(text: str, room: float) -> int:
    """The lines one paragraph (no line break) takes when wrapped at spaces in ``room`` ems.

    A word wider than a line is broken where the line ends, as spreadsheets do.
    """
    if len(text) * WIDEST_EM <= room:
        return 1
    known = _spaced_ems.get
    # Each word counts the space after it, and so does the line: the last word's space
    # may hang past the edge, as in a spreadsheet.
    widths = [known(word) or _spaced_em(word) for word in text.split(" ")]
    room += _SPACE_EM
    if sum(widths) <= room:
        return 1
    lines, used = 1, 0.0
    for size in widths:
        if used + size <= room:
            used += size
            continue
        if used:
            lines += 1
        while size > room:  # a word longer than the line runs over several
            lines += 1
            size -= room
        used = size
    return lines


def lines_needed(texts: list[str], width: float, *, size: float = 10, bold: bool = False) -> int:
    """How many lines the texts take, each starting a new line, in a column ``width`` wide.

    A text with line breaks counts each of its lines.
    """
    room = line_em(width, size=size, bold=bold)
    total = 0
    for text in texts:
        for paragraph in text.split("\n"):
            total += lines_of(paragraph, room)
    return total
