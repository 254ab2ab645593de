"""A killed process never costs more than the edit it was writing.

Child processes run the installed package (``sys.executable -c``), are killed with SIGKILL
at seeded random points, and the parent checks what is on disk.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from support.synthetic import synthetic_workshop

from journey_studio.model.invariants import broken_rules
from journey_studio.storage import WorkshopFile, write_workshop
from journey_studio.storage.sqlite_file import journal_path
from journey_studio.storage.workshop_file import lock_path

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from journey_studio.model.workshop import Workshop

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

KILL_POINTS = random.Random(20261015).sample(range(5, 201), 5)
"""After how many printed edits each child is killed (seeded, so every run is the same)."""

EDITOR = """
    import sys
    from journey_studio.model.edits import AddCards
    from journey_studio.model.workshop import Card
    from journey_studio.storage import WorkshopFile

    opened = WorkshopFile.open(sys.argv[1])
    assert not opened.read_only, opened.notice
    workshop = opened.workshop
    journey = workshop.journeys[0]
    stage, channel = workshop.stages[0].id, workshop.channels[0].id
    for count in range(1, 100_000):
        card = Card(f"crash card {count}", stage, channel, order=0)
        opened.apply(AddCards(journey.id, (card,)))
        print(count, flush=True)
"""

WRITER = """
    import pickle, sys
    from journey_studio.storage import write_workshop

    with open(sys.argv[1], "rb") as stream:
        workshop = pickle.load(stream)
    print("writing", flush=True)
    write_workshop(sys.argv[2], workshop)
    print("written", flush=True)
"""


@contextlib.contextmanager
def child(script: str, *args: str, cwd: Path) -> Iterator[subprocess.Popen[str]]:
    """A child Python on the installed package, killed after 60 s whatever happens."""
    process = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(script), *args],
        cwd=cwd,
        stdout=subprocess.PIPE,
        text=True,
        env={k: v for k, v in os.environ.items() if k != "PYTHONPATH"},
    )
    watchdog = threading.Timer(60, process.kill)
    watchdog.start()
    try:
        with process:
            yield process
    finally:
        watchdog.cancel()
        if process.poll() is None:
            process.kill()
            process.wait()


def kill(process: subprocess.Popen[str]) -> str:
    """SIGKILL the child, then return what it printed that the parent had not read yet."""
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=30)
    assert process.stdout is not None
    return process.stdout.read()


def crash_cards(workshop: Workshop) -> list[int]:
    """The counters of the cards the child added, in their order in the cell."""
    journey = workshop.journeys[0]
    cell = journey.cell_cards(workshop.stages[0].id, workshop.channels[0].id)
    return [int(c.text.rsplit(" ", 1)[1]) for c in cell if c.text.startswith("crash card ")]


@pytest.mark.parametrize("kill_after", KILL_POINTS)
def test_a_process_killed_while_editing_loses_at_most_the_edit_in_flight(
    tmp_path: Path, kill_after: int
) -> None:
    path = tmp_path / "Atelier.journey"
    original = synthetic_workshop(200, seed=kill_after)
    write_workshop(path, original)
    with child(EDITOR, str(path), cwd=tmp_path) as editor:
        assert editor.stdout is not None
        printed = 0
        while printed < kill_after:
            line = editor.stdout.readline()
            assert line, "the child stopped before it was killed"
            printed = int(line)
        time.sleep(random.Random(kill_after).uniform(0, 0.005))  # any phase of an edit
        rest = kill(editor)
        assert editor.returncode == -signal.SIGKILL
    last = max([printed, *(int(line) for line in rest.split())])
    assert lock_path(path).exists(), "a killed process leaves its (now free) lock file"
    with WorkshopFile.open(path) as reopened:
        assert not reopened.read_only, "a dead process's lock does not hold the file"
        assert reopened.integrity_problems() == []
        assert broken_rules(reopened.workshop) == []
        counters = crash_cards(reopened.workshop)
        assert len(counters) in (last, last + 1)
        assert counters == list(range(len(counters), 0, -1)), "newest first, none missing"
        assert reopened.workshop.journeys[1:] == original.journeys[1:]
        assert reopened.workshop.stages == original.stages
    assert sorted(os.listdir(tmp_path)) == [path.name]


def test_a_process_killed_while_writing_a_file_leaves_no_half_written_file(
    tmp_path: Path,
) -> None:
    old = synthetic_workshop(300, seed=1)
    new = synthetic_workshop(4000, seed=2)
    pickled = tmp_path / "workshop.pickle"
    pickled.write_bytes(pickle.dumps(new))
    started = time.perf_counter()
    write_workshop(tmp_path / "calibration.journey", new)
    duration = time.perf_counter() - started
    (tmp_path / "calibration.journey").unlink()
    rng = random.Random(7)
    outcomes = set()
    for attempt, fraction in enumerate([0.05, 0.4, 0.8, rng.uniform(0, 1), None]):
        folder = tmp_path / f"attempt {attempt}"
        folder.mkdir()
        target = folder / "Atelier.journey"
        replacing = attempt % 2 == 1
        if replacing:
            write_workshop(target, old)
        with child(WRITER, str(pickled), str(target), cwd=folder) as writer:
            assert writer.stdout is not None
            assert writer.stdout.readline().strip() == "writing"
            if fraction is None:
                assert writer.wait(timeout=60) == 0
            else:
                time.sleep(fraction * duration)
                kill(writer)
        leftovers = [name for name in os.listdir(folder) if name != target.name]
        assert all(name.startswith(".Atelier.journey.") for name in leftovers), leftovers
        assert not journal_path(target).exists()
        if not target.exists():
            assert not replacing, "the file being replaced must never disappear"
            outcomes.add("absent")
            continue
        with WorkshopFile.open(target, read_only=True) as written:
            assert written.integrity_problems() == []
            if written.workshop == old:
                outcomes.add("old")
            else:
                assert written.workshop == new
                outcomes.add("new")
    assert "new" in outcomes, "the last attempt was not killed"


def crash_in_the_middle_of_a_transaction(path: Path) -> None:
    """Leave a hot journal: a child writes half a transaction to the file, then dies."""
    script = """
        import os, sqlite3, sys
        connection = sqlite3.connect(sys.argv[1], isolation_level=None)
        connection.execute("PRAGMA cache_size = 1")
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("UPDATE card SET text = text || ' (never committed)'")
        os._exit(0)
    """
    subprocess.run(
        [sys.executable, "-c", textwrap.dedent(script), str(path)], check=True, timeout=60
    )
    assert journal_path(path).exists()


def committed_texts(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return [row[0] for row in connection.execute("SELECT text FROM card ORDER BY id")]
    finally:
        connection.close()


def test_a_half_written_transaction_is_rolled_back_on_open(tmp_path: Path) -> None:
    path = tmp_path / "Atelier.journey"
    workshop = synthetic_workshop(3000, seed=4)
    write_workshop(path, workshop)
    crash_in_the_middle_of_a_transaction(path)
    with WorkshopFile.open(path) as reopened:
        assert reopened.workshop == workshop
        assert reopened.integrity_problems() == []
    assert sorted(os.listdir(tmp_path)) == [path.name]


def test_the_backup_before_an_upgrade_holds_the_committed_file(tmp_path: Path) -> None:
    path = tmp_path / "Atelier.journey"
    workshop = synthetic_workshop(3000, seed=4)
    write_workshop(path, workshop)
    committed = path.read_bytes()
    crash_in_the_middle_of_a_transaction(path)

    def add_table(connection: Connection) -> None:
        connection.exec_driver_sql("CREATE TABLE tag (id VARCHAR(36) PRIMARY KEY)")

    with WorkshopFile.open(path, schema_version=2, migrations={1: add_table}) as upgraded:
        assert upgraded.workshop == workshop
    backup = path.with_name(f"{path.name}.v1.bak")
    assert backup.read_bytes() == committed
    restored = tmp_path / "restored.journey"
    shutil.copyfile(backup, restored)
    assert not any(text.endswith("(never committed)") for text in committed_texts(restored))
    with WorkshopFile.open(restored) as opened:
        assert opened.workshop == workshop


@pytest.mark.parametrize(
    "journal", [b"", bytes(512), bytes(4) + b"rest"], ids=["empty", "zeroed", "zero first byte"]
)
def test_a_journal_a_crash_left_before_its_header_is_removed_on_open(
    tmp_path: Path, journal: bytes
) -> None:
    path = tmp_path / "Atelier.journey"
    workshop = synthetic_workshop(50, seed=6)
    write_workshop(path, workshop)
    journal_path(path).write_bytes(journal)
    with WorkshopFile.open(path) as reopened:
        assert reopened.workshop == workshop
    assert sorted(os.listdir(tmp_path)) == [path.name]


def test_a_read_only_open_after_a_crash_recovers_the_file_first(tmp_path: Path) -> None:
    """``journey-studio check`` on a crashed file: rolled back, then read, not "damaged"."""
    path = tmp_path / "Atelier.journey"
    workshop = synthetic_workshop(300, seed=5)
    write_workshop(path, workshop)
    crash_in_the_middle_of_a_transaction(path)
    with WorkshopFile.open(path, read_only=True) as opened:
        assert opened.workshop == workshop
        assert opened.read_only
    assert sorted(os.listdir(tmp_path)) == [path.name]
