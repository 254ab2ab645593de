"""What is particular to a workshop kept in one SQLite file.

The file is identified by ``PRAGMA application_id`` and versioned by ``PRAGMA user_version``;
both are read straight from the 100-byte header before SQLite opens it, so a foreign or
newer file is refused without a single byte written. Rollback journal (not WAL) and
synchronous FULL, so the file is one self-contained file at rest and every commit is durable.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import struct
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import OperationalError
from sqlalchemy.pool import StaticPool

from journey_studio.storage.errors import NewerWorkshop, NotAWorkshop, WorkshopFileError

APPLICATION_ID = 0x4A524E59  # "JRNY"
SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100


@dataclass(frozen=True)
class Header:
    page_size: int
    page_count: int
    user_version: int
    application_id: int


def read_header(path: Path) -> Header:
    """Read and check a workshop file's header without opening it as a database."""
    name = path.name
    try:
        with path.open("rb") as stream:
            raw = stream.read(HEADER_SIZE)
            size = os.fstat(stream.fileno()).st_size
    except FileNotFoundError:
        raise WorkshopFileError(f"There is no file {name!r}.") from None
    except IsADirectoryError:
        raise NotAWorkshop(f"{name!r} is a folder, not a workshop file.") from None
    except PermissionError:
        raise WorkshopFileError(f"{name!r} cannot be read: permission denied.") from None
    if not raw:
        raise NotAWorkshop(f"{name!r} is empty: it is not a Journey Studio workshop.")
    if len(raw) < HEADER_SIZE or not raw.startswith(SQLITE_MAGIC):
        raise NotAWorkshop(f"{name!r} is not a Journey Studio workshop.")
    (page_size,) = struct.unpack(">H", raw[16:18])
    page_size = 65536 if page_size == 1 else page_size
    (change_counter, page_count) = struct.unpack(">II", raw[24:32])
    (valid_for,) = struct.unpack(">I", raw[92:96])
    (user_version,) = struct.unpack(">I", raw[60:64])
    (application_id,) = struct.unpack(">I", raw[68:72])
    if application_id != APPLICATION_ID:
        raise NotAWorkshop(f"{name!r} is a database, but not a Journey Studio workshop.")
    hot_journal = journal_path(path).exists()
    if valid_for == change_counter and not hot_journal and size < page_size * page_count:
        raise NotAWorkshop(f"{name!r} is damaged: the file is shorter than it should be.")
    return Header(page_size, page_count, user_version, application_id)


def check_version(path: Path, header: Header, known_version: int) -> None:
    if header.user_version > known_version:
        raise NewerWorkshop(
            f"{path.name!r} was saved by a newer version of Journey Studio "
            f"(file format {header.user_version}; this version reads up to {known_version}): "
            "update Journey Studio to open it; the file was not changed."
        )
    if header.user_version < 1:
        raise NotAWorkshop(f"{path.name!r} is not a complete Journey Studio workshop.")


def journal_path(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def engine_for(path: Path, *, read_only: bool) -> Engine:
    """An engine on one long-lived connection to the file, BEGIN IMMEDIATE per transaction."""

    def connect() -> sqlite3.Connection:
        if read_only:
            uri = path.resolve().as_uri() + "?mode=ro"
            connection = sqlite3.connect(
                uri, uri=True, isolation_level=None, check_same_thread=False
            )
        else:
            connection = sqlite3.connect(
                str(path), isolation_level=None, check_same_thread=False, timeout=5
            )
        connection.execute("PRAGMA foreign_keys = ON")
        if not read_only:
            connection.execute("PRAGMA journal_mode = DELETE")
            connection.execute("PRAGMA synchronous = FULL")
        return connection

    engine = create_engine("sqlite+pysqlite://", creator=connect, poolclass=StaticPool)

    @event.listens_for(engine, "begin")
    def begin(connection: Connection) -> None:
        connection.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")

    return engine


def stamp(connection: Connection, version: int) -> None:
    """Mark a database as a workshop file of this schema version."""
    connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID:d}")
    connection.exec_driver_sql(f"PRAGMA user_version = {int(version):d}")


def integrity_problems(connection: Connection, *, thorough: bool = False) -> list[str]:
    pragma = "PRAGMA integrity_check" if thorough else "PRAGMA quick_check"
    rows = [row[0] for row in connection.exec_driver_sql(pragma)]
    if rows == ["ok"]:
        return []
    # A row may hold a "*** in database main ***" heading and several problems, one a line.
    lines = [line for row in rows for line in row.splitlines() if not line.startswith("***")]
    return lines or rows


def write_atomically(path: Path, fill: Callable[[Engine], None]) -> None:
    """Build a new database beside ``path`` with ``fill``, then move it into place.

    A file already at ``path`` is replaced only once the new one is complete.
    """
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        engine = engine_for(temporary, read_only=False)
        try:
            fill(engine)
        finally:
            engine.dispose()
        with temporary.open("rb") as stream:
            os.fsync(stream.fileno())
        os.replace(temporary, path)
        _sync_folder(path.parent)
    except PermissionError:
        raise WorkshopFileError(
            f"Cannot write in the folder {str(path.parent)!r}: permission denied."
        ) from None
    except OSError as error:
        raise WorkshopFileError(f"Cannot write {path.name!r}: {error.strerror or error}.") from None
    except OperationalError as error:
        # SQLite says "unable to open database file" for a folder it cannot write in.
        raise WorkshopFileError(
            f"Cannot write {path.name!r} in the folder {str(path.parent)!r}: {error.orig}."
        ) from None
    finally:
        for leftover in (temporary, journal_path(temporary)):
            with contextlib.suppress(OSError):
                leftover.unlink()


def _sync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
