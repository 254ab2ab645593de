"""A workshop file open for work: the workshop in memory, and every edit on disk at once.

:class:`WorkshopFile` is the unit of work of the application. ``apply(edit)`` changes the
workshop and commits exactly the rows the edit changed, in one transaction, before it
returns; if the write fails, the edit is undone in memory too, so the map on screen and the
file never disagree. There is no "unsaved changes" state.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Mapping
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from journey_studio.storage.errors import (
    NotAWorkshop,
    ReadOnlyWorkshop,
    SaveFailed,
    WorkshopFileError,
    WorkshopLocked,
)

if TYPE_CHECKING:
    from filelock import FileLock
    from sqlalchemy import Engine

    from journey_studio.model.edits import Applied, Edit
    from journey_studio.model.workshop import Workshop
    from journey_studio.storage.migrations import Migration
    from journey_studio.storage.sqlite_file import Header

# SQLAlchemy, the schema and filelock are imported by the functions that use them, on first
# use: importing them takes longer than showing the editor's window, which can so be painted
# while the file is still being opened.

SUFFIX = ".journey"


def lock_path(path: Path) -> Path:
    """The lock beside a workshop file that tells other windows it is being edited."""
    return path.with_name(f".~lock.{path.name}#")


def write_workshop(path: Path, workshop: Workshop, *, version: int | None = None) -> None:
    """Write a complete workshop file at ``path`` (replacing one already there, atomically).

    ``version`` is the format stamped in the file (this version's by default).
    """
    from journey_studio.storage import sqlite_file
    from journey_studio.storage.mapping import insert_workshop
    from journey_studio.storage.schema import SCHEMA_VERSION, metadata

    version = SCHEMA_VERSION if version is None else version

    def fill(engine: Engine) -> None:
        with engine.begin() as connection:
            sqlite_file.stamp(connection, version)
            metadata.create_all(connection)
            insert_workshop(connection, workshop)

    sqlite_file.write_atomically(Path(path), fill)


class WorkshopFile:
    """An open ``.journey`` file and the workshop it holds.

    Open with :meth:`create` or :meth:`open`; close with :meth:`close` (or ``with``).
    ``notice`` holds a sentence for the user when the file was opened read-only.
    """

    def __init__(
        self,
        path: Path,
        workshop: Workshop,
        engine: Engine,
        lock: FileLock | None,
        notice: str | None,
        card_keys: dict[str, int],
    ) -> None:
        self.path = path
        self.workshop = workshop
        self.notice = notice
        self._engine = engine
        self._lock = lock
        from journey_studio.storage.writer import ChangeWriter

        self._writer = ChangeWriter(workshop, card_keys)

    @property
    def read_only(self) -> bool:
        return self._lock is None

    @classmethod
    def create(cls, path: Path | str, workshop: Workshop) -> WorkshopFile:
        """Write a new workshop file and open it; an existing file is never overwritten."""
        path = Path(path)
        if path.exists():
            raise WorkshopFileError(f"{path.name!r} already exists; choose another name.")
        write_workshop(path, workshop)
        return cls.open(path)

    @classmethod
    def open(
        cls,
        path: Path | str,
        *,
        read_only: bool = False,
        schema_version: int | None = None,
        migrations: Mapping[int, Migration] | None = None,
    ) -> WorkshopFile:
        """Open a workshop file for editing (or read-only when another process edits it).

        ``schema_version`` and ``migrations`` are this version's format and upgrades unless
        given. Raises NotAWorkshop, NewerWorkshop or WorkshopFileError with one clear
        sentence; in every such case the file is left byte for byte as it was.
        """
        from journey_studio.storage import sqlite_file
        from journey_studio.storage.migrations import MIGRATIONS
        from journey_studio.storage.schema import SCHEMA_VERSION

        schema_version = SCHEMA_VERSION if schema_version is None else schema_version
        migrations = MIGRATIONS if migrations is None else migrations
        path = Path(path)
        header = sqlite_file.read_header(path)
        sqlite_file.check_version(path, header, schema_version)
        if read_only and sqlite_file.journal_path(path).exists():
            header = _recover_if_abandoned(path, schema_version) or header
        lock, notice = (None, None) if read_only else _take_lock(path)
        try:
            if lock is not None and sqlite_file.journal_path(path).exists():
                header = _recover(path, schema_version)
            if lock is not None and header.user_version < schema_version:
                _migrate(path, header.user_version, schema_version, migrations)
            elif header.user_version < schema_version:
                raise WorkshopFileError(
                    f"{path.name!r} needs upgrading to this version of Journey Studio, "
                    "which cannot be done while it is read-only."
                )
            engine = sqlite_file.engine_for(path, read_only=lock is None)
            try:
                workshop, card_keys = _load(path, engine)
            except BaseException:
                engine.dispose()
                raise
        except BaseException:
            _release(lock, path)
            raise
        return cls(path, workshop, engine, lock, notice, card_keys)

    def apply(self, edit: Edit) -> Applied:
        """Apply an edit and commit it. EditError: nothing changed. SaveFailed: nothing either."""
        if self.read_only:
            raise ReadOnlyWorkshop(
                f"{self.path.name!r} is open read-only; save a copy to make changes."
            )
        applied = edit.apply(self.workshop)
        try:
            with self._engine.begin() as connection:
                self._writer.write(connection, self.workshop, applied.changes)
        except Exception as error:  # whatever failed, the map must not differ from the file
            self._writer.forget(applied.changes)
            applied.inverse.apply(self.workshop)
            raise SaveFailed(
                f"The change could not be saved to {self.path.name!r} ({_reason(error)}); "
                "the map is as it was."
            ) from error
        return applied

    def save_copy(self, target: Path | str) -> Path:
        """Write the whole workshop to another file ("save a copy as"); returns its path."""
        target = Path(target)
        if target.resolve() == self.path.resolve():
            raise WorkshopFileError("A copy must go to another file than the one open.")
        if lock_path(target).exists():
            from filelock import FileLock, Timeout

            probe = FileLock(lock_path(target), timeout=0)
            try:
                probe.acquire()
            except Timeout:
                raise WorkshopLocked(
                    f"{target.name!r} is open in another Journey Studio window."
                ) from None
            probe.release()
        write_workshop(target, self.workshop)
        return target

    def integrity_problems(self, *, thorough: bool = True) -> list[str]:
        from journey_studio.storage import sqlite_file

        with self._engine.connect() as connection:
            return sqlite_file.integrity_problems(connection, thorough=thorough)

    def close(self) -> None:
        self._engine.dispose()
        _release(self._lock, self.path)
        self._lock = None

    def __enter__(self) -> WorkshopFile:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


def _take_lock(path: Path) -> tuple[FileLock | None, str | None]:
    """Lock the file for editing, or say why it opens read-only."""
    from filelock import FileLock, Timeout

    lock = FileLock(lock_path(path), timeout=0)
    try:
        lock.acquire()
    except Timeout:
        return None, (
            f"{path.name!r} is already open in another Journey Studio window; "
            "it was opened read-only."
        )
    except OSError:
        return None, (
            f"The folder of {path.name!r} cannot be written to; the workshop was opened "
            "read-only. Save a copy elsewhere to make changes."
        )
    if not _writable(path):
        _release(lock, path)
        return None, f"{path.name!r} is read-only; save a copy to make changes."
    return lock, None


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _release(lock: FileLock | None, path: Path) -> None:
    if lock is None:
        return
    lock.release()
    with contextlib.suppress(OSError):
        lock_path(path).unlink()


def _recover_if_abandoned(path: Path, schema_version: int) -> Header | None:
    """Before a read-only open: roll back what a crash left, if no one is editing the file.

    A read-only connection cannot roll back a crashed transaction and would take the file for
    damaged. When another process holds the lock, its journal is a live one: leave it be.
    """
    lock, _ = _take_lock(path)
    if lock is None:
        return None
    try:
        return _recover(path, schema_version)
    finally:
        _release(lock, path)


def _recover(path: Path, schema_version: int) -> Header:
    """Roll back the transaction a crash left half-written, then read the header again.

    Until then the file's bytes (header included) may hold changes that were never committed,
    and must not be copied as a backup or trusted for the version. A journal still there once
    SQLite has looked at it is an empty one (the crash came before its header was written):
    it is removed under the write lock, so that the file is again a single file at rest.
    """
    from sqlalchemy.exc import SQLAlchemyError

    from journey_studio.storage import sqlite_file

    engine = sqlite_file.engine_for(path, read_only=False)
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("SELECT count(*) FROM sqlite_master")
            with contextlib.suppress(OSError):
                sqlite_file.journal_path(path).unlink()
    except SQLAlchemyError as error:
        raise WorkshopFileError(
            f"{path.name!r} could not be recovered after a crash ({_reason(error)})."
        ) from None
    finally:
        engine.dispose()
    header = sqlite_file.read_header(path)
    sqlite_file.check_version(path, header, schema_version)
    return header


def _load(path: Path, engine: Engine) -> tuple[Workshop, dict[str, int]]:
    from sqlalchemy.exc import SQLAlchemyError

    from journey_studio.storage import sqlite_file
    from journey_studio.storage.mapping import load_workshop
    from journey_studio.storage.writer import stored_card_keys

    try:
        with engine.connect() as connection:
            problems = sqlite_file.integrity_problems(connection)
            if problems:
                raise NotAWorkshop(f"{path.name!r} is damaged ({problems[0]}).")
            return load_workshop(connection), stored_card_keys(connection)
    except (SQLAlchemyError, LookupError, KeyError, ValueError, TypeError) as error:
        raise NotAWorkshop(f"{path.name!r} is damaged or incomplete ({_reason(error)}).") from None


def _migrate(path: Path, current: int, wanted: int, migrations: Mapping[int, Migration]) -> None:
    """Bring a file forward to ``wanted``, after keeping a copy of it as it was."""
    from sqlalchemy.exc import SQLAlchemyError

    from journey_studio.storage import sqlite_file

    missing = [v for v in range(current, wanted) if v not in migrations]
    if missing:
        raise WorkshopFileError(f"No way to upgrade {path.name!r} from format {missing[0]}.")
    backup = path.with_name(f"{path.name}.v{current}.bak")
    try:
        shutil.copy2(path, backup)
    except OSError as error:
        raise WorkshopFileError(f"Cannot keep a backup before upgrading: {error}.") from None
    engine = sqlite_file.engine_for(path, read_only=False)
    try:
        for version in range(current, wanted):
            with engine.begin() as connection:
                migrations[version](connection)
                connection.exec_driver_sql(f"PRAGMA user_version = {version + 1:d}")
    except SQLAlchemyError as error:
        raise WorkshopFileError(
            f"Upgrading {path.name!r} failed ({_reason(error)}); the copy {backup.name!r} "
            "holds the file as it was."
        ) from None
    finally:
        engine.dispose()


def _reason(error: BaseException) -> str:
    original = getattr(error, "orig", None)
    text = str(original if original is not None else error).strip()
    return text.splitlines()[0] if text else type(error).__name__
