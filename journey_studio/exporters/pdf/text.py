"""Measuring, wrapping and eliding text as the canvas does (``gui/canvas/text.py``).

The same rules give the same lines: break at spaces, break a word between letters only when
it is wider than a line, and end the last line with an ellipsis when the text does not fit.
Words are measured once (maps repeat them) with the metrics of the embedded fonts.
"""

from __future__ import annotations

import math
import re

from reportlab.pdfbase import pdfmetrics

from journey_studio.exporters.pdf.fonts import kerning, register_fonts

ELLIPSIS = "…"
SAFETY = 0.5
"""Lines are kept this much narrower than asked, as on the canvas."""

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def clean(text: str) -> str:
    """The text with control characters turned into spaces and lone surrogates replaced,
    so that whatever was typed prints, character for character."""
    text = _CONTROL.sub(" ", text)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = text.encode("utf-8", "replace").decode("utf-8")
    return text


def one_line(text: str) -> str:
    """The text on one line: runs of whitespace (newlines too) become one space."""
    return " ".join(clean(text).split())


class Measure:
    """Widths of text in one font at one size, kerned as Qt kerns it, with the widths of
    words remembered."""

    def __init__(self, font: str, size: float) -> None:
        register_fonts()
        self.font = font
        self.size = size
        self._font = pdfmetrics.getFont(font)
        self._kerning = kerning(font)
        self._widths = self._font.face.charWidths
        self._default = self._font.face.defaultWidth
        self._advances: dict[str, int] = {}
        self._words: dict[str, float] = {}
        self.space = self.width(" ")

    def width(self, text: str) -> float:
        """The width of a string, as Qt lays it out on the canvas: each letter's advance
        cut to 1/64 of a unit (FreeType's fixed point), plus the kerning of each pair."""
        advances = self._advances
        total = 0
        for char in text:
            advance = advances.get(char)
            if advance is None:
                width = self._widths.get(ord(char), self._default)
                advance = advances[char] = math.floor(width * self.size * 64 / 1000)
            total += advance
        kerning = round(self._kerning.word(text) * self.size * 64)
        return (total + kerning) / 64

    def word(self, word: str) -> float:
        """The width of one word (remembered)."""
        width = self._words.get(word)
        if width is None:
            if len(self._words) > 50_000:
                self._words.clear()
            width = self._words[word] = self.width(word)
        return width

    def elided(self, text: str, width: float) -> str:
        """``text`` cut after a word, with an ellipsis, to fit ``width`` (``TextMeasure``)."""
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
            return self.elided_chars(text, width)
        return " ".join(kept) + ELLIPSIS

    def elided_chars(self, text: str, width: float) -> str:
        """``text`` on one line, cut between letters with an ellipsis to fit ``width``
        (Qt's ``elidedText``)."""
        text = " ".join(text.split())
        if self.width(text) <= width:
            return text
        room = width - self.word(ELLIPSIS)
        if room <= 0:
            return ""
        head = _longest_prefix(text, self, room)
        return head.rstrip() + ELLIPSIS if head else ELLIPSIS


_MEASURES: dict[tuple[str, float], Measure] = {}


def measure(font: str, size: float) -> Measure:
    """The shared :class:`Measure` of a font at a size."""
    key = (font, size)
    found = _MEASURES.get(key)
    if found is None:
        found = _MEASURES[key] = Measure(font, size)
    return found


def wrap_lines(text: str, by: Measure, width: float, max_lines: int) -> tuple[list[str], bool]:
    """Break ``text`` at spaces into at most ``max_lines`` lines no wider than ``width``.

    Returns the lines and whether text was cut; the last line then ends with an ellipsis.
    Whitespace runs (newlines included) count as one space; a word wider than a line is
    broken between letters. The canvas's ``wrap_lines``, line for line.
    """
    words = text.split()
    if not words or max_lines < 1 or width <= 0:
        return [], bool(words)
    room = width - SAFETY
    lines: list[str] = []
    current: list[str] = []
    used = 0.0
    index = 0
    while index < len(words):
        word = words[index]
        advance = by.word(word)
        needed = used + by.space + advance if current else advance
        if needed <= room:
            current.append(word)
            used = needed
            index += 1
            continue
        if current:
            lines.append(" ".join(current))
            current, used = [], 0.0
            last_line = " ".join([lines[-1], *words[index:]])
        else:
            head = _longest_prefix(word, by, room)
            lines.append(head)
            words[index] = word[len(head) :]
            last_line = " ".join([word, *words[index + 1 :]])
        if len(lines) == max_lines:
            lines[-1] = by.elided(last_line, width)
            return lines, True
    if current:
        lines.append(" ".join(current))
    return lines, False


_WRAPPED: dict[tuple[str, str, float, float], list[str]] = {}


def wrap_paragraphs(text: str, by: Measure, width: float) -> list[str]:
    """All of ``text``, wrapped to ``width``, keeping its line breaks (for tables and notes,
    where nothing is cut). Remembered: a map's texts come back in several chapters."""
    key = (text, by.font, by.size, width)
    found = _WRAPPED.get(key)
    if found is None:
        if len(_WRAPPED) > 50_000:
            _WRAPPED.clear()
        found = []
        for paragraph in clean(text).splitlines():
            if paragraph.strip():
                wrapped, _ = wrap_lines(paragraph, by, width, 1_000_000)
                found.extend(wrapped)
        _WRAPPED[key] = found
    return list(found)


def _longest_prefix(word: str, by: Measure, width: float) -> str:
    """The longest start of ``word`` that fits ``width`` (at least one letter)."""
    low, high = 1, len(word)
    while low < high:
        middle = (low + high + 1) // 2
        if by.width(word[:middle]) <= width:
            low = middle
        else:
            high = middle - 1
    return word[:low]
