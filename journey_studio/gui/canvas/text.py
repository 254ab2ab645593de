"""Fonts and text laid out once for the canvas.

Text on the map is measured in scene units (pixel sizes, not point sizes), so it scales with
the map and prints at the same place. Wrapping is done once, when an item gets its text,
into a :class:`QStaticText`; ``paint`` only draws it.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF, QStaticText

LINE_SEPARATOR = "\u2028"
"""Forces a line break inside a plain-text QStaticText ("\\n" does not)."""
ELLIPSIS = "…"


def map_font(pixel_size: float, *, bold: bool = False) -> QFont:
    """The map's font at a size in scene units."""
    font = QFont()
    font.setPixelSize(max(1, round(pixel_size)))
    font.setBold(bold)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


@functools.cache
def cached_font(pixel_size: float, *, bold: bool = False) -> QFont:
    """A shared map font; do not change the returned object."""
    return map_font(pixel_size, bold=bold)


class TextMeasure:
    """Widths of text in one font, with the widths of words remembered.

    A map repeats its words ("je", "reçois", "commercial"...), and measuring a word costs far
    more than looking it up, so lines are measured as the sum of their words and spaces.
    """

    def __init__(self, font: QFont) -> None:
        self.font = font
        self.metrics = QFontMetricsF(font)
        self.space = self.metrics.horizontalAdvance(" ")
        self._words: dict[str, float] = {}

    def word(self, word: str) -> float:
        """The width of one word."""
        width = self._words.get(word)
        if width is None:
            if len(self._words) > 50_000:
                self._words.clear()
            width = self._words[word] = self.metrics.horizontalAdvance(word)
        return width

    def elided(self, text: str, width: float) -> str:
        """``text`` cut after a word, with an ellipsis, to fit ``width``.

        Cut between letters only when not even the first word fits.
        """
        room = width - SAFETY - self.word(ELLIPSIS)
        kept: list[str] = []
        used = 0.0
        words = text.split()
        for word in words:
            needed = used + self.space + self.word(word) if kept else self.word(word)
            if needed > room:
                break
            kept.append(word)
            used = needed
        if len(kept) == len(words):
            return text
        if not kept:
            return self.metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
        return " ".join(kept) + ELLIPSIS


_MEASURES: dict[tuple[str, int, bool], TextMeasure] = {}


def measure_for(font: QFont) -> TextMeasure:
    """The shared :class:`TextMeasure` of a font."""
    key = (font.family(), font.pixelSize(), font.bold())
    measure = _MEASURES.get(key)
    if measure is None:
        measure = _MEASURES[key] = TextMeasure(font)
    return measure


SAFETY = 0.5
"""Lines are kept this much narrower than asked, for kerning the word sums do not see."""


def wrap_lines(
    text: str, font: QFont | TextMeasure, width: float, max_lines: int
) -> tuple[list[str], bool]:
    """Break ``text`` at spaces into at most ``max_lines`` lines no wider than ``width``.

    Returns the lines and whether text was cut; the last line then ends with an ellipsis.
    Whitespace runs (newlines included) count as one space; a word wider than a line is
    broken between letters.
    """
    words = text.split()
    if not words or max_lines < 1 or width <= 0:
        return [], bool(words)
    measure = font if isinstance(font, TextMeasure) else measure_for(font)
    room = width - SAFETY
    lines: list[str] = []
    current: list[str] = []
    used = 0.0
    index = 0
    while index < len(words):
        word = words[index]
        advance = measure.word(word)
        needed = used + measure.space + advance if current else advance
        if needed <= room:
            current.append(word)
            used = needed
            index += 1
            continue
        if current:
            # The line is full: the word starts the next one.
            lines.append(" ".join(current))
            current, used = [], 0.0
            last_line = " ".join([lines[-1], *words[index:]])
        else:
            # The word alone is wider than a line: break it between letters.
            head = _longest_prefix(word, measure.metrics, room)
            lines.append(head)
            words[index] = word[len(head) :]
            last_line = " ".join([word, *words[index + 1 :]])
        if len(lines) == max_lines:
            lines[-1] = measure.elided(last_line, width)
            return lines, True
    if current:
        lines.append(" ".join(current))
    return lines, False


def _longest_prefix(word: str, metrics: QFontMetricsF, width: float) -> str:
    """The longest start of ``word`` that fits ``width`` (at least one letter)."""
    low, high = 1, len(word)
    while low < high:
        middle = (low + high + 1) // 2
        if metrics.horizontalAdvance(word[:middle]) <= width:
            low = middle
        else:
            high = middle - 1
    return word[:low]


def elided(text: str, font: QFont, width: float) -> str:
    """``text`` on one line, cut with an ellipsis to fit ``width``."""
    return measure_for(font).metrics.elidedText(
        " ".join(text.split()), Qt.TextElideMode.ElideRight, width
    )


def static_lines(lines: list[str], font: QFont, *, prepare: bool = True) -> QStaticText:
    """A QStaticText showing these lines, left aligned.

    Prepared for ``font`` unless ``prepare`` is false: then Qt lays it out when it is first
    drawn (worth it for the many cards of a big map that are never on screen).
    """
    static = QStaticText(LINE_SEPARATOR.join(lines))
    static.setTextFormat(Qt.TextFormat.PlainText)
    if prepare:
        static.prepare(font=font)
    return static


@functools.lru_cache(maxsize=1024)
def shared_line(text: str, pixel_size: float, *, bold: bool = False) -> QStaticText:
    """A prepared one-line QStaticText shared by every item showing the same short text
    (initials, counts); QStaticText is implicitly shared, so this costs one layout."""
    return static_line(text, cached_font(pixel_size, bold=bold))


def static_line(text: str, font: QFont, width: float | None = None) -> QStaticText:
    """A prepared one-line QStaticText, elided to ``width`` when given."""
    return static_lines([elided(text, font, width) if width is not None else text], font)
