"""The layering of DESIGN.md holds: only gui/ imports Qt, and start-up stays lean."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
QT_FREE = [
    "journey_studio.model",
    "journey_studio.model.edits",
    "journey_studio.model.workshop",
    "journey_studio.model.edits.cards",
    "journey_studio.model.edits.crm",
    "journey_studio.model.edits.grid",
    "journey_studio.model.edits.plan",
    "journey_studio.model.serialization",
    "journey_studio.model.phrasing",
    "journey_studio.storage",
    "journey_studio.layout",
    "journey_studio.arrows",
    "journey_studio.crm_words",
    "journey_studio.analysis.checks",
    "journey_studio.exporters",
    "journey_studio.importers",
    "journey_studio.templates",
    "journey_studio.cli",
]


def _modules_after_import(modules: list[str]) -> set[str]:
    script = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "print('\\n'.join(sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    return set(result.stdout.split())


def test_import_linter_contracts_hold() -> None:
    lint_imports = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run(
        [str(lint_imports), "--config", str(ROOT / "pyproject.toml")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 2 kept, 0 broken." in result.stdout


@pytest.mark.parametrize("module", QT_FREE)
def test_qt_free_layers_never_load_qt(module: str) -> None:
    loaded = _modules_after_import([module])
    assert not {m for m in loaded if m.startswith(("PySide6", "shiboken6"))}


def test_headless_start_leaves_heavy_libraries_unloaded() -> None:
    loaded = _modules_after_import(["journey_studio.cli", "journey_studio.storage"])
    heavy = {"openpyxl", "reportlab", "networkx", "PySide6"}
    assert not heavy & {m.split(".")[0] for m in loaded}
