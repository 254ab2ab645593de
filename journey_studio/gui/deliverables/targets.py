"""Where deliverables go: a file name made from the workshop's name, and a temporary
sibling written first so that a cancelled or failed export leaves nothing behind."""

from __future__ import annotations

import re
import uuid
from pathlib import Path

_UNSAFE = re.compile(r'[\x00-\x1f<>:"/\\|?*]+')
MAX_NAME = 120


def file_name(*parts: str, suffix: str, fallback: str = "workshop") -> str:
    """A file name from words such as the workshop's name ("Atelier été - Cible.xlsx").

    Characters no file system takes are replaced; empty parts are left out.
    """
    words = [_UNSAFE.sub("-", part).strip(" .-") for part in parts]
    name = " - ".join(word for word in words if word)[:MAX_NAME].strip(" .") or fallback
    return name + suffix


def partial_path(out: Path) -> Path:
    """A hidden sibling of ``out`` with the same suffix, to write before replacing ``out``."""
    return out.with_name(f".{out.stem}.{uuid.uuid4().hex[:8]}.partial{out.suffix}")
