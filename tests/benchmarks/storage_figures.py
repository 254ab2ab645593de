"""Storage figures: create, reopen and one edit of a workshop file, against bare sqlite3.

Baselines, measured in the same run on the same card rows: writing them with one
``executemany`` into a plain table and one commit; reading them back with one SELECT;
one UPDATE of one row and its COMMIT (rollback journal, synchronous FULL).
"""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from bench_tools import Figure, median_seconds
from support.synthetic import synthetic_workshop

from journey_studio.model.edits import MoveCard
from journey_studio.storage import WorkshopFile, write_workshop

if TYPE_CHECKING:
    from journey_studio.model.workshop import Workshop


def _card_rows(workshop: Workshop) -> list[tuple[str, ...]]:
    return [
        (c.id, j.id, c.stage_id, c.channel_id, str(c.order), c.text, c.rating.value, c.notes)
        for j in workshop.journeys
        for c in j.cards.values()
    ]


def _bare_connection(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode = DELETE")
    connection.execute("PRAGMA synchronous = FULL")
    return connection


def _bare_write(path: Path, rows: list[tuple[str, ...]]) -> None:
    path.unlink(missing_ok=True)
    connection = _bare_connection(path)
    connection.execute("BEGIN")
    connection.execute("CREATE TABLE card (id, journey, stage, channel, pos, text, rating, notes)")
    connection.executemany("INSERT INTO card VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
    connection.execute("COMMIT")
    connection.close()


def _bare_read(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("SELECT * FROM card").fetchall()
    connection.close()


def _bare_update(connection: sqlite3.Connection, card_id: str, toggle: list[int]) -> None:
    toggle[0] += 1
    connection.execute("BEGIN IMMEDIATE")
    connection.execute("UPDATE card SET pos = ? WHERE id = ?", (str(toggle[0] % 2), card_id))
    connection.execute("COMMIT")


def figures(sizes: list[int]) -> list[Figure]:
    results: list[Figure] = []
    edit_ms: dict[int, float] = {}
    with tempfile.TemporaryDirectory() as folder:
        for size in sizes:
            figures_of_size, edit_ms[size] = _size_figures(Path(folder), size)
            results += figures_of_size
    if len(edit_ms) > 1:
        smallest, largest = min(edit_ms), max(edit_ms)
        results.append(
            Figure(
                f"storage_edit_ratio_{largest}_vs_{smallest}",
                edit_ms[largest] / edit_ms[smallest],
                "x",
                "an edit costs the same on a big map (goal about 1)",
            )
        )
    return results


def _size_figures(folder: Path, size: int) -> tuple[list[Figure], float]:
    workshop = synthetic_workshop(size, seed=size)
    rows = _card_rows(workshop)
    repeat = 3 if size >= 5000 else 7
    bare = folder / f"bare-{size}.db"
    target = folder / f"w-{size}.journey"
    bare_write = median_seconds(lambda: _bare_write(bare, rows), repeat=repeat)
    create = median_seconds(lambda: write_workshop(target, workshop), repeat=repeat)
    bare_read = median_seconds(lambda: _bare_read(bare), repeat=repeat)
    reopen = median_seconds(lambda: WorkshopFile.open(target).close(), repeat=repeat)
    edit, bare_edit = _edit_costs(target, bare, workshop)
    results = [
        Figure(f"create_s_{size}", create, "s", "write a new .journey file"),
        Figure(
            f"create_ratio_vs_sqlite_{size}",
            create / bare_write,
            "x",
            "vs executemany of the card rows into one plain table",
        ),
        Figure(f"reopen_s_{size}", reopen, "s", "open, check and load the workshop"),
        Figure(
            f"reopen_ratio_vs_sqlite_{size}",
            reopen / bare_read,
            "x",
            "vs one SELECT of the card rows",
        ),
        Figure(f"storage_edit_ms_{size}", edit * 1000, "ms", "one move-card edit + commit"),
        Figure(
            f"storage_edit_ratio_vs_sqlite_{size}", edit / bare_edit, "x", "vs one UPDATE + COMMIT"
        ),
    ]
    return results, edit * 1000


def _edit_costs(target: Path, bare: Path, workshop: Workshop) -> tuple[float, float]:
    journey = workshop.journeys[0]
    card = next(iter(journey.cards.values()))
    stages = [s.id for s in workshop.stages]
    with WorkshopFile.open(target) as opened:
        toggle = [0]

        def move() -> None:
            toggle[0] += 1
            stage = stages[toggle[0] % 2]
            opened.apply(MoveCard(journey.id, card.id, stage, card.channel_id, 0))

        edit = median_seconds(move, repeat=41)
    connection = _bare_connection(bare)
    counter = [0]
    bare_edit = median_seconds(lambda: _bare_update(connection, card.id, counter), repeat=41)
    connection.close()
    return edit, bare_edit
