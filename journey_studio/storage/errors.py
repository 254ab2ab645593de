"""What can go wrong with a workshop file, each with one sentence for the consultant."""

from __future__ import annotations


class WorkshopFileError(Exception):
    """A workshop file could not be created, opened or written; the message says why."""


class NotAWorkshop(WorkshopFileError):
    """The file is not a Journey Studio workshop (text, another database, truncated...)."""


class NewerWorkshop(WorkshopFileError):
    """The file was written by a newer Journey Studio; it is left untouched."""


class WorkshopLocked(WorkshopFileError):
    """Another Journey Studio window or process has the file open for editing."""


class ReadOnlyWorkshop(WorkshopFileError):
    """The file is open read-only; edits are refused."""


class SaveFailed(WorkshopFileError):
    """An edit could not be written; the workshop in memory is back as it was on disk."""
