"""Properties of a workshop file under random edit sequences: the file always equals memory."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.strategies import EditSequence, edit_sequences

from journey_studio.model.invariants import broken_rules
from journey_studio.storage import WorkshopFile
from journey_studio.storage.sqlite_file import journal_path

if TYPE_CHECKING:
    from journey_studio.model.edits import Edit
    from journey_studio.model.workshop import Workshop

STORAGE_SETTINGS = settings(
    max_examples=15,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@contextmanager
def workshop_path() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="journey-properties-") as folder:
        yield Path(folder) / "Atelier propriété.journey"


def read_back(path: Path) -> Workshop:
    with WorkshopFile.open(path, read_only=True) as view:
        return view.workshop


def replayed(sequence: EditSequence, count: int | None = None) -> Workshop:
    """The workshop the edits give in memory alone, without any file."""
    workshop = sequence.fresh_start()
    for edit in sequence.edits[:count]:
        edit.apply(workshop)
    return workshop


@STORAGE_SETTINGS
@given(sequence=edit_sequences(max_edits=20))
def test_edits_through_the_file_then_reopening_give_the_workshop_in_memory(
    sequence: EditSequence,
) -> None:
    with workshop_path() as path:
        undo: list[Edit] = []
        with WorkshopFile.create(path, sequence.fresh_start()) as opened:
            for edit in sequence.edits:
                undo.append(opened.apply(edit).inverse)
                assert not journal_path(path).exists()
            assert broken_rules(opened.workshop) == []
            assert opened.workshop == replayed(sequence)
            assert read_back(path) == opened.workshop
        with WorkshopFile.open(path) as reopened:
            assert reopened.workshop == replayed(sequence)
            while undo:
                reopened.apply(undo.pop())
            assert reopened.workshop == sequence.start
        assert read_back(path) == sequence.start


@STORAGE_SETTINGS
@given(sequence=edit_sequences(max_edits=16), split=st.integers(0, 16))
def test_closing_and_reopening_half_way_changes_nothing(sequence: EditSequence, split: int) -> None:
    split = min(split, len(sequence.edits))
    with workshop_path() as path:
        with WorkshopFile.create(path, sequence.fresh_start()) as first:
            for edit in sequence.edits[:split]:
                first.apply(edit)
        assert read_back(path) == replayed(sequence, split)
        with WorkshopFile.open(path) as second:
            for edit in sequence.edits[split:]:
                second.apply(edit)
            assert second.integrity_problems() == []
        assert read_back(path) == replayed(sequence)
