"""Files that are not workshops, or not ones this version can open, are refused untouched.

Each refusal is the right error class with one sentence naming the file, and the file (or
folder) is byte for byte and timestamp for timestamp as it was, with nothing left beside it.
"""

from __future__ import annotations

import contextlib
import os
import random
import re
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from support.synthetic import synthetic_workshop

from journey_studio.storage import (
    NewerWorkshop,
    NotAWorkshop,
    WorkshopFile,
    WorkshopFileError,
    write_workshop,
)
from journey_studio.storage.schema import SCHEMA_VERSION

NAME = "L'atelier d'été.journey"


@contextlib.contextmanager
def raw(path: Path) -> Iterator[sqlite3.Connection]:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        yield connection
    finally:
        connection.close()


def real_workshop(path: Path) -> Path:
    write_workshop(path, synthetic_workshop(300, seed=5))
    return path


def changed_with_sql(*statements: str) -> Callable[[Path], Path]:
    def make(path: Path) -> Path:
        real_workshop(path)
        with raw(path) as connection:
            for statement in statements:
                connection.execute(statement)
        return path

    return make


def garbage(path: Path) -> Path:
    path.write_bytes(random.Random(1).randbytes(8192))
    return path


def garbage_after_the_magic(path: Path) -> Path:
    path.write_bytes(b"SQLite format 3\x00" + random.Random(2).randbytes(8176))
    return path


def text(path: Path) -> Path:
    path.write_text("Parcours client\nJe découvre l'offre 🎉\n" * 40, encoding="utf-8")
    return path


def empty(path: Path) -> Path:
    path.write_bytes(b"")
    return path


def header_only(path: Path) -> Path:
    path.write_bytes(real_workshop(path).read_bytes()[:60])
    return path


def truncated(path: Path) -> Path:
    content = real_workshop(path).read_bytes()
    assert len(content) > 8 * 4096
    path.write_bytes(content[: len(content) // 2])
    return path


def damaged_page(path: Path) -> Path:
    content = bytearray(real_workshop(path).read_bytes())
    page_size = int.from_bytes(content[16:18], "big")
    page = len(content) // page_size // 2
    start = page * page_size + 8
    content[start : start + page_size - 16] = random.Random(3).randbytes(page_size - 16)
    path.write_bytes(bytes(content))
    return path


def foreign_database(path: Path) -> Path:
    with raw(path) as connection:
        connection.execute("CREATE TABLE invoice (id INTEGER PRIMARY KEY, amount REAL)")
        connection.execute("INSERT INTO invoice (amount) VALUES (12.5)")
    return path


def stamped_but_empty(path: Path) -> Path:
    from journey_studio.storage.sqlite_file import APPLICATION_ID

    with raw(path) as connection:
        connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        connection.execute("CREATE TABLE other (x)")
    return path


def folder(path: Path) -> Path:
    path.mkdir()
    (path / "notes.txt").write_text("dans le dossier", encoding="utf-8")
    return path


def missing(path: Path) -> Path:
    return path


BAD_FILES: dict[str, tuple[Callable[[Path], Path], type[WorkshopFileError]]] = {
    "garbage bytes": (garbage, NotAWorkshop),
    "garbage after the SQLite magic": (garbage_after_the_magic, NotAWorkshop),
    "a text file": (text, NotAWorkshop),
    "an empty file": (empty, NotAWorkshop),
    "the first 60 bytes of a workshop": (header_only, NotAWorkshop),
    "the first half of a workshop": (truncated, NotAWorkshop),
    "a workshop with a damaged page": (damaged_page, NotAWorkshop),
    "a foreign SQLite database": (foreign_database, NotAWorkshop),
    "a database stamped as a workshop without its tables": (stamped_but_empty, NotAWorkshop),
    "a workshop of format 0": (changed_with_sql("PRAGMA user_version = 0"), NotAWorkshop),
    "a workshop from a newer version": (
        changed_with_sql(f"PRAGMA user_version = {SCHEMA_VERSION + 1}"),
        NewerWorkshop,
    ),
    "a workshop holding two workshops": (
        changed_with_sql(
            "INSERT INTO workshop "
            "(id, name, client, facilitator, language, description, converted_status) "
            "VALUES ('second', 'Deux', '', '', 'fr', '', '')"
        ),
        NotAWorkshop,
    ),
    "a workshop with an unknown rating": (
        changed_with_sql("UPDATE card SET rating = 'sublime' WHERE rowid = 1"),
        NotAWorkshop,
    ),
    "a folder": (folder, NotAWorkshop),
    "a missing path": (missing, WorkshopFileError),
}


def state(path: Path) -> object:
    """Everything that must not change: the bytes and times of the file, or the folder's."""
    if not path.exists():
        return None
    if path.is_dir():
        return sorted(os.listdir(path)), path.stat().st_mtime_ns
    return path.read_bytes(), path.stat().st_mtime_ns, path.stat().st_size


def assert_one_sentence_naming(message: str, name: str) -> None:
    assert name in message
    assert "\n" not in message
    assert "Traceback" not in message
    assert 'File "' not in message
    rest = message.replace(repr(name), "<file>")
    assert rest.endswith("."), message
    assert re.search(r"[.!?][\"')\]]*\s+\S", rest) is None, f"more than one sentence: {message}"


@pytest.mark.parametrize("read_only", [False, True], ids=["for editing", "read-only"])
@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_a_bad_file_is_refused_clearly_and_left_untouched(
    tmp_path: Path, case: str, read_only: bool
) -> None:
    make, expected = BAD_FILES[case]
    path = make(tmp_path / NAME)
    before, around = state(path), sorted(os.listdir(tmp_path))
    with pytest.raises(WorkshopFileError) as info:
        WorkshopFile.open(path, read_only=read_only)
    assert type(info.value) is expected
    assert_one_sentence_naming(str(info.value), NAME)
    assert state(path) == before
    assert sorted(os.listdir(tmp_path)) == around, "no lock, journal or backup is left"


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_a_bad_file_is_refused_again_the_same_way(tmp_path: Path, case: str) -> None:
    make, expected = BAD_FILES[case]
    path = make(tmp_path / NAME)
    messages = []
    for _ in range(2):
        with pytest.raises(expected) as info:
            WorkshopFile.open(path)
        messages.append(str(info.value))
    assert messages[0] == messages[1]


def test_a_missing_file_is_not_created(tmp_path: Path) -> None:
    path = tmp_path / "nulle part" / NAME
    with pytest.raises(WorkshopFileError, match="no file"):
        WorkshopFile.open(path)
    assert not path.parent.exists()


def test_a_newer_file_says_what_to_do(tmp_path: Path) -> None:
    make, _ = BAD_FILES["a workshop from a newer version"]
    path = make(tmp_path / NAME)
    with pytest.raises(NewerWorkshop) as info:
        WorkshopFile.open(path)
    message = str(info.value)
    assert "newer" in message
    assert f"format {SCHEMA_VERSION + 1}" in message
    assert "not changed" in message
