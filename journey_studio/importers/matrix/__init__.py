"""A consultant's own Excel matrix (channels down, stages across) as a new workshop.

See :mod:`journey_studio.importers.matrix.reader`; openpyxl is imported only when a matrix
is read.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from journey_studio.importers.excel.untrusted import Limits
    from journey_studio.model.workshop import Workshop

__all__ = ["read_matrix"]


def read_matrix(
    path: Path,
    *,
    sheet: str | None = None,
    language: str | None = None,
    name: str | None = None,
    limits: Limits | None = None,
) -> Workshop:
    """A new workshop whose current journey is the matrix in ``sheet`` (by default the
    active sheet, else the first that holds one).

    Each cell's lines are touchpoints; a line's rating comes from its sign (``+``, ``-``,
    ``!!``) or its colour (green, amber/orange, red). ``language`` ("fr"/"en") is guessed
    when not given; ``name`` defaults to the file's name. Raises
    :class:`~journey_studio.importers.excel.WorkbookRejected` with one sentence.
    """
    from journey_studio.importers.excel.untrusted import DEFAULT_LIMITS
    from journey_studio.importers.matrix import reader

    return reader.read_matrix(
        Path(path), sheet=sheet, language=language, name=name, limits=limits or DEFAULT_LIMITS
    )
