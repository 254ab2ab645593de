"""Sheet names Excel accepts: at most 31 characters, none of ``[]:*?/\\``, unique."""

from __future__ import annotations

import re

MAX_LENGTH = 31
_FORBIDDEN = re.compile(r"[\[\]:*?/\\\x00-\x1f]")
RESERVED = {"history"}
"""Excel keeps "History" for itself."""


def clean_sheet_name(name: str, fallback: str) -> str:
    """The name with forbidden characters replaced, trimmed, and never empty."""
    cleaned = _FORBIDDEN.sub("-", name).strip().strip("'").strip()
    cleaned = cleaned[:MAX_LENGTH].strip()
    if not cleaned or cleaned.casefold() in RESERVED:
        cleaned = fallback
    return cleaned


def unique_sheet_names(wanted: list[str], taken: set[str], fallback: str) -> list[str]:
    """A sheet name for each wanted name, unique (case-insensitively) among them and ``taken``."""
    used = {name.casefold() for name in taken}
    names = []
    for name in wanted:
        base = clean_sheet_name(name, fallback)
        candidate, number = base, 2
        while candidate.casefold() in used:
            suffix = f" ({number})"
            candidate = base[: MAX_LENGTH - len(suffix)].rstrip() + suffix
            number += 1
        used.add(candidate.casefold())
        names.append(candidate)
    return names
