"""Regression: many calls of Qt methods that return None must not crash the interpreter.

PySide6-Essentials 6.12.0 aborts CPython 3.11 with "Fatal Python error: none_dealloc" after
about 10,000 calls of methods returning None (``setPos``, ``setBrush``, ...): it decrements
the reference count of ``None`` once too often until the interpreter deallocates it. A
canvas makes such calls by the thousand, so the editor would die while building a map.
``pyproject.toml`` pins PySide6-Essentials below 6.12 on Python 3.11 for this reason; this
test fails if an environment gets the broken version again. It runs in a subprocess because
the failure is an abort, which would take the test session down with it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

CALLS = 50_000
MARKER = "none-refcount-survived"

SCRIPT = f"""
import sys
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QApplication, QGraphicsRectItem, QGraphicsScene

app = QApplication(sys.argv[:1])
scene = QGraphicsScene()
item = QGraphicsRectItem(0.0, 0.0, 120.0, 70.0)
scene.addItem(item)
brushes = [QBrush(QColor("#2E7D32")), QBrush(QColor("#C62828"))]
refs = sys.getrefcount(None)
for index in range({CALLS}):
    result = item.setPos(float(index % 97), float(index % 89))
    assert result is None
    item.setBrush(brushes[index % 2])
    item.setZValue(float(index % 3))
print("{MARKER}", {CALLS}, flush=True)
"""


def test_50000_calls_returning_none_do_not_abort_the_interpreter(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert "none_dealloc" not in result.stderr
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"{MARKER} {CALLS}"
