"""Kerning of the embedded fonts, so that text is measured as the canvas measures it.

Qt shapes text with the font's OpenType kerning (the ``kern`` feature of its ``GPOS``
table): "Je rencontre l'équipe" is a little narrower than the sum of its letters, and fits
on a card's line where unkerned widths would push "l'équipe" to the next one. reportlab
neither reads nor applies kerning, so this module reads the pair adjustments of the
``kern`` feature (pair positioning, lookup type 2, also behind extension lookups) and the
measures of :mod:`.text` add them to words' widths. Drawn text stays unkerned: a kerned
line is at most about 1 % shorter than drawn, which the card's padding absorbs.
"""

from __future__ import annotations

import itertools
import struct
from collections.abc import Callable

PairLookup = Callable[[int, int], int | None]
"""(left glyph, right glyph) -> the x advance adjustment of the left one, or None."""


class Kerning:
    """The ``kern`` feature's pair adjustments of one TrueType/OpenType font."""

    def __init__(self, data: bytes, char_to_glyph: dict[int, int]) -> None:
        self._data = data
        self._glyph = char_to_glyph
        self.units_per_em = 2048
        self._subtables: list[list[PairLookup]] = []
        self._pairs: dict[tuple[str, str], float] = {}
        try:
            tables = self._tables()
            if b"head" in tables:
                self.units_per_em = _u16(data, tables[b"head"] + 18) or 2048
            if b"GPOS" in tables:
                self._subtables = self._read_gpos(tables[b"GPOS"])
        except (struct.error, IndexError):
            self._subtables = []

    def adjustment(self, left: str, right: str) -> float:
        """How much closer (negative) or further apart ``right`` goes after ``left``, in
        ems."""
        key = (left, right)
        found = self._pairs.get(key)
        if found is None:
            first = self._glyph.get(ord(left))
            second = self._glyph.get(ord(right))
            total = 0
            if first is not None and second is not None:
                for lookup in self._subtables:
                    for subtable in lookup:
                        value = subtable(first, second)
                        if value is not None:
                            total += value
                            break
            found = self._pairs[key] = total / self.units_per_em
        return found

    def word(self, word: str) -> float:
        """The kerning of a whole word, in ems."""
        adjustment = self.adjustment
        return sum(adjustment(a, b) for a, b in itertools.pairwise(word))

    # --- reading GPOS ---------------------------------------------------------------------

    def _tables(self) -> dict[bytes, int]:
        data = self._data
        count = _u16(data, 4)
        tables = {}
        for index in range(count):
            tag, _, offset, _ = struct.unpack_from(">4sIII", data, 12 + 16 * index)
            tables[tag] = offset
        return tables

    def _read_gpos(self, base: int) -> list[list[PairLookup]]:
        data = self._data
        feature_list = base + _u16(data, base + 6)
        lookup_list = base + _u16(data, base + 8)
        wanted: list[int] = []
        for index in range(_u16(data, feature_list)):
            record = feature_list + 2 + 6 * index
            if data[record : record + 4] == b"kern":
                feature = feature_list + _u16(data, record + 4)
                for item in range(_u16(data, feature + 2)):
                    lookup_index = _u16(data, feature + 4 + 2 * item)
                    if lookup_index not in wanted:
                        wanted.append(lookup_index)
        lookups = []
        for lookup_index in sorted(wanted):
            lookup = lookup_list + _u16(data, lookup_list + 2 + 2 * lookup_index)
            kind = _u16(data, lookup)
            subtables = []
            for item in range(_u16(data, lookup + 4)):
                subtable = lookup + _u16(data, lookup + 6 + 2 * item)
                subtable_kind = kind
                if kind == 9:
                    subtable_kind = _u16(data, subtable + 2)
                    subtable += struct.unpack_from(">I", data, subtable + 4)[0]
                if subtable_kind == 2:
                    reader = self._pair_subtable(subtable)
                    if reader is not None:
                        subtables.append(reader)
            if subtables:
                lookups.append(subtables)
        return lookups

    def _pair_subtable(self, at: int) -> PairLookup | None:
        data = self._data
        form = _u16(data, at)
        coverage = _coverage(data, at + _u16(data, at + 2))
        format1, format2 = _u16(data, at + 4), _u16(data, at + 6)
        size1, size2 = _value_size(format1), _value_size(format2)
        advance = _x_advance_offset(format1)
        if form == 1:
            pair_sets = at + 10

            def lookup_format1(first: int, second: int) -> int | None:
                index = coverage.get(first)
                if index is None:
                    return None
                pair_set = at + _u16(data, pair_sets + 2 * index)
                record_size = 2 + size1 + size2
                low, high = 0, _u16(data, pair_set) - 1
                while low <= high:
                    middle = (low + high) // 2
                    record = pair_set + 2 + middle * record_size
                    glyph = _u16(data, record)
                    if glyph == second:
                        return _s16(data, record + 2 + advance) if advance is not None else 0
                    if glyph < second:
                        low = middle + 1
                    else:
                        high = middle - 1
                return None

            return lookup_format1
        if form == 2:
            class1 = _class_def(data, at + _u16(data, at + 8))
            class2 = _class_def(data, at + _u16(data, at + 10))
            class2_count = _u16(data, at + 14)
            records = at + 16
            record_size = size1 + size2

            def lookup_format2(first: int, second: int) -> int | None:
                if first not in coverage:
                    return None
                row = class1.get(first, 0)
                column = class2.get(second, 0)
                record = records + (row * class2_count + column) * record_size
                return _s16(data, record + advance) if advance is not None else 0

            return lookup_format2
        return None


def _u16(data: bytes, at: int) -> int:
    return struct.unpack_from(">H", data, at)[0]


def _s16(data: bytes, at: int) -> int:
    return struct.unpack_from(">h", data, at)[0]


def _value_size(value_format: int) -> int:
    return 2 * bin(value_format & 0xFF).count("1")


def _x_advance_offset(value_format: int) -> int | None:
    """Where the x advance sits in a value record, or None when it has none."""
    if not value_format & 0x4:
        return None
    return 2 * bin(value_format & 0x3).count("1")


def _coverage(data: bytes, at: int) -> dict[int, int]:
    """Glyph -> coverage index."""
    form, count = _u16(data, at), _u16(data, at + 2)
    glyphs: dict[int, int] = {}
    if form == 1:
        for index in range(count):
            glyphs[_u16(data, at + 4 + 2 * index)] = index
    elif form == 2:
        for index in range(count):
            start, end, first = struct.unpack_from(">HHH", data, at + 4 + 6 * index)
            for offset, glyph in enumerate(range(start, end + 1)):
                glyphs[glyph] = first + offset
    return glyphs


def _class_def(data: bytes, at: int) -> dict[int, int]:
    """Glyph -> class (glyphs not listed are class 0)."""
    form = _u16(data, at)
    classes: dict[int, int] = {}
    if form == 1:
        start, count = _u16(data, at + 2), _u16(data, at + 4)
        for index in range(count):
            classes[start + index] = _u16(data, at + 6 + 2 * index)
    elif form == 2:
        for index in range(_u16(data, at + 2)):
            start, end, value = struct.unpack_from(">HHH", data, at + 4 + 6 * index)
            for glyph in range(start, end + 1):
                classes[glyph] = value
    return classes
