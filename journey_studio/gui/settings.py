"""What the editor remembers between sessions: window layout, recent files, folder, language.

Kept with :class:`~PySide6.QtCore.QSettings` in an INI file in the user's configuration
folder (the same format on every platform, easy to inspect and to reset). Tests and tools
give :class:`Settings` a store of their own (``QSettings(path, QSettings.Format.IniFormat)``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

ORGANIZATION = "Journey Studio"
APPLICATION = "Journey Studio"
MAX_RECENT_FILES = 10
WINDOW_STATE_VERSION = 1
"""Bump when docks or toolbars change so much that an old saved layout no longer fits."""

_LANGUAGE = "interface/language"
_RECENT = "files/recent"
_LAST_DIRECTORY = "files/last_directory"
_LAST_EXPORT_DIRECTORY = "files/last_export_directory"
_GEOMETRY = "window/geometry"
_STATE = "window/state"


def default_store() -> QSettings:
    """The user's settings file (``Journey Studio/Journey Studio.ini`` in their config folder)."""
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
    )


class Settings:
    """Typed access to the editor's settings; every setter writes through at once."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store if store is not None else default_store()

    @property
    def store(self) -> QSettings:
        return self._store

    # Language

    def language(self) -> str:
        """``"fr"``, ``"en"``, or ``""`` to follow the system's language (the default)."""
        value = self._store.value(_LANGUAGE, "")
        return value if value in ("fr", "en") else ""

    def set_language(self, language: str) -> None:
        if language not in ("", "fr", "en"):
            raise ValueError(f"unknown interface language {language!r}")
        self._store.setValue(_LANGUAGE, language)
        self._store.sync()

    # Files

    def recent_files(self) -> list[Path]:
        """The workshops opened last, most recent first (files since removed included)."""
        return [Path(name) for name in self._strings(_RECENT)][:MAX_RECENT_FILES]

    def add_recent_file(self, path: Path) -> None:
        """Put a workshop at the top of the recent files."""
        name = str(Path(path).resolve())
        names = [name] + [n for n in self._strings(_RECENT) if n != name]
        self._store.setValue(_RECENT, names[:MAX_RECENT_FILES])
        self._store.sync()

    def remove_recent_file(self, path: Path) -> None:
        name = str(Path(path).resolve())
        self._store.setValue(_RECENT, [n for n in self._strings(_RECENT) if n != name])
        self._store.sync()

    def clear_recent_files(self) -> None:
        self._store.remove(_RECENT)
        self._store.sync()

    def last_directory(self) -> Path | None:
        """The folder a workshop was last opened from, if it still exists."""
        value = self._store.value(_LAST_DIRECTORY, "")
        if not isinstance(value, str) or not value:
            return None
        folder = Path(value)
        return folder if folder.is_dir() else None

    def set_last_directory(self, folder: Path) -> None:
        self._store.setValue(_LAST_DIRECTORY, str(Path(folder).resolve()))
        self._store.sync()

    def last_export_directory(self) -> Path | None:
        """The folder the last deliverable was exported to, if it still exists."""
        value = self._store.value(_LAST_EXPORT_DIRECTORY, "")
        if not isinstance(value, str) or not value:
            return None
        folder = Path(value)
        return folder if folder.is_dir() else None

    def set_last_export_directory(self, folder: Path) -> None:
        self._store.setValue(_LAST_EXPORT_DIRECTORY, str(Path(folder).resolve()))
        self._store.sync()

    # Window

    def save_window(self, window: QMainWindow) -> None:
        """Remember the window's size, place, docks and toolbars."""
        self._store.setValue(_GEOMETRY, window.saveGeometry())
        self._store.setValue(_STATE, window.saveState(WINDOW_STATE_VERSION))
        self._store.sync()

    def restore_window(self, window: QMainWindow) -> bool:
        """Put the window back as it was saved; False (and nothing changed) if never saved."""
        geometry = self._store.value(_GEOMETRY)
        state = self._store.value(_STATE)
        restored = False
        if isinstance(geometry, QByteArray | bytes) and len(geometry):
            restored = window.restoreGeometry(QByteArray(geometry))
        if isinstance(state, QByteArray | bytes) and len(state):
            restored = window.restoreState(QByteArray(state), WINDOW_STATE_VERSION) or restored
        return restored

    def _strings(self, key: str) -> list[str]:
        value = self._store.value(key, [])
        if isinstance(value, str):  # an INI list of one is read back as a plain string
            value = [value] if value else []
        if not isinstance(value, list):
            return []
        return [item for item in value if isinstance(item, str) and item]
