"""Packages that offer names imported on first use: the names behave as if imported."""

from __future__ import annotations

import subprocess
import sys

import pytest

import journey_studio.model as model
import journey_studio.model.edits as edits
from journey_studio.gui.canvas import interactions, items
from journey_studio.model.edits.cards import MoveCard
from journey_studio.model.workshop import Card


def test_a_name_is_the_object_of_the_module_that_holds_it() -> None:
    assert edits.MoveCard is MoveCard
    assert model.Card is Card
    from journey_studio.model.edits import MoveCard as Imported

    assert Imported is MoveCard


def test_every_offered_name_resolves_and_is_listed() -> None:
    for package in (model, edits, items, interactions):
        for name in package.__all__:
            assert getattr(package, name) is not None
            assert name in dir(package)


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="has no attribute 'Nothing'"):
        _ = edits.Nothing
    assert not hasattr(model, "Nothing")


def test_importing_the_package_imports_none_of_its_modules() -> None:
    probe = (
        "import sys, journey_studio.model.edits as e\n"
        "before = 'journey_studio.model.edits.cards' in sys.modules\n"
        "e.MoveCard\n"
        "print(before, 'journey_studio.model.edits.cards' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.split() == ["False", "True"]
