"""Storage: a workshop as one ``.journey`` file (SQLite), with SQLAlchemy Core.

Nothing outside this package knows about SQL. The mapping is portable, so the same store
can live in PostgreSQL for a team repository.
"""

from journey_studio.storage.errors import (
    NewerWorkshop,
    NotAWorkshop,
    ReadOnlyWorkshop,
    SaveFailed,
    WorkshopFileError,
    WorkshopLocked,
)
from journey_studio.storage.workshop_file import SUFFIX, WorkshopFile, write_workshop

__all__ = [
    "SUFFIX",
    "NewerWorkshop",
    "NotAWorkshop",
    "ReadOnlyWorkshop",
    "SaveFailed",
    "WorkshopFile",
    "WorkshopFileError",
    "WorkshopLocked",
    "write_workshop",
]
