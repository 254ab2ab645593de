"""The user's own copy of the sample workshop, in their data folder, for a first look."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_path

from journey_studio.storage import write_workshop
from journey_studio.templates import sample_workshop

SAMPLE_NAME = "Exemple - Logicia.journey"


def workshops_folder() -> Path:
    """Where workshops that have no name of their own yet are kept."""
    folder = user_data_path("journey-studio", appauthor=False) / "workshops"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def sample_file() -> Path:
    """The user's copy of the sample workshop, written on first use and kept after that."""
    path = workshops_folder() / SAMPLE_NAME
    if not path.exists():
        write_workshop(path, sample_workshop())
    return path
